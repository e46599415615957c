import Foundation

/// The sheets of an Excel workbook (.xlsx) as rows of cell texts, the way Excel would write each sheet
/// as CSV, so the table reader reads them as it reads a CSV export: shared and inline strings, numbers
/// without a needless ".0", dates and times (stored as day numbers with a date format) as ISO text
/// ("2025-04-23 10:14:05"), booleans as TRUE/FALSE, a formula's last value. Two things Excel's CSV
/// leaves out are kept: a cell merged down over rows gives its value to every row (a group's name
/// beside each of its answers), and hidden sheets are skipped.
///
/// ```swift
/// let sheets = try Workbook.sheets(in: OfficePackage(file: "/home/kari/svar.xlsx", path: "svar.xlsx"), workbook: "xl/workbook.xml")
/// sheets[0].name             // "Svar"
/// sheets[0].rows[0].cells    // ["ID", "Start time", "Completion time", ...]
/// sheets[0].rows[1].line     // 2: the row's number in the sheet
/// ```
enum Workbook {
    struct Sheet {
        let name: String
        /// The sheet's rows that have a value, a cell for each column that holds one, with its row number as its line.
        let rows: [CSVParser.Row]
    }

    static func sheets(in package: OfficePackage, workbook part: String) throws -> [Sheet] {
        let workbook = try package.xml(part)
        let relationships = try package.relationships(of: part)
        let strings = try relationships.values.first { $0.isType("sharedStrings") }
            .map { try sharedStrings(package.xml($0.target)) } ?? []
        let styles = try relationships.values.first { $0.isType("styles") }.map { try dateStyles(package.xml($0.target)) } ?? []
        let properties = workbook.first("workbookPr")
        let epoch = ["1", "true"].contains(properties?["date1904"] ?? "") ? DayNumbers.epoch1904 : DayNumbers.epoch1900
        let cells = CellText(strings: strings, dateStyles: styles, epoch: epoch)
        var sheets: [Sheet] = []
        for sheet in workbook.first("sheets")?.all("sheet") ?? [] {
            guard sheet["state"] == nil || sheet["state"] == "visible",
                  let id = sheet.relationship, let target = relationships[id], target.isType("worksheet"), package.has(target.target)
            else { continue }
            sheets.append(Sheet(name: sheet["name"] ?? "", rows: rows(of: try package.xml(target.target), cells: cells)))
        }
        return sheets
    }

    /// Whether a sheet's name is one a program gave it ("Sheet1", "Ark1", "Skjemasvar 1", "Form1"), which says
    /// nothing of its rows.
    static func isGenericSheetName(_ name: String) -> Bool {
        let word = name.lowercased().filter(\.isLetter)
        return ["sheet", "ark", "blad", "tabell", "table", "skjemasvar", "formresponses", "form", "data", "svar", "responses"]
            .contains(word)
    }

    /// Whether a sheet is named after a group ("Gruppe 2", "Rom 3"), so its rows are that group's.
    static func isGroupSheetName(_ name: String) -> Bool {
        guard let (_, rest) = PadletLines.leadingGroupLabel(Substring(name)) else { return false }
        return rest.allSatisfy { !$0.isLetter } || rest.first == ":" || rest.hasPrefix(" -") || rest.hasPrefix(" –")
    }

    /// The rows of a worksheet part.
    static func rows(of worksheet: OfficeXML, cells: CellText) -> [CSVParser.Row] {
        var rows: [(number: Int, cells: [Int: String])] = []
        var nextRow = 1
        for row in worksheet.first("sheetData")?.all("row") ?? [] {
            let number = row["r"].flatMap(Int.init) ?? nextRow
            nextRow = number + 1
            var values: [Int: String] = [:]
            var nextColumn = 0
            for cell in row.all("c") {
                let column = cell["r"].flatMap { CellReference($0)?.column } ?? nextColumn
                nextColumn = column + 1
                if let text = cells.text(of: cell), !text.isEmpty { values[column] = text }
            }
            rows.append((number, values))
        }
        fillMerged(worksheet.first("mergeCells")?.all("mergeCell").compactMap { $0["ref"] } ?? [], into: &rows)
        rows.removeAll { $0.cells.isEmpty }
        // The columns that hold a value: an empty column says nothing, and one stray cell in column XFD would
        // otherwise make every row 16,384 cells wide.
        let used = Set(rows.flatMap(\.cells.keys)).sorted()
        return rows.map { row in CSVParser.Row(cells: used.map { row.cells[$0] ?? "" }, line: row.number) }
    }

    /// A cell merged down over rows ("A2:A5") shows its value beside each of them: each row's cell in the
    /// range's first column gets it. (Merged across columns only, it stays in its first cell, as a title does.)
    private static func fillMerged(_ ranges: [String], into rows: inout [(number: Int, cells: [Int: String])]) {
        guard !ranges.isEmpty else { return }
        var indexOfRow: [Int: Int] = [:]
        for (index, row) in rows.enumerated() { indexOfRow[row.number] = index }
        for range in ranges {
            let ends = range.split(separator: ":")
            guard ends.count == 2, let from = CellReference(ends[0]), let to = CellReference(ends[1]), to.row > from.row,
                  let top = indexOfRow[from.row], let value = rows[top].cells[from.column] else { continue }
            // Only rows the sheet has: a row without a cell holds nothing to stand beside (and a range may run to
            // the sheet's last row, 1,048,576).
            for index in rows.indices where rows[index].number > from.row && rows[index].number <= to.row {
                rows[index].cells[from.column] = value
            }
        }
    }

    /// The shared strings, in order: each `<si>` as its text, or its rich-text runs' texts joined
    /// (phonetic guides, `<rPh>`, are not the text).
    static func sharedStrings(_ part: OfficeXML) -> [String] {
        part.all("si").map(stringItem)
    }

