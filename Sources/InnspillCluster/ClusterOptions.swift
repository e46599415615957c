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
    /// Linkage for `.agglomerative`.
    public var linkage: Linkage = .average
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

public enum Linkage: String, Sendable, Hashable, CaseIterable {
    case average, complete, ward
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
