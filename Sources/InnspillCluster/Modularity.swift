import InnspillText

extension WeightedGraph {
    /// Newman's modularity of a partition of the nodes: the share of edge weight inside
    /// clusters minus the share expected from the nodes' degrees alone (-0.5 ... 1;
    /// 0 for one cluster).
    func modularity(_ labels: [Int]) -> Double {
        let k = (labels.max() ?? 0) + 1
        var inside = [Double](repeating: 0, count: k), degree = [Double](repeating: 0, count: k)
        var total = 0.0
        for i in 0 ..< nodeCount {
            for e in starts[i] ..< starts[i + 1] {
                let w = weights[e]
                total += w
                degree[labels[i]] += w
                if labels[Int(neighbours[e])] == labels[i] { inside[labels[i]] += w }
            }
        }
        guard total > 0 else { return 0 }
        return (0 ..< k).reduce(0.0) { $0 + inside[$1] / total - (degree[$1] / total) * (degree[$1] / total) }
    }
}

/// Scores the partitions `k=auto` chooses from: the modularity of each partition on the
/// k-nearest-neighbour graph of the units (the graph method's own graph, or the graph of a
/// seeded sample of the units for the other methods). Unlike the mean silhouette, which on
/// sparse text vectors keeps rising as clusters get smaller, modularity peaks where the
/// units' neighbours fall inside their clusters.
struct PartitionScorer {
    /// Units the graph's nodes stand for (nil: node i is unit i).
    private let sample: [Int]?
    private let graph: WeightedGraph

    /// Units drawn for the graph when the clustering did not build one.
    static let sampleSize = 1500

    init(graph: WeightedGraph) {
        self.graph = graph
        sample = nil
    }

    init(points: Points, neighbours: Int, seed: UInt64, control: WorkControl) throws {
        var rng = SeededGenerator(seed: seed, stream: 0x511)
        let chosen = SphericalKMeans.sample(points.count, Self.sampleSize, rng: &rng)
        graph = try NeighbourGraph.build(points.subset(chosen), neighbours: neighbours, control: control)
        sample = chosen.count < points.count ? chosen : nil
    }

    /// Modularity of a partition (labels for all units).
    func score(_ labels: [Int]) -> Double {
        graph.modularity(sample.map { $0.map { labels[$0] } } ?? labels)
    }
}
