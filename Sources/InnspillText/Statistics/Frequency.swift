/// One row of a frequency list.
public struct FrequencyRow: Sendable, Hashable {
    /// The label this row counts within (`freq by FIELD`), or nil for the whole selection.
    public let by: String?
    /// The term (a word, stem or folded stem, as the analyzer's mode says).
    public let term: String
    /// The term's most frequent written form, for display.
    public let display: String
    public let count: Int
    /// Occurrences per 10,000 words (stop words included in the total).
    public let per10k: Double
    /// Distinct groups whose documents use it ("coverage").
    public let groups: Int
    /// Documents that use it.
    public let documents: Int
}

extension AnalyzedCorpus {
    /// Words (stop words included; numbers, URLs and abbreviations not) in the given documents.
    public func wordCount(in documents: [Int]? = nil) -> Int {
        (documents ?? allDocuments).reduce(0) { $0 + occurrences[$1].reduce(0) { $0 + ($1.isWord ? 1 : 0) } }
    }

    /// A frequency list of the counted terms (stop words left out), most frequent first,
    /// ties by term. With `byLabel`, one list per document label (labels in Norwegian order), each
    /// with its own rates; a document with several labels counts in each.
    ///
    /// ```swift
    /// let corpus = AnalyzedCorpus(docs, analyzer: TermAnalyzer(options: AnalyzerOptions(mode: .fold)))
    /// for row in corpus.frequencies(top: 20) { print(row.display, row.count, row.per10k, row.groups) }
    /// ```
    public func frequencies(in documents: [Int]? = nil, top: Int? = nil, minimumCount: Int = 1,
                            byLabel: Bool = false) -> [FrequencyRow] {
        let docs = documents ?? allDocuments
        guard byLabel else { return frequencyRows(docs, by: nil, top: top, minimumCount: minimumCount) }
        var byValue: [String: [Int]] = [:]
        for d in docs {
            for label in Set(self.documents[d].labels) { byValue[label, default: []].append(d) }
        }
        return byValue.keys.sorted(by: NorwegianOrder.precedes).flatMap { frequencyRows(byValue[$0]!, by: $0, top: top, minimumCount: minimumCount) }
    }

    private func frequencyRows(_ docs: [Int], by: String?, top: Int?, minimumCount: Int) -> [FrequencyRow] {
        let v = vocabulary.count
        var counts = Array(repeating: 0, count: v)
        var docCounts = Array(repeating: 0, count: v)
        var lastDoc = Array(repeating: -1, count: v)
        var groups = Array(repeating: 0, count: v)
        var lastGroup = Array(repeating: Int32(-1), count: v)
        var total = 0
        // Documents of one group together, so a term's groups are counted without sets.
        let ordered = docs.enumerated().sorted { (groupOf[$0.element], $0.offset) < (groupOf[$1.element], $1.offset) }.map(\.element)
        formTerm.withUnsafeBufferPointer { formTerm in
            for d in ordered {
                let g = groupOf[d]
                occurrences[d].withUnsafeBufferPointer { occ in
                    for o in occ {
                        if o.isWord { total += 1 }
                        guard o.counts else { continue }
                        let t = Int(formTerm[Int(o.form)])
                        counts[t] += 1
                        if lastDoc[t] != d {
                            lastDoc[t] = d
                            docCounts[t] += 1
                        }
                        if g >= 0, lastGroup[t] != g {
                            lastGroup[t] = g
                            groups[t] += 1
                        }
                    }
                }
            }
        }
        let rows = counts.indices.filter { counts[$0] >= max(1, minimumCount) }.map { t in
            FrequencyRow(by: by, term: vocabulary.terms[t], display: vocabulary.display[t], count: counts[t],
                         per10k: total == 0 ? 0 : Double(counts[t]) * 10_000 / Double(total),
                         groups: groups[t], documents: docCounts[t])
        }.sorted { ($1.count, $0.term) < ($0.count, $1.term) }
        return top.map { Array(rows.prefix($0)) } ?? rows
    }
}
