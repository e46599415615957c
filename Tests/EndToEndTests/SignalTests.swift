import InnspillTestSupport
import Foundation
import XCTest

/// Signals from outside (issue 9, faults): SIGTERM at the prompt ends the shell and keeps the
/// history, as Ctrl-D does. (A closed pipe ending quietly is SessionTests.testAClosedPipeEndsQuietly;
/// Ctrl-C during a command is TerminalTests.)
final class SignalTests: XCTestCase {
    private var server: TmuxServer!
    private var home: URL!

    override func setUpWithError() throws {
        server = try TmuxServer(name: "innspill-signal")
        home = server.scratch
    }

    override func tearDown() {
        server?.kill()
    }

    @discardableResult
    private func tmux(_ arguments: [String]) -> String { server.run(arguments) }

    /// Waits until `condition` holds (15 s at most).
    private func wait(for what: String, _ condition: () -> Bool, file: StaticString = #filePath, line: UInt = #line) {
        if poll(seconds: 15, until: condition) { return }
        XCTFail("gave up waiting for \(what); the screen:\n\(tmux(["capture-pane", "-p"]))", file: file, line: line)
    }

    func testSIGTERMAtThePromptSavesTheHistoryAndExits() throws {
        let history = home.appendingPathComponent("history")
        // `env` execs the shell, so the pane's process is the shell itself.
        let command = "env HOME=\(home.path) INNSPILL_HISTORY=\(history.path) LANG=C.UTF-8 TERM=xterm NO_COLOR=1 \(ShellRunner.binary.path)"
        tmux(["new-session", "-d", "-x", "120", "-y", "40", "-c", SharedData.packageRoot.path, command])
        wait(for: "the prompt") { tmux(["capture-pane", "-p"]).contains("innspill>") }
        tmux(["send-keys", "-l", "set lang nn"])
        tmux(["send-keys", "Enter"])
        wait(for: "a second prompt") { tmux(["capture-pane", "-p"]).components(separatedBy: "innspill>").count > 2 }
        let pid = try XCTUnwrap(pid_t(tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: history.path), "no history is written before the shell ends")
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        wait(for: "the shell to exit") { kill(pid, 0) != 0 }
        let saved = try String(contentsOf: history, encoding: .utf8)
        XCTAssertTrue(saved.contains("set\\040lang\\040nn") || saved.contains("set lang nn"), saved)
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "readable by its owner only")
    }
}
