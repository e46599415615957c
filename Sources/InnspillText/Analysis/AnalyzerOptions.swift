/// Which key a word is counted under.
public enum TermMode: String, Sendable, CaseIterable {
    /// The word in lower case ("kulturskulen").
    case word
    /// Its Snowball stem ("kulturskul").
    case stem
    /// Folded to bokmål, then stemmed ("kulturskol"): both standards meet.
    case fold
}

/// How `TermAnalyzer` turns words into terms.
///
/// ```swift
/// var options = AnalyzerOptions(mode: .fold)        // stem + fold (the default)
/// options.compounds = false
/// options.stopwords.add(["kulturskole"])
/// let analyzer = TermAnalyzer(options: options)
/// ```
public struct AnalyzerOptions: Sendable, Hashable {
    /// Stem with Snowball's Norwegian stemmer.
    public var stem: Bool
    /// Fold nynorsk forms onto bokmål before stemming.
    public var fold: Bool
    /// Split compounds (and hyphenated words) into parts that match as well.
    public var compounds: Bool
    /// The stop words (checked on the word and on its folded form).
    public var stopwords: StopwordList
    /// Count numbers as terms (off: they are kept but not counted).
    public var includeNumbers: Bool

    public init(stem: Bool = true, fold: Bool = true, compounds: Bool = true,
                stopwords: StopwordList = StopwordList(), includeNumbers: Bool = false) {
        self.stem = stem
        self.fold = fold
        self.compounds = compounds
        self.stopwords = stopwords
        self.includeNumbers = includeNumbers
    }

    /// Options for a `freq` mode: `.word` neither stems nor folds, `.stem` stems, `.fold` does both.
    public init(mode: TermMode, compounds: Bool = true, stopwords: StopwordList = StopwordList()) {
        self.init(stem: mode != .word, fold: mode == .fold, compounds: compounds, stopwords: stopwords)
    }

    /// The mode these options amount to.
    public var mode: TermMode { fold ? .fold : (stem ? .stem : .word) }
}
