import InnspillCore
import XCTest

final class QueryParserTests: XCTestCase {
    let fields = FieldRegistry(extraColumns: ["Rom", "Created At"])

    func parse(_ s: String) throws -> String { try QueryParser.parse(s, fields: fields).description }

    /// The error `source` raises, with its column.
    func failure(_ s: String, offset: Int = 0, file: StaticString = #filePath, line: UInt = #line) -> InnspillError? {
        do {
            let e = try QueryParser.parse(s, fields: fields, columnOffset: offset)
            XCTFail("expected an error for \(s), got \(e)", file: file, line: line)
            return nil
        } catch let error as InnspillError {
            return error
        } catch {
            XCTFail("not an InnspillError: \(error)", file: file, line: line)
            return nil
        }
    }

    func testPrecedenceAndBindsTighterThanOr() throws {
        XCTAssertEqual(try parse("words > 1 or words < 5 and section = a"), "words > 1 or words < 5 and section = a")
        let e = try QueryParser.parse("words > 1 or words < 5 and section = a", fields: fields)
        guard case .or(_, .and) = e else { return XCTFail("\(e)") }
    }

    func testNotBindsTighterThanAnd() throws {
        let e = try QueryParser.parse("not tag = sitat and words > 20", fields: fields)
        guard case .and(.not, _) = e else { return XCTFail("\(e)") }
        XCTAssertEqual(e.description, "not tags = sitat and words > 20")
    }

    func testParenthesesOverridePrecedence() throws {
        let e = try QueryParser.parse("(words > 1 or words < 5) and section = a", fields: fields)
        guard case .and(.or, _) = e else { return XCTFail("\(e)") }
        XCTAssertEqual(e.description, "(words > 1 or words < 5) and section = a")
        XCTAssertEqual(try parse("not (rom = 1 and Rom = 2)"), "not (Rom = 1 and Rom = 2)")
    }

