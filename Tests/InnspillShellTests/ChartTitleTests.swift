import InnspillCore
import XCTest
@testable import InnspillShell

/// A chart's default title says what its bars measure, in the chart's language.
final class ChartTitleTests: XCTestCase {
    private func table(_ columns: [String]) -> Table {
        Table(title: "", columns: columns.map { Column($0) }, shape: .categoryCounts)
    }

    func testTheTitleNamesWhatTheBarsMeasure() {
        XCTAssertEqual(ChartTitles.title(for: table(["municipality", "count", "share", "groups"]), lang: .nb), "Innspill per kommune")
        XCTAssertEqual(ChartTitles.title(for: table(["county", "count"]), lang: .en), "Contributions by county")
        // `coverage` draws its groups column: groups per word, not contributions. (It said "Innspill per ord".)
        XCTAssertEqual(ChartTitles.title(for: table(["term", "groups", "units", "hits", "which groups"]), lang: .nb), "Grupper per ord")
        XCTAssertEqual(ChartTitles.title(for: table(["term", "groups", "units", "hits", "which groups"]), lang: .en), "Groups by word")
        XCTAssertEqual(ChartTitles.title(for: table(["tag", "units"]), lang: .nn), "Innspel per merkelapp")
        // `group by county` drawn by its municipalities: how many took part, in the plural.
        XCTAssertEqual(ChartTitles.title(for: table(["county", "municipalities", "count"]), lang: .nb), "Kommuner per fylke")
        XCTAssertEqual(ChartTitles.title(for: table(["county", "municipalities", "count"]), lang: .nn), "Kommunar per fylke")
    }

    /// `value=groups` draws the groups column: the table's columns are reordered so the chart and its title measure it.
    func testValueChoosesTheCountAChartDraws() throws {
        var counts = Table(title: "", columns: [Column("cluster"), Column("count", .integer), Column("share", .number), Column("groups", .integer)],
                           shape: .categoryCounts)
        counts.rows = [[.text("Økonomi"), .integer(19), .number(0.13), .integer(16)], [.text("Samarbeid"), .integer(29), .number(0.2), .integer(13)]]
        let measured = try ChartBridge.measuring(counts, by: "grupper", lang: .nb)
        XCTAssertEqual(measured.columns.map(\.name), ["cluster", "groups", "count", "share"])
        XCTAssertEqual(measured.rows.map { $0[1] }, [.integer(16), .integer(13)])
        XCTAssertEqual(ChartTitles.title(for: measured, lang: .nb), "Grupper per tema")
        XCTAssertThrowsError(try ChartBridge.measuring(counts, by: "cluster", lang: .nb), "a label is no count")
        var cross = Table(title: "", columns: [Column("cluster"), Column("corpus"), Column("count", .integer), Column("share", .number)],
                          shape: .crosstab)
        cross.rows = [[.text("Økonomi"), .text("s2020"), .integer(3), .number(0.5)]]
        XCTAssertEqual(ChartTitles.title(for: try ChartBridge.measuring(cross, by: "share", lang: .en), lang: .en), "Share by theme and seminar")
    }
}
