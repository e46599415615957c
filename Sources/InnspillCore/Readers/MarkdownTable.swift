import Foundation

/// A table written in Markdown inside a text file: a header row of cells between "|", a delimiter row
/// ("|---|:---:|") under it, and rows until a line without "|" (or a grid table, or a table written with tabs). A meeting summary often reports the groups'
/// answers so, a row per group and a column per question; `PlainTextReader` reads each table as a CSV
/// export with that header is read, so its rows become posts with their group, municipalities and questions.
///
/// ```swift
/// let lines = SourceLine.split("| Gruppe | Svar |\n|---|---|\n| Gruppe 1 | Mer tid. |")
/// let table = MarkdownTable.tables(in: lines)[0]
/// table.header             // ["Gruppe", "Svar"]
/// table.rows[0].cells      // ["Gruppe 1", "Mer tid."]
/// table.rows[0].line       // 3
/// ```
struct MarkdownTable {
    /// The header row's cells, and its line in the file.
    let header: [String]
    let headerLine: Int
    /// Each row's cells and its line in the file (a row is one line in Markdown).
    let rows: [(cells: [String?], line: Int)]
    /// Where the table stands, as indices into the lines it was found in (header and delimiter included).
    let indices: Range<Int>

    /// Rows of cells written as a pipe table, the first row the header: how a Word document's and a web page's
    /// tables are given to the text reader. A row shorter than the widest is filled with empty cells.
    ///
    /// ```swift
    /// MarkdownTable.pipeTable([["Gruppe", "Svar"], ["1", "Mer tid."]])   // "| Gruppe | Svar |\n| --- | --- |\n| 1 | Mer tid. |"
    /// ```
    static func pipeTable(_ rows: [[String]]) -> String {
        guard let width = rows.map(\.count).max(), width > 0 else { return "" }
        let lines = rows.map { row in "| " + (row + Array(repeating: "", count: width - row.count)).joined(separator: " | ") + " |" }
        return ([lines[0], "|" + Array(repeating: " --- |", count: width).joined()] + lines.dropFirst()).joined(separator: "\n")
    }

    /// Every table in the lines, in order. A table needs its delimiter row, with as many cells as its header:
    /// without one, lines with "|" are text ("Bodø | Fauske").
    static func tables(in lines: [SourceLine]) -> [MarkdownTable] {
        var tables: [MarkdownTable] = []
        var i = 0
        while i + 1 < lines.count {
            if isGridBorder(lines[i].trimmed), let grid = gridTable(in: lines, at: i) {
                tables.append(grid)
                i = grid.indices.upperBound
                continue
            }
            if let tabbed = tabTable(in: lines, at: i) {
                tables.append(tabbed)
                i = tabbed.indices.upperBound
                continue
            }
            guard lines[i].text.utf8.contains(UInt8(ascii: "|")), isDelimiterRow(lines[i + 1].trimmed) else { i += 1; continue }
            let header = cells(lines[i].trimmed)
            guard header.count >= 2, header.count == cells(lines[i + 1].trimmed).count else { i += 1; continue }
            var end = i + 2
            var rows: [(cells: [String?], line: Int)] = []
            while end < lines.count, !lines[end].isBlank, lines[end].text.utf8.contains(UInt8(ascii: "|")) {
                rows.append((cells(lines[end].trimmed).map { $0 }, lines[end].number))
                end += 1
            }
            if !rows.isEmpty {
                tables.append(MarkdownTable(header: header, headerLine: lines[i].number, rows: rows, indices: i..<end))
            }
            i = end
        }
        return tables
    }

