import InnspillTestSupport
import Foundation
import XCTest

/// The catalogue of bad input of issue 9, through the real binary: every bad file and every
/// mistaken command gives one message saying what is wrong, where and how to fix it, the run
/// exits with status 1, no Swift crash or stack trace appears, and the state — corpora,
/// settings, selections, tags (as `.save` writes them) and the last result table (as
/// `export` writes it) — is byte for byte what it was before the mistake.
final class BadInputTests: XCTestCase {
    /// One mistake: the lines that set the scene, the mistaken line, and a part of the message it must give.
    struct Mistake {
        var setup: [String] = []
        var line: String
        var message: String
        /// The message itself says how to fix it (`top must be from 1 to 1000000000`), so no hint is needed.
        var selfExplaining = false
    }

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-bad-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let demo = SharedData.packageRoot.appendingPathComponent("Corpora/demo")
        for name in ["dialogseminar-2024.txt", "dialogseminar-2024.csv"] {
            try FileManager.default.copyItem(at: demo.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    private func file(_ name: String, _ text: String) throws { try file(name, Array(text.utf8)) }

    /// Runs the mistakes from stdin in the scratch folder, after loading the demo corpus and grouping it,
    /// with `.save` and `export` before and after each, and checks everything the issue asks.
    private func check(_ mistakes: [Mistake], golden: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var lines = ["load dialogseminar-2024.txt as demo", "group by section"]
        var mistakeAt: [Int: Int] = [:]  // stdin line -> mistake
        for (i, mistake) in mistakes.enumerated() {
            lines += mistake.setup + [".save before-\(i).innspill", "export before-\(i).csv"]
            lines.append(mistake.line)
            mistakeAt[lines.count] = i
            lines += [".save after-\(i).innspill", "export after-\(i).csv"]
        }
        let run = try ShellRunner.run([], stdin: lines.joined(separator: "\n") + "\n", in: folder)
        XCTAssertEqual(run.status, 1, file: file, line: line)
        for crash in ["Fatal error", "Program crashed", "Backtrac", "Stack dump"] {
            XCTAssertFalse(run.stderr.contains(crash), "a crash: \(run.stderr)", file: file, line: line)
        }
        let stderr = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var errorsAt: [Int: [(message: String, hint: String?)]] = [:]
        for (k, text) in stderr.enumerated() where text.hasPrefix("<stdin>:") {
            let parts = text.split(separator: ":", maxSplits: 2)
            guard parts.count == 3, let number = Int(parts[1]), parts[2].hasPrefix(" error: ") else { continue }
            let hint = k + 1 < stderr.count && stderr[k + 1].hasPrefix("hint: ") ? stderr[k + 1] : nil
            errorsAt[number, default: []].append((String(parts[2].dropFirst(" error: ".count)), hint))
        }
        XCTAssertEqual(Set(errorsAt.keys), Set(mistakeAt.keys), "errors only on the mistaken lines: \(run.stderr)", file: file, line: line)
        for (number, i) in mistakeAt.sorted(by: { $0.key < $1.key }) {
            let mistake = mistakes[i]
            let errors = errorsAt[number] ?? []
            XCTAssertEqual(errors.count, 1, "\(mistake.line): one message", file: file, line: line)
            guard let error = errors.first else { continue }
            XCTAssertTrue(error.message.contains(mistake.message), "\(mistake.line): \(error.message)", file: file, line: line)
            if !mistake.selfExplaining {
                XCTAssertNotNil(error.hint, "\(mistake.line): a hint says how to fix it (\(error.message))", file: file, line: line)
            }
            // `.save` keeps the exports (and the table they wrote) too: the state is in the other lines.
            let state = { (name: String) throws -> [Substring] in
                try String(contentsOf: self.folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
                    .filter { !$0.hasPrefix("export ") && !$0.hasPrefix("group by ") }
            }
            XCTAssertEqual(try state("before-\(i).innspill"), try state("after-\(i).innspill"),
                           "\(mistake.line): after-\(i).innspill differs from before-\(i).innspill: the state changed", file: file, line: line)
            let a = try Data(contentsOf: folder.appendingPathComponent("before-\(i).csv"))
            let b = try Data(contentsOf: folder.appendingPathComponent("after-\(i).csv"))
            XCTAssertEqual(a, b, "\(mistake.line): after-\(i).csv differs from before-\(i).csv: the state changed", file: file, line: line)
        }
        // The same mistakes as a session file, for a golden file a person can read through.
        let session = (["load dialogseminar-2024.txt as demo", "group by section"] + mistakes.flatMap { $0.setup + [$0.line] })
            .joined(separator: "\n") + "\n"
        try session.write(to: folder.appendingPathComponent("\(golden).innspill"), atomically: true, encoding: .utf8)
        try Golden.check(try ShellRunner.run(["\(golden).innspill"], in: folder), named: golden, file: file, line: line)
    }

    func testEveryBadFileGivesOneMessageNamingItAndLoadsNothing() throws {
        try file("afile.txt", "Vi trenger mer samarbeid.\n")
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o600), 0, "cannot make a named pipe")
        try file("nothing/slides.pdf", "%PDF-1.7\n")
        try file("nothing/photo.png", [0x89, 0x50, 0x4E, 0x47, 0x00])
        try file("mixed/a-good.txt", "Vi trenger mer samarbeid.\n")
        try file("mixed/b-cut.json", "[{\"text\": \"Vi tren")
        try file("empty.txt", "")
        try file("blank.txt", "  \n\t\n   \n")
        try file("board.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n")
        try file("binary.txt", [0x00, 0x01, 0x02, 0x50, 0x4B, 0x03, 0x04])
        try file("unterminated.csv", "text,group\nferdig,Gruppe 1\n\"Vi trenger mer,Gruppe 2\n")
        try file("nocolumn.csv", "navn,dato\nKari,2024-03-14\n")
        try file("object.json", "{\"text\": \"Vi trenger mer samarbeid.\"}")
        try file("string.json", "\"Vi trenger mer samarbeid.\"")
        try file("numbers.json", "[1, 2, 3]")
        try file("cut.json", "[{\"text\": \"Vi trenger")
        try file("lines.jsonl", "{\"text\": \"Vi trenger mer samarbeid.\"}\nVi trenger mer penger.\n")
        try file("utf16-cut.txt", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])
        try check([
            Mistake(line: "load nosuch.txt", message: "no such file or folder: 'nosuch.txt'"),
            Mistake(line: "load afile.txt/board.txt", message: "no such file or folder: 'afile.txt/board.txt'"),
            Mistake(line: "load pipe.txt", message: "'pipe.txt' is not a regular file"),
            Mistake(line: "load nothing", message: "the folder 'nothing' has no file Innspill can read"),
            Mistake(line: "load mixed", message: "mixed/b-cut.json: not valid JSON"),
            Mistake(line: "load empty.txt", message: "'empty.txt' is empty"),
            Mistake(line: "load blank.txt", message: "'blank.txt' is empty"),
            Mistake(line: "load board.txt", message: "'board.txt' is a PDF, not text"),
            Mistake(line: "load binary.txt", message: "'binary.txt' is a binary file"),
            Mistake(line: "load unterminated.csv", message: "unterminated.csv:3: unterminated quote in a cell starting on line 3"),
            Mistake(line: "load nocolumn.csv", message: "nocolumn.csv:1: no text column found"),
            Mistake(line: "load object.json", message: "object.json: the JSON is not an array of objects"),
            Mistake(line: "load string.json", message: "string.json: the JSON is not an array of objects"),
            Mistake(line: "load numbers.json", message: "numbers.json:1: element 1 of the JSON array is not an object"),
            Mistake(line: "load cut.json", message: "cut.json: not valid JSON"),
            Mistake(line: "load lines.jsonl", message: "lines.jsonl:2: line 2 is not a JSON object"),
            Mistake(line: "load utf16-cut.txt", message: "'utf16-cut.txt' starts like UTF-16 but is not valid UTF-16"),
            Mistake(line: "load dialogseminar-2024.txt as demo2 format=csv", message: "dialogseminar-2024.txt:1: no text column found"),
            Mistake(line: "load dialogseminar-2024.csv format=json", message: "dialogseminar-2024.csv:1: not valid JSON"),
            Mistake(line: "load dialogseminar-2024.csv format=word", message: "format=word is not a choice"),
            Mistake(line: "load dialogseminar-2024.txt as demo", message: "a corpus named 'demo' is already loaded"),
        ], golden: "bad-files")
    }

