import InnspillTestSupport
import Foundation
import XCTest

/// Drives the real prompt in a terminal (tmux): completion, æøå, history across
/// runs, Ctrl-C clearing a line and interrupting a command, Ctrl-D exiting.
final class TerminalTests: XCTestCase {
    private var server: TmuxServer!
    private var home: URL!
    private var history: URL { home.appendingPathComponent("history") }

    override func setUpWithError() throws {
        server = try TmuxServer(name: "innspill-tty")
        home = server.scratch
    }

    override func tearDown() {
        server?.kill()
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String { server.run(arguments) }

    private func start() throws {
        let command = "env HOME=\(home.path) INNSPILL_HISTORY=\(history.path) LANG=C.UTF-8 TERM=xterm NO_COLOR=1 \(ShellRunner.binary.path)"
        try tmux(["new-session", "-d", "-x", "120", "-y", "40", "-c", SharedData.packageRoot.path, command])
        try waitFor("innspill>")
    }

    private func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// Waits until the screen shows `text` (15 s at most).
    private func waitFor(_ text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws {
        if try poll(seconds: timeout, until: { try screen().contains(text) }) { return }
        XCTFail("the screen never showed '\(text)':\n\(try screen())", file: file, line: line)
    }

    private func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }
    private func press(_ key: String) throws { try tmux(["send-keys", key]) }

    /// The last non-empty line on the screen.
    private func lastLine() throws -> String {
        try screen().split(separator: "\n").last.map(String.init) ?? ""
    }

    func testCompletionOfACommandAndOfAMunicipalityWithØ() throws {
        try start()
        try type("lo")
        try press("Tab")
        try waitFor("innspill> load")
        // The completion ends in a space (capture-pane trims it), so the path follows directly.
        try type("Corpora/demo/dialogseminar-2024.txt as demo")
        try press("Enter")
        try waitFor("loaded demo:")
        // Typed once the prompt is back, as a person would: keys typed while the load still ran were
        // echoed by the terminal before the prompt and garbled the screen the test reads.
        try waitFor("innspill [demo 42/42]>")
        try type("filter municipality = Bo")
        try press("Tab")
        try waitFor("filter municipality = Bodø")
        try press("Enter")
        try waitFor("3 of 42 units match")
        try waitFor("innspill [demo 3/42]>")
        // Plugin names after 'chart', file paths after 'to'.
        try type("chart ba")
        try press("Tab")
        try waitFor("innspill [demo 3/42]> chart bar")
        try type("to Corpora/de")
        try press("Tab")
        try waitFor("chart bar to Corpora/demo/")
    }

    func testNorwegianLettersTypedAtThePrompt() throws {
        try start()
        try type("load Corpora/demo/dialogseminar-2024.txt as demo")
        try press("Enter")
        try waitFor("loaded demo:")
        try waitFor("innspill [demo 42/42]>")
        try type(#"filter section = "Dialogtema 2 - Økonomi og prioriteringer""#)
        try press("Enter")
        try waitFor("units match")
        let shown = try screen()
        XCTAssertFalse(shown.contains("error"), shown)
    }

    func testAnErrorAtThePromptPointsAtThePlaceWithACaretAndAHint() throws {
        try start()
        // The caret goes under 'grupe', after "ø" (one column, two bytes).
        try type("filter municipality = Tromsø and grupe = 3")
        try press("Enter")
        try waitFor("hint: did you mean 'group'?")
        let lines = try screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let echo = try XCTUnwrap(lines.firstIndex(of: "  filter municipality = Tromsø and grupe = 3"), lines.joined(separator: "\n"))
        XCTAssertEqual(lines[echo + 1], String(repeating: " ", count: 2 + 33) + "^")
        XCTAssertEqual(lines[echo + 2], "error: unknown field 'grupe'")
    }

    func testHistoryIsRecalledWithTheUpArrowInTheNextRun() throws {
        try start()
        try type("set lang nn")
        try press("Enter")
        // Ctrl-D at the next prompt: sent while the command still ran, the terminal could take it before the line editor.
        let prompted = try poll(seconds: 15) { try screen().components(separatedBy: "innspill>").count >= 3 }
        XCTAssertTrue(prompted, "the prompt after 'set lang nn'")
        try press("C-d")
        XCTAssertTrue(poll(seconds: 30) { FileManager.default.fileExists(atPath: history.path) }, "Ctrl-D saves the history")
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "history is readable by its owner only")
        // The shell saves the history, then waits for the dictionaries it reads in the background
        // before it exits: the next run starts once this one has ended, as a person's would.
        try waitForExit()
        try start()
        try press("Up")
        try waitFor("innspill> set lang nn")
    }

    func testCtrlCClearsTheLineAndDoesNotExit() throws {
        try start()
        try type("this is thrown away")
        try press("C-c")
        try type("set")
        try press("Enter")
        try waitFor("lang    nb")
        let shown = try screen()
        XCTAssertFalse(shown.contains("unknown command"), shown)
    }

    /// Ctrl-C on an empty line ends that line on screen, as on one with text: the next prompt has a line of its own.
    func testCtrlCOnAnEmptyLineStartsANewLine() throws {
        try start()
        try press("C-c")
        try type("set")
        try press("Enter")
        try waitFor("lang    nb")
        let shown = try screen()
        XCTAssertTrue(shown.contains("^C\n"), shown)
        XCTAssertFalse(shown.contains("]> innspill ["), "two prompts on one line: \(shown)")
    }

    func testCtrlCInterruptsALongCommandAndKeepsTheState() throws {
        // A large file takes seconds to load in a debug build: long enough to interrupt.
        let big = home.appendingPathComponent("big.csv")
        var text = "Section,Subject,Body,Author,Created At\n"
        let row = "Dialogtema 1,\"Gruppe 3: Bodø, Vefsn\",\"Vi trenger mer samarbeid med skolen og bedre finansiering av kulturskolen i kommunen.\",Anonym,2023-02-09 09:00:00\n"
        text.reserveCapacity(row.utf8.count * 200_000)
        for _ in 0..<200_000 { text += row }
        try text.write(to: big, atomically: true, encoding: .utf8)
        try start()
        try type("load \(big.path) as big")
        try press("Enter")
        usleep(700_000)
        try press("C-c")
        try waitFor("error: interrupted")
        try type("corpora")
        try press("Enter")
        try waitFor("(0 rows)")
    }

    func testALongClusteringShowsProgressAndStopsOnCtrlC() throws {
        // 6,000 posts: k-means for each k of k=auto takes seconds in a debug build.
        let file = home.appendingPathComponent("posts.csv")
        let words = ["skole", "kultur", "musikk", "elev", "lærer", "kommune", "budsjett", "samarbeid", "korps", "dans",
                     "teater", "foreldre", "betaling", "friplass", "rektor", "plan", "politiker", "tilbud", "venteliste", "lokale",
                     "kunst", "sang", "kor", "bibliotek", "ungdom", "fritid", "idrett", "helse", "folkehelse", "rom"]
        var text = "Section,Subject,Body,Author,Created At\n"
        for i in 0 ..< 6000 {
            let body = (0 ..< 12).map { words[(i * 7 + $0 * 13 + i / 7) % words.count] }.joined(separator: " ")
            text += "Dialogtema 1,Gruppe \(i % 40 + 1),\"\(body)\",Anonym,2023-02-09 09:00:00\n"
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        try start()
        try type("load \(file.path) as posts")
        try press("Enter")
        try waitFor("loaded posts")
        try type("cluster")
        try press("Enter")
        try waitFor("choosing k")
        let bar = try lastLine()
        XCTAssertTrue(bar.contains("█") || bar.contains("░"), bar)
        XCTAssertTrue(bar.range(of: #"\d+/11"#, options: .regularExpression) != nil, "step count: \(bar)")
        try press("C-c")
        try waitFor("error: interrupted")
        let after = try screen()
        XCTAssertFalse(after.contains("choosing k"), "the bar is wiped before the message:\n\(after)")
        try type("themes")
        try press("Enter")
        try waitFor("nothing is clustered yet")
    }

    func testCtrlDOnAnEmptyLineExits() throws {
        try start()
        try press("C-d")
        try waitForExit()
    }

    /// Waits until the shell has exited and its tmux session with it (15 s at most).
    private func waitForExit(file: StaticString = #filePath, line: UInt = #line) throws {
        if poll(seconds: 15, until: { (try? tmux(["list-sessions"]))?.isEmpty ?? true }) { return }
        XCTFail("the shell did not exit on Ctrl-D:\n\(try screen())", file: file, line: line)
    }
}
