import InnspillTestSupport
import Foundation
import XCTest
@testable import InnspillCore

/// The readers on the four real exports in ../shared/corpora, post by post, as a
/// careful reader sees them.
final class PadletReaderTests: XCTestCase {
    private func load(_ name: String, repair: Bool = true) throws -> Corpus {
        let url = try SharedData.file("corpora/\(name)")
        return try CorpusLoader.loadFile(url.path, options: LoadOptions(repair: repair))
    }

    private func posts(_ corpus: Corpus) -> [InnspillCore.Unit] { corpus.units.filter { $0.kind == .post } }

    // MARK: 2025 board: every author + timestamp post

    func testEveryAuthorAndTimestampPostOf2025WithAuthorTimeAndSection() throws {
        let corpus = try load("padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt")
        // The oracle: every stamp line in the file, found by a plain pattern independent of the reader.
        let text = try String(contentsOf: try SharedData.file("corpora/padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"^[\s&]*(.+?)\s*5/5/25\s*(\d{1,2}):(\d{2})\s*([AP]M)$"#)
        var expected: [(line: Int, author: String, time: String)] = []
        let lines = text.components(separatedBy: "\n")
        for (i, line) in lines.enumerated() {
            let ns = line as NSString
            guard let m = pattern.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { continue }
            var hour = Int(ns.substring(with: m.range(at: 2)))!
            if ns.substring(with: m.range(at: 4)) == "PM", hour != 12 { hour += 12 }
            expected.append((i + 1, ns.substring(with: m.range(at: 1)), String(format: "%02d:%@", hour, ns.substring(with: m.range(at: 3)))))
        }
        // One author line is wrapped around its date: "KIM ... - NORSK  5/5/25" / "MUSIKKRAD (...) 9:51AM".
        expected.append((242, "KIM ANDRE VIAN BJERKESTRAND - NORSK MUSIKKRAD (OG REFERENT FOR GRUPPE 3)", "09:51"))
        expected.sort { $0.line < $1.line }
        XCTAssertEqual(expected.count, 66)
        // The OCR read two authors' "Ø" as "@": the load repairs them, as it repairs the text.
        let readAsAt = ["ASK@Y": "ASKØY", "TRINESJ@LYST": "TRINESJØLYST"]
        XCTAssertEqual(Set(expected.map(\.author)).intersection(readAsAt.keys).count, 2)
        expected = expected.map { ($0.line, readAsAt[$0.author] ?? $0.author, $0.time) }
        // OCR spells three writers two ways ("Gruppenrvet-ikke", "Gruppe som Eva skriverfor", "TRINESJOLYST"): each is
        // named as first written. 11 spellings, 8 writers.
        var firstSpelling: [String: String] = [:]
        expected = expected.map { want in
            let key = want.author.lowercased().filter { $0.isLetter || $0.isNumber }.replacingOccurrences(of: "ø", with: "o")
            let first = firstSpelling[key] ?? want.author
            firstSpelling[key] = first
            return (want.line, first, want.time)
        }
        XCTAssertEqual(Set(expected.map(\.author)).count, 8)

        let found = posts(corpus)
        XCTAssertEqual(found.count, expected.count)
        for (post, want) in zip(found, expected) {
            XCTAssertEqual(post.line, want.line, "post starting on line \(want.line)")
            XCTAssertEqual(post.author, want.author, "author of the post on line \(want.line)")
            XCTAssertEqual(post.posted.map { String(ISODate.string($0).dropFirst(11).prefix(5)) }, want.time, "time on line \(want.line)")
            XCTAssertEqual(post.posted.map { String(ISODate.string($0).prefix(10)) }, "2025-05-05")
            XCTAssertEqual(post.section, want.line < 537 ? "Gruppedialog 1" : "Gruppedialog 2", "section of line \(want.line)")
        }
        XCTAssertEqual(corpus.title, "Nasjonalt dialogseminar 5. mai")
    }

    func testGroupsOf2025AreRecognisedAfterTheAuthorLine() throws {
        let found = posts(try load("padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt"))
        let byLine = Dictionary(uniqueKeysWithValues: found.map { ($0.line, $0) })
        XCTAssertEqual(byLine[242]?.group, "Gruppe 3")
        XCTAssertEqual(byLine[760]?.group, "Grupperom 1")
        XCTAssertEqual(byLine[32]?.group, "Gruppe nrvet-ikke", "OCR's lost space does not make a new group")
        XCTAssertEqual(byLine[667]?.group, "Gruppe som Eva skriver for")
        XCTAssertEqual(byLine[14]?.group, "Gruppe nrvet-ikke")
        XCTAssertNil(byLine[172]?.group, "an anonymous author names no group")
    }

    func testTheQuestionBoxOf2025IsPromptsAndNotInsideThePostItInterrupts() throws {
        let corpus = try load("padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        let questions = prompts.compactMap(\.question)
        XCTAssertTrue(questions.contains { $0.hasPrefix("Hva i Vestre Totens og Osterøys presentasjon merket du deg ved") }, "\(questions)")
        XCTAssertTrue(questions.contains { $0.hasPrefix("Hvilke praktiske fag/tradisjoner/innganger") })
        // Dialogøkt 1's box was printed as its title and picture; its questions further down, at the top of a post.
        let first = prompts.filter { $0.section == "Gruppedialog 1" }
        XCTAssertEqual(first.compactMap(\.question).first, "Hva vil dere løfte frem som nyttige punkter fra Larviks praksis og perspektiver?")
        XCTAssertEqual(first.count, 4, "\(first.map(\.text))")
        let larvik = try XCTUnwrap(posts(corpus).first { $0.line == 79 })
        XCTAssertTrue(larvik.text.hasPrefix("Skulle gjerne visst mer om hvordan prosjektet i Larvik startet."), larvik.text)
        for post in posts(corpus) {
            XCTAssertFalse(post.text.contains("nyttige punkter fra Larviks"), "the box is not in post \(post.line)")
            XCTAssertFalse(post.text.contains("Vestre Totens og"), "the box is not in post \(post.line)")
            XCTAssertFalse(post.text.contains("refleksjonsramme"), "the box is not in post \(post.line)")
        }
        let interrupted = try XCTUnwrap(posts(corpus).first { $0.line == 617 })
        XCTAssertTrue(interrupted.text.hasPrefix("Både Gol og Grue kulturskoler er plassert på kommunens eneste skole"), interrupted.text)
        XCTAssertTrue(interrupted.text.hasSuffix("Felles møteplasser er viktig."), interrupted.text)
        XCTAssertTrue(interrupted.text.contains("et godt utgangspunkt for samarbeid"), "joined around the box: \(interrupted.text)")
        // The board description is the organisers' text, not a post.
        XCTAssertTrue(prompts.first?.text.contains("kort oppsummering av samtalene") == true)
    }

    func testPermalinksBecomeTheURLAndNeverText() throws {
        let corpus = try load("padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt")
        for unit in corpus.units { XCTAssertFalse(unit.text.contains("padlet.com"), "unit on line \(unit.line)") }
        let trine = try XCTUnwrap(posts(corpus).first { $0.line == 368 })
        XCTAssertEqual(trine.url, "https://padlet.com/hpo5/nasjonalt-dialogseminar-5-mai-9kpqpzqd7wsl5qgw/wish/9kmlZVkjEYNeWpgV")
        XCTAssertTrue(trine.text.contains("Dele kunnskap og samarbeide med ulike instanser"), trine.text)
    }

    func testIconNoiseIsDropped() throws {
        let corpus = try load("padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt")
        for post in posts(corpus) {
            for noise in ["Qo Do", "(]", "(o]"] { XCTAssertFalse(post.text.contains(noise), "'\(noise)' in post \(post.line)") }
        }
    }

    // MARK: 2020 board: every group box with its municipalities

    func testEveryGroupBoxOf2020WithItsMunicipalities() throws {
        let corpus = try load("padlet-2020-10-09-pilot-for-fremtiden.txt")
        // Written by hand from the file: header line -> municipalities taking part (2024 names).
        let expected: [(Int, String, [String])] = [
            (23, "Gruppe 16", ["Orkland", "Osterøy", "Tingvoll", "Gjesdal"]),
            (45, "Gruppe 18", ["Namsos", "Ullensaker"]),
            (62, "Gruppe 12", ["Ulstein", "Hattfjelldal", "Vestre Toten"]),
            (81, "Stranda, Stryn Valle, Inderøy", ["Stranda", "Stryn", "Valle", "Inderøy"]),
            (97, "Gruppe 6", []),
            (125, "Gruppe 2", ["Bodø", "Kongsberg"]),
            // Høyanger answers on a line of its own in the box (line 161), as in Gruppe 8's second box (line 426).
            (147, "Gruppe 8", ["Hyllestad", "Fjaler", "Vanylven", "Høyanger"]),
            (163, "Gruppe 1", ["Asker"]),
            (183, "Gruppe 4", ["Frøya", "Gloppen"]),
            (197, "Gruppe 17", ["Vefsn", "Malvik", "Åfjord", "Nes"]),  // "Nes:" answers in the box (line 201)
            (237, "Gruppe 6", ["Holmestrand", "Karmøy", "Kvæfjord"]),
            (271, "Gruppe 7", ["Øygarden"]),
            (293, "Gruppe 10", []),
            (315, "Gruppe 15", ["Grimstad", "Lier", "Hustadvika", "Indre Fosen"]),
            (383, "Gruppe 13", ["Steinkjer", "Ås", "Porsgrunn"]),
            (399, "Gruppe 3", ["Høyanger", "Brønnøy", "Gjesdal"]),
            (403, "Rom 9", ["Nes", "Kvam"]),
            (418, "Gruppe 10", ["Vadsø", "Målselv"]),
            (426, "Gruppe 8", ["Hyllestad", "Fjaler", "Vanylven", "Høyanger"]),
            (433, "Gruppe 4", ["Frøya", "Gloppen"]),
            (446, "Gruppe 2", ["Bodø", "Kongsberg"]),
            (456, "Gruppe 12", ["Ulstein", "Vestre Toten", "Hattfjelldal"]),
            (486, "Gruppe 11", ["Sarpsborg", "Ullensvang"]),
            (504, "Gruppe 18", ["Ullensaker", "Namsos"]),  // "Rom 18 NMF, Ullensaker, Namsos.": Gruppe 18 again (line 45)
            (521, "Gruppe 15", ["Grimstad", "Lier", "Hustadvika", "Indre Fosen"]),
            (527, "Orkland, Stjørdal, Tingvoll og Osterøy", ["Orkland", "Stjørdal", "Tingvoll", "Osterøy"]),
            (547, "Gruppe 17", ["Malvik", "Vefsn", "Åfjord"]),
            (569, "Gruppe 13", ["Ås", "Steinkjer", "Porsgrunn"]),
            (588, "Gruppe 7", ["Øygarden"]),
            (593, "Gruppe 1", ["Asker"]),
            (612, "Stranda, Stryn Valle, Inderøy", ["Stranda", "Stryn", "Valle", "Inderøy"]),
        ]
        let found = posts(corpus)
        XCTAssertEqual(found.map(\.line), expected.map(\.0))
        for (post, (line, group, municipalities)) in zip(found, expected) {
            XCTAssertEqual(post.group, group, "group of the box on line \(line)")
            XCTAssertEqual(Set(post.municipalities), Set(municipalities), "municipalities of the box on line \(line)")
        }
        XCTAssertEqual(corpus.title, "Pilot for fremtiden...")
        XCTAssertEqual(corpus.units.first?.kind, .prompt, "the chat questions before the first box are the board's text")
        XCTAssertTrue(corpus.repairs.isEmpty, "clean text is not changed")
    }

    func testAnswersOf2020AreSplitAtQuestionsAndMunicipalityLines() throws {
        let corpus = try load("padlet-2020-10-09-pilot-for-fremtiden.txt")
        let box = try XCTUnwrap(corpus.units.first { $0.kind == .post && $0.line == 23 })
        let segments = corpus.units.filter { $0.parent == box.id }
        let byMunicipality = segments.filter { $0.municipalities.count == 1 }.map { $0.municipalities[0] }
        XCTAssertEqual(Set(byMunicipality), ["Tingvoll", "Gjesdal", "Orkland", "Osterøy"])
        XCTAssertTrue(segments.contains { $0.text.hasPrefix("Gi en utviklingsretning") && $0.municipalities == ["Tingvoll"] })
        // Gruppe 15 heads its answers with the task's questions as bullets ("- Hva kan prosjektet bidra med i egen
        // kommune?"); the questions it lists under the second are its answer to it.
        let fifteen = try XCTUnwrap(corpus.units.first { $0.kind == .post && $0.line == 315 })
        let answers = corpus.units.filter { $0.parent == fifteen.id }
        // (Each under the wording most groups gave it; the raw text keeps Gruppe 15's own.)
        XCTAssertEqual(answers.map(\.question), ["Hva tenker vi prosjektet kan bidra med i vår kommune?",
                                                 "Hva trenger vi svar på før vi søker/i løpet av våren?"])
        XCTAssertTrue(answers.first?.raw.contains("Hva kan prosjektet bidra med i egen kommune?") == true)
        XCTAssertTrue(answers.last?.text.contains("Hva er pitchen for å selge det inn til ledelsen") == true)
    }

    func testThe2020GroupsSpellingsOfTheTwoTaskQuestionsAreOneQuestionEach() throws {
        let corpus = try load("padlet-2020-10-09-pilot-for-fremtiden.txt")
        var answers: [String: Int] = [:]
        for unit in corpus.units where unit.kind == .segment { answers[unit.question ?? "(none)", default: 0] += 1 }
        // 19 spellings in the file ("... før vi søker/ i løpet av våren?", "Hva må vi ha svar på før vi søker?",
        // "Hva kan prosjektet bidra med i egen kommune?" ...); "Hva trenger vi å vite?" asks something else; the heading
        // "Forventninger:" over the municipalities' answers of two boxes names what they answer, and so it does over a
        // box's answer or before it on its line ("Forventninger: Inspirasjon fra ...", "Forventningar: Kva skal ...",
        // "Våre forventninger:"), or over the lines before the task's questions; Gruppe 1 heads its opening lines
        // "Bakgrunn:" and its expectations "Forventninger:" after them: 20 answers of the second round, one question.
        XCTAssertEqual(answers, ["Hva tenker vi prosjektet kan bidra med i vår kommune?": 21,
                                 "Hva trenger vi svar på før vi søker/i løpet av våren?": 19,
                                 "Hva trenger vi å vite?": 2, "Forventninger": 20, "Bakgrunn": 1, "(none)": 5])
    }

    // MARK: slides

    func testSlideDecksBecomeOneUnitPerSlideTitledByTheirFirstLine() throws {
        let deck = try load("slides-2020-temamote-fremtidens-kulturskole.txt")
        XCTAssertTrue(deck.units.allSatisfy { $0.kind == .slide })
        XCTAssertEqual(deck.format, "slides")
        let titles = deck.units.compactMap(\.title)
        XCTAssertEqual(titles.first, "Fremtidens kulturskole")
        XCTAssertTrue(titles.contains("Gruppesamtaler"))
        XCTAssertTrue(titles.contains("KAFFEPAUSE – vi starter igjen 11:10"))
        let program = try load("slides-2020-01-dialogkonferanse-2-gardermoen.txt")
        XCTAssertTrue(program.units.contains { $0.title?.hasPrefix("09.30") == true }, "programme blocks are units")
        XCTAssertTrue(program.units.contains { $0.title?.hasPrefix("12.30 - 14.00") == true })
        // Its task pages are slides of their own: each page's first line keeps the space where its form feed stood
        // (" 1. kvadrant/ læringsrom ...", l. 166), right under the last line of the page before.
        XCTAssertEqual(program.units.filter { $0.line >= 149 }.compactMap(\.title).prefix(4),
                       ["Etter dialogkonferansen", "1. kvadrant/ læringsrom - møte med andres praksis, individnivå",
                        "3. kvadrant/ læringsrom - eksempler fra pågående praksis,", "Forventninger til veiledningsarbeidet  - fra Norsk kulturskoleråd"])
        XCTAssertEqual(program.units.count, 24)
    }

    // MARK: repair

    func testRepairsOf2025AreRecordedWithTheirLineAndRawIsKept() throws {
        let corpus = try load("padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt")
        let repairs = corpus.repairs
        XCTAssertGreaterThan(repairs.count, 300)
        func has(_ line: Int, _ original: String, _ repaired: String) -> Bool {
            repairs.contains { $0.line == line && $0.original == original && $0.repaired == repaired }
        }
        XCTAssertTrue(has(16, "bgr", "bør"))
        XCTAssertTrue(has(16, "gjgres", "gjøres"))
        XCTAssertTrue(has(21, "veere", "være"))
        XCTAssertTrue(has(40, "@ygarden", "Øygarden"))
        let first = try XCTUnwrap(posts(corpus).first)
        XCTAssertTrue(first.raw.contains("bgr gjgres"), first.raw)
        XCTAssertTrue(first.text.contains("bør gjøres"), first.text)
        let unrepaired = try load("padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt", repair: false)
        XCTAssertTrue(unrepaired.repairs.isEmpty)
        XCTAssertTrue(posts(unrepaired).first!.text.contains("bgr gjgres"))
    }
}

/// Formats and encodings a user's own exports come in.
final class LoaderFormatTests: XCTestCase {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-loader-\(getpid())")

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    private func write(_ data: Data, _ name: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func testWindowsLineEndsAndWindows1252AreRead() throws {
        let text = "KARI NORDMANN 14. MARS 2024, 08:30 UTC\r\n\r\nSeminar\r\n\r\nGruppe 1 3/14/24 9:12AM\r\nGruppe 1: Bodø og Tromsø\r\nVi trenger økonomi.\r\n"
        let path = try write(Data(text.utf8), "crlf.txt")
        let corpus = try CorpusLoader.loadFile(path, options: LoadOptions())
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(post.municipalities, ["Bodø", "Tromsø"])
        XCTAssertEqual(post.text, "Vi trenger økonomi.")
        var latin = Data("tekst\nVi m".utf8)
        latin.append(0xE5)  // "å" in Windows-1252
        latin.append(contentsOf: Array(" bli bedre p".utf8) + [0xE5] + Array(" samarbeid.\n".utf8))
        let cp = try CorpusLoader.loadFile(try write(latin, "cp1252.csv"), options: LoadOptions())
        XCTAssertEqual(cp.units.first?.text, "Vi må bli bedre på samarbeid.")
        XCTAssertTrue(cp.warnings.contains { $0.contains("Windows-1252") }, "\(cp.warnings)")
    }

    /// Line ends written inside JSON strings ("\r\n", "\r") become "\n", as a file's own do.
    func testLineEndsInsideJSONStringsAreMadeUnixLineEnds() throws {
        let json = #"[{"text": "Vi trenger tid\r\nog rom.", "note": "linje 1\r\nlinje 2\rlinje 3"}]"#
        let corpus = try CorpusLoader.loadFile(try write(Data(json.utf8), "crlf.json"), options: LoadOptions())
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertFalse(post.text.unicodeScalars.contains("\r"), post.text)
        XCTAssertEqual(post.extra["note"], "linje 1\nlinje 2\nlinje 3")
    }

    func testBadInputGivesOneClearErrorNamingTheFile() throws {
        let cases: [(Data, String, String)] = [
            (Data(), "empty.txt", "is empty"),
            (Data("   \n\n".utf8), "blank.txt", "is empty"),
            (Data("%PDF-1.7\n".utf8), "board.txt", "is a PDF"),
            (Data([0x00, 0x01, 0x02, 0x50]), "bin.txt", "is a binary file"),
            (Data("text,group\n\"unterminated,1\n".utf8), "bad.csv", "unterminated quote"),
            (Data("{\"a\": 1}".utf8), "object.json", "not an array of objects"),
            (Data("[1, 2]".utf8), "numbers.json", "is not an object"),
            (Data("[\n  {\"text\": \"a\"},\n  {\"text\" \"b\"}\n]".utf8), "syntax.json", "syntax.json:3: not valid JSON"),
        ]
        for (data, name, message) in cases {
            let path = try write(data, name)
            XCTAssertThrowsError(try CorpusLoader.loadFile(path, options: LoadOptions()), name) { error in
                let e = error as? InnspillError
                XCTAssertTrue(e?.description.contains(message) == true, "\(name): \(String(describing: e))")
                XCTAssertTrue(e?.description.contains(name) == true, "\(name): the message names the file: \(String(describing: e))")
            }
        }
    }

    func testGenericCSVWithMappedColumnsAndExtraFields() throws {
        let csv = "Svar;Gruppe;Kommune;Runde\n".replacingOccurrences(of: ";", with: ",")
            + "\"Vi vil ha flere friplasser.\",Gruppe 3,Bodø,1\n\"Lokaler, lokaler.\",Gruppe 4,Tromsø,2\n"
        var options = LoadOptions()
        options.mapping.columns = ["text": "Svar"]
        let corpus = try CorpusLoader.loadFile(try write(Data(csv.utf8), "svar.csv"), options: options)
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi vil ha flere friplasser.", "Lokaler, lokaler."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 3", "Gruppe 4"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø"], ["Tromsø"]], "a Kommune column gives the municipalities")
        XCTAssertNil(posts.first?.extra["Kommune"], "not an extra field as well")
        XCTAssertEqual(posts.last?.extra["Runde"], "2")
    }

    /// Excel in Norwegian writes CSV with ";" between cells (the comma is the decimal mark).
    func testASemicolonSeparatedCSVIsReadWithItsSeparator() throws {
        let csv = "tekst;gruppe;kommune;poeng\n\"Mer tid, og rom; takk\";Gruppe 1;Bodø;2,5\n\"Økonomi\";Gruppe 2;Tromsø kommune;3\n"
        let corpus = try CorpusLoader.loadFile(try write(Data(csv.utf8), "semikolon.csv"), options: LoadOptions())
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Mer tid, og rom; takk", "Økonomi"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø"], ["Tromsø"]])
        XCTAssertEqual(posts.first?.extra["poeng"], "2,5")
        XCTAssertEqual(corpus.warnings, [], "every row has the header's cells")
        // The header decides: commas in the header mean commas, whatever the cells hold.
        let semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ",")
        for (header, separator) in [("a;b;c", semicolon), ("a,b,c", comma), ("\"a;b\",c", comma), ("\"a,b\";c", semicolon),
                                    ("tekst", comma), ("a;b,c;d", semicolon)] {
            var text = header + "\n1;2,3\n"
            XCTAssertEqual(text.withUTF8 { CSVParser.commaOrSemicolon($0) }, separator, header)
        }
    }

