import ChartKit
import InnspillCore

/// `.help [CMD]`: the list of commands, or one command's usage, options and example.
struct HelpCommand: ShellCommand {
    static let name = ".help"
    static let aliases = ["help"]
    static let synopsis = ".help [COMMAND] | .help chart PLUGIN"
    static let summary = "List the commands, or show one command's usage, options and an example."
    static let example = ".help filter"
    static let completion: [CompletionSource] = [.commands]

    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        guard let token = args.next() else { return .text(overview(width: context.terminalWidth)) }
        // `.help chart bar`: one plugin's shapes and options.
        if token.text.lowercased() == "chart", let plugin = args.next() {
            try args.expectEnd(usage: synopsis)
            do { return .text(try ChartPlugins.registry.help(plugin.text)) } catch {
                throw ChartBridge.shellError(error, registry: ChartPlugins.registry, plugin: plugin)
            }
        }
        try args.expectEnd(usage: synopsis)
        var name = token.text
        if CommandRegistry.command(named: name) == nil, CommandRegistry.command(named: "." + name) != nil { name = "." + name }
        guard let command = CommandRegistry.command(named: name) else {
            throw CommandRegistry.unknown(token.text, column: token.column)
        }
        return .text(page(command))
    }

    static func page(_ command: any ShellCommand.Type) -> String {
        var lines = ["usage: \(command.synopsis)", "", command.summary]
        if !command.details.isEmpty { lines += ["", command.details] }
        if !command.aliases.isEmpty { lines += ["", "also: \(command.aliases.joined(separator: ", "))"] }
        lines += ["", "example:", "  \(command.example)"]
        return lines.joined(separator: "\n")
    }

    /// One line per command: its synopsis, then its summary wrapped to `width` under a column of its
    /// own. A synopsis too long for the first column is written whole on a line of its own, with its
    /// summary below it (and wrapped too when wider than the terminal), so nothing is cut off.
    static func overview(width: Int) -> String {
        let analysis = CommandRegistry.all.filter { !$0.name.hasPrefix(".") }
        let controls = CommandRegistry.all.filter { $0.name.hasPrefix(".") }
        let synopsisColumn = 30
        let indent = String(repeating: " ", count: 2 + synopsisColumn + 2)
        let summaryWidth = max(30, width - indent.count)
        func rows(_ commands: [any ShellCommand.Type]) -> [String] {
            commands.flatMap { command -> [String] in
                let summary = wrapped(command.summary, width: summaryWidth)
                var lines: [String]
                if command.synopsis.count <= synopsisColumn {
                    lines = ["  " + command.synopsis.padding(toLength: synopsisColumn, withPad: " ", startingAt: 0) + "  " + summary[0]]
                } else {
                    let synopsis = wrapped(command.synopsis, width: max(30, width - 4))
                    lines = ["  " + synopsis[0]] + synopsis.dropFirst().map { "    " + $0 } + [indent + summary[0]]
                }
                return lines + summary.dropFirst().map { indent + $0 }
            }
        }
        return (["Commands:"] + rows(analysis) + ["", "Shell controls:"] + rows(controls)
            + ["", "'.help COMMAND' shows a command's options and an example."]).joined(separator: "\n")
    }

    /// `text` in lines of `width` cells, at least one line (a longer word gets a line of its own).
    private static func wrapped(_ text: String, width: Int) -> [String] {
        let lines = TextCanvas.wrap(text, width: width, keepingLongWords: true)
        return lines.isEmpty ? [""] : lines
    }
}
