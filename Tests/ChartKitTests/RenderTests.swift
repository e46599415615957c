import BarChart
import StackedChart
import ChartKit
import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

enum XMLCheck {
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            elements.append(elementName)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    /// Parses the SVG as XML; throws when it is not well-formed. Returns element names and all text.
    @discardableResult
    static func parse(_ svg: String) throws -> (elements: [String], text: String) {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw NSError(domain: "XMLCheck", code: 1, userInfo: [NSLocalizedDescriptionKey:
                "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)"])
        }
        return (collector.elements, collector.text)
    }
}

/// Width, height and a crude "is anything drawn" measure of a PNG.
enum PNGInfo {
    static func size(_ data: Data) -> (Int, Int)? {
        let b = [UInt8](data.prefix(24))
        guard b.count == 24, b[0] == 0x89, b[1] == 0x50, b[12] == 0x49, b[13] == 0x48 else { return nil }
        func be(_ i: Int) -> Int { Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) }
        return (be(16), be(20))
    }
}

final class RenderTests: XCTestCase {
    static let rsvg = "/usr/bin/rsvg-convert"

    func rsvgConvert(_ svg: String, name: String) throws -> Data {
        guard FileManager.default.isExecutableFile(atPath: Self.rsvg) else {
            throw XCTSkip("needs rsvg-convert (apt-get install librsvg2-bin)")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-chart-tests-\(getpid())-\(name)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("\(name).svg"), output = dir.appendingPathComponent("\(name).png")
        try svg.write(to: input, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.rsvg)
        p.arguments = ["-o", output.path, input.path]
        let err = Pipe()
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 0, "rsvg-convert \(name): \(message)")
        return try Data(contentsOf: output)
    }

    /// Every golden SVG renders with rsvg-convert to a PNG of the canvas size that is far from blank
    /// (compressed at least twice as large as the empty canvas of the same size and theme).
    func testEverySVGRendersWithRsvgConvert() throws {
        var blanks: [String: Int] = [:]
        for c in ChartCase.all {
            let svg = try c.plugin.init().renderSVG(c.spec)
            let png = try rsvgConvert(svg, name: c.name)
            let size = PNGInfo.size(png)
            XCTAssertEqual(size?.0, c.spec.options.size.width, c.name)
            XCTAssertEqual(size?.1, c.spec.options.size.height, c.name)
            let key = "\(c.spec.options.size)-\(c.spec.options.theme)"
            if blanks[key] == nil {
                let empty = SVGDocument(size: c.spec.options.size, theme: c.spec.options.theme).render()
                blanks[key] = try rsvgConvert(empty, name: "blank-\(key)").count
            }
            XCTAssertGreaterThan(png.count, blanks[key]! * 2, "\(c.name) looks blank")
            if let dir = ProcessInfo.processInfo.environment["INNSPILL_CHART_PNG"] {
                try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                try PNGRasterizer.render(svg: svg).write(to: URL(fileURLWithPath: dir).appendingPathComponent("\(c.name).png"))
            }
        }
    }

    /// The note under a cut bar chart: those left out of one value say so plainly ("og 3 til med 1 hver"), a slide's
    /// audience could not read "(sum 3; 3 av dem har også 1)"; of several values, their sum and the ties at the cut.
    func testTheNoteOfBarsLeftOutSaysWhatTheyHave() throws {
        let tiedAtOne = Fixtures.counts([("Bodø", 5), ("Tromsø", 3), ("Vik", 1), ("Voss", 1), ("Stryn", 1), ("Stord", 1)])
        var spec = tiedAtOne
        spec.options.top = 3
        let text = try BarChart().renderText(spec, width: 80, color: false)
        XCTAssertTrue(text.contains("og 3 til med 1 hver"), text)
        spec.language = .en
        XCTAssertTrue(try BarChart().renderText(spec, width: 80, color: false).contains("and 3 more with 1 each"))
        var mixed = Fixtures.counts([("Bodø", 5), ("Tromsø", 3), ("Vik", 2), ("Voss", 2), ("Stryn", 1)])
        mixed.options.top = 3
        let note = try BarChart().renderText(mixed, width: 80, color: false)
        XCTAssertTrue(note.contains("og 2 til (sum 3; 1 av dem har også 2)"), note)
    }

