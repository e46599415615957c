import Foundation
import InnspillText

/// Reads plain text and Markdown.
///
/// A meeting summary that reports group by group ("Gruppe 2, Oslo", "## Gruppe 1 – Våler og Åsnes")
/// is read as a board is: one post per group header with the group and its municipalities, the
/// organisers' task list ("Oppgave til gruppene:") as prompts, and answers linked to them. Other text
/// is one unit per paragraph, and Markdown headings set the section of the paragraphs under them.
/// Markdown's marks (`**bold**`, `> quotes`, `[links](url)`, rules) are left out of the text; `raw`
/// keeps them.
///
/// ```swift
/// let result = try PlainTextReader(places: places).read(SourceLine.split("Gruppe 2, Oslo\n\nLange ventelister."))
/// result.drafts.first?.group  // "Gruppe 2"
/// ```
struct PlainTextReader {
    let places: PlaceNames

    func read(_ source: [SourceLine], control: WorkControl = .none) throws -> ReadResult {
        let lines = source.map { MarkdownLine($0) }
        let plain = lines.map(\.line)
        let board = PadletTextReader(places: places, readsBoardHeader: false)
        // The title: the first "# " heading, or a first line standing alone that is no group's header; a
        // line under it with a date ("Referat fra bordene, Narvik 23. oktober 2024") gives the date.
        var title: String?
        var date: Date?
        var start = 0
        if let first = lines.firstIndex(where: { !$0.line.isBlank }) {
            let line = lines[first]
            let text = line.line.trimmed.trimmingSpaces
            let isBlank = { (k: Int) in k >= lines.count || lines[k].line.isBlank }
            let dated = isBlank(first + 1) ? nil : PadletDates.boardHeader(lines[first + 1].line.trimmed.trimmingSpaces)?.date
            let standsAlone = isBlank(first + 1) || dated != nil && isBlank(first + 2)
            if line.level == 1 || line.level == nil && standsAlone && text.count <= 100 && !":?.".contains(text.last ?? ".")
                && board.groupHeader(text, strict: true) == nil {
                title = String(text)
                date = PadletDates.boardHeader(text)?.date ?? dated
                start = first + (dated != nil ? 2 : 1)
            }
        }
        var result = groupHeaderCount(plain[start...], reader: board) >= 2
            ? try board.read(lines: Array(plain[start...]), control: control)
            : paragraphs(lines, from: start)
        result.format = "text"
        result.title = title
        result.date = date
        return result
    }

    /// How many paragraphs start with a group header, counting up to two.
    private func groupHeaderCount(_ lines: ArraySlice<SourceLine>, reader: PadletTextReader) -> Int {
        var count = 0
        var previousBlank = true
        for line in lines where count < 2 {
            // A header is short: a long line is passed over without reading it.
            if previousBlank, !line.isBlank, line.text.utf8.count <= 200, reader.groupHeader(line.trimmed, strict: true) != nil {
                count += 1
            }
            previousBlank = line.isBlank
        }
        return count
    }

    /// One unit per paragraph; headings set the section.
    private func paragraphs(_ lines: [MarkdownLine], from start: Int) -> ReadResult {
        var result = ReadResult(format: "text")
        var section: String?
        var current: DraftUnit?
        func finish() {
            if let unit = current, unit.hasText { result.drafts.append(unit) }
            current = nil
        }
        for markdown in lines[start...] {
            let line = markdown.line
            if line.isBlank { finish(); continue }
            if markdown.level != nil {
                finish()
                section = String(line.trimmed.trimmingSpaces)
                continue
            }
            if current == nil {
                current = DraftUnit(kind: .post, firstLine: line.number)
                current!.section = section
            }
            current!.lines.append(line)
        }
        finish()
        return result
    }
}

/// A line of Markdown as text: a heading's level and words, a quote or a list item without its
/// marks, emphasis and links as their words, a rule as a blank line. Plain text passes unchanged.
struct MarkdownLine {
    /// The line without Markdown's marks, numbered as in the file.
    var line: SourceLine
    /// 1 for "# ", 2 for "## " and so on; nil when the line is no heading.
    var level: Int?

    init(_ source: SourceLine) {
        line = source
        let t = source.trimmed
        guard let first = t.first, "#>*_-[=".contains(first) || t.contains("**") || t.contains("](") else { return }
        var text = Substring(t)
        let hashes = text.prefix(while: { $0 == "#" }).count
        if (1...6).contains(hashes), text.dropFirst(hashes).first == " " {
            level = hashes
            text = text.dropFirst(hashes).trimmingSpaces
        } else if text.allSatisfy({ "-*_= ".contains($0) }), text.filter({ $0 != " " }).count >= 3 {
            line = SourceLine(number: source.number, text: "")  // a rule
            return
        }
        while text.first == ">" { text = text.dropFirst().trimmingSpaces }
        line = SourceLine(number: source.number, text: Substring(MarkdownLine.inline(text)))
    }

    /// `**bold**`, `__bold__`, `*em*` and `[words](url)` as their words; a list's "* " bullet as "- ".
    static func inline(_ text: Substring) -> String {
        var out = ""
        var rest = text
        if rest.hasPrefix("* ") { out = "- "; rest = rest.dropFirst(2) }
        while let c = rest.first {
            if rest.hasPrefix("**") || rest.hasPrefix("__") {
                rest = rest.dropFirst(2)
            } else if c == "*", rest.dropFirst().first.map({ !$0.isWhitespace }) ?? false || out.last.map({ !$0.isWhitespace }) ?? false {
                rest = rest.dropFirst()
            } else if c == "[", let close = rest.firstIndex(of: "]"), rest[close...].dropFirst().first == "(",
                      let end = rest[close...].firstIndex(of: ")") {
                out += rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: end)...]
            } else {
                out.append(c)
                rest = rest.dropFirst()
            }
        }
        return out
    }
}
