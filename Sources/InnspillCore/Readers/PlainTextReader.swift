import Foundation
import InnspillText

/// Reads plain text and Markdown.
///
/// A meeting summary that reports group by group ("Gruppe 2, Oslo", "## Gruppe 1 – Våler og Åsnes")
/// is read as a board is: one post per group header with the group and its municipalities, the
/// organisers' task list ("Oppgave til gruppene:") as prompts, and answers linked to them. Other text
/// is one unit per paragraph, and Markdown headings set the section of the paragraphs under them.
/// Markdown's marks (`**bold**`, `> quotes`, `[links](url)`, rules) are left out of the text; `raw`
/// keeps them. A Markdown table is read as a table export is (`MarkdownTable`): a post per row, with the
/// group, municipalities and questions its columns give.
///
/// ```swift
/// let result = try PlainTextReader(places: places).read(SourceLine.split("Gruppe 2, Oslo\n\nLange ventelister."))
/// result.drafts.first?.group  // "Gruppe 2"
/// ```
struct PlainTextReader {
    let places: PlaceNames

    func read(_ source: [SourceLine], path: String = "", control: WorkControl = .none) throws -> ReadResult {
        let source = PlainTextReader.paragraphsAtGroupHeaders(PlainTextReader.withoutPageFurniture(source), places: places)
        // A Markdown table with a column of answers is read as a table; its lines are blank to the rest of the reading.
        let tableReader = TableReader(places: places)
        var tables: [(MarkdownTable, TableReader.Columns, ClosedRange<Int>)] = []
        var lines = source.map { MarkdownLine($0) }
        // YAML front matter (pandoc's, Obsidian's) gives the title and date; its lines are no text.
        let front = PlainTextReader.frontMatter(source)
        if let front { for k in 0..<front.end { lines[k] = MarkdownLine(SourceLine(number: source[k].number, text: "")) } }
        var delimiterRows: [Int] = []
        for table in MarkdownTable.tables(in: source) {
            // A table without answers ("| Kommune | Elever |": `columns` finds no text column in it) is text, one
            // paragraph without its delimiter row.
            guard let columns = try? tableReader.columns(header: table.header, mapping: ColumnMapping(), path: path) else {
                delimiterRows.append(table.indices.lowerBound + 1)
                continue
            }
            tables.append((table, columns, source[table.indices.lowerBound].number...source[table.indices.upperBound - 1].number))
            for k in table.indices { lines[k] = MarkdownLine(SourceLine(number: source[k].number, text: "")) }
        }
        for k in delimiterRows.reversed() { lines.remove(at: k) }
        let footnotes = PlainTextReader.takeFootnotes(&lines)
        let plain = lines.map(\.line)
        let board = PadletTextReader(places: places, readsBoardHeader: false)
        // The title: the first "# " heading, or a first line standing alone that is no group's header. Under it
        // may stand a line with a date ("Referat fra bordene, Narvik 23. oktober 2024") and labelled lines
        // ("Dato: 6. februar 2024", "Sted: Lillestrøm"); the first date among them is the corpus's date.
        var title: String?
        var date: Date?
        var start = 0
        if let first = lines.firstIndex(where: { !$0.line.isBlank }) {
            let line = lines[first]
            let text = line.line.trimmed.trimmingSpaces
            let isBlank = { (k: Int) in k >= lines.count || lines[k].line.isBlank }
            var (end, dated) = PlainTextReader.datedLines(lines, from: first + 1)
            // Under a title, a paragraph of its own may give them ("# Referat" over a blank line and "Dato: ...").
            if line.level == 1 || line.level == nil && isBlank(first + 1), end == first + 1,
               let next = lines[end...].firstIndex(where: { !$0.line.isBlank }) {
                let (paragraphEnd, paragraphDate) = PlainTextReader.datedLines(lines, from: next)
                if paragraphDate != nil, isBlank(paragraphEnd) { (end, dated) = (paragraphEnd, paragraphDate) }
            }
            if line.level == 1 || line.level == nil && isBlank(end) && text.count <= 100 && !":?.".contains(text.last ?? ".")
                && board.groupHeader(text, strict: true) == nil {
                title = String(text)
                date = PadletDates.boardHeader(text)?.date ?? dated
                start = end
            }
        }
        if let front {
            title = front.title ?? title
            date = front.date ?? date
        }
        var result: ReadResult
        if reportsByGroup(plain[start...], reader: board) {
            let (byMunicipality, perMunicipality) = municipalitySubheadings(lines, plain, reader: board)
            result = try board.read(lines: Array(byMunicipality[start...]), control: control)
            if !perMunicipality.isEmpty {
                for k in result.drafts.indices where result.drafts[k].kind == .post {
                    let named = result.drafts[k].lines.compactMap { perMunicipality[$0.number] }.flatMap { $0 }
                    result.drafts[k].municipalities += named.filter { !result.drafts[k].municipalities.contains($0) }
                }
            }
            endingGroupsAtOtherHeadings(&result, lines, reader: board)
            endingTheLastGroupAtClosingText(&result, reader: board)
        } else {
            result = paragraphs(lines, from: start)
        }
        for (table, columns, span) in tables {
            try add(table, spanning: span, read: tableReader, columns: columns, board: board, under: lines, from: start, to: &result,
                    path: path, control: control)
        }
        result.insertInLineOrder(footnotes)
        result.format = "text"
        result.title = title
        result.date = date
        return result
    }

