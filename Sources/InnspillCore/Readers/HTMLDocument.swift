import Foundation

/// A web page (.html, .htm: a Google Docs document downloaded as a web page, Word's "filtered web page", a board
/// saved from the browser) as the Markdown the text reader reads, as a Word document is: headings as "#" lines,
/// list items as "- " and "1. " lines, tables as pipe tables, other blocks as paragraphs. What a browser does not
/// show as the page's text is left out: the head, scripts, styles, navigation, the site's header and footer (outside the
/// page's `main`, `article` or `section`), ARIA furniture (a cookie dialog), buttons and form fields.
///
/// libxml2's HTML parser builds the tree, as a browser would from tags left open, entities and the page's own
/// charset; this type only walks it.
///
/// ```swift
/// HTMLDocument.isHTML(Data("<!DOCTYPE html><html><body><h1>Økt 1</h1><p>Gruppe 1: Bodø</p>".utf8))  // true
/// HTMLDocument.markdown(Data("<h1>Økt 1</h1><p>Gruppe 1: Bodø</p>".utf8))   // "# Økt 1\n\nGruppe 1: Bodø\n"
/// ```
struct HTMLDocument {
    /// Whether the bytes start as a web page does: a doctype, an `<html>` tag, or a comment over one.
    static func isHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        let start = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
            || start.hasPrefix("<!--") && (head.contains("<html") || head.contains("<!doctype html"))
    }

    /// The page as Markdown. Text is taken as the page's charset says; without one, as UTF-8 when it is valid
    /// UTF-8, else as Windows-1252.
    static func markdown(_ data: Data) -> String {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        let encoding: String? = head.contains("charset") ? nil : String(validating: data, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
        guard let tree = XMLTree(html: data, encoding: encoding) else { return "" }
        var page = HTMLDocument()
        if let root = tree.root { page.visit(root) }
        page.endBlock()
        // A board's page (its posts' permalinks) is written as the board's PDF export prints it: titles as plain lines.
        if page.hasPermalinks {
            page.blocks = page.blocks.map { block in
                guard case .paragraph(let text) = block, text.hasPrefix("#") else { return block }
                return .paragraph(String(text.drop(while: { $0 == "#" }).dropFirst()))
            }
        }
        return WordDocument.Block.joined(page.blocks)
    }

    private var blocks: [WordDocument.Block] = []
    private var hasPermalinks = false
    /// The text of the block being read, its words separated by single spaces.
    private var line = ""
    /// What the block being read is: a paragraph, a heading's "#"s, or a list item's "- " or "3. ".
    private var prefix = ""
    private var isItem = false
    /// The lists the walk is in: the next number of a numbered one, nil for a bulleted one.
    private var lists: [Int?] = []
    /// The rows of the table being read, and the cell being read.
    private var table: [[String]]?
    /// How many content elements (`main`, `article`, `section`) the walk is in.
    private var contentDepth = 0
    private var cell: String?

    /// What a `<br>` leaves in the block's text; line ends in the page's source are spaces, as in a browser.
    static let lineBreak: Character = "\u{2028}"

    /// Elements whose content is not the page's text.
    static let hidden: Set<String> = ["head", "script", "style", "noscript", "template", "svg", "nav", "button", "input",
                                      "select", "textarea", "iframe", "object", "canvas", "form"]
    /// The ARIA roles of a site's furniture around the content: its banner, navigation, footer, search, menus and dialogs
    /// (a cookie notice).
    static let chromeRoles: Set<String> = ["banner", "navigation", "contentinfo", "search", "menu", "menubar", "toolbar",
                                           "dialog", "alertdialog", "tablist"]

    /// Elements that stand as blocks of their own.
    static let blockElements: Set<String> = ["p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote",
                                             "pre", "figure", "figcaption", "dl", "dt", "dd", "address", "center", "ul", "ol",
                                             "li", "table", "tr", "hr", "body", "html", "details", "summary", "fieldset",
                                             "legend", "h1", "h2", "h3", "h4", "h5", "h6"]

    private mutating func visit(_ node: XMLNode) {
        if let text = node.text {
            addText(text)
        } else if let name = node.name {
            element(node, name: name.lowercased())
        }
    }

    private mutating func visitChildren(_ node: XMLNode) {
        for child in node.children { visit(child) }
    }

    private mutating func element(_ node: XMLNode, name: String) {
        guard !HTMLDocument.hidden.contains(name), node.attribute("hidden") == nil, node.attribute("aria-hidden") != "true",
              !(node.attribute("role").map(HTMLDocument.chromeRoles.contains) ?? false),
              // (Word's page header and footer, written into the page by "Save as web page".)
              !(node.attribute("class").map { $0 == "MsoHeader" || $0 == "MsoFooter" } ?? false),
              !HTMLDocument.namesFurniture(node.attribute("class")), !HTMLDocument.namesFurniture(node.attribute("id")),
              !((name == "header" || name == "footer") && contentDepth == 0 && !HTMLDocument.holdsHeading(node)) else { return }
        // (The page's own header and footer are the site's, unless a heading in it titles the page; those of its content,
        // an article's or a board's, are kept.)
        let isContent = name == "main" || name == "article" || name == "section"
        if isContent { contentDepth += 1 }
        defer { if isContent { contentDepth -= 1 } }
        switch name {
        case "br":
            addText(cell != nil ? " " : String(HTMLDocument.lineBreak))
        case "table":
            endBlock()
            let outer = (table, cell)
            table = []
            cell = nil
            visitChildren(node)
            if let rows = table, !rows.isEmpty { blocks.append(.paragraph(MarkdownTable.pipeTable(rows))) }
            (table, cell) = outer
        case "tr" where table != nil:
            table!.append([])
            visitChildren(node)
        case "td" where table != nil, "th" where table != nil:
            cell = ""
            visitChildren(node)
            if table!.isEmpty { table!.append([]) }
            let text = (cell ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: "|", with: "\\|")
            table![table!.count - 1].append(text)
            cell = nil
        case _ where cell != nil:
            // (Blocks inside a cell are the cell's words.)
            addText(" ")
            visitChildren(node)
            addText(" ")
        case "h1", "h2", "h3", "h4", "h5", "h6":
            endBlock()
            prefix = String(repeating: "#", count: Int(String(name.last!))!) + " "
            visitChildren(node)
            endBlock()
            prefix = ""  // (a heading without text)
        case "ul", "ol":
            endBlock()
            // (A row of links to the site's own pages, as tabs or a menu drawn as a list, is the site's, not the page's text.)
            if HTMLDocument.isSiteMenu(node) { return }
            lists.append(name == "ol" ? (node.attribute("start").flatMap { Int($0) } ?? 1) : nil)
            visitChildren(node)
            lists.removeLast()
            endBlock()
        case "li":
            endBlock()
            let depth = String(repeating: "  ", count: max(0, lists.count - 1))
            if let next = lists.last ?? nil {
                prefix = depth + "\(next). "
                lists[lists.count - 1] = next + 1
            } else {
                prefix = depth + "- "
            }
            isItem = true
            visitChildren(node)
            endBlock()
            (prefix, isItem) = ("", false)  // (an item without text)
        case "a":
            // A Padlet post's permalink ("Lenke til innlegg") ends the post as the board's PDF export prints it: the
            // address on a line of its own.
            if let href = node.attribute("href"), href.contains("padlet.com/"), href.contains("/wish/") {
                endBlock()
                line = href
                endBlock()
                hasPermalinks = true
            } else {
                visitChildren(node)
            }
        case "img":
            break
        case "time":
            // A time's machine-readable value (`datetime`, UTC when it ends in "Z"), where the page shows only part of it
            // ("12. feb."), in the form boards print a post's time in: "12. februar 2025 09:05", Norwegian time.
            if let value = node.attribute("datetime"), value.count > 10, let parsed = ISODate.parse(value) {
                addText(" " + PadletDates.written(value.hasSuffix("Z") ? ISODate.norwegianTime(fromUTC: parsed) : parsed) + " ")
            } else {
                visitChildren(node)
            }
        default:
            let isBlock = HTMLDocument.blockElements.contains(name)
            if isBlock { endBlock() }
            visitChildren(node)
            if isBlock { endBlock() }
        }
    }

    /// Whether a class or id names a site's furniture by the words pages use for it (as Mozilla's Readability reads
    /// them): a pager ("Viser 1–5 av 5" under a table of results), breadcrumbs, a cookie notice.
    static func namesFurniture(_ names: String?) -> Bool {
        guard let names else { return false }
        return names.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
            .contains { ["pagination", "pager", "breadcrumb", "breadcrumbs", "cookie", "cookies"].contains($0) }
    }

    /// Whether a list is a row of links to the site's own pages: two or more items, each only a link whose address is
    /// relative ("../edit", "#"), as a form tool's tabs ("Rediger", "Resultater", "Innstillinger") are. A list of links
    /// to other sites (sources, reading) is text.
    private static func isSiteMenu(_ list: XMLNode) -> Bool {
        var items = 0
        for item in list.children {
            guard item.name != nil else {
                if let text = item.text, !text.allSatisfy(\.isWhitespace) { return false }
                continue
            }
            let inside = item.children.filter { $0.name != nil || !($0.text ?? "").allSatisfy(\.isWhitespace) }
            guard inside.count == 1, inside[0].name?.lowercased() == "a", let address = inside[0].attribute("href"),
                  !address.contains(":"), !address.hasPrefix("//") else { return false }
            items += 1
        }
        return items >= 2
    }

    /// Whether an element holds a heading (`h1`-`h3`) at any depth.
    private static func holdsHeading(_ node: XMLNode) -> Bool {
        node.children.contains { child in
            guard let name = child.name?.lowercased() else { return false }
            return ["h1", "h2", "h3"].contains(name) || holdsHeading(child)
        }
    }

    private mutating func addText(_ text: String) {
        if cell != nil { cell! += text; return }
        line += text
    }

    /// Ends the block being read: its lines (broken by `<br>`), spaces collapsed, as a paragraph or an item.
    /// (A block that ends before any text, as one inside a list item does where it starts, `<li><div>`, leaves the
    /// item's number for the text.)
    private mutating func endBlock() {
        let text = line.split(separator: HTMLDocument.lineBreak).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: "\n")
        line = ""
        guard !text.isEmpty else { return }
        defer { prefix = ""; isItem = false }
        // A bullet drawn as text (Word's "·" in the Symbol font, a "•"): an item.
        if prefix.isEmpty, let first = text.first, "·•▪◦".contains(first), text.dropFirst().first == " " {
            blocks.append(.item("- " + text.dropFirst(2)))
            return
        }
        // (A form tool's count of its answers over its page of results is the tool's, not an answer.)
        if !isItem, prefix.isEmpty, PageFurniture.isAnswerCount(Substring(text)) { return }
        blocks.append(isItem ? .item(prefix + text) : .paragraph(prefix + text))
    }
}
