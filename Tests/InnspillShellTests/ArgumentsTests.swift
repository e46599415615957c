import XCTest
@testable import InnspillShell
import InnspillCore

/// How command lines are split into words, options and keywords.
final class ArgumentsTests: XCTestCase {
    func testQuotesGroupWordsAndCommasStandAlone() throws {
        var args = try Arguments(#"3 "Økonomi og finansiering" section, cluster"#, column: 5)
        XCTAssertEqual(args.next()?.text, "3")
        let name = try XCTUnwrap(args.next())
        XCTAssertEqual(name.text, "Økonomi og finansiering")
        XCTAssertTrue(name.quoted)
        XCTAssertEqual(name.column, 7)
        XCTAssertEqual(args.tokens.map(\.text), ["section", ",", "cluster"])
    }

    func testOptionsWithQuotedValuesAreOptionsNotWords() throws {
        let args = try Arguments(#"bar title="Tema i svarene" top=10 to out.png"#)
        XCTAssertEqual(args.option("title"), "Tema i svarene")
        XCTAssertEqual(try args.intOption("top", range: 1...100), 10)
        XCTAssertEqual(args.tokens.map(\.text), ["bar", "to", "out.png"])
        XCTAssertEqual(args.optionKeys, ["title", "top"])
    }

    /// Quotes pasted from a word processor, or written the Norwegian way, group words as straight ones do.
    func testTypographicQuotesGroupWords() throws {
        let args = try Arguments("bar title=\u{201C}Antall grupper\u{201D} subtitle=«Fra 2025» to \u{201E}mine tall.png\u{201C}")
        XCTAssertEqual(args.option("title"), "Antall grupper")
        XCTAssertEqual(args.option("subtitle"), "Fra 2025")
        XCTAssertEqual(args.tokens.map(\.text), ["bar", "to", "mine tall.png"])
        XCTAssertEqual(try Arguments("\u{2018}a b\u{2019} «c»").tokens.map(\.text), ["a b", "c"])
    }

    /// A backslash makes a space, a quote or a comma part of the word, as a shell's Tab completion writes a path; before
    /// other characters it stays (a regex's `\w`, `\.`).
    func testBackslashEscapesASpaceInAWord() throws {
        XCTAssertEqual(try Arguments(#"dir\ test/Padlet\ export.csv as x"#).tokens.map(\.text), ["dir test/Padlet export.csv", "as", "x"])
        XCTAssertEqual(try Arguments(#"/finans\w*\./ a\,b"#).tokens.map(\.text), [#"/finans\w*\./"#, "a,b"])
    }

    func testACommaInAnOptionValueBelongsToTheValue() throws {
        let args = try Arguments("out.json fields=id,group,text by section, cluster")
        XCTAssertEqual(args.option("fields"), "id,group,text")
        XCTAssertEqual(args.tokens.map(\.text), ["out.json", "by", "section", ",", "cluster"])
    }

    func testAQuotedWordIsNeverAnOption() throws {
        let args = try Arguments(#""k=3""#)
        XCTAssertNil(args.option("k"))
        XCTAssertEqual(args.tokens.first?.text, "k=3")
    }

    /// A word after an unquoted option value is the rest of a value with spaces: the hint says to quote it.
    func testAWordAfterAnUnquotedValueIsHintedToGoInQuotes() throws {
        var args = try Arguments("bar title=Tema 2020 to x.png", column: 6)
        _ = args.next()
        _ = try args.takeKeyword("to")
        XCTAssertThrowsError(try args.expectEnd(usage: "chart PLUGIN")) { error in
            let error = error as? InnspillError
            XCTAssertEqual(error?.message, "unexpected '2020'")
            XCTAssertEqual(error?.hint, #"a value with spaces goes in quotes: title="Tema 2020""#)
        }
        XCTAssertThrowsError(try Arguments("a b").expectEnd(usage: "count")) { error in
            XCTAssertEqual((error as? InnspillError)?.hint, "usage: count")
        }
    }

    func testKeywordNumbersAreCheckedWithAMessageNamingThem() throws {
        var args = try Arguments("top x")
        XCTAssertThrowsError(try args.takeKeywordInt("top")) { error in
            XCTAssertEqual((error as? InnspillError)?.message, "top needs a whole number, not 'x'")
        }
        var ranged = try Arguments("top 0")
        XCTAssertThrowsError(try ranged.takeKeywordInt("top")) { error in
            XCTAssertEqual((error as? InnspillError)?.message, "top must be from 1 to 1000000000, not 0")
        }
    }

    /// An id has no upper bound but the largest whole number: the messages say "at least", not the number.
    func testOpenEndedNumbersSayAtLeast() throws {
        let word = try XCTUnwrap(try Arguments("first").tokens.first)
        XCTAssertThrowsError(try Arguments.integer(word, name: "ID", range: 1...Int.max)) { error in
            XCTAssertEqual((error as? InnspillError)?.hint, "write a whole number of at least 1")
        }
        let zero = try XCTUnwrap(try Arguments("0").tokens.first)
        XCTAssertThrowsError(try Arguments.integer(zero, name: "ID", range: 1...Int.max)) { error in
            XCTAssertEqual((error as? InnspillError)?.message, "ID must be at least 1, not 0")
        }
    }

    func testUnbalancedQuotePointsAtItsStart() {
        XCTAssertThrowsError(try Arguments(#"a "b c"#, column: 10)) { error in
            let e = error as? InnspillError
            XCTAssertEqual(e?.message, "unbalanced quote")
            XCTAssertEqual(e?.location, .column(12))
        }
    }

    func testUnknownOptionsAndLeftoverWordsAreErrors() throws {
        let args = try Arguments("x k=2")
        XCTAssertThrowsError(try args.expectOptions(["seed"], of: "cluster"))
        XCTAssertThrowsError(try args.expectEnd())
    }
}

/// Session files, and the registry's promises.
final class SessionFileTests: XCTestCase {
    func testCommentsBlankLinesAndContinuations() {
        let lines = SessionFile.parse("\u{FEFF}# a comment\nload a.txt \\\n   as demo\n\ncount\r\n  # indented comment\n")
        XCTAssertEqual(lines, [SessionFile.Line(text: "load a.txt  as demo", number: 2), SessionFile.Line(text: "count", number: 5)])
    }

    /// A comment after a command ends it; a `#` in quotes, in a regex or inside a word is text.
    func testATrailingCommentEndsTheCommand() {
        XCTAssertEqual(SessionFile.withoutComment("count  # how many now"), "count  ")
        XCTAssertEqual(SessionFile.withoutComment("count #"), "count ")
        XCTAssertEqual(SessionFile.withoutComment("# all of it"), "")
        for kept in ["filter has #kulturskole", "filter title = \"Gruppe # 2\"", "filter text ~ /nr # 2/i",
                     "filter text~/a # b/", "filter text ~ /a\\/ # b/", "tag 3 'a # b'"] {
            XCTAssertEqual(SessionFile.withoutComment(kept), kept)
        }
        XCTAssertEqual(SessionFile.withoutComment("filter text ~ /a/ # b"), "filter text ~ /a/ ")
    }

    func testEveryCommandHasUsageSummaryAndExampleAndNoNameIsTaken() {
        var seen = Set<String>()
        for command in CommandRegistry.all {
            for name in [command.name] + command.aliases {
                XCTAssertTrue(seen.insert(name).inserted, "'\(name)' is the name of two commands")
            }
            XCTAssertFalse(command.synopsis.isEmpty, command.name)
            XCTAssertFalse(command.summary.isEmpty, command.name)
            XCTAssertFalse(command.example.isEmpty, command.name)
        }
    }

    func testUnknownCommandsNameTheClosestOne() {
        XCTAssertEqual(CommandRegistry.unknown("gruop", column: 0).hint, "did you mean 'group'?")
        XCTAssertEqual(CommandRegistry.unknown(".sav", column: 0).hint, "did you mean '.save'?")
    }
}