    /// Adds the posts of a Markdown table's rows (and the prompts of its question columns) to the units read
    /// around it, in the order of their lines. Rows that name no group take the group and municipalities of the
    /// group header the table stands under ("## Gruppe 1 – Bodø" over a table of its answers), or else the section
    /// of the heading above it. A question column that asks a question numbered so above the table ("Spørsmål 2",
    /// "2. Hva må endres?") adds no prompt: its answers take that prompt's wording.
    ///
    /// A question alone in the paragraph over the table ("Spørsmål: Hvilke samarbeid vil dere prioritere?") is the
    /// organisers' prompt, and the question of the rows that name none. The text after the table is a unit of its
    /// own, not part of the paragraph before it; after a table of the groups' answers, when no group's post follows,
    /// it is the organisers' closing words ("Takk til alle som bidro!"), a prompt.
    private func add(_ table: MarkdownTable, spanning span: ClosedRange<Int>, read reader: TableReader, columns: TableReader.Columns,
                     board: PadletTextReader, under lines: [MarkdownLine], from start: Int, to result: inout ReadResult,
                     path: String, control: WorkControl) throws {
        var drafts = try reader.read(rows: table.rows, columns: columns, path: path, format: "csv", headerLine: table.headerLine,
                                     control: control).drafts
        splitAround(span, &result)
        let before = lines[start...].prefix(while: { $0.line.number < span.lowerBound })
        let heading = before.last(where: { $0.level != nil })
        // The line over the table, when it starts a paragraph, or the last heading: a group's header?
        var header: PadletTextReader.GroupHeader?
        if let k = before.lastIndex(where: { !$0.line.isBlank }), k == start || lines[k - 1].line.isBlank {
            header = board.groupHeader(lines[k].line.trimmed, strict: true)
        }
        if header == nil, let heading { header = board.groupHeader(heading.line.trimmed, strict: true) }
        var askedOver = header == nil ? takeQuestion(over: span.lowerBound, from: &result) : nil
        // A heading that asks a question right over the table ("## Hvordan kan kulturskolen nå flere barn?" on a form's
        // page of results) is asked as a paragraph there is.
        if askedOver == nil, header == nil, let heading, heading.line.number == before.last(where: { !$0.line.isBlank })?.line.number {
            let text = String(heading.line.trimmed.trimmingSpaces)
            if QuestionTitle.isQuestion(text), !result.drafts.contains(where: { $0.kind == .prompt && $0.question == text }) {
                var prompt = QuestionTitle.prompt(asking: text, else: 1, line: heading.line.number)
                if Segmenter.marker(text)?.number == nil { prompt.questionNumber = nil }
                prompt.section = text
                askedOver = prompt
            }
        }
        // A plain text's line of a few words right over the table ("Innspill fra gruppene") is its title, as a heading is.
        let titleOver = header == nil && askedOver == nil && heading == nil ? takeTitle(over: span.lowerBound, from: &result) : nil
        // Under a group's heading, the section is the heading over it ("# Økt 2" over "## Gruppe 1: Bodø").
        let outer = heading?.level.flatMap { level in before.last { ($0.level ?? level) < level } }
        let section = header == nil ? heading.map { String($0.line.trimmed.trimmingSpaces) } ?? titleOver
            : header?.section ?? outer.map { String($0.line.trimmed.trimmingSpaces) }
        var asked: [Int: String] = [:]
        for prompt in result.drafts where prompt.kind == .prompt && prompt.firstLine < table.headerLine {
            if let n = prompt.questionNumber, let question = prompt.question, asked[n] == nil { asked[n] = question }
        }
        // The wording asked above the table for a question of the table: numbered alike, and in the same words or none.
        func askedAbove(_ question: String, number: Int?) -> String? {
            let marker = Segmenter.marker(question)
            guard let n = number ?? marker?.number, let known = asked[n] else { return nil }
            let wordless = marker.map { $0.number != nil && $0.rest.isEmpty && $0.question == nil } ?? false
            return wordless || Segmenter.restates(question, known) ? known : nil
        }
        drafts.removeAll { draft in draft.kind == .prompt && draft.question.flatMap { askedAbove($0, number: draft.questionNumber) } != nil }
        for k in drafts.indices {
            if drafts[k].section == nil { drafts[k].section = section }
            if let question = drafts[k].question, let known = askedAbove(question, number: nil) { drafts[k].question = known }
            if drafts[k].kind == .post, drafts[k].question == nil, let askedOver { drafts[k].question = askedOver.question }
            if drafts[k].kind == .post, drafts[k].group == nil, let header {
                drafts[k].group = header.group ?? header.label
                if drafts[k].municipalities.isEmpty { drafts[k].municipalities = header.municipalities }
            }
        }
        var byPlace: DraftUnit?
        if let header { byPlace = groupAnswerByPlace(table, drafts, columns: columns, header: header) }
        if let byPlace { drafts = [byPlace] }
        let rowsAreGroups = drafts.contains { $0.kind == .post && $0.group != nil }
        result.insertInLineOrder(drafts + [askedOver].compactMap { $0 })
        // Text under a table of the groups' answers, with no group's post after it, is the organisers' closing words;
        // so is the text under the last group's table of its answers by municipality, which took the group's heading.
        let tableGroup = byPlace?.group
        let closing = { (draft: DraftUnit) in
            draft.kind == .post && (draft.lines.first { !$0.isBlank }?.number ?? 0) > span.upperBound
                && (draft.group == nil || draft.group == tableGroup)
        }
        if let tableGroup, !result.drafts.contains(where: { $0.firstLine > span.upperBound && $0.group != nil && $0.group != tableGroup }) {
            for k in result.drafts.indices where closing(result.drafts[k]) {
                result.drafts[k].kind = .prompt
                result.drafts[k].group = nil
                result.drafts[k].municipalities = []
            }
        } else if rowsAreGroups, let lastGroup = result.drafts.lastIndex(where: { $0.kind == .post && $0.group != nil }) {
            for k in result.drafts.indices[(lastGroup + 1)...] where result.drafts[k].kind == .post && result.drafts[k].firstLine > span.upperBound {
                result.drafts[k].kind = .prompt
            }
        }
    }

