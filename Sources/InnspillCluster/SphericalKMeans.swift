import Foundation
import InnspillText

/// Spherical k-means (cosine) with greedy k-means++ seeding and seeded restarts.
///
/// Restarts run side by side on both cores and are screened: each runs a few iterations
/// on a seeded sample of the units, and only the best continues, on all units, until it
/// converges. Every random
/// choice comes from a seeded stream per restart, and sums are taken in a fixed order,
/// so the result does not depend on scheduling or the number of cores.
enum SphericalKMeans {
    struct Result {
        var labels: [Int]
        /// Sum over units of the cosine to their cluster's centre (higher is better).
        var objective: Double
        /// k x dimension, row-major, each row l2-normalised.
        var centroids: [Float]
        var k: Int
    }

    /// Units restarts are screened on (all when fewer).
    static let screeningSample = 4000
    /// Iterations each restart gets before the best is chosen.
    static let screeningIterations = 10
    /// Units k-means++ seeding draws from (a seeded sample when more).
    static let seedingPool = 1000

    static func run(_ p: Points, k: Int, seed: UInt64, restarts: Int, maxIterations: Int,
                    control: WorkControl, step: String = "k-means", tolerance: Double = 1e-4) throws -> Result {
        let k = max(1, min(k, p.count))
        let runs = max(1, restarts)
        control.progress(step, done: 0, total: runs + 1)
        var points = p
        points.prepareSimilarity()
        var screened = points
        if p.count > screeningSample {
            // A sample, so that k-means++ and the screening do not grow with the units.
            var rng = SeededGenerator(seed: seed, stream: 0x5C4EE)
            screened = p.subset(sample(p.count, screeningSample, rng: &rng))
            screened.prepareSimilarity()
        }
        let frozen = screened
        let work = screened.count * max(1, screened.averageRowLength) * k
        let slots = ClusterSlots<Result?>(count: runs)
        let finished = Counter()
        let body: @Sendable (Int) -> Void = { r in
            var rng = SeededGenerator(seed: seed, stream: UInt64(r))
            slots.set(r, try? single(frozen, k: k, start: seedPlusPlus(frozen, k: k, rng: &rng),
                                     maxIterations: min(maxIterations, screeningIterations),
                                     control: control, tolerance: tolerance, parallel: false))
            control.progress(step, done: finished.increment(), total: runs + 1)
        }
        if runs > 1 && work >= 200_000 {
            DispatchQueue.concurrentPerform(iterations: runs, execute: body)
        } else {
            for r in 0 ..< runs { try control.check(); body(r) }
        }
        try control.check()
        var best: Result?
        for result in slots.values() {
            guard let result else { throw ClusterError.cancelled }
            if best == nil || result.objective > best!.objective + 1e-9 { best = result }
        }
        if screened.count < p.count || maxIterations > screeningIterations {
            best = try single(points, k: k, start: best!.centroids, maxIterations: maxIterations, control: control,
                              tolerance: tolerance, parallel: true)
        }
        control.progress(step, done: runs + 1, total: runs + 1)
        return best!
    }

    /// `count` distinct indices of `0 ..< n`, ascending (a seeded partial shuffle).
    static func sample(_ n: Int, _ count: Int, rng: inout SeededGenerator) -> [Int] {
        guard n > count else { return Array(0 ..< n) }
        var pool = Array(0 ..< n)
        for i in 0 ..< count { pool.swapAt(i, i + rng.next(below: n - i)) }
        return pool.prefix(count).sorted()
    }

