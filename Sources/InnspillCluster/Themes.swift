import Foundation
import InnspillText

/// A distinctive term of a cluster (its share of the cluster's words against its share of all words).
public struct TermScore: Sendable, Equatable {
    public var term: String
    /// The term's column in the counts it was scored from (its name there is the analysed term, `term` its written form).
    public var column: Int
    public var score: Double
    /// Occurrences of the term in the cluster.
    public var count: Int
    /// Units of the cluster using the term.
    public var units: Int
}

/// What `themes` shows for one cluster.
public struct ClusterTheme: Sendable, Equatable {
    public var cluster: Int
    public var size: Int
    /// size / number of units.
    public var share: Double
    /// Most distinctive terms, best first.
    public var terms: [TermScore]
    /// Units closest to the cluster's centre, closest first.
    public var representatives: [Int]
}

/// Labels and representatives for clusters.
///
/// ```swift
/// let themes = Themes.describe(result, vectors: vectors, topTerms: 8, representatives: 3)
/// for t in themes { print(t.cluster, t.size, t.terms.map(\.term), t.representatives) }
/// ```
public enum Themes {
    /// Themes from the vectors the clustering was made from: representatives by the
    /// TF-IDF weights, labels from the term columns of the counts (character n-grams
    /// only when there are no term columns), shown by `vocabulary.display`.
    public static func describe(_ clustering: Clustering, vectors: DocumentVectors, topTerms: Int = 10,
                                representatives: Int = 3) -> [ClusterTheme] {
        let v = vectors.vocabulary
        let columns = v.termCount > 0 ? 0 ..< v.termCount : 0 ..< v.count
        return describe(clustering, features: vectors.weights, counts: vectors.counts, names: v.display,
                        labelColumns: columns, topTerms: topTerms, representatives: representatives)
    }

    /// Themes when the clustering features are not words (e.g. character n-grams):
    /// centres from `features`, labels from the term columns of `labels` (same units, same order).
    ///
    /// ```swift
    /// let chars = Vectorizer.fit(corpus, options: .characters(3 ... 5))
    /// let words = Vectorizer.fit(corpus)
    /// let result = try Clusterer.cluster(chars.weights, options: options)
    /// let themes = Themes.describe(result, features: chars, labels: words)
    /// ```
    public static func describe(_ clustering: Clustering, features: DocumentVectors, labels: DocumentVectors,
                                topTerms: Int = 10, representatives: Int = 3) -> [ClusterTheme] {
        let v = labels.vocabulary
        let columns = v.termCount > 0 ? 0 ..< v.termCount : 0 ..< v.count
        return describe(clustering, features: features.weights, counts: labels.counts, names: v.display,
                        labelColumns: columns, topTerms: topTerms, representatives: representatives)
    }

    /// Themes from explicit matrices: `features` for the centres, `counts` (raw counts,
    /// columns named by `names`) for the labels, restricted to `labelColumns`.
    public static func describe(_ clustering: Clustering, features: SparseMatrix, counts: SparseMatrix, names: [String],
                                labelColumns: Range<Int>? = nil, topTerms: Int = 10, representatives: Int = 3) -> [ClusterTheme] {
        let labels = self.labels(counts: counts, assignments: clustering.assignments, clusterCount: clustering.clusterCount,
                                 names: names, columns: labelColumns, top: topTerms)
        let reps = self.representatives(features: features, assignments: clustering.assignments,
                                        clusterCount: clustering.clusterCount, count: representatives)
        let sizes = clustering.sizes
        let n = max(1, clustering.unitCount)
        return (0 ..< clustering.clusterCount).map {
            ClusterTheme(cluster: $0, size: sizes[$0], share: Double(sizes[$0]) / Double(n), terms: labels[$0], representatives: reps[$0])
        }
    }