    func testPNGRasterizerRendersAtTwiceTheSize() throws {
        let c = ChartCase.all[0]
        let png = try PNGRasterizer.render(svg: try c.plugin.init().renderSVG(c.spec))
        let size = try XCTUnwrap(PNGInfo.size(png))
        XCTAssertEqual(size.0, 2560)
        XCTAssertEqual(size.1, 1440)
    }

    func testPNGRasterizerReportsBadSVG() {
        XCTAssertThrowsError(try PNGRasterizer.render(svg: "<svg width=\"10\" height=\"10\"><unclosed")) { error in
            XCTAssertEqual((error as? ChartError)?.code, .rasterizer)
        }
    }

    func testRegistryWritesFilesByExtension() throws {
        let registry = ChartRegistry(Plugins.all)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-chart-write-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for ext in ["svg", "png", "txt"] {
            let url = dir.appendingPathComponent("tema.\(ext)")
            try registry.write("bar", Fixtures.themes, to: url)
            XCTAssertGreaterThan(try Data(contentsOf: url).count, 100, ext)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), ["tema.png", "tema.svg", "tema.txt"])
        XCTAssertThrowsError(try registry.write("bar", Fixtures.themes, to: dir.appendingPathComponent("tema.jpg")))
        XCTAssertThrowsError(try registry.write("bar", Fixtures.themes, to: URL(fileURLWithPath: "/nonexistent-dir/x.svg"))) {
            XCTAssertEqual(($0 as? ChartError)?.code, .io)
        }
    }
}

/// `chart stacked mode=percent` of a crosstab whose units count under several columns (tags): each bar is a share of
/// its row's contributions, named with them (ux26: it said "n = 72", the tags given, of 66 contributions).
final class StackedSharesTests: XCTestCase {
    private func spec(rowUnits: [String: Double]) -> ChartSpec {
        var spec = ChartSpec(shape: .crosstab, columns: ["corpus", "tags", "count"],
                             rows: [[.text("2025"), .text("økonomi"), .number(11)], [.text("2025"), .text("tid"), .number(11)],
                                    [.text("2024"), .text("økonomi"), .number(12)], [.text("2024"), .text("tid"), .number(10)]])
        spec.options.extra = ["mode": "percent"]
        spec.rowUnits = rowUnits
        return spec
    }

    func testSharesOfARowsUnitsStandSideBySide() throws {
        let text = try StackedChart().renderText(spec(rowUnits: ["2025": 66, "2024": 42]), width: 80, color: false)
        XCTAssertTrue(text.contains("2025 (n\u{00A0}=\u{00A0}66)"), text)
        XCTAssertTrue(text.contains("17\u{00A0}%"), text)
        XCTAssertTrue(text.contains("29\u{00A0}%"), text)
        let svg = try StackedChart().draw(spec(rowUnits: ["2025": 66, "2024": 42])).render()
        XCTAssertTrue(svg.contains("(n\u{00A0}=\u{00A0}42)"), "the SVG names its rows' contributions too")
    }

    /// Seminars stand in the order they were held, as in other charts (ux26: the larger one came first), unless a sort
    /// is asked for.
    func testSeminarsStandInTheOrderTheyWereHeld() throws {
        var held = ChartSpec(shape: .crosstab, columns: ["corpus", "tags", "count"],
                             rows: [[.text("2025"), .text("økonomi"), .number(20)], [.text("2024"), .text("økonomi"), .number(5)]])
        held.categoryOrder = ["2024", "2025"]
        let text = try StackedChart().renderText(held, width: 80, color: false)
        let first = try XCTUnwrap(text.range(of: "2024")), second = try XCTUnwrap(text.range(of: "2025"))
        XCTAssertLessThan(first.lowerBound, second.lowerBound, text)
        held.options.sort = .value
        let bySize = try StackedChart().renderText(held, width: 80, color: false)
        XCTAssertLessThan(try XCTUnwrap(bySize.range(of: "2025")).lowerBound, try XCTUnwrap(bySize.range(of: "2024")).lowerBound, bySize)
    }

    /// Where each row's counts are its units (every unit under one column), the bars stack to 100 % as before.
    func testCountsThatAreTheUnitsStackTo100Percent() throws {
        let text = try StackedChart().renderText(spec(rowUnits: ["2025": 22, "2024": 22]), width: 80, color: false)
        XCTAssertTrue(text.contains("2025"), text)
        XCTAssertFalse(text.contains("n\u{00A0}="), "a stacked row ends with its total, as before: \(text)")
    }
}
