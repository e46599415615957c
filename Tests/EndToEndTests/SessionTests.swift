import InnspillTestSupport
import Foundation
import XCTest

/// The shell end to end: session files, flags, exit statuses, stdin batches and
/// pipes, compared as whole outputs with golden files.
final class SessionTests: XCTestCase {
    let sessions = "Tests/EndToEndTests/Sessions"

    func testDemoSessionWalksThroughAFullAnalysis() throws {
        let run = try ShellRunner.run(["Sessions/demo.innspill"])
        XCTAssertEqual(run.status, 0, run.stderr)
        try Golden.check(run, named: "demo-session")
    }

    func testEveryMistakeGivesOneMessageWithFileAndLineAndExitStatusOne() throws {
        let run = try ShellRunner.run(["\(sessions)/errors.innspill"])
        XCTAssertEqual(run.status, 1)
        let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        XCTAssertEqual(errors.count, 18, run.stderr)
        XCTAssertFalse(run.stderr.contains("Fatal error"), "no Swift crash")
        // The state stayed as it was: the last line still counts an empty workspace.
        XCTAssertTrue(run.stdout.contains("0"), run.stdout)
        try Golden.check(run, named: "errors")
    }

    func testBailStopsAtTheFirstError() throws {
        let run = try ShellRunner.run(["--bail", "\(sessions)/bail.innspill"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout.components(separatedBy: "units").count - 1, 1, "only the first count runs: \(run.stdout)")
        XCTAssertTrue(run.stderr.contains("bail.innspill:3: error: unknown command 'gruop'"), run.stderr)
        XCTAssertTrue(run.stderr.contains("did you mean 'group'?"), run.stderr)
    }

    func testWithoutBailTheRestRuns() throws {
        let run = try ShellRunner.run(["\(sessions)/bail.innspill"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout.components(separatedBy: "units").count - 1, 2, run.stdout)
    }

    func testReadNestsRelativeToTheIncludingFileAndJoinsContinuedLines() throws {
        let run = try ShellRunner.run(["\(sessions)/outer.innspill"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("loaded demo:"), run.stdout)
    }

    func testReadRefusesACycle() throws {
        let run = try ShellRunner.run(["\(sessions)/cycle.innspill"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("is already being read (cycle.innspill -> cycle.innspill)"), run.stderr)
    }

    func testCommandsFromStandardInputHaveNoBannerOrPrompt() throws {
        let run = try ShellRunner.run([], stdin: "load Corpora/demo/dialogseminar-2024.txt as demo\ncount\nnosuch\n")
        XCTAssertEqual(run.status, 1)
        XCTAssertFalse(run.stdout.contains("innspill>"))
        XCTAssertFalse(run.stdout.contains("Enter \".help\""))
        XCTAssertTrue(run.stderr.contains("<stdin>:3: error: unknown command 'nosuch'"), run.stderr)
    }

    /// A path with a terminal's escapes ("mine\ eksporter/Padlet\ export\ \(1\).txt", as Tab completion or a file dropped on
    /// the terminal writes it) loads, and `.save` keeps the path as it is, not as typed.
    func testAPathWithATerminalsEscapes() throws {
        let folder = ScratchFolder.make("innspill-escaped-path")
        let inner = folder.appendingPathComponent("mine eksporter")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SharedData.packageRoot.appendingPathComponent("Corpora/demo/dialogseminar-2024.txt"),
                                         to: inner.appendingPathComponent("Padlet export (1).txt"))
        let run = try ShellRunner.run(["-c", #"load mine\ eksporter/Padlet\ export\ \(1\).txt as demo"#, "-c", ".save s.innspill"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("loaded demo: 42 posts"), run.stdout)
        let saved = try String(contentsOf: folder.appendingPathComponent("s.innspill"), encoding: .utf8)
        XCTAssertTrue(saved.contains("Padlet export (1).txt\" as demo"), saved)
    }

    /// A value or word that nothing matches is likely mistyped: the empty result says what it may have meant, and a
    /// word other units use is no typo.
    func testAMistypedValueOrWordIsMetWithWhatItMayMean() throws {
        let run = try ShellRunner.run(["-c", "load Corpora/demo/dialogseminar-2024.txt as demo", "-c", "filter municipality = Bodo",
                                       "-c", "undo", "-c", "coverage økonmi samarbeid", "-c", "kwic økonmi"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("note: no unit has municipalities 'Bodo'; did you mean 'Bodø'?"), run.stdout)
        // A filter of an empty selection says so, and still names the typo (ux26: it said nothing that helped).
        let second = try ShellRunner.run(["-c", "load Corpora/demo/dialogseminar-2024.txt as demo", "-c", "filter municipality = Bodo",
                                          "-c", "filter municipality = Tromso", "-c", "undo"])
        XCTAssertTrue(second.stdout.contains("the selection was already empty, so no unit can match"), second.stdout)
        XCTAssertTrue(second.stdout.contains("note: no unit has municipalities 'Tromso'; did you mean 'Tromsø'?"), second.stdout)
        XCTAssertFalse(second.stdout.hasSuffix("42 units selected\n"), "undo steps back one filter, as before: \(second.stdout)")
        // A county of before 2024 is named by the counties it is part of now, those the units have in the filter.
        let former = try ShellRunner.run(["-c", "load Corpora/demo/dialogseminar-2024.txt as demo", "-c", "filter fylke = Viken"])
        XCTAssertTrue(former.stdout.contains("note: no unit has counties 'Viken': since the reforms it is Østfold, Akershus, Buskerud, "
                                             + "the names the units have; filter counties in (Østfold, Akershus)"), former.stdout)
        XCTAssertEqual(run.stdout.components(separatedBy: "note: no unit uses 'økonmi'; did you mean 'økonomi'?").count, 3, run.stdout)
        let elsewhere = try ShellRunner.run(["-c", "load Corpora/demo/dialogseminar-2024.txt as demo", "-c", "filter not has økonomi",
                                             "-c", "coverage økonomi"])
        XCTAssertFalse(elsewhere.stdout.contains("no unit uses"), elsewhere.stdout)
    }

    func testRepeatedDashCRunsInOrderAndEchoPrintsEachCommand() throws {
        let run = try ShellRunner.run(["--echo", "-c", "load Corpora/demo/dialogseminar-2024.txt as demo", "-c", "count"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "load Corpora/demo/dialogseminar-2024.txt as demo")
        XCTAssertTrue(lines.contains("count"))
    }

    func testFlags() throws {
        let version = try ShellRunner.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout, "0.1.0\n")
        let help = try ShellRunner.run(["--help"])
        XCTAssertEqual(help.status, 0)
        for flag in ["--bail", "--echo", "-i", "--init", "--no-rc", "--no-color", "--version", "-c"] {
            XCTAssertTrue(help.stdout.contains(flag), "--help names \(flag)")
        }
        let wrong = try ShellRunner.run(["--colour"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.stderr.contains("Unknown option '--colour'"), wrong.stderr)
        let noColor = try ShellRunner.run(["--no-color", "-c", "count"])
        XCTAssertEqual(noColor.status, 0)
        XCTAssertFalse(noColor.stdout.contains("\u{1B}["))
    }

    func testInitFileRunsFirstAndRcFileIsSkippedWithNoRc() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-rc-\(getpid())")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try "set lang en\n".write(to: home.appendingPathComponent(".innspillrc"), atomically: true, encoding: .utf8)
        let initFile = home.appendingPathComponent("init.innspill")
        try "set lang nn\n".write(to: initFile, atomically: true, encoding: .utf8)
        // -i with stdin not a terminal: the rc file is read, then commands come from stdin.
        let withRC = try ShellRunner.run(["-i"], stdin: "set\n", environment: ["HOME": home.path])
        XCTAssertTrue(withRC.stdout.contains("lang    en"), withRC.stdout)
        let noRC = try ShellRunner.run(["-i", "--no-rc"], stdin: "set\n", environment: ["HOME": home.path])
        XCTAssertTrue(noRC.stdout.contains("lang    nb"), noRC.stdout)
        let initRun = try ShellRunner.run(["--init", initFile.path, "-c", "set"], environment: ["HOME": home.path])
        XCTAssertTrue(initRun.stdout.contains("lang    nn"), initRun.stdout)
    }

    func testTimerReportsWallAndCPUTimeOnStandardError() throws {
        let run = try ShellRunner.run(["-c", ".timer on", "-c", "count"])
        XCTAssertTrue(run.stderr.contains("Run Time: real "), run.stderr)
        XCTAssertTrue(run.stderr.contains(" cpu "), run.stderr)
        XCTAssertFalse(run.stdout.contains("Run Time"))
    }

    func testAClosedPipeEndsQuietly() throws {
        // `innspill ... | head -1`: the reader goes away; no error message, no crash.
        let script = "\(ShellRunner.binary.path) -c 'load Corpora/demo/dialogseminar-2024.txt as demo' -c 'list 1000' | head -1"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = SharedData.packageRoot
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        let outText = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(outText.split(separator: "\n").count, 1)
        XCTAssertEqual(errText, "")
    }

    /// `info` of a corpus without sections says 0, not "0:" with an empty list.
    func testInfoOfACorpusWithoutSections() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-info-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("svar.jsonl")
        try Data(#"{"svar":"Mer tid","kommune":"Bodø"}"#.utf8).write(to: file)
        let run = try ShellRunner.run(["-c", "load \(file.path) as svar", "-c", ".mode csv", "-c", "info"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("svar,sections,0\r\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("svar,municipalities,1\r\n"), run.stdout)
    }

    func testSetUnitTakesThePluralAsPeopleSayIt() throws {
        let run = try ShellRunner.run([], stdin: """
            load Corpora/demo/dialogseminar-2024.txt as demo
            .mode csv
            set unit segments
            count
            set unit posts
            count
            set unit postss
            """)
        XCTAssertEqual(run.status, 1, "the misspelt last line fails")
        // The demo has 42 posts in 97 segments (CSV rows end in CRLF).
        XCTAssertTrue(run.stdout.contains("units,groups\r\n97,17\r\nunits,groups\r\n42,17\r\n"), run.stdout)
        XCTAssertTrue(run.stderr.contains("unit takes post or segment, not 'postss'"), run.stderr)
    }

    /// `unload` takes its corpus's units out of the selections, `undo` and a clustering, and keeps the rest: a
    /// clustering of the other corpus is kept, one of the unloaded corpus goes, and nothing points past the units.
    func testUnloadKeepsWhatBelongsToTheOtherCorpora() throws {
        let run = try ShellRunner.run([], stdin: """
            load Corpora/demo/dialogseminar-2024.txt as a
            load Corpora/demo/dialogseminar-2024.csv as b
            .mode csv
            filter corpus = b
            tag 150 sitat
            cluster k=3 seed=1
            unload a
            themes
            tags
            undo
            count
            unload b
            count
            themes
            """)
        XCTAssertEqual(run.status, 1, "the last themes has no clustering to show")
        XCTAssertTrue(run.stderr.contains("unloaded a\n"), "notes go to stderr in csv mode: \(run.stderr)")
        XCTAssertTrue(run.stdout.contains("sitat,1"), "b's tag is kept under its new id: \(run.stdout)")
        XCTAssertTrue(run.stdout.contains("units,groups\r\n42,"), "undo goes back to every post of b: \(run.stdout)")
        XCTAssertTrue(run.stderr.contains("the clustering held units of b, so it was dropped"), run.stderr)
        XCTAssertTrue(run.stdout.contains("units,groups\r\n0,0"), run.stdout)
        XCTAssertFalse(run.stderr.contains("crashed"), run.stderr)
        XCTAssertTrue(run.stderr.contains("cluster"), run.stderr)
    }

    /// Commands that only showed something (`set` alone, `stopwords list`) stay out of a saved session; `pivot` shows
    /// a crosstab wide; a unit named twice is tagged once; a cluster gets no empty name.
    func testSmallerCommandsSayWhatTheyDid() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-small-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let saved = folder.appendingPathComponent("s.innspill").path
        let run = try ShellRunner.run([], stdin: """
            load Corpora/demo/dialogseminar-2024.txt as demo
            set
            stopwords list
            set lang en
            .save \(saved)
            tag 6 6 6 sitat
            group by section, kind
            pivot
            cluster k=3 seed=1
            name 1 ""
            """)
        XCTAssertEqual(run.status, 1, "the empty name fails")
        let session = try String(contentsOfFile: saved, encoding: .utf8)
        XCTAssertFalse(session.contains("\nset\n") || session.contains("stopwords list"), session)
        XCTAssertTrue(session.contains("set lang en"), session)
        XCTAssertTrue(run.stdout.contains("tagged 1 unit 'sitat'"), run.stdout)
        let lines = run.stdout.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("section ") && $0.hasSuffix(" post") }, "a column per kind: \(run.stdout)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Oppsummering ") && $0.hasSuffix(" 8") }, run.stdout)
        XCTAssertTrue(run.stderr.contains("a cluster's name cannot be empty"), run.stderr)
    }

    /// A filter holds across `set unit`: the posts become their segments, and `use` and `undo` follow.
    func testSetUnitCarriesTheSelectionOver() throws {
        let run = try ShellRunner.run([], stdin: """
            load Corpora/demo/dialogseminar-2024.txt as demo
            .mode csv
            filter municipalities has "Bodø"
            save bodø
            count
            set unit segment
            count
            undo
            count
            use bodø
            count
            set unit post
            count
            """)
        XCTAssertEqual(run.status, 0, run.stderr)
        let counts = run.stdout.components(separatedBy: "units,groups\r\n").dropFirst().map { $0.prefix { $0 != "," } }
        XCTAssertEqual(counts.count, 5, run.stdout)
        let posts = Int(counts[0]) ?? 0, segments = Int(counts[1]) ?? 0
        XCTAssertGreaterThan(posts, 0)
        XCTAssertGreaterThan(segments, posts, "Bodø's posts have several segments")
        XCTAssertEqual(counts[2], "97", "undo goes back to every segment")
        XCTAssertEqual(Int(counts[3]), segments, "the saved selection is in segments now")
        XCTAssertEqual(Int(counts[4]), posts)
        XCTAssertTrue(run.stderr.contains("the selection of \(posts) posts is now \(segments) segments"), "a note, on stderr in csv mode: \(run.stderr)")
    }

    func testSaveWritesASessionThatRebuildsTheSameState() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-save-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let saved = folder.appendingPathComponent("work.innspill").path
        let first = try ShellRunner.run([], stdin: """
            load Corpora/demo/dialogseminar-2024.txt as demo
            set unit segment
            filter has skole
            tag 5 6 sitat
            save skole
            .save \(saved)
            group by group
            tags
            """)
        XCTAssertEqual(first.status, 0, first.stderr)
        let again = try ShellRunner.run([saved, "-c", "group by group", "-c", "tags"], in: folder)
        XCTAssertEqual(again.status, 0, again.stderr)
        let tables = { (s: String) in s.components(separatedBy: "Units by group").last ?? "" }
        XCTAssertEqual(tables(first.stdout), tables(again.stdout))
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        XCTAssertTrue(text.contains("tag 5 6 sitat"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: saved + ".tmp"), "no temporary file left")
    }

    /// Next year's report is one file: `.save` keeps the charts and exports, and the commands that made the result they
    /// draw, where those ran, so a filter typed after a `group by` does not change its chart on replay.
    func testSaveKeepsTheChartsAndExportsAndWhatMadeThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-save-files-\(getpid())")
        let replay = folder.appendingPathComponent("next")
        try FileManager.default.createDirectory(at: replay, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ShellRunner.run([], stdin: """
            load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo
            group by county
            filter has skole
            sort count asc
            export fylker.csv
            count
            chart bar to grupper.svg of group by group
            .once kommuner.txt
            group by municipality top 3
            list 3
            .save rapport.innspill
            """, in: folder)
        XCTAssertEqual(first.status, 0, first.stderr)
        let session = try String(contentsOf: folder.appendingPathComponent("rapport.innspill"), encoding: .utf8)
        let lines = session.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map(String.init)
        XCTAssertEqual(lines, ["group by county", "sort count asc", "filter has skole", "export fylker.csv",
                               "chart bar to grupper.svg of group by group", ".once kommuner.txt", "group by municipality top 3"],
                       "what only showed something (count, list) is left out")
        try FileManager.default.copyItem(at: folder.appendingPathComponent("rapport.innspill"), to: replay.appendingPathComponent("rapport.innspill"))
        let again = try ShellRunner.run(["rapport.innspill"], in: replay)
        XCTAssertEqual(again.status, 0, again.stderr)
        for file in ["fylker.csv", "grupper.svg", "kommuner.txt"] {
            let made = try Data(contentsOf: folder.appendingPathComponent(file))
            XCTAssertEqual(try Data(contentsOf: replay.appendingPathComponent(file)), made, "\(file) made again the same")
        }
        let counties = try String(contentsOf: folder.appendingPathComponent("fylker.csv"), encoding: .utf8)
        XCTAssertTrue(counties.contains("Vestland"), "the counties of every unit, before the filter: \(counties)")
    }

    /// A session saved into a folder of its own names the files written from that folder (a session file's paths are
    /// read from there), and one outside it by its absolute path: replayed from anywhere, it writes the same files to
    /// the same places. (Saved as typed, 'rapport/fylker.csv' was written to 'rapport/rapport/fylker.csv', which failed.)
    func testASessionSavedInAFolderNamesTheFilesWrittenFromThatFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-save-folder-\(getpid())")
        let report = folder.appendingPathComponent("rapport")
        try FileManager.default.createDirectory(at: report, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.appendingPathComponent("utenfor.csv").path
        let first = try ShellRunner.run([], stdin: """
            load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo
            group by county
            export rapport/fylker.csv
            chart bar to "rapport/alle grupper.svg" of group by group
            .once rapport/kommuner.txt
            group by municipality top 3
            export \(outside)
            .save rapport/rapport.innspill
            """, in: folder)
        XCTAssertEqual(first.status, 0, first.stderr)
        let session = try String(contentsOf: report.appendingPathComponent("rapport.innspill"), encoding: .utf8)
        XCTAssertTrue(session.contains("\nexport fylker.csv\n"), session)
        XCTAssertTrue(session.contains("\nchart bar to \"alle grupper.svg\" of group by group\n"), session)
        XCTAssertTrue(session.contains("\n.once kommuner.txt\n"), session)
        XCTAssertTrue(session.contains("\nexport \(outside)\n"), session)
        var made: [String: Data] = [:]
        for file in ["rapport/fylker.csv", "rapport/alle grupper.svg", "rapport/kommuner.txt", "utenfor.csv"] {
            let url = folder.appendingPathComponent(file)
            made[file] = try Data(contentsOf: url)
            try FileManager.default.removeItem(at: url)
        }
        let again = try ShellRunner.run([report.appendingPathComponent("rapport.innspill").path], in: FileManager.default.temporaryDirectory)
        XCTAssertEqual(again.status, 0, again.stderr)
        for (file, data) in made {
            XCTAssertEqual(try? Data(contentsOf: folder.appendingPathComponent(file)), data, "\(file) made again in its place")
        }
    }

    /// `rename` mends a group's name for the report's tables, and a session file renames it again next year.
    func testRenameMendsAGroupsNameAndASessionKeepsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-rename-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let load = "load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo"
        let run = try ShellRunner.run([], stdin: """
            \(load)
            rename group "gruppe 1" "Gruppe én"
            rename group "Gruppe 99" x
            rename gruppe a b
            .mode csv
            group by group
            .save r.innspill
            """, in: folder)
        XCTAssertEqual(run.status, 1, "two mistakes")
        XCTAssertTrue(run.stdout.contains("renamed group 'gruppe 1' to 'Gruppe én' in "), run.stdout + run.stderr)
        XCTAssertTrue(run.stderr.contains("error: no unit has group 'Gruppe 99'\nhint: did you mean 'Gruppe 9'?"), run.stderr)
        XCTAssertTrue(run.stderr.contains("error: rename changes group, author or section, not 'gruppe'"), run.stderr)
        XCTAssertTrue(run.stdout.contains("\nGruppe én,3,"), run.stdout)
        XCTAssertFalse(run.stdout.contains("\nGruppe 1,"), run.stdout)
        let session = try String(contentsOf: folder.appendingPathComponent("r.innspill"), encoding: .utf8)
        XCTAssertTrue(session.contains("rename group \"gruppe 1\" \"Gruppe én\"\n"), session)
    }

    /// A chart's source line counts the units its table was made from, not the selection at the time it is drawn: a
    /// `group by` before a filter is charted with the count of before the filter.
    func testAChartsSourceLineCountsTheUnitsItsTableWasMadeFrom() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-source-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ShellRunner.run([], stdin: """
            load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo
            group by group
            sort count desc
            filter has skole
            chart bar to before.svg
            chart bar to after.svg of group by group
            .mode csv
            count
            """, in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        let counted = try XCTUnwrap(run.stdout.components(separatedBy: "units,groups\r\n").last)
        let filtered = try XCTUnwrap(Int(counted.prefix { $0 != "," }), run.stdout)
        let before = try String(contentsOf: folder.appendingPathComponent("before.svg"), encoding: .utf8)
        let after = try String(contentsOf: folder.appendingPathComponent("after.svg"), encoding: .utf8)
        XCTAssertTrue(before.contains("Kilde: 42 innspill fra"), "the 42 posts grouped before the filter")
        XCTAssertLessThan(filtered, 42)
        XCTAssertTrue(after.contains("Kilde: \(filtered) innspill fra"), "the \(filtered) posts grouped after it")
    }

    /// Loading a parent folder by mistake says where the exports are: its subfolders are not read, and named.
    func testAFolderLoadNamesTheSubfoldersItDoesNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-parent-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpora"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# Om seminaret\n\nVi møttes i Bodø.\n".write(to: folder.appendingPathComponent("NOTAT.md"), atomically: true, encoding: .utf8)
        try "Vi trenger tid.\n".write(to: folder.appendingPathComponent("corpora/a.txt"), atomically: true, encoding: .utf8)
        let run = try ShellRunner.run(["-c", "load ."], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("warning: a folder's subfolders are not read: corpora (1 file); 'load corpora' reads one"), run.stderr)
    }

    /// A look at the chart plugins between a table and what is done with it loses nothing: `plugins` describes the
    /// shell, so the table before it stays the one `sort`, `export` and `chart` take.
    func testAListOfPluginsDoesNotReplaceTheLastResult() throws {
        let run = try ShellRunner.run([], stdin: """
            load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo
            group by county
            plugins
            sort count asc
            """, in: FileManager.default.temporaryDirectory)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Chart plugins"), run.stdout)
        let sorted = try XCTUnwrap(run.stdout.components(separatedBy: "Chart plugins").last)
        XCTAssertTrue(sorted.contains("county") && sorted.contains("Vestland"), "the counties sorted: \(sorted)")
    }

    /// Tags by id are saved with a check of each unit's text: replayed where an id names another unit, the tag goes to
    /// the unit that has the text now, and a text no longer there is not tagged; warnings say which.
    func testATagByIdFollowsItsTextWhenTheIdsMove() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-tagcheck-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let load = "load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo"
        let saved = try ShellRunner.run(["-c", load, "-c", "tag 3 5 sitat", "-c", ".save tags.innspill"], in: folder)
        XCTAssertEqual(saved.status, 0, saved.stderr)
        let session = try String(contentsOf: folder.appendingPathComponent("tags.innspill"), encoding: .utf8)
        let line = try XCTUnwrap(session.split(separator: "\n").first { $0.hasPrefix("tag ") })
        let checks = try XCTUnwrap(line.split(separator: "=").last).split(separator: ",")
        XCTAssertTrue(line.hasPrefix("tag 3 5 sitat check="), String(line))
        XCTAssertEqual(checks.count, 2, "a check per unit: \(line)")
        let same = try ShellRunner.run(["-c", load, "-c", String(line)], in: folder)
        XCTAssertEqual(same.stderr, "", "the same units: no warning")
        let moved = try ShellRunner.run(["-c", load, "-c", line.replacingOccurrences(of: "tag 3 5", with: "tag 4 5"), "-c", "show 3", "-c", "show 4",
                                         "-c", ".mode csv", "-c", "tags"], in: folder)
        XCTAssertEqual(moved.status, 0, moved.stderr)
        XCTAssertTrue(moved.stderr.contains("warning: the texts tagged 'sitat' have other ids on this data: 4 is now 3; tagged where they are now"), moved.stderr)
        XCTAssertTrue(moved.stdout.contains("sitat,2"), moved.stdout)
        let units = moved.stdout.components(separatedBy: "id              ").dropFirst()
        XCTAssertEqual(units.count, 2, moved.stdout)
        XCTAssertTrue(units.first?.contains("tags            sitat") == true, "unit 3 has the tag: \(moved.stdout)")
        XCTAssertFalse(units.last?.contains("tags            sitat") == true, "unit 4 has not: \(moved.stdout)")
        let lost = try ShellRunner.run(["-c", load, "-c", line.replacingOccurrences(of: String(checks[0]), with: "00000000"), "-c", ".mode csv", "-c", "tags"], in: folder)
        XCTAssertTrue(lost.stderr.contains("warning: the texts tagged 'sitat' as 1 unit 3 are not in this data: not tagged"), lost.stderr)
        XCTAssertTrue(lost.stdout.contains("sitat,1"), lost.stdout)
    }

