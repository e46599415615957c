import Foundation
import InnspillCore
import XCTest

final class TableGroupingTests: XCTestCase {
    func unit(_ id: Int, group: String?, section: String?, municipalities: [String], words: String = "a b",
              posted: Date? = nil) -> InnspillCore.Unit {
        var u = InnspillCore.Unit(kind: .post, text: words, line: id)
        u.id = id
        u.group = group
        u.section = section
        u.municipalities = municipalities
        u.posted = posted
        return u
    }

    lazy var units: [InnspillCore.Unit] = [
        unit(1, group: "Gruppe 1", section: "Tema 1", municipalities: ["Bodø", "Tromsø"]),
        unit(2, group: "Gruppe 2", section: "Tema 1", municipalities: ["bodø"]),
        unit(3, group: "Gruppe 2", section: "Tema 2", municipalities: ["Bodø"]),
        unit(4, group: "Gruppe 3", section: "Tema 2", municipalities: ["Ålesund"]),
        unit(5, group: nil, section: nil, municipalities: []),
        unit(6, group: "Gruppe 3", section: "Tema 2", municipalities: ["Asker", "Asker"]),
    ]
    let fields = FieldRegistry()

    func testGroupByMultiValuedCountsOnceUnderEach() throws {
        let t = try Grouping.groupBy(["municipality"], units: units, indices: Array(units.indices), fields: fields)
        XCTAssertEqual(t.shape, .categoryCounts)
        XCTAssertEqual(t.columns.map(\.name), ["municipality", "count", "share", "groups"])
        XCTAssertEqual(t.rows.map { $0[0] }, [.text("Bodø"), .text("Asker"), .text("Tromsø"), .text("Ålesund"), .null])
        XCTAssertEqual(t.rows.map { $0[1] }, [.integer(3), .integer(1), .integer(1), .integer(1), .integer(1)])
        XCTAssertEqual(t.rows[0][2], .number(0.5))
        XCTAssertEqual(t.rows[0][3], .integer(2), "Bodø came from Gruppe 1 and Gruppe 2")
        XCTAssertTrue(t.notes.contains { $0.hasPrefix("a unit with several municipalities counts once under each (1 unit has several)") },
                      "\(t.notes)")
        XCTAssertTrue(t.notes.contains("1 unit has no municipality (the row with an empty name)"))
    }

    func testCaseVariantsMergeUnderTheCommonestSpelling() throws {
        let t = try Grouping.groupBy(["municipalities"], units: units, indices: [0, 1, 2], fields: fields)
        XCTAssertEqual(t.rows[0], [.text("Bodø"), .integer(3), .number(1), .integer(2)])
    }

    func testSortByNameAndTop() throws {
        let t = try Grouping.groupBy(["municipality"], units: units, indices: Array(units.indices), fields: fields,
                                     top: 2, sort: .name)
        XCTAssertEqual(t.rows.map { $0[0] }, [.text("Asker"), .text("Bodø"), .null], "the no-value row stays after top")
        XCTAssertTrue(t.notes.contains("top 2 of 4 values"))
        // `top` keeps the largest whatever the order: Bodø (3 units), not Asker, first by name.
        let one = try Grouping.groupBy(["municipality"], units: units, indices: Array(units.indices), fields: fields, top: 1, sort: .name)
        XCTAssertEqual(one.rows.first?[0], .text("Bodø"))
        let cross = try Grouping.groupBy(["municipality", "section"], units: units, indices: Array(units.indices), fields: fields,
                                         top: 1, sort: .name)
        XCTAssertEqual(Set(cross.rows.map { $0[0] }), [.text("Bodø"), .null], "the no-value rows stay after top, as in one field")
        XCTAssertEqual(cross.rows.last?[0], .null)
    }

    /// By county, the municipalities of each county that the units name are counted too: who took part.
    func testByCountyTheMunicipalitiesTakingPartAreCounted() throws {
        var named = units
        for k in named.indices { named[k].counties = named[k].municipalities.compactMap { Gazetteer.standard.lookup($0).first?.county } }
        let t = try Grouping.groupBy(["county"], units: named, indices: Array(named.indices), fields: fields)
        XCTAssertEqual(t.columns.map(\.name), ["county", "count", "share", "groups", "municipalities"])
        let byCounty = Dictionary(uniqueKeysWithValues: t.rows.map { ($0[0].display, $0[4].display) })
        // Nordland: Bodø (in three units, two spellings of one name); Troms: Tromsø; Møre og Romsdal: Ålesund; Akershus: Asker.
        XCTAssertEqual(byCounty["Nordland"], "1")
        XCTAssertEqual(byCounty["Troms"], "1")
        XCTAssertEqual(byCounty["Akershus"], "1")
        let byMunicipality = try Grouping.groupBy(["municipality"], units: named, indices: Array(named.indices), fields: fields)
        XCTAssertFalse(byMunicipality.columns.contains { $0.name == "municipalities" }, "only by county")
    }

