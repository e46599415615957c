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
        // Keys: the term ids packed into 64 bits when they fit, else the ids themselves.
        let bits = max(1, Int.bitWidth - (vocabulary.count).leadingZeroBitCount)
        let packs = bits * n <= 64
        var packed: [UInt64: Int] = [:]  // key -> slot in the arrays below
        var pCount: [Int] = [], pDocs: [Int] = [], pLast: [Int] = [], pGroups: [Set<Int32>] = []
        var counts: [[Int32]: Int] = [:]
        var docs: [[Int32]: Int] = [:]
        var groups: [[Int32]: Set<Int32>] = [:]
        var lastDoc: [[Int32]: Int] = [:]
        formTerm.withUnsafeBufferPointer { formTerm in
            for d in documents ?? allDocuments {
                let occ = occurrences[d]
                let g = groupOf[d]
                var run: [Occurrence] = []
                func flush() {
                    guard run.count >= n else { return }
                    for i in 0 ... (run.count - n) {
                        var allStop = true
                        for k in i ..< i + n where !run[k].isStopword { allStop = false; break }
                        if allStop { continue }
                        if packs {
                            var key: UInt64 = 0
                            for k in i ..< i + n { key = key << UInt64(bits) | UInt64(formTerm[Int(run[k].form)]) }
                            let slot: Int
                            if let known = packed[key] { slot = known } else {
                                slot = pCount.count
                                packed[key] = slot
                                pCount.append(0); pDocs.append(0); pLast.append(-1); pGroups.append([])
                            }
                            pCount[slot] += 1
                            if pLast[slot] != d {
                                pLast[slot] = d
                                pDocs[slot] += 1
                                if g >= 0 { pGroups[slot].insert(g) }
                            }
                        } else {
                            let key = run[i ..< i + n].map { formTerm[Int($0.form)] }
                            counts[key, default: 0] += 1
                            if lastDoc[key] != d {
                                lastDoc[key] = d
                                docs[key, default: 0] += 1
                                if g >= 0 { groups[key, default: []].insert(g) }
                            }
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
        }
        let mask = UInt64.max >> UInt64(64 - bits)
        for (key, slot) in packed where pCount[slot] >= minimumCount {
            var ids: [Int32] = []
            var k = key
            for _ in 0 ..< n {
                ids.append(Int32(k & mask))
                k >>= UInt64(bits)
            }
            ids.reverse()
            counts[ids] = pCount[slot]
            docs[ids] = pDocs[slot]
            groups[ids] = pGroups[slot]
        }
        let rows = counts.filter { $0.value >= minimumCount }.map { key, count in
            NGramRow(terms: key.map { vocabulary.terms[Int($0)] },
                     display: key.map { vocabulary.display[Int($0)] }.joined(separator: " "),
                     count: count, documents: docs[key] ?? 0, groups: groups[key]?.count ?? 0)
        }.sorted { ($1.count, $0.display, $0.terms.joined(separator: " ")) < ($0.count, $1.display, $1.terms.joined(separator: " ")) }
        return top.map { Array(rows.prefix($0)) } ?? rows
    }
}
