import Foundation

/// An OpenDocument file (LibreOffice, and Google's and Microsoft's "OpenDocument" downloads: .odt, .ods, .odp) read
/// into what its Office Open XML twin gives the readers: a text document as the Markdown a Word document gives, a
/// spreadsheet's sheets as a workbook's rows, a presentation as a deck's pages. Told apart by the package's
/// `mimetype`, not by the file name.
///
/// The parts mix text and elements (`<text:p>Gruppe <text:span>2</text:span>: Bodø</text:p>`), so they are walked
/// as libxml2's tree (`XMLTree`), in the document's order.
///
/// ```swift
/// switch try OpenDocument.read(package, mimetype: "application/vnd.oasis.opendocument.text", path: "referat.odt") {
/// case .document(let markdown, _): ...   // "# Del 1: ...\n\n## Gruppe 1: Hamar, Løten\n\n..."
/// default: ...
/// }
/// ```
enum OpenDocument {
    static let mimetypePrefix = "application/vnd.oasis.opendocument."

    static func read(_ package: OfficePackage, mimetype: String, path: String) throws -> OfficeFile {
        if package.has("META-INF/manifest.xml"), String(decoding: try package.data("META-INF/manifest.xml"), as: UTF8.self).contains("encryption-data") {
            throw InnspillError("'\(path)' is a password-protected OpenDocument file",
                                hint: "open it in LibreOffice, save it without a password, and load that")
        }
        let kind = mimetype.dropFirst(mimetypePrefix.count).trimmingSpaces
        let read: (XMLNode, Styles) -> OfficeFile
        let bodyName: String
        switch kind {
        case "text", "text-template", "text-master":
            (bodyName, read) = ("text", { body, styles in
                var document = TextDocument(styles: styles)
                return .document(document.markdown(body), container: "odt")
            })
        case "spreadsheet", "spreadsheet-template":
            (bodyName, read) = ("spreadsheet", { body, _ in .workbook(sheets(body), container: "ods") })
        case "presentation", "presentation-template":
            (bodyName, read) = ("presentation", { .presentation(pages($0, styles: $1), container: "odp") })
        default:
            throw InnspillError("'\(path)' is an OpenDocument file of a kind Innspill does not read ('\(kind)')",
                                hint: "Innspill reads OpenDocument text (.odt), spreadsheets (.ods) and presentations (.odp); "
                                    + "save it as one of those, or as CSV or text")
        }
        let content = try tree(package, part: "content.xml", path: path)
        let styles = package.has("styles.xml") ? try tree(package, part: "styles.xml", path: path) : nil
        guard let root = content.root, let body = root.first("body")?.first(bodyName) else {
            throw InnspillError("'\(path)' is a damaged OpenDocument file: its content has no \(bodyName)",
                                hint: "open it and save it again, and load the new copy")
        }
        // (The nodes are the trees' memory: both trees live until the file is read.)
        return withExtendedLifetime((content, styles)) { read(body, Styles(content: root, styles: styles?.root)) }
    }

    private static func tree(_ package: OfficePackage, part: String, path: String) throws -> XMLTree {
        guard let tree = XMLTree(xml: try package.data(part)), tree.root != nil else {
            throw InnspillError("'\(path)': the part '\(part)' is not well-formed XML",
                                hint: "the file may be damaged; save it again from the program that made it")
        }
        return tree
    }

    // MARK: Styles

    /// What the readers need of a file's styles: which paragraph styles are headings, how each list style marks its
    /// items at each level, and which slides are hidden.
    struct Styles {
        /// Paragraph style -> heading level ("Title" and "Heading 2", or a style based on one).
        private var headingLevels: [String: Int] = [:]
        /// List style -> level (1 for the outermost) -> its number's format ("1", "a", "I"), prefix, suffix and start;
        /// nil for a bulleted level.
        private var listLevels: [String: [Int: ListLevel?]] = [:]
        /// Drawing page styles that hide their slide.
        private(set) var hiddenPages: Set<String> = []

        struct ListLevel {
            var format: String
            var prefix: String
            var suffix: String
            var start: Int
        }

