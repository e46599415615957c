/// The one warning for a table whose rows do not all have as many cells as its header: how many
/// rows have more and how many fewer, the lines of the first few, what the reader did with them,
/// and how to fix the file. A file gets one such warning however many rows are ragged.
///
/// ```swift
/// RaggedRows.warning(header: 2, rows: [(cells: 3, line: 5), (cells: 2, line: 6), (cells: 3, line: 9)],
///                    separator: ",", path: "svar.csv")
/// // "'svar.csv': 2 rows have more cells than the header's 2 (lines 5, 9): their extra cells were left out;
/// //  check those lines for a ',' inside a cell that is not in double quotes ("a, b"), or export the file again"
/// ```
enum RaggedRows {
    /// How many line numbers the warning names before it says how many more there are.
    static let linesNamed = 5

    /// The warning for the rows (cell count and first line) whose count differs from `header`, or nil when none does.
    static func warning(header: Int, rows: [(cells: Int, line: Int)], separator: Character, path: String) -> String? {
        let ragged = rows.filter { $0.cells != header }
        guard !ragged.isEmpty else { return nil }
        let more = ragged.filter { $0.cells > header }.count
        let fewer = ragged.count - more
        let mark = separator == "\t" ? "tab" : "'\(separator)'"
        let quoted = separator == "\t" ? "" : " (\"a\(separator) b\")"
        let lines = lineList(ragged.map(\.line))
        let what: String, done: String, fix: String
        if fewer == 0 {
            what = "\(Plural.count(more, "row has", "rows have")) more cells than the header's \(header) (\(lines))"
            done = "their extra cells were left out"
            fix = "check those lines for a \(mark) inside a cell that is not in double quotes\(quoted)"
        } else if more == 0 {
            what = "\(Plural.count(fewer, "row has", "rows have")) fewer cells than the header's \(header) (\(lines))"
            done = "their missing cells were read as empty"
            fix = "check those lines for a missing \(mark) or a line break outside double quotes"
        } else {
            what = "\(ragged.count) rows do not have the header's \(header) cells (\(more) with more, \(fewer) with fewer; \(lines))"
            done = "extra cells were left out and missing ones read as empty"
            fix = "check those lines for a \(mark) inside a cell that is not in double quotes (more cells) or a missing \(mark) (fewer)"
        }
        return "'\(path)': \(what): \(done); \(fix), or export the file again"
    }

    /// "line 5", "lines 5, 9, 12", or "lines 5, 9, 12, 20, 31 and 4 more".
    private static func lineList(_ numbers: [Int]) -> String {
        let named = numbers.prefix(linesNamed).map(String.init).joined(separator: ", ")
        let rest = numbers.count - min(numbers.count, linesNamed)
        return (numbers.count == 1 ? "line " : "lines ") + named + (rest > 0 ? " and \(rest) more" : "")
    }
}
