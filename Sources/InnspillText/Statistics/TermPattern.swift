import Foundation

/// What a `kwic`, `coverage` or search term matches in an analysed corpus.
///
/// - `kulturskole` matches by term (stem + folding as the analyzer says), and with
///   compounds on also inside compounds ("lærer" matches "kulturskolelærerne").
/// - `"kulturskule"` (quoted) matches that written form only (any case).
/// - Several words match as a phrase: consecutive tokens.
/// - One word ending in `*` matches every word that starts with it ("finans*": finansiering, finansiert ...).
///
/// ```swift
/// let pattern = try TermPattern.parse("\"ikkje\"")   // exact form
/// let phrase = try TermPattern.parse("kulturskolen sin rolle")
/// let prefix = try TermPattern.parse("finans*")     // words = ["finans"], prefix = true
/// ```
public struct TermPattern: Sendable, Hashable {
    /// The words of the pattern, in order.
    public let words: [String]
    /// Whether the words are matched as written (quoted) rather than by term.
    public let exact: Bool
    /// Whether the one word is a prefix of the words it matches ("finans*").
    public let prefix: Bool

    public init(words: [String], exact: Bool, prefix: Bool = false) {
        self.words = words
        self.exact = exact
        self.prefix = prefix
    }

    /// Parses a query: quotes make it exact; words are split by the tokenizer.
    public static func parse(_ query: String) throws(TextError) -> TermPattern {
        var q = query.trimmingCharacters(in: .whitespaces)
        var exact = false
        for (open, close) in [("\"", "\""), ("«", "»"), ("“", "”"), ("'", "'")]
            where q.count >= 2 && q.hasPrefix(open) && q.hasSuffix(close) {
            q = String(q.dropFirst().dropLast())
            exact = true
            break
        }
        let prefix = q.hasSuffix("*") && !q.contains(" ")
        if prefix { q.removeLast() }
        let words = Tokenizer().tokens(in: q).map(\.text)
        guard !words.isEmpty else { throw TextError(.emptyQuery, "no word to look for in \(query.debugDescription); give a word, a \"quoted form\" or a /regex/") }
        guard !prefix || words.count == 1 else {
            throw TextError(.badArgument, "\(query.debugDescription) is not one word before its '*'; give a word's start, as in finans*")
        }
        return TermPattern(words: words, exact: exact, prefix: prefix)
    }
}

/// The start of the words a "word*" matches (lower case): in either written standard, so "synlig*" begins "synlege" as its
/// bokmål form "synlige" does and "synleg*" begins "synliggjøring"; as written only when quoted. Forms, not stems, are
/// compared: "lærer*" begins "lærerne", never "lære". The start is folded once, for all the words it is held against.
///
/// ```swift
/// WordStart("synlig").begins("synlege")                   // true
/// WordStart("synlig", asWritten: true).begins("synlege")  // false
/// WordStart("lærer").begins("lære")                       // false
/// ```
public struct WordStart: Sendable, Hashable {
    public let written: String
    /// The start's bokmål form; nil when it is matched as written.
    private let folded: String?

    public init(_ written: String, asWritten: Bool = false) {
        self.written = written
        folded = asWritten ? nil : StandardFolder.shared.fold(written)
    }

    /// Whether `form` (lower case) starts with this start.
    public func begins(_ form: String) -> Bool {
        form.hasPrefix(written) || folded.map { StandardFolder.shared.fold(form).hasPrefix($0) } ?? false
    }
}

/// A `TermPattern` resolved against one corpus: per position, the term or form ids it accepts.
struct ResolvedPattern {
    /// Per position, which term ids (or, when exact, which form ids) are accepted.
    private let accepted: [[Bool]]
    private let byForm: Bool
    /// The corpus's term id per form (`AnalyzedCorpus.formTerm`): a token's term, when not by form.
    private let formTerm: [Int32]
    let length: Int
    let canMatch: Bool

    init(_ pattern: TermPattern, in corpus: AnalyzedCorpus) {
        length = pattern.words.count
        // A word's start matches the written forms that start with it, not their terms: "lærer*" is "lærerne", never
        // "lære", which Snowball stems alike.
        byForm = pattern.exact || pattern.prefix
        formTerm = corpus.formTerm
        var accepted: [[Bool]] = []
        var canMatch = true
        for w in pattern.words {
            var bits = Array(repeating: false, count: byForm ? corpus.vocabulary.forms.count : corpus.vocabulary.count)
            if pattern.prefix {
                // (Quoted, the start is matched as written: "\"skul*\"" is not "skole".)
                let start = WordStart(TermAnalyzer.normalize(w), asWritten: pattern.exact)
                for (f, form) in corpus.vocabulary.forms.enumerated() where start.begins(form) { bits[f] = true }
                if !bits.contains(true) { canMatch = false }
            } else if byForm {
                if let f = corpus.vocabulary.formID(of: w) { bits[Int(f)] = true } else { canMatch = false }
            } else {
                let ids = corpus.matchingTerms(w)
                if ids.isEmpty { canMatch = false }
                for t in ids { bits[Int(t)] = true }
            }
            accepted.append(bits)
        }
        self.accepted = accepted
        self.canMatch = canMatch
        if let first = accepted.first {
            let ids = first.indices.filter { first[$0] }
            let byForm = byForm
            firstTerms = Array(Set(ids.map { byForm ? corpus.formTerm[$0] : Int32($0) })).sorted()
        } else {
            firstTerms = []
        }
    }

    /// The term ids accepted at the first position (for a pattern matched by form, the terms of its forms).
    let firstTerms: [Int32]

    /// The occurrence index ranges in one document that match.
    func matches(in occurrences: [Occurrence]) -> [Range<Int>] {
        guard canMatch, occurrences.count >= length else { return [] }
        var out: [Range<Int>] = []
        let first = accepted[0]
        occurrences.withUnsafeBufferPointer { occ in
            formTerm.withUnsafeBufferPointer { formTerm in
                first.withUnsafeBufferPointer { first in
                    // What a token is matched by: its form id, or its term id.
                    @inline(__always)
                    func id(_ o: Occurrence) -> Int { byForm ? Int(o.form) : Int(formTerm[Int(o.form)]) }
                    var i = 0
                    while i + length <= occ.count {
                        guard first[id(occ[i])] else {
                            i += 1
                            continue
                        }
                        var ok = true
                        for k in 1 ..< max(1, length) where !accepted[k][id(occ[i + k])] {
                            ok = false
                            break
                        }
                        if ok {
                            out.append(i ..< i + length)
                            i += length
                        } else {
                            i += 1
                        }
                    }
                }
            }
        }
        return out
    }
}

extension AnalyzedCorpus {
    /// Where a pattern matches: (document, occurrence range, UTF-16 range in the text), in document order.
    public func matches(of pattern: TermPattern, in documents: [Int]? = nil) -> [(document: Int, occurrences: Range<Int>, utf16Range: Range<Int>)] {
        matches(of: ResolvedPattern(pattern, in: self), in: documents)
    }

    func matches(of resolved: ResolvedPattern, in documents: [Int]?) -> [(document: Int, occurrences: Range<Int>, utf16Range: Range<Int>)] {
        guard resolved.canMatch else { return [] }
        var out: [(document: Int, occurrences: Range<Int>, utf16Range: Range<Int>)] = []
        for d in self.documents(containing: resolved.firstTerms, in: documents) {
            let occ = occurrences[d]
            for r in resolved.matches(in: occ) {
                out.append((d, r, Int(occ[r.lowerBound].start) ..< Int(occ[r.upperBound - 1].end)))
            }
        }
        return out
    }
}
