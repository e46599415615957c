/// What `.save` keeps of each command that ran: every command that changed the state, and every one that wrote a
/// file for the report (a chart, an export, a result sent to a file by `.once` or `.output`), so that running the
/// session file next year makes the same files. A file drawn from the last result keeps the command that made the
/// result too, at the place it ran, where a filter after it cannot change what it made.
///
/// ```swift
/// // group by county   (shown)        -> kept when the chart below draws it, at this place
/// // filter has skole  (state)        -> kept
/// // chart bar to fylker.png          -> kept, and draws the counties of before the filter on replay too
/// SessionJournal.record(line, of: command, once: nil, madeResult: true, showed: true, in: &context)
/// ```
enum SessionJournal {
    /// Adds what `.save` keeps of `line` (run as `command`) to `context.journal`, and notes where the last result
    /// came from. `once` is the `.once` file the command's result went to; `madeResult` says whether it made the
    /// last result; `showed` whether it printed anything (which `.output` sends to its file).
    static func record(_ line: String, of command: any ShellCommand.Type, once: String?, madeResult: Bool, showed: Bool,
                       in context: inout CommandContext) {
        let changedState = command.changesState && !context.onlyShowed
        let wroteOutput = context.controls.outputPath != nil && showed && command.name != OutputCommand.name
        let kept = changedState || context.fileWritten != nil || once != nil || wroteOutput
        let source = context.usedLastResult ? context.lastResultSource : nil
        if kept {
            if let source {
                context.journal.insert(contentsOf: source.lines.map { JournalLine($0) },
                                       at: min(source.journalIndex, context.journal.count))
            }
            if let once {
                context.journal.append(JournalLine("\(OnceCommand.name) \(SessionQuoting.quote(once))", writing: once, in: context))
            }
            context.journal.append(JournalLine(context.journalEntry ?? line, writing: context.fileWritten, in: context))
            if madeResult || source != nil { context.lastResultSource = nil }
        } else if madeResult {
            let made = context.resultMadeBy ?? line
            context.lastResultSource = source.map { ($0.lines + [made], $0.journalIndex) } ?? ([made], context.journal.count)
        }
    }
}