    /// A folder holding a file already loaded loads the others and skips that one with a warning.
    func testAFolderWithAFileAlreadyLoadedSkipsIt() throws {
        try file("board/a.txt", Array("Gruppe 2, Oslo\n\nVi trenger mer tid.\n\nGruppe 3, Bodø\n\nLokaler.\n".utf8))
        try file("board/b.csv", Array("tekst,gruppe\nMer samarbeid.,Gruppe 4\n".utf8))
        let run = try ShellRunner.run(["-c", "load board/a.txt", "-c", "load board", "-c", "corpora"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("warning: 'board/a.txt' is already loaded as 'a'; skipped"), run.stderr)
        XCTAssertTrue(run.stdout.contains("loaded b: 1 post"), run.stdout)
        XCTAssertEqual(run.stdout.components(separatedBy: "loaded a:").count, 2, "a is loaded once: \(run.stdout)")
        // Under a name of its own it loads again, and the warning says its units now count twice.
        let again = try ShellRunner.run(["-c", "load board/a.txt", "-c", "load board/a.txt as a2"], in: folder)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("loaded a2: 2 posts"), again.stdout)
        XCTAssertTrue(again.stderr.contains("warning: 'board/a.txt' is loaded as 'a' too: counts of all corpora now have its units twice"),
                      again.stderr)
    }