    /// The footnotes of a Markdown text (pandoc writes a Word document's so: "[^2]: Karasjok har fått midler ...", its
    /// further lines indented), each a unit of the organisers' notes (a prompt), not part of the group whose answer
    /// ends above them; their lines are blank to the rest of the reading.
    private static func takeFootnotes(_ lines: inout [MarkdownLine]) -> [DraftUnit] {
        var notes: [DraftUnit] = []
        var k = 0
        while k < lines.count {
            guard lines[k].isFootnote else { k += 1; continue }
            var note = DraftUnit(kind: .prompt, firstLine: lines[k].line.number)
            repeat {
                note.lines.append(lines[k].line)
                lines[k] = MarkdownLine(SourceLine(number: lines[k].line.number, text: ""))
                k += 1
            } while k < lines.count && !lines[k].line.isBlank && !lines[k].isFootnote
                && lines[k].line.text.first.map { $0 == " " || $0 == "\t" } == true
            notes.append(note)
        }
        return notes
    }

    /// Splits a unit the table stands in the middle of (its lines are blank to the reading, so the paragraphs
    /// before and after it were read as one): what follows the table is a unit of its own.
    private func splitAround(_ span: ClosedRange<Int>, _ result: inout ReadResult) {
        guard let k = result.drafts.firstIndex(where: { draft in
            draft.lines.contains { !$0.isBlank && $0.number < span.lowerBound } && draft.lines.contains { !$0.isBlank && $0.number > span.upperBound }
        }), result.drafts[k].group == nil else { return }
        var before = result.drafts[k]
        var after = before
        before.lines.removeAll { $0.number > span.upperBound }
        after.lines.removeAll { $0.number < span.lowerBound }
        after.firstLine = after.lines.first(where: { !$0.isBlank })?.number ?? span.upperBound + 1
        after.headerLines = []
        result.drafts.replaceSubrange(k...k, with: [before, after].filter(\.hasText))
    }

    /// A group's answer given as a table of two columns, a municipality and its answer, under the group's header
    /// ("## Gruppe 1: Fredrikstad, Hvaler" over "Kommune | Innspill"), as one post of the group with a line per
    /// municipality ("Fredrikstad: ..."), as a board's post gives it; nil for other tables. `rows` are the table's
    /// rows read as posts, which have taken the header's group.
    private func groupAnswerByPlace(_ table: MarkdownTable, _ rows: [DraftUnit], columns: TableReader.Columns,
                                    header: PadletTextReader.GroupHeader) -> DraftUnit? {
        guard table.header.count == 2, let place = columns.index["municipalities"], columns.index["group"] == nil,
              columns.questions.isEmpty, rows.count >= 2, rows.allSatisfy({ $0.kind == .post }) else { return nil }
        let cellOfLine = Dictionary(table.rows.map { ($0.line, $0.cells) }, uniquingKeysWith: { first, _ in first })
        var post = rows[0]
        post.firstLine = table.headerLine
        if header.municipalities.isEmpty {
            var seen = Set<String>()
            post.municipalities = rows.flatMap(\.municipalities).filter { seen.insert($0).inserted }
        } else {
            post.municipalities = header.municipalities
        }
        post.headerLines = []
        post.lines = rows.map { row in
            let name = cellOfLine[row.firstLine].flatMap { $0.indices.contains(place) ? $0[place] : nil } ?? nil
            let answer = row.lines.filter { !$0.isBlank }.map { $0.trimmed.trimmingSpaces }.joined(separator: " ")
            return SourceLine(number: row.firstLine, text: Substring(name.map { "\($0.trimmingSpaces): \(answer)" } ?? answer))
        }
        return post
    }

