import Foundation

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
                    control: ClusterControl, step: String = "k-means", tolerance: Double = 1e-4) throws -> Result {
        let k = max(1, min(k, p.count))
        let runs = max(1, restarts)
        control.progress(ClusterProgress(step: step, done: 0, total: runs))
        // Restarts run side by side on large inputs; each has its own seeded stream, so the
        // result does not depend on scheduling.
        let work = p.count * max(1, p.isSparse ? (p.sparse!.values.count / max(1, p.count)) : p.dimension) * k
        let parallel = runs > 1 && work >= 200_000
        let stop = StopCheck(control.shouldStop)
        // Large inputs: every restart is seeded and refined for a few iterations, then only
        // the best continues to convergence (the screening is deterministic too).
        let screening = runs > 1 && work >= 2_000_000 ? 5 : maxIterations
        let slots = ClusterSlots<Result?>(count: runs)
        let body: @Sendable (Int) -> Void = { r in
            var rng = SeededGenerator(seed: seed, stream: UInt64(r))
            slots.set(r, try? single(p, k: k, rng: &rng, maxIterations: screening, stop: stop, tolerance: tolerance))
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: runs, execute: body)
        } else {
            for r in 0 ..< runs {
                try control.check()
                body(r)
                control.progress(ClusterProgress(step: step, done: r + 1, total: runs))
            }
        }
        try control.check()
        var best: Result?
        for result in slots.values() {
            guard let result else { throw ClusterError.cancelled }
            if best == nil || result.objective > best!.objective + 1e-9 { best = result }
        }
        if screening < maxIterations {
            var rng = SeededGenerator(seed: seed, stream: UInt64(runs))
            best = try single(p, k: k, rng: &rng, maxIterations: maxIterations, stop: stop, tolerance: tolerance, from: best!.centroids)
        }
        control.progress(ClusterProgress(step: step, done: runs, total: runs))
        return best!
    }

    static func single(_ p: Points, k: Int, rng: inout SeededGenerator, maxIterations: Int, stop: StopCheck,
                       tolerance: Double, from start: [Float]? = nil) throws -> Result {
        let n = p.count, d = p.dimension
        var centroids = start ?? seedPlusPlus(p, k: k, rng: &rng)
        var labels = [Int](repeating: -1, count: n)
        var best = [Float](repeating: 0, count: n)
        var scores = [Float](repeating: 0, count: k)
        var transposedCentroids = [Float](repeating: 0, count: p.isSparse ? d * k : 0)
        let blocks = p.isSparse && k <= 32 ? (k + 7) / 8 : 0
        var packed = [SIMD8<Float>](repeating: SIMD8<Float>(), count: d * blocks)
        var objective = 0.0
        var previous = -Double.infinity
        for iteration in 0 ..< max(1, maxIterations) {
            if iteration % 4 == 3 { try stop.check() }
            // Assign.
            if p.isSparse && blocks > 0 {
                for q in 0 ..< d {
                    for b in 0 ..< blocks {
                        var lane = SIMD8<Float>()
                        for l in 0 ..< 8 where b * 8 + l < k { lane[l] = centroids[(b * 8 + l) * d + q] }
                        packed[q * blocks + b] = lane
                    }
                }
            } else if p.isSparse {
                for c in 0 ..< k { for q in 0 ..< d { transposedCentroids[q * k + c] = centroids[c * d + q] } }
            }
            var changed = 0
            objective = 0
            let rowStarts = p.sparse?.rowStarts ?? []
            let columns = p.sparse?.columnIndices ?? []
            let values = p.sparse?.values ?? []
            let sparse = p.isSparse
            rowStarts.withUnsafeBufferPointer { rs in
            columns.withUnsafeBufferPointer { mc in
            values.withUnsafeBufferPointer { mv in
            transposedCentroids.withUnsafeBufferPointer { t in
            packed.withUnsafeBufferPointer { t8 in
            centroids.withUnsafeBufferPointer { cp in
            p.dense.withUnsafeBufferPointer { x in
            scores.withUnsafeMutableBufferPointer { s in
            labels.withUnsafeMutableBufferPointer { lab in
            best.withUnsafeMutableBufferPointer { bst in
                for i in 0 ..< n {
                    if sparse && blocks > 0 {
                        // k <= 32: the k scores in up to four SIMD8 accumulators.
                        var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
                        for e in rs[i] ..< rs[i + 1] {
                            let v = SIMD8<Float>(repeating: mv[e]), base = Int(mc[e]) * blocks
                            a0 += v * t8[base]
                            if blocks > 1 { a1 += v * t8[base + 1] }
                            if blocks > 2 { a2 += v * t8[base + 2] }
                            if blocks > 3 { a3 += v * t8[base + 3] }
                        }
                        for c in 0 ..< k {
                            let b = c >> 3, lane = c & 7
                            s[c] = b == 0 ? a0[lane] : b == 1 ? a1[lane] : b == 2 ? a2[lane] : a3[lane]
                        }
                    } else if sparse {
                        for c in 0 ..< k { s[c] = 0 }
                        for e in rs[i] ..< rs[i + 1] {
                            let v = mv[e], base = Int(mc[e]) * k
                            for c in 0 ..< k { s[c] += v * t[base + c] }
                        }
                    } else {
                        for c in 0 ..< k {
                            var acc: Float = 0
                            for q in 0 ..< d { acc += x[i * d + q] * cp[c * d + q] }
                            s[c] = acc
                        }
                    }
                    var arg = 0
                    for c in 1 ..< k where s[c] > s[arg] { arg = c }
                    if lab[i] != arg { changed += 1; lab[i] = arg }
                    bst[i] = s[arg]
                    objective += Double(s[arg])
                }
            }}}}}}}}}}
            if changed == 0 && iteration > 0 { break }
            if iteration > 0 && objective - previous <= tolerance * abs(objective) { break }
            previous = objective
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
        if p.isSparse {
            for e in p.rowStarts[i] ..< p.rowStarts[i + 1] { c[offset + Int(p.columns[e])] += scale * p.values[e] }
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
    /// Above 2,000 units the centres are drawn from a seeded sample of 2,000.
    static func seedPlusPlus(_ p: Points, k: Int, rng: inout SeededGenerator) -> [Float] {
        let n = p.count, d = p.dimension
        var pool = Array(0 ..< n)
        let limit = 2000
        if n > limit {
            for i in 0 ..< limit { pool.swapAt(i, i + rng.next(below: n - i)) }
            pool = Array(pool.prefix(limit)).sorted()
        }
        let m = pool.count
        var centroids = [Float](repeating: 0, count: k * d)
        var chosen: [Int] = []
        let trials = 2 + Int(log(Double(k)))
        var scratch = [Float](repeating: 0, count: d)
        func potentials(to i: Int, under current: [Double]?) -> [Double] {
            for q in 0 ..< d { scratch[q] = 0 }
            p.addRow(pool[i], into: &scratch, scale: 1)
            var out = [Double](repeating: 0, count: m)
            for j in 0 ..< m {
                let v = max(0, 2 - 2 * Double(p.dot(pool[j], scratch)))
                out[j] = current.map { min($0[j], v) } ?? v
            }
            return out
        }
        let first = rng.next(below: m)
        chosen.append(first)
        var closest = potentials(to: first, under: nil)
        while chosen.count < k {
            let total = closest.reduce(0, +)
            var bestCandidate = -1
            var bestPotential = Double.infinity
            var bestClosest: [Double] = []
            for _ in 0 ..< trials {
                var candidate: Int
                if total <= 1e-12 {
                    candidate = rng.next(below: m)
                } else {
                    var target = rng.nextDouble() * total
                    candidate = m - 1
                    for i in 0 ..< m {
                        target -= closest[i]
                        if target < 0 { candidate = i; break }
                    }
                }
                let next = potentials(to: candidate, under: closest)
                let potential = next.reduce(0, +)
                if potential < bestPotential { bestPotential = potential; bestCandidate = candidate; bestClosest = next }
            }
            chosen.append(bestCandidate)
            closest = bestClosest
        }
        for (c, i) in chosen.enumerated() {
            var row = [Float](repeating: 0, count: d)
            p.addRow(pool[i], into: &row, scale: 1)
            for q in 0 ..< d { centroids[c * d + q] = row[q] }
        }
        normaliseRows(&centroids, k: k, d: d)
        return centroids
    }
}

/// A caller's stop check made callable from worker threads (calls are serialised).
final class StopCheck: @unchecked Sendable {
    private let shouldStop: () -> Bool
    private let lock = NSLock()
    private var stopped = false
    init(_ shouldStop: @escaping () -> Bool) { self.shouldStop = shouldStop }
    func check() throws {
        lock.lock()
        defer { lock.unlock() }
        if !stopped && shouldStop() { stopped = true }
        if stopped { throw ClusterError.cancelled }
    }
}
