import BarChart
import DendrogramChart
import HeatmapChart
import NetworkChart
import StackedChart
import TimelineChart
import WordCloudChart
import ChartKit
import Foundation
import XCTest

enum Plugins {
    static let all: [any ChartPlugin.Type] = [BarChart.self, StackedChart.self, HeatmapChart.self, TimelineChart.self, WordCloudChart.self, DendrogramChart.self, NetworkChart.self]
}

final class RegistryTests: XCTestCase {
    let registry = ChartRegistry(Plugins.all)

    func testListsEveryPluginWithOptions() {
        XCTAssertEqual(registry.ids, Plugins.all.map { $0.id })
        for entry in registry.listing {
            XCTAssertFalse(entry.summary.isEmpty, entry.id)
            XCTAssertFalse(entry.shapes.isEmpty, entry.id)
        }
    }

    func testHelpListsOptions() throws {
        let help = try registry.help("bar")
        XCTAssertTrue(help.contains("orientation=horizontal (horizontal|vertical)"))
        XCTAssertTrue(help.contains("size=slide"))
        XCTAssertTrue(help.contains("categoryCounts"))
    }

    func testUnknownPluginNamesTheAvailableOnes() {
        XCTAssertThrowsError(try registry.plugin("pie")) { error in
            let e = error as? ChartError
            XCTAssertEqual(e?.code, .unknownPlugin)
            XCTAssertTrue(e?.message.contains("bar") ?? false)
        }
    }

    func testParsesOptions() throws {
        let o = try registry.options(for: "bar", arguments: ["top": "10", "size": "1024x768", "theme": "dark",
                                                             "sort": "label", "orientation": "Vertical"])
        XCTAssertEqual(o.top, 10)
        XCTAssertEqual(o.size, ChartSize(width: 1024, height: 768))
        XCTAssertEqual(o.theme, .dark)
        XCTAssertEqual(o.sort, .label)
        XCTAssertEqual(o.extra["orientation"], "vertical")
        XCTAssertEqual(try registry.options(for: "bar", arguments: ["size": "a4"]).size, .a4)
    }

    func testConfiguresTitlesAndOptions() throws {
        let spec = try registry.configure(Fixtures.themes, for: "bar",
                                          arguments: ["title": "Tema", "subtitle": "Under", "lang": "en", "top": "3"])
        XCTAssertEqual(spec.title, "Tema")
        XCTAssertEqual(spec.subtitle, "Under")
        XCTAssertEqual(spec.language, .en)
        XCTAssertEqual(spec.options.top, 3)
        XCTAssertThrowsError(try registry.configure(Fixtures.themes, for: "bar", arguments: ["lang": "sv"]))
    }

    func testRejectsBadOptionsWithAMessage() {
        for args in [["top": "0"], ["top": "ti"], ["size": "huge"], ["size": "10x10"], ["theme": "pink"],
                     ["orientation": "diagonal"], ["colour": "red"]] {
            XCTAssertThrowsError(try registry.options(for: "bar", arguments: args)) { error in
                XCTAssertEqual((error as? ChartError)?.code, .badOption, "\(args)")
            }
        }
    }

    /// An unsuitable table names the shapes the plugin accepts.
    func testUnsuitableTableNamesAcceptedShapes() {
        let tree = Fixtures.tree(leaves: 4)
        for plugin in Plugins.all where !plugin.shapes.contains(.mergeTree) {
            XCTAssertThrowsError(try plugin.init().renderSVG(tree)) { error in
                let e = error as? ChartError
                XCTAssertEqual(e?.code, .unsuitableTable, plugin.id)
                for shape in plugin.shapes { XCTAssertTrue(e?.message.contains(shape.rawValue) ?? false, plugin.id) }
            }
            XCTAssertThrowsError(try plugin.init().renderText(tree, width: 80, color: false))
        }
    }

    /// Text from the data cannot inject markup: the SVG stays well-formed and has no script element.
    func testEscapesEverythingFromTheData() throws {
        for plugin in Plugins.all {
            let spec: ChartSpec
            switch plugin.shapes[0] {
            case .categoryCounts, .weightedTerms:
                var s = Fixtures.hostile
                s.shape = plugin.shapes[0]
                spec = s
            case .crosstab:
                spec = ChartSpec(shape: .crosstab, columns: ["<a>", "&b", "n"], rows: [
                    [.text("<script>alert(1)</script>"), .text("A & B"), .number(2)],
                    [.text("x\"y'z"), .text("]]>"), .number(1)],
                ], title: "<script>", source: "& <")
            case .timeSeries:
                spec = ChartSpec(shape: .timeSeries, columns: ["t", "s", "n"], rows: [
                    [.text("2023-02-09T09:00Z"), .text("<script>alert(1)</script>"), .number(2)],
                    [.text("2023-02-09T10:00Z"), .text("A & B"), .number(3)],
                ], title: "<script>", source: "& <")
            case .mergeTree:
                spec = ChartSpec(shape: .mergeTree, columns: ["l", "r", "h", "s"],
                                 rows: [[.number(0), .number(1), .number(1), .number(2)]], title: "<script>",
                                 leafLabels: ["<script>alert(1)</script>", "A & B"])
            case .edgeList:
                spec = ChartSpec(shape: .edgeList, columns: ["s", "t", "w"], rows: [
                    [.text("<script>alert(1)</script>"), .text("A & B"), .number(2)],
                ], title: "<script>")
            }
            let svg = try plugin.init().renderSVG(spec)
            let parsed = try XMLCheck.parse(svg)
            XCTAssertFalse(parsed.elements.contains("script"), plugin.id)
            XCTAssertFalse(svg.contains("<script"), plugin.id)
            XCTAssertTrue(parsed.text.contains("<script>") || parsed.text.contains("&"), plugin.id)
        }
    }

