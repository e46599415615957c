import InnspillText

/// Mean silhouette with cosine distance (1 - cosine similarity) over a set of units; the
/// distances are computed once and reused for every partition scored.
struct SilhouetteScorer {
    /// Units scored, ascending (indices into the partitions given to `score`).
    let sample: [Int]
    /// sample x sample cosine distances, row-major.
    private let distances: [Float]

    init(points: Points, sample: [Int], control: WorkControl) throws {
        self.sample = sample
        let s = sample.count
        var sub = points.subset(sample)
        sub.prepareSimilarity()
        var d = [Float](repeating: 0, count: s * s)
        var sims = [Float](repeating: 0, count: s)
        for i in 0 ..< s {
            if i % 256 == 0 { try control.check() }
            sub.similarities(of: i, into: &sims)
            for j in 0 ..< s { d[i * s + j] = max(0, 1 - sims[j]) }
            d[i * s + i] = 0
        }
        distances = d
    }

    /// Mean silhouette of the partition (labels for all units), -1 ... 1; 0 with fewer than
    /// two clusters among the scored units. Units alone in their cluster count 0.
    func score(_ labels: [Int]) -> Double {
        let s = sample.count
        let sub = sample.map { labels[$0] }
        let k = (sub.max() ?? 0) + 1
        var sizes = [Int](repeating: 0, count: k)
        for l in sub { sizes[l] += 1 }
        guard sizes.filter({ $0 > 0 }).count >= 2 else { return 0 }
        var total = 0.0
        var sums = [Double](repeating: 0, count: k)
        for i in 0 ..< s where sizes[sub[i]] > 1 {
            for c in 0 ..< k { sums[c] = 0 }
            for j in 0 ..< s { sums[sub[j]] += Double(distances[i * s + j]) }
            let own = sub[i]
            let a = sums[own] / Double(sizes[own] - 1)
            var b = Double.infinity
            for c in 0 ..< k where c != own && sizes[c] > 0 { b = min(b, sums[c] / Double(sizes[c])) }
            let m = max(a, b)
            if m > 0 { total += (b - a) / m }
        }
        return total / Double(s)
    }
}