    func testTiesBreakByName() throws {
        let t = try Grouping.groupBy(["section"], units: units, indices: [0, 2], fields: fields)
        XCTAssertEqual(t.rows.map { $0[0] }, [.text("Tema 1"), .text("Tema 2")])
        let u = try Grouping.groupBy(["section"], units: units, indices: [2, 0], fields: fields)
        XCTAssertEqual(t, u, "the same selection in another order gives the same table")
    }

    func testCrosstabLongFormAndPivot() throws {
        let t = try Grouping.groupBy(["section", "municipality"], units: units, indices: [0, 1, 2, 3], fields: fields)
        XCTAssertEqual(t.shape, .crosstab)
        XCTAssertEqual(t.columns.map(\.name), ["section", "municipality", "count", "share", "groups"])
        // Tema 1 / Bodø: units 1 and 2, of Gruppe 1 and Gruppe 2.
        XCTAssertEqual(t.rows.map { [$0[0], $0[1], $0[2], $0[4]].map(\.display) }, [
            ["Tema 1", "Bodø", "2", "2"], ["Tema 1", "Tromsø", "1", "1"],
            ["Tema 2", "Bodø", "1", "1"], ["Tema 2", "Ålesund", "1", "1"],
        ])
        let sameGroup = try Grouping.groupBy(["section", "municipality"], units: units, indices: [1, 2], fields: fields)
        XCTAssertEqual(sameGroup.rows.map { $0[4].display }, ["1", "1"], "Gruppe 2 once in each pair")
        XCTAssertTrue(t.notes.contains { $0.hasPrefix("a unit with several values counts once under each pair") })
        let wide = try t.pivoted()
        XCTAssertEqual(wide.columns.map(\.name), ["section", "Bodø", "Tromsø", "Ålesund"])
        XCTAssertEqual(wide.rows, [[.text("Tema 1"), .integer(2), .integer(1), .integer(0)],
                                   [.text("Tema 2"), .integer(1), .integer(0), .integer(1)]])
        XCTAssertEqual(t.top(1).rows.count, 2, "top keeps whole row categories")
        // Shares of each column's units: Bodø has units 1, 2 (Tema 1) and 3 (Tema 2); Tromsø unit 1; Ålesund unit 4.
        let shares = try t.pivoted(shares: true)
        XCTAssertEqual(shares.rows.map { $0.map(\.display) }, [["Tema 1", "0.6667", "1", "0"], ["Tema 2", "0.3333", "0", "1"]])
        XCTAssertTrue(shares.notes.last?.hasPrefix("each cell is the share of the units with its column's municipality value (Bodø 3") == true,
                      "\(shares.notes)")
        var bare = t
        bare.metadata[Table.columnTotalsKey] = nil
        XCTAssertThrowsError(try bare.pivoted(shares: true))
    }

    /// A unit's counties are its municipalities' counties: in a crosstab each municipality stands under its own county,
    /// not under every county of the unit (Grimstad under Trøndelag, because Indre Fosen shares the group).
    func testCountiesAndMunicipalitiesPairAsTheGazetteerSays() throws {
        var group = unit(1, group: "Gruppe 15", section: nil, municipalities: ["Grimstad", "Lier", "Indre Fosen"])
        group.counties = ["Agder", "Buskerud", "Trøndelag"]
        var shared = unit(2, group: "Rom 9", section: nil, municipalities: ["Nes", "Kvam"])
        shared.counties = ["Akershus", "Vestland"]
        let pairs = { (names: [String]) in
            try Grouping.groupBy(names, units: [group, shared], indices: [0, 1], fields: self.fields).rows.map { $0.prefix(2).map(\.display) }
        }
        XCTAssertEqual(try pairs(["county", "municipality"]).sorted { $0.joined() < $1.joined() },
                       [["Agder", "Grimstad"], ["Akershus", "Nes"], ["Buskerud", "Lier"], ["Trøndelag", "Indre Fosen"], ["Vestland", "Kvam"]])
        XCTAssertEqual(try pairs(["municipality", "county"]).count, 5)
        XCTAssertEqual(try pairs(["group", "municipality"]).count, 5, "other fields pair every value")
    }

    func testGroupByDateGroupsByDay() throws {
        let d1 = ISODate.make(year: 2023, month: 2, day: 9, hour: 10)!
        let d2 = ISODate.make(year: 2023, month: 2, day: 9, hour: 14)!
        let d3 = ISODate.make(year: 2023, month: 2, day: 10, hour: 9)!
        let us = [unit(1, group: "a", section: nil, municipalities: [], posted: d1),
                  unit(2, group: "b", section: nil, municipalities: [], posted: d2),
                  unit(3, group: "b", section: nil, municipalities: [], posted: d3)]
        let t = try Grouping.groupBy(["posted"], units: us, indices: [0, 1, 2], fields: fields, sort: .name)
        XCTAssertEqual(t.columns[0].kind, .date)
        XCTAssertEqual(t.rows.map { $0[0].display }, ["2023-02-09", "2023-02-10"])
        XCTAssertEqual(t.rows.map { $0[1] }, [.integer(2), .integer(1)])
    }

