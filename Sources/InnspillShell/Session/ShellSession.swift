import CInnspillSignals
import Foundation
import ChartKit
import InnspillCore
import InnspillText

/// Where a command line came from, for error messages and history.
public enum LineOrigin: Equatable {
    /// Typed at the interactive prompt.
    case prompt
    /// Given with `-c`.
    case argument
    /// Line `line` of a session file (or `<stdin>`).
    case file(String, line: Int)
}

/// Runs command lines against the state: looks the command up, runs it on a
/// copy of the state, keeps the copy on success, prints the result in the
/// current mode and reports errors where they belong.
public final class ShellSession {
    public private(set) var context: CommandContext
    /// Whether any command failed (the exit status is 1 at the end if so).
    public private(set) var hadError = false
    /// Set by `.quit`, or by an error under `.bail on`.
    public private(set) var shouldStop = false
    /// Session files being read, innermost last (for cycle detection).
    private var readStack: [String] = []
    /// Everything written under `.output FILE` so far (rewritten whole after each command).
    private var outputBuffer = ""
    /// Whether long commands draw a progress bar on stderr (at the prompt, with stderr a terminal).
    public var drawsProgress = false

    public init(context: CommandContext) {
        self.context = context
    }

    /// Runs one command line. Returns whether it succeeded (blank lines and comments succeed).
    @discardableResult
    public func run(_ line: String, origin: LineOrigin) -> Bool {
        let trimmed = SessionFile.withoutComment(line).trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return true }
        if context.controls.echo { emit(trimmed + "\n") }
        _ = innspill_take_interrupt()
        let clock = CommandClock()
        let steps = StepTimes()
        do {
            try execute(trimmed, origin: origin, steps: steps)
            if context.controls.timer { StandardStreams.err(clock.report(steps: steps.summary()) + "\n") }
            return true
        } catch let error as InnspillError {
            report(error, line: trimmed, origin: origin)
        } catch {
            report(InnspillError("\(error)"), line: trimmed, origin: origin)
        }
        hadError = true
        // SIGTERM (or SIGHUP) ends the session: the interrupted command was the last one.
        if context.controls.bail && origin != .prompt || innspill_termination_requested() != 0 { shouldStop = true }
        return false
    }

    /// Runs a session file line by line (`\` continues a line, `#` starts a comment).
    @discardableResult
    public func runFile(_ path: String, origin: LineOrigin) -> Bool {
        let absolute = URL(fileURLWithPath: context.resolve(path)).standardizedFileURL.path
        if readStack.contains(absolute) {
            let chain = (readStack + [absolute]).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " -> ")
            report(InnspillError("'\(path)' is already being read (\(chain))", hint: "remove the .read that makes the cycle"),
                   line: ".read \(path)", origin: origin)
            hadError = true
            if context.controls.bail { shouldStop = true }
            return false
        }
        let lines: [SessionFile.Line]
        do {
            lines = try SessionFile.read(absolute)
        } catch let error as InnspillError {
            report(error, line: ".read \(path)", origin: origin)
            hadError = true
            if context.controls.bail { shouldStop = true }
            return false
        } catch {
            return false
        }
        readStack.append(absolute)
        let savedBase = context.baseDirectory
        context.baseDirectory = URL(fileURLWithPath: absolute).deletingLastPathComponent().path
        defer {
            readStack.removeLast()
            context.baseDirectory = savedBase
        }
        var ok = true
        for line in lines {
            if shouldStop { break }
            if !run(line.text, origin: .file(absolute == "/dev/stdin" ? "<stdin>" : path, line: line.number)) { ok = false }
        }
        return ok
    }

    /// Records a line typed at the prompt for `.history`.
    public func remember(_ line: String) { context.history.append(line) }

    /// Looks the command up, checks its options, and runs it on a copy of the state.
    private func execute(_ line: String, origin: LineOrigin, steps: StepTimes) throws {
        let (command, args) = try CommandRegistry.prepare(line)
        var copy = context
        copy.warnings = []
        copy.requests = []
        copy.journalEntry = nil
        copy.onlyShowed = false
        copy.fileWritten = nil
        copy.usedLastResult = false
        copy.resultMadeBy = nil
        let bar = drawsProgress ? ProgressBar(width: ProcessEnvironment.terminalWidth(fd: 2), write: { StandardStreams.err($0) }) : nil
        copy.work = WorkControl(shouldStop: { innspill_interrupt_pending() != 0 }, report: { steps.record($0); bar?.update($0) })
        var output: CommandOutput
        do {
            defer { bar?.finish() }
            output = try command.run(args, &copy)
        }
        if case .table(var table) = output, !command.describesTheShell {
            ChartBridge.noteSelection(of: context.workspace, in: &table)
            output = .table(table)
        }
        copy.work = .none
        if innspill_take_interrupt() != 0 { throw InnspillError.interrupted }
        let once = copy.controls.oncePath
        var madeResult = copy.resultMadeBy != nil, showed = true
        switch output {
        case .table: madeResult = madeResult || !command.describesTheShell
        case .none: showed = false
        case .text, .status: break
        }
        SessionJournal.record(line, of: command, once: command.name == OnceCommand.name ? nil : once, madeResult: madeResult,
                              showed: showed, in: &copy)
        if command.name != OnceCommand.name { copy.controls.oncePath = nil }
        let requests = copy.requests
        let warnings = copy.warnings
        // Write the result before keeping the state, so a failed write leaves everything as it was,
        // except that a `.once` is spent: the commands after it are not sent to the same place.
        do {
            try show(output, in: &copy, once: command.name == OnceCommand.name ? nil : once, isResult: !command.describesTheShell)
        } catch {
            if command.name != OnceCommand.name { context.controls.oncePath = nil }
            throw error
        }
        context = copy
        for warning in warnings { StandardStreams.err("warning: \(warning)\n") }
        for request in requests {
            switch request {
            case .quit: shouldStop = true
            case .readFile(let path): runFile(path, origin: origin)
            case .resetOutput: outputBuffer = ""
            }
        }
    }

    private func show(_ output: CommandOutput, in context: inout CommandContext, once: String?, isResult: Bool) throws {
        let text: String
        let mode = OutputFormat.mode(writingTo: once ?? context.controls.outputPath, in: context.controls.mode)
        switch output {
        case .none: return
        case .text(let s): text = s.hasSuffix("\n") || s.isEmpty ? s : s + "\n"
        case .status(let s) where mode != .table:
            StandardStreams.err(s.hasSuffix("\n") || s.isEmpty ? s : s + "\n")
            return
        case .status(let s): text = s.hasSuffix("\n") || s.isEmpty ? s : s + "\n"
        case .table(let table):
            if isResult { context.lastResult = table }
            text = OutputFormat.render(table, mode: mode, width: context.terminalWidth)
        }
        if let once {
            try AtomicFile.write(Data(text.utf8), to: self.context.resolve(once))
        } else if let path = context.controls.outputPath {
            outputBuffer += text
            try AtomicFile.write(Data(outputBuffer.utf8), to: self.context.resolve(path))
        } else {
            emit(text)
        }
    }

    private func emit(_ text: String) { StandardStreams.out(text) }

    private func report(_ error: InnspillError, line: String, origin: LineOrigin) {
        var text: String
        switch origin {
        case .file(let path, let number):
            text = "\(path):\(number): error: \(error.description)\n"
        case .prompt:
            text = "error: \(error.description)\n"
            if case .column(let column)? = error.location, line.count > 0 {
                let prefix = line.prefix(column)
                text = "  \(line)\n  \(String(repeating: " ", count: DisplayWidth.of(prefix)))^\n" + text
            }
        case .argument:
            text = "error: \(error.description)\n"
        }
        if let hint = error.hint { text += "hint: \(hint)\n" }
        StandardStreams.err(text)
    }
}

/// Wall-clock and CPU time of one command, for `.timer on`.
struct CommandClock {
    private let wall = DispatchTime.now().uptimeNanoseconds
    private let cpu = CommandClock.cpuSeconds()

    /// "Run Time: real 1.234 cpu 2.345", followed by the command's own steps when it reported any.
    func report(steps: String?) -> String {
        let wallSeconds = Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9
        let cpuSeconds = CommandClock.cpuSeconds() - cpu
        let total = String(format: "Run Time: real %.3f cpu %.3f", wallSeconds, cpuSeconds)
        return steps.map { total + " (\($0))" } ?? total
    }

    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
