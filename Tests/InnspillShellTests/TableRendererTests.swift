import XCTest
@testable import InnspillCore
@testable import InnspillShell
import ChartKit

/// Result tables as the terminal shows them.
final class TableRendererTests: XCTestCase {
    func testTheDecimalPointsOfAColumnOfFractionsLineUp() {
        var table = Table(title: "", columns: [Column("term"), Column("share", .number), Column("count", .integer)])
        table.rows = [[.text("a"), .number(0.3182), .integer(21)], [.text("b"), .number(0.197), .integer(13)],
                      [.text("c"), .number(2), .integer(4)], [.text("d"), .null, .integer(1)]]
        let lines = TableRenderer.text(table, width: 80).split(separator: "\n").map(String.init)
        let rows = Array(lines[2...5])
        XCTAssertEqual(rows.map { $0.split(separator: " ").dropFirst().first.map(String.init) },
                       ["0.3182", "0.1970", "2.0000", "1"], "\(rows)")
        let points = rows.prefix(3).map { row in row.firstIndex(of: ".").map { $0.utf16Offset(in: row) } }
        XCTAssertEqual(Set(points).count, 1, "the points are in one column: \(rows)")
    }

    func testWholeNumbersInANumberColumnStayWholeWhenNoneHasDecimals() {
        var table = Table(title: "", columns: [Column("x", .number)])
        table.rows = [[.number(3)], [.number(12)]]
        let lines = TableRenderer.text(table, width: 80).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[2...3].map { $0.trimmingCharacters(in: .whitespaces) }, ["3", "12"])
    }

    /// A long name over a column of numbers (`compare`'s corpora) gives way before the text columns do, down to its numbers.
    /// The columns a table names to give way first (a quote's corpus) are shortened before the one it is about.
    func testColumnsNamedToShrinkFirstGiveWayBeforeTheQuote() {
        let quote = "Vi må vere synlege der politikarane er, og vise fram kva elevane lærer."
        let corpus = "padlet-2025-05-05-nasjonalt-dialogseminar.ocr"
        var table = Table(title: "", columns: [Column("corpus"), Column("quote")], metadata: ["shrinkFirst": "corpus"])
        table.rows = [[.text(corpus), .text(quote)]]
        let row = TableRenderer.text(table, width: 90).split(separator: "\n")[2]
        XCTAssertTrue(row.hasSuffix(quote), String(row))
        XCTAssertTrue(row.hasPrefix("padlet-2025-05-0…  "), "only as much as the quote needs: \(row)")
        table.metadata = [:]
        XCTAssertFalse(TableRenderer.text(table, width: 90).split(separator: "\n")[2].hasSuffix(quote), "without it, both give way")
    }

    func testALongNameOverNumbersIsShortenedBeforeTheText() {
        let a = "padlet-2020-10-09-pilot-for-fremtiden", b = "padlet-2025-05-05-nasjonalt-dialogseminar.ocr"
        var table = Table(title: "", columns: [Column("typical of"), Column("term"), Column(a, .integer), Column(b, .integer)])
        table.rows = [[.text(a), .text("kommunen"), .integer(78), .integer(11)], [.text(b), .text("elevene"), .integer(1), .integer(17)]]
        let lines = TableRenderer.text(table, width: 80).split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lines)")
        XCTAssertTrue(lines[2].hasPrefix("padlet-2020-10-09-pil") && lines[3].hasPrefix("padlet-2025-05-05-nas"),
                      "the corpora in the first column can be told apart: \(lines)")
        XCTAssertTrue(lines[0].contains("padlet-2020-10") && lines[0].contains("…"), "\(lines[0])")
    }
}