    func testGroupByNumberSortsNumerically() throws {
        let us = (1...12).map { unit($0, group: nil, section: nil, municipalities: [], words: String(repeating: "x ", count: $0 % 11)) }
        let t = try Grouping.groupBy(["words"], units: us, indices: Array(us.indices), fields: fields, sort: .name)
        XCTAssertEqual(t.rows.prefix(3).map { $0[0] }, [.integer(0), .integer(1), .integer(2)])
        XCTAssertEqual(t.rows.last?[0], .integer(10))
    }

    func testErrors() {
        XCTAssertThrowsError(try Grouping.groupBy(["muncipality"], units: units, indices: [0], fields: fields, columns: [9])) { e in
            XCTAssertEqual((e as? InnspillError)?.message, "unknown field 'muncipality'")
            XCTAssertEqual((e as? InnspillError)?.hint, "did you mean 'municipality'?")
            XCTAssertEqual((e as? InnspillError)?.location, .column(9))
        }
        XCTAssertThrowsError(try Grouping.groupBy(["a", "b", "c"], units: units, indices: [0], fields: fields)) { e in
            XCTAssertEqual((e as? InnspillError)?.message, "group by takes one or two fields, not 3")
        }
    }

    func testCount() {
        let t = Grouping.count(units, indices: [0, 1, 2, 4])
        XCTAssertEqual(t.rows, [[.integer(4), .integer(2)]])
    }

    /// A post without a group counts in no group, and the tables with a groups column say so. (They did not: three
    /// posts of the 2025 board by persons counted 0 groups, with no note.)
    func testPostsWithoutAGroupAreNoted() throws {
        XCTAssertEqual(Grouping.count(units, indices: [0, 1, 2, 4]).notes,
                       ["1 post or segment has no group: it counts under no group in 'groups'"])
        XCTAssertEqual(Grouping.count(units, indices: [0, 1]).notes, [])
        let byMunicipality = try Grouping.groupBy(["municipality"], units: units, indices: Array(units.indices), fields: fields)
        XCTAssertTrue(byMunicipality.notes.contains("1 post or segment has no group: it counts under no group in 'groups'"), "\(byMunicipality.notes)")
        var slide = InnspillCore.Unit(kind: .slide, text: "Velkommen", line: 9)
        slide.id = 9
        XCTAssertEqual(Grouping.count([slide], indices: [0]).notes, [], "a slide is no group's")
    }

    /// "Gruppe 3" of two seminars is two groups: `count` and every `groups` column tell corpora apart,
    /// from cached columns and without them. (They were one group, so two years together undercounted.)
    func testGroupsOfTwoCorporaThatShareANameCountApart() throws {
        var both = [unit(1, group: "Gruppe 3", section: "Tema 1", municipalities: ["Bodø"]),
                    unit(2, group: "Gruppe 3", section: "Tema 1", municipalities: ["Bodø"]),
                    unit(3, group: "Gruppe 3", section: "Tema 1", municipalities: ["Bodø"]),
                    unit(4, group: "Gruppe 4", section: "Tema 1", municipalities: [])]
        both[0].corpus = "s2020"
        both[1].corpus = "s2020"
        both[2].corpus = "s2025"
        both[3].corpus = "s2025"
        let cache = QueryCache()
        cache.prepare(both)
        for context in [QueryContext(), QueryContext(cache: cache)] {
            XCTAssertEqual(Grouping.count(both, indices: [0, 1, 2, 3], context: context).rows, [[.integer(4), .integer(3)]])
            let bySection = try Grouping.groupBy(["section"], units: both, indices: [0, 1, 2, 3], fields: fields, context: context)
            XCTAssertEqual(bySection.rows, [[.text("Tema 1"), .integer(4), .number(1), .integer(3)]])
            let byPlace = try Grouping.groupBy(["municipality"], units: both, indices: [0, 1, 2, 3], fields: fields, context: context)
            XCTAssertEqual(byPlace.rows.first, [.text("Bodø"), .integer(3), .number(0.75), .integer(2)])
        }
        XCTAssertEqual(Set(both.compactMap(\.groupKey)).count, 3)
        XCTAssertEqual(GroupKey.labels(of: both, at: [0, 2, 3]), ["Gruppe 3 (s2020)", "Gruppe 3 (s2025)", "Gruppe 4"])
        XCTAssertEqual(GroupKey.labels(of: both, at: [0, 1, 3]), ["Gruppe 3", "Gruppe 3", "Gruppe 4"],
                       "a name only one corpus has in the selection is not qualified")
    }
}

