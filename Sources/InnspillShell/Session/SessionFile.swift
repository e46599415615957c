import Foundation
import InnspillCore

/// Reads session files (`*.innspill`): one command per line, `#` comments (a line's own, or after a command),
/// and a trailing `\` joining a line with the next.
public enum SessionFile {
    public struct Line: Equatable {
        /// The command, continuation lines joined with a space.
        public var text: String
        /// Line number of its first physical line (1-based).
        public var number: Int
    }

    /// Reads and joins the lines of a session file.
    public static func read(_ path: String) throws -> [Line] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InnspillError("no such file: '\(DisplayPath.of(path))'", hint: "check the path; a relative path is taken from the current folder, or in a session file from that file's folder")
        }
        guard !isDirectory.boolValue else { throw InnspillError("'\(path)' is a folder, not a session file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InnspillError("cannot read '\(path)'", hint: "check the file's permissions")
        }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Splits session text into command lines.
    public static func parse(_ text: String) -> [Line] {
        var result: [Line] = []
        var pending: String?
        var pendingStart = 0
        var number = 0
        // "\r\n" is one Character in Swift, so Windows line ends are made plain first.
        let plain = text.replacingOccurrences(of: "\r\n", with: "\n")
        for rawLine in plain.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let continues = line.hasSuffix("\\")
            if continues { line.removeLast() }
            if let p = pending {
                pending = p + " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                pending = line
                pendingStart = number
            }
            if !continues {
                result.append(Line(text: pending!, number: pendingStart))
                pending = nil
            }
        }
        if let p = pending { result.append(Line(text: p, number: pendingStart)) }
        return result.filter {
            let t = $0.text.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && !t.hasPrefix("#")
        }
    }

    /// The command before a comment: `#` starts one at the line's start, or after a space when a space or the line's
    /// end follows it, outside quotes and regexes. A `#` inside a word is the word's (`filter has #kulturskole`).
    ///
    /// ```swift
    /// SessionFile.withoutComment("count  # how many now")         // "count  "
    /// SessionFile.withoutComment("filter text ~ /nr # 2/")         // unchanged: the # is the regex's
    /// ```
    public static func withoutComment(_ line: String) -> String {
        let characters = Array(line)
        var quote: Character?
        var inRegex = false
        var previousWord = ""
        var word = ""
        for (k, ch) in characters.enumerated() {
            if let q = quote {
                if ch == q { quote = nil }
                continue
            }
            if inRegex {
                if ch == "\\" { word.append(ch); continue }
                if ch == "/", word.last != "\\" { inRegex = false }
                word.append(ch)
                continue
            }
            let startsWord = k == 0 || characters[k - 1].isWhitespace
            if ch == "#", startsWord, k + 1 == characters.count || characters[k + 1].isWhitespace {
                return String(characters[..<k])
            }
            if ch.isWhitespace {
                if !word.isEmpty { previousWord = word; word = "" }
            } else {
                // (A regex follows the match operators: `text ~ /a # b/`.)
                if ch == "/", startsWord ? previousWord.hasSuffix("~") : word.hasSuffix("~") { inRegex = true }
                if ch == "\"" || ch == "'" { quote = ch }
                word.append(ch)
            }
        }
        return line
    }
}
