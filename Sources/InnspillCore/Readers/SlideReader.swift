import Foundation

/// Reads a slide deck or programme turned into text. Pages are separated by
/// form feeds or, as pdftotext output often has it after copying, by a line
/// that starts with white space where a form feed stood. Each page is a slide
/// unit titled by its first line; a programme page with several time lines
/// ("09.30 Ankomst", "10.30 - 11.30 ...") becomes one unit per block.
enum SlideReader {
    /// Whether a raw line marks a page break.
    static func isPageBreak(_ raw: Substring, previousBlank: Bool) -> Bool {
        if raw.utf8.contains(0x0C) { return true }
        guard let first = raw.first, first == " " || first == "\u{A0}" else { return false }
        return previousBlank
    }

    /// Number of page breaks in text (for sniffing).
    static func pageBreakCount(_ text: String) -> Int {
        var count = 0
        var previousBlank = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let raw = line.last == "\r" ? line.dropLast() : line
            if isPageBreak(raw, previousBlank: previousBlank) { count += 1 }
            previousBlank = raw.allSatisfy { $0 == " " || $0 == "\u{A0}" || $0 == "\t" }
        }
        return count
    }

    static func read(_ text: String) -> ReadResult {
        var result = ReadResult(format: "slides")
        var pages: [[SourceLine]] = [[]]
        var previousBlank = true
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let raw = line.last == "\r" ? line.dropLast() : line
            if isPageBreak(raw, previousBlank: previousBlank), !(pages.last?.isEmpty ?? true) { pages.append([]) }
            let clean = raw.replacingOccurrences(of: "\u{0C}", with: "")
            previousBlank = clean.allSatisfy { $0 == " " || $0 == "\u{A0}" || $0 == "\t" }
            pages[pages.count - 1].append(SourceLine(number: number, text: clean.trimmingSpaces))
        }
        for page in pages {
            let content = page.filter { !$0.isBlank }
            guard let first = content.first else { continue }
            if result.title == nil { result.title = String(first.text) }
            let blocks = programmeBlocks(page)
            for block in blocks {
                guard let head = block.first(where: { !$0.isBlank }) else { continue }
                var draft = DraftUnit(kind: .slide, firstLine: head.number)
                draft.title = String(head.text)
                draft.lines = Array(block.drop(while: { $0.isBlank }))
                result.drafts.append(draft)
            }
        }
        return result
    }

    /// Splits a programme page at its time lines; other pages stay whole.
    static func programmeBlocks(_ page: [SourceLine]) -> [[SourceLine]] {
        let starts = page.indices.filter { isTimeLine(page[$0].text) }
        guard starts.count >= 3 else { return [page] }
        var blocks: [[SourceLine]] = []
        if starts[0] > 0 { blocks.append(Array(page[..<starts[0]])) }
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : page.count
            blocks.append(Array(page[start..<end]))
        }
        return blocks
    }

    /// "09.30 Ankomst", "10.30 - 11.30", "14:15 Pause".
    static func isTimeLine(_ text: Substring) -> Bool {
        let chars = Array(text.prefix(5))
        guard chars.count == 5, chars[0].isASCIIDigit, chars[1].isASCIIDigit, chars[2] == "." || chars[2] == ":",
              chars[3].isASCIIDigit, chars[4].isASCIIDigit else { return false }
        return true
    }
}

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

/// Reads JSON: an array of objects, or JSON Lines (one object per line).
enum JSONReader {
    static func rows(_ text: String, lines: Bool, path: String) throws -> (header: [String], rows: [(cells: [String?], line: Int)]) {
        var objects: [([String: Any], Int)] = []
        if lines {
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let t = line.trimmingSpaces
                if t.isEmpty { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(t.utf8)) as? [String: Any] else {
                    throw InnspillError("line \(i + 1) is not a JSON object", hint: "each line of a JSON Lines file must be one {...} object",
                                        location: .file(path, line: i + 1))
                }
                objects.append((object, i + 1))
            }
        } else {
            let parsed: Any
            do {
                // Fragments allowed, so a lone string or number is reported as "not an array of objects".
                parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            } catch {
                throw InnspillError("not valid JSON: \(JSONReader.reason(error))", hint: "check the file; an export cut short is a common cause",
                                    location: .file(path, line: nil))
            }
            guard let array = parsed as? [Any] else {
                throw InnspillError("the JSON is not an array of objects", hint: "expected [ {\"text\": ...}, ... ]", location: .file(path, line: nil))
            }
            for (i, element) in array.enumerated() {
                guard let object = element as? [String: Any] else {
                    throw InnspillError("element \(i + 1) of the JSON array is not an object", hint: "expected [ {\"text\": ...}, ... ]",
                                        location: .file(path, line: nil))
                }
                objects.append((object, 1))
            }
        }
        var header: [String] = []
        var seen = Set<String>()
        for (object, _) in objects { for key in object.keys.sorted() where seen.insert(key).inserted { header.append(key) } }
        // Every row is as wide as the header: objects that each bring keys of their own would take quadratic time.
        guard header.count <= JSONReader.maximumKeys else {
            throw InnspillError("the JSON objects have \(header.count) different keys; Innspill reads at most \(JSONReader.maximumKeys)",
                                hint: "give the objects the same keys, like the columns of a table: [ {\"text\": ..., \"group\": ...}, ... ]",
                                location: .file(path, line: nil))
        }
        let rows = objects.map { object, line in
            (cells: header.map { key -> String? in object[key].flatMap(JSONReader.string) }, line: line)
        }
        return (header, rows)
    }

    /// The most different keys the objects of one file may have (columns of the table they make).
    static let maximumKeys = 1000

    /// A value as cell text. Line ends written into a string ("a\r\nb") become "\n", as the file's
    /// own line ends do when it is decoded: a "\r" left in a unit's text moved the cursor back at the
    /// prompt and stayed in its exports.
    static func string(_ value: Any) -> String? {
        switch value {
        case is NSNull: return nil
        case let s as String: return TextDecoding.unixLineEnds(s)
        case let n as NSNumber: return n.stringValue
        case let a as [Any]: return a.compactMap(string).joined(separator: ", ")
        default:
            guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }

    private static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "it could not be parsed"
    }
}
