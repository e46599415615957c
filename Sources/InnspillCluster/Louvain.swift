import InnspillText

/// Modularity clustering (Louvain) of a weighted graph, with a seeded node order.
enum Louvain {
    /// Community of each node, numbered by first appearance.
    static func communities(_ g: WeightedGraph, resolution: Double, seed: UInt64, control: WorkControl) throws -> [Int] {
        var graph = g
        var membership = Array(0 ..< g.nodeCount) // original node -> current super-node
        var rng = SeededGenerator(seed: seed, stream: 0x10A)
        var level = 0
        while true {
            try control.check()
            control.progress("modularity", done: level, total: level + 1)
            let (labels, moved) = localMoving(graph, resolution: resolution, rng: &rng)
            let (renumbered, count) = compact(labels)
            for i in 0 ..< membership.count { membership[i] = renumbered[membership[i]] }
            if !moved || count == graph.nodeCount { break }
            graph = aggregate(graph, labels: renumbered, count: count)
            level += 1
            if level > 50 { break }
        }
        return compact(membership).labels
    }

    static func compact(_ labels: [Int]) -> (labels: [Int], count: Int) {
        var map: [Int: Int] = [:]
        var out = labels
        for i in 0 ..< labels.count {
            if let m = map[labels[i]] { out[i] = m } else { map[labels[i]] = map.count; out[i] = map.count - 1 }
        }
        return (out, map.count)
    }

    static func localMoving(_ g: WeightedGraph, resolution: Double, rng: inout SeededGenerator) -> ([Int], Bool) {
        let n = g.nodeCount
        var community = Array(0 ..< n)
        let degree = (0 ..< n).map { g.degree($0) }
        var total = degree // sum of degrees per community
        let m2 = degree.reduce(0, +)
        guard m2 > 0 else { return (community, false) }
        var order = Array(0 ..< n)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, rng.next(below: i + 1)) }
        var linkWeight = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var movedAny = false
        for _ in 0 ..< 100 {
            var moved = 0
            for i in order {
                let ci = community[i]
                touched.removeAll(keepingCapacity: true)
                for e in g.starts[i] ..< g.starts[i + 1] {
                    let j = Int(g.neighbours[e])
                    if j == i { continue }
                    let cj = community[j]
                    if linkWeight[cj] == 0 { touched.append(cj) }
                    linkWeight[cj] += g.weights[e]
                }
                let ki = degree[i]
                total[ci] -= ki
                var best = ci
                var bestGain = linkWeight[ci] - resolution * total[ci] * ki / m2
                for c in touched where c != ci {
                    let gain = linkWeight[c] - resolution * total[c] * ki / m2
                    if gain > bestGain + 1e-12 || (abs(gain - bestGain) <= 1e-12 && c < best && best != ci) { bestGain = gain; best = c }
                }
                total[best] += ki
                if best != ci { community[i] = best; moved += 1 }
                for c in touched { linkWeight[c] = 0 }
                linkWeight[ci] = 0
            }
            if moved == 0 { break }
            movedAny = true
        }
        return (community, movedAny)
    }

    static func aggregate(_ g: WeightedGraph, labels: [Int], count: Int) -> WeightedGraph {
        var edges = [[Int32: Double]](repeating: [:], count: count)
        for i in 0 ..< g.nodeCount {
            let a = labels[i]
            for e in g.starts[i] ..< g.starts[i + 1] {
                let b = Int32(labels[Int(g.neighbours[e])])
                edges[a][b, default: 0] += g.weights[e]
            }
        }
        var starts = [0], nbrs: [Int32] = [], weights: [Double] = []
        for a in 0 ..< count {
            for (b, w) in edges[a].sorted(by: { $0.key < $1.key }) { nbrs.append(b); weights.append(w) }
            starts.append(nbrs.count)
        }
        return WeightedGraph(starts: starts, neighbours: nbrs, weights: weights)
    }

    /// Merges communities greedily by the largest modularity gain until `k` remain.
    static func merge(_ labels: [Int], into k: Int, graph g: WeightedGraph, resolution: Double) -> [Int] {
        var (labels, count) = compact(labels)
        if count <= k { return labels }
        var group = Array(0 ..< count)
        let agg = aggregate(g, labels: labels, count: count)
        var between = [[Int: Double]](repeating: [:], count: count)
        var total = [Double](repeating: 0, count: count)
        for a in 0 ..< count {
            for e in agg.starts[a] ..< agg.starts[a + 1] {
                let b = Int(agg.neighbours[e])
                total[a] += agg.weights[e]
                if b != a { between[a][b, default: 0] += agg.weights[e] }
            }
        }
        let m2 = max(total.reduce(0, +), 1e-300)
        var alive = Set(0 ..< count)
        while alive.count > k {
            var best: (Int, Int)? = nil
            var bestGain = -Double.infinity
            for a in alive.sorted() {
                for (b, w) in between[a] where b > a && alive.contains(b) {
                    let gain = w / m2 - resolution * 2 * total[a] * total[b] / (m2 * m2)
                    if gain > bestGain + 1e-15 { bestGain = gain; best = (a, b) }
                }
            }
            if best == nil {
                // Disconnected: merge the two smallest communities.
                let sorted = alive.sorted { (total[$0], $0) < (total[$1], $1) }
                best = (min(sorted[0], sorted[1]), max(sorted[0], sorted[1]))
            }
            let (a, b) = best!
            alive.remove(b)
            total[a] += total[b]
            for (c, w) in between[b] where c != a {
                between[a][c, default: 0] += w
                between[c][a, default: 0] += w
                between[c][b] = nil
            }
            between[a][b] = nil
            for c in 0 ..< count where group[c] == b { group[c] = a }
        }
        for i in 0 ..< labels.count { labels[i] = group[labels[i]] }
        return compact(labels).labels
    }
}
