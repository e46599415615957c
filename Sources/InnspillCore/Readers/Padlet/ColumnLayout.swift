import Foundation

/// A board printed in two columns and turned into text keeping its layout (`pdftotext -layout`): each line holds
/// a line of the left column, a run of spaces, and a line of the right one. Read as it stands, every post of the
/// left column merges with its neighbour on the right. Unfolded, the left column's lines come first and the right
/// column's after them, each with its own line number.
///
/// ```swift
/// let lines = SourceLine.split("Gruppe 1 – Bodø        Gruppe 2 – Vefsn\nKARI 5/5/25 9:12AM     PER 5/5/25 9:13AM")
/// ColumnLayout.unfolded(lines)?.map(\.text)   // nil: two lines are too few to tell a layout
/// ```
enum ColumnLayout {
    /// Spaces between the columns, at least.
    static let gutter = 3
    /// Lines whose right column starts at the same place, at least: this many, and this share of the lines with text.
    static let minimumLines = 8
    static let minimumShare = 0.3

    /// The lines unfolded, left column first, or nil when the text is not laid out in two columns.
    static func unfolded(_ lines: [SourceLine]) -> [SourceLine]? {
        // Cheap first test on the first lines' bytes: a layout puts a run of spaces inside most of them.
        let sample = lines.prefix(4000).filter { !$0.isBlank }
        let withGutter = sample.filter { hasGutter($0.text) }
        guard withGutter.count >= minimumLines, Double(withGutter.count) >= minimumShare * Double(sample.count) else { return nil }
        // Where the right column starts: the most frequent place text resumes after a gutter.
        var starts: [Int: Int] = [:]
        for line in withGutter { for start in rightStarts(Array(line.text)) { starts[start, default: 0] += 1 } }
        guard let column = starts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key })?.key,
              starts[column]! >= minimumLines, Double(starts[column]!) >= minimumShare * Double(sample.count) else { return nil }
        // Each column keeps its blank lines: where one side of a line is empty, that column has a blank line there.
        var left: [SourceLine] = [], right: [SourceLine] = []
        for line in lines {
            let (l, r) = split(line, at: column)
            left.append(l)
            right.append(r ?? SourceLine(number: line.number, text: ""))
        }
        return left + [SourceLine(number: lines.last?.number ?? 1, text: "")] + right
    }

    /// Whether the line has a run of `gutter` spaces after some text.
    private static func hasGutter(_ text: Substring) -> Bool {
        var run = 0, sawText = false
        for byte in text.utf8 {
            if byte == 0x20 { run += 1 } else {
                if sawText && run >= gutter { return true }
                sawText = true
                run = 0
            }
        }
        return false
    }

    /// The places (in Characters) where text resumes after a gutter.
    private static func rightStarts(_ characters: [Character]) -> [Int] {
        var starts: [Int] = []
        var run = 0, sawText = false
        for (i, c) in characters.enumerated() {
            if c == " " { run += 1; continue }
            if sawText && run >= gutter { starts.append(i) }
            sawText = true
            run = 0
        }
        return starts
    }

    /// A line cut into its left and right column: where text resumes after a gutter within two places of the
    /// column, or wholly right when it starts there, or wholly left.
    private static func split(_ line: SourceLine, at column: Int) -> (SourceLine, SourceLine?) {
        let characters = Array(line.text)
        let lead = characters.prefix(while: { $0 == " " }).count
        if lead >= column - 2, lead < characters.count {
            return (SourceLine(number: line.number, text: ""), SourceLine(number: line.number, text: line.text.dropFirst(lead)))
        }
        guard let start = rightStarts(characters).first(where: { abs($0 - column) <= 2 }) else { return (line, nil) }
        let cut = line.text.index(line.text.startIndex, offsetBy: start)
        let leftText = line.text[..<cut].trimmingSpaces
        return (SourceLine(number: line.number, text: leftText), SourceLine(number: line.number, text: line.text[cut...]))
    }
}
