import Foundation

/// One analysed token: the token, the term it counts as, the terms of its
/// compound parts, and whether it is a stop word.
public struct AnalyzedToken: Sendable, Hashable {
    public let token: Token
    /// The term: the word lower-cased, folded and stemmed as the options say.
    public let key: String
    /// Terms of the compound's (or hyphenated word's) parts; empty when it is not one.
    public let parts: [String]
    public let isStopword: Bool
    /// Whether statistics count it (a word that is not a stop word, or a number when numbers are on).
    public let counts: Bool
}

/// The one pipeline from text to terms that every statistic, search and the
/// TF-IDF vectorizer use: tokenize, lower-case, fold (nynorsk -> bokmål), stem,
/// split compounds, mark stop words. (Before stemming, inflected agent nouns go
/// back to their base in -er, so "lærerne" and "lærer" share the stem "lær".)
///
/// ```swift
/// let analyzer = TermAnalyzer()                         // stem + fold + compounds
/// analyzer.terms(in: "Kulturskulen og kulturskolen")    // ["kulturskol", "kulturskol"]
/// analyzer.key(for: "Elevane")                          // "elev"
/// analyzer.parts(of: "kulturskolelærerne")              // ["kultur", "skol", "lær"]
/// ```
public struct TermAnalyzer: Sendable, Hashable {
    public var options: AnalyzerOptions

    public init(options: AnalyzerOptions = AnalyzerOptions()) {
        self.options = options
    }

    /// A word as compared: lower case, precomposed (NFC), without soft hyphens.
    public static func normalize(_ word: String) -> String {
        var special = false, upper = false
        for u in word.utf8 {
            if u >= 0x80 { special = true; break }
            if u >= 0x41 && u <= 0x5A { upper = true }
        }
        if !special { return upper ? word.lowercased() : word }
        var w = word.lowercased()
        var marks = false, odd = false
        for s in w.unicodeScalars where s.value >= 0x300 {
            if s.value == 0x2019 || s.value == 0x2010 || s.value == 0x2011 || s.value == 0x200D { odd = true }
            if s.value <= 0x36F || ScalarClass.isMark(s) { marks = true }
        }
        if w.unicodeScalars.contains(where: { $0.value == 0xAD }) { odd = true }
        if odd {
            var out = String.UnicodeScalarView()
            for s in w.unicodeScalars {
                switch s.value {
                case 0xAD, 0x200D: continue
                case 0x2019: out.append("'")
                case 0x2010, 0x2011: out.append("-")
                default: out.append(s)
                }
            }
            w = String(out)
        }
        if marks { w = w.precomposedStringWithCanonicalMapping }
        return w
    }

    /// The term of one word (any case). Hyphenated words get the terms of their parts joined by "-".
    public func key(for word: String) -> String {
        let w = Self.normalize(word)
        if w.contains("-") {
            return w.split(separator: "-").map { simpleKey(String($0)) }.joined(separator: "-")
        }
        return simpleKey(w)
    }

    /// The term of a normalised word without hyphens.
    func simpleKey(_ w: String) -> String {
        var k = w
        if options.fold { k = StandardFolder.shared.fold(k) }
        if options.stem { k = Self.stem(k) }
        return k
    }

    /// A folded word's stem: Snowball's, after an agent noun's inflection is taken off and with an adjective's suffix
    /// given back.
    static func stem(_ word: String) -> String {
        let base = AgentNounRule.apply(word)
        return AdjectiveSuffixRule.apply(stem: SnowballStemmer.norwegian.stem(base), of: base)
    }

    /// The terms of a word's parts: of its hyphen parts, and (with `compounds`) of the
    /// dictionary parts of a compound; empty when the word has only one part.
    public func parts(of word: String) -> [String] { writtenParts(of: word).map(\.term) }

    /// A word's parts (as `parts(of:)`) with the written part each term was made from, to show a
    /// part that never stands alone in the text as a word ("aktivitet", not its stem "aktivit").
    ///
    /// ```swift
    /// TermAnalyzer().writtenParts(of: "aktivitetsfond").map(\.written)   // ["aktivitet", "fond"]
    /// ```
    public func writtenParts(of word: String) -> [(term: String, written: String)] {
        guard options.compounds else { return [] }
        let w = Self.normalize(word)
        var pieces: [String] = []
        for piece in w.split(separator: "-").map(String.init) where !piece.isEmpty {
            let folded = options.fold ? StandardFolder.shared.fold(piece) : piece
            pieces.append(contentsOf: CompoundSplitter.shared.split(folded))
        }
        guard pieces.count > 1 else { return [] }
        var seen: Set<String> = []
        var out: [(term: String, written: String)] = []
        for p in pieces {
            let k = options.stem ? Self.stem(p) : p
            if seen.insert(k).inserted { out.append((k, p)) }
        }
        return out
    }

    /// Whether a word is a stop word (the word itself, or its folded form).
    public func isStopword(_ word: String) -> Bool {
        let w = Self.normalize(word)
        if options.stopwords.contains(w) { return true }
        if options.fold {
            let f = StandardFolder.shared.fold(w)
            return f != w && options.stopwords.contains(f)
        }
        return false
    }

    /// The analysis of one word (any case), cached per analyzer options.
    func analysis(of word: String) -> WordAnalysis {
        let w = Self.normalize(word)
        return TermCache.shared(for: options).value(w) { analysed(w) }
    }

    /// The analysis of a normalised word, as the cache keeps it.
    private func analysed(_ w: String) -> WordAnalysis {
        let parts = writtenParts(of: w)
        return WordAnalysis(key: key(for: w), parts: parts.map(\.term), partWords: parts.map(\.written), isStopword: isStopword(w))
    }

    /// Every token of `text`, analysed.
    public func analyze(_ text: String) -> [AnalyzedToken] {
        Tokenizer().tokens(in: text).map(analyze)
    }

    /// One token, analysed.
    public func analyze(_ token: Token) -> AnalyzedToken {
        switch token.kind {
        case .word:
            let a = analysis(of: token.text)
            return AnalyzedToken(token: token, key: a.key, parts: a.parts, isStopword: a.isStopword, counts: !a.isStopword)
        case .number:
            return AnalyzedToken(token: token, key: token.text, parts: [], isStopword: false, counts: options.includeNumbers)
        case .url, .email, .abbreviation:
            return AnalyzedToken(token: token, key: Self.normalize(token.text), parts: [], isStopword: false, counts: false)
        }
    }

    /// The terms that count, in order (stop words, URLs and, by default, numbers left out).
    /// Fast and safe to call from many threads (the vectorizer's analyzer).
    public func terms(in text: String) -> [String] {
        collectTerms(text, withParts: false)
    }

    /// The terms that count, each followed by its parts (for clustering features).
    public func termsWithParts(in text: String) -> [String] {
        collectTerms(text, withParts: true)
    }

    private func collectTerms(_ text: String, withParts: Bool) -> [String] {
        let st = ScalarText(text)
        let cache = TermCache.shared(for: options)
        var out: [String] = []
        Tokenizer().scan(st) { r, kind in
            switch kind {
            case .word:
                let w = Self.normalize(st.string(r))
                let a = cache.value(w) { analysed(w) }
                guard !a.isStopword else { return }
                out.append(a.key)
                if withParts { out.append(contentsOf: a.parts) }
            case .number:
                if options.includeNumbers { out.append(st.string(r)) }
            default:
                break
            }
        }
        return out
    }
}
