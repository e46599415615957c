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
        // The count first, so a line cut to fit keeps it; the seminars in the order they were held.
        XCTAssertEqual(ChartBridge.source(workspace), "Kilde: 2 innspill fra Dialogseminar 14.3.2024; Nasjonalt dialogseminar 5. mai 2025")
        // A timeline draws the units with a time: its source names their corpus and their number, not the selection's.
        var timeline = Table(title: "Posted over time", columns: [InnspillCore.Column("posted", .date), InnspillCore.Column("series"),
                                                                  InnspillCore.Column("units", .integer)], shape: .timeSeries)
        timeline.rows = [[.date(may5!), .text("x"), .integer(1)]]
        timeline.metadata[ChartBridge.sourceCorpora] = "a"
        XCTAssertEqual(ChartBridge.source(workspace, drawn: timeline), "Kilde: 1 innspill fra Nasjonalt dialogseminar 5. mai 2025")
    }
}

/// The units without a value ("(ingen)") stand last on a bar chart, however many they are: they are no category of
/// the others' kind.
final class ChartNoneRowTests: XCTestCase {
    func testTheRowOfUnitsWithoutAValueStandsLast() throws {
        let table = Table(title: "Innspill per kommune", columns: [InnspillCore.Column("municipality"), InnspillCore.Column("count", .integer)],
                          rows: [[.text(""), .integer(59)], [.text("Larvik"), .integer(6)], [.text("Bodø"), .integer(1)]],
                          shape: .categoryCounts)
        let (spec, leftOut) = ChartBridge.spec(table, Workspace(), showNone: true)
        XCTAssertNil(leftOut)
        XCTAssertEqual(spec.noValueLabel, "(ingen)")
        let items = try ChartData.items(spec)
        XCTAssertEqual(ChartData.ranked(items, sort: nil, top: 20, last: spec.noValueLabel).shown.map(\.label), ["Larvik", "Bodø", "(ingen)"])
        XCTAssertEqual(ChartData.ranked(items, sort: nil, top: 1, last: spec.noValueLabel).shown.map(\.label), ["Larvik", "(ingen)"])
        XCTAssertEqual(ChartData.ranked(items, sort: nil, top: 20).shown.map(\.label), ["(ingen)", "Larvik", "Bodø"])
    }
}

/// What a chart leaves out, it says: units without a value are no bar unless asked for, and the subtitle counts them.
extension ChartNoneRowTests {
    func testUnitsWithoutAValueAreLeftOutAndCounted() throws {
        let table = Table(title: "Innspill per fylke", columns: [InnspillCore.Column("county"), InnspillCore.Column("count", .integer)],
                          rows: [[.text(""), .integer(107)], [.text("Nordland"), .integer(6)], [.text("Vestland"), .integer(4)]],
                          shape: .categoryCounts)
        let (spec, leftOut) = ChartBridge.spec(table, Workspace())
        XCTAssertEqual(try ChartData.items(spec).map(\.label), ["Nordland", "Vestland"])
        XCTAssertEqual(leftOut, ChartBridge.LeftOut(count: 107, fields: ["county"]))
        XCTAssertEqual(spec.subtitle, "107 innspill uten fylke er ikke med")
        XCTAssertEqual(leftOut?.sentence(.nn), "107 innspel utan fylke er ikkje med")
        XCTAssertEqual(leftOut?.sentence(.en), "107 contributions without a county are left out")
        XCTAssertEqual(ChartBridge.LeftOut(count: 1, fields: ["county"]).sentence(.en), "1 contribution without a county is left out")
    }

    func testGroupsOverSeveralRowsAreNotSummed() throws {
        let table = Table(title: "Groups by county and theme", columns: [InnspillCore.Column("county"), InnspillCore.Column("cluster"),
                                                                         InnspillCore.Column("groups", .integer)],
                          rows: [[.text(""), .text("1"), .integer(5)], [.text(""), .text("2"), .integer(4)],
                                 [.text("Nordland"), .text("1"), .integer(2)]], shape: .crosstab)
        let (spec, leftOut) = ChartBridge.spec(table, Workspace())
        XCTAssertEqual(spec.rows.count, 1)
        XCTAssertNil(leftOut?.count, "a group can be in both themes: 5 + 4 is not how many groups")
        XCTAssertEqual(spec.subtitle, "innspill uten fylke er ikke med")
    }

    /// A crosstab drawn by its groups (group by county, corpus; value=groups) counts the units left out from its count
    /// column, over every row without a county.
    func testACrosstabOfGroupsCountsTheUnitsLeftOut() throws {
        let table = Table(title: "Units by county and corpus", columns: [InnspillCore.Column("county"), InnspillCore.Column("corpus"),
                                                                         InnspillCore.Column("groups", .integer), InnspillCore.Column("count", .integer)],
                          rows: [[.text(""), .text("a"), .integer(5), .integer(64)], [.text(""), .text("b"), .integer(2), .integer(2)],
                                 [.text("Nordland"), .text("a"), .integer(2), .integer(7)]], shape: .crosstab)
        XCTAssertEqual(ChartBridge.spec(table, Workspace()).spec.subtitle, "66 innspill uten fylke er ikke med")
    }

