import Foundation

/// One cell of a chart table: text, a number, or a moment in time.
public enum ChartCell: Sendable, Equatable, Hashable {
    case empty
    case text(String)
    case number(Double)
    /// Seconds since 1970-01-01T00:00:00Z (a `posted` time or a seminar date).
    case time(Double)

    /// The cell as text, the way a chart prints it when it is used as a label.
    public var label: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let d): return NumberFormat.plain(d)
        case .time(let t): return TimeFormat.iso(t)
        }
    }

    /// The numeric value, if the cell holds one (text that parses as a number counts).
    public var number: Double? {
        switch self {
        case .number(let d): return d.isFinite ? d : nil
        case .time(let t): return t
        case .text(let s):
            guard let d = Double(s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")),
                  d.isFinite else { return nil }
            return d
        case .empty: return nil
        }
    }
}

/// The shape of a chart table: which columns mean what.
public enum ChartShape: String, Sendable, CaseIterable, CustomStringConvertible {
    /// One category column, then a count: `group by section`.
    case categoryCounts
    /// Row category, column category, count, in long form: `group by section, cluster`.
    case crosstab
    /// Time, series (optional), count: posts over time.
    case timeSeries
    /// Term, weight: `freq`, keyness, theme terms.
    case weightedTerms
    /// Merge rows (left, right, height, size) of an agglomerative clustering, with leaf labels.
    case mergeTree
    /// Source, target, weight: a co-occurrence network.
    case edgeList

    /// What the shape looks like, for error messages and `plugins`.
    public var description: String {
        switch self {
        case .categoryCounts: return "categoryCounts (category, count)"
        case .crosstab: return "crosstab (row category, column category, count)"
        case .timeSeries: return "timeSeries (time, series, count)"
        case .weightedTerms: return "weightedTerms (term, weight)"
        case .mergeTree: return "mergeTree (left, right, height, size + leaf labels)"
        case .edgeList: return "edgeList (source, target, weight)"
        }
    }
}

/// Language of the few words a chart writes itself ("og 12 til", axis captions).
public enum ChartLanguage: String, Sendable, CaseIterable {
    case nb, nn, en
}

/// A neutral table for a chart: column names, rows of cells, what the table
/// means (its shape), the texts around the chart, and the options.
///
/// ```swift
/// let spec = ChartSpec(shape: .categoryCounts, columns: ["section", "count"],
///                      rows: [[.text("Dialogtema 1"), .number(12)], [.text("Dialogtema 2"), .number(7)]],
///                      title: "Innspill per tema", source: "Kilde: Dialogseminar 9.2.2023, 38 innspill")
/// let svg = try BarChart().renderSVG(spec)
/// ```
///
/// Columns are read by position according to the shape (a first text column
/// and a numeric column are enough for `categoryCounts`; a `timeSeries`
/// without a series column is one series). Extra columns are ignored.
public struct ChartSpec: Sendable, Equatable {
    public var shape: ChartShape
    public var columns: [String]
    public var rows: [[ChartCell]]
    public var title: String
    public var subtitle: String
    /// The source line under the chart ("Kilde: Dialogseminar 9.2.2023, 38 innspill"); empty for none.
    public var source: String
    /// For `mergeTree`: the label of leaf `i` (leaves are 0..<n, merge row `k` forms node n+k).
    public var leafLabels: [String]
    public var options: ChartOptions
    public var language: ChartLanguage
    /// The label of the units without a value ("(ingen)"): no category of the others' kind, so a ranked chart draws
    /// it last, whatever its count. Nil when there is none.
    public var noValueLabel: String?
    /// Labels that stand in this order wherever a crosstab's categories do (seminars by the day they were held);
    /// other labels keep the table's order after them. Empty for the table's order.
    public var categoryOrder: [String] = []
    /// A crosstab's units per row category, where a unit counts under several columns (tags): a row's counts then add
    /// up to more than its units, and a share of the row is of these. Empty when every unit counts once.
    public var rowUnits: [String: Double] = [:]

    public init(shape: ChartShape, columns: [String], rows: [[ChartCell]], title: String = "",
                subtitle: String = "", source: String = "", leafLabels: [String] = [],
                options: ChartOptions = ChartOptions(), language: ChartLanguage = .nb) {
        self.shape = shape
        self.columns = columns
        self.rows = rows
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.leafLabels = leafLabels
        self.options = options
        self.language = language
    }
}
