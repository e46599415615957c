import ArgumentParser
import ChartKit
import Foundation
import InnspillShell

/// The `innspill` command: flags, wiring, and the list of compiled-in plugins.
struct Innspill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "innspill",
        abstract: "An interactive analysis shell for seminar corpora (Padlet exports, slide decks, CSV, JSON).",
        discussion: """
            With no files and no -c, starts the prompt when stdin is a terminal, or reads commands from stdin line by line. Session files (*.innspill) hold one command per line; '#' starts a comment and a trailing '\\' continues a line.

            Exit status: 0 when every command succeeded, 1 if any failed (commands typed at the prompt do not count), 2 for wrong flags.
            """,
        version: ShellApp.version
    )

    @Argument(help: "Session files to run, in order.")
    var files: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a command (repeatable).", valueName: "command"))
    var commands: [String] = []

    @Flag(name: .customShort("i"), help: "Stay at the prompt after the files and commands.")
    var interactive = false

    @Flag(help: "Stop at the first error.")
    var bail = false

    @Flag(help: "Print each command before its output.")
    var echo = false

    @Option(name: .customLong("init"), help: ArgumentHelp("Run this file first instead of ~/.innspillrc.", valueName: "file"))
    var initFile: String?

    @Flag(name: .customLong("no-rc"), help: "Do not read ~/.innspillrc.")
    var noRC = false

    @Flag(name: .customLong("no-color"), help: "Never write colour codes.")
    var noColor = false

    func run() throws {
        var options = ShellOptions()
        options.files = files
        options.commands = commands
        options.stayInteractive = interactive
        options.bail = bail
        options.echo = echo
        options.initFile = initFile
        options.readRC = !noRC
        options.color = !noColor
        ChartPlugins.registry = ChartRegistry(CompiledPlugins.all)
        let app = ShellApp(options: options, plugins: ChartPlugins.registry.ids)
        throw ExitCode(app.run())
    }
}

do {
    var command = try Innspill.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let status = Innspill.exitCode(for: error)
    if status == .success {
        print(Innspill.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write(Data((Innspill.fullMessage(for: error) + "\nhint: innspill --help lists the flags\n").utf8))
    exit(2)
}
