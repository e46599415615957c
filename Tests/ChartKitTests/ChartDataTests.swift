import ChartKit
import XCTest

/// The typed views of a chart's table.
final class ChartDataTests: XCTestCase {
    /// A crosstab's columns of numbers (clusters) stand in their order, not where a table sorted by count first names
    /// them; columns of names keep the table's order.
    func testNumberedColumnsStandInTheirOrder() throws {
        let rows: [[ChartCell]] = [
            [.text("seminar2025"), .number(1), .number(15)], [.text("seminar2025"), .number(2), .number(17)],
            [.text("seminar2025"), .number(10), .number(8)], [.text("pilot2020"), .number(3), .number(22)],
            [.text("pilot2020"), .number(1), .number(10)],
        ]
        let matrix = try ChartData.matrix(ChartSpec(shape: .crosstab, columns: ["corpus", "cluster", "count"], rows: rows, title: ""))
        XCTAssertEqual(matrix.rows, ["seminar2025", "pilot2020"])
        XCTAssertEqual(matrix.columns, ["1", "2", "3", "10"])
        XCTAssertEqual(matrix.values, [[15, 17, 0, 8], [10, 0, 22, 0]])

        let named = try ChartData.matrix(ChartSpec(shape: .crosstab, columns: ["corpus", "theme", "count"], rows: [
            [.text("a"), .text("Økonomi"), .number(3)], [.text("b"), .text("Lokaler"), .number(2)], [.text("b"), .text("Økonomi"), .number(1)],
        ], title: ""))
        XCTAssertEqual(named.columns, ["Økonomi", "Lokaler"])
        XCTAssertEqual(named.values, [[3, 0], [1, 2]])
    }
}
