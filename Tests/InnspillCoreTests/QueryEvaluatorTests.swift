import Foundation
import InnspillCore
import XCTest

/// A small corpus with the shapes the evaluator must handle.
enum QuerySample {
    static func units() -> [InnspillCore.Unit] {
        var a = InnspillCore.Unit(kind: .post, text: "Finansiering er viktig for kulturskolen. Økonomi!", line: 1)
        a.id = 1; a.corpus = "s2023"; a.section = "Dialogtema 1"; a.group = "Gruppe 1"
        a.municipalities = ["Bodø", "Tromsø"]; a.counties = ["Nordland", "Troms"]
        a.posted = ISODate.make(year: 2023, month: 2, day: 9, hour: 10, minute: 5)
        a.extra = ["Rom": "9"]
        var b = InnspillCore.Unit(kind: .post, text: "Vi treng meir samarbeid med skulen og kulturskulen.", line: 5)
        b.id = 2; b.corpus = "s2023"; b.section = "dialogtema 2"; b.group = "gruppe 1"
        b.municipalities = ["Ørland"]; b.counties = ["Trøndelag"]
        b.posted = ISODate.make(year: 2023, month: 2, day: 10, hour: 9, minute: 0)
        b.url = "https://padlet.com/x/1"
        var c = InnspillCore.Unit(kind: .segment, text: "ÅPNE DØRER for alle – også i Ålesund.", line: 9)
        c.id = 3; c.corpus = "s2025"; c.section = "Gruppedialog 1"; c.group = "Gruppe 10"
        c.municipalities = ["Ålesund"]; c.mentions = ["Ålesund"]
        c.parent = 1
        var d = InnspillCore.Unit(kind: .post, text: "", line: 12)
        d.id = 4; d.corpus = "s2025"; d.group = "Gruppe 2"; d.title = "Zebra"
        return [a, b, c, d]
    }
}

final class QueryEvaluatorTests: XCTestCase {
    let units = QuerySample.units()
    lazy var fields = FieldRegistry(units: units)
    var context = QueryContext(tags: { $0 == 1 ? ["sitat", "viktig"] : ($0 == 3 ? ["Sitat"] : []) },
                               cluster: { $0 <= 2 ? "2" : nil },
                               corpusDates: ["s2023": ISODate.make(year: 2023, month: 2, day: 9)!])

    func ids(_ expression: String) throws -> [Int] {
        let filter = try Filter(expression, fields: fields, context: context)
        return filter.select(units).map { units[$0].id }
    }

    func testTextEqualityIgnoresCaseIncludingNorwegianLetters() throws {
        XCTAssertEqual(try ids("section = \"DIALOGTEMA 1\""), [1])
        XCTAssertEqual(try ids("municipality = BODØ"), [1])
        XCTAssertEqual(try ids("municipality = ørland"), [2])
        XCTAssertEqual(try ids("municipality = ålesund"), [3])
        XCTAssertEqual(try ids("municipality = Bodo"), [], "ø is not o")
        XCTAssertEqual(try ids("group = \"gruppe 1\""), [1, 2])
    }

    func testDecomposedLettersEqualComposed() throws {
        var u = InnspillCore.Unit(kind: .post, text: "x", line: 1)
        u.group = "A\u{030A}lesund"   // Å as A + combining ring
        let filter = try Filter("group = Ålesund", fields: fields)
        XCTAssertTrue(filter.matches(u))
    }

    func testNotEqualIsTheNegationOfEqual() throws {
        XCTAssertEqual(try ids("section != \"dialogtema 1\""), [2, 3, 4])
        XCTAssertEqual(try ids("municipality != Bodø"), [2, 3, 4], "units without Bodø, including those with none")
    }

    func testOrderingUsesNorwegianAlphabet() throws {
        XCTAssertEqual(try ids("municipality > zzz"), [2, 3], "ø and å come after z")
        XCTAssertEqual(try ids("municipality < Ørland"), [1])
        XCTAssertEqual(try ids("municipality >= Ørland"), [2, 3])
        XCTAssertEqual(try ids("title <= zebra"), [4])
        XCTAssertEqual(try ids("group < \"gruppe 2\""), [1, 2], "numbers inside text compare as numbers: 10 > 2")
    }

