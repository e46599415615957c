import XCTest
import ChartKit
@testable import InnspillShell
@testable import InnspillCore

/// The source line under a chart names each corpus with its date, unless its title names the day already.
final class ChartSourceTests: XCTestCase {
    func testATitleThatNamesTheDayIsNotGivenItTwice() {
        XCTAssertTrue(ChartBridge.names(day: 5, month: 5, in: "Nasjonalt dialogseminar 5. mai"))
        XCTAssertTrue(ChartBridge.names(day: 9, month: 2, in: "Dialogseminar 9. Februar"))
        XCTAssertTrue(ChartBridge.names(day: 5, month: 5, in: "Samling 05.05.2025"))
        XCTAssertTrue(ChartBridge.names(day: 14, month: 3, in: "Seminar 14.3.2024"))
        XCTAssertFalse(ChartBridge.names(day: 5, month: 5, in: "Nasjonalt dialogseminar 15. mai"), "the 15th is not the 5th")
        XCTAssertFalse(ChartBridge.names(day: 5, month: 5, in: "Dialogseminar 2025"))
        XCTAssertFalse(ChartBridge.names(day: 5, month: 5, in: "Nasjonalt dialogseminar 5. juni"))
    }
}

extension ChartSourceTests {
    func testTheSourceLineAddsTheYearAloneWhereTheTitleNamesTheDay() throws {
        var workspace = Workspace()
        let may5 = ISODate.make(year: 2025, month: 5, day: 5, hour: 0, minute: 0, second: 0)
        let march14 = ISODate.make(year: 2024, month: 3, day: 14, hour: 0, minute: 0, second: 0)
        for (name, title, date) in [("a", "Nasjonalt dialogseminar 5. mai", may5), ("b", "Dialogseminar", march14)] {
            var unit = InnspillCore.Unit(kind: .post, text: "Mer tid.", line: 1)
            unit.corpus = name
            try workspace.add(Corpus(name: name, title: title, date: date, sourcePath: "\(name).txt", format: "text",
                                     units: [unit], repairs: [], warnings: []))
        }
        XCTAssertEqual(ChartBridge.source(workspace), "Kilde: Nasjonalt dialogseminar 5. mai 2025; Dialogseminar 14.3.2024, 2 innspill")
        // A timeline draws the units with a time: its source names their corpus and their number, not the selection's.
        var timeline = Table(title: "Posted over time", columns: [InnspillCore.Column("posted", .date), InnspillCore.Column("series"),
                                                                  InnspillCore.Column("units", .integer)], shape: .timeSeries)
        timeline.rows = [[.date(may5!), .text("x"), .integer(1)]]
        timeline.metadata[ChartBridge.sourceCorpora] = "a"
        XCTAssertEqual(ChartBridge.source(workspace, drawn: timeline), "Kilde: Nasjonalt dialogseminar 5. mai 2025, 1 innspill")
    }
}

/// The units without a value ("(ingen)") stand last on a bar chart, however many they are: they are no category of
/// the others' kind.
final class ChartNoneRowTests: XCTestCase {
    func testTheRowOfUnitsWithoutAValueStandsLast() throws {
        let table = Table(title: "Innspill per kommune", columns: [InnspillCore.Column("municipality"), InnspillCore.Column("count", .integer)],
                          rows: [[.text(""), .integer(59)], [.text("Larvik"), .integer(6)], [.text("Bodø"), .integer(1)]],
                          shape: .categoryCounts)
        let spec = ChartBridge.spec(table, Workspace())
        XCTAssertEqual(spec.noValueLabel, "(ingen)")
        let items = try ChartData.items(spec)
        XCTAssertEqual(ChartData.ranked(items, sort: nil, top: 20, last: spec.noValueLabel).shown.map(\.label), ["Larvik", "Bodø", "(ingen)"])
        XCTAssertEqual(ChartData.ranked(items, sort: nil, top: 1, last: spec.noValueLabel).shown.map(\.label), ["Larvik", "(ingen)"])
        XCTAssertEqual(ChartData.ranked(items, sort: nil, top: 20).shown.map(\.label), ["(ingen)", "Larvik", "Bodø"])
    }
}
