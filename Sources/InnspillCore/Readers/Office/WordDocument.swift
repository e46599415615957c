import Foundation

/// A Word document (.docx) as the Markdown the text reader reads, as pandoc would write it: headings as
/// "#" lines, numbered and bulleted paragraphs with the numbers Word draws ("1.", "a)", "-"; they are
/// not in the text, but in the numbering part), tables as pipe tables, footnotes as "[^1]" notes, and
/// other paragraphs separated by a blank line. What is not the document's text is left out: deleted
/// text of tracked changes, comments, field codes, headers and footers.
///
/// ```swift
/// let markdown = try WordDocument.markdown(in: package, document: "word/document.xml")
/// // "# Oppsummering\n\n1. Hva gjør vi godt?\n2. Hva kan bli bedre?\n\n## Gruppe 3: Bergen, Voss\n\n..."
/// ```
struct WordDocument {
    /// Paragraph style id -> its heading level (1 for a title).
    private var headingLevels: [String: Int] = [:]
    /// Paragraph style id -> the list its paragraphs are items of, when the style numbers them.
    private var styleNumbering: [String: (id: String, level: Int)] = [:]
    private var lists = WordLists()
    private var footnotes: [String: OfficeXML] = [:]
    private var notesCited: [(number: Int, note: OfficeXML)] = []

    static func markdown(in package: OfficePackage, document part: String) throws -> String {
        var document = WordDocument()
        let relationships = try package.relationships(of: part)
        func related(_ type: String) throws -> OfficeXML? {
            try relationships.values.first { $0.isType(type) && package.has($0.target) }.map { try package.xml($0.target) }
        }
        if let styles = try related("styles") { document.readStyles(styles) }
        if let numbering = try related("numbering") { document.lists = WordLists(numbering) }
        for note in try related("footnotes")?.all("footnote") ?? [] where note["type"] == nil {
            if let id = note["id"] { document.footnotes[id] = note }
        }
        guard let body = try package.xml(part).first("body") else { return "" }
        var blocks: [Block] = []
        document.append(body.children, to: &blocks)
        var notes: [Block] = []
        for (number, note) in document.notesCited {
            var text = ""
            for paragraph in note.all("p") { text += (text.isEmpty ? "" : " ") + document.inlineText(paragraph) }
            notes.append(.paragraph("[^\(number)]: " + text.trimmingSpaces))
        }
        return Block.joined(blocks + notes)
    }

    /// A piece of the Markdown: a paragraph (blank lines around it) or a list item (none between items).
    enum Block {
        case paragraph(String)
        case item(String)

        static func joined(_ blocks: [Block]) -> String {
            var text = ""
            var previousWasItem = false
            for block in blocks {
                switch block {
                case .paragraph(let line):
                    if !text.isEmpty { text += "\n\n" }
                    text += line
                    previousWasItem = false
                case .item(let line):
                    if !text.isEmpty { text += previousWasItem ? "\n" : "\n\n" }
                    text += line
                    previousWasItem = true
                }
            }
            return text + "\n"
        }
    }

    private mutating func readStyles(_ styles: OfficeXML) {
        var basedOn: [String: String] = [:]
        var names: [String: String] = [:]
        var ownLevel: [String: Int] = [:]
        var ownNumbering: [String: (id: String, level: Int)] = [:]
        for style in styles.all("style") where style["type"] == "paragraph" {
            guard let id = style["styleId"] else { continue }
            names[id] = style.first("name")?["val"]?.lowercased()
            basedOn[id] = style.first("basedOn")?["val"]
            if let outline = style.first("pPr")?.first("outlineLvl")?["val"].flatMap(Int.init), outline < 6 {
                ownLevel[id] = outline + 1
            }
            if let numbering = style.first("pPr")?.first("numPr"), let numId = numbering.first("numId")?["val"] {
                ownNumbering[id] = (numId, numbering.first("ilvl")?["val"].flatMap(Int.init) ?? 0)
            }
        }
        for id in names.keys {
            var current: String? = id
            var seen = Set<String>()
            while let style = current, seen.insert(style).inserted {
                if headingLevels[id] == nil, let level = Self.headingLevel(name: names[style], id: style) ?? ownLevel[style] {
                    headingLevels[id] = level
                }
                if styleNumbering[id] == nil, let numbering = ownNumbering[style] { styleNumbering[id] = numbering }
                current = basedOn[style]
            }
        }
    }

