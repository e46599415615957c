import Foundation

/// What `kwic` looks for.
public enum KWICQuery: Sendable {
    /// A word or phrase, by term (stem + folding) or exact when quoted (see `TermPattern`).
    case pattern(TermPattern)
    /// Any matcher returning UTF-16 ranges in a text (the shell passes the filters'
    /// PCRE2 regex, so `kwic /regex/` and `filter text ~ /regex/` match alike).
    case matcher(@Sendable (String) -> [Range<Int>])

    /// Parses `TERM`, `"exact form"` or a phrase (see `TermPattern.parse`).
    ///
    /// ```swift
    /// let q = try KWICQuery.parse("\"kulturskulen\"")
    /// ```
    public static func parse(_ text: String) throws(TextError) -> KWICQuery {
        .pattern(try TermPattern.parse(text))
    }
}

/// How KWIC lines are ordered.
public enum KWICSort: String, Sendable, CaseIterable {
    /// Document order, then position.
    case position
    /// By the two words just left of the hit, nearest first (then by position).
    case left
    /// By the two words right of the hit (then by position).
    case right
}

/// One line of a concordance: the context split around the hit, for aligned display.
public struct KWICLine: Sendable, Hashable {
    public let document: Int
    /// Up to `width` characters before the hit (line breaks as spaces).
    public let left: String
    public let hit: String
    /// Up to `width` characters after the hit.
    public let right: String
    /// Where the hit is in the document text (UTF-16 offsets).
    public let utf16Range: Range<Int>
}

/// The lines of a concordance, and how many there are in all.
public struct Concordance: Sendable, Hashable {
    /// The lines shown: the first `limit` after sorting (all when no limit).
    public let lines: [KWICLine]
    /// Every hit of the query in the documents.
    public let total: Int
}

extension AnalyzedCorpus {
    /// Keyword in context. Lines are built only for the first `limit` (all when nil)
    /// after sorting; `total` counts them all.
    ///
    /// ```swift
    /// let concordance = try corpus.kwic(.parse("samarbeid"), width: 30, sort: .right, limit: 100)
    /// for l in concordance.lines { print(l.left, "[" + l.hit + "]", l.right) }
    /// ```
    public func kwic(_ query: KWICQuery, width: Int = 40, sort: KWICSort = .position, limit: Int? = nil,
                     in documents: [Int]? = nil) -> Concordance {
        var hits = kwicHits(query, in: documents)
        switch sort {
        case .position: break
        case .left, .right:
            let keys = hits.map { sortKey($0, left: sort == .left) }
            hits = hits.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { hits[$0] }
        }
        let shown = limit.map { hits.prefix(max(0, $0)) } ?? hits[...]
        return Concordance(lines: shown.map { line(document: $0.document, range: $0.range, width: width) }, total: hits.count)
    }

    struct KWICHit {
        let document: Int
        let range: Range<Int>
        let occurrences: Range<Int>?
    }

    func kwicHits(_ query: KWICQuery, in documents: [Int]?) -> [KWICHit] {
        var hits: [KWICHit] = []
        switch query {
        case .pattern(let p):
            hits = matches(of: p, in: documents).map { KWICHit(document: $0.document, range: $0.utf16Range, occurrences: $0.occurrences) }
        case .matcher(let f):
            for d in documents ?? allDocuments {
                var last: Range<Int>?
                for r in f(self.documents[d].text) where !r.isEmpty {
                    // A match inside a word shows the whole word ("samhandlingsstruktur", not "struktur" between two
                    // spaced-out halves), once however often it matches in that word.
                    let word = wholeWords(r, in: d)
                    if word != last { hits.append(KWICHit(document: d, range: word, occurrences: nil)) }
                    last = word
                }
            }
        }
        return hits
    }

    /// `range` widened to the starts and ends of the words it cuts, in document `d`'s text (UTF-16 offsets).
    func wholeWords(_ range: Range<Int>, in d: Int) -> Range<Int> {
        let words = occurrences[d]
        /// The word that holds `offset` strictly inside it.
        func word(around offset: Int) -> Occurrence? {
            var lo = 0, hi = words.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(words[mid].end) <= offset { lo = mid + 1 } else { hi = mid }
            }
            return lo < words.count && Int(words[lo].start) < offset ? words[lo] : nil
        }
        let lower = word(around: range.lowerBound).map { Int($0.start) } ?? range.lowerBound
        let upper = word(around: range.upperBound).map { Int($0.end) } ?? range.upperBound
        return lower ..< max(upper, range.upperBound)
    }

    /// Sort key: the alphabetical ranks of the two words nearest the hit on one side,
    /// nearest first, packed in 64 bits (0 where the text ends).
    private func sortKey(_ hit: KWICHit, left: Bool) -> UInt64 {
        let occ = occurrences[hit.document]
        var near: [Int] = []
        if let r = hit.occurrences {
            near = left ? [r.lowerBound - 1, r.lowerBound - 2] : [r.upperBound, r.upperBound + 1]
        } else if left {
            let before = occ.lastIndex { Int($0.end) <= hit.range.lowerBound } ?? -1
            near = [before, before - 1]
        } else {
            let after = occ.firstIndex { Int($0.start) >= hit.range.upperBound } ?? occ.count
            near = [after, after + 1]
        }
        let ranks = formRank
        var key: UInt64 = 0
        for i in near {
            let rank: UInt64 = occ.indices.contains(i) ? UInt64(ranks[Int(occ[i].form)]) + 1 : 0
            key = key << 32 | rank
        }
        return key
    }

    private func line(document d: Int, range: Range<Int>, width: Int) -> KWICLine {
        let text = documents[d].textSlice
        let u = text.utf16
        let lo = u.index(u.startIndex, offsetBy: range.lowerBound)
        let hi = u.index(u.startIndex, offsetBy: min(range.upperBound, u.count))
        func flat<S: StringProtocol>(_ s: S) -> String {
            String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        }
        let left = flat(text[..<lo].suffix(width))
        let right = flat(text[hi...].prefix(width))
        return KWICLine(document: d, left: left, hit: flat(text[lo ..< hi]), right: right, utf16Range: range)
    }
}
