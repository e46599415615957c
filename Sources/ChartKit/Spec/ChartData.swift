/// Typed views of a `ChartSpec`'s rows for each shape, with errors that say which row and column is wrong.
public enum ChartData {
    /// A category (or term) and its value.
    public struct Item: Sendable, Equatable {
        public var label: String
        public var value: Double
        public init(_ label: String, _ value: Double) { self.label = label; self.value = value }
    }

    /// A crosstab as a matrix: rows in order of first appearance, and columns too unless they are numbers (clusters
    /// 1, 2, 3), which stand in their order; `values[r][c]`.
    public struct Matrix: Sendable, Equatable {
        public var rows: [String]
        public var columns: [String]
        public var values: [[Double]]
    }

    /// One point of a time series.
    public struct Point: Sendable, Equatable {
        public var time: Double
        public var series: String
        public var value: Double
    }

    /// One merge of a tree: nodes `left` and `right` (leaves are 0..<n, row k forms node n+k).
    public struct Merge: Sendable, Equatable {
        public var left: Int, right: Int
        public var height: Double
        public var size: Int
    }

    public struct Edge: Sendable, Equatable {
        public var source: String, target: String
        public var weight: Double
    }

    static func fail(_ spec: ChartSpec, _ what: String) -> ChartError {
        ChartError(.unsuitableTable, "the \(spec.shape.rawValue) table \(what)")
    }

    static func name(_ spec: ChartSpec, _ c: Int) -> String {
        c < spec.columns.count ? "\"\(spec.columns[c])\"" : "\(c + 1)"
    }

    /// The first column at or after `from` whose cells are all numbers (or empty).
    static func numericColumn(_ spec: ChartSpec, from: Int) -> Int? {
        let width = max(spec.columns.count, spec.rows.map(\.count).max() ?? 0)
        guard from < width else { return nil }
        for c in from..<width {
            let cells = spec.rows.map { c < $0.count ? $0[c] : .empty }
            if cells.allSatisfy({ $0 == .empty || $0.number != nil }), cells.contains(where: { $0 != .empty }) {
                return c
            }
        }
        return nil
    }

    static func cell(_ row: [ChartCell], _ c: Int) -> ChartCell { c < row.count ? row[c] : .empty }

    /// Category and value: the first column is the label, the first numeric column after it the value.
    public static func items(_ spec: ChartSpec) throws(ChartError) -> [Item] {
        guard !spec.rows.isEmpty else { return [] }
        guard let v = numericColumn(spec, from: 1) else {
            throw fail(spec, "needs a label column followed by a numeric column (count or weight); columns are \(spec.columns.joined(separator: ", "))")
        }
        return spec.rows.map { Item(cell($0, 0).label, cell($0, v).number ?? 0) }
    }

