import InnspillText

/// How to cluster: `cluster [k=N|auto] [method=kmeans|agglomerative|graph] [seed=N] [min=N]`.
///
/// ```swift
/// var options = ClusterOptions()
/// options.method = .graph
/// options.k = .auto(2...10)
/// let result = try Clusterer.cluster(vectors.weights, options: options)
/// ```
public struct ClusterOptions: Sendable, Hashable {
    public var method: ClusterMethod = .graph
    public var k: ClusterCount = .auto(2 ... 12)
    public var seed: UInt64 = 1
    /// k-means++ restarts (the best objective wins).
    public var restarts: Int = 10
    /// Iteration cap per k-means run.
    public var maxIterations: Int = 100
    /// Linkage for `.agglomerative`; Ward by default, because average and complete linkage
    /// on short texts mostly leave one cluster with nearly every unit and make the others of a few
    /// odd units. Measured at the k given (`LinkageExperimentTests`, the shell for the boards):
    ///
    /// | linkage  | features | SIB-200 NMI nb / nn, k=7 | shared boards, 185 segments, k=6 |
    /// |----------|----------|--------------------------|----------------------------------|
    /// | average  | chars    | 0.053 / 0.097            | 174, 4, 3, 2, 1, 1               |
    /// | average  | stems    | 0.177 / 0.140            | 167, 10, 4, 2, 1, 1              |
    /// | average  | lsa 100  | 0.077 / 0.126            | 168, 7, 4, 3, 2, 1               |
    /// | complete | chars    | 0.042 / 0.030            | 158, 13, 5, 5, 3, 1              |
    /// | complete | stems    | 0.018 / 0.020            | 173, 4, 3, 2, 2, 1               |
    /// | complete | lsa 100  | 0.051 / 0.063            | 82, 28, 23, 23, 15, 14           |
    /// | ward     | chars    | 0.142 / 0.195            | 91, 44, 26, 11, 9, 4             |
    /// | ward     | stems    | 0.083 / 0.142            | 91, 49, 22, 15, 4, 4             |
    /// | ward     | lsa 100  | 0.100 / 0.162            | 106, 50, 11, 9, 5, 4             |
    ///
    /// Ward on character n-grams (the features `cluster` picks for selections this size) has
    /// the best mean NMI and gives the boards themes a reader recognises; the graph method
    /// remains the better one on SIB-200 (NMI 0.279 / 0.302 at k=7, seed 1, in `QualityTests`).
    ///
    /// ```swift
    /// var options = ClusterOptions()
    /// options.method = .agglomerative
    /// options.linkage = .average   // instead of the default .ward
    /// ```
    public var linkage: Linkage = .ward
    /// Partitioning of the neighbour graph for `.graph`.
    public var graphAlgorithm: GraphAlgorithm = .spectral
    /// Neighbours per unit in the k-nearest-neighbour graph (`.graph`).
    public var neighbours: Int = 35
    /// Eigenvectors beyond k in the spectral embedding (Ng-Jordan-Weiss uses 0).
    public var spectralExtraDimensions: Int = 2
    /// Modularity resolution for `.louvain` (higher gives more, smaller clusters).
    public var resolution: Double = 1.0
    /// Reduce the features to this many LSA dimensions (randomized truncated SVD) first.
    public var lsaDimensions: Int? = nil
    /// Clusters smaller than this are dissolved into the nearest remaining cluster.
    public var minClusterSize: Int = 1

    public init() {}
}

public enum ClusterMethod: String, Sendable, Hashable, CaseIterable {
    /// Spherical k-means with k-means++ seeding and restarts.
    case kmeans
    /// Agglomerative clustering keeping the merge tree.
    case agglomerative
    /// k-nearest-neighbour cosine graph partitioned by spectral or modularity clustering.
    case graph
}

/// How agglomerative clustering measures the distance between two clusters.
public enum Linkage: String, Sendable, Hashable, CaseIterable {
    /// Mean cosine distance over all pairs of units, one from each cluster.
    case average
    /// Largest cosine distance over those pairs.
    case complete
    /// Ward's minimum variance: the increase in the within-cluster sum of squared Euclidean
    /// distances of the l2-normalised units (on unit vectors |x - y|^2 = 2 - 2 cos).
    case ward
}

public enum GraphAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// Normalised spectral clustering (Ng-Jordan-Weiss) of the neighbour graph.
    case spectral
    /// Modularity (Louvain); with a fixed k, communities are merged or refined to k.
    case louvain
}

/// A fixed number of clusters, or a range to choose from by modularity (see `KScore`).
public enum ClusterCount: Sendable, Hashable {
    case fixed(Int)
    case auto(ClosedRange<Int>)
}

extension WorkControl {
    /// Throws `ClusterError.cancelled` when the caller asked to stop.
    func check() throws { if shouldStop() { throw ClusterError.cancelled } }
}

/// Why clustering did not run; `message` says what to do.
public struct ClusterError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: Sendable, Equatable { case cancelled, tooFewUnits, tooManyUnits, invalidOption, unknownCluster }
    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
    public static let cancelled = ClusterError(.cancelled, "clustering interrupted")
}