        init(content: XMLNode, styles: XMLNode?) {
            let groups = [content.first("automatic-styles"), styles?.first("styles"), styles?.first("automatic-styles")].compactMap { $0 }
            var parents: [String: String] = [:]
            var displayNames: [String: String] = [:]
            for group in groups {
                for style in group.all("style") {
                    guard let name = style.attribute("name") else { continue }
                    if let parent = style.attribute("parent-style-name") { parents[name] = parent }
                    displayNames[name] = style.attribute("display-name") ?? name.replacingOccurrences(of: "_20_", with: " ")
                    if style.attribute("family") == "drawing-page",
                       style.first("drawing-page-properties")?.attribute("visibility") == "hidden" { hiddenPages.insert(name) }
                }
                for list in group.all("list-style") {
                    guard let name = list.attribute("name") else { continue }
                    var levels: [Int: ListLevel?] = [:]
                    for level in list.children {
                        guard let kind = level.name, let number = level.attribute("level").flatMap(Int.init) else { continue }
                        if kind == "list-level-style-number", let format = level.attribute("num-format"), !format.isEmpty {
                            let prefix = level.attribute("num-prefix") ?? "", suffix = level.attribute("num-suffix") ?? ""
                            levels[number] = ListLevel(format: format, prefix: prefix, suffix: prefix.isEmpty && suffix.isEmpty ? "." : suffix,
                                                       start: level.attribute("start-value").flatMap(Int.init) ?? 1)
                        } else {
                            levels[number] = .some(nil)
                        }
                    }
                    listLevels[name] = levels
                }
            }
            for name in displayNames.keys {
                var current: String? = name
                var seen = Set<String>()
                while let style = current, seen.insert(style).inserted {
                    if let level = WordDocument.headingLevel(name: displayNames[style]?.lowercased(), id: style) {
                        headingLevels[name] = level
                        break
                    }
                    current = parents[style]
                }
            }
        }

        func headingLevel(ofParagraphStyle style: String?) -> Int? { style.flatMap { headingLevels[$0] } }

        /// The level's numbering, or nil for a bulleted level (and a list whose style is not known).
        func numbering(list style: String?, level: Int) -> ListLevel? { style.flatMap { listLevels[$0]?[level] ?? nil } }
    }

    // MARK: Text

    /// The text of a paragraph or a cell's paragraph: its spans and links, spaces (`text:s`), tabs and line breaks;
    /// footnotes go to `notes` and leave their "[^n]" mark. Comments, tracked deletions and frames are no text.
    static func inlineText(_ node: XMLNode, notes: inout [String]) -> String {
        var text = ""
        for child in node.children {
            if let piece = child.text {
                // (White space in the part is collapsed, as in a web page: text:s stands for the spaces that count.)
                text += collapsingWhiteSpace(piece)
                continue
            }
            switch child.name {
            case "s": text += String(repeating: " ", count: min(8, child.attribute("c").flatMap(Int.init) ?? 1))
            case "tab": text += "\t"
            case "line-break": text += "\n"
            case "note":
                var body = ""
                for paragraph in child.first("note-body")?.children ?? [] where paragraph.name == "p" || paragraph.name == "h" {
                    body += (body.isEmpty ? "" : " ") + inlineText(paragraph, notes: &notes).trimmingSpaces
                }
                notes.append(body)
                text += "[^\(notes.count)]"
            case "annotation", "annotation-end", "frame", "soft-page-break", "change", "bookmark", "bookmark-start",
                 "bookmark-end", "reference-mark", "sequence-ref", "note-citation", nil:
                continue
            default:
                text += inlineText(child, notes: &notes)
            }
        }
        return text
    }

