import Foundation

/// A PowerPoint deck (.pptx) as the text the slide reader reads, as pdftotext writes a deck: a page per
/// slide, separated by a form feed, the slide's title on its first line and its other text under it, a
/// line per paragraph (a table's row is one line, its cells separated by " | "). Hidden slides, speaker
/// notes, and the slide number, date and footer placeholders are not the slides' text.
///
/// ```swift
/// let text = try Presentation.pages(in: package, presentation: "ppt/presentation.xml")
/// // "Velkommen\nFremtidens kulturskole\n\u{0C}Program\n09.30 Ankomst\n..."
/// ```
enum Presentation {
    static func pages(in package: OfficePackage, presentation part: String) throws -> String {
        let presentation = try package.xml(part)
        let relationships = try package.relationships(of: part)
        var pages: [String] = []
        for slide in presentation.first("sldIdLst")?.all("sldId") ?? [] {
            guard let id = slide.relationship, let target = relationships[id], package.has(target.target) else { continue }
            let root = try package.xml(target.target)
            guard root["show"] != "0", let tree = root.first("cSld")?.first("spTree") else { continue }
            var titles: [String] = []
            var lines: [String] = []
            collect(tree, titles: &titles, lines: &lines)
            let page = (titles + lines).filter { !$0.isEmpty }
            if !page.isEmpty { pages.append(page.joined(separator: "\n")) }
        }
        return pages.joined(separator: "\n\u{0C}") + "\n"
    }

    /// The placeholders that are the slide's frame, not its text.
    private static let furniture: Set<String> = ["sldNum", "dt", "ftr", "hdr"]

    /// The text of a shape tree's shapes, groups and tables, in their order; title placeholders go to `titles`.
    private static func collect(_ tree: OfficeXML, titles: inout [String], lines: inout [String]) {
        for shape in tree.children {
            switch shape.name {
            case "sp":
                let placeholder = shape.first("nvSpPr")?.first("nvPr")?.first("ph")
                let type = placeholder?["type"]
                if let type, furniture.contains(type) { continue }
                let paragraphs = shape.first("txBody").map(paragraphTexts) ?? []
                if type == "title" || type == "ctrTitle" {
                    titles.append(paragraphs.joined(separator: " "))
                } else {
                    lines += paragraphs
                }
            case "grpSp": collect(shape, titles: &titles, lines: &lines)
            case "graphicFrame":
                guard let table = shape.descendant("tbl") else { continue }
                for row in table.all("tr") {
                    let cells = row.all("tc").map { $0.first("txBody").map(paragraphTexts)?.joined(separator: " ") ?? "" }
                    if cells.contains(where: { !$0.isEmpty }) { lines.append(cells.joined(separator: " | ")) }
                }
            default: continue
            }
        }
    }

    /// The text of each paragraph of a text body: its runs and fields, a line break as a space.
    private static func paragraphTexts(_ body: OfficeXML) -> [String] {
        body.all("p").map { paragraph in
            var text = ""
            for piece in paragraph.children {
                switch piece.name {
                case "r": text += piece.first("t")?.text ?? ""
                case "br": text += " "
                case "fld" where piece["type"] != "slidenum": text += piece.first("t")?.text ?? ""
                default: continue
                }
            }
            return String(text.trimmingSpaces)
        }.filter { !$0.isEmpty }
    }
}
