/// Term counts of one side of a comparison (a selection or a whole corpus), keyed by
/// term text so that two corpora analysed the same way can be compared.
///
/// ```swift
/// let a = corpus2023.termCounts()                 // a whole corpus
/// let b = corpus2025.termCounts(in: selection)    // or some of its documents
/// ```
public struct TermCounts: Sendable, Hashable {
    /// Counted terms (stop words left out) and their frequencies.
    public var counts: [String: Int]
    /// Display form of each term.
    public var display: [String: String]
    /// Words in total (stop words included).
    public var total: Int

    public init(counts: [String: Int], display: [String: String] = [:], total: Int) {
        self.counts = counts
        self.display = display
        self.total = total
    }
}

extension AnalyzedCorpus {
    /// The term counts of some documents, for `Keyness.compare`.
    public func termCounts(in documents: [Int]? = nil) -> TermCounts {
        var counts: [String: Int] = [:]
        var display: [String: String] = [:]
        var total = 0
        formTerm.withUnsafeBufferPointer { formTerm in
            for d in documents ?? allDocuments {
                for o in occurrences[d] {
                    if o.isWord { total += 1 }
                    guard o.counts else { continue }
                    let id = Int(formTerm[Int(o.form)])
                    let t = vocabulary.terms[id]
                    counts[t, default: 0] += 1
                    if display[t] == nil { display[t] = vocabulary.display[id] }
                }
            }
        }
        return TermCounts(counts: counts, display: display, total: total)
    }
}

/// Which side a key term is key for.
public enum KeynessDirection: String, Sendable {
    /// Relatively more frequent in A.
    case a = "A"
    /// Relatively more frequent in B.
    case b = "B"
}

/// One key term.
public struct KeynessRow: Sendable, Hashable {
    public let term: String
    public let display: String
    public let countA: Int, countB: Int
    public let per10kA: Double, per10kB: Double
    /// Log-likelihood G2 (Rayson and Garside).
    public let logLikelihood: Double
    /// Effect size: log2 of the ratio of relative frequencies (positive: key in A).
    public let logRatio: Double
    public let direction: KeynessDirection
    public let significance: Significance
}

/// Keyness between two sets of documents.
public struct KeynessResult: Sendable, Hashable {
    /// Terms key for A (more frequent there), strongest first.
    public let a: [KeynessRow]
    /// Terms key for B, strongest first.
    public let b: [KeynessRow]
    /// Both lists, A's first.
    public var all: [KeynessRow] { a + b }
}

public enum Keyness {
    /// Compares two term counts: every term occurring at least `minimumCount` times in
    /// A and B together, with G2 at least the given significance, split by direction
    /// and sorted by G2 (ties by term).
    ///
    /// ```swift
    /// let result = Keyness.compare(corpus.termCounts(in: nynorskGroups), corpus.termCounts(in: others))
    /// for row in result.a.prefix(10) { print(row.display, row.logLikelihood, row.logRatio, row.significance.stars) }
    /// ```
    public static func compare(_ a: TermCounts, _ b: TermCounts, minimumCount: Int = 3,
                               significance: Significance = .p05, top: Int? = nil) -> KeynessResult {
        let ta = Double(a.total), tb = Double(b.total)
        var rowsA: [KeynessRow] = [], rowsB: [KeynessRow] = []
        for term in Set(a.counts.keys).union(b.counts.keys) {
            let ca = a.counts[term] ?? 0, cb = b.counts[term] ?? 0
            guard ca + cb >= minimumCount, ta > 0, tb > 0 else { continue }
            let g2 = Association.keynessLogLikelihood(a: Double(ca), totalA: ta, b: Double(cb), totalB: tb)
            let sig = Significance(g2: g2)
            guard sig >= significance else { continue }
            let ratio = Association.logRatio(a: Double(ca), totalA: ta, b: Double(cb), totalB: tb)
            let direction: KeynessDirection = Double(ca) / ta >= Double(cb) / tb ? .a : .b
            let row = KeynessRow(term: term, display: a.display[term] ?? b.display[term] ?? term, countA: ca, countB: cb,
                                 per10kA: Double(ca) * 10_000 / ta, per10kB: Double(cb) * 10_000 / tb,
                                 logLikelihood: g2, logRatio: ratio, direction: direction, significance: sig)
            if direction == .a { rowsA.append(row) } else { rowsB.append(row) }
        }
        func order(_ rows: [KeynessRow]) -> [KeynessRow] {
            let s = rows.sorted { ($1.logLikelihood, $0.term) < ($0.logLikelihood, $1.term) }
            return top.map { Array(s.prefix($0)) } ?? s
        }
        return KeynessResult(a: order(rowsA), b: order(rowsB))
    }
}
