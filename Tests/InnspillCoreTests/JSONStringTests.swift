import Foundation
import XCTest
@testable import InnspillCore

/// JSON strings are escaped on UTF-8 bytes; the escapes are JSON's, scalar by scalar.
final class JSONStringTests: XCTestCase {
    /// The definition, a scalar at a time: what the byte-level writer must give.
    private func reference(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    func testEscapesAgreeWithTheDefinitionAndReadBack() throws {
        let pieces = ["", "Bodø", "\"", "\\", "\n", "\r\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}",
                      "\u{2027}", "\u{202A}", "–", "æøå ÆØÅ", "🎻", "e\u{301}", "a\"b\\c", " "]
        // Every piece beside every other, and longer mixes picked by a fixed rule (the same every run).
        var samples = pieces.flatMap { a in pieces.map { a + $0 } }
        for i in 0 ..< 2_000 {
            samples.append((0 ..< (1 + i % 8)).map { k in pieces[(i * 7 + k * 13 + k * k) % pieces.count] }.joined())
        }
        for s in samples {
            let written = JSON.string(s)
            XCTAssertEqual(written, reference(s), "\(Array(s.unicodeScalars))")
            let read = try JSONSerialization.jsonObject(with: Data("[\(written)]".utf8)) as? [String]
            XCTAssertEqual(read, [s], "reads back: \(Array(s.unicodeScalars))")
        }
    }
}
