import InnspillText

/// The units to cluster: l2-normalised rows, sparse (TF-IDF) or dense (LSA, spectral
/// embeddings). Internal currency of the algorithms.
struct Points: Sendable {
    let count: Int
    let dimension: Int
    /// Sparse rows (normalised), when sparse.
    let sparse: SparseMatrix?
    let isSparse: Bool
    /// Row-major dense rows (normalised), when dense.
    let dense: [Float]
    /// Columns of the sparse rows (CSC), for similarity queries and k-means updates.
    private(set) var transposed: SparseMatrix?
    /// The sparse rows' arrays (empty when dense), for fast access.
    let rowStarts: [Int]
    let columns: [Int32]
    let values: [Float]

    init(sparse m: SparseMatrix) {
        var values = m.values
        for r in 0 ..< m.rowCount {
            var norm: Float = 0
            for e in m.rowStarts[r] ..< m.rowStarts[r + 1] { norm += values[e] * values[e] }
            if norm > 0 {
                let inv = 1 / norm.squareRoot()
                for e in m.rowStarts[r] ..< m.rowStarts[r + 1] { values[e] *= inv }
            }
        }
        let normalised = SparseMatrix(rowStarts: m.rowStarts, columnIndices: m.columnIndices, values: values, columnCount: m.columnCount)
        count = m.rowCount
        dimension = m.columnCount
        sparse = normalised
        isSparse = true
        dense = []
        transposed = nil
        rowStarts = normalised.rowStarts
        columns = normalised.columnIndices
        self.values = normalised.values
    }

    init(dense rows: [Float], count: Int, dimension: Int) {
        var values = rows
        for r in 0 ..< count {
            var norm: Float = 0
            for j in 0 ..< dimension { norm += values[r * dimension + j] * values[r * dimension + j] }
            if norm > 0 {
                let inv = 1 / norm.squareRoot()
                for j in 0 ..< dimension { values[r * dimension + j] *= inv }
            }
        }
        self.count = count
        self.dimension = dimension
        sparse = nil
        isSparse = false
        dense = values
        transposed = nil
        rowStarts = []
        columns = []
        self.values = []
    }

    /// Stored entries per row (the dimension when dense).
    var averageRowLength: Int { isSparse ? values.count / max(1, count) : dimension }

    /// Builds the column index used by `similarities(of:into:)` and `sumColumns`.
    mutating func prepareSimilarity() {
        guard let m = sparse, transposed == nil else { return }
        transposed = Self.transpose(m)
    }

    static func transpose(_ m: SparseMatrix) -> SparseMatrix {
        var starts = [Int](repeating: 0, count: m.columnCount + 1)
        for c in m.columnIndices { starts[Int(c) + 1] += 1 }
        for i in 0 ..< m.columnCount { starts[i + 1] += starts[i] }
        var fill = starts
        var rows = [Int32](repeating: 0, count: m.values.count)
        var values = [Float](repeating: 0, count: m.values.count)
        for r in 0 ..< m.rowCount {
            for e in m.rowStarts[r] ..< m.rowStarts[r + 1] {
                let c = Int(m.columnIndices[e])
                rows[fill[c]] = Int32(r)
                values[fill[c]] = m.values[e]
                fill[c] += 1
            }
        }
        return SparseMatrix(rowStarts: starts, columnIndices: rows, values: values, columnCount: m.rowCount)
    }

    /// Cosine similarity of row `i` with every row (`out.count == count`).
    func similarities(of i: Int, into out: inout [Float]) {
        for j in 0 ..< count { out[j] = 0 }
        if let m = sparse {
            let t = transposed!
            m.values.withUnsafeBufferPointer { mv in
                m.columnIndices.withUnsafeBufferPointer { mc in
                    t.values.withUnsafeBufferPointer { tv in
                        t.columnIndices.withUnsafeBufferPointer { tr in
                            out.withUnsafeMutableBufferPointer { o in
                                for e in m.rowStarts[i] ..< m.rowStarts[i + 1] {
                                    let c = Int(mc[e]), v = mv[e]
                                    for f in t.rowStarts[c] ..< t.rowStarts[c + 1] { o[Int(tr[f])] += v * tv[f] }
                                }
                            }
                        }
                    }
                }
            }
        } else {
            let d = dimension
            dense.withUnsafeBufferPointer { x in
                out.withUnsafeMutableBufferPointer { o in
                    let base = i * d
                    for j in 0 ..< count {
                        var s: Float = 0
                        let b = j * d
                        for q in 0 ..< d { s += x[base + q] * x[b + q] }
                        o[j] = s
                    }
                }
            }
        }
    }

    /// Adds `scale` times row `i` to a dense vector of length `dimension`.
    @inline(__always)
    func addRow(_ i: Int, into c: inout [Float], scale: Float) {
        if isSparse {
            for e in rowStarts[i] ..< rowStarts[i + 1] { c[Int(columns[e])] += scale * values[e] }
        } else {
            let base = i * dimension
            for q in 0 ..< dimension { c[q] += scale * dense[base + q] }
        }
    }

    /// Dot product of row `i` with a dense vector.
    @inline(__always)
    func dot(_ i: Int, _ v: [Float]) -> Float {
        var s: Float = 0
        if isSparse {
            for e in rowStarts[i] ..< rowStarts[i + 1] { s += values[e] * v[Int(columns[e])] }
        } else {
            let base = i * dimension
            for q in 0 ..< dimension { s += dense[base + q] * v[q] }
        }
        return s
    }

    /// The rows in `members`, as a new point set (same dimension).
    func subset(_ members: [Int]) -> Points {
        if let m = sparse {
            var starts = [0], cols: [Int32] = [], vals: [Float] = []
            for i in members {
                for e in m.rowStarts[i] ..< m.rowStarts[i + 1] { cols.append(m.columnIndices[e]); vals.append(m.values[e]) }
                starts.append(cols.count)
            }
            return Points(sparse: SparseMatrix(rowStarts: starts, columnIndices: cols, values: vals, columnCount: m.columnCount))
        }
        var rows: [Float] = []
        rows.reserveCapacity(members.count * dimension)
        for i in members { rows.append(contentsOf: dense[i * dimension ..< (i + 1) * dimension]) }
        return Points(dense: rows, count: members.count, dimension: dimension)
    }
}