    /// Drawing groups, the subtitle says how many posts had no group to count under; drawing units, it does not.
    func testAChartOfGroupsSaysHowManyPostsHadNoGroup() throws {
        var table = Table(title: "Units by section", columns: [InnspillCore.Column("section"), InnspillCore.Column("groups", .integer),
                                                               InnspillCore.Column("count", .integer)],
                          rows: [[.text("Gruppedialog 1"), .integer(4), .integer(32)]], shape: .categoryCounts)
        table.metadata[Grouping.ungroupedKey] = "3"
        XCTAssertEqual(ChartBridge.spec(table, Workspace()).spec.subtitle, "3 innspill uten gruppe er ikke talt med")
        table.columns.swapAt(1, 2)
        table.rows[0].swapAt(1, 2)
        XCTAssertEqual(ChartBridge.spec(table, Workspace()).spec.subtitle, "", "units are counted whatever their group")
    }

    /// Drawing groups, the note still counts units: the groups left out may be in the chart through their other units.
    func testTheNoteCountsUnitsWhereTheBarsCountGroups() throws {
        let table = Table(title: "Units by municipality", columns: [InnspillCore.Column("municipality"), InnspillCore.Column("groups", .integer),
                                                                    InnspillCore.Column("count", .integer)],
                          rows: [[.text(""), .integer(2), .integer(31)], [.text("Bodø"), .integer(1), .integer(2)]], shape: .categoryCounts)
        let (spec, _) = ChartBridge.spec(table, Workspace())
        XCTAssertEqual(spec.subtitle, "31 innspill uten kommune er ikke med")
    }

    /// A timeline says how many units it could not place for want of a time.
    func testATimelineCountsTheUnitsWithoutATime() throws {
        var table = Table(title: "Posted over time", columns: [InnspillCore.Column("posted", .date), InnspillCore.Column("series"),
                                                               InnspillCore.Column("units", .integer)], shape: .timeSeries)
        table.rows = [[.date(Date(timeIntervalSince1970: 0)), .text("innspill"), .integer(1)]]
        table.metadata[ChartBridge.untimed] = "31"
        let (spec, leftOut) = ChartBridge.spec(table, Workspace())
        XCTAssertEqual(spec.subtitle, "31 innspill uten tid er ikke med")
        XCTAssertEqual(leftOut?.drawable, false, "none=show cannot draw them")
    }

    func testATableOfOnlyUnitsWithoutAValueIsDrawnAsItIs() throws {
        let table = Table(title: "Innspill per fylke", columns: [InnspillCore.Column("county"), InnspillCore.Column("count", .integer)],
                          rows: [[.text(""), .integer(7)]], shape: .categoryCounts)
        let (spec, leftOut) = ChartBridge.spec(table, Workspace())
        XCTAssertNil(leftOut)
        XCTAssertEqual(try ChartData.items(spec).map(\.label), ["(ingen)"])
    }
}

/// A chart names a seminar by its title and day, not by the corpus's id, and puts the seminars in the order they were held.
final class ChartSeminarTests: XCTestCase {
    func testSeminarsAreNamedAndOrderedByTheirDay() throws {
        var workspace = Workspace()
        let days = [("s2025", "Nasjonalt dialogseminar 5. mai", ISODate.make(year: 2025, month: 5, day: 5, hour: 0, minute: 0, second: 0)),
                    ("slides", "Program", nil),
                    ("s2020", "Pilot for fremtiden", ISODate.make(year: 2020, month: 10, day: 9, hour: 0, minute: 0, second: 0))]
        for (name, title, date) in days {
            var unit = InnspillCore.Unit(kind: .post, text: "Mer tid.", line: 1)
            unit.corpus = name
            try workspace.add(Corpus(name: name, title: title, date: date, sourcePath: "\(name).txt", format: "text",
                                     units: [unit], repairs: [], warnings: []))
        }
        let table = Table(title: "Units by cluster and corpus", columns: [InnspillCore.Column("cluster"), InnspillCore.Column("corpus"),
                                                                          InnspillCore.Column("count", .integer)],
                          rows: [[.text("1"), .text("s2025"), .integer(9)], [.text("1"), .text("slides"), .integer(3)],
                                 [.text("1"), .text("s2020"), .integer(4)], [.text("2"), .text("s2020"), .integer(2)]], shape: .crosstab)
        let (spec, _) = ChartBridge.spec(table, workspace)
        XCTAssertEqual(try ChartData.matrix(spec).columns, ["Pilot for fremtiden 9.10.2020", "Nasjonalt dialogseminar 5. mai 2025", "Program"])
        XCTAssertEqual(try ChartData.matrix(spec).values, [[4, 9, 3], [2, 0, 0]])
    }
}
