import Foundation

/// Reads plain text and Markdown: one unit per paragraph; Markdown headings
/// (`#`, `##`) set the section of the paragraphs under them.
enum PlainTextReader {
    static func read(_ lines: [SourceLine]) -> ReadResult {
        var result = ReadResult(format: "text")
        var section: String?
        var current: DraftUnit?
        func finish() {
            if let unit = current, unit.hasText { result.drafts.append(unit) }
            current = nil
        }
        for line in lines {
            let t = line.trimmed
            if line.isBlank { finish(); continue }
            if t.hasPrefix("#") {
                finish()
                let heading = String(t.drop(while: { $0 == "#" }).trimmingSpaces)
                if result.title == nil && t.hasPrefix("# ") { result.title = heading } else { section = heading }
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
