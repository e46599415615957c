import ChartKit
import Foundation
import XCTest

/// Compares output with files under Golden/; INNSPILL_UPDATE_GOLDEN=1 rewrites them (then look at the diff).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["INNSPILL_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, _ file: String, line: UInt = #line) {
        let url = directory.appendingPathComponent(file)
        if updating {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing golden \(file); run with INNSPILL_UPDATE_GOLDEN=1 and review it", line: line)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let i = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            XCTFail("\(file) differs at line \(i + 1):\n expected: \(i < e.count ? e[i] : "<end>")\n actual:   \(i < a.count ? a[i] : "<end>")", line: line)
        }
    }
}

final class GoldenTests: XCTestCase {
    func testTextGoldens() throws {
        for c in ChartCase.all {
            let plugin = c.plugin.init()
            Golden.check(try plugin.renderText(c.spec, width: 80, color: false), "\(c.name).txt")
        }
    }

    func testNarrowTextGoldens() throws {
        for c in ChartCase.all where c.spec.options.size == .slide && c.spec.options.extra.isEmpty {
            let plugin = c.plugin.init()
            Golden.check(try plugin.renderText(c.spec, width: 44, color: false), "\(c.name)-44.txt")
        }
    }

    /// ANSI colour, for the one case where a person looked at it in a terminal.
    func testColorTextGoldens() throws {
        for name in ["bar-themes", "stacked-sections", "heatmap-sections"] {
            let c = try XCTUnwrap(ChartCase.all.first { $0.name == name })
            Golden.check(try c.plugin.init().renderText(c.spec, width: 80, color: true), "\(c.name)-color.ansi")
        }
    }

    func testSVGGoldens() throws {
        for c in ChartCase.all {
            Golden.check(try c.plugin.init().renderSVG(c.spec), "\(c.name).svg")
        }
    }

    func testOutputIsDeterministic() throws {
        for c in ChartCase.all {
            let p = c.plugin.init()
            XCTAssertEqual(try p.renderSVG(c.spec), try p.renderSVG(c.spec), c.name)
            XCTAssertEqual(try p.renderText(c.spec, width: 80, color: true), try p.renderText(c.spec, width: 80, color: true), c.name)
        }
    }
}