final class TableSortTests: XCTestCase {
    let table = Table(title: "t", columns: [Column("name"), Column("count", .integer)], rows: [
        [.text("Ørland"), .integer(2)], [.text("asker"), .integer(5)], [.null, .integer(9)],
        [.text("Ålesund"), .integer(2)], [.text("Zebra"), .integer(2)], [.text("Gruppe 10"), .null],
        [.text("Gruppe 2"), .integer(1)],
    ])

    func testSortTextInNorwegianOrderNullsLast() throws {
        XCTAssertEqual(try table.sorted(by: "name").rows.map { $0[0].display },
                       ["asker", "Gruppe 2", "Gruppe 10", "Zebra", "Ørland", "Ålesund", ""])
        XCTAssertEqual(try table.sorted(by: "NAME", descending: true).rows.map { $0[0].display },
                       ["Ålesund", "Ørland", "Zebra", "Gruppe 10", "Gruppe 2", "asker", ""])
    }

    func testSortNumbersStableTies() throws {
        let t = try table.sorted(by: "count", descending: true)
        XCTAssertEqual(t.rows.map { $0[0].display }, ["", "asker", "Ørland", "Ålesund", "Zebra", "Gruppe 2", "Gruppe 10"])
        XCTAssertEqual(t.notes.last, "sorted by count descending")
    }

    func testSortWithoutDirectionPutsLargestCountFirstAndTextFromA() throws {
        let byCount = try table.sorted(by: "count")
        XCTAssertEqual(byCount.rows.map { $0[1].display }, ["9", "5", "2", "2", "2", "1", ""])
        XCTAssertEqual(byCount.notes.last, "sorted by count descending")
        XCTAssertEqual(try table.sorted(by: "count", descending: false).rows.map { $0[1].display },
                       ["1", "2", "2", "2", "5", "9", ""])
        XCTAssertEqual(try table.sorted(by: "name").notes.last, "sorted by name ascending")
    }

    func testTopOfCountsKeepsTheRowWithNoValueApart() throws {
        var counts = Table(title: "Units by municipality", columns: [Column("municipality"), Column("count", .integer)],
                           shape: .categoryCounts)
        counts.rows = [[.null, .integer(64)], [.text("Asker"), .integer(3)], [.text("Bø"), .integer(2)], [.text("Nes"), .integer(1)]]
        XCTAssertEqual(try counts.sorted(by: "count").rows.map { $0[0].display }, ["Asker", "Bø", "Nes", ""],
                       "the row of none stays last, though its count is the largest")
        let top = counts.top(2)
        XCTAssertEqual(top.rows.map { $0[0].display }, ["Asker", "Bø", ""])
        XCTAssertEqual(top.notes, ["top 2 of 3 values; the row of units with none is kept"])
        // So in a crosstab, where the units with no value in the first field have a row for each value of the second (ux25).
        var pairs = Table(title: "Units by county and corpus", columns: [Column("county"), Column("corpus"), Column("count", .integer)],
                          shape: .crosstab)
        pairs.rows = [[.text("Trøndelag"), .text("p2020"), .integer(14)], [.text("Vestland"), .text("s2025"), .integer(1)],
                      [.text("Vestland"), .text("p2020"), .integer(13)], [.text("Agder"), .text("p2020"), .integer(4)],
                      [.null, .text("s2025"), .integer(64)], [.null, .text("p2020"), .integer(2)]]
        let topPairs = pairs.top(2)
        XCTAssertEqual(topPairs.rows.map { $0[0].display + "/" + $0[1].display },
                       ["Trøndelag/p2020", "Vestland/s2025", "Vestland/p2020", "/s2025", "/p2020"])
        XCTAssertEqual(topPairs.notes, ["top 2 of 3 county values; the rows of units with none are kept"])
    }

    func testTop() throws {
        XCTAssertEqual(table.top(2).rows.count, 2)
        XCTAssertEqual(table.top(2).notes, ["top 2 of 7 rows"])
        XCTAssertEqual(table.top(100).rows.count, 7)
    }

    func testUnknownColumn() {
        XCTAssertThrowsError(try table.sorted(by: "cuont", location: .column(5))) { e in
            let e = e as? InnspillError
            XCTAssertEqual(e?.message, "no column 'cuont' in the table 't'")
            XCTAssertEqual(e?.hint, "did you mean 'count'?")
            XCTAssertEqual(e?.location, .column(5))
        }
        var untitled = table
        untitled.title = ""
        XCTAssertThrowsError(try untitled.sorted(by: "x")) { e in
            XCTAssertEqual((e as? InnspillError)?.message, "no column 'x' in the table")
        }
    }
}
