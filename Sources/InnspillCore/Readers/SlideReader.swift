import Foundation

/// Reads a slide deck or programme turned into text. Pages are separated by
/// form feeds or, as pdftotext output often has it after copying, by a line
/// that starts with white space where a form feed stood. Each page is a slide
/// unit titled by its first line; a programme page with several time lines
/// ("09.30 Ankomst", "10.30 - 11.30 ...") becomes one unit per block.
enum SlideReader {
    /// Whether a raw line marks a page break: a form feed, a line that says which slide it is, or a line
    /// starting with white space after a blank one.
    static func isPageBreak(_ raw: Substring, previousBlank: Bool) -> Bool {
        if raw.utf8.contains(0x0C) || PageFurniture.isSlideNumber(raw) { return true }
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
            // Page numbers and slide numbers are the page's furniture, not its text.
            let clean = PageFurniture.isPageNumber(raw) ? "" : raw.replacingOccurrences(of: "\u{0C}", with: "")
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
                draft.title = head.text.tabsAsSpaces
                draft.lines = Array(block.drop(while: { $0.isBlank }))
                result.drafts.append(draft)
            }
        }
        return result
    }

    /// Splits a programme page at its time lines, and at a day's heading ("Dag 2 – onsdag 5. juni") or a group
    /// task ("Gruppearbeid 1") after a blank line; other pages stay whole.
    static func programmeBlocks(_ page: [SourceLine]) -> [[SourceLine]] {
        let timed = page.map { isTimeLine($0.text) }
        guard timed.filter({ $0 }).count >= 3 else { return [page] }
        let starts = page.indices.filter { i in
            timed[i] || i > 0 && page[i - 1].isBlank && !page[i].isBlank && startsAPart(page[i].text)
        }
        var blocks: [[SourceLine]] = []
        if starts[0] > 0 { blocks.append(Array(page[..<starts[0]])) }
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : page.count
            blocks.append(Array(page[start..<end]))
        }
        return blocks
    }

    /// A programme's day ("Dag 2 – onsdag 5. juni", "Tysdag 4. juni") or a group task ("Gruppearbeid 1",
    /// "Gruppeoppgåve"): a heading that starts a part of the programme of its own.
    static func startsAPart(_ text: Substring) -> Bool {
        let lower = text.trimmingSpaces.lowercased()
        if ["gruppearbeid", "gruppeoppg", "group work"].contains(where: { lower.hasPrefix($0) }) { return true }
        // "Dag 2", "Dag 2 – onsdag 5. juni"; not "Dag 1 – Porsanger", a list of whom to meet which day.
        var rest = Substring(lower)
        if rest.hasPrefix("dag ") || rest.hasPrefix("day ") {
            rest = rest.dropFirst(4).drop(while: \.isASCIIDigit).drop(while: { " –-:,".contains($0) })
            if rest.isEmpty { return true }
        }
        return weekdays.contains { rest.hasPrefix($0) }
    }

    private static let weekdays = ["mandag", "måndag", "tirsdag", "tysdag", "onsdag", "torsdag", "fredag", "lørdag", "laurdag",
                                   "søndag", "sundag", "monday", "tuesday", "wednesday", "thursday", "friday"]

    /// "09.30 Ankomst", "10.30 - 11.30", "14:15 Pause", "kl. 09.00–09.15 Velkommen", "9.00 Kaffe".
    static func isTimeLine(_ text: Substring) -> Bool {
        var t = text.trimmingSpaces
        if PadletLines.lowercasedHasPrefix(t, "kl") { t = t.dropFirst(2).drop(while: { $0 == "." || $0 == " " }) }
        let chars = Array(t.prefix(6))
        let hour = chars.prefix(while: \.isASCIIDigit).count
        guard (1...2).contains(hour), chars.count >= hour + 3, chars[hour] == "." || chars[hour] == ":",
              chars[hour + 1].isASCIIDigit, chars[hour + 2].isASCIIDigit else { return false }
        return chars.count == hour + 3 || !chars[hour + 3].isASCIIDigit
    }
}
