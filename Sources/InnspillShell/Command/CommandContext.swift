import InnspillCore
import InnspillText

/// Shell controls set by dot-commands: how results print and where they go.
public struct ShellControls: Sendable, Equatable {
    public enum Mode: String, Sendable, CaseIterable { case table, csv, tsv, json, markdown }
    public var mode: Mode = .table
    public var timer = false
    public var echo = false
    public var bail = false
    /// `.output FILE`: results go to this file until `.output` with no argument.
    public var outputPath: String?
    /// `.once FILE`: the next command's result goes to this file.
    public var oncePath: String?
    public init() {}
}

/// What a command may read and change. Commands get a copy; the shell keeps it
/// only if the command returns without throwing.
public struct CommandContext {
    public var workspace: Workspace
    /// The last result table, for `chart`, `export`, `sort`, `top`.
    public var lastResult: Table?
    public var controls: ShellControls
    /// State-changing command lines, in order, for `.save`.
    public var journal: [JournalLine]
    /// The folder relative paths are resolved against (the session file's folder while one runs).
    public var baseDirectory: String
    /// Width of the terminal in cells (80 when not a terminal).
    public var terminalWidth: Int
    /// Whether colour codes may be written to stdout.
    public var color: Bool
    /// Warnings to print on stderr after the command.
    public var warnings: [String] = []
    /// Requests to the shell that a command cannot carry out itself.
    public var requests: [ShellRequest] = []
    /// How the running command should be written to the journal, when not as typed
    /// (a `load` writes its absolute path).
    public var journalEntry: String?
    /// The path, as typed, of the file a command wrote for the report (`chart ... to`, `export`, `.output`), so
    /// `.save` keeps the command and writes the path as seen from the session file's folder.
    public var fileWritten: String?
    /// Set by `LastResult.require`: the command read the last result, so `.save` keeps the commands that made it
    /// wherever it keeps this one.
    public var usedLastResult = false
    /// Set by a command that made the last result by running another command line (`chart ... of group by county`):
    /// that line, which `.save` keeps if a later chart or export draws from the result.
    public var resultMadeBy: String?
    /// The command lines that made the last result, when `.save` does not keep them (a `group by` shown at the
    /// prompt, then `sort count`), and where in the journal the first ran: a chart or export drawn from the result
    /// later puts them back there.
    public var lastResultSource: (lines: [String], journalIndex: Int)?
    /// Set by a state-changing command that only showed something this time (`set` alone, `stopwords list`), so the
    /// journal, and a session file saved from it, leaves the line out.
    public var onlyShowed = false
    /// The current clustering (`cluster`, `name`, `merge`, `split`), if any.
    public var clusters: ClusterRun?
    /// Command lines entered at the prompt this session (for `.history`).
    public var history: [String] = []
    /// Progress and Ctrl-C for long work: pass it to library calls that take a `WorkControl`
    /// (the shell sets it for each command: a progress bar at the prompt, none in batch).
    public var work: WorkControl = .none

    public init(workspace: Workspace = Workspace(), controls: ShellControls = ShellControls(),
                baseDirectory: String, terminalWidth: Int = 80, color: Bool = false) {
        self.workspace = workspace
        self.controls = controls
        self.journal = []
        self.baseDirectory = baseDirectory
        self.terminalWidth = terminalWidth
        self.color = color
    }

    /// A path as typed, resolved against `baseDirectory` (and `~` expanded).
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = ProcessEnvironment.home {
            return home + path.dropFirst()
        }
        return baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path
    }
}

/// Things a command asks the shell to do after it returns.
public enum ShellRequest: Equatable {
    case quit
    case readFile(String)
    /// `.output` changed: start the output file afresh.
    case resetOutput
}