    /// Values of a municipality column that are no municipality are named in one warning, and left out.
    func testAMunicipalityColumnWarnsOfValuesThatAreNoMunicipality() throws {
        let csv = "tekst,kommune\nA,Bodø\nB,Bydel Frogner\nC,Hustavika\nD,Bydel Frogner\nE,\n"
        let corpus = try CorpusLoader.loadFile(try write(Data(csv.utf8), "kommuner.csv"), options: LoadOptions())
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø"], [], ["Hustadvika"], [], []], "a known misspelling is read as the name")
        XCTAssertEqual(corpus.warnings.count, 1, "\(corpus.warnings)")
        let warning = corpus.warnings.first ?? ""
        for part in ["kommuner.csv", "2 values in column 'kommune'", "'Bydel Frogner' (line 3; left out)", "(line 5; left out)",
                     "municipalities=COLUMN"] {
            XCTAssertTrue(warning.contains(part), "\(part) in: \(warning)")
        }
    }

    /// A column named like a field every unit has ("id", "tags", "fylke") is kept as "NAME_column",
    /// which queries can reach, and one warning says so; other columns keep their names.
    func testAColumnNamedLikeABuiltInFieldIsKeptUnderAnotherName() throws {
        let csv = "id,tekst,fylke,Tags,Runde,runde\n17,Mer tid,Nordland,a,1,x\n"
        let corpus = try CorpusLoader.loadFile(try write(Data(csv.utf8), "felt.csv"), options: LoadOptions())
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(post.extra, ["id_column": "17", "fylke_column": "Nordland", "Tags_column": "a", "Runde": "1", "runde_column": "x"])
        XCTAssertEqual(FieldRegistry(units: corpus.units).field(named: "fylke_column")?.isExtra, true, "a query reaches it")
        XCTAssertEqual(corpus.warnings.count, 1, "\(corpus.warnings)")
        for part in ["felt.csv", "'id' is 'id_column'", "'fylke' is 'fylke_column'", "'Tags' is 'Tags_column'", "'runde' is 'runde_column'"] {
            XCTAssertTrue(corpus.warnings.first?.contains(part) == true, "\(part) in \(corpus.warnings)")
        }
    }

