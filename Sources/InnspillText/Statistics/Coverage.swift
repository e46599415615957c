/// How widely one term is used.
public struct CoverageRow: Sendable, Hashable {
    /// The term as asked for.
    public let query: String
    /// Distinct groups that used it.
    public let groups: Int
    /// Documents that used it.
    public let documents: Int
    /// Times it occurs.
    public let occurrences: Int
    /// The groups, in Norwegian order (`Gruppe 2` before `Gruppe 10`).
    public let groupNames: [String]
}

extension AnalyzedCorpus {
    /// For each term (matched like `kwic`: by term and compound part, exact when quoted,
    /// phrases as consecutive words), the distinct groups and documents that used it, in
    /// the order asked.
    ///
    /// ```swift
    /// let rows = try corpus.coverage(of: ["samarbeid", "\"kulturskule\""])
    /// rows[0].groups        // 12
    /// rows[0].groupNames    // ["Gruppe 1", "Gruppe 4", ...]
    /// ```
    public func coverage(of queries: [String], in documents: [Int]? = nil) throws(TextError) -> [CoverageRow] {
        var out: [CoverageRow] = []
        for q in queries {
            let pattern = try TermPattern.parse(q)
            var docs: Set<Int> = []
            var groups: Set<String> = []
            var n = 0
            for m in matches(of: pattern, in: documents) {
                n += 1
                docs.insert(m.document)
                if let g = self.documents[m.document].group { groups.insert(g) }
            }
            out.append(CoverageRow(query: q, groups: groups.count, documents: docs.count, occurrences: n,
                                   groupNames: groups.sorted(by: NorwegianOrder.precedes)))
        }
        return out
    }
}