    /// The organisers' question in the paragraph right over line `tableStart`, taken out of the unit that holds
    /// it as a prompt of its own: a paragraph of up to three lines ending in "?", without a group, perhaps
    /// labelled ("Spørsmål: Hvilke samarbeid vil dere prioritere?" asks "Hvilke samarbeid vil dere prioritere?").
    private func takeQuestion(over tableStart: Int, from result: inout ReadResult) -> DraftUnit? {
        guard let (k, above, first) = paragraphOver(tableStart, in: result) else { return nil }
        let draft = result.drafts[k]
        let paragraph = above[first...]
        guard paragraph.count <= 3 else { return nil }
        let asked = paragraph.map { $0.trimmed.trimmingSpaces }.joined(separator: " ")[...]
        guard asked.hasSuffix("?"), asked.count <= 300 else { return nil }
        let question = Self.unlabelled(asked)
        var prompt = DraftUnit(kind: .prompt, firstLine: paragraph.first!.number)
        prompt.section = draft.section
        prompt.question = String(question)
        prompt.lines = [SourceLine(number: prompt.firstLine, text: question)]
        var rest = draft
        rest.lines.removeSubrange(first...)
        result.drafts.remove(at: k)
        if rest.hasText { result.drafts.insert(rest, at: k) }
        return prompt
    }

    /// The title standing alone right over a table: a paragraph of one line of at most eight words that ends in no
    /// punctuation, taken out of the post it was read as. Nil for other text.
    private func takeTitle(over tableStart: Int, from result: inout ReadResult) -> String? {
        guard let (k, above, first) = paragraphOver(tableStart, in: result), above.count == first + 1,
              !above[..<first].contains(where: { !$0.isBlank }) else { return nil }
        let title = above[first].trimmed.trimmingSpaces
        guard let last = title.last, !".!?:;,".contains(last), title.split(separator: " ").count <= 8 else { return nil }
        result.drafts.remove(at: k)
        return String(title)
    }

    /// The post of no group that ends right over a table (at line `tableStart`): its index in the drafts, its lines up to
    /// its last text line, and where its last paragraph starts among them. Nil when there is none, or it goes on under
    /// the table.
    private func paragraphOver(_ tableStart: Int, in result: ReadResult) -> (draft: Int, lines: [SourceLine], lastParagraph: Int)? {
        guard let k = result.drafts.lastIndex(where: { $0.firstLine < tableStart && $0.group == nil && $0.kind == .post }) else { return nil }
        let lines = result.drafts[k].lines
        guard lines.allSatisfy({ $0.number < tableStart || $0.isBlank }), let last = lines.lastIndex(where: { !$0.isBlank }) else { return nil }
        let above = Array(lines[...last])
        return (k, above, above[..<last].lastIndex(where: \.isBlank).map { $0 + 1 } ?? 0)
    }

    /// The lines of a paginated document (pdftotext of a Word report: pages separated by form feeds) without the pages'
    /// furniture: the form feeds, page numbers ("Side 2 av 4") and the running header and footer (as `SlideReader`
    /// finds them), left out so a paragraph that runs over a page break stays one. Other texts are returned as they are.
    static func withoutPageFurniture(_ source: [SourceLine]) -> [SourceLine] {
        guard source.contains(where: { $0.text.utf8.first == 0x0C }) else { return source }
        // (`SourceLine.split` gives each form feed a line of its own.)
        var pages: [[SourceLine]] = [[]]
        for line in source {
            if line.text.utf8.first == 0x0C {
                if !(pages.last?.isEmpty ?? true) { pages.append([]) }
                continue
            }
            pages[pages.count - 1].append(line)
        }
        let furnished = SlideReader.withoutFurniture(pages)
        var kept: [SourceLine] = []
        for (page, clean) in zip(pages, furnished) {
            for (line, cleaned) in zip(page, clean) where !PageFurniture.isPageNumber(line.text) && (line.isBlank || !cleaned.isBlank) {
                kept.append(line)
            }
        }
        return kept
    }

    /// A text without blank lines between its paragraphs (pdftotext writes none) with a blank line before each line
    /// that is a group's header ("Gruppe 2: Surnadal, Tingvoll og Sunndal"), where a writer would have left one; other
    /// texts are returned as they are.
    static func paragraphsAtGroupHeaders(_ source: [SourceLine], places: PlaceNames) -> [SourceLine] {
        guard let first = source.firstIndex(where: { !$0.isBlank }), let last = source.lastIndex(where: { !$0.isBlank }) else { return source }
        let blanks = source[first...last].count { $0.isBlank }
        guard last - first >= 8, blanks * 15 <= last - first else { return source }
        let board = PadletTextReader(places: places, readsBoardHeader: false)
        let headers = Set(source.indices.filter { k in
            k > 0 && !source[k - 1].isBlank && source[k].text.utf8.count <= 120 && board.groupHeader(source[k].trimmed, strict: true)?.group != nil
        })
        guard headers.count >= 2 else { return source }
        var out: [SourceLine] = []
        for (k, line) in source.enumerated() {
            if headers.contains(k) { out.append(SourceLine(number: line.number, text: "")) }
            out.append(line)
        }
        return out
    }

