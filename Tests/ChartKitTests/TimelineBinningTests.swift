import ChartKit
import Foundation
@testable import TimelineChart
import XCTest

/// `bin=auto`: units' own times (rows of 1) are counted in intervals, fewer than half as many as the units; a series
/// already counted is drawn as it is.
final class TimelineBinningTests: XCTestCase {
    private func spec(minutes: [Int], value: Double = 1) -> ChartSpec {
        let start = TimeFormat.parse("2024-03-14T08:00Z")!
        let rows: [[ChartCell]] = minutes.map { [.time(start + Double($0 * 60)), .text("innspill"), .number(value)] }
        return ChartSpec(shape: .timeSeries, columns: ["posted", "series", "innspill"], rows: rows, title: "Innspill over tid")
    }

    private func interval(_ spec: ChartSpec) throws -> String? {
        let text = try TimelineChart().renderText(spec, width: 80, color: false)
        return text.split(separator: "\n").first { $0.contains("intervall:") }.map { String($0.trimmingCharacters(in: .whitespaces)) }
    }

    func testUnitsTimesAreCountedInIntervals() throws {
        XCTAssertEqual(try interval(spec(minutes: Array(stride(from: 0, to: 200, by: 5)))), "intervall: 10 min", "40 units over 195 minutes")
        XCTAssertEqual(try interval(spec(minutes: [0, 4, 9, 12])), "intervall: 5 min", "4 units over 12 minutes: not a spike each")
        XCTAssertNil(try interval(spec(minutes: Array(stride(from: 0, to: 240, by: 20)), value: 3)), "a counted series stays as it is")
    }

    /// Beside named series, the units without a value are the series "(ingen)", last in the legend. (Its swatch had no
    /// label.)
    func testTheSeriesOfUnitsWithoutAValueIsNamedAndLast() throws {
        let start = TimeFormat.parse("2024-03-14T08:00Z")!
        let rows: [[ChartCell]] = [(0, ""), (5, "Gruppe 1"), (10, ""), (15, "Gruppe 2"), (20, "")].map { minute, group in
            [.time(start + Double(minute * 60)), .text(group), .number(1)]
        }
        var spec = ChartSpec(shape: .timeSeries, columns: ["posted", "group", "innspill"], rows: rows, title: "Innspill over tid")
        let rowNames = { (text: String) in text.split(separator: "\n").map { String($0.prefix { $0 != " " && $0 != "█" }) } }
        let text = try TimelineChart().renderText(spec, width: 100, color: false)
        XCTAssertEqual(rowNames(text).filter { $0.hasPrefix("Gruppe") || $0.hasPrefix("(") }, ["Gruppe", "Gruppe", "(ingen)"], text)
        spec.language = .en
        spec.noValueLabel = "(no group)"
        XCTAssertTrue(try TimelineChart().renderText(spec, width: 100, color: false).contains("(no group)"))
        let svg = try TimelineChart().draw(spec).render()
        XCTAssertTrue(svg.contains("(no group)"), "the picture's legend names it too")
    }

    /// The series stand in the order they start, as a seminar's rounds were held, not by size (sort=value for that).
    func testSeriesStandInTheOrderTheyStart() throws {
        let start = TimeFormat.parse("2025-05-05T09:00Z")!
        let rows: [[ChartCell]] = [(130, "Gruppedialog 2"), (10, "Gruppedialog 1"), (140, "Gruppedialog 2"), (150, "Gruppedialog 2")]
            .map { minute, section in [.time(start + Double(minute * 60)), .text(section), .number(1)] }
        var spec = ChartSpec(shape: .timeSeries, columns: ["posted", "section", "innspill"], rows: rows, title: "Innspill over tid")
        XCTAssertEqual(try TimelineChart().prepare(spec).series, ["Gruppedialog 1", "Gruppedialog 2"])
        spec.options.sort = .value
        XCTAssertEqual(try TimelineChart().prepare(spec).series, ["Gruppedialog 2", "Gruppedialog 1"])
    }
}

/// The interval a timeline counts in, named on the chart in each language ("innspill per 10 minutter").
final class IntervalWordsTests: XCTestCase {
    func testIntervalsAreNamedInEachLanguage() {
        XCTAssertEqual(Words.per(seconds: 600, .nb), "per 10 minutter")
        XCTAssertEqual(Words.per(seconds: 600, .nn), "per 10 minutt")
        XCTAssertEqual(Words.per(seconds: 60, .en), "per minute")
        XCTAssertEqual(Words.per(seconds: 7200, .nn), "per 2 timar")
        XCTAssertEqual(Words.per(seconds: 86_400, .nb), "per dag")
        XCTAssertEqual(Words.per(seconds: 604_800, .nn), "per veke")
        XCTAssertEqual(Words.per(seconds: 2_592_000, .en), "per 30 days")
    }
}
