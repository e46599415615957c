import ChartKit
import InnspillCore

/// Renders a result table as aligned text for the terminal: numbers right-aligned, the
/// decimals of a column of fractions padded with zeros so the points line up, Norwegian letters and wide characters measured by display width, the widest
/// text column shortened with "…" so the table fits the terminal.
///
/// ```swift
/// print(TableRenderer.text(table, width: 80))
/// ```
public enum TableRenderer {
    public static func text(_ table: Table, width: Int) -> String {
        let header = table.columns.map(\.name)
        let decimals = table.columns.indices.map { column in
            table.rows.map { $0.indices.contains(column) ? decimalCount($0[column]) : 0 }.max() ?? 0
        }
        let cells = table.rows.map { row in
            row.enumerated().map { column, value in
                guard case .number = value, column < decimals.count else { return value.display.replacingOccurrences(of: "\n", with: " ") }
                return padded(value.display, toDecimals: decimals[column])
            }
        }
        var widths = header.map { DisplayWidth.of($0) }
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        // Shrink the widest text columns until the table fits (two spaces between columns).
        let gaps = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + gaps > width {
            guard let widest = widths.indices.filter({ isText(table, $0) && widths[$0] > 8 })
                .max(by: { widths[$0] < widths[$1] }) else { break }
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

    /// Decimals in a number cell as shown ("0.197" has 3); 0 for other cells.
    private static func decimalCount(_ value: Value) -> Int {
        guard case .number = value, let point = value.display.firstIndex(of: ".") else { return 0 }
        return value.display.distance(from: point, to: value.display.endIndex) - 1
    }

    /// "0.197" with 4 decimals is "0.1970", "2" is "2.0000": the same value, its point in line with the others.
    private static func padded(_ number: String, toDecimals decimals: Int) -> String {
        guard decimals > 0, !number.isEmpty else { return number }
        let have = number.firstIndex(of: ".").map { number.distance(from: $0, to: number.endIndex) - 1 }
        return number + (have == nil ? "." : "") + String(repeating: "0", count: decimals - (have ?? 0))
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