    func testInMatchesAnyListedValue() throws {
        XCTAssertEqual(try ids("municipality in (Tromsø, ålesund)"), [1, 3])
        XCTAssertEqual(try ids("municipality not in (Tromsø, ålesund)"), [2, 4])
        XCTAssertEqual(try ids("words in (8, 0)"), [2, 4])
        XCTAssertEqual(try ids("posted in (2023-02-10)"), [2])
    }

    func testSubstringAndRegex() throws {
        XCTAssertEqual(try ids("text ~ \"KULTURSK\""), [1, 2])
        XCTAssertEqual(try ids("text ~ \"åpne dører\""), [3])
        XCTAssertEqual(try ids("text ~ /finans\\w*/i"), [1])
        XCTAssertEqual(try ids("text ~ /finans/"), [], "without i the case matters")
        XCTAssertEqual(try ids("text ~ /^\\w+ DØRER/"), [3], "\\w matches Å in UCP mode")
        XCTAssertEqual(try ids("text ~ /økonomi/i"), [1], "case-insensitive Ø")
        XCTAssertEqual(try ids("url ~ padlet.com"), [2])
        XCTAssertEqual(try ids("text ~ \"a.b\""), [], "a substring is literal")
        XCTAssertEqual(try ids("posted ~ /^2023-02-10/"), [2])
    }

    func testRegexFlagsMultilineAndDotAll() throws {
        var u = InnspillCore.Unit(kind: .post, text: "første linje\nandre linje", line: 1)
        u.id = 9
        XCTAssertTrue(try Filter("text ~ /^andre/m", fields: fields).matches(u))
        XCTAssertFalse(try Filter("text ~ /^andre/", fields: fields).matches(u))
        XCTAssertTrue(try Filter("text ~ /linje.andre/s", fields: fields).matches(u))
        XCTAssertFalse(try Filter("text ~ /linje.andre/", fields: fields).matches(u))
        XCTAssertTrue(try Filter("text ~ /andre \\s linje/x", fields: fields).matches(u))
    }

    func testNumbers() throws {
        XCTAssertEqual(try ids("words > 7"), [2])
        XCTAssertEqual(try ids("words > 5"), [1, 2, 3])
        XCTAssertEqual(try ids("words = 8"), [2])
        XCTAssertEqual(try ids("words <= 0"), [4])
        XCTAssertEqual(try ids("words != 8"), [1, 3, 4])
        XCTAssertEqual(try ids("id >= 3"), [3, 4])
        XCTAssertEqual(try ids("line < 5"), [1])
        XCTAssertEqual(try ids("parent = 1"), [3])
        XCTAssertEqual(try ids("rom = 9"), [1], "an extra column with numbers is a number field")
    }

    /// A column of decimal numbers as a Norwegian spreadsheet writes them ("4,2") compares with a number as numbers;
    /// a column of words keeps alphabetical order.
    func testDecimalCommasCompareAsNumbers() throws {
        let units = [("4,2", "Bodø"), ("3,9", "Tromsø"), ("3,6", "Alta"), ("10,5", "Ørland")].enumerated().map { k, row in
            var u = InnspillCore.Unit(kind: .post, text: "Tiltak \(k)", line: k + 1)
            u.id = k + 1
            u.extra = ["Prioritet": row.0, "Sted": row.1]
            return u
        }
        let fields = FieldRegistry(units: units)
        func ids(_ expression: String) throws -> [Int] {
            try Filter(expression, fields: fields, context: context).select(units).map { units[$0].id }
        }
        XCTAssertEqual(try ids("prioritet >= 3.9"), [1, 2, 4], "10,5 is more than 3.9, though it sorts before it as text")
        XCTAssertEqual(try ids("prioritet < 4"), [2, 3])
        XCTAssertEqual(try ids("sted < M"), [1, 3], "words compare in Norwegian alphabetical order")
    }

