/// Spherical k-means (cosine) with greedy k-means++ seeding and seeded restarts.
enum SphericalKMeans {
    struct Result {
        var labels: [Int]
        /// Sum over units of the cosine to their cluster's centre (higher is better).
        var objective: Double
        /// k x dimension, row-major, each row l2-normalised.
        var centroids: [Float]
        var k: Int
    }

    static func run(_ p: Points, k: Int, seed: UInt64, restarts: Int, maxIterations: Int,
                    control: ClusterControl, step: String = "k-means") throws -> Result {
        let k = max(1, min(k, p.count))
        var best: Result?
        let runs = max(1, restarts)
        for r in 0 ..< runs {
            try control.check()
            control.progress(ClusterProgress(step: step, done: r, total: runs))
            var rng = SeededGenerator(seed: seed, stream: UInt64(r))
            let result = try single(p, k: k, rng: &rng, maxIterations: maxIterations, control: control)
            if best == nil || result.objective > best!.objective + 1e-9 { best = result }
        }
        control.progress(ClusterProgress(step: step, done: runs, total: runs))
        return best!
    }

    static func single(_ p: Points, k: Int, rng: inout SeededGenerator, maxIterations: Int, control: ClusterControl) throws -> Result {
        let n = p.count, d = p.dimension
        var centroids = seedPlusPlus(p, k: k, rng: &rng)
        var labels = [Int](repeating: -1, count: n)
        var best = [Float](repeating: 0, count: n)
        var scores = [Float](repeating: 0, count: k)
        var transposedCentroids = [Float](repeating: 0, count: p.isSparse ? d * k : 0)
        var objective = 0.0
        for iteration in 0 ..< max(1, maxIterations) {
            if iteration % 4 == 3 { try control.check() }
            // Assign.
            if p.isSparse {
                for c in 0 ..< k { for q in 0 ..< d { transposedCentroids[q * k + c] = centroids[c * d + q] } }
            }
            var changed = 0
            objective = 0
            let m = p.sparse
            for i in 0 ..< n {
                if let m {
                    for c in 0 ..< k { scores[c] = 0 }
                    m.values.withUnsafeBufferPointer { mv in
                        m.columnIndices.withUnsafeBufferPointer { mc in
                            transposedCentroids.withUnsafeBufferPointer { t in
                                scores.withUnsafeMutableBufferPointer { s in
                                    for e in m.rowStarts[i] ..< m.rowStarts[i + 1] {
                                        let v = mv[e], base = Int(mc[e]) * k
                                        for c in 0 ..< k { s[c] += v * t[base + c] }
                                    }
                                }
                            }
                        }
                    }
                } else {
                    p.dense.withUnsafeBufferPointer { x in
                        centroids.withUnsafeBufferPointer { cp in
                            for c in 0 ..< k {
                                var s: Float = 0
                                for q in 0 ..< d { s += x[i * d + q] * cp[c * d + q] }
                                scores[c] = s
                            }
                        }
                    }
                }
                var arg = 0
                for c in 1 ..< k where scores[c] > scores[arg] { arg = c }
                if labels[i] != arg { changed += 1; labels[i] = arg }
                best[i] = scores[arg]
                objective += Double(scores[arg])
            }
            if changed == 0 && iteration > 0 { break }
            // Update.
            centroids = [Float](repeating: 0, count: k * d)
            var sizes = [Int](repeating: 0, count: k)
            for i in 0 ..< n {
                sizes[labels[i]] += 1
                addRow(p, i, into: &centroids, offset: labels[i] * d)
            }
            // Empty clusters take the units farthest from their centres.
            var taken = Set<Int>()
            for c in 0 ..< k where sizes[c] == 0 {
                var far = -1
                for i in 0 ..< n where !taken.contains(i) && sizes[labels[i]] > 1 {
                    if far < 0 || best[i] < best[far] { far = i }
                }
                guard far >= 0 else { continue }
                taken.insert(far)
                let old = labels[far]
                sizes[old] -= 1
                addRow(p, far, into: &centroids, offset: old * d, scale: -1)
                labels[far] = c
                sizes[c] = 1
                addRow(p, far, into: &centroids, offset: c * d)
            }
            normaliseRows(&centroids, k: k, d: d)
        }
        return Result(labels: labels, objective: objective, centroids: centroids, k: k)
    }

    @inline(__always)
    static func addRow(_ p: Points, _ i: Int, into c: inout [Float], offset: Int, scale: Float = 1) {
        if let m = p.sparse {
            for e in m.rowStarts[i] ..< m.rowStarts[i + 1] { c[offset + Int(m.columnIndices[e])] += scale * m.values[e] }
        } else {
            let d = p.dimension
            for q in 0 ..< d { c[offset + q] += scale * p.dense[i * d + q] }
        }
    }

    static func normaliseRows(_ c: inout [Float], k: Int, d: Int) {
        for r in 0 ..< k {
            var norm: Float = 0
            for q in 0 ..< d { norm += c[r * d + q] * c[r * d + q] }
            if norm > 0 {
                let inv = 1 / norm.squareRoot()
                for q in 0 ..< d { c[r * d + q] *= inv }
            }
        }
    }

    /// Greedy k-means++ on the sphere: potential is 2 - 2 cos to the nearest centre.
    static func seedPlusPlus(_ p: Points, k: Int, rng: inout SeededGenerator) -> [Float] {
        let n = p.count, d = p.dimension
        var centroids = [Float](repeating: 0, count: k * d)
        var chosen: [Int] = []
        let trials = 2 + Int(log(Double(k)))
        var scratch = [Float](repeating: 0, count: d)
        func similarities(to i: Int) -> [Float] {
            for q in 0 ..< d { scratch[q] = 0 }
            p.addRow(i, into: &scratch, scale: 1)
            var out = [Float](repeating: 0, count: n)
            for j in 0 ..< n { out[j] = p.dot(j, scratch) }
            return out
        }
        let first = rng.next(below: n)
        chosen.append(first)
        var closest = similarities(to: first).map { max(0, 2 - 2 * Double($0)) }
        while chosen.count < k {
            let total = closest.reduce(0, +)
            var bestCandidate = -1
            var bestPotential = Double.infinity
            var bestClosest: [Double] = []
            for _ in 0 ..< trials {
                var candidate: Int
                if total <= 1e-12 {
                    candidate = rng.next(below: n)
                } else {
                    var target = rng.nextDouble() * total
                    candidate = n - 1
                    for i in 0 ..< n {
                        target -= closest[i]
                        if target < 0 { candidate = i; break }
                    }
                }
                let sims = similarities(to: candidate)
                var next = closest
                var potential = 0.0
                for i in 0 ..< n {
                    next[i] = min(next[i], max(0, 2 - 2 * Double(sims[i])))
                    potential += next[i]
                }
                if potential < bestPotential { bestPotential = potential; bestCandidate = candidate; bestClosest = next }
            }
            chosen.append(bestCandidate)
            closest = bestClosest
        }
        for (c, i) in chosen.enumerated() {
            var row = [Float](repeating: 0, count: d)
            p.addRow(i, into: &row, scale: 1)
            for q in 0 ..< d { centroids[c * d + q] = row[q] }
        }
        normaliseRows(&centroids, k: k, d: d)
        return centroids
    }
}

import Foundation
