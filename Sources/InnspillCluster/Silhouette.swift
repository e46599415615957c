/// Mean silhouette with cosine distance, on all units or on a seeded sample of them
/// (the sample's distances are computed once and reused for every partition scored).
struct SilhouetteScorer {
    let sample: [Int]
    private let distances: [Float] // sample x sample

    init(_ points: Points, sampleSize: Int, seed: UInt64) {
        let n = points.count
        var indices = Array(0 ..< n)
        if n > sampleSize {
            var rng = SeededGenerator(seed: seed, stream: 0x511)
            for i in 0 ..< sampleSize { indices.swapAt(i, i + rng.next(below: n - i)) }
            indices = Array(indices.prefix(sampleSize)).sorted()
        }
        sample = indices
        let s = indices.count
        var sub = points.subset(indices)
        sub.prepareSimilarity()
        var d = [Float](repeating: 0, count: s * s)
        var sims = [Float](repeating: 0, count: s)
        for i in 0 ..< s {
            sub.similarities(of: i, into: &sims)
            for j in 0 ..< s { d[i * s + j] = max(0, 1 - sims[j]) }
            d[i * s + i] = 0
        }
        distances = d
    }

    /// Mean silhouette of the partition (labels for all units); 0 with one cluster.
    func score(_ labels: [Int]) -> Double {
        let s = sample.count
        let sub = sample.map { labels[$0] }
        let k = (sub.max() ?? 0) + 1
        var sizes = [Int](repeating: 0, count: k)
        for l in sub { sizes[l] += 1 }
        if sizes.filter({ $0 > 0 }).count < 2 { return 0 }
        var total = 0.0
        var sums = [Double](repeating: 0, count: k)
        for i in 0 ..< s {
            for c in 0 ..< k { sums[c] = 0 }
            for j in 0 ..< s { sums[sub[j]] += Double(distances[i * s + j]) }
            let own = sub[i]
            if sizes[own] <= 1 { continue } // silhouette 0 for singletons
            let a = sums[own] / Double(sizes[own] - 1)
            var b = Double.infinity
            for c in 0 ..< k where c != own && sizes[c] > 0 { b = min(b, sums[c] / Double(sizes[c])) }
            let m = max(a, b)
            if m > 0 { total += (b - a) / m }
        }
        return total / Double(s)
    }
}