    func testWordsCountsLikeUnitWordCount() throws {
        let texts = ["", "  ", "én to", "Økonomi, æ ø å!", "a–b — c", "x\u{00A0}y\u{2003}z", "3 × 4 ÷ 2", "漢字 かな", "e\u{0301}te", "🙂 ok"]
        for t in texts {
            let u = InnspillCore.Unit(kind: .post, text: t, line: 1)
            let f = try Filter("words = \(u.wordCount)", fields: fields, context: QueryContext(cache: nil))
            XCTAssertTrue(f.matches(u), "\(t): \(u.wordCount)")
        }
    }

    func testCachedAndUncachedAgree() throws {
        let expressions = ["section = \"dialogtema 1\"", "municipality != Bodø", "municipality is null", "group < \"gruppe 2\"",
                           "municipality in (Tromsø, ålesund)", "words > 5", "title has zebra", "section is not null",
                           "counties ~ /^tr/i", "rom = 9", "kind = post and not municipality = ørland",
                           "has kulturskolen", "has \"åpne dører\"", "has \"dører åpne\"", "not has økonomi"]
        for e in expressions {
            let cached = try Filter(e, fields: fields, context: QueryContext(cache: QueryCache())).select(units)
            let plain = try Filter(e, fields: fields, context: QueryContext(cache: nil)).select(units)
            XCTAssertEqual(cached, plain, e)
        }
    }

    func testCacheFollowsTheUnitsArray() throws {
        let cache = QueryCache()
        let context = QueryContext(cache: cache)
        var current = units
        cache.prepare(current, fields: ["section", "municipalities", "words", "text"])
        let f = try Filter("section = \"dialogtema 1\" and municipality = Bodø", fields: fields, context: context)
        XCTAssertEqual(f.select(current), [0])
        current[0].section = "Annet"          // a changed array gets its own columns
        XCTAssertEqual(f.select(current), [])
        current[1].section = "Dialogtema 1"
        current[1].municipalities = ["BODØ"]
        XCTAssertEqual(f.select(current), [1])
        XCTAssertEqual(f.select(units), [0], "the old array still evaluates right")
        cache.clear()
        XCTAssertEqual(f.select(units), [0])
    }

    func testDatesAsDaysAndMinutes() throws {
        XCTAssertEqual(try ids("posted = 2023-02-09"), [1])
        XCTAssertEqual(try ids("posted > 2023-02-09"), [2], "after the whole day")
        XCTAssertEqual(try ids("posted >= 2023-02-09"), [1, 2])
        XCTAssertEqual(try ids("posted < 2023-02-10"), [1])
        XCTAssertEqual(try ids("posted <= 2023-02-10"), [1, 2])
        XCTAssertEqual(try ids("posted = 2023-02-09T10:05"), [1])
        XCTAssertEqual(try ids("posted < 2023-02-09T10:05"), [])
        XCTAssertEqual(try ids("posted > \"2023-02-09 10:00\""), [1, 2])
        XCTAssertEqual(try ids("posted != 2023-02-09"), [2, 3, 4])
        XCTAssertEqual(try ids("date = 2023-02-09"), [1, 2], "the corpus date")
        XCTAssertEqual(try ids("posted = 9.2.2023"), [1], "Norwegian day.month.year")
        XCTAssertEqual(try ids("posted = 2023-02"), [1, 2], "a month")
        XCTAssertEqual(try ids("posted < 2023"), [], "a year")
        XCTAssertEqual(try ids("posted in (2022, 2023)"), [1, 2])
    }

    func testNull() throws {
        XCTAssertEqual(try ids("url is null"), [1, 3, 4])
        XCTAssertEqual(try ids("url is not null"), [2])
        XCTAssertEqual(try ids("municipalities is null"), [4])
        XCTAssertEqual(try ids("posted is null"), [3, 4])
        XCTAssertEqual(try ids("parent is not null"), [3])
        XCTAssertEqual(try ids("text is null"), [4], "empty text counts as null")
        XCTAssertEqual(try ids("rom is null"), [2, 3, 4])
        XCTAssertEqual(try ids("cluster is null"), [3, 4])
    }