    /// Lloyd iterations from `start` (k x dimension) until no unit moves,
    /// the objective gains less than `tolerance` (relative), or `maxIterations`.
    /// Centres are kept column-major in blocks of 8 (`dimension x blocks`), which is what
    /// scoring a sparse row against every centre reads.
    static func single(_ p: Points, k: Int, start: [Float], maxIterations: Int, control: WorkControl,
                       tolerance: Double, parallel: Bool) throws -> Result {
        let n = p.count, d = p.dimension
        let blocks = (k + 7) / 8
        var centres = [SIMD8<Float>](repeating: SIMD8(), count: d * blocks)
        for c in 0 ..< k { for q in 0 ..< d { centres[q * blocks + c >> 3][c & 7] = start[c * d + q] } }
        normalise(&centres, blocks: blocks, d: d)
        var labels = [Int32](repeating: -1, count: n)
        var closeness = [Float](repeating: 0, count: n)
        var objective = 0.0, previous = -Double.infinity
        let chunkCount = parallel && n >= 4096 ? 8 : 1
        let bounds = (0 ... chunkCount).map { $0 * n / chunkCount }
        let columnBounds = (0 ... chunkCount).map { $0 * d / chunkCount }
        for iteration in 0 ..< max(1, maxIterations) {
            if iteration % 2 == 1 { try control.check() }
            // Assign, chunk by chunk (the chunks and their order are fixed, so the sums are too).
            let sums = ClusterSlots<(objective: Double, changed: Int)>(count: chunkCount)
            labels.withUnsafeMutableBufferPointer { lab in
                closeness.withUnsafeMutableBufferPointer { near in
                    centres.withUnsafeBufferPointer { cen in
                        let lab = UnsafeSendable(lab), near = UnsafeSendable(near), cen = UnsafeSendable(cen)
                        let assign: @Sendable (Int) -> Void = { c in
                            sums.set(c, p.assign(bounds[c] ..< bounds[c + 1], centres: cen.value, k: k, blocks: blocks,
                                                 labels: lab.value, closeness: near.value))
                        }
                        if chunkCount == 1 { assign(0) } else { DispatchQueue.concurrentPerform(iterations: chunkCount, execute: assign) }
                    }
                }
            }
            var changed = 0
            objective = 0
            for s in sums.values() { objective += s.objective; changed += s.changed }
            if changed == 0 && iteration > 0 { break }
            if iteration > 0 && objective - previous <= tolerance * abs(objective) { break }
            previous = objective
            // Update: sum the rows of each cluster, give empty clusters the units farthest from their centres.
            var sizes = [Int](repeating: 0, count: k)
            for l in labels { sizes[Int(l)] += 1 }
            var order: [Int]? = nil
            for c in 0 ..< k where sizes[c] == 0 {
                if order == nil { order = (0 ..< n).sorted { (closeness[$0], $0) < (closeness[$1], $1) } }
                guard let far = order!.first(where: { sizes[Int(labels[$0])] > 1 }) else { break }
                order!.removeAll { $0 == far }
                sizes[Int(labels[far])] -= 1
                labels[far] = Int32(c)
                sizes[c] = 1
            }
            centres.withUnsafeMutableBufferPointer { cen in
                labels.withUnsafeBufferPointer { lab in
                    let cen = UnsafeSendable(cen), lab = UnsafeSendable(lab)
                    let sum: @Sendable (Int) -> Void = { c in
                        p.sumRows(columns: columnBounds[c] ..< columnBounds[c + 1], labels: lab.value, into: cen.value, blocks: blocks)
                    }
                    if chunkCount == 1 { sum(0) } else { DispatchQueue.concurrentPerform(iterations: chunkCount, execute: sum) }
                }
            }
            normalise(&centres, blocks: blocks, d: d)
        }
        var rows = [Float](repeating: 0, count: k * d)
        for c in 0 ..< k { for q in 0 ..< d { rows[c * d + q] = centres[q * blocks + c >> 3][c & 7] } }
        return Result(labels: labels.map(Int.init), objective: objective, centroids: rows, k: k)
    }

    /// Scales each centre (one lane of the `dimension x blocks` matrix) to unit length.
    static func normalise(_ c: inout [SIMD8<Float>], blocks: Int, d: Int) {
        var norms = [SIMD8<Float>](repeating: SIMD8(), count: blocks)
        c.withUnsafeMutableBufferPointer { v in
            for q in 0 ..< d { for b in 0 ..< blocks { norms[b] += v[q * blocks + b] * v[q * blocks + b] } }
            let scale = norms.map { n -> SIMD8<Float> in
                var s = SIMD8<Float>()
                for l in 0 ..< 8 { s[l] = n[l] > 0 ? 1 / n[l].squareRoot() : 0 }
                return s
            }
            for q in 0 ..< d { for b in 0 ..< blocks { v[q * blocks + b] *= scale[b] } }
        }
    }

