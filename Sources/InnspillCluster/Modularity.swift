import InnspillText

extension WeightedGraph {
    /// Newman's modularity of a partition of the nodes: the share of edge weight inside
    /// clusters minus `resolution` times the share expected from the nodes' degrees alone
    /// (Reichardt-Bornholdt; resolution 1 is Newman's -0.5 ... 1, 0 for one cluster).
    /// A resolution above 1 weighs the expected share more, which favours more, smaller clusters.
    func modularity(_ labels: [Int], resolution: Double) -> Double {
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
        return (0 ..< k).reduce(0.0) { $0 + inside[$1] / total - resolution * (degree[$1] / total) * (degree[$1] / total) }
    }
}
