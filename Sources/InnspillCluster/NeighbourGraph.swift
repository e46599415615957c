import Foundation
import InnspillText

/// A symmetric weighted graph in adjacency-list (CSR) form.
struct WeightedGraph: Sendable {
    var starts: [Int]
    var neighbours: [Int32]
    var weights: [Double]
    var nodeCount: Int { starts.count - 1 }

    func degree(_ i: Int) -> Double {
        var s = 0.0
        for e in starts[i] ..< starts[i + 1] { s += weights[e] }
        return s
    }

    /// Builds the symmetric graph (weight max(a_ij, a_ji)) from directed edge lists.
    init(directed: [[(Int32, Float)]]) {
        let n = directed.count
        var merged = [[Int32: Double]](repeating: [:], count: n)
        for i in 0 ..< n {
            for (j, w) in directed[i] where Int(j) != i && w > 0 {
                let w = Double(w)
                merged[i][j] = max(merged[i][j] ?? 0, w)
                merged[Int(j)][Int32(i)] = max(merged[Int(j)][Int32(i)] ?? 0, w)
            }
        }
        starts = [0]
        neighbours = []
        weights = []
        for i in 0 ..< n {
            for (j, w) in merged[i].sorted(by: { $0.key < $1.key }) {
                neighbours.append(j)
                weights.append(w)
            }
            starts.append(neighbours.count)
        }
    }

    init(starts: [Int], neighbours: [Int32], weights: [Double]) {
        self.starts = starts
        self.neighbours = neighbours
        self.weights = weights
    }
}

enum NeighbourGraph {
    /// The k-nearest-neighbour graph of cosine similarities (negative similarities dropped),
    /// symmetrised by the larger weight. Ties broken by the lower index.
    static func build(_ points: Points, neighbours k: Int, control: WorkControl) throws -> WeightedGraph {
        var p = points
        p.prepareSimilarity()
        let n = p.count
        let k = max(1, min(k, n - 1))
        let chunks = n >= 512 ? 16 : 1
        let bounds = (0 ... chunks).map { $0 * n / chunks }
        let slots = ClusterSlots<[[(Int32, Float)]]>(count: chunks)
        let frozen = p
        let finished = Counter()
        let work: @Sendable (Int) -> Void = { c in
            guard !control.shouldStop() else { return }
            var sims = [Float](repeating: 0, count: n)
            var lists: [[(Int32, Float)]] = []
            for i in bounds[c] ..< bounds[c + 1] {
                frozen.similarities(of: i, into: &sims)
                lists.append(topK(sims, k: k, excluding: i))
            }
            slots.set(c, lists)
            control.progress("neighbour graph", done: finished.increment(), total: chunks)
        }
        control.progress("neighbour graph", done: 0, total: chunks)
        if chunks == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: chunks, execute: work) }
        try control.check()
        return WeightedGraph(directed: slots.values().flatMap { $0 })
    }

    /// Indices of the k largest positive values (excluding one index), by value desc then index.
    static func topK(_ values: [Float], k: Int, excluding skip: Int) -> [(Int32, Float)] {
        var heap: [(Int32, Float)] = [] // sorted desc by value, then index asc
        heap.reserveCapacity(k + 1)
        for j in 0 ..< values.count where j != skip {
            let v = values[j]
            if v <= 0 { continue }
            if heap.count == k, let last = heap.last, v <= last.1 { continue }
            var pos = heap.count
            while pos > 0 && heap[pos - 1].1 < v { pos -= 1 }
            heap.insert((Int32(j), v), at: pos)
            if heap.count > k { heap.removeLast() }
        }
        return heap
    }

    /// Top eigenvectors of D^-1/2 W D^-1/2 (columns, largest eigenvalue first).
    static func spectralVectors(_ g: WeightedGraph, dimensions: Int, seed: UInt64, control: WorkControl) throws -> [[Double]] {
        let n = g.nodeCount
        let inv = (0 ..< n).map { i -> Double in let d = g.degree(i); return d > 0 ? 1 / d.squareRoot() : 0 }
        control.progress("spectral embedding", done: 0, total: 1)
        let (_, vectors) = try LinearAlgebra.topEigenvectors(n: n, count: dimensions, seed: seed, apply: { x, y in
            for i in 0 ..< n {
                var s = 0.0
                for e in g.starts[i] ..< g.starts[i + 1] {
                    let j = Int(g.neighbours[e])
                    s += g.weights[e] * inv[j] * x[j]
                }
                y[i] = inv[i] * s
            }
        }, control: control)
        control.progress("spectral embedding", done: 1, total: 1)
        return vectors
    }

    /// The first `k` eigenvectors as unit rows (Ng-Jordan-Weiss embedding).
    static func embedding(_ vectors: [[Double]], k: Int) -> Points {
        let d = min(k, vectors.count)
        let n = vectors.first?.count ?? 0
        var rows = [Float](repeating: 0, count: n * d)
        for c in 0 ..< d { for i in 0 ..< n { rows[i * d + c] = Float(vectors[c][i]) } }
        return Points(dense: rows, count: n, dimension: d)
    }
}

/// Write-once result slots filled from concurrent work, one index per task.
final class ClusterSlots<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); items[i] = value; lock.unlock() }
    func values() -> [T] { lock.lock(); defer { lock.unlock() }; return items.map { $0! } }
}
