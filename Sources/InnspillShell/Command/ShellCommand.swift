import InnspillCore

/// One command of the shell. Adding a command is one new type conforming to
/// this protocol plus one line in `CommandRegistry.all`.
///
/// ```swift
/// struct CountCommand: ShellCommand {
///     static let name = "count"
///     static let synopsis = "count"
///     static let summary = "Count the units in the current selection."
///     static let example = "count"
///     static let options = ["by"]   // `count by=group`; the shell refuses any other key=value
///     static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
///         try args.expectEnd()
///         let by = args.option("by")
///         return .text("\(context.workspace.selection.count)\(by.map { " (by \($0))" } ?? "")")
///     }
/// }
/// ```
public protocol ShellCommand {
    /// The word typed at the prompt (`group`, `.mode`).
    static var name: String { get }
    /// Other words that run the same command (`help` for `.help`).
    static var aliases: [String] { get }
    /// Usage line, e.g. `group by FIELD[, FIELD] [top N] [sort count|name]`.
    static var synopsis: String { get }
    /// One line saying what it does.
    static var summary: String { get }
    /// Longer help: options, grammar, notes. May be empty.
    static var details: String { get }
    /// One example command line.
    static var example: String { get }
    /// What tab completion offers after the command name.
    static var completion: [CompletionSource] { get }
    /// Whether a successful run changes the state that `.save` writes (loads, settings, filters, tags...).
    static var changesState: Bool { get }
    /// Whether its table describes the shell itself (the chart plugins), not the data: it is printed but does not
    /// become the last result that `export`, `sort` and `chart` take, so a look at it loses nothing.
    static var describesTheShell: Bool { get }
    /// The `key=value` options it takes (`["k", "method", "seed"]`; none by default). The shell
    /// refuses any other before the command runs, so a mistyped option changes nothing.
    static var options: [String] { get }
    /// Refuses a `key=value` option the command does not take; the shell calls it before `run`.
    /// The default allows `options`. A command whose options depend on the words typed (a chart
    /// takes its plugin's options) or that reads `key=value` words as its own syntax (a filter
    /// expression) implements it.
    static func checkOptions(_ args: Arguments) throws
    /// Runs the command on a copy of the state; the shell keeps the copy only when this returns.
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput
}

extension ShellCommand {
    public static var aliases: [String] { [] }
    public static var details: String { "" }
    public static var completion: [CompletionSource] { [] }
    public static var changesState: Bool { false }
    public static var describesTheShell: Bool { false }
    public static var options: [String] { [] }
    public static func checkOptions(_ args: Arguments) throws {
        // The words completion offers without "=" ("top", "min") are keywords written before their value.
        let keywords = completion.flatMap { source -> [String] in
            if case .words(let words) = source { return words.filter { !$0.hasSuffix("=") } }
            return []
        }
        try args.expectOptions(options, keywords: keywords, of: name)
    }
}

/// What tab completion offers for a command's arguments.
public enum CompletionSource: Sendable, Equatable {
    /// File and folder paths.
    case paths
    /// Field names (then values after `FIELD =` or `in (`).
    case fields
    /// Fixed words (options, sub-commands).
    case words([String])
    /// The words a keyword takes, offered only right after it (`sort` then `count` or `name`).
    case after(String, [String])
    /// Names of chart plugins.
    case plugins
    /// Names of other commands.
    case commands
    /// Names of loaded corpora.
    case corpora
    /// Names of saved selections.
    case selections
    /// Column names of the last result table.
    case columns
}

/// What a command gives back for the shell to show.
public enum CommandOutput {
    /// Nothing to print.
    case none
    /// Text printed as it is.
    case text(String)
    /// What a command did ("loaded demo: 42 posts", "12 of 42 units match", "wrote chart.png"): printed with the
    /// results in table mode, and on stderr in the modes other programs read (csv, tsv, json, markdown), so a piped
    /// result holds nothing else.
    case status(String)
    /// A result table; it becomes the last result and is printed in the current `.mode`.
    case table(Table)
}
