import InnspillTestSupport
import Foundation
import XCTest

/// Signals from outside (issue 9, faults): SIGTERM at the prompt ends the shell and keeps the
/// history, as Ctrl-D does. (A closed pipe ending quietly is SessionTests.testAClosedPipeEndsQuietly;
/// Ctrl-C during a command is TerminalTests.)
final class SignalTests: XCTestCase {
    private var socket = ""
    private var home: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("needs tmux (make test installs it)")
        }
        home = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-signal-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        socket = "innspill-signal-\(getpid())-\(UUID().uuidString.prefix(6))"
    }

    override func tearDown() {
        tmux(["kill-server"])
    }

    /// Runs tmux on this test's own server with posix_spawn and waitpid, output through a file
    /// (as TerminalTests does: Foundation's Process was seen to miss the client's exit).
    @discardableResult
    private func tmux(_ arguments: [String]) -> String {
        let output = home.appendingPathComponent("tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["/usr/bin/tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv, environ) == 0 else {
            XCTFail("could not start tmux")
            return ""
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Waits until `condition` holds (15 s at most).
    private func wait(for what: String, _ condition: () -> Bool, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if condition() { return }
            usleep(100_000)
        }
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
