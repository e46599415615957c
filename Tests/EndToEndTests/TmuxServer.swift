import Foundation
import XCTest

/// A tmux server of one test's own, for driving the real prompt in a terminal.
///
/// tmux runs through posix_spawn and waitpid: the server that `new-session` starts keeps
/// running, and Foundation's Process was seen to miss the client's exit then. Output goes
/// through a file in `scratch`, never a pipe the server could hold.
///
/// ```swift
/// let tmux = TmuxServer(name: "innspill-test", scratch: folder)
/// tmux.run(["new-session", "-d", command])
/// tmux.screen.contains("innspill>")
/// ```
final class TmuxServer {
    private let socket: String
    private let scratch: URL

    /// `name` starts the socket's name; `scratch` is a folder of the test's own.
    init(name: String, scratch: URL) {
        socket = "\(name)-\(getpid())-\(UUID().uuidString.prefix(6))"
        self.scratch = scratch
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

    /// Ends the server and everything running in it.
    func kill() { run(["kill-server"]) }
}
