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
        guard let token = args.next() else { return .text(overview()) }
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

    static func overview() -> String {
        let analysis = CommandRegistry.all.filter { !$0.name.hasPrefix(".") }
        let controls = CommandRegistry.all.filter { $0.name.hasPrefix(".") }
        let width = CommandRegistry.all.map { $0.synopsis.count }.max() ?? 20
        func rows(_ commands: [any ShellCommand.Type]) -> [String] {
            commands.map { "  " + $0.synopsis.padding(toLength: min(width, 44), withPad: " ", startingAt: 0) + "  " + $0.summary }
        }
        return (["Commands:"] + rows(analysis) + ["", "Shell controls:"] + rows(controls)
            + ["", "'.help COMMAND' shows a command's options and an example."]).joined(separator: "\n")
    }
}
