import ChartKit
import InnspillCore

/// Renders a result table as aligned text for the terminal: numbers right-aligned, the
/// decimals of a column of fractions padded with zeros so the points line up, Norwegian
/// letters and wide characters measured by display width, the widest text column (or a long
/// name over a column of numbers) shortened with "…" so the table fits the terminal.
///
/// ```swift
/// print(TableRenderer.text(table, width: 80))
/// ```
public enum TableRenderer {
    public static func text(_ table: Table, width: Int) -> String {
        let header = table.columns.map(\.name)
        var cells = table.rows.map { row in row.map { $0.display.replacingOccurrences(of: "\n", with: " ") } }
        // Number cells of a column get the most decimals any of them shows.
        var decimals = [Int](repeating: 0, count: table.columns.count)
        for (r, row) in table.rows.enumerated() {
            for (c, value) in row.enumerated() where c < decimals.count && isNumber(value) {
                decimals[c] = max(decimals[c], decimalCount(cells[r][c]))
            }
        }
        for (r, row) in table.rows.enumerated() {
            for (c, value) in row.enumerated() where c < decimals.count && decimals[c] > 0 && isNumber(value) && !cells[r][c].isEmpty {
                let have = decimalCount(cells[r][c])
                cells[r][c] += (cells[r][c].contains(".") ? "" : ".") + String(repeating: "0", count: decimals[c] - have)
            }
        }
        var cellWidths = [Int](repeating: 0, count: header.count)
        for row in cells {
            for (i, cell) in row.enumerated() where i < cellWidths.count { cellWidths[i] = max(cellWidths[i], DisplayWidth.of(cell)) }
        }
        var widths = zip(header, cellWidths).map { max(DisplayWidth.of($0), $1) }
        // Shrink the widest text columns, and number columns under a long name (a corpus's, in `compare`) down to their
        // numbers, until the table fits (two spaces between columns).
        // Columns a table names in its metadata "shrinkFirst" (a quote's corpus and author) give way before the others,
        // so the column the table is about (the quote) keeps its words.
        let gaps = 2 * max(0, widths.count - 1)
        let shrinkFirst = Set((table.metadata["shrinkFirst"] ?? "").split(separator: ",").compactMap { table.columnIndex(String($0)) })
        while widths.reduce(0, +) + gaps > width {
            let shrinkable = widths.indices.filter { widths[$0] > (isText(table, $0) ? 8 : max(8, cellWidths[$0])) }
            let preferred = shrinkable.filter { shrinkFirst.contains($0) && widths[$0] > max(12, DisplayWidth.of(header[$0])) }
            guard let widest = (preferred.isEmpty ? shrinkable : preferred).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        let rightAligned = Set((table.metadata["rightAligned"] ?? "").split(separator: ",").compactMap { table.columnIndex(String($0)) })
        func line(_ values: [String]) -> String {
            values.enumerated().map { i, value in
                let alignRight = !isText(table, i) || rightAligned.contains(i)
                // A right-aligned text column keeps its end (the words next to a KWIC hit).
                let cut = alignRight && isText(table, i) ? DisplayWidth.truncateFront(value, to: widths[i])
                    : DisplayWidth.truncate(value, to: widths[i])
                return DisplayWidth.pad(cut, to: widths[i], alignRight: alignRight)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out: [String] = []
        if !table.title.isEmpty { out.append(table.title) }
        out.append(line(header))
        out.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in cells { out.append(line(row)) }
        out.append("(\(table.rows.count) \(table.rows.count == 1 ? "row" : "rows"))")
        out.append(contentsOf: table.notes.map { "note: \($0)" })
        return out.joined(separator: "\n") + "\n"
    }

    private static func isNumber(_ value: Value) -> Bool {
        if case .number = value { return true }
        return false
    }

    /// Decimals of a number as shown: "0.197" has 3, "2" none.
    private static func decimalCount(_ shown: String) -> Int {
        guard let point = shown.firstIndex(of: ".") else { return 0 }
        return shown.distance(from: point, to: shown.endIndex) - 1
    }

    private static func isText(_ table: Table, _ column: Int) -> Bool {
        switch table.columns[column].kind {
        case .integer, .number: return false
        default: return true
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
