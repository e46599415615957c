/// A sparse matrix in compressed sparse row (CSR) form: one row per document,
/// one column per term. The shared currency between the text engine (which
/// builds TF-IDF matrices) and clustering (which consumes them).
///
/// ```swift
/// let m = SparseMatrix(rows: [[(0, 1.0), (2, 0.5)], [(1, 2.0)]], columnCount: 3)
/// m.row(0)   // (indices: [0, 2], values: [1.0, 0.5])
/// ```
public struct SparseMatrix: Sendable, Equatable {
    /// Row i's entries are `columnIndices[rowStarts[i] ..< rowStarts[i + 1]]`.
    public var rowStarts: [Int]
    /// Column index of each stored value, ascending within a row.
    public var columnIndices: [Int32]
    /// The stored values, parallel to `columnIndices`.
    public var values: [Float]
    /// Number of columns (terms).
    public var columnCount: Int

    public var rowCount: Int { rowStarts.count - 1 }

    public init(rowStarts: [Int], columnIndices: [Int32], values: [Float], columnCount: Int) {
        precondition(rowStarts.first == 0 && rowStarts.last == values.count && columnIndices.count == values.count)
        self.rowStarts = rowStarts
        self.columnIndices = columnIndices
        self.values = values
        self.columnCount = columnCount
    }

    /// Builds a matrix from rows of (column, value) pairs; pairs are sorted by column.
    public init(rows: [[(Int, Float)]], columnCount: Int) {
        var starts = [0]
        var indices: [Int32] = []
        var values: [Float] = []
        starts.reserveCapacity(rows.count + 1)
        for row in rows {
            for (column, value) in row.sorted(by: { $0.0 < $1.0 }) {
                indices.append(Int32(column))
                values.append(value)
            }
            starts.append(indices.count)
        }
        self.init(rowStarts: starts, columnIndices: indices, values: values, columnCount: columnCount)
    }

    /// The stored entries of one row.
    public func row(_ i: Int) -> (indices: ArraySlice<Int32>, values: ArraySlice<Float>) {
        let range = rowStarts[i] ..< rowStarts[i + 1]
        return (columnIndices[range], values[range])
    }
}
