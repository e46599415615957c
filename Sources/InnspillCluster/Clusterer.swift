import InnspillText

/// Clusters the rows of a feature matrix (normally `DocumentVectors.weights`).
///
/// ```swift
/// var options = ClusterOptions()
/// options.k = .fixed(7)
/// options.method = .graph
/// let result = try Clusterer.cluster(vectors.weights, options: options,
///                                    control: WorkControl(shouldStop: { interrupted }))
/// ```
public enum Clusterer {
    public static func cluster(_ features: SparseMatrix, options: ClusterOptions = ClusterOptions(),
                               control: WorkControl = .none) throws -> Clustering {
        let total = features.rowCount
        guard total > 0 else { throw ClusterError(.tooFewUnits, "nothing to cluster: the selection has no units") }
        try validate(options, units: total)
        // Units without features are left out of the clustering and join the largest cluster.
        let empty = (0 ..< total).filter { features.rowStarts[$0] == features.rowStarts[$0 + 1] }
        if empty.count == total {
            return Clustering(assignments: [Int](repeating: 0, count: total), options: options)
        }
        guard !empty.isEmpty else {
            return try core(features, options: options, control: control, leaves: nil)
        }
        let kept = (0 ..< total).filter { features.rowStarts[$0] < features.rowStarts[$0 + 1] }
        let inner = try core(Points(sparse: features).subset(kept).sparse!, options: options, control: control, leaves: kept)
        var labels = [Int](repeating: 0, count: total)
        for (i, u) in kept.enumerated() { labels[u] = inner.assignments[i] }
        labels = placeEmpty(labels, empty: empty)
        return Clustering(assignments: labels, options: options, kScores: inner.kScores, dendrogram: inner.dendrogram, dendrogramLeaves: inner.dendrogramLeaves)
    }

    static func core(_ features: SparseMatrix, options: ClusterOptions, control: WorkControl, leaves: [Int]?) throws -> Clustering {
        let n = features.rowCount
        var points = Points(sparse: features)
        if let dims = options.lsaDimensions {
            let (rows, d) = try LinearAlgebra.lsa(points.sparse!, dimensions: dims, seed: options.seed, control: control)
            points = Points(dense: rows, count: n, dimension: d)
        }
        let ks = candidateKs(options.k, units: n)
        guard let maxK = ks.last, maxK > 1 else {
            return Clustering(assignments: [Int](repeating: 0, count: n), options: options)
        }
        var dendrogram: [DendrogramMerge]? = nil
        var graph: WeightedGraph? = nil
        // While k is chosen, progress is reported per k tried, not within each partition.
        let perK = ks.count > 1 ? WorkControl(shouldStop: control.shouldStop) : control
        let partition: (Int) throws -> [Int]
        switch options.method {
        case .kmeans:
            partition = { k in
                try SphericalKMeans.run(points, k: k, seed: options.seed, restarts: options.restarts,
                                        maxIterations: options.maxIterations, control: perK).labels
            }
        case .agglomerative:
            let tree = try Agglomerative.tree(points, linkage: options.linkage, control: control)
            dendrogram = tree
            partition = { k in Agglomerative.cut(tree, units: n, k: k) }
        case .graph:
            let g = try NeighbourGraph.build(points, neighbours: options.neighbours, control: control)
            graph = g
            switch options.graphAlgorithm {
            case .spectral:
                let extra = max(0, options.spectralExtraDimensions)
                let vectors = try NeighbourGraph.spectralVectors(g, dimensions: min(n, maxK + extra), seed: options.seed, control: control)
                partition = { k in
                    let embedding = NeighbourGraph.embedding(vectors, k: k + extra)
                    return try SphericalKMeans.run(embedding, k: k, seed: options.seed, restarts: options.restarts,
                                                   maxIterations: options.maxIterations, control: perK, step: "spectral k-means").labels
                }
            case .louvain:
                var resolution = options.resolution
                var fine = try Louvain.communities(g, resolution: resolution, seed: options.seed, control: control)
                var attempts = 0
                while (fine.max() ?? 0) + 1 < maxK && attempts < 12 {
                    resolution *= 1.5
                    attempts += 1
                    fine = try Louvain.communities(g, resolution: resolution, seed: options.seed, control: control)
                }
                let base = fine
                partition = { k in Louvain.merge(base, into: k, graph: g, resolution: options.resolution) }
            }
        }

        var labels: [Int]
        var scores: [KScore] = []
        if ks.count == 1 {
            labels = try partition(ks[0])
        } else {
            let scorer = try PartitionScorer(points: points, graph: graph, neighbours: options.neighbours,
                                             seed: options.seed, control: control)
            var partitions: [[Int]] = []
            for (i, k) in ks.enumerated() {
                try control.check()
                control.progress("choosing k", done: i, total: ks.count)
                partitions.append(try partition(k))
                scores.append(scorer.score(partitions[i], k: k))
            }
            control.progress("choosing k", done: ks.count, total: ks.count)
            labels = partitions[scores.firstIndex(of: KScore.best(scores)!)!]
        }
        labels = dissolveSmall(labels, points: points, minSize: options.minClusterSize)
        return Clustering(assignments: labels, options: options, kScores: scores,
                          dendrogram: dendrogram, dendrogramLeaves: dendrogram == nil ? nil : (leaves ?? Array(0 ..< n)))
    }

