import Foundation
import InnspillCore

/// `.quit` / `.exit`: leave the shell (history is saved).
struct QuitCommand: ShellCommand {
    static let name = ".quit"
    static let aliases = [".exit", "quit", "exit"]
    static let synopsis = ".quit"
    static let summary = "Leave the shell (also .exit, quit, exit, or Ctrl-D on an empty line)."
    static let example = ".quit"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        context.requests.append(.quit)
        return .none
    }
}

/// `.mode`: how result tables print.
struct ModeCommand: ShellCommand {
    static let name = ".mode"
    static let synopsis = ".mode table|csv|tsv|json|markdown"
    static let summary = "Choose how result tables print; with no argument, show the current mode."
    static let example = ".mode markdown"
    static let completion: [CompletionSource] = [.words(ShellControls.Mode.allCases.map(\.rawValue))]
    /// The mode shapes what `.once` and `.output` write, so a session file keeps it.
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        guard let token = args.next() else {
            context.onlyShowed = true
            return .text("mode: \(context.controls.mode.rawValue)")
        }
        try args.expectEnd(usage: synopsis)
        guard let mode = ShellControls.Mode(rawValue: token.text.lowercased()) else {
            throw InnspillError("unknown mode '\(token.text)'", hint: "use one of: table, csv, tsv, json, markdown",
                                location: .column(token.column))
        }
        context.controls.mode = mode
        return .none
    }
}

/// `.output FILE`: send results to a file until `.output` with no argument.
struct OutputCommand: ShellCommand {
    static let name = ".output"
    static let synopsis = ".output [FILE]"
    static let summary = "Send results to FILE until '.output' with no argument sends them to the screen again."
    static let details = """
        A file named .csv, .tsv, .json or .md gets its tables in that format, as 'export'
        writes them, unless '.mode' chose another; other files get them as the screen
        shows them. Messages ("loaded ...") go to the screen then.
        """
    static let example = ".output report.txt"
    static let completion: [CompletionSource] = [.paths]
    /// A session file sends the same results to the same file.
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let path = args.next()?.text
        try args.expectEnd(usage: synopsis)
        if let path {
            try AtomicFile.write(Data(), to: context.resolve(path))
            context.fileWritten = path
        }
        context.controls.outputPath = path
        context.requests.append(.resetOutput)
        return .none
    }
}

/// `.once FILE`: send the next command's result to a file.
struct OnceCommand: ShellCommand {
    static let name = ".once"
    static let synopsis = ".once FILE"
    static let summary = "Send the result of the next command to FILE."
    static let details = """
        A file named .csv, .tsv, .json or .md gets the table in that format, as 'export'
        writes it, unless '.mode' chose another; other files get it as the screen shows it.
        """
    static let example = ".once municipalities.csv"
    static let completion: [CompletionSource] = [.paths]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let path = try args.require("a file name", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        try AtomicFile.checkPlace(context.resolve(path.text))
        context.controls.oncePath = path.text
        return .none
    }
}

/// Reads `on` or `off` for the switch commands.
private func onOff(_ args: Arguments, name: String) throws -> Bool {
    var args = args
    let token = try args.require("on or off", usage: "\(name) on|off")
    try args.expectEnd(usage: "\(name) on|off")
    switch token.text.lowercased() {
    case "on", "yes", "1": return true
    case "off", "no", "0": return false
    default:
        throw InnspillError("\(name) takes on or off, not '\(token.text)'", location: .column(token.column))
    }
}

/// `.timer on|off`: wall and CPU time after each command.
struct TimerCommand: ShellCommand {
    static let name = ".timer"
    static let synopsis = ".timer on|off"
    static let summary = "Print wall-clock and CPU time after each command (on stderr)."
    static let example = ".timer on"
    static let completion: [CompletionSource] = [.words(["on", "off"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        context.controls.timer = try onOff(args, name: name)
        return .none
    }
}

/// `.echo on|off`: print each command before its output.
struct EchoCommand: ShellCommand {
    static let name = ".echo"
    static let synopsis = ".echo on|off"
    static let summary = "Print each command before its output."
    static let example = ".echo on"
    static let completion: [CompletionSource] = [.words(["on", "off"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        context.controls.echo = try onOff(args, name: name)
        return .none
    }
}

/// `.bail on|off`: stop at the first error in a session file or batch.
struct BailCommand: ShellCommand {
    static let name = ".bail"
    static let synopsis = ".bail on|off"
    static let summary = "Stop a session file or batch at the first error."
    static let example = ".bail on"
    static let completion: [CompletionSource] = [.words(["on", "off"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        context.controls.bail = try onOff(args, name: name)
        return .none
    }
}

/// `.history`: the lines typed at the prompt in this session.
struct HistoryCommand: ShellCommand {
    static let name = ".history"
    static let synopsis = ".history"
    static let summary = "List the command lines typed at the prompt in this session."
    static let example = ".history"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        let width = String(context.history.count).count
        let lines = context.history.enumerated().map { i, line in
            String(repeating: " ", count: width - String(i + 1).count) + "\(i + 1)  \(line)"
        }
        return .text(lines.joined(separator: "\n"))
    }
}

/// `.read FILE`: run a session file.
struct ReadCommand: ShellCommand {
    static let name = ".read"
    static let synopsis = ".read FILE"
    static let summary = "Run the commands of a session file; paths in it are taken from its own folder."
    static let example = ".read Sessions/demo.innspill"
    static let completion: [CompletionSource] = [.paths]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let path = try args.require("a session file", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        context.requests.append(.readFile(path.text))
        return .none
    }
}

/// `.save FILE`: write a session file that rebuilds the current state.
struct SaveSessionCommand: ShellCommand {
    static let name = ".save"
    static let synopsis = ".save FILE"
    static let summary = "Write a session file that rebuilds the current state and the files written (charts, exports)."
    static let details = """
        The file lists, in order, the commands that changed the state (loads, settings,
        selections, tags, clusters) and those that wrote a file for the report (chart ...
        to, export, .once, .output), not those that only showed something, nor those that
        failed. A chart or export drawn from the last result keeps the commands that made
        it (group by county, sort count) where they ran. Running the file with
        'innspill FILE' or '.read FILE' restores the work and writes the same files, by
        the same way: a corpus loaded and later unloaded is loaded on the way again.
        Loaded files are written as absolute paths; the files written as paths from the
        session file's folder (absolute when outside it), so they are written to the same
        place from wherever it runs. The file is written whole or not at all.
        """
    static let example = ".save my-analysis.innspill"
    static let completion: [CompletionSource] = [.paths]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let path = try args.require("a file name", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        let target = context.resolve(path.text)
        let text = SessionWriter.text(journal: context.journal, folder: (target as NSString).deletingLastPathComponent)
        try AtomicFile.write(Data(text.utf8), to: target)
        return .status("saved \(context.journal.count) commands to \(path.text)")
    }
}
