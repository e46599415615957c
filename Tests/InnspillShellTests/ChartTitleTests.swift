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
    }
}
