import InnspillText

/// The shell's one way to get the text engine's analyzer for the current settings.
enum TextEngine {
    /// The analyzer for `set fold on|off` (stemming and compounds always on).
    static func analyzer(fold: Bool) -> TermAnalyzer {
        TermAnalyzer(options: AnalyzerOptions(stem: true, fold: fold, compounds: true))
    }

    /// The key `has WORD` compares: stem, with bokmål/nynorsk folding when on.
    static func termKey(fold: Bool) -> (String) -> String {
        let analyzer = analyzer(fold: fold)
        return { analyzer.key(for: $0) }
    }

    /// The keys of a word's compound parts, which `has WORD` also matches.
    static func termParts(fold: Bool) -> (String) -> [String] {
        let analyzer = analyzer(fold: fold)
        return { analyzer.parts(of: $0) }
    }
}