    /// A Markdown file's YAML front matter: "---" on the first line, "key: value" lines, and "---" (or "...") closing
    /// it: where it ends (the index after its closing line), and its title and date. Nil when the file has none.
    ///
    /// ```swift
    /// PlainTextReader.frontMatter(SourceLine.split("---\ntitle: Dialogmøte\ndate: 2024-04-18\n---\nTekst."))?.title   // "Dialogmøte"
    /// ```
    static func frontMatter(_ source: [SourceLine]) -> (end: Int, title: String?, date: Date?)? {
        guard source.first?.trimmed.trimmingSpaces == "---",
              let close = source.dropFirst().prefix(40).firstIndex(where: { ["---", "..."].contains($0.trimmed.trimmingSpaces) }),
              close > 1 else { return nil }
        var title: String?, date: Date?
        for line in source[1..<close] {
            guard let colon = line.trimmed.firstIndex(of: ":") else { continue }
            let key = line.trimmed[..<colon].trimmingSpaces.lowercased()
            var value = line.trimmed[line.trimmed.index(after: colon)...].trimmingSpaces
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote { value = value.dropFirst().dropLast() }
            guard !value.isEmpty else { continue }
            // (pandoc writes an en dash as "--".)
            if key == "title" { title = value.replacingOccurrences(of: " -- ", with: " – ") }
            if key == "date" { date = TableReader.date(String(value), utc: false) ?? PadletDates.boardHeader(value)?.date }
        }
        return (close + 1, title, date)
    }

    /// The lines from `k` on, up to four, that give a date ("Referat fra bordene, Narvik 23. oktober 2024") or a
    /// value under a label ("Dato: 6. februar 2024", "Sted: Lillestrøm"): where they end, and the first date among them.
    private static func datedLines(_ lines: [MarkdownLine], from k: Int) -> (end: Int, date: Date?) {
        var end = k
        var date: Date?
        while end < lines.count, !lines[end].line.isBlank, end - k < 4 {
            // (A word processor puts a tab after the label: "Dato:\t21.03.2024".)
            let text = Substring(lines[end].line.trimmed.tabsAsSpaces).trimmingSpaces
            let lineDate = PadletDates.boardHeader(text)?.date ?? PlainTextReader.placeAndDate(text)
            guard lineDate != nil || labelled(text, words: 2) != nil && !text.hasSuffix("?") && Segmenter.marker(text) == nil else { break }
            date = date ?? lineDate
            end += 1
        }
        return (end, date)
    }