    /// White space as the part's reader shows it: each run of spaces, tabs and line ends as one space.
    private static func collapsingWhiteSpace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var inSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
            if !isSpace || !inSpace { result.append(isSpace ? " " : scalar) }
            inSpace = isSpace
        }
        return String(result)
    }

    /// The rows of a table (in header rows, row groups or its own), each with its cells (a covered cell, the part of a
    /// merged cell after its first, as nil) and how many times the row and each cell repeat.
    static func rows(of table: XMLNode) -> [(row: XMLNode, repeated: Int)] {
        var rows: [(XMLNode, Int)] = []
        for child in table.children {
            switch child.name {
            case "table-row": rows.append((child, child.attribute("number-rows-repeated").flatMap(Int.init) ?? 1))
            case "table-header-rows", "table-rows", "table-row-group": rows += Self.rows(of: child)
            default: continue
            }
        }
        return rows
    }

    static func cells(of row: XMLNode) -> [(cell: XMLNode?, repeated: Int)] {
        row.children.compactMap { cell in
            guard cell.name == "table-cell" || cell.name == "covered-table-cell" else { return nil }
            return (cell.name == "table-cell" ? cell : nil, cell.attribute("number-columns-repeated").flatMap(Int.init) ?? 1)
        }
    }

    /// A text document as Markdown, as `WordDocument` writes a Word document.
    struct TextDocument {
        let styles: Styles
        private var notes: [String] = []
        /// The number each list style's levels count on from, for a list that continues the one before it.
        private var counters: [String: [Int: Int]] = [:]

        init(styles: Styles) { self.styles = styles }

        mutating func markdown(_ body: XMLNode) -> String {
            var blocks: [WordDocument.Block] = []
            append(body.children, to: &blocks)
            let noteBlocks = notes.enumerated().map { WordDocument.Block.paragraph("[^\($0.offset + 1)]: \($0.element)") }
            return WordDocument.Block.joined(blocks + noteBlocks)
        }

        private mutating func append(_ nodes: [XMLNode], to blocks: inout [WordDocument.Block]) {
            for node in nodes {
                switch node.name {
                case "h", "p":
                    let text = inlineText(node, notes: &notes).trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !text.isEmpty else { continue }
                    let level = node.name == "h" ? node.attribute("outline-level").flatMap(Int.init) ?? 1
                        : styles.headingLevel(ofParagraphStyle: node.attribute("style-name"))
                    blocks.append(.paragraph(level.map { String(repeating: "#", count: min(6, max(1, $0))) + " " + text } ?? text))
                case "list": list(node, level: 1, style: nil, to: &blocks)
                case "table": blocks.append(.paragraph(table(node)))
                case "section": append(node.children, to: &blocks)
                // Tables of contents and indexes repeat the headings; tracked changes hold deleted text.
                default: continue
                }
            }
        }

        private mutating func list(_ list: XMLNode, level: Int, style inherited: String?, to blocks: inout [WordDocument.Block]) {
            let style = list.attribute("style-name") ?? inherited
            let numbering = styles.numbering(list: style, level: level)
            let key = style ?? ""
            var number = list.attribute("continue-numbering") == "true" || list.attribute("continue-list") != nil
                ? counters[key]?[level] ?? numbering?.start ?? 1 : numbering?.start ?? 1
            let indent = String(repeating: "  ", count: level - 1)
            for item in list.children where item.name == "list-item" || item.name == "list-header" {
                if let start = item.attribute("start-value").flatMap(Int.init) { number = start }
                let marker = item.name == "list-header" ? nil
                    : numbering.map { $0.prefix + WordLists.written(number, format: Self.wordFormat($0.format)) + $0.suffix } ?? "-"
                var text = ""
                for child in item.children {
                    switch child.name {
                    case "p", "h":
                        let paragraph = inlineText(child, notes: &notes).trimmingCharacters(in: .whitespacesAndNewlines)
                        if !paragraph.isEmpty { text += (text.isEmpty ? "" : " ") + paragraph }
                    case "list":
                        flush(&text, marker: marker, indent: indent, to: &blocks)
                        self.list(child, level: level + 1, style: style, to: &blocks)
                    default: continue
                    }
                }
                flush(&text, marker: marker, indent: indent, to: &blocks)
                if item.name == "list-item" { number += 1 }
            }
            counters[key, default: [:]][level] = number
        }

        private func flush(_ text: inout String, marker: String?, indent: String, to blocks: inout [WordDocument.Block]) {
            guard !text.isEmpty else { return }
            blocks.append(marker.map { .item(indent + $0 + " " + text) } ?? .paragraph(text))
            text = ""
        }

        /// An OpenDocument number format as Word names it.
        private static func wordFormat(_ format: String) -> String {
            switch format {
            case "a": return "lowerLetter"
            case "A": return "upperLetter"
            case "i": return "lowerRoman"
            case "I": return "upperRoman"
            default: return "decimal"
            }
        }

        /// A table as a pipe table, its first row the header; a merged cell's other columns are empty.
        private mutating func table(_ table: XMLNode) -> String {
            var rows: [[String]] = []
            for (row, repeated) in OpenDocument.rows(of: table) {
                var cells: [String] = []
                for (cell, count) in OpenDocument.cells(of: row) {
                    var text = ""
                    if let cell {
                        var blocks: [WordDocument.Block] = []
                        append(cell.children, to: &blocks)
                        text = blocks.map { block -> String in
                            switch block { case .paragraph(let line), .item(let line): return line }
                        }.joined(separator: " ").split(whereSeparator: \.isNewline).joined(separator: " ")
                            .replacingOccurrences(of: "|", with: "\\|")
                    }
                    cells += Array(repeating: String(text.trimmingSpaces), count: min(count, 64))
                }
                while cells.last?.isEmpty == true { cells.removeLast() }
                if !cells.isEmpty { rows += Array(repeating: cells, count: min(repeated, 64)) }
            }
            return MarkdownTable.pipeTable(rows)
        }
    }

    // MARK: Spreadsheets

    /// A spreadsheet's sheets as a workbook's: a row for each row with a value (a row repeated stands as often as it
    /// repeats, up to 1,024 times), a cell for each column up to its last value. A cell's text is what it shows; a
    /// date is written as ISO text and a number as stored, as an Excel workbook's are. The empty columns and rows a
    /// sheet declares to its end (`number-columns-repeated="16379"`) are not expanded.
    static func sheets(_ body: XMLNode) -> [Workbook.Sheet] {
        body.all("table").enumerated().map { k, table in
            var rows: [CSVParser.Row] = []
            var number = 0
            for (row, repeated) in OpenDocument.rows(of: table) {
                var cells: [String] = []
                var emptyBefore = 0
                for (cell, count) in OpenDocument.cells(of: row) {
                    let value = cell.map(cellText) ?? ""
                    if value.isEmpty { emptyBefore += count; continue }
                    cells += Array(repeating: "", count: emptyBefore)
                    cells += Array(repeating: value, count: min(count, 1_024))
                    emptyBefore = 0
                }
                if cells.isEmpty { number += repeated; continue }
                for _ in 0..<min(repeated, 1_024) {
                    number += 1
                    rows.append(CSVParser.Row(cells: cells, line: number))
                }
                number += max(0, repeated - 1_024)
            }
            return Workbook.Sheet(name: table.attribute("name") ?? "Sheet\(k + 1)", rows: rows)
        }
    }

    private static func cellText(_ cell: XMLNode) -> String {
        switch cell.attribute("value-type") {
        case "date":
            if let value = cell.attribute("date-value"), let date = ISODate.parse(String(value.prefix(19))) { return ISODate.string(date) }
        case "float", "percentage", "currency":
            if let written = cell.attribute("value"), let number = Double(written) { return DayNumbers.plain(number, written: written) }
        default:
            break
        }
        var notes: [String] = []
        return cell.all("p").map { inlineText($0, notes: &notes).trimmingSpaces }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Presentations

    /// A presentation as the slide reader reads a deck (`Presentation` writes a .pptx the same way): a page per
    /// slide, separated by form feeds, the title first and the other text boxes' paragraphs under it, a table's row
    /// as one line. Hidden slides, speaker notes and the slide number, date and footer boxes are not the slides' text.
    static func pages(_ body: XMLNode, styles: Styles) -> String {
        var pages: [String] = []
        for slide in body.all("page") where !(slide.attribute("style-name").map(styles.hiddenPages.contains) ?? false) {
            var titles: [String] = []
            var lines: [String] = []
            collect(slide, titles: &titles, lines: &lines)
            let page = (titles + lines).filter { !$0.isEmpty }
            if !page.isEmpty { pages.append(page.joined(separator: "\n")) }
        }
        return pages.joined(separator: "\n\u{0C}") + "\n"
    }

    private static let slideFurniture: Set<String> = ["page-number", "footer", "date-time", "header", "notes"]

    private static func collect(_ shapes: XMLNode, titles: inout [String], lines: inout [String]) {
        for shape in shapes.children {
            switch shape.name {
            case "frame":
                let kind = shape.attribute("class")
                if let kind, slideFurniture.contains(kind) { continue }
                if let table = shape.first("table") {
                    for (row, _) in rows(of: table) {
                        let cells = cells(of: row).map { cell, _ in cell.map { paragraphs(of: $0).joined(separator: " ") } ?? "" }
                        if cells.contains(where: { !$0.isEmpty }) { lines.append(cells.joined(separator: " | ")) }
                    }
                } else if let box = shape.first("text-box") {
                    let texts = paragraphs(of: box)
                    if kind == "title" { titles.append(texts.joined(separator: " ")) } else { lines += texts }
                }
            case "g": collect(shape, titles: &titles, lines: &lines)
            case "custom-shape", "rect", "ellipse", "polygon", "path": lines += paragraphs(of: shape)
            default: continue
            }
        }
    }

    /// The text of each paragraph in a text box, a list's items included; a line break as a space.
    private static func paragraphs(of box: XMLNode) -> [String] {
        var texts: [String] = []
        var notes: [String] = []
        for child in box.children {
            switch child.name {
            case "p", "h":
                let text = inlineText(child, notes: &notes).replacingOccurrences(of: "\n", with: " ").trimmingSpaces
                if !text.isEmpty { texts.append(String(text)) }
            case "list", "list-item": texts += paragraphs(of: child)
            default: continue
            }
        }
        return texts
    }
}
