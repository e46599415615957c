import InnspillText

/// One merge of a dendrogram, in SciPy's linkage convention: ids below the number of
/// units are units, id `units + i` is the cluster made by merge `i`.
public struct DendrogramMerge: Sendable, Equatable {
    public var left: Int
    public var right: Int
    /// Linkage distance (cosine distance for average/complete; Ward's distance on unit vectors).
    public var height: Double
    /// Units under this merge.
    public var size: Int

    public init(left: Int, right: Int, height: Double, size: Int) {
        self.left = left
        self.right = right
        self.height = height
        self.size = size
    }
}

/// Agglomerative clustering by the nearest-neighbour chain algorithm (exact for
/// average, complete and Ward linkage). Distances are updated by the Lance-Williams
/// formula; for Ward it starts from squared Euclidean distances of the l2-normalised rows
/// (2 - 2 cos), so the value for two clusters A and B is the increase in the within-cluster
/// sum of squares times two, 2 |A||B| / (|A| + |B|) * |centre(A) - centre(B)|^2, and the
/// height reported is its square root (SciPy's Ward height).
enum Agglomerative {
    static let maximumUnits = 8000

    static func tree(_ p: Points, linkage: Linkage, control: WorkControl) throws -> [DendrogramMerge] {
        let n = p.count
        guard n > 1 else { return [] }
        var q = p
        q.prepareSimilarity()
        // Full distance matrix (Float): cosine distance, or squared Euclidean for Ward.
        var dist = [Float](repeating: 0, count: n * n)
        var sims = [Float](repeating: 0, count: n)
        for i in 0 ..< n {
            if i % 256 == 255 { try control.check(); control.progress("distances", done: i, total: n) }
            q.similarities(of: i, into: &sims)
            for j in 0 ..< n {
                let s = min(1, max(-1, sims[j]))
                dist[i * n + j] = linkage == .ward ? max(0, 2 - 2 * s) : max(0, 1 - s)
            }
            dist[i * n + i] = 0
        }
        var size = [Int](repeating: 1, count: n)
        var active = [Bool](repeating: true, count: n)
        var raw: [(a: Int, b: Int, h: Double)] = []
        raw.reserveCapacity(n - 1)
        // Height of the cluster in each slot: a merge is recorded no lower than its children,
        // so Float rounding in the update cannot put a merge below one inside it.
        var slotHeight = [Double](repeating: 0, count: n)
        var chain: [Int] = []
        var remaining = n
        var nextStart = 0
        while remaining > 1 {
            if raw.count % 256 == 255 { try control.check(); control.progress("merging", done: raw.count, total: n - 1) }
            if chain.isEmpty {
                while !active[nextStart] { nextStart += 1 }
                chain.append(nextStart)
            }
            let a = chain[chain.count - 1]
            let previous = chain.count >= 2 ? chain[chain.count - 2] : -1
            var b = previous
            var best: Float = previous >= 0 ? dist[a * n + previous] : .infinity
            for j in 0 ..< n where active[j] && j != a {
                let d = dist[a * n + j]
                if d < best { best = d; b = j }
            }
            if b == previous {
                chain.removeLast(2)
                // Merge a and b into the lower slot.
                let (keep, drop) = (min(a, b), max(a, b))
                let height = max(Double(best), slotHeight[keep], slotHeight[drop])
                raw.append((keep, drop, height))
                slotHeight[keep] = height
                let na = Float(size[keep]), nb = Float(size[drop])
                let dab = dist[keep * n + drop]
                for k in 0 ..< n where active[k] && k != keep && k != drop {
                    let dk1 = dist[k * n + keep], dk2 = dist[k * n + drop]
                    let nk = Float(size[k])
                    let value: Float
                    switch linkage {
                    case .average: value = (na * dk1 + nb * dk2) / (na + nb)
                    case .complete: value = max(dk1, dk2)
                    case .ward: value = ((nk + na) * dk1 + (nk + nb) * dk2 - nk * dab) / (nk + na + nb)
                    }
                    dist[k * n + keep] = value
                    dist[keep * n + k] = value
                }
                active[drop] = false
                size[keep] += size[drop]
                remaining -= 1
            } else {
                chain.append(b)
            }
        }
        // Sort by height (stable) and relabel with union-find, as SciPy does.
        let order = raw.indices.sorted { (raw[$0].h, $0) < (raw[$1].h, $1) }
        var parent = Array(0 ..< (2 * n - 1))
        var clusterSize = [Int](repeating: 1, count: 2 * n - 1)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var merges: [DendrogramMerge] = []
        for (i, index) in order.enumerated() {
            let r = raw[index]
            let x = find(r.a), y = find(r.b)
            let id = n + i
            parent[x] = id
            parent[y] = id
            clusterSize[id] = clusterSize[x] + clusterSize[y]
            let height = linkage == .ward ? r.h.squareRoot() : r.h
            merges.append(DendrogramMerge(left: min(x, y), right: max(x, y), height: height, size: clusterSize[id]))
        }
        return merges
    }