    func testMultiValuedFieldsMatchIfAnyValueMatches() throws {
        XCTAssertEqual(try ids("municipalities = Tromsø"), [1])
        XCTAssertEqual(try ids("counties ~ /^tr/i"), [1, 2])
        XCTAssertEqual(try ids("mentions = Ålesund"), [3])
        XCTAssertEqual(try ids("tag = sitat"), [1, 3])
        XCTAssertEqual(try ids("not tag = sitat"), [2, 4])
        XCTAssertEqual(try ids("tags in (viktig)"), [1])
    }

    func testClusterKindCorpus() throws {
        XCTAssertEqual(try ids("cluster = 2"), [1, 2])
        XCTAssertEqual(try ids("kind = segment"), [3])
        XCTAssertEqual(try ids("corpus = s2025"), [3, 4])
    }

    func testBooleanCombinations() throws {
        XCTAssertEqual(try ids("corpus = s2023 and words > 5 or kind = segment"), [1, 2, 3])
        XCTAssertEqual(try ids("corpus = s2023 and (words < 7 or kind = segment)"), [1])
        XCTAssertEqual(try ids("not (corpus = s2023 or group = \"gruppe 2\")"), [3])
        XCTAssertEqual(try ids("not not kind = post"), [1, 2, 4])
    }

    func testHasFindsBokmålAndNynorskFormsByDefault() throws {
        context.termKey = QueryContext.defaultTermKey
        XCTAssertEqual(try ids("has kulturskolen"), [1, 2], "kulturskulen (nn) = kulturskolen (nb)")
        XCTAssertEqual(try ids("has dør"), [3], "dører has the stem of dør")
    }

    /// One word also finds the compounds it is a part of, as `coverage` and `kwic` count them; in quotes, only its own form.
    func testHasFindsCompoundPartsAndAQuotedWordAsWritten() throws {
        XCTAssertEqual(try ids("has skolen"), [1, 2], "skulen (nn) is skolen, and kulturskolen has it as a part")
        XCTAssertEqual(try ids("has kultur"), [1, 2], "kulturskolen and kulturskulen")
        XCTAssertEqual(try ids("has finans"), [], "a part of a word is no compound part")
        XCTAssertEqual(try ids("has \"skulen\""), [2], "the form as written")
        XCTAssertEqual(try ids("has \"skolen\""), [], "nynorsk skulen is another form")
        XCTAssertEqual(try ids("has \"ØKONOMI\""), [1], "without regard to case")
        XCTAssertEqual(try ids("has \"samarbeid med\""), [2], "two quoted words are a phrase of stems")
        XCTAssertEqual(try Filter("has \"skulen\"", fields: fields, context: context).expression.description, "has \"skulen\"")
        // "word*" is every word that starts so, as in kwic and coverage (it was taken as "word", and found nothing).
        XCTAssertEqual(try ids("has finans*"), [1], "finansiering")
        XCTAssertEqual(try ids("has \"finans*\""), [1], "quoted, the star still means a start")
        XCTAssertEqual(try ids("has kultursk*"), [1, 2], "kulturskolen, kulturskulen")
        XCTAssertEqual(try ids("has ø*"), [1], "Økonomi: without regard to case")
        XCTAssertEqual(try ids("has \"samarbeid med sk*\""), [2], "a start in a phrase")
        XCTAssertEqual(try ids("has \"samarbeid med ku*\""), [], "the phrase's words in a row")
        XCTAssertEqual(try ids("not has finans*"), [2, 3, 4])
        XCTAssertEqual(try ids("has kulturskol*"), [1, 2], "a start in either written standard: kulturskulen (nn) too")
        XCTAssertEqual(try ids("has \"kulturskol*\""), [1], "quoted, only forms as written")
        XCTAssertEqual(NorwegianText.fold("Vente\u{AD}liste"), "venteliste", "a soft hyphen is no letter")
    }