    func testAForcedFormatThatDoesNotFitSaysWhatTheFileLooksLike() throws {
        let run = try ShellRunner.run(["-c", "load dialogseminar-2024.txt format=csv",
                                       "-c", "load dialogseminar-2024.csv as csv format=padlet"], in: folder)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("hint: format=csv was given, but the file looks like padlet; leave out format= to read it as that"),
                      run.stderr)
        XCTAssertTrue(run.stderr.contains("warning: format=padlet was given, but 'dialogseminar-2024.csv' looks like csv"), run.stderr)
    }

    /// A file its reader may not read. Root reads a file of mode 000 all the same, so when the tests
    /// run as root (containers, CI) the shell is run as the user nobody through setpriv; without
    /// setpriv, or when nobody may not run the binary where it lies, the test skips and says why.
    func testAFileWithoutReadPermissionIsReported() throws {
        try file("secret.txt", "Vi trenger mer samarbeid.\n")
        XCTAssertEqual(chmod(folder.appendingPathComponent("secret.txt").path, 0), 0)
        var wrapper: [String] = []
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                throw XCTSkip("running as root, who reads a file of mode 000, and without setpriv to run the shell as another user")
            }
            wrapper = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            guard try ShellRunner.run(["--version"], in: folder, through: wrapper).status == 0 else {
                throw XCTSkip("running as root, and the user nobody may not run \(ShellRunner.binary.path) (a folder on its path is closed)")
            }
        }
        let run = try ShellRunner.run(["-c", "load secret.txt", "-c", "corpora"], in: folder, through: wrapper)
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("error: cannot read 'secret.txt'\nhint: check the file's permissions"), run.stderr)
        XCTAssertTrue(run.stdout.contains("(0 rows)"), "nothing was loaded: \(run.stdout)")
    }

    /// Not errors: damaged text and odd encodings load, with a warning naming where bytes were replaced.
    func testDamagedOrOddlyEncodedFilesLoadWithAWarning() throws {
        try file("damaged.txt", Array("Gruppe 1: Bodø\nVi m".utf8) + [0xE5, 0xFF] + Array(" bli bedre på økonomi.\n".utf8))
        var le: [UInt8] = [0xFF, 0xFE], be: [UInt8] = [0xFE, 0xFF]
        for unit in "Vi må bli bedre på økonomi.\n".utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        try file("utf16le.txt", le)
        try file("utf16be.txt", be)
        try file("ragged.csv", "text,group\nVi trenger økonomi.,Gruppe 1\nVi trenger lokaler.\nVi trenger tid.,Gruppe 3,ekstra\n")
        let run = try ShellRunner.run(["-c", "load damaged.txt", "-c", "load utf16le.txt", "-c", "load utf16be.txt", "-c", "load ragged.csv",
                                       "-c", "filter has økonomi", "-c", "group by corpus"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("warning: 'damaged.txt': 2 invalid UTF-8 bytes replaced by U+FFFD on line 2"), run.stderr)
        XCTAssertTrue(run.stderr.contains("warning: 'ragged.csv': 2 rows do not have the header's 2 cells (1 with more, 1 with fewer; lines 3, 4): "),
                      run.stderr)
        for name in ["damaged", "utf16le", "utf16be", "ragged"] {
            XCTAssertTrue(run.stdout.contains("loaded \(name): "), "\(name): \(run.stdout)")
        }
        // 'has økonomi' finds the word in each encoding: the text was decoded, not just loaded.
        for name in ["utf16le", "utf16be", "ragged"] {
            XCTAssertNotNil(run.stdout.range(of: "\(name) +1 ", options: .regularExpression), "\(name): \(run.stdout)")
        }
    }

    /// One line of a megabyte (a PDF export without line breaks) is not an error: it loads as one post.
    /// Not a timed test; `make fuzz`'s README section records how long 50 MB takes.
    func testAFileOfOneLongLineLoads() throws {
        let words = ["kulturskolen", "samarbeid", "økonomi", "Bodø", "barn", "og", "unge", "lærere", "skolen"]
        var line = ""
        var k = 0
        while line.utf8.count < 1_000_000 {
            line += words[k % words.count] + " "
            k += 7
        }
        try file("oneline.txt", line)
        let run = try ShellRunner.run(["-c", "load oneline.txt", "-c", "count"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("loaded oneline: 1 post"), run.stdout)
    }

    /// An unknown option is refused before the command runs: a command that writes a file writes nothing.
    func testAnUnknownOptionIsRefusedBeforeAnythingIsWritten() throws {
        let mistakes: [(line: String, file: String, hint: String)] = [
            (".save work.innspill foo=1", "work.innspill", ".save takes no key=value options"),
            ("export units units.csv foo=1", "units.csv", "export takes fields= sep= lang="),
            ("export table.csv foo=1", "table.csv", "export takes fields= sep= lang="),
            (".once once.txt foo=1", "once.txt", ".once takes no key=value options"),
            ("chart bar colour=red to chart.svg", "chart.svg", "chart bar takes title= subtitle= source= lang= top= sort= size= theme= orientation= values= value= none="),
            ("chart bar to of.svg of group by section nonsense=1", "of.svg", "group takes no key=value options"),
        ]
        for mistake in mistakes {
            let run = try ShellRunner.run(["-c", "load dialogseminar-2024.txt", "-c", "group by section", "-c", mistake.line], in: folder)
            XCTAssertEqual(run.status, 1, mistake.line)
            let key = mistake.line.split(separator: " ").first { $0.contains("=") }!.prefix { $0 != "=" }
            XCTAssertTrue(run.stderr.contains("error: unknown option '\(key)='\nhint: \(mistake.hint)\n"), "\(mistake.line): \(run.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(mistake.file).path),
                           "\(mistake.line) wrote \(mistake.file) before its option was refused")
        }
    }

    func testEveryMistakenCommandGivesOneMessageAndChangesNothing() throws {
        try file("afile.txt", "Vi trenger mer samarbeid.\n")
        let nested = String(repeating: "(", count: 101) + "words > 1" + String(repeating: ")", count: 101)
        try check([
            Mistake(line: "gruop by section", message: "unknown command 'gruop'"),
            Mistake(line: "count everything", message: "unexpected 'everything'"),
            Mistake(line: "show", message: "missing a unit id"),
            Mistake(line: "repairs 99999", message: "no unit with id 99999"),
            Mistake(line: "group by", message: "group by needs a field"),
            Mistake(line: "group by section nonsense=1", message: "unknown option 'nonsense='"),
            Mistake(line: "chart bar colour=red", message: "unknown option 'colour='"),
            Mistake(line: "cluster method=fast", message: "method=fast is not a choice"),
            Mistake(line: "group by section sort cuont", message: "sort takes count or name, not 'cuont'"),
            Mistake(setup: ["tag 3 sitat"], line: "untag 3 sitatt", message: "no unit has the tag 'sitatt'"),
            Mistake(line: "top x", message: "top needs a whole number, not 'x'"),
            Mistake(line: "top 0", message: "top must be from 1 to", selfExplaining: true),
            Mistake(line: "kwic skole width 0", message: "width must be from 5 to 200", selfExplaining: true),
            Mistake(line: "cluster k=0", message: "k must be at least 2, not 0"),
            Mistake(line: "cluster k=100000", message: "k=100000 is more than the 42 units"),
            Mistake(line: "filter section = \"Dialogtema 1", message: "unbalanced quote"),
            Mistake(line: "filter (section = x", message: "unbalanced parenthesis"),
            Mistake(line: "filter text ~ /[a-/", message: "bad regex"),
            Mistake(line: "filter muncipality = Bodø", message: "unknown field 'muncipality'"),
            Mistake(line: "filter posted > 14/03/2024", message: "cannot compare the date field 'posted' with the word '14/03/2024'"),
            Mistake(line: "filter words > many", message: "cannot compare the number field 'words' with 'many'"),
            Mistake(line: "filter " + nested, message: "the expression nests more than 100 parentheses"),
            Mistake(line: "set unit paragraph", message: "unit takes post or segment, not 'paragraph'", selfExplaining: true),
            Mistake(line: ".mode excel", message: "unknown mode 'excel'"),
            Mistake(line: "use nothing-saved", message: "no selection named 'nothing-saved'"),
            Mistake(line: "use demo", message: "no selection named 'demo'"),
            Mistake(line: "themes", message: "nothing is clustered yet"),
            Mistake(line: "chart pie", message: "unknown chart plugin 'pie'"),
            Mistake(line: "chart bar of chart bar of group by section", message: "not another chart"),
            Mistake(setup: ["group by section"], line: "chart bar kart.png", message: "unexpected 'kart.png'"),
            Mistake(line: "chart bar to /no/such/folder/chart.svg", message: "folder '/no/such/folder' does not exist"),
            Mistake(line: "export /no/such/folder/out.csv", message: "folder '/no/such/folder' does not exist"),
            Mistake(line: "export afile.txt/out.csv", message: "'afile.txt' is not a folder"),
            Mistake(line: "export /proc/innspill-bad-input.csv", message: "cannot write '/proc/innspill-bad-input.csv'"),
            Mistake(line: ".once /no/such/folder/once.txt", message: "folder '/no/such/folder' does not exist"),
            Mistake(line: ".output /no/such/folder/all.txt", message: "folder '/no/such/folder' does not exist"),
            Mistake(line: ".save /no/such/folder/work.innspill", message: "folder '/no/such/folder' does not exist"),
            Mistake(line: ".read nosuch.innspill", message: "no such file: 'nosuch.innspill'"),
            Mistake(setup: ["group by section, group"], line: "chart timeline", message: "chart timeline cannot draw this table"),
            Mistake(setup: ["filter group in (\"Gruppe 1\", \"Gruppe 2\")"], line: "cluster k=6", message: "k=6 is more than the 5 units"),
            Mistake(setup: ["filter words > 100000", "group by section"], line: "chart bar", message: "the table is empty"),
        ], golden: "bad-commands")
    }
}
