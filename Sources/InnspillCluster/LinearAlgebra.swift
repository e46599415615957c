import Foundation
import InnspillText

enum LinearAlgebra {
    /// Eigen-decomposition of a small symmetric matrix (row-major, m x m) by cyclic
    /// Jacobi rotations. Returns eigenvalues descending and eigenvectors as columns
    /// (row-major m x m: `vectors[row * m + col]`), signs fixed so each vector's
    /// largest-magnitude entry is positive.
    static func symmetricEigen(_ a: [Double], _ m: Int) -> (values: [Double], vectors: [Double]) {
        var a = a
        var v = [Double](repeating: 0, count: m * m)
        for i in 0 ..< m { v[i * m + i] = 1 }
        for _ in 0 ..< 100 {
            var off = 0.0
            for p in 0 ..< m { for q in (p + 1) ..< m { off += a[p * m + q] * a[p * m + q] } }
            if off < 1e-22 { break }
            for p in 0 ..< m {
                for q in (p + 1) ..< m {
                    let apq = a[p * m + q]
                    if abs(apq) < 1e-300 { continue }
                    let app = a[p * m + p], aqq = a[q * m + q]
                    let theta = (aqq - app) / (2 * apq)
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for r in 0 ..< m {
                        let arp = a[r * m + p], arq = a[r * m + q]
                        a[r * m + p] = c * arp - s * arq
                        a[r * m + q] = s * arp + c * arq
                    }
                    for r in 0 ..< m {
                        let apr = a[p * m + r], aqr = a[q * m + r]
                        a[p * m + r] = c * apr - s * aqr
                        a[q * m + r] = s * apr + c * aqr
                    }
                    for r in 0 ..< m {
                        let vrp = v[r * m + p], vrq = v[r * m + q]
                        v[r * m + p] = c * vrp - s * vrq
                        v[r * m + q] = s * vrp + c * vrq
                    }
                }
            }
        }
        let order = (0 ..< m).sorted { a[$0 * m + $0] > a[$1 * m + $1] || (a[$0 * m + $0] == a[$1 * m + $1] && $0 < $1) }
        var values = [Double](repeating: 0, count: m)
        var vectors = [Double](repeating: 0, count: m * m)
        for (newCol, oldCol) in order.enumerated() {
            values[newCol] = a[oldCol * m + oldCol]
            var big = 0.0
            for r in 0 ..< m where abs(v[r * m + oldCol]) > abs(big) + 1e-12 { big = v[r * m + oldCol] }
            let sign = big < 0 ? -1.0 : 1.0
            for r in 0 ..< m { vectors[r * m + newCol] = sign * v[r * m + oldCol] }
        }
        return (values, vectors)
    }

    /// The `count` largest eigenpairs of a symmetric operator of size n, by Lanczos
    /// with full reorthogonalisation. Vectors are returned column-major (n per vector).
    static func topEigenvectors(n: Int, count: Int, seed: UInt64, steps: Int? = nil,
                                apply: ([Double], inout [Double]) -> Void, control: WorkControl) throws -> (values: [Double], vectors: [[Double]]) {
        let m = min(n, steps ?? max(4 * count + 20, 80))
        var rng = SeededGenerator(seed: seed, stream: 0x1A2C)
        var basis: [[Double]] = []
        var alpha: [Double] = [], beta: [Double] = []
        var q = (0 ..< n).map { _ in rng.nextGaussian() }
        normalise(&q)
        var w = [Double](repeating: 0, count: n)
        for j in 0 ..< m {
            if j % 8 == 7 { try control.check() }
            basis.append(q)
            apply(q, &w)
            let a = dot(w, q)
            alpha.append(a)
            // Full reorthogonalisation (twice for stability).
            for _ in 0 ..< 2 {
                for b in basis {
                    let c = dot(w, b)
                    for i in 0 ..< n { w[i] -= c * b[i] }
                }
            }
            let bnorm = dot(w, w).squareRoot()
            if j == m - 1 { break }
            if bnorm < 1e-10 {
                // Invariant subspace: restart with a fresh direction orthogonal to the basis.
                var r = (0 ..< n).map { _ in rng.nextGaussian() }
                for b in basis { let c = dot(r, b); for i in 0 ..< n { r[i] -= c * b[i] } }
                normalise(&r)
                beta.append(0)
                q = r
            } else {
                beta.append(bnorm)
                q = w.map { $0 / bnorm }
            }
        }
        let k = basis.count
        var t = [Double](repeating: 0, count: k * k)
        for i in 0 ..< k {
            t[i * k + i] = alpha[i]
            if i + 1 < k { t[i * k + i + 1] = beta[i]; t[(i + 1) * k + i] = beta[i] }
        }
        let (values, vectors) = symmetricEigen(t, k)
        let take = min(count, k)
        var out: [[Double]] = []
        for c in 0 ..< take {
            var y = [Double](repeating: 0, count: n)
            for r in 0 ..< k {
                let s = vectors[r * k + c]
                if s == 0 { continue }
                let b = basis[r]
                for i in 0 ..< n { y[i] += s * b[i] }
            }
            normalise(&y)
            // Deterministic sign: largest-magnitude entry positive.
            var big = 0.0
            for x in y where abs(x) > abs(big) + 1e-12 { big = x }
            if big < 0 { for i in 0 ..< n { y[i] = -y[i] } }
            out.append(y)
        }
        return (Array(values.prefix(take)), out)
    }

