import CZstd
import Foundation
import InnspillText

/// A decoded source file kept for its units' `raw`, compressed, with the byte offset of each line,
/// to give back any run of lines as it stood without keeping every line, or every unit's raw text,
/// as a string of its own. Shared by the units of one corpus.
///
/// `raw` is asked for rarely (`show ID raw`, `export units`), but the file's text was a quarter of
/// the memory a large corpus holds. So the text is kept in blocks of 64 KB, each compressed on its
/// own with zstd at level 1 (a tenth of a second per 66 MB on one core; real Padlet
/// exports shrink to about 40 %), and a run of lines is read back by decompressing the blocks it
/// lies in. The last block read is kept, so reading the units in order (an export) decompresses
/// each block once. zstd through a system-library target: the package list has compression only
/// as part of SwiftNIO, far more than this needs.
///
/// ```swift
/// let source = SourceText("a\nb\nc")
/// source.line(2)          // "b"
/// source.lines(2 ... 3)   // "b\nc"
/// ```
public final class SourceText: @unchecked Sendable {
    /// Bytes of text per compressed block.
    static let blockSize = 64 * 1024
    /// Each block of the text's UTF-8, compressed; the last may be shorter.
    private let blocks: [[UInt8]]
    private let byteCount: Int
    private let blockBytes: Int
    /// Byte offset in the text's UTF-8 where line n (1-based) starts, at index n - 1.
    private let lineStarts: [Int]
    /// The last block decompressed, and its index; behind the lock, as units are read on any thread.
    private var cached: (index: Int, bytes: [UInt8])?
    private let lock = NSLock()

    /// The source `text`, compressed.
    public convenience init(_ text: String) {
        self.init(text, blockSize: SourceText.blockSize)
    }

    /// The source `text`, compressed in blocks of `blockSize` bytes (tests use small blocks, so runs
    /// of lines cross them).
    init(_ text: String, blockSize: Int) {
        precondition(blockSize > 0, "a block holds at least one byte")
        var native = text  // withUTF8 makes the text native UTF-8 first, once, if it is not
        byteCount = native.utf8.count
        blockBytes = blockSize
        lineStarts = native.withUTF8(SourceText.lineStarts)
        let text = native
        let count = (byteCount + blockSize - 1) / blockSize
        blocks = Parallel.map(count, minimumChunk: 4) { [byteCount] i in
            var copy = text  // each worker reads the text's own bytes (no copy)
            return copy.withUTF8 { bytes in
                SourceText.compress(UnsafeBufferPointer(rebasing: bytes[(i * blockSize) ..< min(byteCount, (i + 1) * blockSize)]))
            }
        }
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

    /// `bytes` compressed, in an array of its own size (the room zstd asks for is the whole block).
    private static func compress(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let bound = ZSTD_compressBound(bytes.count)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { out in
            let size = ZSTD_compress(out.baseAddress, bound, bytes.baseAddress, bytes.count, 1)
            // Compressing into a buffer of the bound's size cannot fail (zstd's documented guarantee).
            precondition(ZSTD_isError(size) == 0, "zstd: \(String(cString: ZSTD_getErrorName(size)))")
            return Array(out.prefix(size))
        }
    }

    /// Block `index`, decompressed (the kept one if it is that block). Called with the lock held.
    private func block(_ index: Int) -> [UInt8] {
        if let cached, cached.index == index { return cached.bytes }
        let length = min(blockBytes, byteCount - index * blockBytes)
        let compressed = blocks[index]
        let bytes = [UInt8](unsafeUninitializedCapacity: length) { out, written in
            let size = compressed.withUnsafeBufferPointer { ZSTD_decompress(out.baseAddress, length, $0.baseAddress, $0.count) }
            // The blocks were compressed here, from exactly `length` bytes.
            precondition(ZSTD_isError(size) == 0 && size == length, "zstd: block \(index) does not decompress")
            written = size
        }
        cached = (index, bytes)
        return bytes
    }

    /// Number of lines ("a\nb" and "a\nb\n" have 2 and 3: the empty text after the last line end counts).
    var lineCount: Int { lineStarts.count }

    /// Line `number` (1-based) without its line end; "" outside the text.
    func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        return lines(number ... number)
    }

    /// Lines `numbers` (1-based, all within the text) joined by their line ends, without the last one's.
    public func lines(_ numbers: ClosedRange<Int>) -> String {
        precondition(numbers.lowerBound >= 1 && numbers.upperBound <= lineStarts.count, "lines \(numbers) outside the text")
        let start = lineStarts[numbers.lowerBound - 1]
        let last = numbers.upperBound
        let end = last < lineStarts.count ? lineStarts[last] - 1 : byteCount
        guard start < end else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        lock.withLock {
            for index in (start / blockBytes) ... ((end - 1) / blockBytes) {
                let blockStart = index * blockBytes
                let block = block(index)
                bytes += block[(max(start, blockStart) - blockStart) ..< (min(end, blockStart + block.count) - blockStart)]
            }
        }
        // Line starts fall after a "\n", so the run starts and ends between whole characters.
        return String(decoding: bytes, as: UTF8.self)
    }
}