    /// A table written with a tab between cells, as Google Docs' and Word's "plain text" write a document's table: two
    /// or more lines in a row with as many cells each (two or more), the first a header with every cell filled. A
    /// list whose items have a tab after their bullet or number ("–\tBudsjettkutt", "1.\tHva ...?") is no table.
    static func tabTable(in lines: [SourceLine], at start: Int) -> MarkdownTable? {
        func tabCells(_ line: SourceLine) -> [String]? {
            guard line.text.utf8.contains(UInt8(ascii: "\t")) else { return nil }
            let cells = line.text.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard cells.count >= 2, let first = cells.first, first.count > 1 || first.first?.isNumber == true,
                  !PadletTextReader.listItem(Substring(first + " x")).0 else { return nil }
            return cells
        }
        guard start == 0 || lines[start - 1].isBlank || tabCells(lines[start - 1]) == nil,
              let header = tabCells(lines[start]), header.allSatisfy({ !$0.isEmpty }) else { return nil }
        var rows: [(cells: [String?], line: Int)] = []
        var end = start + 1
        while end < lines.count, let cells = tabCells(lines[end]), cells.count == header.count {
            rows.append((cells.map { $0 }, lines[end].number))
            end += 1
        }
        guard !rows.isEmpty else { return nil }
        return MarkdownTable(header: header, headerLine: lines[start].number, rows: rows, indices: start..<end)
    }

    /// A grid table, as pandoc writes one from a word processor's table: borders of "+" and "-" ("+===+" under the
    /// header), and a row's cells over as many "|" lines as its longest cell needs, wrapped as the words were
    /// ("strykeinstru-" / "menter" joins to "strykeinstrumenter"). Nil when the lines at `start` are no such table.
    static func gridTable(in lines: [SourceLine], at start: Int) -> MarkdownTable? {
        var header: [String]?
        var headerLine = 0
        var rows: [(cells: [String?], line: Int)] = []
        var pending: [[String]] = []  // the current row's lines, split into cells
        var pendingLine = 0
        func joined() -> [String] {
            guard let width = pending.map(\.count).max() else { return [] }
            return (0..<width).map { column in
                pending.reduce("") { text, cells in
                    guard column < cells.count, !cells[column].isEmpty else { return text }
                    let part = cells[column]
                    if text.isEmpty { return part }
                    // A word wrapped at its hyphen goes on in lower case.
                    if text.hasSuffix("-"), part.first?.isLowercase == true { return String(text.dropLast()) + part }
                    return text + " " + part
                }
            }
        }
        var end = start + 1
        while end < lines.count {
            let t = lines[end].trimmed
            if isGridBorder(t) {
                if !pending.isEmpty {
                    if header == nil, t.contains("=") { header = joined(); headerLine = pendingLine } else { rows.append((joined().map { $0 }, pendingLine)) }
                    pending = []
                }
                end += 1
                continue
            }
            guard t.first == "|", t.last == "|" else { break }
            if pending.isEmpty { pendingLine = lines[end].number }
            pending.append(cells(t))
            end += 1
        }
        guard pending.isEmpty, end > start + 2 else { return nil }
        // Without a header's "+===+" border, the first row is the header.
        if header == nil, !rows.isEmpty { header = rows.removeFirst().cells.map { $0 ?? "" }; headerLine = lines[start + 1].number }
        guard let header, header.count >= 2, !rows.isEmpty else { return nil }
        return MarkdownTable(header: header, headerLine: headerLine, rows: rows, indices: start..<end)
    }

    /// A grid table's border: "+" at both ends, and "-", "=", ":" and "+" between.
    private static func isGridBorder(_ text: Substring) -> Bool {
        let t = text.trimmingSpaces
        return t.count >= 3 && t.first == "+" && t.last == "+" && t.allSatisfy { "+-=:".contains($0) }
    }

    /// The cells of a row: split at each "|" that is not escaped ("\|"), without the row's outer "|",
    /// each trimmed of spaces.
    ///
    /// ```swift
    /// MarkdownTable.cells("| a | b \\| c |")   // ["a", "b | c"]
    /// ```
    static func cells(_ row: Substring) -> [String] {
        var text = row.trimmingSpaces
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|", !text.dropLast().hasSuffix("\\") { text = text.dropLast() }
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for c in text {
            if escaped {
                if c != "|" { cell.append("\\") }
                cell.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                cells.append(String(cell.trimmingSpaces))
                cell = ""
            } else {
                cell.append(c)
            }
        }
        if escaped { cell.append("\\") }
        cells.append(String(cell.trimmingSpaces))
        return cells
    }

    /// A delimiter row: cells of dashes with optional colons for alignment ("|---|:--:|", "--- | ---").
    static func isDelimiterRow(_ text: Substring) -> Bool {
        text.contains("|") && text.contains("-") && text.allSatisfy { "|-: \t".contains($0) }
    }
}