    @inline(__always)
    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var s = 0.0
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in for i in 0 ..< x.count { s += x[i] * y[i] } } }
        return s
    }

    static func normalise(_ v: inout [Double]) {
        let norm = dot(v, v).squareRoot()
        if norm > 0 { for i in 0 ..< v.count { v[i] /= norm } }
    }

    /// Randomized truncated SVD (Halko et al.) of a sparse matrix: the rows projected on
    /// the top `dimensions` right singular vectors (U * S), row-major n x dimensions.
    static func lsa(_ x: SparseMatrix, dimensions: Int, seed: UInt64, powerIterations: Int = 3,
                    control: WorkControl) throws -> (rows: [Float], dimension: Int) {
        let n = x.rowCount, v = x.columnCount
        let d = max(1, min(dimensions, min(n, v)))
        let l = min(min(n, v), d + 10)
        var rng = SeededGenerator(seed: seed, stream: 0x15A)
        // Omega: v x l; Y = X Omega: n x l (column-major: l columns of n).
        var omega = [Double](repeating: 0, count: v * l)
        for i in 0 ..< omega.count { omega[i] = rng.nextGaussian() }
        func multiply(_ right: [Double]) -> [[Double]] { // X (v x l, row-major) -> columns
            var cols = [[Double]](repeating: [Double](repeating: 0, count: n), count: l)
            var rowAcc = [Double](repeating: 0, count: l)
            for r in 0 ..< n {
                for c in 0 ..< l { rowAcc[c] = 0 }
                for e in x.rowStarts[r] ..< x.rowStarts[r + 1] {
                    let val = Double(x.values[e]), base = Int(x.columnIndices[e]) * l
                    for c in 0 ..< l { rowAcc[c] += val * right[base + c] }
                }
                for c in 0 ..< l { cols[c][r] = rowAcc[c] }
            }
            return cols
        }
        func multiplyTransposed(_ cols: [[Double]]) -> [Double] { // X^T Q -> v x l row-major
            var out = [Double](repeating: 0, count: v * l)
            for r in 0 ..< n {
                for e in x.rowStarts[r] ..< x.rowStarts[r + 1] {
                    let val = Double(x.values[e]), base = Int(x.columnIndices[e]) * l
                    for c in 0 ..< l { out[base + c] += val * cols[c][r] }
                }
            }
            return out
        }
        var q = orthonormalise(multiply(omega))
        for _ in 0 ..< powerIterations {
            try control.check()
            // Subspace iteration on X X^T, re-orthonormalised on the (shorter) unit side.
            q = orthonormalise(multiply(multiplyTransposed(q)))
        }
        // B = Q^T X (l x v); B B^T (l x l) = eigen -> U_B, S^2. Rows = Q U_B S.
        let bt = multiplyTransposed(q) // v x l row-major: B^T
        var bbt = [Double](repeating: 0, count: l * l)
        for i in 0 ..< v {
            let base = i * l
            for a in 0 ..< l {
                let va = bt[base + a]
                if va == 0 { continue }
                for b in a ..< l { bbt[a * l + b] += va * bt[base + b] }
            }
        }
        for a in 0 ..< l { for b in 0 ..< a { bbt[a * l + b] = bbt[b * l + a] } }
        let (values, vectors) = symmetricEigen(bbt, l)
        var rows = [Float](repeating: 0, count: n * d)
        for c in 0 ..< d {
            let s = max(0, values[c]).squareRoot()
            for r in 0 ..< n {
                var acc = 0.0
                for a in 0 ..< l { acc += q[a][r] * vectors[a * l + c] }
                rows[r * d + c] = Float(acc * s)
            }
        }
        return (rows, d)
    }

    /// Modified Gram-Schmidt on a list of columns; degenerate columns become zero.
    static func orthonormalise(_ cols: [[Double]]) -> [[Double]] {
        var out: [[Double]] = []
        for var c in cols {
            for _ in 0 ..< 2 { for b in out { let p = dot(c, b); for i in 0 ..< c.count { c[i] -= p * b[i] } } }
            let norm = dot(c, c).squareRoot()
            if norm > 1e-12 { for i in 0 ..< c.count { c[i] /= norm } } else { for i in 0 ..< c.count { c[i] = 0 } }
            out.append(c)
        }
        return out
    }
}
