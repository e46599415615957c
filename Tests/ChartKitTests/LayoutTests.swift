import ChartKit
import Foundation
import XCTest

final class LayoutTests: XCTestCase {
    static let sizes: [ChartSize] = [.slide, .wide, .square, .a4, ChartSize(width: 640, height: 360)]

    /// No two text boxes overlap and none runs off the canvas, by the layout's own measurements.
    func testNoTextOverlapsOrLeavesTheCanvas() throws {
        for c in ChartCase.all {
            for size in Self.sizes {
                var spec = c.spec
                spec.options.size = size
                let doc = try c.plugin.init().draw(spec)
                for (a, b) in doc.overlappingText {
                    XCTFail("\(c.name) at \(size): \"\(a.text)\" \(a.box) overlaps \"\(b.text)\" \(b.box)")
                }
                for t in doc.textOffCanvas {
                    XCTFail("\(c.name) at \(size): \"\(t.text)\" \(t.box) runs off the \(size) canvas")
                }
                XCTAssertFalse(doc.textBoxes.isEmpty, c.name)
            }
        }
    }

    /// Every line of text output fits the width asked for, counted in terminal cells.
    func testTextFitsWidth() throws {
        for c in ChartCase.all {
            for width in [24, 40, 80, 132] {
                for color in [false, true] {
                    let text = try c.plugin.init().renderText(c.spec, width: width, color: color)
                    for line in text.split(separator: "\n") {
                        let visible = Self.stripANSI(String(line))
                        XCTAssertLessThanOrEqual(DisplayWidth.of(visible), max(20, width), "\(c.name) at \(width): \(visible)")
                    }
                    if !color { XCTAssertFalse(text.contains("\u{1B}"), "\(c.name): colour without asking") }
                }
            }
        }
    }

    static func stripANSI(_ s: String) -> String {
        var out = ""
        var inEscape = false
        for u in s.unicodeScalars {
            if inEscape { if u == "m" { inEscape = false }; continue }
            if u == "\u{1B}" { inEscape = true; continue }
            out.unicodeScalars.append(u)
        }
        return out
    }

    func testSVGHasTheRequiredParts() throws {
        for c in ChartCase.all {
            let svg = try c.plugin.init().renderSVG(c.spec)
            let w = c.spec.options.size.width, h = c.spec.options.size.height
            XCTAssertTrue(svg.contains("width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" role=\"img\""), c.name)
            XCTAssertTrue(svg.contains("<title id=\"chart-title\">"), c.name)
            XCTAssertTrue(svg.contains("<desc id=\"chart-desc\">"), c.name)
            XCTAssertTrue(svg.contains("font-family=\"'DejaVu Sans'"), c.name)
            XCTAssertTrue(svg.contains(SVGDocument.escape(Fixtures.source)) || !c.spec.source.contains("Dialogseminar 9.2"), c.name)
            XCTAssertNoThrow(try XMLCheck.parse(svg), c.name)
        }
    }
}