    func testHasUsesTheInjectedTermKey() throws {
        // Whole words, case-folded.
        context.termKey = { NorwegianText.fold($0) }
        context.termParts = { _ in [] }
        XCTAssertEqual(try ids("has kulturskolen"), [1])
        XCTAssertEqual(try ids("has ØKONOMI"), [1])
        XCTAssertEqual(try ids("has kultur"), [], "a word, not a substring")
        // A toy analyzer folding nynorsk "skulen" and bokmål "skolen" to one key.
        context.termKey = { $0.replacingOccurrences(of: "skulen", with: "skolen") }
        XCTAssertEqual(try ids("has kulturskolen"), [1, 2])
        XCTAssertEqual(try ids("text has \"åpne dører\""), [3], "a phrase: consecutive words")
        XCTAssertEqual(try ids("has \"dører åpne\""), [])
        XCTAssertEqual(try ids("municipalities has bodø"), [1])
    }

    func testSelectKeepsTheOrderOfTheGivenIndices() throws {
        let filter = try Filter("kind = post", fields: fields)
        XCTAssertEqual(filter.select(units, indices: [3, 0, 1]), [3, 0, 1])
        XCTAssertEqual(try select(units, indices: [0, 1, 2], where: "words > 5", fields: fields), [0, 1, 2])
    }

    func testSelectWithAnInterruptionCheck() throws {
        struct Stop: Error {}
        let filter = try Filter("kind = post", fields: fields)
        var checks = 0
        XCTAssertEqual(try filter.select(units, indices: [0, 1, 2, 3], chunk: 2) { checks += 1 }, [0, 1, 3])
        XCTAssertEqual(checks, 2)
        XCTAssertThrowsError(try filter.select(units, indices: [0, 1, 2, 3], chunk: 2) { throw Stop() })
    }

    func testFieldsListing() {
        let table = fields.listing(units: units, context: context)
        XCTAssertEqual(table.columns.map(\.name), ["field", "type", "aliases", "filled", "examples"])
        let row = table.rows.first { $0[0] == .text("municipalities") }!
        XCTAssertEqual(row[1], .text("list"))
        XCTAssertEqual(row[2], .text("municipality, kommune, kommuner"))
        XCTAssertEqual(row[3], .integer(3))
        XCTAssertEqual(row[4], .text("Bodø | Tromsø | Ørland"))
        let rom = table.rows.first { $0[0] == .text("Rom") }!
        XCTAssertEqual(rom[1], .text("integer"))
    }

    func testMatchRangesForHighlighting() throws {
        let p = try PatternMatcher(pattern: "kultur\\w*", flags: "i")
        let text = "Kulturskolen og kulturskulen – åpne for KULTUR"
        XCTAssertEqual(p.matchRanges(in: text).map { String(text[$0]) }, ["Kulturskolen", "kulturskulen", "KULTUR"])
        XCTAssertEqual(PatternMatcher(substring: "Ø").matchRanges(in: "Bodø og ØRLAND").map { $0.lowerBound.utf16Offset(in: "Bodø og ØRLAND") }, [3, 8])
    }

    func testContextFromWorkspace() throws {
        var ws = Workspace()
        var unit = InnspillCore.Unit(kind: .post, text: "a", line: 1)
        unit.id = 1
        try ws.add(Corpus(name: "c", title: nil, date: ISODate.make(year: 2025, month: 5, day: 5), sourcePath: "x", format: "text",
                          units: [unit]))
        ws.tags = [1: ["b", "a"]]
        let context = QueryContext(workspace: ws)
        XCTAssertEqual(context.tags?(1), ["a", "b"])
        XCTAssertEqual(context.corpusDates["c"], ISODate.make(year: 2025, month: 5, day: 5))
        XCTAssertEqual(try Filter("tag = a and date = 2025-05-05", fields: FieldRegistry(), context: context).select(ws.units), [0])
    }
}
