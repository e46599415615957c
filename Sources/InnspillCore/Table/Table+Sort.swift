import Foundation
import InnspillText

extension Value {
    /// Order of two cells: numbers and dates by value, text in Norwegian order
    /// (`NorwegianOrder.compare`), numbers before text; nulls compare as equal here
    /// (`Table.sorted` puts them last in either direction).
    public static func compare(_ a: Value, _ b: Value) -> ComparisonResult {
        switch (a, b) {
        case (.null, .null): return .orderedSame
        case (.null, _): return .orderedDescending
        case (_, .null): return .orderedAscending
        default: break
        }
        if let x = a.numeric, let y = b.numeric {
            return x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
        }
        if a.numeric != nil { return .orderedAscending }
        if b.numeric != nil { return .orderedDescending }
        return NorwegianOrder.compare(a.display, b.display)
    }
}

extension Table {
    /// The rows sorted by a column (`sort FIELD [asc|desc]`): numbers numerically, text in
    /// Norwegian order, empty cells last either way; ties keep their previous order. A count's
    /// row of units with no value (an empty first cell) stays last.
    /// Without a direction a column of counts or numbers puts the largest first, as
    /// `group by … sort count` and a concordancer's frequency list do, and any other
    /// column sorts from A (or the earliest date) up.
    ///
    /// ```swift
    /// let byName = try table.sorted(by: "municipality")
    /// let biggest = try table.sorted(by: "count").top(10)
    /// let smallest = try table.sorted(by: "count", descending: false)
    /// ```
    public func sorted(by column: String, descending: Bool? = nil, location: InnspillError.Location? = nil) throws -> Table {
        guard let c = columnIndex(column) else {
            let names = columns.map(\.name)
            let hint = Suggestion.closest(to: column, in: names).map { "did you mean '\($0)'?" }
                ?? "the columns are " + names.joined(separator: ", ")
            let table = title.isEmpty ? "the table" : "the table '\(title)'"
            throw InnspillError("no column '\(column)' in \(table)", hint: hint, location: location)
        }
        let descending = descending ?? (columns[c].kind == .integer || columns[c].kind == .number)
        var t = self
        let order = rows.indices.sorted { i, j in
            let a = rows[i][c], b = rows[j][c]
            let an = a == .null, bn = b == .null
            if an != bn { return bn }
            var r = Value.compare(a, b)
            if descending { r = r == .orderedAscending ? .orderedDescending : (r == .orderedDescending ? .orderedAscending : r) }
            if r != .orderedSame { return r == .orderedAscending }
            return i < j
        }
        t.rows = order.map { rows[$0] }
        // A count's row of units with no value stays last, as `group by` puts it, whatever its count.
        if shape == .categoryCounts || metadata["pivot"] != nil {
            t.rows = t.rows.filter { $0.first != .null } + t.rows.filter { $0.first == .null }
        }
        t.notes.removeAll { $0.hasPrefix("sorted by ") }
        t.notes.append("sorted by \(columns[c].name)\(descending ? " descending" : " ascending")")
        return t
    }

    /// The first `n` rows (`top N`). A crosstab keeps every row of its first `n`
    /// row categories, so each kept category stays whole; a count by one field keeps
    /// its first `n` values; both keep, last, the rows of units with no value.
    public func top(_ n: Int) -> Table {
        var t = self
        let n = max(0, n)
        if shape == .crosstab, !columns.isEmpty {
            // The units with no value in the first field are not one of the N categories: their rows stay, last.
            var kept: [Value] = []
            let valued = rows.filter { row in
                guard row[0] != .null else { return false }
                if kept.contains(row[0]) { return true }
                guard kept.count < n else { return false }
                kept.append(row[0])
                return true
            }
            t.rows = valued + rows.filter { $0[0] == .null }
            let categories = Set(rows.map { $0[0] }).subtracting([.null]).count
            if kept.count < categories {
                let none = rows.contains { $0[0] == .null } ? "; the rows of units with none are kept" : ""
                t.notes.append("top \(n) of \(categories) \(columns[0].name) values\(none)")
            }
        } else if shape == .categoryCounts, !columns.isEmpty, rows.contains(where: { $0[0] == .null }) {
            // The row of units with no value is not one of the N, as in `group by … top N`: it stays, last.
            let valued = rows.filter { $0[0] != .null }
            if valued.count > n { t.notes.append("top \(n) of \(valued.count) values; the row of units with none is kept") }
            t.rows = Array(valued.prefix(n)) + rows.filter { $0[0] == .null }
        } else {
            if rows.count > n { t.notes.append("top \(n) of \(rows.count) rows") }
            t.rows = Array(rows.prefix(n))
        }
        return t
    }

