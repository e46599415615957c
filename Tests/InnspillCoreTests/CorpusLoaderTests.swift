import Foundation
import XCTest
@testable import InnspillCore

final class CorpusLoaderTests: XCTestCase {
    /// A folder load reads every export in it, but not the README that describes them.
    func testFolderLoadLeavesOutTheReadme() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Kulturskolen samarbeider med skolen.\n\nVi trenger mer tid.\n"
            .write(to: folder.appendingPathComponent("notater.txt"), atomically: true, encoding: .utf8)
        try "# Om mappen\n\nHer ligger eksportene.\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "Andre notater.\n".write(to: folder.appendingPathComponent("readme.txt"), atomically: true, encoding: .utf8)

        let corpora = try CorpusLoader.load(path: folder.path, options: LoadOptions())
        XCTAssertEqual(corpora.map(\.name), ["notater"])
    }

    /// A folder load reads the folder's own files; the subfolders that hold readable files are named, so the shell can
    /// say where the exports are when a parent folder was loaded by mistake ("load shared" for "load shared/corpora").
    func testSubfoldersWithReadableFilesAreNamedAndNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-parent-\(UUID().uuidString)")
        let corpora = folder.appendingPathComponent("corpora"), empty = folder.appendingPathComponent("bilder")
        try FileManager.default.createDirectory(at: corpora, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Vi trenger tid.\n".write(to: corpora.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Vi trenger rom.\n".write(to: corpora.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "# Om mappen\n".write(to: corpora.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try Data([0x89, 0x50]).write(to: empty.appendingPathComponent("bilde.png"))

        XCTAssertEqual(CorpusLoader.subfoldersWithFiles(folder.path).map { "\($0.name) \($0.files)" }, ["corpora 2"])
        XCTAssertThrowsError(try CorpusLoader.load(path: folder.path, options: LoadOptions())) { error in
            let error = error as? InnspillError
            XCTAssertEqual(error?.message, "the folder '\(DisplayPath.of(folder.path))' has no file Innspill can read")
            XCTAssertEqual(error?.hint, "its subfolders have some (a folder's subfolders are not read): load \(DisplayPath.of(corpora.path))")
        }
    }

    /// A path that is not there names the file beside it that was meant: one starting with the name typed, or a typing
    /// mistake away.
    func testAMissingPathNamesTheNearestFileBesideIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-near-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["padlet-2020-10-09-pilot.txt", "padlet-2025-05-05-dialog.txt", "notater.md"] {
            try "Vi trenger tid.\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        func hint(_ name: String) -> String? {
            do { _ = try CorpusLoader.load(path: folder.appendingPathComponent(name).path, options: LoadOptions()) } catch let error as InnspillError {
                return error.hint
            } catch { return nil }
            return nil
        }
        XCTAssertEqual(hint("padlet-2020.txt"), "did you mean '\(DisplayPath.of(folder.appendingPathComponent("padlet-2020-10-09-pilot.txt").path))'?")
        XCTAssertEqual(hint("notatr.md"), "did you mean '\(DisplayPath.of(folder.appendingPathComponent("notater.md").path))'?")
        XCTAssertEqual(hint("padlet.txt"), "check the path (Tab completes it)", "two start so: neither is named")
    }

    /// A board exported twice ("seminar.txt" and "seminar.csv") loads as two corpora, named with their extensions.
    func testFolderFilesSharingAStemAreNamedWithTheirExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-stems-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "text,group\nVi trenger tid.,Gruppe 1\n".write(to: folder.appendingPathComponent("seminar.csv"), atomically: true, encoding: .utf8)
        try "Vi trenger tid.\n".write(to: folder.appendingPathComponent("seminar.txt"), atomically: true, encoding: .utf8)
        try "Andre notater.\n".write(to: folder.appendingPathComponent("notater.txt"), atomically: true, encoding: .utf8)

        XCTAssertEqual(try CorpusLoader.load(path: folder.path, options: LoadOptions()).map(\.name),
                       ["notater", "seminar-csv", "seminar-txt"])
        var named = LoadOptions()
        named.name = "vest"
        XCTAssertEqual(try CorpusLoader.load(path: folder.path, options: named).map(\.name),
                       ["vest-notater", "vest-seminar-csv", "vest-seminar-txt"])
    }

    /// Ragged rows give one warning per file that counts them all, names the first lines and says how to fix them.
    func testRaggedRowsAreCountedInOneWarningWithTheirLinesAndAFix() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-ragged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func load(_ text: String) throws -> [String] {
            let url = folder.appendingPathComponent("svar.csv")
            try text.write(to: url, atomically: true, encoding: .utf8)
            return try CorpusLoader.loadFile(url.path, options: LoadOptions()).warnings.filter { $0.contains("cells") }
                .map { $0.replacingOccurrences(of: url.path, with: "svar.csv") }
        }
        // Lines 3, 5 and 6 have an unquoted comma in the text.
        let more = try load("text,group\nVi trenger tid.,Gruppe 1\nVi trenger tid, rom og penger.,Gruppe 2\n"
                            + "Mer samarbeid.,Gruppe 3\nBarn, unge,Gruppe 4\nLærere, skoler,Gruppe 5\n")
        XCTAssertEqual(more, ["'svar.csv': 3 rows have more cells than the header's 2 (lines 3, 5, 6): their extra cells were left out; "
                              + "check those lines for a ',' inside a cell that is not in double quotes (\"a, b\"), or export the file again"])
        let fewer = try load("text,group\nVi trenger tid.\nMer samarbeid.,Gruppe 3\n")
        XCTAssertEqual(fewer, ["'svar.csv': 1 row has fewer cells than the header's 2 (line 2): their missing cells were read as empty; "
                               + "check those lines for a missing ',' or a line break outside double quotes, or export the file again"])
        // Seven ragged rows, both kinds: one warning, five lines named.
        let mixed = try load("text,group\n" + (1...5).map { "Svar \($0), med komma,Gruppe \($0)\n" }.joined() + "Kort\nOgså kort\n")
        XCTAssertEqual(mixed.count, 1, "one warning per file: \(mixed)")
        XCTAssertTrue(mixed[0].hasPrefix("'svar.csv': 7 rows do not have the header's 2 cells (5 with more, 2 with fewer; lines 2, 3, 4, 5, 6 and 2 more): "),
                      mixed[0])
        XCTAssertTrue(mixed[0].hasSuffix("or export the file again"), mixed[0])
        XCTAssertEqual(try load("text,group\n\"Tid, rom\",Gruppe 1\n"), [], "quoted commas are no ragged row")
    }

    /// The sniffer reads the start of a file only (issue 3: a 50 MB line spent half its load time there):
    /// what stands past the first few hundred characters of a line, or the first 256 KB, does not count.
    func testSniffingReadsOnlyTheStartOfTheFile() {
        let words = String(repeating: "kulturskolen samarbeider med skolen ", count: 20)  // 720 characters
        XCTAssertEqual(CorpusLoader.sniff("a\tb\tc\n1\t2\t3\n", path: "x.txt"), .tsv)
        XCTAssertEqual(CorpusLoader.sniff(words + "a\tb\tc\n", path: "x.txt"), .text, "tabs past the first line's start")
        XCTAssertEqual(CorpusLoader.sniff("Subject,Body,Author,Created At\n", path: "x.txt"), .csv)
        XCTAssertEqual(CorpusLoader.sniff(words + ",Body,Created At\n", path: "x.txt"), .text, "a header past the line's start")
        let stamps = "Gruppe 1 5/5/25 9:12AM\nVi trenger tid.\nGruppe 2 5/5/25 9:15AM\nMer samarbeid.\n"
        XCTAssertEqual(CorpusLoader.sniff(stamps, path: "x.txt"), .padlet)
        XCTAssertEqual(CorpusLoader.sniff(String(repeating: words + "\n", count: 400) + stamps, path: "x.txt"), .text,
                       "author lines past the first 256 KB")
        let permalink = "https://padlet.com/kulturskolene/seminar/wish/123\n"
        XCTAssertEqual(CorpusLoader.sniff("Vi trenger tid.\n" + permalink, path: "x.txt"), .padlet)
        XCTAssertEqual(CorpusLoader.sniff(String(repeating: words, count: 400) + permalink, path: "x.txt"), .text)
    }

    /// A file of one long line loads as one post, and invalid bytes in it are still named in a warning.
    func testOneLongLineLoadsAsOnePostWithItsInvalidBytesNamed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-one-line-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        let half = Array(String(repeating: "kulturskolen samarbeider med skolen i Bodø ", count: 10_000).utf8)
        try Data(half + [0xFF] + half).write(to: url)
        let corpus = try CorpusLoader.loadFile(url.path, options: LoadOptions())
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.count, 1)
        XCTAssertTrue(corpus.warnings.contains { $0.contains("1 invalid UTF-8 byte replaced by U+FFFD on line 1") }, "\(corpus.warnings)")
    }

    /// A U+FFFD that decoding put for an invalid byte is no lost ligature: its line is left as it is,
    /// while a U+FFFD that stood in the file (a PDF's lost "fi") is repaired.
    func testALineDamagedInDecodingIsNotRepaired() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-damaged-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        // Line 1: a Windows-1252 "ø" (0xF8) in an otherwise UTF-8 file; line 3: the PDF's own U+FFFD.
        let bytes = Array("Vi ".utf8) + [0xF8] + Array("nsker mer tid.\n\nDet trengs mer \u{FFFD}nansiering. Og æøå.\n".utf8)
        try Data(bytes).write(to: url)
        let corpus = try CorpusLoader.loadFile(url.path, options: LoadOptions())
        let texts = corpus.units.filter { $0.kind == .post }.map(\.text)
        XCTAssertEqual(texts, ["Vi \u{FFFD}nsker mer tid.", "Det trengs mer finansiering. Og æøå."])
        XCTAssertEqual(corpus.repairs.map(\.line), [3])
    }

    /// A file that is not UTF-8 is read as Windows-1252, or as Mac Roman when that reads its bytes as Norwegian letters
    /// (Excel for Mac's "CSV (Macintosh)", with old Mac line ends).
    func testMacRomanAndWindows1252() throws {
        let word = "Bodø, Hålogaland og Ærfugl"
        // Mac Roman written out by hand (Foundation's encoder on Linux is not Mac Roman): æ 0xBE, ø 0xBF, å 0x8C, Æ 0xAE.
        let macLetters: [Character: UInt8] = ["æ": 0xBE, "ø": 0xBF, "å": 0x8C, "Æ": 0xAE]
        let mac = Data("Kommune;Innspill\r\(word);Vi ønsker æ og å.\r".flatMap { macLetters[$0].map { [$0] } ?? Array(String($0).utf8) })
        let decodedMac = try TextDecoding.decode(mac, path: "mac.csv")
        XCTAssertEqual(decodedMac.encoding, "mac-roman")
        XCTAssertTrue(decodedMac.text.contains("Vi ønsker æ og å.") && decodedMac.text.contains(word), decodedMac.text)
        XCTAssertTrue(decodedMac.warnings.first?.contains("Mac Roman") == true)
        let windows = try XCTUnwrap("Kommune;Innspill\r\n\(word);Vi ønsker æ og å.\r\n".data(using: .windowsCP1252))
        let decodedWindows = try TextDecoding.decode(windows, path: "win.csv")
        XCTAssertEqual(decodedWindows.encoding, "windows-1252")
        XCTAssertTrue(decodedWindows.text.contains("Vi ønsker æ og å."), decodedWindows.text)
    }

    /// Windows and old Mac line ends become "\n" without touching anything else.
    func testUnixLineEnds() {
        XCTAssertEqual(TextDecoding.unixLineEnds("a\r\nb\rc\n\r\nø"), "a\nb\nc\n\nø")
        XCTAssertEqual(TextDecoding.unixLineEnds("ingen endring\n"), "ingen endring\n")
    }

    /// The readers' trimming removes exactly what Foundation's would, without bridging.
    func testTrimmingMatchesFoundation() {
        let samples = ["  Gruppe 2: Bodø\t", "\u{A0}Rom 9\u{2003}", "\n Svar fra Rom 8. \r\n", "", "   ", "\u{2028}x\u{85}",
                       "e\u{301} ", "\tø\t\n"]
        for sample in samples {
            XCTAssertEqual(String(sample.trimmingSpaces), sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)")
            XCTAssertEqual(String(sample.trimmingWhitespace), sample.trimmingCharacters(in: .whitespacesAndNewlines),
                           "\(sample.debugDescription)")
        }
    }

    /// Lines are cut at every "\n" byte, as splitting the UTF-8 would, empty lines and a "\r" kept.
    func testNewlineSeparatedLinesCutAtEveryLineFeed() {
        for text in ["", "a", "a\n", "\n", "a\n\nb", "Bodø\r\nå\n", "e\u{301}\n\u{301}x"] {
            let bytes = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
            XCTAssertEqual(text.newlineSeparatedLines, bytes, text.debugDescription)
        }
        XCTAssertEqual("a\n\nb".newlineSeparatedLines, ["a", "", "b"])
    }
}
