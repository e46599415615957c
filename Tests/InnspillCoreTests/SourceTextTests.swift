import Foundation
import XCTest
@testable import InnspillCore
import InnspillText

final class SourceTextTests: XCTestCase {
    func testLinesAreGivenBackAsTheyStoodWithTheirLineEndsBetween() {
        let source = SourceText("Gruppe 2: Bodø\nØkonomi er viktig.\n\nSiste linje")
        XCTAssertEqual(source.lineCount, 4)
        XCTAssertEqual(source.line(1), "Gruppe 2: Bodø")
        XCTAssertEqual(source.line(3), "")
        XCTAssertEqual(source.line(4), "Siste linje")
        XCTAssertEqual(source.lines(1 ... 2), "Gruppe 2: Bodø\nØkonomi er viktig.")
        XCTAssertEqual(source.lines(2 ... 4), "Økonomi er viktig.\n\nSiste linje")
        XCTAssertEqual(source.line(0), "", "outside the text")
        XCTAssertEqual(source.line(5), "")
        XCTAssertEqual(SourceText("a\n").lineCount, 2, "the empty text after the last line end is a line")
    }

    /// The text is kept compressed in blocks: a run of lines reads back the same wherever the blocks
    /// are cut, across several blocks and inside a character of more than one byte.
    func testRunsOfLinesReadBackTheSameWhereverTheBlocksAreCut() {
        let text = "Gruppe 2: Bodø og Tromsø\nØkonomi er viktig.\n\n«Kulturskolen» – for alle 🎻\nSiste linje\n"
        let whole = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for blockSize in [1, 2, 3, 5, 7, 64, 1 << 16] {
            let source = SourceText(text, blockSize: blockSize)
            XCTAssertEqual(source.lineCount, whole.count, "block size \(blockSize)")
            for first in 1 ... whole.count {
                for last in first ... whole.count {
                    XCTAssertEqual(source.lines(first ... last), whole[(first - 1) ..< last].joined(separator: "\n"),
                                   "lines \(first)...\(last), block size \(blockSize)")
                }
            }
        }
        XCTAssertEqual(SourceText("", blockSize: 4).lines(1 ... 1), "", "an empty text is one empty line")
    }

    /// Many threads reading runs of lines at once (an export on one, a command on another) each get
    /// their own lines, though they share the block kept from the last read.
    func testReadingFromManyThreadsAtOnceGivesEachItsLines() {
        let lines = (1 ... 2_000).map { "linje \($0) æøå" }
        let source = SourceText(lines.joined(separator: "\n"), blockSize: 256)
        let wrong = Parallel.map(4_000, minimumChunk: 100) { i -> Int in
            let n = (i * 7919) % lines.count + 1
            return source.line(n) == lines[n - 1] ? 0 : 1
        }
        XCTAssertEqual(wrong.reduce(0, +), 0)
    }

    /// A unit's raw text is the run of source lines it came from, without a copy of its own, and
    /// compares equal to the same text held as a string.
    func testARawRunOfLinesReadsAndComparesAsItsText() {
        let source = SourceText("x\n0konomi er\nviktig.\ny")
        var unit = InnspillCore.Unit(kind: .post, text: "Økonomi er viktig.", line: 2)
        unit.rawSource = .lines(source, 2 ... 3)
        XCTAssertEqual(unit.raw, "0konomi er\nviktig.")
        var same = unit
        same.raw = "0konomi er\nviktig."
        XCTAssertEqual(unit, same)
        same.raw = "0konomi er viktig."
        XCTAssertNotEqual(unit, same)
    }

    /// Loading keeps each post's raw text as the run of lines of the file it came from.
    func testALoadedCSVPostsRawIsItsRecordsLines() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-raw-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "text,group\n\"Vi trenger tid\nog rom.\",Gruppe 1\nMer samarbeid.,Gruppe 2\n".write(to: url, atomically: true, encoding: .utf8)
        let posts = try CorpusLoader.loadFile(url.path, options: LoadOptions()).units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.raw), ["\"Vi trenger tid\nog rom.\",Gruppe 1", "Mer samarbeid.,Gruppe 2"])
        guard case .lines(_, let numbers) = posts[0].rawSource else { return XCTFail("a post's raw should be a run of the file's lines") }
        XCTAssertEqual(numbers, 2 ... 3)
    }
}
