import InnspillText

/// Scores the partitions `k=auto` chooses from (see `KScore`): their modularity on the
/// k-nearest-neighbour graph of the units (the graph method's own graph, or the graph of a
/// seeded sample of the units for the other methods) and their mean cosine silhouette on
/// the same seeded sample.
///
/// Why k goes by modularity at resolution 1.1, measured with the graph method on character
/// n-grams, k=auto over 2-12, seeds 1-3:
/// - The mean silhouette keeps rising with k on sparse text vectors, on the features and on
///   the spectral embedding alike; it would choose 11-12 of 2-12 on SIB-200 (NMI 0.235 for
///   bokmål at k=12, against 0.26-0.27 near the 7 topics).
/// - Newman's modularity (resolution 1) chooses 6-10 on SIB-200 (NMI bokmål 0.259/0.271/0.268,
///   nynorsk 0.302/0.255/0.303), but only 3 clusters of the 185 segments of the four shared
///   seminar corpora, where its curve is flat from 3 to 8 and the themes run together.
/// - At resolution 1.1 it chooses 6 on the shared corpora for every seed tried (1-5), with
///   themes a reader recognises, and 7-10 on SIB-200 (NMI bokmål 0.261/0.271/0.239, nynorsk
///   0.290/0.255/0.276); at 1.2 it runs to the end of the range on SIB-200.
struct PartitionScorer {
    private let graph: WeightedGraph
    /// Units the graph's nodes stand for (nil: node i is unit i).
    private let graphUnits: [Int]?
    private let silhouette: SilhouetteScorer

    /// Units drawn for the sample graph and the silhouettes.
    static let sampleSize = 1500
    /// Modularity resolution the choice of k is made at.
    static let resolution = 1.1

    /// `graph`: the neighbour graph of all units when the clustering built one.
    init(points: Points, graph: WeightedGraph?, neighbours: Int, seed: UInt64, control: WorkControl) throws {
        var rng = SeededGenerator(seed: seed, stream: 0x511)
        let sample = SphericalKMeans.sample(points.count, Self.sampleSize, rng: &rng)
        if let graph {
            self.graph = graph
            graphUnits = nil
        } else {
            self.graph = try NeighbourGraph.build(points.subset(sample), neighbours: neighbours, control: control)
            graphUnits = sample.count < points.count ? sample : nil
        }
        silhouette = try SilhouetteScorer(points: points, sample: sample, control: control)
    }

    /// Both scores of a partition into `k` clusters (labels for all units).
    func score(_ labels: [Int], k: Int) -> KScore {
        let nodes = graphUnits.map { $0.map { labels[$0] } } ?? labels
        return KScore(k: k, modularity: graph.modularity(nodes, resolution: Self.resolution),
                      silhouette: silhouette.score(labels))
    }
}
