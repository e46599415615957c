import InnspillTestSupport
import Foundation
import XCTest
@testable import InnspillCore

/// Inputs that crashed, hung or took quadratic time, found by `make fuzz` and by the
/// catalogue of bad input (issue 9). Each test failed before its fix: the process
/// crashed, an error was not given, or a load took minutes in a debug build where it
/// now takes a fraction of a second. The slow inputs are sized so that the difference
/// is a hundredfold, and the time limits leave that much room for a busy machine.
final class BadInputRegressionTests: XCTestCase {
    private lazy var folder = ScratchFolder.make("innspill-regressions")

    private func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Loads `path` and returns the corpus or the error, failing when it takes more than `limit` seconds.
    private func load(_ path: String, within limit: TimeInterval, file: StaticString = #filePath,
                      line: UInt = #line) -> Result<Corpus, InnspillError> {
        let start = Date()
        let result: Result<Corpus, InnspillError>
        do {
            result = .success(try CorpusLoader.loadFile(path, options: LoadOptions()))
        } catch let error as InnspillError {
            result = .failure(error)
        } catch {
            XCTFail("not an InnspillError: \(error)", file: file, line: line)
            result = .failure(InnspillError("\(error)"))
        }
        let seconds = Date().timeIntervalSince(start)
        XCTAssertLessThan(seconds, limit, "loading \((path as NSString).lastPathComponent) took \(seconds) s; "
                          + "it should take time in proportion to its size", file: file, line: line)
        return result
    }

    // MARK: Inputs the fuzzer found

    /// Every input `make fuzz` found a crash or a slow run with, kept in FuzzRegressions/ as found
    /// (the extension picks the reader, as in the fuzz targets): each loads or fails with an
    /// InnspillError naming the file, within seconds.
    ///
    /// - json-year-overflow.jsonl: a date whose digits made a year of 13 digits crashed the day arithmetic.
    /// - padlet-ocr-token-of-at-signs.txt: a 3 KB board with a word of 21 '@' (OCR for 'ø') took 1.8 s in
    ///   a release build, 7 s under the fuzzer: the OCR repair tried every combination of substitutions
    ///   although none could replace all the '@'s.
    /// - json-ocr-word-of-gs.json: a word of 40 "g"s took 1.5 s in a release build: the OCR repair looked
    ///   up hundreds of candidates as compounds.
    /// - json-header-word-inside-a-character.jsonl: a title "Gruppe 4:" followed by a combining mark and an invalid
    ///   byte crashed the header's place finder, which stepped back by Characters from a word that starts inside one
    ///   (looking for an "@" read for "Ø").
    func testEveryInputTheFuzzerFoundLoadsOrFailsWithAMessage() throws {
        let stored = SharedData.packageRoot.appendingPathComponent("Tests/InnspillCoreTests/FuzzRegressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: stored.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(names.isEmpty, "the stored inputs are missing from \(stored.path)")
        for name in names {
            let path = stored.appendingPathComponent(name).path
            if case .failure(let error) = load(path, within: 10) {
                XCTAssertTrue(error.description.contains(name), "\(name): the message names the file: \(error.description)")
            }
        }
    }

    /// padlet-ocr-token-of-at-signs.txt ten times, each with its word of '@'s under another first letter
    /// (the repairer remembers words it has seen): 58 s in a debug build before the fix, now about 1 s.
    func testWordsFullOfAtSignsAreRepairedWithoutTryingEveryCombination() throws {
        let stored = SharedData.packageRoot.appendingPathComponent("Tests/InnspillCoreTests/FuzzRegressions/padlet-ocr-token-of-at-signs.txt")
        let board = try Data(contentsOf: stored)
        let word = Data("e@@@@@@@@@@@@@@@@@@@@@@@@@@henger.".utf8)
        let at = try XCTUnwrap(board.range(of: word), "the stored board has its word of '@'s")
        var boards = Data()
        for letter in "bdfhkmprsv".utf8 {
            var copy = board
            copy.replaceSubrange(at, with: [letter] + word)
            boards += copy + Data("\n".utf8)
        }
        let url = folder.appendingPathComponent("at-signs.txt")
        try boards.write(to: url)
        let corpus = try load(url.path, within: 20).get()
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.count, 40)
    }