    /// Cluster labels from the first `n - k` merges (numbered by first unit).
    static func cut(_ merges: [DendrogramMerge], units n: Int, k: Int) -> [Int] {
        var parent = Array(0 ..< (2 * n - 1))
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        let take = max(0, min(merges.count, n - k))
        for i in 0 ..< take {
            parent[merges[i].left] = n + i
            parent[merges[i].right] = n + i
        }
        var map: [Int: Int] = [:]
        return (0 ..< n).map { i in
            let r = find(i)
            if let m = map[r] { return m }
            map[r] = map.count
            return map.count - 1
        }
    }
}

extension Agglomerative {
    /// The merge tree made to agree with a partition of its leaves that is no longer a cut
    /// of it (after `merge` or `split`): inside each cluster the tree keeps the merges of its
    /// leaves at their heights; the clusters are then joined where the tree first joined their
    /// leaves, raised where needed to stay above every merge inside a cluster. Cutting the
    /// result into as many clusters as the partition has gives the partition back, and a
    /// partition that is a cut of the tree gives the tree back unchanged.
    ///
    /// - Parameters:
    ///   - merges: a tree in SciPy's convention over `leafClusters.count` leaves.
    ///   - leafClusters: the cluster of each leaf.
    static func conform(_ merges: [DendrogramMerge], leafClusters: [Int]) -> [DendrogramMerge] {
        let n = leafClusters.count
        guard n > 1, merges.count == n - 1 else { return merges }
        // New merges with provisional ids (leaves as they are, merge j as n + j).
        var within: [(a: Int, b: Int, height: Double)] = []
        var heightOf: [Int: Double] = [:]
        // Per node of the old tree: the provisional node holding each cluster's leaves below it.
        var pieces = [[Int: Int]](repeating: [:], count: 2 * n - 1)
        for leaf in 0 ..< n { pieces[leaf] = [leafClusters[leaf]: leaf] }
        var representative = leafClusters + [Int](repeating: 0, count: n - 1)
        for (i, m) in merges.enumerated() {
            var joined = pieces[m.left]
            for (c, right) in pieces[m.right].sorted(by: { $0.key < $1.key }) {
                if let left = joined[c] {
                    within.append((left, right, m.height))
                    joined[c] = n + within.count - 1
                    heightOf[n + within.count - 1] = m.height
                } else {
                    joined[c] = right
                }
            }
            pieces[m.left] = [:]
            pieces[m.right] = [:]
            representative[n + i] = min(representative[m.left], representative[m.right])
            pieces[n + i] = joined
        }
        let roots = pieces[2 * n - 2]
        let top = within.map(\.height).max() ?? 0
        // Join the clusters where the old tree first joined their leaves.
        var group = Array(0 ... (roots.keys.max() ?? 0))
        func find(_ x: Int) -> Int {
            var x = x
            while group[x] != x { group[x] = group[group[x]]; x = group[x] }
            return x
        }
        var node: [Int: Int] = roots
        var joins: [(a: Int, b: Int, height: Double)] = []
        for m in merges {
            let a = find(representative[m.left]), b = find(representative[m.right])
            guard a != b else { continue }
            let (x, y) = (node[a]!, node[b]!)
            let height = max(m.height, top, heightOf[x] ?? 0, heightOf[y] ?? 0)
            let id = n + within.count + joins.count
            joins.append((x, y, height))
            heightOf[id] = height
            group[max(a, b)] = min(a, b)
            node[min(a, b)] = id
        }
        // SciPy order: by height (children first on ties), ids renumbered accordingly.
        let raw = within + joins
        let order = Array(within.indices).sorted { (within[$0].height, $0) < (within[$1].height, $1) }
            + Array(within.count ..< raw.count).sorted { (raw[$0].height, $0) < (raw[$1].height, $1) }
        var final = [Int](repeating: 0, count: raw.count)
        var size = [Int](repeating: 1, count: 2 * n - 1)
        var result: [DendrogramMerge] = []
        for (position, j) in order.enumerated() {
            final[j] = n + position
            let a = raw[j].a < n ? raw[j].a : final[raw[j].a - n]
            let b = raw[j].b < n ? raw[j].b : final[raw[j].b - n]
            size[n + position] = size[a] + size[b]
            result.append(DendrogramMerge(left: min(a, b), right: max(a, b), height: raw[j].height, size: size[n + position]))
        }
        return result
    }
}
