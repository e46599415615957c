import Foundation

/// A piece of a search snippet: plain text or a hit to highlight.
public struct SnippetPart: Sendable, Hashable {
    public let text: String
    public let isHit: Bool
}

/// One search result.
public struct SearchHit: Sendable, Hashable {
    public let document: Int
    public let score: Double
    /// Text around the best-matching place, line breaks as spaces, "…" where cut.
    public let snippet: [SnippetPart]
    /// The snippet as plain text.
    public var snippetText: String { snippet.map(\.text).joined() }
    /// Where the hits are in the document text (UTF-16 offsets).
    public let hitRanges: [Range<Int>]
}

/// A BM25 index over an analysed corpus (k1 = 1.2, b = 0.75 by default), matching
/// by term (stem + folding as the analyzer does) and compound part; phrases in
/// quotes must occur as consecutive words. Words are alternatives (any may match);
/// quoted phrases are required. It is built at once from what the analysed corpus
/// keeps (per term, the documents where it occurs and how often it counts there; per
/// document, how many tokens count), so the first search costs no more than the next.
///
/// ```swift
/// let index = SearchIndex(corpus)
/// for hit in try index.search("samarbeid \"kulturskolen sin rolle\"", top: 10) {
///     print(hit.document, hit.score, hit.snippetText)
/// }
/// ```
public final class SearchIndex: Sendable {
    public let corpus: AnalyzedCorpus
    public let k1: Double, b: Double
    /// Per document, the tokens that count (the BM25 document length).
    private let lengths: [Int32]
    private let averageLength: Double

    public init(_ corpus: AnalyzedCorpus, k1: Double = 1.2, b: Double = 0.75) {
        self.corpus = corpus
        self.k1 = k1
        self.b = b
        lengths = corpus.countedTokens
        averageLength = lengths.isEmpty ? 0 : Double(lengths.reduce(0) { $0 + Int($1) }) / Double(lengths.count)
    }

    /// The documents (ascending) where a term occurs as a counted token or as a compound part
    /// of one, with how many such tokens each has.
    private func postings(_ term: Int32) -> [(doc: Int, tf: Int)] {
        var tf = [Int32](repeating: 0, count: corpus.documents.count)
        for t in corpus.termsHavingPart(term) + [term] {
            for p in corpus.termPostings[Int(t)] { tf[Int(p.document)] += p.counted }
        }
        var out: [(doc: Int, tf: Int)] = []
        for (d, n) in tf.enumerated() where n > 0 { out.append((d, Int(n))) }
        return out
    }

    /// The words and quoted phrases of a query.
    static func clauses(_ query: String) -> [TermPattern] {
        var out: [TermPattern] = []
        var rest = Substring(query)
        while let open = rest.firstIndex(where: { $0 == "\"" || $0 == "«" || $0 == "“" }) {
            for w in Tokenizer().tokens(in: String(rest[..<open])) { out.append(TermPattern(words: [w.text], exact: false)) }
            let after = rest[rest.index(after: open)...]
            let close = after.firstIndex(where: { $0 == "\"" || $0 == "»" || $0 == "”" }) ?? after.endIndex
            let words = Tokenizer().tokens(in: String(after[..<close])).map(\.text)
            if words.count == 1 { out.append(TermPattern(words: words, exact: false)) }
            if words.count > 1 { out.append(TermPattern(words: words, exact: false)) }
            rest = close < after.endIndex ? after[after.index(after: close)...] : ""
        }
        for w in Tokenizer().tokens(in: String(rest)) { out.append(TermPattern(words: [w.text], exact: false)) }
        return out
    }