    /// "heading 2" (Word's name in every language), "Title", or a style id such as "Overskrift2".
    static func headingLevel(name: String?, id: String) -> Int? {
        if name == "title" || id.lowercased() == "title" || id.lowercased() == "tittel" { return 1 }
        for prefix in ["heading ", "heading", "overskrift"] {
            for candidate in [name ?? "", id.lowercased()] where candidate.hasPrefix(prefix) {
                if let level = Int(candidate.dropFirst(prefix.count)), (1...6).contains(level) { return level }
            }
        }
        return nil
    }

    /// The blocks of a body's (or a cell's, or a content control's) children, in order.
    private mutating func append(_ children: [OfficeXML], to blocks: inout [Block]) {
        for child in children {
            switch child.name {
            case "p": appendParagraph(child, to: &blocks)
            case "tbl": blocks.append(.paragraph(table(child)))
            case "sdt": append(child.first("sdtContent")?.children ?? [], to: &blocks)
            case "customXml", "ins", "moveTo": append(child.children, to: &blocks)
            default: continue
            }
        }
    }

    private mutating func appendParagraph(_ paragraph: OfficeXML, to blocks: inout [Block]) {
        var boxes: [Block] = []
        let text = inlineText(paragraph, textBoxes: &boxes).trimmingCharacters(in: .whitespacesAndNewlines)
        defer { blocks += boxes }
        guard !text.isEmpty else { return }
        let properties = paragraph.first("pPr")
        let style = properties?.first("pStyle")?["val"]
        if let style, let level = headingLevels[style] {
            blocks.append(.paragraph(String(repeating: "#", count: level) + " " + text))
            return
        }
        var numbering = style.flatMap { styleNumbering[$0] }
        if let own = properties?.first("numPr"), let numId = own.first("numId")?["val"] {
            numbering = (numId, own.first("ilvl")?["val"].flatMap(Int.init) ?? numbering?.level ?? 0)
        }
        if let numbering, let marker = lists.next(list: numbering.id, level: numbering.level) {
            blocks.append(.item(String(repeating: "  ", count: numbering.level) + marker + " " + text))
        } else {
            blocks.append(.paragraph(text))
        }
    }

    /// A paragraph's text; text boxes anchored in it are left out.
    private mutating func inlineText(_ paragraph: OfficeXML) -> String {
        var boxes: [Block] = []
        return inlineText(paragraph, textBoxes: &boxes)
    }

    /// A paragraph's text: its runs, hyperlinks, inserted text and simple fields, with tabs and line
    /// breaks; the paragraphs of text boxes anchored in it go to `textBoxes`.
    private mutating func inlineText(_ element: OfficeXML, textBoxes: inout [Block]) -> String {
        var text = ""
        for child in element.children {
            switch child.name {
            case "t": text += child.text
            case "tab", "ptab": text += "\t"
            case "br", "cr": text += "\n"
            case "noBreakHyphen": text += "-"
            case "footnoteReference":
                if let id = child["id"], let note = footnotes[id] {
                    notesCited.append((notesCited.count + 1, note))
                    text += "[^\(notesCited.count)]"
                }
            case "txbxContent": append(child.children, to: &textBoxes)
            // A drawing's text box is written twice, for new and for old Word: the first is read.
            case "AlternateContent": if let choice = child.first("Choice") { text += inlineText(choice, textBoxes: &textBoxes) }
            // Deleted text, field codes, comments' marks and the paragraph's own properties are no text.
            case "del", "moveFrom", "delText", "instrText", "pPr", "rPr", "commentReference", "annotationRef": continue
            default: text += inlineText(child, textBoxes: &textBoxes)
            }
        }
        return text
    }