    /// A table row whose whole answer reads like a list of places ("Kulturskolen i Oslo") keeps it as its text.
    func testAOneLineAnswerThatNamesAPlaceIsKeptAsText() throws {
        let json = #"[{"text":"Kulturskolen i Oslo","group":"B"},{"text":"Stryn, Stranda\nVi vil ha mer samarbeid.","group":"C"}]"#
        let corpus = try CorpusLoader.loadFile(try write(Data(json.utf8), "svar.json"), options: LoadOptions())
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Kulturskolen i Oslo", "Vi vil ha mer samarbeid."])
        XCTAssertEqual(posts.last?.municipalities, ["Stryn", "Stranda"], "a first line that lists places before the answer is still its header")
    }

    func testThePadletCSVExportOfTheDemoMatchesItsTextExport() throws {
        let root = SharedData.packageRoot.appendingPathComponent("Corpora/demo")
        let text = try CorpusLoader.loadFile(root.appendingPathComponent("dialogseminar-2024.txt").path, options: LoadOptions())
        let csv = try CorpusLoader.loadFile(root.appendingPathComponent("dialogseminar-2024.csv").path, options: LoadOptions())
        XCTAssertEqual(csv.format, "padlet-csv")
        // The same posts at the same (Norwegian) times and sections, with the same municipalities.
        // (Groups may be named differently: the CSV has no author column, so "Gruppe 8" is known
        // only from the text export's author line.)
        func key(_ u: InnspillCore.Unit) -> String { "\(u.posted.map(ISODate.string) ?? "") \(u.section ?? "")" }
        let csvByKey = Dictionary(csv.units.filter { $0.kind == .post }.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let textPosts = text.units.filter { $0.kind == .post }
        for post in textPosts {
            let twin = try XCTUnwrap(csvByKey[key(post)], "no CSV post for \(key(post))")
            XCTAssertEqual(Set(twin.municipalities), Set(post.municipalities), key(post))
            XCTAssertEqual(twin.text.filter { !$0.isWhitespace }, post.text.filter { !$0.isWhitespace }, key(post))
        }
        // The organisers' last post ("Siste runde") is a prompt in both: in the text export its author is the board's
        // creator, in the CSV it has the question boxes' colour.
        XCTAssertEqual(csvByKey.count, textPosts.count)
        XCTAssertEqual(csv.units.filter { $0.kind == .prompt }.map(\.title).last, "Siste runde")
        // The question boxes under the creator's author lines were posted then, as the CSV's rows of them say.
        let prompts = text.units.filter { $0.kind == .prompt }
        XCTAssertEqual(Set(prompts.compactMap { $0.posted.map(ISODate.string) }),
                       ["2024-03-14T08:35:00", "2024-03-14T08:40:00", "2024-03-14T10:05:00", "2024-03-14T12:05:00"])
        XCTAssertEqual(prompts.filter { $0.posted == nil }.count, 1, "only the board's description has no time")
        XCTAssertEqual(Set(prompts.compactMap(\.author)), ["KARI NORDMANN"])
        XCTAssertEqual(text.date.map(ISODate.string), "2024-03-14")
    }
}
