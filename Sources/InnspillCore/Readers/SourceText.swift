/// A decoded source file with the byte offset of each line, to give back any run of lines as
/// it stood (a unit's `raw`) without keeping every line, or every unit's raw text, as a string
/// of its own: 8 bytes a line instead of a 32-byte `Substring`, and no copy of the file's text
/// in its units. Shared by the units of one corpus.
///
/// ```swift
/// let source = SourceText("a\nb\nc")
/// source.line(2)          // "b"
/// source.lines(2 ... 3)   // "b\nc"
/// ```
public final class SourceText: Sendable {
    let text: String
    /// Byte offset in `text.utf8` where line n (1-based) starts, at index n - 1.
    private let lineStarts: [Int]

    public init(_ text: String) {
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        lineStarts = starts
    }

    /// Number of lines ("a\nb" and "a\nb\n" have 2 and 3: the empty text after the last line end counts).
    var lineCount: Int { lineStarts.count }

    /// Line `number` (1-based) without its line end; "" outside the text.
    func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        return lines(number ... number)
    }

    /// Lines `numbers` (1-based, all within the text) joined by their line ends, without the last one's.
    public func lines(_ numbers: ClosedRange<Int>) -> Substring {
        precondition(numbers.lowerBound >= 1 && numbers.upperBound <= lineStarts.count, "lines \(numbers) outside the text")
        // UTF-8 offsets of a native string are reached in constant time.
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[numbers.lowerBound - 1])
        let last = numbers.upperBound
        let end = last < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[last] - 1) : utf8.endIndex
        return text[start ..< end]
    }
}