    /// Distinctive terms: a cluster's units are one document, and a term scores
    /// p(t|c) * ln(p(t|c) / p(t)), where p(t|c) is its share of the cluster's tokens and p(t)
    /// its share of all tokens: its part of the Kullback-Leibler divergence of the cluster's
    /// words from the whole selection's. A term as frequent everywhere as in the cluster scores
    /// 0 and terms rarer in the cluster than overall are left out, so words every cluster uses
    /// (the seminar's own subject, such as "kulturskolen") do not crowd out the theme's words.
    /// BERTopic's c-TF-IDF, p(t|c) * ln(1 + mean tokens per cluster / count overall), damped
    /// such words too little: they headed most clusters of the shared seminar corpora.
    /// In clusters of 3 or more units a term must be used by at least 2 of them; one-letter
    /// terms (OCR debris) are not labels.
    public static func labels(counts: SparseMatrix, assignments: [Int], clusterCount k: Int, names: [String],
                              columns: Range<Int>? = nil, top: Int = 10) -> [[TermScore]] {
        let columns = columns ?? 0 ..< counts.columnCount
        var members = [[Int]](repeating: [], count: k)
        for (i, c) in assignments.enumerated() { members[c].append(i) }
        // Per cluster: occurrences and units of each column, in dense arrays reset after use.
        var perCluster = [[(column: Int, count: Double, units: Int)]](repeating: [], count: k)
        var tokens = [Double](repeating: 0, count: k)
        var overall = [Double](repeating: 0, count: counts.columnCount)
        var count = [Double](repeating: 0, count: counts.columnCount)
        var units = [Int](repeating: 0, count: counts.columnCount)
        var touched: [Int] = []
        for c in 0 ..< k {
            for i in members[c] {
                for e in counts.rowStarts[i] ..< counts.rowStarts[i + 1] {
                    let col = Int(counts.columnIndices[e])
                    guard columns.contains(col) else { continue }
                    let v = Double(counts.values[e])
                    if units[col] == 0 { touched.append(col) }
                    count[col] += v
                    units[col] += 1
                }
            }
            for col in touched {
                perCluster[c].append((col, count[col], units[col]))
                tokens[c] += count[col]
                overall[col] += count[col]
                count[col] = 0
                units[col] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        let allTokens = tokens.reduce(0, +)
        return (0 ..< k).map { c in
            guard tokens[c] > 0 else { return [] }
            let minUnits = members[c].count >= 3 ? 2 : 1
            var scored: [TermScore] = []
            for entry in perCluster[c] where entry.units >= minUnits && names[entry.column].count >= 2 {
                let inCluster = entry.count / tokens[c]
                let lift = inCluster / (overall[entry.column] / allTokens)
                guard lift > 1 else { continue }
                scored.append(TermScore(term: names[entry.column], column: entry.column, score: inCluster * log(lift), count: Int(entry.count), units: entry.units))
            }
            scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.term < $1.term) }
            return Array(scored.prefix(top))
        }
    }

    /// The `count` units closest (cosine) to each cluster's normalised mean, closest first;
    /// ties by unit order.
    public static func representatives(features: SparseMatrix, assignments: [Int], clusterCount k: Int, count: Int = 3) -> [[Int]] {
        let points = Points(sparse: features)
        let centres = Clusterer.centroids(assignments, k: k, points: points)
        var scored = [[(Int, Float)]](repeating: [], count: k)
        for (i, c) in assignments.enumerated() { scored[c].append((i, points.dot(i, centres[c]))) }
        return scored.map { list in
            list.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(count).map(\.0)
        }
    }
}

/// How much partitions agree across seeds: `cluster ... stability=N`.
public struct StabilityReport: Sendable, Equatable {
    public var runs: Int
    /// Seeds used, one per run.
    public var seeds: [UInt64]
    /// Mean adjusted Rand index over all pairs of runs (1 = always the same partition).
    public var meanARI: Double
    public var minARI: Double
    /// Clusters found by each run (differs between runs only with k=auto).
    public var clusterCounts: [Int]
}

extension Clusterer {
    /// Reruns the clustering with `runs` seeds (options.seed, +1, ...) and compares every pair.
    public static func stability(_ features: SparseMatrix, options: ClusterOptions, runs: Int,
                                 control: WorkControl = .none) throws -> StabilityReport {
        let runs = max(2, runs)
        var results: [[Int]] = []
        var seeds: [UInt64] = []
        for r in 0 ..< runs {
            try control.check()
            var o = options
            o.seed = options.seed &+ UInt64(r)
            seeds.append(o.seed)
            results.append(try cluster(features, options: o, control: control.prefixed("stability run \(r + 1)/\(runs): ")).assignments)
        }
        var aris: [Double] = []
        for a in 0 ..< runs { for b in (a + 1) ..< runs { aris.append(Agreement.adjustedRandIndex(results[a], results[b])) } }
        return StabilityReport(runs: runs, seeds: seeds, meanARI: aris.reduce(0, +) / Double(aris.count),
                               minARI: aris.min() ?? 1, clusterCounts: results.map { ($0.max() ?? -1) + 1 })
    }
}