    /// A table as a pipe table: its first row the header. A cell spanning columns is followed by empty
    /// cells; a cell continuing a vertical merge shows the text of the cell it continues.
    private mutating func table(_ table: OfficeXML) -> String {
        var rows: [[String]] = []
        var mergedAbove: [Int: String] = [:]
        for row in table.all("tr") {
            var cells: [String] = []
            for cell in row.all("tc") {
                let properties = cell.first("tcPr")
                let span = properties?.first("gridSpan")?["val"].flatMap(Int.init) ?? 1
                let column = cells.count
                var text: String
                if let merge = properties?.first("vMerge"), merge["val"] != "restart" {
                    text = mergedAbove[column] ?? ""
                } else {
                    var blocks: [Block] = []
                    append(cell.children, to: &blocks)
                    text = blocks.map { block -> String in
                        switch block { case .paragraph(let line), .item(let line): return line }
                    }.joined(separator: " ")
                    text = text.split(whereSeparator: \.isNewline).joined(separator: " ")
                        .replacingOccurrences(of: "|", with: "\\|")
                    if properties?.first("vMerge") != nil { mergedAbove[column] = text }
                }
                cells.append(String(text.trimmingSpaces))
                cells += Array(repeating: "", count: max(0, span - 1))
            }
            rows.append(cells)
        }
        return MarkdownTable.pipeTable(rows)
    }
}

/// Word's numbered and bulleted lists: what each list level draws before its paragraphs (from the
/// numbering part: "%1." with decimal numbers, "%2)" with letters, a bullet), counted as Word counts.
struct WordLists {
    private struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    /// List id (`numId`) -> its levels.
    private var levels: [String: [Int: Level]] = [:]
    /// Lists that share an abstract list count on together.
    private var counterOf: [String: String] = [:]
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    init(_ numbering: OfficeXML) {
        var abstract: [String: [Int: Level]] = [:]
        for list in numbering.all("abstractNum") {
            guard let id = list["abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for level in list.all("lvl") {
                guard let number = level["ilvl"].flatMap(Int.init) else { continue }
                levels[number] = Level(format: level.first("numFmt")?["val"] ?? "decimal",
                                       text: level.first("lvlText")?["val"] ?? "%\(number + 1).",
                                       start: level.first("start")?["val"].flatMap(Int.init) ?? 1)
            }
            abstract[id] = levels
        }
        for list in numbering.all("num") {
            guard let id = list["numId"], let abstractId = list.first("abstractNumId")?["val"] else { continue }
            var own = abstract[abstractId] ?? [:]
            var restarts = false
            for override in list.all("lvlOverride") {
                guard let number = override["ilvl"].flatMap(Int.init),
                      let start = override.first("startOverride")?["val"].flatMap(Int.init) else { continue }
                own[number, default: Level()].start = start
                restarts = true
            }
            levels[id] = own
            // Lists of one abstract list count on together, unless a list restarts its numbering.
            counterOf[id] = restarts ? "num " + id : abstractId
        }
    }

    /// The marker of the next item of a list at a level ("3.", "b)", "-"), or nil when the list draws
    /// nothing (numId 0 takes a paragraph out of its style's list).
    mutating func next(list id: String, level: Int) -> String? {
        guard id != "0" else { return nil }
        let definition = levels[id] ?? [:]
        let key = counterOf[id] ?? id
        var count = counters[key] ?? [:]
        count[level] = (count[level] ?? (definition[level]?.start ?? 1) - 1) + 1
        for deeper in count.keys where deeper > level { count[deeper] = nil }
        counters[key] = count
        let own = definition[level] ?? Level(text: "%\(level + 1).")
        if own.format == "bullet" || own.format == "none" { return own.format == "bullet" ? "-" : nil }
        var marker = own.text
        for shown in (0...level).reversed() {
            let value = count[shown] ?? (definition[shown]?.start ?? 1)
            marker = marker.replacingOccurrences(of: "%\(shown + 1)",
                                                 with: Self.written(value, format: definition[shown]?.format ?? "decimal"))
        }
        return marker.trimmingSpaces.isEmpty ? "-" : String(marker.trimmingSpaces)
    }

    /// A number as a list format writes it: 3, c, C, iii, III.
    static func written(_ number: Int, format: String) -> String {
        switch format {
        case "lowerLetter", "upperLetter":
            let letter = String(UnicodeScalar(UInt8(97 + (max(number, 1) - 1) % 26)))
            return format == "upperLetter" ? letter.uppercased() : letter
        case "lowerRoman", "upperRoman":
            let roman = romanNumeral(number)
            return format == "upperRoman" ? roman.uppercased() : roman
        default:
            return String(number)
        }
    }

    private static func romanNumeral(_ number: Int) -> String {
        let values = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = max(number, 1)
        var text = ""
        for (value, letters) in values { while rest >= value { text += letters; rest -= value } }
        return text
    }
}
