import ChartKit
import Foundation
import XCTest

/// Odd tables give a chart or a ChartError, never a crash, and never text off the canvas.
final class RobustnessTests: XCTestCase {
    static let odd: [(String, [String], [[ChartCell]], [String])] = [
        ("empty", ["a", "b", "c"], [], []),
        ("one column", ["a"], [[.text("x")], [.text("y")]], []),
        ("ragged", ["a", "b", "c", "d"], [[.text("x")], [.text("y"), .number(2)], [], [.number(1), .number(2), .number(3), .number(4)]], []),
        ("non-finite", ["a", "b", "c"], [[.text("x"), .number(.nan), .number(.infinity)], [.text("y"), .number(-.infinity), .number(1e308)]], []),
        ("huge", ["a", "b", "c", "d"], [[.number(1e300), .number(-1e300), .number(1e300), .number(1e300)]], ["a", "b"]),
        ("blank labels", ["a", "b", "c"], [[.text(""), .text(""), .number(1)], [.text(" "), .empty, .number(2)]], []),
        ("text numbers", ["a", "b", "c"], [[.text("12,5"), .text("3"), .text("4")], [.text("09:30"), .text("x"), .text("5")]], []),
        ("times", ["a", "b", "c"], [[.time(0), .text("s"), .number(1)], [.time(1e12), .text("s"), .number(2)]], []),
        ("wide chars", ["a", "b", "c"], [[.text("日本語のラベル😀"), .text("한국어"), .number(3)], [.text("e\u{301}\u{301}\u{301}"), .text("\u{200B}"), .number(1)]], []),
        ("self loops", ["a", "b", "c"], [[.text("x"), .text("x"), .number(1)], [.text("x"), .text("x"), .number(2)]], []),
        ("bad tree", ["l", "r", "h", "s"], [[.number(0), .number(7), .number(1), .number(2)]], ["a", "b"]),
        ("zero tree", ["l", "r", "h", "s"], [[.number(0), .number(1), .number(0), .number(2)], [.number(2), .number(3), .number(0), .number(3)]], ["a", "b", "c"]),
    ]

    func testOddTablesNeverCrash() throws {
        for plugin in Plugins.all {
            for shape in ChartShape.allCases {
                for (name, columns, rows, leaves) in Self.odd {
                    var spec = ChartSpec(shape: shape, columns: columns, rows: rows, title: name, leafLabels: leaves)
                    for size in [ChartSize.slide, ChartSize(width: 200, height: 200)] {
                        spec.options.size = size
                        do {
                            let doc = try plugin.init().draw(spec)
                            XCTAssertTrue(doc.textOffCanvas.isEmpty, "\(plugin.id) \(shape) \(name) \(size): \(doc.textOffCanvas.map(\.text))")
                            XCTAssertNoThrow(try XMLCheck.parse(doc.render()), "\(plugin.id) \(name)")
                        } catch let error as ChartError {
                            XCTAssertFalse(error.message.isEmpty)
                        }
                    }
                    for width in [1, 20, 80] {
                        do {
                            _ = try plugin.init().renderText(spec, width: width, color: width == 80)
                        } catch let error as ChartError {
                            XCTAssertFalse(error.message.isEmpty)
                        }
                    }
                }
            }
        }
    }
}