    private func idf(_ df: Int) -> Double {
        let n = Double(lengths.count)
        return log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5))
    }

    private func weight(tf: Int, doc: Int) -> Double {
        let t = Double(tf)
        let norm = averageLength > 0 ? Double(lengths[doc]) / averageLength : 1
        return t * (k1 + 1) / (t + k1 * (1 - b + b * norm))
    }

    /// The best `top` documents for a query (among `selection`, all when nil), best first (ties by document index).
    public func search(_ query: String, top: Int = 10, in selection: [Int]? = nil,
                       snippetWidth: Int = 160) throws(TextError) -> [SearchHit] {
        var wanted: [Bool]?
        if let selection {
            var w = [Bool](repeating: false, count: corpus.documents.count)
            for d in selection { w[d] = true }
            wanted = w
        }
        let clauses = Self.clauses(query)
        let words = clauses.filter { $0.words.count == 1 && !corpus.analyzer.isStopword($0.words[0]) }
        let phrases = clauses.filter { $0.words.count > 1 }
        guard !words.isEmpty || !phrases.isEmpty else {
            throw TextError(.emptyQuery, "nothing to search for in \(query.debugDescription): give words (not only stop words) or a \"phrase\"")
        }
        var scores: [Int: Double] = [:]
        // Words: the term's postings.
        var seenTerms: Set<Int32> = []
        for w in words {
            guard let t = corpus.vocabulary.id(of: corpus.analyzer.key(for: w.words[0])), seenTerms.insert(t).inserted else { continue }
            let list = postings(t)
            let w = idf(list.count)
            for p in list where wanted?[p.doc] ?? true {
                scores[p.doc, default: 0] += w * weight(tf: p.tf, doc: p.doc)
            }
        }
        // Phrases: required.
        let resolvedPhrases = phrases.map { ResolvedPattern($0, in: corpus) }
        var required: Set<Int>?
        for resolved in resolvedPhrases {
            var tfs: [Int: Int] = [:]
            if resolved.canMatch {
                for d in corpus.documents(containing: resolved.firstTerms, in: nil) where wanted?[d] ?? true {
                    let n = resolved.matches(in: corpus.occurrences[d]).count
                    if n > 0 { tfs[d] = n }
                }
            }
            let w = idf(tfs.count)
            for (d, n) in tfs { scores[d, default: 0] += w * weight(tf: n, doc: d) }
            required = (required ?? Set(tfs.keys)).intersection(tfs.keys)
        }
        var ranked = scores.filter { required?.contains($0.key) ?? true }.map { ($0.key, $0.value) }
        ranked.sort { ($1.1, $0.0) < ($0.1, $1.0) }
        let highlighted = words.map { ResolvedPattern($0, in: corpus) } + resolvedPhrases
        return ranked.prefix(max(0, top)).map { d, s in
            let ranges = hitRanges(in: d, highlighted)
            return SearchHit(document: d, score: s, snippet: Self.snippet(corpus.documents[d].text, hits: ranges, width: snippetWidth),
                             hitRanges: ranges)
        }
    }

    private func hitRanges(in d: Int, _ patterns: [ResolvedPattern]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for p in patterns {
            ranges += corpus.matches(of: p, in: [d]).map(\.utf16Range)
        }
        // Sorted, overlaps merged.
        var merged: [Range<Int>] = []
        for r in ranges.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound ..< max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

    /// A window of about `width` UTF-16 units holding the most hits, starting a quarter of
    /// the width before the first of them (so a hit shows early even where the cell is cut),
    /// cut at spaces.
    static func snippet(_ text: String, hits: [Range<Int>], width: Int) -> [SnippetPart] {
        let u = Array(text.utf16)
        guard !u.isEmpty else { return [] }
        var bestStart = 0, bestCount = -1
        for (i, h) in hits.enumerated() {
            let count = hits[i...].prefix { $0.upperBound <= h.lowerBound + width }.count
            if count > bestCount { bestCount = count; bestStart = h.lowerBound }
        }
        var lo = max(0, bestStart - width / 4)
        var hi = min(u.count, lo + width)
        // Cut at spaces, not inside a word.
        let isSpace: (UInt16) -> Bool = { $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }
        if lo > 0 { while lo < bestStart, !isSpace(u[lo - 1]) { lo += 1 } }
        if hi < u.count { while hi > lo, !isSpace(u[hi]), hi > (hits.first { $0.lowerBound >= lo }?.upperBound ?? lo) { hi -= 1 } }
        // Never split a surrogate pair.
        if lo > 0, lo < u.count, UTF16.isTrailSurrogate(u[lo]) { lo += 1 }
        if hi < u.count, hi > 0, UTF16.isTrailSurrogate(u[hi]) { hi += 1 }
        func piece(_ a: Int, _ b: Int) -> String {
            String(decoding: u[a ..< b], as: UTF16.self).replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\t", with: " ")
        }
        var parts: [SnippetPart] = []
        if lo > 0 { parts.append(SnippetPart(text: "…", isHit: false)) }
        var at = lo
        for h in hits where h.lowerBound >= lo && h.upperBound <= hi {
            if h.lowerBound > at { parts.append(SnippetPart(text: piece(at, h.lowerBound), isHit: false)) }
            parts.append(SnippetPart(text: piece(h.lowerBound, h.upperBound), isHit: true))
            at = h.upperBound
        }
        if hi > at { parts.append(SnippetPart(text: piece(at, hi), isHit: false)) }
        if hi < u.count { parts.append(SnippetPart(text: "…", isHit: false)) }
        return parts
    }
}