    func testDesignExample() throws {
        let s = #"section = "Dialogtema 1" and (municipality in (Bodø, Tromsø) or text ~ /finans\w*/i) and not tag = sitat and words > 20"#
        XCTAssertEqual(try parse(s),
                       #"section = "Dialogtema 1" and (municipalities in (Bodø, Tromsø) or text ~ /finans\w*/i) and not tags = sitat and words > 20"#)
    }

    func testBareWordsJoinIntoOneValue() throws {
        XCTAssertEqual(try parse("municipality = Vestre Toten and words > 3"), #"municipalities = "Vestre Toten" and words > 3"#)
        XCTAssertEqual(try parse("municipality in (Vestre Toten, 'Indre Fosen', Bodø)"),
                       #"municipalities in ("Vestre Toten", "Indre Fosen", Bodø)"#)
    }

    func testOperatorsAndForms() throws {
        XCTAssertEqual(try parse("words>=20"), "words >= 20")
        XCTAssertEqual(try parse("words == 20"), "words = 20")
        XCTAssertEqual(try parse("group <> x"), "group != x")
        XCTAssertEqual(try parse("group not in (a, b)"), "group not in (a, b)")
        XCTAssertEqual(try parse("url is null"), "url is null")
        XCTAssertEqual(try parse("URL IS NOT NULL"), "url is not null")
        XCTAssertEqual(try parse("has kulturskole"), "has kulturskole")
        XCTAssertEqual(try parse("title has \"den kulturelle skolesekken\""), #"title has "den kulturelle skolesekken""#)
        XCTAssertEqual(try parse("text ~ \"kultur\""), #"text ~ "kultur""#)
        XCTAssertEqual(try parse(#"url ~ /padlet\.com\/x/"#), #"url ~ /padlet\.com\/x/"#)
        XCTAssertEqual(try parse("posted >= 2023-02-09T10:00"), "posted >= 2023-02-09T10:00")
        XCTAssertEqual(try parse("`Created At` = x and rom = 9"), "`Created At` = x and Rom = 9")
    }

    // MARK: - error messages

    func testUnknownFieldSuggestsTheClosest() throws {
        let e = failure("muncipality = Bodø", offset: 7)
        XCTAssertEqual(e?.message, "unknown field 'muncipality'")
        XCTAssertEqual(e?.hint, "did you mean 'municipality'?")
        XCTAssertEqual(e?.location, .column(7))
        let later = failure("words > 2 and secton = x")
        XCTAssertEqual(later?.location, .column(14))
        XCTAssertEqual(later?.hint, "did you mean 'section'?")
    }

    func testBareValueAsFieldSuggestsHas() {
        let e = failure("Bodø")
        XCTAssertEqual(e?.message, "unknown field 'Bodø'")
        XCTAssertEqual(e?.hint, "'fields' lists the fields; to find a word in the text write: has Bodø")
    }

    func testAnUnknownFieldOutsideAFilterIsNotAWordToLookFor() {
        // group by, freq by: no 'has' there.
        XCTAssertThrowsError(try FieldRegistry().resolve("Bodø", column: 9)) { e in
            XCTAssertEqual((e as? InnspillError)?.message, "unknown field 'Bodø'")
            XCTAssertEqual((e as? InnspillError)?.hint, "'fields' lists the fields")
            XCTAssertEqual((e as? InnspillError)?.location, .column(9))
        }
    }

    func testUnbalancedQuote() {
        let e = failure(#"section = "Dialogtema 1"#)
        XCTAssertEqual(e?.message, "unbalanced quote: the \" at column 11 is not closed")
        XCTAssertEqual(e?.location, .column(10))
    }

    func testUnclosedParenthesis() {
        let e = failure("(words > 2 or words < 1")
        XCTAssertEqual(e?.message, "unbalanced parenthesis: '(' is not closed")
        XCTAssertEqual(e?.location, .column(0))
        let list = failure("group in (a, b")
        XCTAssertEqual(list?.message, "unbalanced parenthesis: '(' is not closed")
        XCTAssertEqual(list?.location, .column(9))
    }

    func testExtraClosingParenthesis() {
        let e = failure("words > 2)")
        XCTAssertEqual(e?.message, "unbalanced parenthesis: ')' has no matching '('")
        XCTAssertEqual(e?.location, .column(9))
    }

    func testBadRegexGivesPCREMessageAndColumn() {
        let e = failure("text ~ /finans(/i")
        XCTAssertEqual(e?.message, "bad regex: missing closing parenthesis")
        XCTAssertEqual(e?.location, .column(15))
        let q = failure("text ~ /*ø/")
        XCTAssertEqual(q?.message, "bad regex: quantifier does not follow a repeatable item")
        XCTAssertEqual(q?.location, .column(8))
    }

    func testUnterminatedRegexAndBadFlag() {
        XCTAssertEqual(failure("text ~ /finans")?.message, "unbalanced regex: the / at column 8 is not closed")
        let f = failure("text ~ /finans/g")
        XCTAssertEqual(f?.message, "unknown regex flag 'g'")
        XCTAssertEqual(f?.location, .column(15))
    }

    func testDateComparedWithAWord() {
        let e = failure("posted > igår")
        XCTAssertEqual(e?.message, "cannot compare the date field 'posted' with the word 'igår'")
        XCTAssertEqual(e?.hint, "write a date as 2023-02-09 or a time as 2023-02-09T10:00")
        XCTAssertEqual(e?.location, .column(9))
        XCTAssertEqual(failure("posted = 2023-13-01")?.message, "cannot compare the date field 'posted' with the word '2023-13-01'")
        XCTAssertEqual(failure("posted = 2023-02-30")?.message, "cannot compare the date field 'posted' with the word '2023-02-30'")
        XCTAssertEqual(failure("posted = 30.2.2023")?.message, "cannot compare the date field 'posted' with the word '30.2.2023'")
        XCTAssertEqual(failure("posted > 20")?.message, "cannot compare the date field 'posted' with the number '20'")
    }

    func testNumberComparedWithAWord() {
        let e = failure("words > mange")
        XCTAssertEqual(e?.message, "cannot compare the number field 'words' with 'mange'")
        XCTAssertEqual(e?.hint, "write a number, e.g. words > 20")
        XCTAssertEqual(e?.location, .column(8))
    }

    func testUnknownOperator() {
        let word = failure("section like x")
        XCTAssertEqual(word?.message, "unknown operator 'like'")
        XCTAssertEqual(word?.location, .column(8))
        XCTAssertEqual(failure("words => 3")?.hint, "did you mean '>='?")
        XCTAssertEqual(failure("words > 3 && words < 5")?.message, "unknown operator '&&'")
        XCTAssertEqual(failure("words > 3 && words < 5")?.hint, "write 'and' to combine conditions")
        XCTAssertEqual(failure("words > 3 || words < 5")?.hint, "write 'or' to combine conditions")
        XCTAssertEqual(failure("text =~ x")?.message, "unknown operator '=~'")
    }

    func testMissingValue() {
        let e = failure("words >")
        XCTAssertEqual(e?.message, "missing value after '>'")
        XCTAssertEqual(e?.hint, "e.g. words > 20")
        XCTAssertEqual(e?.location, .column(7))
        XCTAssertEqual(failure("section = and words > 2")?.message, "missing value after '='")
        XCTAssertEqual(failure("text ~")?.message, "missing value after '~'")
        XCTAssertEqual(failure("has")?.message, "missing word after 'has'")
    }

    func testMissingOperatorAndCondition() {
        XCTAssertEqual(failure("section")?.message, "missing operator after 'section'")
        XCTAssertEqual(failure("words > 2 and")?.message, "missing condition at the end")
        XCTAssertEqual(failure("")?.message, "empty filter expression")
        XCTAssertEqual(failure("url is empty")?.message, "expected 'null' after 'is'")
        XCTAssertEqual(failure("group = null")?.message, "compare with null using 'is null'")
        XCTAssertEqual(failure(#""Dialogtema 1""#)?.message, #"expected a field name, found the text "Dialogtema 1""#)
    }

    func testCommaOutsideAList() {
        let e = failure("municipality = Bodø, Tromsø")
        XCTAssertEqual(e?.message, "unexpected ','")
        XCTAssertEqual(e?.hint, "for several values write FIELD in (A, B); join conditions with 'and' or 'or'")
        XCTAssertEqual(e?.location, .column(19))
    }

    func testADecimalCommaSaysToWriteAPoint() {
        let e = failure("words > 3,8")
        XCTAssertEqual(e?.message, "unexpected ','")
        XCTAssertEqual(e?.hint, "write a decimal number with a point: 3.8 (values written 3,8 compare as numbers)")
    }

    func testUnexpectedTokenAfterCondition() {
        let e = failure(#"section = "a" words > 2"#)
        XCTAssertEqual(e?.message, "unexpected 'words'")
        XCTAssertEqual(e?.location, .column(14))
    }

    func testInListErrors() {
        XCTAssertEqual(failure("group in ()")?.message, "empty list after 'in'")
        let comma = failure("group in (a,)")
        XCTAssertEqual(comma?.message, "missing value after ','")
        XCTAssertEqual(comma?.hint, #"write group in (A, B, "C D")"#)
        let e = failure("group in a")
        XCTAssertEqual(e?.message, "expected '(' after 'in'")
        XCTAssertEqual(e?.location, .column(9))
        XCTAssertEqual(failure("group in (a \"b\")")?.message, "expected ',' or ')' in the list, found '\"b\"'")
        XCTAssertEqual(failure("words in (1, x)")?.message, "cannot compare the number field 'words' with 'x'")
    }

    func testHasOnANumberField() {
        XCTAssertEqual(failure("words has 3")?.message, "'has' finds words in text, and 'words' is a number field")
    }

    func testColumnsCountCharactersNotBytes() {
        // æ, ø, å are one column each.
        XCTAssertEqual(failure("municipality = Bodø and xyz = 2")?.location, .column(24))
    }

    /// No input crashes the parser or the evaluator: random expressions either parse and run
    /// or give an InnspillError with a column inside the expression.
    func testRandomInputNeverCrashes() {
        let pieces = ["words", "section", "municipality", "tag", "posted", "text", "=", "!=", "<", ">=", "~", "in", "not", "and",
                      "or", "has", "is", "null", "(", ")", ",", "\"", "'", "/", "/i", "\\", "Bodø", "Å", "2023-02-09", "20", "-3",
                      "x y", "`", "«", "»", "&&", "=>", "[", "*", "+", "?", "\u{0301}", "🙂", "\n", " "]
        var rng = SystemRandomNumberGenerator()
        let units = QuerySample.units()
        for _ in 0..<3000 {
            let n = Int.random(in: 0...8, using: &rng)
            let source = (0..<n).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: Bool.random(using: &rng) ? " " : "")
            do {
                let f = try Filter(source, fields: fields)
                _ = f.select(units)
                _ = f.expression.description
            } catch let e as InnspillError {
                guard case .column(let c)? = e.location else { return XCTFail("no column for \(source): \(e)") }
                XCTAssertTrue(c >= 0 && c <= source.count, "\(source): column \(c)")
            } catch {
                XCTFail("\(source): \(error)")
            }
        }
    }

    /// What the parser prints back parses to the same text again.
    func testDescriptionRoundTrips() throws {
        for s in [#"section = "Dialogtema 1" and (municipality in (Bodø, "Vestre Toten") or text ~ /fin\/ans\w*/i)"#,
                  "not (words > 20 or posted <= 2023-02-09T10:00) and url is not null",
                  #"has "åpne dører" or title ~ "a \"b\"" or group not in ('x', y)"#] {
            let once = try parse(s)
            XCTAssertEqual(try parse(once), once)
        }
    }
}