    /// The text of a shared or inline string item.
    static func stringItem(_ item: OfficeXML) -> String {
        let text = item.first("t")?.text ?? item.all("r").compactMap { $0.first("t")?.text }.joined()
        return text.contains("_x") ? unescaped(text) : text
    }

    /// A string with Excel's escapes of characters XML cannot hold written out: "_x000D_" is a carriage return
    /// (dropped, as line ends are "\n"), "_x0009_" a tab, and "_x005F_" the "_" of a literal "_x...".
    static func unescaped(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16), let scalar = UnicodeScalar(code) {
                if scalar != "\r" { result.unicodeScalars.append(scalar) }
                rest = rest[start.upperBound...].dropFirst(5)
            } else {
                result += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }

    /// For each cell format (`s="3"` is the fourth `<xf>` of `<cellXfs>`), whether it shows a date, a
    /// time, or both.
    static func dateStyles(_ styles: OfficeXML) -> [DayNumbers.Shown?] {
        var custom: [Int: String] = [:]
        for format in styles.first("numFmts")?.all("numFmt") ?? [] {
            if let id = format["numFmtId"].flatMap(Int.init), let code = format["formatCode"] { custom[id] = code }
        }
        return (styles.first("cellXfs")?.all("xf") ?? []).map { format in
            guard let id = format["numFmtId"].flatMap(Int.init) else { return nil }
            return DayNumbers.shown(builtIn: id) ?? custom[id].flatMap(DayNumbers.shown(code:))
        }
    }

    /// Turns a `<c>` element into the text Excel shows.
    struct CellText {
        let strings: [String]
        let dateStyles: [DayNumbers.Shown?]
        let epoch: Date

        func text(of cell: OfficeXML) -> String? {
            let value = cell.first("v")?.text
            switch cell["t"] ?? "n" {
            case "s": return value.flatMap(Int.init).flatMap { strings.indices.contains($0) ? strings[$0] : nil }
            case "inlineStr": return cell.first("is").map(Workbook.stringItem)
            case "str", "d": return value
            case "b": return value.map { $0 == "1" ? "TRUE" : "FALSE" }
            case "e": return nil  // "#N/A" and its kind say nothing a group wrote
            default:
                guard let value, let number = Double(value) else { return value }
                if let style = cell["s"].flatMap(Int.init), dateStyles.indices.contains(style), let shown = dateStyles[style] {
                    return DayNumbers.text(number, shown: shown, epoch: epoch)
                }
                return DayNumbers.plain(number, written: value)
            }
        }
    }
}

/// A cell's place written as Excel writes it ("C12": column C, row 12).
struct CellReference {
    /// 0-based column; 1-based row, as in the sheet.
    let column: Int
    let row: Int

    init?<S: StringProtocol>(_ written: S) {
        let reference = String(written.filter { $0 != "$" })  // "$C$12" is C12 held in place
        var column = 0
        var index = reference.startIndex
        var letters = 0
        while index < reference.endIndex, let letter = reference[index].asciiValue, (65...90).contains(letter & ~0x20) {
            column = column * 26 + Int((letter & ~0x20) - 64)
            letters += 1
            index = reference.index(after: index)
        }
        // Excel's last column is XFD: more letters are no cell's place (and would overflow).
        guard column > 0, letters <= 3 else { return nil }
        self.column = column - 1
        self.row = Int(reference[index...]) ?? 0
    }
}

/// Excel's day numbers: days since the workbook's epoch, the fraction being the time of day.
enum DayNumbers {
    /// What a date format shows of a day number.
    enum Shown { case date, time, dateAndTime }

    /// Day 0 of the 1900 system, as Excel counts (it has a 29 February 1900, so from day 61 on the days
    /// agree with counting from 30 December 1899, and no seminar is older).
    static let epoch1900 = Date(timeIntervalSince1970: -2_209_161_600)
    /// Day 0 of the 1904 system (old Mac workbooks): 1 January 1904.
    static let epoch1904 = Date(timeIntervalSince1970: -2_082_844_800)

    /// Excel's built-in date and time formats (ids 14-22, 45-47) and the locale ones (27-36, 50-58).
    static func shown(builtIn id: Int) -> Shown? {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 18...21, 45...47, 32, 33: return .time
        case 22: return .dateAndTime
        default: return nil
        }
    }

    /// What a custom format code shows, from its letters outside quotes, escapes and brackets ("[$-414]",
    /// "[Red]"): y or d is a date, h or s a time; m alone (a month or a minute) a date.
    static func shown(code: String) -> Shown? {
        var letters = Set<Character>()
        var inQuotes = false, inBrackets = false, escaped = false
        for c in code.lowercased() {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default: if !inQuotes, !inBrackets { letters.insert(c) }
            }
        }
        let date = letters.contains("y") || letters.contains("d")
        let time = letters.contains("h") || letters.contains("s")
        switch (date, time) {
        case (true, true): return .dateAndTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return letters.contains("m") && !letters.contains("0") && !letters.contains("#") ? .date : nil
        }
    }

    /// A day number as ISO text, as the exports' dates are written: "2025-04-23T10:14:05", "2025-04-23" at
    /// midnight, and a time of day alone ("10:14:05") for a time format's number under one day.
    static func text(_ days: Double, shown: Shown, epoch: Date) -> String {
        let seconds = (days * 86_400).rounded()
        if shown == .time, days >= 0, days < 1 {
            let s = Int(seconds)
            return String(format: "%02d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
        }
        return ISODate.string(epoch.addingTimeInterval(seconds))
    }

    /// A number as Excel's General format shows it: whole numbers without ".0", others as stored.
    static func plain(_ number: Double, written: String) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return written
    }
}
