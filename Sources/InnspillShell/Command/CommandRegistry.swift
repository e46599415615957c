import InnspillCore

/// The one list of shell commands. Add a command here and nowhere else.
public enum CommandRegistry {
    nonisolated(unsafe) public static let all: [any ShellCommand.Type] = [
        // Shell controls
        HelpCommand.self, QuitCommand.self, ModeCommand.self, OutputCommand.self, OnceCommand.self,
        TimerCommand.self, EchoCommand.self, BailCommand.self, HistoryCommand.self, SaveSessionCommand.self,
        ReadCommand.self,
        // Corpora
        LoadCommand.self, CorporaCommand.self, UnloadCommand.self, InfoCommand.self, SetCommand.self,
        // Looking at units
        ListCommand.self, ShowCommand.self, CountCommand.self, RepairsCommand.self,
        // Selecting, grouping, tagging, exporting
        FilterCommand.self, ResetCommand.self, UndoCommand.self, SaveSelectionCommand.self, UseCommand.self,
        SelectionsCommand.self, DropCommand.self, FieldsCommand.self, GroupCommand.self, SortCommand.self, TopCommand.self, PivotCommand.self,
        TagCommand.self, UntagCommand.self, TagsCommand.self, RenameCommand.self, ExportCommand.self,
        // Words and texts
        FreqCommand.self, KwicCommand.self, NgramsCommand.self, CollocatesCommand.self, CompareCommand.self,
        SearchCommand.self, CoverageCommand.self, StopwordsCommand.self,
        // Themes
        ClusterCommand.self, ThemesCommand.self, NameCommand.self, MergeCommand.self, SplitCommand.self, TreeCommand.self,
        // Charts
        ChartCommand.self, PluginsCommand.self, TimelineCommand.self, CooccurrenceCommand.self,
    ]

    /// The command called `name` (or one of its aliases), case-insensitively.
    public static func command(named name: String) -> (any ShellCommand.Type)? {
        let key = name.lowercased()
        return all.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// Every name and alias, for completion and suggestions.
    public static var names: [String] { all.flatMap { [$0.name] + $0.aliases } }

    /// The command a line names and its arguments, ready to run: the name is looked up and every
    /// `key=value` option checked against what the command takes (`ShellCommand.checkOptions`),
    /// so nothing runs when either is wrong. `column` is where the line starts in what was typed.
    ///
    /// ```swift
    /// let (command, args) = try CommandRegistry.prepare("cluster k=4 seed=2")
    /// _ = try command.run(args, &context)
    /// try CommandRegistry.prepare(".save work.innspill foo=1")   // throws: unknown option 'foo='
    /// ```
    public static func prepare(_ line: String, column: Int = 0) throws -> (command: any ShellCommand.Type, args: Arguments) {
        let nameEnd = line.firstIndex(where: { $0.isWhitespace }) ?? line.endIndex
        let name = String(line[..<nameEnd])
        guard let command = command(named: name) else { throw unknown(name, column: column) }
        let rest = line[nameEnd...].drop(while: { $0.isWhitespace })
        let args = try Arguments(String(rest), column: column + line.distance(from: line.startIndex, to: rest.startIndex))
        try command.checkOptions(args)
        return (command, args)
    }

    /// The error for an unknown command: what does that here when the name is another tool's (AntConc's
    /// "concordance", sqlite3's ".tables", NVivo's "code"), else the closest name.
    public static func unknown(_ name: String, column: Int) -> InnspillError {
        let hint = otherToolsNames[name.lowercased()].map { "here that is \($0) (.help \($0.split(separator: " ")[0]))" }
            ?? Suggestion.closest(to: name, in: names).map { "did you mean '\($0)'?" }
            ?? "'.help' lists the commands"
        return InnspillError("unknown command '\(name)'", hint: hint, location: .column(column))
    }

    /// Commands of the tools users know (AntConc, Voyant, sqlite3, NVivo, SQL) and the command that does the same here.
    static let otherToolsNames: [String: String] = [
        "concordance": "kwic", "concord": "kwic", "wordlist": "freq", "frequency": "freq", "frequencies": "freq",
        "keywords": "compare", "keyness": "compare", "keyword": "compare", "collocation": "collocates",
        "crosstab": "group by A, B", "crosstabs": "group by A, B", "matrix": "group by A, B", "select": "filter",
        "where": "filter", "grep": "search", "find": "search", ".tables": "corpora", ".databases": "corpora",
        ".schema": "fields", "schema": "fields", "describe": "fields", "code": "tag", "autocode": "tag where",
        "uncode": "untag", "codes": "tags", "codebook": "tags", "topics": "cluster", "topic": "cluster",
        "trends": "timeline", "summary": "info", "stats": "info",
    ]
}