    static func validate(_ o: ClusterOptions, units n: Int) throws {
        switch o.k {
        case .fixed(let k) where k < 1:
            throw ClusterError(.invalidOption, "k=\(k): give a number of clusters of at least 1, or k=auto")
        case .auto(let r) where r.lowerBound < 1:
            throw ClusterError(.invalidOption, "k=auto range must start at 1 or more")
        default: break
        }
        if o.method == .agglomerative && n > Agglomerative.maximumUnits {
            throw ClusterError(.tooManyUnits, "agglomerative clustering keeps an n x n distance table; \(n) units is more than \(Agglomerative.maximumUnits). Use method=kmeans or method=graph, or filter the selection")
        }
        if o.method == .graph && n > 20_000 {
            throw ClusterError(.tooManyUnits, "the neighbour graph of \(n) units takes too long to build; use method=kmeans or filter the selection")
        }
        if let d = o.lsaDimensions, d < 1 { throw ClusterError(.invalidOption, "lsa dimensions must be at least 1") }
        if o.neighbours < 1 { throw ClusterError(.invalidOption, "neighbours must be at least 1") }
    }

    static func candidateKs(_ count: ClusterCount, units n: Int) -> [Int] {
        switch count {
        case .fixed(let k): return [min(k, n)]
        case .auto(let r):
            let hi = min(r.upperBound, n - 1)
            let lo = max(2, r.lowerBound)
            return lo <= hi ? Array(lo ... hi) : [min(max(1, r.lowerBound), n)]
        }
    }

    static func compact(_ labels: [Int]) -> [Int] { Louvain.compact(labels).labels }

    /// Dissolves clusters below `minSize` (smallest first) into the nearest remaining centre.
    static func dissolveSmall(_ labels: [Int], points: Points, minSize: Int) -> [Int] {
        var labels = compact(labels)
        guard minSize > 1 else { return labels }
        while true {
            let k = (labels.max() ?? 0) + 1
            if k <= 1 { return labels }
            var sizes = [Int](repeating: 0, count: k)
            for l in labels { sizes[l] += 1 }
            guard let small = (0 ..< k).filter({ sizes[$0] < minSize }).min(by: { (sizes[$0], $0) < (sizes[$1], $1) }) else { return labels }
            let centres = centroids(labels, k: k, points: points)
            for i in 0 ..< labels.count where labels[i] == small {
                var best = -1
                var bestScore = -Float.infinity
                for c in 0 ..< k where c != small && sizes[c] > 0 {
                    let s = points.dot(i, centres[c])
                    if s > bestScore { bestScore = s; best = c }
                }
                labels[i] = best
            }
            labels = compact(labels)
        }
    }

    /// Units without features join the largest cluster.
    static func placeEmpty(_ labels: [Int], empty: [Int]) -> [Int] {
        guard !empty.isEmpty, empty.count < labels.count else { return labels }
        var labels = labels
        let isEmpty = Set(empty)
        var sizes: [Int: Int] = [:]
        for (i, l) in labels.enumerated() where !isEmpty.contains(i) { sizes[l, default: 0] += 1 }
        let largest = sizes.keys.sorted { (-sizes[$0]!, $0) < (-sizes[$1]!, $1) }.first ?? 0
        for i in empty { labels[i] = largest }
        return compact(labels)
    }

    /// Normalised mean vector of each cluster.
    static func centroids(_ labels: [Int], k: Int, points: Points) -> [[Float]] {
        var c = [[Float]](repeating: [Float](repeating: 0, count: points.dimension), count: k)
        for (i, l) in labels.enumerated() { points.addRow(i, into: &c[l], scale: 1) }
        for j in 0 ..< k {
            let norm = c[j].reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { c[j] = c[j].map { $0 / norm } }
        }
        return c
    }
}
