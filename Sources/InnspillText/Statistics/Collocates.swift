/// How collocates are ranked.
public enum CollocationMeasure: String, Sendable, CaseIterable {
    case logLikelihood = "ll", pmi, tScore = "t"
}

/// One collocate of a node term.
public struct CollocateRow: Sendable, Hashable {
    public let term: String
    public let display: String
    /// Times it occurs within the window around the node (O11).
    public let observed: Int
    /// Times expected by chance: window slots x its frequency / words (E11).
    public let expected: Double
    /// Its frequency in the selection.
    public let frequency: Int
    /// Of `observed`, how many were left and right of the node.
    public let left: Int, right: Int
    public let logLikelihood: Double
    public let pmi: Double
    public let tScore: Double
    public var significance: Significance { Significance(g2: logLikelihood) }
}

extension AnalyzedCorpus {
    /// Collocates of a term (matched like `kwic`) within `window` words on each side, in
    /// the same document: the words found there more often than chance (observed above
    /// expected). Words are counted with stop words included; stop words are not reported
    /// as collocates. Where the windows of nearby hits overlap, each word counts once. The
    /// 2x2 table per collocate: O11 = in the windows, O12 = other words in the windows
    /// (W - O11), O21 = elsewhere (f - O11), O22 = the rest (N - W - O21), where W is the
    /// number of words in the windows (the hits themselves left out) and N the words.
    ///
    /// ```swift
    /// let rows = try corpus.collocates(of: "samarbeid", window: 5, measure: .logLikelihood, minimumCount: 2)
    /// ```
    public func collocates(of query: String, window: Int = 5, measure: CollocationMeasure = .logLikelihood,
                           minimumCount: Int = 2, top: Int? = nil, in documents: [Int]? = nil) throws(TextError) -> [CollocateRow] {
        guard window >= 1 else { throw TextError(.badArgument, "window \(window) is too small; use 1 or more words") }
        let resolved = ResolvedPattern(try TermPattern.parse(query), in: self)
        var frequency: [Int32: Int] = [:]
        var observed: [Int32: (Int, Int)] = [:]
        var slots = 0
        var words = 0
        formTerm.withUnsafeBufferPointer { formTerm in
            for d in documents ?? allDocuments {
                let ws = occurrences[d].filter(\.isWord)
                words += ws.count
                for o in ws { frequency[formTerm[Int(o.form)], default: 0] += 1 }
                let nodes = resolved.matches(in: ws)
                guard !nodes.isEmpty else { continue }
                // Each position once: 0 outside every window, 1 left of a hit, 2 right of one, 3 a hit.
                var place = [UInt8](repeating: 0, count: ws.count)
                for r in nodes { for i in r { place[i] = 3 } }
                for r in nodes {
                    for i in max(0, r.lowerBound - window) ..< r.lowerBound where place[i] == 0 { place[i] = 1 }
                    for i in r.upperBound ..< min(ws.count, r.upperBound + window) where place[i] == 0 { place[i] = 2 }
                }
                for (i, p) in place.enumerated() where p == 1 || p == 2 {
                    slots += 1
                    let o = ws[i]
                    guard o.counts else { continue }
                    let t = formTerm[Int(o.form)]
                    var lr = observed[t] ?? (0, 0)
                    if p == 1 { lr.0 += 1 } else { lr.1 += 1 }
                    observed[t] = lr
                }
            }
        }
        let n = Double(words), w = Double(slots)
        let rows: [CollocateRow] = observed.compactMap { term, lr in
            let o11 = lr.0 + lr.1
            guard o11 >= minimumCount else { return nil }
            let f = frequency[term] ?? o11
            let e11 = n > 0 ? w * Double(f) / n : 0
            guard Double(o11) > e11 else { return nil }
            let o21 = max(0, Double(f - o11))
            let ll = Association.logLikelihood(a: Double(o11), b: max(0, w - Double(o11)), c: o21, d: max(0, n - w - o21))
            return CollocateRow(term: vocabulary.terms[Int(term)], display: vocabulary.display[Int(term)], observed: o11,
                                expected: e11, frequency: f, left: lr.0, right: lr.1, logLikelihood: ll,
                                pmi: Association.pmi(observed: Double(o11), expected: e11),
                                tScore: Association.tScore(observed: Double(o11), expected: e11))
        }
        func score(_ r: CollocateRow) -> Double {
            switch measure {
            case .logLikelihood: return r.logLikelihood
            case .pmi: return r.pmi
            case .tScore: return r.tScore
            }
        }
        let sorted = rows.sorted { (score($1), $1.observed, $0.term) < (score($0), $0.observed, $1.term) }
        return top.map { Array(sorted.prefix($0)) } ?? sorted
    }
}
