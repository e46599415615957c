/// One word n-gram with its counts.
public struct NGramRow: Sendable, Hashable {
    /// The terms, in order.
    public let terms: [String]
    /// The n-gram as shown: each term's display form, joined by spaces.
    public let display: String
    public let count: Int
    public let documents: Int
    public let groups: Int
}

extension AnalyzedCorpus {
    /// Word n-grams: runs of `n` consecutive words (stop words included) that do not
    /// cross punctuation, line breaks, numbers or URLs, leaving out n-grams made only
    /// of stop words. Most frequent first, ties by display text.
    ///
    /// ```swift
    /// for row in try corpus.ngrams(2, top: 10, minimumCount: 2) { print(row.display, row.count) }
    /// ```
    public func ngrams(_ n: Int, top: Int? = nil, minimumCount: Int = 2,
                       in documents: [Int]? = nil) throws(TextError) -> [NGramRow] {
        guard n >= 1, n <= 8 else { throw TextError(.badArgument, "n-gram length \(n) is out of range; use 1 to 8") }
        var counts: [[Int32]: Int] = [:]
        var docs: [[Int32]: Int] = [:]
        var groups: [[Int32]: Set<String>] = [:]
        for d in documents ?? allDocuments {
            let occ = occurrences[d]
            var seen: Set<[Int32]> = []
            var run: [Occurrence] = []
            func flush() {
                guard run.count >= n else { return }
                for i in 0 ... (run.count - n) {
                    let gram = run[i ..< i + n]
                    if gram.allSatisfy(\.isStopword) { continue }
                    let key = gram.map(\.term)
                    counts[key, default: 0] += 1
                    if seen.insert(key).inserted {
                        docs[key, default: 0] += 1
                        if let g = self.documents[d].group { groups[key, default: []].insert(g) }
                    }
                }
            }
            for o in occ {
                if !o.isWord || o.breaksBefore {
                    flush()
                    run.removeAll(keepingCapacity: true)
                }
                if o.isWord { run.append(o) }
            }
            flush()
        }
        let rows = counts.filter { $0.value >= minimumCount }.map { key, count in
            NGramRow(terms: key.map { vocabulary.terms[Int($0)] },
                     display: key.map { vocabulary.display[Int($0)] }.joined(separator: " "),
                     count: count, documents: docs[key] ?? 0, groups: groups[key]?.count ?? 0)
        }.sorted { ($1.count, $0.display, $0.terms.joined(separator: " ")) < ($0.count, $1.display, $1.terms.joined(separator: " ")) }
        return top.map { Array(rows.prefix($0)) } ?? rows
    }
}
