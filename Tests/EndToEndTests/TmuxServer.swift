import InnspillTestSupport
import Foundation
import XCTest

/// A tmux server of one test's own, for driving the real prompt in a terminal.
///
/// tmux runs through posix_spawn and waitpid: the server that `new-session` starts keeps
/// running, and Foundation's Process was seen to miss the client's exit then. Output goes
/// through a file in `scratch`, never a pipe the server could hold.
///
/// ```swift
/// let tmux = try TmuxServer(name: "innspill-test")   // skips the test when tmux is missing
/// tmux.run(["new-session", "-d", command])
/// tmux.screen.contains("innspill>")
/// ```
final class TmuxServer {
    private let socket: String
    /// A new folder of the test's own, for its files (a HOME, a history) and tmux's output.
    let scratch: URL

    /// `name` starts the socket's and the scratch folder's names. Throws XCTSkip without tmux.
    init(name: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("needs tmux (make test installs it)")
        }
        scratch = ScratchFolder.make(name)
        socket = scratch.lastPathComponent
    }

    /// Runs `tmux ARGUMENTS` on this server and answers what it printed.
    @discardableResult
    func run(_ arguments: [String]) -> String {
        let output = scratch.appendingPathComponent("tmux-\(UUID().uuidString).out")
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

    /// What the pane shows now.
    var screen: String { run(["capture-pane", "-p"]) }

    /// Ends the server and everything running in it, and removes the scratch folder once the
    /// pane's program has exited (a shell still saving its history would otherwise make it anew).
    func kill() {
        let panes = run(["list-panes", "-a", "-F", "#{pane_pid}"]).split(separator: "\n").compactMap { pid_t($0) }
        run(["kill-server"])
        _ = poll(seconds: 5) { panes.allSatisfy { Glibc.kill($0, 0) != 0 } }
        try? FileManager.default.removeItem(at: scratch)
    }
}

/// Checks `condition` every tenth of a second until it holds or `seconds` have passed; answers
/// whether it came to hold. For what a test waits on outside its own process (a shell's screen,
/// its exit, a file it writes).
///
/// ```swift
/// XCTAssertTrue(poll(seconds: 10) { FileManager.default.fileExists(atPath: path) })
/// ```
func poll(seconds: TimeInterval, until condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(100_000)
    }
    return false
}