    /// Greedy k-means++ on the sphere (potential 2 - 2 cos to the nearest centre, 2 + ln k
    /// candidates per centre), drawn from a seeded pool of at most `seedingPool` units.
    static func seedPlusPlus(_ p: Points, k: Int, rng: inout SeededGenerator) -> [Float] {
        let d = p.dimension
        let pool = sample(p.count, seedingPool, rng: &rng)
        let m = pool.count
        let trials = 2 + Int(log(Double(k)))
        var scratch = [Float](repeating: 0, count: d)
        func potentials(to candidate: Int, under current: [Double]?) -> [Double] {
            let row = pool[candidate]
            p.addRow(row, into: &scratch, scale: 1)
            var out = [Double](repeating: 0, count: m)
            for j in 0 ..< m {
                let v = max(0, 2 - 2 * Double(p.dot(pool[j], scratch)))
                out[j] = current.map { min($0[j], v) } ?? v
            }
            p.clear(row, in: &scratch)
            return out
        }
        var chosen = [rng.next(below: m)]
        var closest = potentials(to: chosen[0], under: nil)
        while chosen.count < k {
            let total = closest.reduce(0, +)
            var bestCandidate = -1
            var bestPotential = Double.infinity
            var bestClosest: [Double] = []
            for _ in 0 ..< trials {
                var candidate = m - 1
                if total <= 1e-12 {
                    candidate = rng.next(below: m)
                } else {
                    var target = rng.nextDouble() * total
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
        var centroids = [Float](repeating: 0, count: k * d)
        for (c, i) in chosen.enumerated() {
            var row = [Float](repeating: 0, count: d)
            p.addRow(pool[i], into: &row, scale: 1)
            for q in 0 ..< d { centroids[c * d + q] = row[q] }
        }
        return centroids
    }
}

extension Points {
    /// Assigns rows `range` to their closest centre (centres column-major, `blocks` of 8 per
    /// dimension); returns the summed closeness and how many labels changed.
    func assign(_ range: Range<Int>, centres t8: UnsafeBufferPointer<SIMD8<Float>>, k: Int, blocks: Int,
                labels: UnsafeMutableBufferPointer<Int32>, closeness: UnsafeMutableBufferPointer<Float>) -> (objective: Double, changed: Int) {
        var objective = 0.0, changed = 0
        var scores = [SIMD8<Float>](repeating: SIMD8(), count: blocks)
        rowStarts.withUnsafeBufferPointer { rs in
        columns.withUnsafeBufferPointer { mc in
        values.withUnsafeBufferPointer { mv in
        dense.withUnsafeBufferPointer { x in
        scores.withUnsafeMutableBufferPointer { s8 in
            for i in range {
                if isSparse && blocks == 1 {
                    var a = SIMD8<Float>()
                    for e in rs[i] ..< rs[i + 1] { a += SIMD8(repeating: mv[e]) * t8[Int(mc[e])] }
                    s8[0] = a
                } else if isSparse && blocks == 2 {
                    var a = SIMD8<Float>(), b = SIMD8<Float>()
                    for e in rs[i] ..< rs[i + 1] {
                        let v = SIMD8(repeating: mv[e]), base = Int(mc[e]) * 2
                        a += v * t8[base]
                        b += v * t8[base + 1]
                    }
                    s8[0] = a
                    s8[1] = b
                } else if isSparse {
                    for b in 0 ..< blocks { s8[b] = SIMD8() }
                    for e in rs[i] ..< rs[i + 1] {
                        let v = SIMD8(repeating: mv[e]), base = Int(mc[e]) * blocks
                        for b in 0 ..< blocks { s8[b] += v * t8[base + b] }
                    }
                } else {
                    for b in 0 ..< blocks { s8[b] = SIMD8() }
                    let row = i * dimension
                    for q in 0 ..< dimension {
                        let v = SIMD8(repeating: x[row + q]), base = q * blocks
                        for b in 0 ..< blocks { s8[b] += v * t8[base + b] }
                    }
                }
                var arg = 0, top = s8[0][0]
                for c in 1 ..< k {
                    let v = s8[c >> 3][c & 7]
                    if v > top { top = v; arg = c }
                }
                if labels[i] != Int32(arg) { changed += 1; labels[i] = Int32(arg) }
                closeness[i] = top
                objective += Double(top)
            }
        }}}}}
        return (objective, changed)
    }

    /// Sets dimensions `range` of every centre (column-major, `blocks` of 8 per dimension)
    /// to the sum of its units' rows. Sparse points need `prepareSimilarity()` first.
    func sumRows(columns range: Range<Int>, labels: UnsafeBufferPointer<Int32>,
                 into m: UnsafeMutableBufferPointer<SIMD8<Float>>, blocks: Int) {
        if let t = transposed {
            var sums = [Float](repeating: 0, count: blocks * 8)
            t.rowStarts.withUnsafeBufferPointer { starts in
            t.columnIndices.withUnsafeBufferPointer { rows in
            t.values.withUnsafeBufferPointer { values in
            sums.withUnsafeMutableBufferPointer { sums in
                for q in range {
                    for c in 0 ..< sums.count { sums[c] = 0 }
                    for e in starts[q] ..< starts[q + 1] { sums[Int(labels[Int(rows[e])])] += values[e] }
                    for b in 0 ..< blocks {
                        var v = SIMD8<Float>()
                        for l in 0 ..< 8 { v[l] = sums[b * 8 + l] }
                        m[q * blocks + b] = v
                    }
                }
            }}}}
        } else {
            for q in range { for b in 0 ..< blocks { m[q * blocks + b] = SIMD8() } }
            for i in 0 ..< count {
                let c = Int(labels[i]), block = c >> 3, lane = c & 7, row = i * dimension
                for q in range { m[q * blocks + block][lane] += dense[row + q] }
            }
        }
    }

    /// Sets the entries of sparse row `i` back to zero in a dense vector (clears it all when dense).
    func clear(_ i: Int, in v: inout [Float]) {
        if isSparse {
            for e in rowStarts[i] ..< rowStarts[i + 1] { v[Int(columns[e])] = 0 }
        } else {
            for q in 0 ..< dimension { v[q] = 0 }
        }
    }
}

/// A value handed to concurrent work that only reads it, or writes disjoint parts of it.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A thread-safe count of finished tasks.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
