import Foundation
import XCTest
@testable import InnspillCore

/// The byte paths of reading a file give what the general code gives.
final class DecodingFastPathTests: XCTestCase {
    private let samples: [[UInt8]] = [
        Array("a\r\nb\rc\n\r\nø".utf8), Array("ingen endring\n".utf8), Array("\r".utf8), Array("\r\n\r\n".utf8), [],
        [0xEF, 0xBB, 0xBF] + Array("Bodø\r\nTromsø".utf8), Array("12345678æøå12345678\r".utf8),
        Array("ok\n".utf8) + [0xC3] + Array("\r\nx".utf8), [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF5, 0x80, 0x80], Array("Bodø".utf8) + [0xE6, 0x20, 0xF8], [0xFF, 0xFE, 0x41, 0x00, 0x0D, 0x00, 0x0A, 0x00],
        Array("😀 lang linje uten feil, bare ASCII og litt mer\r\n".utf8),
    ]

    func testDecodingWithUnixLineEndsMatchesDecodeThenLineEnds() throws {
        for bytes in samples {
            let data = Data(bytes)
            let general = try TextDecoding.decode(data, path: "f")
            let fast = try TextDecoding.decodeWithUnixLineEnds(data, path: "f")
            XCTAssertEqual(Array(fast.text.utf8), Array(TextDecoding.unixLineEnds(general.text).utf8), "\(bytes)")
            XCTAssertEqual(fast.encoding, general.encoding, "\(bytes)")
            XCTAssertEqual(fast.warnings, general.warnings, "\(bytes)")
        }
    }

    /// Text with combining marks (NFD: "a" + U+030A) is read composed, so a regex for "fått" finds it (probe28: it kept
    /// the marks in the text, and `filter text ~ /fått/` matched nothing).
    func testCombiningMarksAreComposed() throws {
        let decomposed = "Vi har fa\u{30A}tt to Va\u{30A}ga\u{30A}.\r\n"
        let text = try TextDecoding.decodeWithUnixLineEnds(Data(decomposed.utf8), path: "f").text
        XCTAssertEqual(Array(text.utf8), Array("Vi har fått to Vågå.\n".utf8))
        let corpus = try loadFixture("Gruppe 1: Elverum\n\nVi har fa\u{30A}tt ny rektor.\n", name: "nfd.txt")
        XCTAssertTrue(corpus.units.contains { $0.text.utf8.elementsEqual("Vi har fått ny rektor.".utf8) })
    }

    func testValidUTF8AgreesWithTheStandardLibrary() {
        for bytes in samples + [[0xC2], [0xC2, 0xA0], [0xF0, 0x9F, 0x98], Array(repeating: 0x41, count: 15) + [0x80]] {
            let valid = bytes.withUnsafeBufferPointer(TextDecoding.isValidUTF8)
            XCTAssertEqual(valid, String(validating: bytes, as: UTF8.self) != nil, "\(bytes)")
        }
    }

    func testTrimmedOnBytesMatchesCharacters() {
        for text in ["", "  ", " \t\u{A0}x ", "\u{A0}\u{A0}Bodø", "  Østre Toten", " \u{301}a", "\u{A0}\u{301}", "x  ", "\t\r\nx", "  \r\n"] {
            let line = SourceLine(number: 1, text: text[...])
            let expected = text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
            XCTAssertEqual(line.trimmed, expected, "\(Array(text.unicodeScalars))")
            // Lines are slices of the file's text: the same answer in the middle of a larger text.
            let file = "før\n" + text + "\netter"
            let start = file.index(file.startIndex, offsetBy: 4), end = file.index(start, offsetBy: text.count)
            XCTAssertEqual(SourceLine(number: 2, text: file[start ..< end]).trimmed, expected, "\(Array(text.unicodeScalars)) in a file")
        }
    }

    func testLineStartsAndISODates() {
        let source = SourceText("a\n\nbø\nc")
        XCTAssertEqual(source.lineCount, 4)
        XCTAssertEqual(source.lines(2 ... 4), "\nbø\nc")
        XCTAssertEqual(ISODate.parse(" 2023-02-09 09:00:17\u{A0}"), ISODate.make(year: 2023, month: 2, day: 9, hour: 9, minute: 0, second: 17))
        XCTAssertNil(ISODate.parse("\n2023-02-09"), "line breaks are not trimmed, as with .whitespaces")
    }
}
