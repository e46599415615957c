/// One line of a source file with its 1-based number.
public struct SourceLine: Sendable, Equatable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// Splits text into numbered lines, dropping `\r` and trailing spaces and
    /// turning form feeds (page breaks) into their own empty lines.
    public static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var number = 0
        for raw in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(raw)
            while let last = line.last, last == "\r" || last == " " || last == "\t" || last == "\u{A0}" { line.removeLast() }
            // A byte scan: `contains("\u{0C}")` goes through Foundation's string search, many times slower on a long line.
            if line.utf8.contains(0x0C) {
                for (i, part) in line.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
                    if i > 0 { lines.append(SourceLine(number: number, text: "\u{0C}")) }
                    if !part.isEmpty { lines.append(SourceLine(number: number, text: String(part))) }
                }
            } else {
                lines.append(SourceLine(number: number, text: String(line)))
            }
        }
        return lines
    }

    /// The text without leading white space.
    public var trimmed: Substring { text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }) }
    public var isBlank: Bool { trimmed.isEmpty }
}
