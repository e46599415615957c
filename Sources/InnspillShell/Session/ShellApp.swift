import CInnspillSignals
import Foundation
import InnspillCore
import InnspillText

/// How the shell was started (from the command-line flags).
public struct ShellOptions {
    public var files: [String] = []
    public var commands: [String] = []
    public var stayInteractive = false
    public var bail = false
    public var echo = false
    public var initFile: String?
    public var readRC = true
    public var color = true
    public init() {}
}

/// The program: runs session files and `-c` commands, then the interactive
/// prompt (stdin a terminal, or `-i`) or the lines of stdin (batch).
public final class ShellApp {
    public static let version = "0.1.0"
    private let options: ShellOptions
    private let plugins: [String]
    private let session: ShellSession

    /// `plugins` are the names of the compiled-in chart plugins, for completion.
    public init(options: ShellOptions, plugins: [String]) {
        self.options = options
        self.plugins = plugins
        let color = options.color && ProcessEnvironment.colorAllowed()
        var context = CommandContext(baseDirectory: ProcessEnvironment.currentDirectory,
                                     terminalWidth: ProcessEnvironment.terminalWidth(), color: color)
        context.controls.bail = options.bail
        context.controls.echo = options.echo
        session = ShellSession(context: context)
    }

    /// Runs everything and returns the exit status: 0, or 1 if any command failed.
    public func run() -> Int32 {
        innspill_signals_install()
        let stdinIsTerminal = ProcessEnvironment.isTerminal(0)
        let interactive = options.stayInteractive || (options.files.isEmpty && options.commands.isEmpty && stdinIsTerminal)
        if let initFile = options.initFile {
            session.runFile(initFile, origin: .argument)
        } else if interactive, options.readRC, let home = ProcessEnvironment.home,
                  FileManager.default.fileExists(atPath: home + "/.innspillrc") {
            session.runFile(home + "/.innspillrc", origin: .argument)
        }
        for file in options.files where !session.shouldStop {
            session.runFile(file, origin: .argument)
        }
        for command in options.commands where !session.shouldStop {
            session.run(command, origin: .argument)
        }
        if session.shouldStop && !interactive { return status }
        if interactive && stdinIsTerminal {
            // (What was typed at the prompt does not set the status: its errors were shown as they came, and a
            // person leaving the prompt has not failed, as in sqlite3. The files and -c commands before it do.)
            let before = status
            runPrompt()
            return before
        } else if options.files.isEmpty && options.commands.isEmpty || options.stayInteractive {
            runStandardInput()
        }
        return status
    }

    private var status: Int32 { session.hadError ? 1 : 0 }

    /// Lines from a pipe or file on stdin: no banner, no prompt, read with Swift rather than libedit.
    private func runStandardInput() {
        var number = 0
        var pending = ""
        var pendingStart = 0
        while !session.shouldStop, let line = Swift.readLine(strippingNewline: true) {
            number += 1
            if innspill_termination_requested() != 0 { break }
            var text = line
            if text.hasSuffix("\r") { text.removeLast() }
            if pending.isEmpty { pendingStart = number }
            if text.hasSuffix("\\") {
                pending += text.dropLast() + " "
                continue
            }
            session.run(pending + text, origin: .file("<stdin>", line: pendingStart))
            pending = ""
        }
        if !pending.isEmpty { session.run(pending, origin: .file("<stdin>", line: pendingStart)) }
    }

    private func runPrompt() {
        // The first text command should not pay for reading the dictionaries: read them while the user types.
        let loading = TextResources.loadInBackground()
        defer { loading.wait() }
        let environment = ProcessInfo.processInfo.environment
        let historyPath = environment["INNSPILL_HISTORY"] ?? ProcessEnvironment.home.map { $0 + "/.innspill_history" }
        let plugins = self.plugins
        let editor = LineEditor(programName: "innspill", historyPath: historyPath) { [session] before in
            Completion(context: session.context, plugins: plugins).candidates(forLineBeforeCursor: before)
        }
        StandardStreams.out("Innspill \(ShellApp.version) — analysis shell for seminar corpora\nEnter \".help\" for usage hints.\n")
        session.drawsProgress = ProcessEnvironment.isTerminal(2)
        while !session.shouldStop {
            if innspill_termination_requested() != 0 { break }
            _ = innspill_take_interrupt()
            switch editor.readLine(prompt: prompt()) {
            case .endOfInput:
                StandardStreams.out("\n")
                editor.saveHistory()
                return
            case .cancelled:
                continue
            case .line(let line):
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                editor.addToHistory(line)
                session.remember(line)
                session.run(line, origin: .prompt)
            }
        }
        editor.saveHistory()
    }

    /// `innspill [demo 42/46]> `: where you are and how much is selected.
    private func prompt() -> String {
        let ws = session.context.workspace
        var place = ""
        if let name = ws.selectionName {
            place = name
        } else if ws.corpora.count == 1 {
            place = ws.corpora[0].name
        } else if ws.corpora.count > 1 {
            place = "\(ws.corpora.count) corpora"
        }
        let counted = ws.countedKinds
        let total = ws.units.lazy.filter { counted.contains($0.kind) }.count
        let where_ = place.isEmpty ? "" : " [\(place) \(ws.selection.count)/\(total)]"
        if session.context.color {
            return "\u{1B}[1;36minnspill\u{1B}[0m\(where_)> "
        }
        return "innspill\(where_)> "
    }
}
