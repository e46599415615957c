import Foundation

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
    ///
    /// ```swift
    /// SourceLine.split("Gruppe 2 \r\nØkonomi\u{0C}Neste side").map(\.text)  // ["Gruppe 2", "Økonomi", "\u{0C}", "Neste side"]
    /// ```
    public static func split(_ text: String) -> [SourceLine] {
        var bytes = text  // shares the text's storage: withUTF8 needs a var
        return bytes.withUTF8 { split(text, $0) }
    }

    /// `split` over the text's own UTF-8 bytes: line ends found with memchr and trailing white space
    /// trimmed on bytes. (It ran on one core before the Padlet reader starts, and splitting the UTF-8
    /// view generically and asking each line for its last Character took 0.8 s of a 65 MB export.)
    private static func split(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        guard let base = bytes.baseAddress else { return [SourceLine(number: 1, text: text[...])] }
        let utf8 = text.utf8
        var lines: [SourceLine] = []
        var number = 0
        var start = 0
        while true {
            number += 1
            var newline = bytes.count
            if let found = memchr(base + start, 0x0A, bytes.count - start) {
                newline = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            var end = newline
            while end > start {
                let last = bytes[end - 1]
                if last == 0x0D || last == 0x20 || last == 0x09 { end -= 1 } else if last == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { end -= 2 } else { break }
            }
            var line = text[utf8.index(utf8.startIndex, offsetBy: start) ..< utf8.index(utf8.startIndex, offsetBy: end)]
            // A scalar that is not ASCII before the space trimmed may have joined it into one Character
            // (a prepended mark): then the Characters decide, as they always did.
            let joined = end < newline && end > start && bytes[end - 1] >= 0x80
            if joined {
                line = text[utf8.index(utf8.startIndex, offsetBy: start) ..< utf8.index(utf8.startIndex, offsetBy: newline)]
                while let last = line.last, last == "\r" || last == " " || last == "\t" || last == "\u{A0}" { line.removeLast() }
            }
            if joined ? line.utf8.contains(0x0C) : memchr(base + start, 0x0C, end - start) != nil {
                for (i, part) in line.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
                    if i > 0 { lines.append(SourceLine(number: number, text: "\u{0C}")) }
                    if !part.isEmpty { lines.append(SourceLine(number: number, text: part)) }
                }
            } else {
                lines.append(SourceLine(number: number, text: line))
            }
            guard newline < bytes.count else { break }
            start = newline + 1
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
