/// The shape a table has, which tells charts what they can draw from it.
public enum TableShape: String, Sendable, Equatable {
    /// Rows of items with fields; no chart shape (a listing, `info`, `repairs`).
    case listing
    /// One category column then counts (and maybe shares): `group by`, `coverage`.
    case categoryCounts
    /// Row category, column category, count: a `group by A, B` crosstab, in long form.
    case crosstab
    /// A time column then counts per series.
    case timeSeries
    /// Terms with weights: `freq`, `compare`, `themes` terms.
    case weightedTerms
    /// A merge tree: (left, right, height, size) rows of an agglomerative clustering.
    case mergeTree
    /// Source, target, weight: a co-occurrence network.
    case edgeList
}

/// One column of a result table.
public struct Column: Sendable, Equatable {
    public enum Kind: String, Sendable { case text, integer, number, date, list }
    public var name: String
    public var kind: Kind
    public init(_ name: String, _ kind: Kind = .text) {
        self.name = name
        self.kind = kind
    }
}

/// The result of an analysis command: columns and rows, with a title and notes.
/// Every analysis command returns one and it becomes "the last result" that
/// `chart`, `export`, `sort` and `top` act on.
///
/// ```swift
/// var t = Table(title: "Posts per section", columns: [Column("section"), Column("count", .integer)],
///               shape: .categoryCounts)
/// t.rows.append([.text("Dialogtema 1"), .integer(12)])
/// ```
public struct Table: Sendable, Equatable {
    public var title: String
    public var columns: [Column]
    public var rows: [[Value]]
    public var shape: TableShape
    /// Remarks printed under the table ("a unit with several values counts once under each").
    public var notes: [String]
    /// Extra data some shapes carry (a merge tree's leaf labels, a source line for charts).
    public var metadata: [String: String]
    /// The `metadata` key of a crosstab's units per value of its second field ("value<TAB>count" lines), for `pivoted(shares:)`.
    public static let columnTotalsKey = "column totals"
    /// The `metadata` key of a crosstab's units per value of its first field, where a unit counts under several pairs (a
    /// field of several values, as tags), so the counts of a row add up to more than its units: for a chart's shares.
    public static let rowTotalsKey = "row totals"

    public init(title: String, columns: [Column], rows: [[Value]] = [], shape: TableShape = .listing,
                notes: [String] = [], metadata: [String: String] = [:]) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.shape = shape
        self.notes = notes
        self.metadata = metadata
    }

    /// Index of the column with this name (case-insensitive).
    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