    /// json-ocr-word-of-gs.json sixty times, each word of "g"s under other first letters: the OCR repair
    /// looked each candidate up as a compound, dozens of dictionary look-ups for hundreds of candidates
    /// (0.8 s a word, 46 s in all in a debug build before the fix).
    func testWordsFullOfGsAreNotTriedAsCompounds() throws {
        let stored = SharedData.packageRoot.appendingPathComponent("Tests/InnspillCoreTests/FuzzRegressions/json-ocr-word-of-gs.json")
        let object = Data(try Data(contentsOf: stored).dropFirst().dropLast())  // the one object, without "[" and "]"
        let word = Data("Si0gi".utf8)
        let at = try XCTUnwrap(object.range(of: word), "the stored export has its word of g's")
        var objects: [Data] = []
        for first in "BDFHKM".utf8 {
            for second in "bdfhkmprtv".utf8 {
                var copy = object
                copy.replaceSubrange(at, with: [first, second] + Data("si0gi".utf8))
                objects.append(copy)
            }
        }
        let url = folder.appendingPathComponent("gs.json")
        try (Data("[".utf8) + objects.joined(separator: Data(",".utf8)) + Data("]".utf8)).write(to: url)
        let corpus = try load(url.path, within: 20).get()
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.count, 60)
    }

    /// The JSON fuzz target found this (json-year-overflow.jsonl): a date cell whose digits made a year of
    /// 13 digits in the `14.03.2024 09:12` form overflowed the day arithmetic and crashed the shell.
    func testADateWithAHugeYearIsNoDateInsteadOfACrash() throws {
        XCTAssertNil(ISODate.make(year: 2_999_999_999_999, month: 3, day: 14))
        XCTAssertNil(ISODate.make(year: 0, month: 3, day: 14))
        XCTAssertNotNil(ISODate.make(year: 9999, month: 12, day: 31, hour: 23, minute: 59))
        let path = try write("text,posted\nVi trenger mer samarbeid.,14.03.2999999999999 09:12\n", "year.csv")
        let corpus = try load(path, within: 10).get()
        XCTAssertNil(corpus.units.first?.posted)
    }

    // MARK: Readers

    /// A cell of 25,000 '<a' with no '>': the HTML stripper searched for the '>' from every
    /// '<' to the end (10 KB took 4 s and 20 KB 17 s in a debug build; now 50 KB takes 0.3 s).
    func testACellFullOfUnclosedTagsLoadsInLinearTime() throws {
        let path = try write("text,group\n\"" + String(repeating: "<a", count: 25_000) + "\",Gruppe 1\n", "angles.csv")
        let corpus = try load(path, within: 20).get()
        XCTAssertEqual(corpus.units.first?.text.filter { $0 == "<" }.count, 25_000, "no '<' is lost without a '>'")
    }

    /// Comparisons in a note are text: "3 < 5 ... 7 > 2" was read as one HTML tag and dropped.
    func testAnglesThatAreNotTagsStayInTheText() throws {
        let path = try write("text,group\n\"Vi har 3 < 5 timer og 7 > 2 elever.<br>Og <b>mer</b>.\",Gruppe 1\n", "compare.csv")
        let text = try XCTUnwrap(try load(path, within: 10).get().units.first?.text)
        XCTAssertTrue(text.contains("Vi har 3 < 5 timer og 7 > 2 elever."), text)
        XCTAssertTrue(text.contains("Og mer.") && !text.contains("<b>"), "real tags still go: \(text)")
    }

    /// A CSV of its header alone says so, at line 1 (it said only that nothing was found to read).
    func testACSVOfItsHeaderAloneSaysSo() throws {
        let path = try write("tekst;kommune\n", "tom.csv")
        guard case .failure(let error) = load(path, within: 10) else { return XCTFail("a header alone loaded") }
        XCTAssertTrue(error.description.contains("tom.csv:1: the file has a header row and nothing under it"), error.description)
    }

    /// A header of 40,000 columns over short rows: each row walked every extra column of the
    /// header (about 190 s in a debug build; now under a second).
    func testShortRowsInAVeryWideCSVCostTheirOwnLength() throws {
        let header = (0..<40_000).map { "c\($0)" }.joined(separator: ",") + ",text\n"
        let path = try write(header + String(repeating: "x\n", count: 40_000), "wide.csv")
        guard case .failure(let error) = load(path, within: 30) else { return XCTFail("rows without text loaded") }
        XCTAssertTrue(error.description.contains("found nothing to read in"), error.description)
        XCTAssertTrue(error.description.contains("wide.csv"), error.description)
    }

    /// One paragraph of 10,000 lines ending in a hyphen: joining each split, counted and copied the
    /// whole paragraph so far (37 s in a release build, minutes in a debug one; now under a second).
    func testAParagraphOfThousandsOfHyphenatedLinesLoadsInLinearTime() throws {
        let path = try write(String(repeating: "Vi trenger kultur-\nskolen og samar-\nbeid ", count: 5_000), "hyphens.txt")
        let corpus = try load(path, within: 30).get()
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.count, 1)
    }

    /// JSON objects that each bring keys of their own made every row as wide as all the keys
    /// together (16 s for 4,000 objects in a debug build, quadratic); more than 1,000 keys are refused.
    func testJSONObjectsWithThousandsOfDifferentKeysAreRefused() throws {
        func objects(_ n: Int) -> String { "[" + (0..<n).map { "{\"text\": \"svar \($0)\", \"k\($0)\": 1}" }.joined(separator: ",") + "]" }
        let wide = try write(objects(JSONReader.maximumKeys), "keys.json")
        guard case .failure(let error) = load(wide, within: 20) else { return XCTFail("\(JSONReader.maximumKeys + 1) keys loaded") }
        XCTAssertEqual(error.message, "the JSON objects have \(JSONReader.maximumKeys + 1) different keys; Innspill reads at most \(JSONReader.maximumKeys)")
        XCTAssertEqual(error.location, .file(DisplayPath.of(wide), line: nil))
        XCTAssertNotNil(error.hint)
        let most = try write(objects(JSONReader.maximumKeys - 1), "most-keys.json")
        XCTAssertEqual(try load(most, within: 20).get().units.filter { $0.kind == .post }.count, JSONReader.maximumKeys - 1)
    }

    func testAJSONStringOrNumberIsNotAnArrayOfObjects() throws {
        for (text, name) in [("\"svar\"", "string.json"), ("42", "number.json")] {
            guard case .failure(let error) = load(try write(text, name), within: 10) else { return XCTFail("\(name) loaded") }
            XCTAssertEqual(error.message, "the JSON is not an array of objects", name)
        }
    }

    /// Reading a named pipe waited for a writer forever, and /dev/zero filled the memory.
    func testPipesAndDevicesAreRefusedWithoutReadingThem() throws {
        let pipe = folder.appendingPathComponent("pipe.txt").path
        unlink(pipe)
        XCTAssertEqual(mkfifo(pipe, 0o600), 0, "cannot make a named pipe here")
        for path in [pipe, "/dev/zero"] {
            guard case .failure(let error) = load(path, within: 10) else { return XCTFail("\(path) loaded") }
            XCTAssertEqual(error.message, "'\(DisplayPath.of(path))' is not a regular file (a pipe, socket or device)")
        }
    }

    // MARK: Filter expressions

    /// Every level of parentheses or `not` is a level of recursion in the parser and the
    /// evaluator: 10,000 of them overflowed the stack and crashed the shell.
    func testDeeplyNestedExpressionsAreRefusedInsteadOfOverflowingTheStack() throws {
        let fields = FieldRegistry()
        let limit = 100
        let nested = { (n: Int) in String(repeating: "(", count: n) + "words > 1" + String(repeating: ")", count: n) }
        XCTAssertNoThrow(try QueryParser.parse(nested(limit), fields: fields))
        XCTAssertNoThrow(try QueryParser.parse(String(repeating: "not ", count: limit) + "words > 1", fields: fields))
        for source in [nested(10_000), String(repeating: "not ", count: 10_000) + "words > 1", "(" + nested(limit)] {
            XCTAssertThrowsError(try QueryParser.parse(source, fields: fields)) { error in
                let e = error as? InnspillError
                XCTAssertEqual(e?.message, "the expression nests more than \(limit) parentheses and 'not's deep")
                XCTAssertNotNil(e?.hint)
            }
        }
        XCTAssertThrowsError(try QueryParser.parse(nested(10_000), fields: fields)) { error in
            XCTAssertEqual((error as? InnspillError)?.location, .column(limit), "points at the first '(' too many")
        }
    }

    /// A generated chain of 20,000 conditions made a tree 20,000 deep, whose compilation
    /// overflowed the stack; chains are now balanced trees with the same meaning.
    func testALongChainOfConditionsIsEvaluatedLikeAShortOne() throws {
        let units = (0..<200).map { i -> InnspillCore.Unit in
            var unit = InnspillCore.Unit(kind: .post, text: Array(repeating: "ord", count: i % 50).joined(separator: " "), line: i + 1)
            unit.id = i + 1
            return unit
        }
        let fields = FieldRegistry(units: units)
        let chain = (0..<20_000).map { "words = \($0 * 2)" }.joined(separator: " or ")
        let even = try Filter(chain, fields: fields).select(units)
        XCTAssertEqual(even, units.indices.filter { units[$0].wordCount % 2 == 0 })
        let both = try Filter((0..<20_000).map { _ in "words > 10" }.joined(separator: " and "), fields: fields).select(units)
        XCTAssertEqual(both, try Filter("words > 10", fields: fields).select(units))
        XCTAssertEqual(try QueryParser.parse("words = 1 or words = 2 or words = 3 and words > 0", fields: fields).description,
                       "words = 1 or words = 2 or words = 3 and words > 0", "the chain prints as written")
    }
}