    /// The lines with each heading under a group's heading that names municipalities alone ("### Sogndal" under "## Gruppe
    /// 1") written as the label of what follows ("Sogndal:"), so it is part of the group's post, not a group's header
    /// of its own; and the municipalities of each such line, by line number. (The normaliser makes each such label's
    /// answer a segment of that municipality: `Segmenter.placeLabel`.)
    private func municipalitySubheadings(_ lines: [MarkdownLine], _ plain: [SourceLine], reader: PadletTextReader)
        -> (lines: [SourceLine], municipalities: [Int: [String]]) {
        let groupLevel = lines.compactMap { line -> Int? in
            guard let level = line.level, reader.groupHeader(line.line.trimmed, strict: true)?.group != nil else { return nil }
            return level
        }.min()
        guard let groupLevel else { return (plain, [:]) }
        var out = plain
        var named: [Int: [String]] = [:]
        for (k, line) in lines.enumerated() {
            guard let level = line.level, level > groupLevel, let header = reader.groupHeader(line.line.trimmed, strict: true),
                  header.group == nil, !header.municipalities.isEmpty else { continue }
            out[k] = SourceLine(number: line.line.number, text: line.line.trimmed.trimmingSpaces + ":")
            named[line.line.number] = header.municipalities
        }
        return (out, named)
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
    /// A rule ("---") after the last group's heading ends its post too: the closing words under it are a unit of
    /// their own, in the same section.
    ///
    /// Where the groups are named in paragraphs, not headings ("Gruppe 1 – Bodø og Gildeskål" under "# Spørsmål 1: ...?"),
    /// every heading ends a group's post; the posts under a heading that asks a question answer it.
    private func endingGroupsAtOtherHeadings(_ result: inout ReadResult, _ lines: [MarkdownLine], reader: PadletTextReader) {
        let headed = lines.compactMap { line in line.level.map { (line, $0, reader.groupHeader(line.line.trimmed, strict: true) != nil) } }
        let groupHeadings = headed.filter(\.2)
        let groupLevel = groupHeadings.map(\.1).min() ?? 6
        let other = headed.filter { !$0.2 && $0.1 <= groupLevel }
        let headings = Set(other.map(\.0.line.number))
        let rules = groupHeadings.last.map { last in Set(lines.filter { $0.isRule && $0.line.number > last.0.line.number }.map(\.line.number)) } ?? []
        guard !headings.isEmpty || !rules.isEmpty else { return }
        if groupHeadings.isEmpty { answeringQuestionHeadings(&result, other.map(\.0.line)) }
        var drafts: [DraftUnit] = []
        for draft in result.drafts {
            guard draft.kind == .post, let cut = draft.lines.firstIndex(where: { headings.contains($0.number) || rules.contains($0.number) }) else {
                drafts.append(draft)
                continue
            }
            let heading = headings.contains(draft.lines[cut].number) ? String(draft.lines[cut].trimmed.trimmingSpaces) : nil
            drafts += PlainTextReader.ending(draft, at: cut, underHeading: heading)
        }
        result.drafts = drafts
    }

    /// Ends the last group's post where the organisers' closing text starts in a plain-text summary: a title
    /// standing alone over a paragraph ("Oppsummering", "Vegen vidare") when no earlier group has such a title
    /// inside its answer, or else a closing signature ("Referent: Torkel Øien"). What follows is a unit of its
    /// own (under that title), not the last group's answer. (Markdown headings are ended by
    /// `endingGroupsAtOtherHeadings`.)
    private func endingTheLastGroupAtClosingText(_ result: inout ReadResult, reader: PadletTextReader) {
        let groups = result.drafts.indices.filter { result.drafts[$0].kind == .post && result.drafts[$0].group != nil }
        guard let last = groups.last else { return }
        func titles(_ draft: DraftUnit) -> [Int] {
            draft.lines.indices.filter { k in
                k > 0 && draft.lines[k - 1].isBlank && k + 1 < draft.lines.count && !draft.lines[k + 1].isBlank
                    && isClosingTitle(draft.lines[k].trimmed.trimmingSpaces, over: draft.lines[k + 1].trimmed, reader: reader)
            }
        }
        let draft = result.drafts[last]
        guard groups.dropLast().allSatisfy({ titles(result.drafts[$0]).isEmpty }) else { return }
        var cut = titles(draft).first
        var section: String?
        if let title = cut {
            let heading = draft.lines[title].trimmed.trimmingSpaces
            section = String(heading.last == ":" ? heading.dropLast() : heading)
        } else if let k = draft.lines.lastIndex(where: { !$0.isBlank }), k > 0, draft.lines[k - 1].isBlank,
                  isSignature(draft.lines[k].trimmed.trimmingSpaces) {
            cut = k
        } else if groups.count >= 2, groups.dropLast().allSatisfy({ PlainTextReader.isList(result.drafts[$0].lines[...]) }),
                  let k = draft.lines.lastIndex(where: { !$0.isBlank }).flatMap({ end in
                      draft.lines[...end].lastIndex(where: \.isBlank).map { $0 + 1 } }),
                  PlainTextReader.isList(draft.lines[..<k]),
                  !draft.lines[k...].contains(where: { !$0.isBlank && PlainTextReader.isListItem($0) }) {
            // Every group answered in list items: a paragraph after the last group's list is the closing words
            // ("Takk til alle som deltok! ..."), not its answer.
            cut = k
        }
        guard let cut else { return }
        result.drafts.replaceSubrange(last...last, with: PlainTextReader.ending(draft, at: cut, underHeading: section))
    }

    /// The posts under each heading that asks a question ("Spørsmål 2: Hva trenger dere fra fylket?") answer it, and the
    /// question is a prompt, before them, unless one asks it already.
    private func answeringQuestionHeadings(_ result: inout ReadResult, _ headings: [SourceLine]) {
        let asking = headings.filter { QuestionTitle.isQuestion(String($0.trimmed.trimmingSpaces)) }
        guard !asking.isEmpty else { return }
        var prompts: [(before: Int, prompt: DraftUnit)] = []
        var asked = Set(result.drafts.filter { $0.kind == .prompt }.compactMap(\.question))
        for (k, heading) in asking.enumerated() {
            let prompt = QuestionTitle.prompt(asking: String(heading.trimmed.trimmingSpaces), else: k + 1, line: heading.number)
            let end = k + 1 < asking.count ? asking[k + 1].number : Int.max
            let under = result.drafts.indices.filter { (heading.number + 1 ..< end).contains(result.drafts[$0].firstLine) }
            for d in under where result.drafts[d].kind == .post && result.drafts[d].question == nil {
                result.drafts[d].question = prompt.question
            }
            if let question = prompt.question, asked.insert(question).inserted, let first = under.first { prompts.append((first, prompt)) }
        }
        for (before, prompt) in prompts.reversed() { result.drafts.insert(prompt, at: before) }
    }

    /// A group's post ended at line `cut`, and what follows as a unit of its own: under `heading` (the cut line,
    /// left out of its text), or in the post's section with the cut line as its first. What follows is the
    /// organisers' own text, which is no group's contribution: a prompt, as the text above the groups is.
    /// Units without text are left out.
    private static func ending(_ draft: DraftUnit, at cut: Int, underHeading heading: String?) -> [DraftUnit] {
        var group = draft
        group.lines = Array(draft.lines[..<cut])
        var rest = DraftUnit(kind: .prompt, firstLine: draft.lines[cut].number)
        rest.section = heading ?? draft.section
        rest.lines = Array(draft.lines[(heading == nil ? cut : cut + 1)...])
        // (Cut at a rule, the unit starts at its first words.)
        if heading == nil, let first = rest.lines.first(where: { !$0.isBlank }) { rest.firstLine = first.number }
        return [group, rest].filter(\.hasText)
    }

    /// Whether the lines hold text and every line with text is a list item ("– Vi savner ...", "1. Lokaler.").
    private static func isList(_ lines: ArraySlice<SourceLine>) -> Bool {
        lines.contains(where: { !$0.isBlank }) && lines.allSatisfy { $0.isBlank || isListItem($0) }
    }

    /// A bulleted or numbered line ("– Vi savner ...", "1. Kulturskulen må ...").
    private static func isListItem(_ line: SourceLine) -> Bool {
        PadletTextReader.listItem(line.trimmed).0 || line.trimmed.first?.isASCIIDigit == true && Segmenter.marker(line.trimmed)?.number != nil
    }

    /// A line that titles the paragraph under it: short, starting in upper case, without a sentence's end, and
    /// no group header, question or list item ("Oppsummering", "Vidare arbeid", "Oppsummering fra plenum:").
    /// A line ending in a colon over a list introduces the list ("Vi foreslår:") and is no title.
    private func isClosingTitle(_ text: Substring, over next: Substring, reader: PadletTextReader) -> Bool {
        guard let first = text.first, first.isUppercase, text.count <= 60, !".?!,;".contains(text.last ?? "."),
              !PadletTextReader.listItem(text).0, Segmenter.marker(text) == nil else { return false }
        if text.last == ":", PadletTextReader.listItem(next).0 || Segmenter.marker(next) != nil { return false }
        return reader.groupHeader(text, strict: true) == nil
    }

    /// A question without the label before it ("Spørsmål: Hva kan vi gjøre sammen?" asks "Hva kan vi gjøre
    /// sammen?"): a word or two of letters and a colon. (A longer lead-in, "Skriv ett eller to stikkord: ...", is
    /// part of what is asked.)
    static func unlabelled(_ question: Substring) -> Substring {
        guard question.hasSuffix("?"), let colon = question.firstIndex(of: ":"),
              question.distance(from: question.startIndex, to: colon) <= 30,
              question[..<colon].allSatisfy({ $0.isLetter || $0 == " " }),
              question[..<colon].split(separator: " ").count <= 2 else { return question }
        let rest = question[question.index(after: colon)...].trimmingSpaces
        return rest.isEmpty ? question : rest
    }

    /// A closing signature: a labelled line whose value is a name of two to four capitalised words
    /// ("Referent: Torkel Øien").
    private func isSignature(_ text: Substring) -> Bool {
        guard let (_, value) = PlainTextReader.labelled(text) else { return false }
        let name = value.split(separator: " ")
        return (2...4).contains(name.count) && name.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } }
    }

    /// The date of a line that gives the place and date as a sentence before a labelled one, as a summary says where
    /// and when it was written and by whom: "Bergen, 6. mars 2025. Referent: Ingrid Hauge". Nil for other lines.
    static func placeAndDate(_ text: Substring) -> Date? {
        guard let year = text.range(of: #"\b(19|20)[0-9]{2}\. "#, options: .regularExpression) else { return nil }
        let rest = text[year.upperBound...].trimmingSpaces
        guard labelled(rest) != nil else { return nil }
        return PadletDates.boardHeader(text[..<text.index(before: year.upperBound)].dropLast().trimmingSpaces)?.date
    }

    /// A short line that gives a value under a one-word label ("Sted: Lillestrøm", "Referent: Torkel Øien"):
    /// the label and the value, or nil.
    /// A label of up to `words` words ("Til stades: 31 deltakarar") when asked.
    static func labelled(_ text: Substring, words: Int = 1) -> (label: Substring, value: Substring)? {
        guard text.count <= 80, let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon]
        let value = text[text.index(after: colon)...].trimmingSpaces
        guard (2...16 * words).contains(label.count), label.first?.isLetter == true, label.last?.isLetter == true,
              label.allSatisfy({ $0.isLetter || $0 == " " }), label.split(separator: " ").count <= words, !value.isEmpty else { return nil }
        return (label, value)
    }

    /// One unit per paragraph; headings set the section. A list of questions under a heading for the organisers'
    /// task ("## Spørsmål", "## Oppgave til gruppene") is a prompt per question.
    private func paragraphs(_ lines: [MarkdownLine], from start: Int) -> ReadResult {
        var result = ReadResult(format: "text")
        var section: String?
        var current: DraftUnit?
        func finish() {
            if let unit = current, unit.hasText {
                // Under a heading of the organisers' questions, or a paragraph that opens with one ("Spørsmål til
                // gruppene" over "1. Hva ...?"): the numbered questions are prompts.
                let opening = unit.lines.first { !$0.isBlank }?.trimmed
                let boxTitle = section.map { PadletTextReader.isPromptBoxTitle(Substring($0)) } ?? false
                    || opening.map { PadletTextReader.isPromptBoxTitle($0) && !$0.hasSuffix("?") } ?? false
                let text = unit.lines.filter { !$0.isBlank }
                if boxTitle, unit.lines.contains(where: {
                    let item = PadletTextReader.questionItem($0.trimmed)
                    return item.isItem && item.body.hasSuffix("?")
                }) {
                    result.drafts += PadletTextReader.prompts(from: unit)
                } else if text.count == 1, isSignature(text[0].trimmed.trimmingSpaces) {
                    // A line of its own that names who wrote the summary ("Referent: Lars Moe") is the organisers' text.
                    var note = unit
                    note.kind = .prompt
                    result.drafts.append(note)
                } else {
                    result.drafts.append(unit)
                }
            }
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
    /// Whether the line is a rule ("---", "***"), which reads as a blank line.
    var isRule = false
    /// Whether the line starts a footnote ("[^1]: Loppa deler rektor med Hasvik."); `line` is its text.
    var isFootnote = false

    init(_ source: SourceLine) {
        line = source
        let t = source.trimmed
        guard let first = t.first, "#>*_-[=!".contains(first) || t.contains("**") || t.contains("](") || t.contains("\\")
                || t.contains("~~") || t.contains("[^") || t.contains("]{") || t.contains("[[") || t.contains(" #") else { return }
        var text = Substring(t)
        let hashes = text.prefix(while: { $0 == "#" }).count
        if (1...6).contains(hashes), text.dropFirst(hashes).first == " " {
            level = hashes
            text = text.dropFirst(hashes).trimmingSpaces
        } else if text.allSatisfy({ "-*_= ".contains($0) }), text.filter({ $0 != " " }).count >= 3 {
            line = SourceLine(number: source.number, text: "")
            isRule = true
            return
        }
        while text.first == ">" { text = text.dropFirst().trimmingSpaces }
        // An Obsidian or GitHub callout's type ("> [!note] Spørsmål til gruppene") says how it looks.
        if text.hasPrefix("[!"), let close = text.firstIndex(of: "]") { text = text[text.index(after: close)...].trimmingSpaces }
        // A task's box ("- [ ] Send referatet", "- [x] ...") is a list's bullet.
        for box in ["- [ ] ", "- [x] ", "- [X] ", "* [ ] ", "* [x] "] where text.hasPrefix(box) { text = "- " + text.dropFirst(box.count) }
        if text.hasPrefix("[^"), let close = text.firstIndex(of: "]"), text[close...].dropFirst().first == ":" { isFootnote = true }
        line = SourceLine(number: source.number, text: Substring(MarkdownLine.inline(text)))
    }

    /// `**bold**`, `__bold__`, `*em*`, `[words](url)` and `[words]{.underline}` as their words, an image
    /// (`![](media/image1.jpeg){width="6in"}`) as nothing; a list's "* " bullet as
    /// "- "; a wiki link (`[[Nordre Follo|NF]]`) as the words it shows, and a tag (`#kulturskole`) as nothing;
    /// an escaped mark (`1\.`, as pandoc writes a number that starts no list) as the mark; crossed-out words
    /// (`~~konserter~~`) and footnote references (`[^1]`) left out, and a footnote's label (`[^1]: ...`).
    ///
    /// ```swift
    /// MarkdownLine.inline("1\\. Lange avstander.[^1]")   // "1. Lange avstander."
    /// ```
    static func inline(_ text: Substring) -> String {
        var out = ""
        var rest = text
        if rest.hasPrefix("* ") { out = "- "; rest = rest.dropFirst(2) }
        if rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]"), rest[close...].dropFirst().first == ":" {
            rest = rest[rest.index(close, offsetBy: 2)...].trimmingSpaces
        }
        // pandoc's attributes after an image or link ("{width="6.3in"}") say how it looks, not what it says.
        func droppingAttributes(_ text: Substring) -> Substring {
            guard text.first == "{", let end = text.firstIndex(of: "}") else { return text }
            return text[text.index(after: end)...]
        }
        while let c = rest.first {
            if c == "[", rest.dropFirst().first == "[", let end = rest.range(of: "]]") {
                // A wiki link ("[[Nordre Follo]]", "[[Nordre Follo|NF]]", Obsidian's and Notion's): the words it shows.
                let inner = rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]
                out += inner.split(separator: "|", maxSplits: 1).last ?? inner
                rest = rest[end.upperBound...]
            } else if c == "#", out.isEmpty || out.last == " ", rest.dropFirst().first?.isLetter == true {
                // A tag ("#kulturskole"): how the note is filed, not what it says.
                rest = rest.drop { !$0.isWhitespace }.dropFirst()
                if out.last == " ", rest.isEmpty { out.removeLast() }
            } else if c == "!", rest.dropFirst().first == "[", let close = rest.firstIndex(of: "]"), rest[close...].dropFirst().first == "(",
               let end = rest[close...].firstIndex(of: ")") {
                // An image ("![](media/image1.jpeg)"): no words of the text.
                rest = droppingAttributes(rest[rest.index(after: end)...])
            } else if c == "\\", let next = rest.dropFirst().first, next.isASCII, next.isPunctuation || next.isSymbol {
                out.append(next)
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("~~"), let end = rest.dropFirst(2).range(of: "~~") {
                rest = rest[end.upperBound...]
                if out.last == " ", rest.first == " " { rest = rest.dropFirst() }
            } else if rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]") {
                rest = rest[rest.index(after: close)...]
            } else if c == "[", let close = rest.firstIndex(of: "]"), rest[close...].dropFirst().first == "{",
                      let end = rest[close...].firstIndex(of: "}") {
                out += rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("**") || rest.hasPrefix("__") {
                rest = rest.dropFirst(2)
            } else if c == "*", rest.dropFirst().first.map({ !$0.isWhitespace }) ?? false || out.last.map({ !$0.isWhitespace }) ?? false {
                rest = rest.dropFirst()
            } else if c == "[", let close = rest.firstIndex(of: "]"), rest[close...].dropFirst().first == "(",
                      let end = rest[close...].firstIndex(of: ")") {
                out += rest[rest.index(after: rest.startIndex)..<close]
                rest = droppingAttributes(rest[rest.index(after: end)...])
            } else {
                out.append(c)
                rest = rest.dropFirst()
            }
        }
        return out
    }
}

extension ReadResult {
    /// Adds drafts read apart (a Markdown table's rows, footnotes) among the others in the order of their first lines;
    /// drafts that start on one line keep the order they were in.
    mutating func insertInLineOrder(_ more: [DraftUnit]) {
        guard !more.isEmpty else { return }
        drafts = (drafts + more).enumerated()
            .sorted { ($0.element.firstLine, $0.offset) < ($1.element.firstLine, $1.offset) }.map(\.element)
    }
}
