import ChartKit
import Foundation
import InnspillCore
import InnspillShell

/// Fuzz target: the command line and the filter expression language. Each input is up to
/// eight command lines, run in order by a fresh shell session on the demo corpus: the
/// argument splitter, every command's argument parsing, the expression lexer, parser and
/// evaluator (filter, tag where, group by, search, kwic, cluster, chart in the terminal...).
/// Lines that would read or write files are skipped, so the fuzzer never touches the disk.
enum CommandsFuzz {
    /// Commands that read or write files, or end the process.
    static let skipped: Set<String> = ["load", ".read", ".output", ".once", ".save", "export", ".quit"]

    /// The state each input starts from: the demo corpus loaded as `demo`.
    nonisolated(unsafe) static let start: CommandContext = {
        ChartPlugins.registry = ChartRegistry(CompiledPlugins.all)
        let root = ProcessInfo.processInfo.environment["INNSPILL_ROOT"] ?? FileManager.default.currentDirectoryPath
        let demo = "\(root)/Corpora/demo/dialogseminar-2024.txt"
        // Relative paths resolve in the fuzzer's own scratch folder, never in the checkout.
        guard FileManager.default.changeCurrentDirectoryPath(FuzzSupport.folder) else {
            fatalError("cannot change to \(FuzzSupport.folder)")
        }
        var workspace = Workspace()
        do {
            try workspace.add(try CorpusLoader.loadFile(demo, options: LoadOptions(name: "demo")))
        } catch {
            fatalError("cannot load the demo corpus at \(demo) (set INNSPILL_ROOT): \(error)")
        }
        return CommandContext(workspace: workspace, baseDirectory: FuzzSupport.folder)
    }()

    /// Whether a line may run: not one of the skipped commands, and no chart that writes
    /// a file (`to`) or draws another command's table that might be one of them (`of export`).
    static func mayRun(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = String(trimmed.prefix { !$0.isWhitespace })
        guard let command = CommandRegistry.command(named: name) else { return true }
        if skipped.contains(command.name) { return false }
        if command.name == "chart" {
            let words = Set(trimmed.lowercased().split { !($0.isLetter || $0 == ".") }.map(String.init))
            if words.contains("to") || !words.isDisjoint(with: skipped) || words.contains("quit") || words.contains("exit") {
                return false
            }
        }
        return true
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommands(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let session = ShellSession(context: CommandsFuzz.start)
    for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(8) where CommandsFuzz.mayRun(String(line)) {
        session.run(String(line), origin: .argument)
    }
    return 0
}