    /// Row category (column 1), column category (column 2) and count (the first numeric column after them).
    public static func matrix(_ spec: ChartSpec) throws(ChartError) -> Matrix {
        var rows: [String] = [], cols: [String] = []
        var rIndex: [String: Int] = [:], cIndex: [String: Int] = [:]
        guard !spec.rows.isEmpty else { return Matrix(rows: [], columns: [], values: []) }
        guard let v = numericColumn(spec, from: 2) else {
            throw fail(spec, "needs a row category, a column category and a count, in long form; columns are \(spec.columns.joined(separator: ", "))")
        }
        var cells: [(Int, Int, Double)] = []
        var columnNumbers: [Double?] = []
        for row in spec.rows {
            let r = cell(row, 0).label, c = cell(row, 1).label
            if rIndex[r] == nil { rIndex[r] = rows.count; rows.append(r) }
            if cIndex[c] == nil { cIndex[c] = cols.count; cols.append(c); columnNumbers.append(cell(row, 1).number) }
            cells.append((rIndex[r]!, cIndex[c]!, cell(row, v).number ?? 0))
        }
        var values = Array(repeating: Array(repeating: 0.0, count: cols.count), count: rows.count)
        for (r, c, x) in cells { values[r][c] += x }
        // Numbered columns in their order: a table sorted by count names cluster 3 last when its first row has none.
        if !columnNumbers.contains(nil) {
            let order = cols.indices.sorted { columnNumbers[$0]! < columnNumbers[$1]! }
            cols = order.map { cols[$0] }
            values = values.map { row in order.map { row[$0] } }
        }
        if !spec.categoryOrder.isEmpty {
            let rank = Dictionary(spec.categoryOrder.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
            func ordered(_ labels: [String]) -> [Int] {
                labels.indices.sorted { (rank[labels[$0]] ?? Int.max, $0) < (rank[labels[$1]] ?? Int.max, $1) }
            }
            let rowOrder = ordered(rows), colOrder = ordered(cols)
            rows = rowOrder.map { rows[$0] }
            cols = colOrder.map { cols[$0] }
            values = rowOrder.map { r in colOrder.map { values[r][$0] } }
        }
        return Matrix(rows: rows, columns: cols, values: values)
    }

    /// Time (column 1: a time cell, seconds as a number, or text such as 2025-05-05T09:12Z or 09:12),
    /// series (column 2, when the table has three columns or more) and count.
    public static func points(_ spec: ChartSpec) throws(ChartError) -> [Point] {
        guard !spec.rows.isEmpty else { return [] }
        let width = max(spec.columns.count, spec.rows.map(\.count).max() ?? 0)
        let hasSeries = width >= 3
        guard let v = numericColumn(spec, from: hasSeries ? 2 : 1) else {
            throw fail(spec, "needs a time column, optionally a series column, then a count; columns are \(spec.columns.joined(separator: ", "))")
        }
        var out: [Point] = []
        for (i, row) in spec.rows.enumerated() {
            let t: Double
            switch cell(row, 0) {
            case .time(let x): t = x
            case .number(let x): t = x
            case .text(let s):
                guard let x = TimeFormat.parse(s) else {
                    throw fail(spec, "has \"\(s)\" in row \(i + 1) of column \(name(spec, 0)), which is not a time; use 2025-05-05, 2025-05-05T09:12Z or 09:12")
                }
                t = x
            case .empty:
                continue
            }
            // Years 1 to 9999: anything else is not a time a seminar had.
            guard t > -62_135_596_800, t < 253_402_300_800 else {
                throw fail(spec, "has a time out of range in row \(i + 1) of column \(name(spec, 0))")
            }
            out.append(Point(time: t, series: hasSeries ? cell(row, 1).label : "", value: cell(row, v).number ?? 0))
        }
        return out
    }

    /// Merge rows (left, right, height, size); checks that every index refers to a leaf or an earlier merge.
    public static func merges(_ spec: ChartSpec) throws(ChartError) -> (merges: [Merge], leaves: [String]) {
        let n = spec.rows.count + 1
        var merges: [Merge] = []
        for (k, row) in spec.rows.enumerated() {
            guard let l = cell(row, 0).number, let r = cell(row, 1).number, let h = cell(row, 2).number else {
                throw fail(spec, "row \(k + 1) needs numbers for left, right and height")
            }
            guard abs(l) < 1e9, abs(r) < 1e9, h.isFinite else {
                throw fail(spec, "row \(k + 1) has a node index or height out of range")
            }
            let li = Int(l), ri = Int(r)
            for x in [li, ri] where x < 0 || x >= n + k {
                throw fail(spec, "row \(k + 1) merges node \(x), which is neither a leaf (0..<\(n)) nor an earlier merge (\(n)..<\(n + k))")
            }
            let size = cell(row, 3).number.flatMap { abs($0) < 1e9 ? Int($0) : nil } ?? 0
            merges.append(Merge(left: li, right: ri, height: h, size: size))
        }
        var leaves = spec.leafLabels
        if spec.rows.isEmpty && leaves.isEmpty { return ([], []) }
        if leaves.count < n { leaves += (leaves.count..<n).map { "\($0 + 1)" } }
        if leaves.count > n && !spec.rows.isEmpty {
            throw fail(spec, "has \(spec.leafLabels.count) leaf labels but \(spec.rows.count) merges (a tree of n leaves has n-1 merges)")
        }
        return (merges, Array(leaves.prefix(max(n, spec.rows.isEmpty ? leaves.count : n))))
    }

    /// Source, target and weight (1 when the table has no numeric column after the two names).
    public static func edges(_ spec: ChartSpec) throws(ChartError) -> [Edge] {
        guard !spec.rows.isEmpty else { return [] }
        let v = numericColumn(spec, from: 2)
        return spec.rows.compactMap { row in
            let s = cell(row, 0).label, t = cell(row, 1).label
            guard !s.isEmpty, !t.isEmpty else { return nil }
            return Edge(source: s, target: t, weight: v.flatMap { cell(row, $0).number } ?? 1)
        }
    }

    /// Items ordered by `sort` (default `fallback`) and cut to `top`: the shown items, how many were left
    /// out and the sum of their values. The item labelled `last` (the units without a value) is shown after the
    /// others, outside the order and the cut.
    ///
    /// ```swift
    /// ChartData.ranked([.init("(ingen)", 59), .init("Larvik", 6)], sort: nil, top: 10, last: "(ingen)").shown.map(\.label)
    /// // ["Larvik", "(ingen)"]
    /// ```
    public static func ranked(_ items: [Item], sort: ChartSort?, fallback: ChartSort = .value, top: Int?, last: String? = nil)
        -> (shown: [Item], hidden: Int, hiddenSum: Double) {
        if let last, items.contains(where: { $0.label == last }) {
            let ranked = ranked(items.filter { $0.label != last }, sort: sort, fallback: fallback, top: top)
            return (ranked.shown + items.filter { $0.label == last }, ranked.hidden, ranked.hiddenSum)
        }
        var ordered = Array(items.enumerated())
        switch sort ?? fallback {
        case .value:
            ordered.sort { $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset }
        case .label:
            ordered.sort { NorwegianOrder.less($0.element.label, $1.element.label) }
        case .none:
            break
        }
        let all = ordered.map(\.element)
        guard let top, all.count > top else { return (all, 0, 0) }
        // Keep the top N by value even when sorted by label.
        if (sort ?? fallback) == .value {
            let rest = all[top...]
            return (Array(all.prefix(top)), rest.count, rest.reduce(0) { $0 + $1.value })
        }
        let keep = Set(items.enumerated().sorted { $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset }
            .prefix(top).map(\.offset))
        var shown: [Item] = [], hidden = 0, sum = 0.0
        for (offset, item) in ordered {
            if keep.contains(offset) { shown.append(item) } else { hidden += 1; sum += item.value }
        }
        return (shown, hidden, sum)
    }
}