    func testEscapeFunction() {
        XCTAssertEqual(SVGDocument.escape("<a href='x'>&\"\u{0}\u{7}ø</a>"), "&lt;a href=&#39;x&#39;&gt;&amp;&quot;ø&lt;/a&gt;")
    }
}

final class ScaleTests: XCTestCase {
    func testNiceTicks() {
        XCTAssertEqual(NiceTicks.ticks(low: 0, high: 14, count: 5), [0, 5, 10, 15])
        XCTAssertEqual(NiceTicks.ticks(low: 0, high: 0, count: 5), [0, 1])
        XCTAssertEqual(NiceTicks.ticks(low: 0, high: 1, count: 4), [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(NiceTicks.ticks(low: -3, high: 7, count: 5), [-4, -2, 0, 2, 4, 6, 8])
    }

    func testNumberLabels() {
        XCTAssertEqual(NumberFormat.label(12345, language: .nb), "12\u{202F}345")
        XCTAssertEqual(NumberFormat.label(12345, language: .en), "12,345")
        XCTAssertEqual(NumberFormat.label(2.5, language: .nb), "2,5")
        XCTAssertEqual(NumberFormat.label(-2, language: .en), "−2")
        XCTAssertEqual(NumberFormat.label(1234, language: .nb), "1234")
    }

    func testTimes() {
        let t = TimeFormat.parse("2023-02-09T09:12Z")!
        XCTAssertEqual(TimeFormat.iso(t), "2023-02-09T09:12:00Z")
        XCTAssertEqual(TimeFormat.clock(t), "09:12")
        XCTAssertEqual(TimeFormat.day(t, language: .nb), "9.2.2023")
        XCTAssertNil(TimeFormat.parse("9. februar"))
    }

    /// The hand-written Norwegian offset agrees with the tz database where the machine has one.
    func testOsloOffsetMatchesTimeZone() throws {
        let zone = try XCTUnwrap(TimeZone(identifier: "Europe/Oslo"))
        var t = TimeFormat.parse("2019-01-01")!
        while t < TimeFormat.parse("2027-01-01")! {
            XCTAssertEqual(TimeFormat.osloOffset(t), zone.secondsFromGMT(for: Date(timeIntervalSince1970: t)), TimeFormat.iso(t))
            t += 3600 * 7
        }
    }

    func testFontMetricsShortenAndWrap() {
        XCTAssertEqual(FontMetrics.width("", size: 18), 0)
        XCTAssertGreaterThan(FontMetrics.width("Ø", size: 18, bold: true), FontMetrics.width("Ø", size: 18))
        let label = "Økonomi og finansiering av kulturskoletilbudet i små distriktskommuner"
        let short = FontMetrics.shorten(label, toFit: 200, size: 18)
        XCTAssertTrue(short.hasSuffix("…"))
        XCTAssertLessThanOrEqual(FontMetrics.width(short, size: 18), 200)
        let lines = FontMetrics.wrap(label, width: 300, size: 18, maxLines: 2)
        XCTAssertEqual(lines.count, 2)
        for l in lines { XCTAssertLessThanOrEqual(FontMetrics.width(l, size: 18), 300) }
    }

    func testNorwegianOrder() {
        XCTAssertEqual(["Ålesund", "Ørland", "Æra", "Bodø", "Zeta"].sorted(by: NorwegianOrder.less),
                       ["Bodø", "Zeta", "Æra", "Ørland", "Ålesund"])
    }

    func testTextCanvasBlocks() {
        XCTAssertEqual(TextCanvas.bar(0.5, width: 4), "██")
        XCTAssertEqual(TextCanvas.bar(0.5, width: 1), "▌")
        XCTAssertEqual(TextCanvas.sparkline([0, 1, 8]), " ▁█")
        XCTAssertEqual(DisplayWidth.of(TextCanvas.bar(0.33, width: 10)), 4)
    }
}
