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
/// average, complete and Ward linkage).
enum Agglomerative {
    static let maximumUnits = 8000

    static func tree(_ p: Points, linkage: Linkage, control: ClusterControl) throws -> [DendrogramMerge] {
        let n = p.count
        guard n > 1 else { return [] }
        var q = p
        q.prepareSimilarity()
        // Full distance matrix (Float): cosine distance, or squared Euclidean for Ward.
        var dist = [Float](repeating: 0, count: n * n)
        var sims = [Float](repeating: 0, count: n)
        for i in 0 ..< n {
            if i % 256 == 255 { try control.check(); control.progress(ClusterProgress(step: "distances", done: i, total: n)) }
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
        var chain: [Int] = []
        var remaining = n
        var nextStart = 0
        while remaining > 1 {
            if raw.count % 256 == 255 { try control.check(); control.progress(ClusterProgress(step: "merging", done: raw.count, total: n - 1)) }
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
                raw.append((keep, drop, Double(best)))
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
