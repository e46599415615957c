import Foundation

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
        var text = text
        lineStarts = text.withUTF8(SourceText.lineStarts)
        self.text = text
    }

    /// Where each line starts in `bytes`. Line ends are found with memchr, not byte by byte: this runs
    /// over the whole file on one core while every other core waits.
    private static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = bytes.baseAddress else { return starts }
        let end = base + bytes.count
        var from = base
        while from < end, let lf = memchr(from, Int32(UInt8(ascii: "\n")), end - from) {
            from = UnsafePointer(lf.assumingMemoryBound(to: UInt8.self)) + 1
            starts.append(from - base)
        }
        return starts
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