    /// Only the named columns, in that order (`export ... fields=a,b`); an unknown
    /// name is an error with a suggestion.
    public func selectingColumns(_ names: [String]) throws -> Table {
        var indices: [Int] = []
        for name in names {
            guard let i = columnIndex(name) else {
                let all = columns.map(\.name)
                throw InnspillError("no column '\(name)' in the table",
                                    hint: Suggestion.closest(to: name, in: all).map { "did you mean '\($0)'?" }
                                        ?? "the columns are " + all.joined(separator: ", "))
            }
            indices.append(i)
        }
        var t = self
        t.columns = indices.map { columns[$0] }
        t.rows = rows.map { row in indices.map { $0 < row.count ? row[$0] : .null } }
        return t
    }

    /// A long-form crosstab (row category, column category, count, ...) as a wide table
    /// for display: one row per row category, one column per column category, counts in
    /// the cells (0 where none), in the order the categories first appear. With `shares`,
    /// each cell is its count's share of the units with that column's value (`group by`
    /// keeps those totals), so columns of different sizes compare: a theme in 23 of 97
    /// units of one year and 23 of 52 of another.
    ///
    /// ```swift
    /// let byYear = try crosstab.pivoted(shares: true)   // rows: tags; columns: corpora; cells: 0.2371, 0.4423
    /// ```
    public func pivoted(shares: Bool = false) throws -> Table {
        guard columns.count >= 3 else {
            throw InnspillError("only a crosstab can be pivoted", hint: "make one with 'group by A, B'")
        }
        // A column's value as `group by` writes it in the totals: its display, "" for no value.
        func key(_ value: Value) -> String { value == .null ? "" : value.display }
        var totals: [String: Int] = [:]
        if shares {
            guard let written = metadata[Table.columnTotalsKey] else {
                throw InnspillError("this crosstab does not know how many units each of its columns has",
                                    hint: "make it again with 'group by A, B', then 'pivot share'")
            }
            for line in written.split(separator: "\n", omittingEmptySubsequences: false) {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                if parts.count == 2, let n = Int(parts[1]) { totals[String(parts[0])] = n }
            }
        }
        var rowKeys: [Value] = [], colKeys: [Value] = []
        var rowIndex: [Value: Int] = [:], colIndex: [Value: Int] = [:]
        for row in rows {
            if rowIndex[row[0]] == nil { rowIndex[row[0]] = rowKeys.count; rowKeys.append(row[0]) }
            if colIndex[row[1]] == nil { colIndex[row[1]] = colKeys.count; colKeys.append(row[1]) }
        }
        let empty: Value = shares ? .number(0) : .integer(0)
        var cells = Array(repeating: Array(repeating: empty, count: colKeys.count), count: rowKeys.count)
        for row in rows {
            var cell = row[2]
            if shares, case .integer(let n) = row[2] {
                let total = totals[key(row[1])] ?? 0
                cell = .number(total > 0 ? Double(n) / Double(total) : 0)
            }
            cells[rowIndex[row[0]]!][colIndex[row[1]]!] = cell
        }
        var t = Table(title: title, columns: [columns[0]] + colKeys.map { Column($0 == .null ? "(none)" : $0.display, shares ? .number : columns[2].kind) },
                      shape: .listing, notes: notes, metadata: metadata)
        t.metadata["pivot"] = columns[1].name
        if shares {
            let sizes = colKeys.map { "\($0 == .null ? "(none)" : $0.display) \(totals[key($0)] ?? 0)" }
            t.notes.append("each cell is the share of the units with its column's \(columns[1].name) value (\(sizes.joined(separator: ", ")) units), so columns compare")
        }
        t.rows = zip(rowKeys, cells).map { [$0.0] + $0.1 }
        return t
    }
}
