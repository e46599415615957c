import InnspillText

/// The result of `cluster`: a cluster for every unit, numbered 0 ..< clusterCount by
/// size (largest first, ties by first member).
///
/// ```swift
/// let result = try Clusterer.cluster(vectors.weights, options: options)
/// result.assignments[17]   // cluster of unit 17
/// result.sizes             // [212, 180, ...]
/// result.kScores           // k vs modularity and silhouette when k=auto
/// ```
public struct Clustering: Sendable, Equatable {
    /// Cluster of each unit.
    public private(set) var assignments: [Int]
    public private(set) var clusterCount: Int
    /// The options the clustering was made with.
    public let options: ClusterOptions
    /// For `k=auto`: each k tried and its score, ascending k; empty for a fixed k.
    public var kScores: [KScore]
    /// The merge tree for `.agglomerative` (n - 1 merges, SciPy convention); `merging` and
    /// `splitting` keep it in agreement with the clusters.
    public var dendrogram: [DendrogramMerge]?
    /// The unit of each dendrogram leaf (units without features are not in the tree).
    public var dendrogramLeaves: [Int]?

    public init(assignments: [Int], options: ClusterOptions, kScores: [KScore] = [],
                dendrogram: [DendrogramMerge]? = nil, dendrogramLeaves: [Int]? = nil) {
        self.assignments = assignments
        self.clusterCount = (assignments.max() ?? -1) + 1
        self.options = options
        self.kScores = kScores
        self.dendrogram = dendrogram
        self.dendrogramLeaves = dendrogramLeaves ?? dendrogram.map { _ in Array(0 ..< assignments.count) }
        renumber()
    }

    public var unitCount: Int { assignments.count }

    /// Units per cluster.
    public var sizes: [Int] {
        var s = [Int](repeating: 0, count: clusterCount)
        for a in assignments { s[a] += 1 }
        return s
    }

    /// Units of each cluster, ascending.
    public var members: [[Int]] {
        var m = [[Int]](repeating: [], count: clusterCount)
        for (i, a) in assignments.enumerated() { m[a].append(i) }
        return m
    }

    /// Renumbers clusters by size (descending), then by first member; returns old -> new.
    @discardableResult
    mutating func renumber() -> [Int] {
        var sizes: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        for (i, a) in assignments.enumerated() {
            sizes[a, default: 0] += 1
            if first[a] == nil { first[a] = i }
        }
        let order = sizes.keys.sorted { (-sizes[$0]!, first[$0]!) < (-sizes[$1]!, first[$1]!) }
        let maxOld = max((assignments.max() ?? -1) + 1, clusterCount)
        var map = [Int](repeating: -1, count: maxOld)
        for (new, old) in order.enumerated() { map[old] = new }
        assignments = assignments.map { map[$0] }
        clusterCount = order.count
        return map
    }
}

/// One row of the `k=auto` table: a number of clusters and how well that partition fits
/// the units, by two measures shown side by side. `modularity` is the partition's modularity
/// at resolution 1.1 on the k-nearest-neighbour graph of the units (of a seeded sample of
/// 1,500 for k-means and agglomerative clustering); `silhouette` is its mean cosine
/// silhouette on the same seeded sample of at most 1,500 units. The choice goes by
/// modularity (see `best`): on short texts the silhouette keeps rising with k and would
/// nearly always choose the largest k tried.
public struct KScore: Sendable, Equatable {
    public var k: Int
    public var modularity: Double
    public var silhouette: Double
    public init(k: Int, modularity: Double, silhouette: Double) {
        self.k = k
        self.modularity = modularity
        self.silhouette = silhouette
    }

    /// The row `k=auto` chooses: the highest modularity, the smaller k on a tie.
    public static func best(_ scores: [KScore]) -> KScore? {
        scores.min { ($1.modularity, $0.k) < ($0.modularity, $1.k) }
    }
}

/// A clustering after `merge` or `split`, with how the old numbers map to the new.
public struct ClusterEdit: Sendable, Equatable {
    public var clustering: Clustering
    /// New number of each old cluster (for a split: of the part keeping the first member).
    public var renumbering: [Int]
    /// New numbers of the clusters the edit created (a split's other parts).
    public var created: [Int]
}

extension Clustering {
    /// Merges cluster `b` into cluster `a`; clusters are renumbered by size.
    ///
    /// ```swift
    /// let edit = try result.merging(3, 5)
    /// names[edit.renumbering[3]] = names[3]
    /// ```
    public func merging(_ a: Int, _ b: Int) throws -> ClusterEdit {
        try check(a); try check(b)
        guard a != b else { throw ClusterError(.invalidOption, "cannot merge cluster \(a) with itself; give two different clusters") }
        var copy = self
        copy.assignments = assignments.map { $0 == b ? a : $0 }
        let map = copy.renumber()
        copy.conformDendrogram()
        var renumbering = (0 ..< clusterCount).map { map[$0] }
        renumbering[b] = map[a]
        return ClusterEdit(clustering: copy, renumbering: renumbering, created: [])
    }

    /// Splits cluster `c` in `parts` by spherical k-means on its units' features
    /// (the same matrix the clustering was made from).
    public func splitting(_ c: Int, features: SparseMatrix, parts: Int = 2, seed: UInt64? = nil,
                          control: WorkControl = .none) throws -> ClusterEdit {
        try check(c)
        guard features.rowCount == assignments.count else {
            throw ClusterError(.invalidOption, "features have \(features.rowCount) rows but the clustering has \(assignments.count) units")
        }
        let members = self.members[c]
        guard members.count >= max(2, parts) else {
            throw ClusterError(.tooFewUnits, "cluster \(c) has \(members.count) unit(s); it needs at least \(max(2, parts)) to split")
        }
        let points = Points(sparse: features).subset(members)
        let run = try SphericalKMeans.run(points, k: parts, seed: seed ?? options.seed, restarts: options.restarts,
                                          maxIterations: options.maxIterations, control: control, step: "split")
        // Part of the first member keeps the old number.
        let keep = run.labels[0]
        var copy = self
        var partIDs: [Int: Int] = [keep: c]
        var created: [Int] = []
        for label in run.labels where partIDs[label] == nil {
            partIDs[label] = clusterCount + created.count
            created.append(clusterCount + created.count)
        }
        for (i, u) in members.enumerated() { copy.assignments[u] = partIDs[run.labels[i]]! }
        copy.clusterCount = clusterCount + created.count
        let map = copy.renumber()
        copy.conformDendrogram()
        return ClusterEdit(clustering: copy, renumbering: (0 ..< clusterCount).map { map[$0] }, created: created.map { map[$0] })
    }

    /// After an edit: the merge tree made to agree with the clusters again.
    private mutating func conformDendrogram() {
        guard let tree = dendrogram, let leaves = dendrogramLeaves else { return }
        dendrogram = Agglomerative.conform(tree, leafClusters: leaves.map { assignments[$0] })
    }

    private func check(_ c: Int) throws {
        guard c >= 0 && c < clusterCount else {
            throw ClusterError(.unknownCluster, "no cluster \(c); clusters are numbered 0 to \(clusterCount - 1)")
        }
    }
}