    /// `export ... lang=nb` names a table's columns as its charts do, for a Norwegian report; `fields=` takes either name.
    func testAnExportedTableNamesItsColumnsInTheLanguageAsked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-export-lang-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ShellRunner.run([
            "-c", "load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo", "-c", "group by county top 2",
            "-c", "export nb.csv lang=nb", "-c", "export nn.csv lang=nn fields=county,count", "-c", "export en.csv",
            "-c", "export units u.json lang=nb"], in: folder)
        XCTAssertEqual(run.status, 1, "units keep their field names: \(run.stderr)")
        XCTAssertTrue(run.stderr.contains("error: lang=nb names a table's columns; units keep their field names"), run.stderr)
        let header = { (file: String) in
            try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(whereSeparator: \.isNewline).first.map(String.init)
        }
        XCTAssertEqual(try header("nb.csv"), "fylke,innspill,andel,grupper,kommuner")
        XCTAssertEqual(try header("nn.csv"), "fylke,innspel")
        XCTAssertEqual(try header("en.csv"), "county,count,share,groups,municipalities")
    }

    func testAChartFileCanBeNamedBeforeOrAfterTheCommandItDraws() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-chart-to-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ShellRunner.run([], stdin: """
            load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo
            chart bar to before.svg of group by county
            chart bar of group by county top 3 to after.svg
            """, in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        let before = try String(contentsOf: folder.appendingPathComponent("before.svg"), encoding: .utf8)
        let after = try String(contentsOf: folder.appendingPathComponent("after.svg"), encoding: .utf8)
        XCTAssertTrue(before.contains("Vestland") && before.contains("Østfold"), "all counties")
        XCTAssertTrue(after.contains("Vestland") && !after.contains("Østfold"), "the top 3 only: 'top 3' went to group by")
    }

    func testOutputAndOnceSendResultsToFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-out-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ShellRunner.run([], stdin: """
            load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo
            .once once.txt
            count
            .output all.txt
            group by section
            count
            .output
            count
            """, in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        let once = try String(contentsOf: folder.appendingPathComponent("once.txt"), encoding: .utf8)
        let all = try String(contentsOf: folder.appendingPathComponent("all.txt"), encoding: .utf8)
        XCTAssertTrue(once.hasPrefix("Count"), once)
        XCTAssertTrue(all.contains("Units by section") && all.contains("Count"), all)
        XCTAssertEqual(run.stdout.components(separatedBy: "Count").count - 1, 1, "only the last count reaches the screen")
    }

    /// A file named for a format gets its tables in that format, as `export` writes them, unless `.mode` chose
    /// another; messages stay on the screen. (`.once municipalities.csv`, the help's example, wrote the screen's table.)
    func testAFileNamedForAFormatGetsThatFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-fmt-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ShellRunner.run([], stdin: """
            load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.txt as demo
            .once kommuner.csv
            group by municipality top 2
            .output rapport.md
            count
            load \(SharedData.packageRoot.path)/Corpora/demo/dialogseminar-2024.csv as demo2
            .output
            .mode json
            .once valgt.csv
            count
            """, in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        let csv = try String(contentsOf: folder.appendingPathComponent("kommuner.csv"), encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("municipality,count,share,groups\r\n"), csv)
        let markdown = try String(contentsOf: folder.appendingPathComponent("rapport.md"), encoding: .utf8)
        XCTAssertTrue(markdown.hasPrefix("| units | groups |\n| ---: | ---: |\n| 42 | 17 |"), markdown)
        XCTAssertFalse(markdown.contains("loaded"), "messages stay on the screen")
        XCTAssertTrue(run.stderr.contains("loaded demo2"), run.stderr)
        let chosen = try String(contentsOf: folder.appendingPathComponent("valgt.csv"), encoding: .utf8)
        XCTAssertTrue(chosen.hasPrefix("[") || chosen.hasPrefix("{"), "the mode chosen with .mode stays: \(chosen)")
    }

    func testHelpListsEveryCommandAndEachHasUsageAndExample() throws {
        let run = try ShellRunner.run(["-c", ".help"])
        XCTAssertEqual(run.status, 0)
        for name in ["load", "filter", "group by", ".mode", ".save", ".read"] {
            XCTAssertTrue(run.stdout.contains(name), "help lists \(name)")
        }
        // Nothing cut off, nothing wider than the terminal (ShellRunner sets COLUMNS=100).
        let words = run.stdout.split(whereSeparator: \.isWhitespace)
        for tail in ["[of", "COMMAND]", "[format=auto|padlet|padlet-csv|slides|csv|tsv|json|jsonl|text|transcript|email]", "[linkage=ward|average|complete]", "nb|nn|en"] {
            XCTAssertTrue(words.contains(Substring(tail)), "the overview shows '\(tail)' whole")
        }
        let wide = run.stdout.split(separator: "\n").filter { $0.count > 100 }.map(String.init)
        XCTAssertEqual(wide, [], "lines wider than the terminal")
        let page = try ShellRunner.run(["-c", "help filter"])
        XCTAssertTrue(page.stdout.contains("usage: filter EXPR"))
        XCTAssertTrue(page.stdout.contains("example:"))
    }
}
