import CLibEdit
import Foundation

/// The interactive prompt, on libedit: emacs-style editing, Ctrl-R history
/// search, history kept in a file, tab completion, and Ctrl-C clearing the line.
///
/// ```swift
/// let editor = LineEditor(programName: "innspill", historyPath: "~/.innspill_history") { line, cursor in [] }
/// while let line = editor.readLine(prompt: "innspill> ") { ... }
/// ```
public final class LineEditor {
    /// What `readLine` gives back.
    public enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line was thrown away.
        case cancelled
        /// Ctrl-D on an empty line.
        case endOfInput
    }

    /// Offers completions for the text before the cursor: the word being completed is replaced by
    /// each candidate. Returns the start (in characters) of that word and the candidates.
    public typealias Completer = (_ lineBeforeCursor: String) -> (wordStart: Int, candidates: [String])

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let completer: Completer
    private var promptStorage: UnsafeMutablePointer<CChar>?
    fileprivate var cancelled = false

    public init(programName: String, historyPath: String?, completer: @escaping Completer) {
        setlocale(LC_ALL, "")
        // æ, ø and å need a UTF-8 locale; fall back to C.UTF-8 when the environment has none.
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        editLine = innspill_el_init(programName)
        history = history_init()
        self.historyPath = historyPath
        self.completer = completer
        innspill_history_setsize(history, 2000)
        innspill_history_setunique(history, 1)
        if let historyPath { innspill_history_load(history, historyPath) }
        innspill_el_set_editor(editLine, "emacs")
        innspill_el_set_history(editLine, history)
        innspill_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        innspill_el_set_prompt(editLine, { el in
            guard let el, let data = innspill_el_get_clientdata(el) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptStorage
        }, 1)
        innspill_el_addfn(editLine, "innspill-complete", "Complete the word", { el, _ in
            guard let el, let data = innspill_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
        })
        innspill_el_bind(editLine, "^I", "innspill-complete")
        innspill_el_addfn(editLine, "innspill-cancel", "Clear the line", { el, _ in
            guard let el, let data = innspill_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            let editor = Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
            editor.cancelled = true
            return UInt8(CC_NEWLINE)
        })
        innspill_el_bind(editLine, "^C", "innspill-cancel")
        innspill_el_disable_isig(editLine)
        // Let el_source read ~/.editrc for key bindings people keep there.
        el_source(editLine, nil)
    }

    deinit {
        saveHistory()
        history_end(history)
        el_end(editLine)
        promptStorage.map { free($0) }
    }

    /// Reads one line. `prompt` may hold colour codes; they are marked so the cursor stays right.
    public func readLine(prompt: String) -> Input {
        promptStorage.map { free($0) }
        promptStorage = strdup(LineEditor.markInvisible(prompt))
        cancelled = false
        var count: Int32 = 0
        // Ctrl-C on an empty line gives no line at all (el_gets answers nil), on a line with text the text: both end
        // the line on screen, so the next prompt starts on a line of its own.
        let cLine = el_gets(editLine, &count)
        if cancelled {
            StandardStreams.out("^C\n")
            return .cancelled
        }
        guard let cLine, count >= 0 else { return .endOfInput }
        var line = String(cString: cLine)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to the history (consecutive duplicates are skipped by libedit).
    public func addToHistory(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        innspill_history_enter(history, line)
    }

    /// Writes the history file (mode 0600) through a temporary file and a rename.
    public func saveHistory() {
        guard let historyPath else { return }
        let url = URL(fileURLWithPath: historyPath)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        let oldMask = umask(0o077)
        defer { umask(oldMask) }
        guard innspill_history_save(history, temp) >= 0 else { unlink(temp); return }
        chmod(temp, 0o600)
        if rename(temp, historyPath) != 0 { unlink(temp) }
    }

    /// Wraps ANSI escape sequences in the \1 markers libedit uses to leave them out of the prompt's width.
    static func markInvisible(_ prompt: String) -> String {
        var out = ""
        var inEscape = false
        for ch in prompt {
            if ch == "\u{1B}" { out.append("\u{1}"); inEscape = true }
            out.append(ch)
            if inEscape, ch.isLetter { out.append("\u{1}"); inEscape = false }
        }
        return out
    }

    /// Tab: completes the word before the cursor, or lists the choices.
    private func complete() -> UInt8 {
        guard let info = el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
        let byteCount = info.cursor - info.buffer
        let before = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: byteCount), as: UTF8.self)
        let (wordStart, candidates) = completer(before)
        let typed = String(Array(before)[wordStart...])
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = LineEditor.commonPrefix(candidates)
        if common.count > typed.count || candidates.count == 1 {
            // Replace the typed word with the longer completion (plus a space when it is the only one).
            el_deletestr(editLine, Int32(typed.count))
            let insert = candidates.count == 1 && !common.hasSuffix("/") ? common + " " : common
            el_insertstr(editLine, insert)
            return UInt8(CC_REFRESH)
        }
        // Several choices: list them under the line.
        let width = (candidates.map(\.count).max() ?? 10) + 2
        let columns = max(1, 80 / width)
        var listing = "\n"
        for (i, candidate) in candidates.prefix(200).enumerated() {
            listing += candidate.padding(toLength: width, withPad: " ", startingAt: 0)
            if (i + 1) % columns == 0 { listing += "\n" }
        }
        if !listing.hasSuffix("\n") { listing += "\n" }
        StandardStreams.out(listing)
        return UInt8(CC_REDISPLAY)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let chars = Array(word)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
            prefix = Array(prefix[..<n])
        }
        return String(prefix)
    }
}
