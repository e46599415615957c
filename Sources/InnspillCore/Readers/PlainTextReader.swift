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
        var result: ReadResult
        if reportsByGroup(plain[start...], reader: board) {
            result = try board.read(lines: Array(plain[start...]), control: control)
            endingGroupsAtOtherHeadings(&result, lines, reader: board)
        } else {
            result = paragraphs(lines, from: start)
        }
        result.format = "text"
        result.title = title
        result.date = date
        return result
    }

    /// Whether the text reports group by group: two paragraphs start with a group header, or one whose header
    /// names its group with a group word ("## Gruppe 3 – Kvinnherad og Etne").
    private func reportsByGroup(_ lines: ArraySlice<SourceLine>, reader: PadletTextReader) -> Bool {
        var count = 0
        var previousBlank = true
        for line in lines where count < 2 {
            // A header is short: a long line is passed over without reading it.
            if previousBlank, !line.isBlank, line.text.utf8.count <= 200, let header = reader.groupHeader(line.trimmed, strict: true) {
                count += header.group != nil ? 2 : 1
            }
            previousBlank = line.isBlank
        }
        return count >= 2
    }

    /// Ends each group's post at a Markdown heading that names no group, as high as the groups' headings
    /// ("## Vidare arbeid" after "## Gruppe 3 ..."): what follows is the organisers' own text, a unit of its own
    /// under that heading, not the last group's answer. (Headings under a group's, "### Spørsmål 1", are its own.)
    private func endingGroupsAtOtherHeadings(_ result: inout ReadResult, _ lines: [MarkdownLine], reader: PadletTextReader) {
        let headed = lines.compactMap { line in line.level.map { (line, $0, reader.groupHeader(line.line.trimmed, strict: true) != nil) } }
        guard let groupLevel = headed.filter(\.2).map(\.1).min() else { return }
        let headings = Set(headed.filter { !$0.2 && $0.1 <= groupLevel }.map(\.0.line.number))
        guard !headings.isEmpty else { return }
        var drafts: [DraftUnit] = []
        for draft in result.drafts {
            guard draft.kind == .post, let cut = draft.lines.firstIndex(where: { headings.contains($0.number) }) else {
                drafts.append(draft)
                continue
            }
            var group = draft
            group.lines = Array(draft.lines[..<cut])
            if group.hasText { drafts.append(group) }
            var rest = DraftUnit(kind: .post, firstLine: draft.lines[cut].number)
            rest.section = String(draft.lines[cut].trimmed.trimmingSpaces)
            rest.lines = Array(draft.lines[(cut + 1)...])
            if rest.hasText { drafts.append(rest) }
        }
        result.drafts = drafts
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
