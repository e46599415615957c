/// One line of a source file with its 1-based number. The text is a slice of the file's (or the
/// table cell's) text, not a copy: a String of its own for every line of a large load was a
/// million allocations and a second copy of the file alive until the units were made.
public struct SourceLine: Sendable, Equatable {
    public var number: Int
    public var text: Substring

    public init(number: Int, text: Substring) {
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
                    if !part.isEmpty { lines.append(SourceLine(number: number, text: part)) }
                }
            } else {
                lines.append(SourceLine(number: number, text: line))
            }
        }
        return lines
    }

    /// The text without leading white space (spaces, tabs and no-break spaces that are Characters of their own).
    public var trimmed: Substring {
        // On bytes: walking Characters was 1-2 % of a load (every line is trimmed several times). The
        // bytes give the same answer when the first byte kept is ASCII, which starts a Character of
        // its own; else a combining mark may join the last space into one Character: ask the Characters.
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                i = utf8.index(after: i)
            } else if byte == 0xC2, let next = utf8.index(i, offsetBy: 1, limitedBy: utf8.endIndex), next < utf8.endIndex,
                      utf8[next] == 0xA0 {
                i = utf8.index(after: next)  // U+00A0, no-break space
            } else {
                break
            }
        }
        if i == utf8.startIndex { return text[...] }
        if i == utf8.endIndex || utf8[i] < 0x80 { return text[i...] }
        return text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
    }
    public var isBlank: Bool { trimmed.isEmpty }
}
