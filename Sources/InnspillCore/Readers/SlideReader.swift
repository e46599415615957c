import Foundation

/// Reads a slide deck or programme turned into text. Pages are separated by
/// form feeds or, as pdftotext output often has it after copying, by a line
/// that starts with white space where a form feed stood. Each page is a slide
/// unit titled by its first line; in a programme (most pages list times), a page
/// with several time lines ("09.30 Ankomst", "10.30 - 11.30 ...") becomes one unit
/// per block, under the day its heading names. A deck's slide that lists a few of the
/// day's times stays one slide; a deck's page of a whole day's programme (five times or
/// more) is a unit per block. A footer repeated at the foot of most pages, and the
/// document's title repeated at the top of a page, are the pages' furniture.
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
        // Without form feeds, a page's first line keeps one space where the form feed stood, also right under the
        // previous page's last line (" 1. kvadrant/ læringsrom ..." under "... vår 2020").
        let softBreaks = !text.utf8.contains(0x0C)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let raw = line.last == "\r" ? line.dropLast() : line
            let startsAPage = isPageBreak(raw, previousBlank: previousBlank)
                || softBreaks && raw.utf8.first == 0x20 && raw.utf8.dropFirst().first.map { $0 != 0x20 && $0 != 0x09 } == true
            if startsAPage, !(pages.last?.isEmpty ?? true) { pages.append([]) }
            // Page numbers and slide numbers are the page's furniture, not its text.
            let clean = PageFurniture.isPageNumber(raw) ? "" : raw.replacingOccurrences(of: "\u{0C}", with: "")
            previousBlank = clean.allSatisfy { $0 == " " || $0 == "\u{A0}" || $0 == "\t" }
            pages[pages.count - 1].append(SourceLine(number: number, text: clean.trimmingSpaces))
        }
        pages = withoutFurniture(pages)
        let programme = isProgramme(pages)
        var day: String?
        var inProgramme = false
        for page in pages {
            let content = page.filter { !$0.isBlank }
            guard let first = content.first else { continue }
            if result.title == nil {
                // The deck's title is its first page's first line, past a word that only says what the pages are
                // ("PROGRAM" over "Regional kulturskolesamling Trøndelag"); its date, the first date on that page
                // ("Stjørdal, 22. oktober 2024", "Dialogseminar Innlandet, 10. april 2025").
                let head = content.prefix(6).map { (line: $0, dated: PadletDates.boardHeader($0.text)) }
                // (A date alone, with no name before it, is no title.)
                let named = head.first { !SlideReader.isGenericHeading($0.line.text) && $0.dated?.creator.isEmpty != true }
                result.title = String((named?.line ?? first).text)
                // A date under the title before one inside it ("Oppfølging av dialogmøtet 12. mars 2024" over "Hamar, 10. april
                // 2025": the deck is of the second).
                let dates = head.filter { $0.dated != nil }
                result.date = (dates.first { $0.line.number != named?.line.number } ?? dates.first)?.dated?.date
            }
            // In a deck, a page of a whole day's programme (five times or more) is a programme's too: a unit per block;
            // so is the page it goes on to.
            let times = page.count(where: { isTimeLine($0.text) })
            let blocks = programme || times >= 5 || inProgramme && times >= 2
            inProgramme = blocks
            for block in blocks ? programmeBlocks(page) : [page] {
                let text = block.filter { !$0.isBlank }
                guard let head = text.first else { continue }
                // A day's heading alone ("Tirsdag 6. februar") is the day of the blocks under it, not a unit.
                if programme, text.count == 1, isDayHeading(head.text) {
                    day = String(head.text.trimmingSpaces)
                    continue
                }
                var draft = DraftUnit(kind: .slide, firstLine: head.number)
                draft.title = head.text.tabsAsSpaces
                // A title hyphenated over two lines ("Etter dialog-" / "konferansen") is the word whole.
                if draft.title?.hasSuffix("-") == true, text.count > 1, let next = text[1].text.trimmingSpaces.first, next.isLowercase {
                    draft.title = String(draft.title!.dropLast()) + text[1].text.trimmingSpaces.prefix { $0 != " " }
                }
                draft.section = day
                draft.lines = Array(block.drop(while: { $0.isBlank }))
                result.drafts.append(draft)
            }
        }
        return result
    }

    /// Whether a deck's first line only says what the pages are, not what they are of: "PROGRAM", "Agenda",
    /// "Lysbilde 1", "Dagsorden".
    static func isGenericHeading(_ line: Substring) -> Bool {
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter })
        guard let first = words.first, words.count <= 2 else { return false }
        // A page's number goes with its word ("Lysbilde 1"); another number names something ("Agenda 2030").
        if ["lysbilde", "slide", "side", "page"].contains(first) { return true }
        return ["program", "programme", "programmet", "agenda", "dagsorden"].contains(first) && !line.contains(where: \.isNumber)
    }

    /// Whether the pages are a programme's: at least half of those with text list three times or more. (A deck has
    /// one slide of the day's times among many others.)
    static func isProgramme(_ pages: [[SourceLine]]) -> Bool {
        let withText = pages.filter { $0.contains { !$0.isBlank } }
        let timed = withText.filter { $0.count { isTimeLine($0.text) } >= 3 }
        return !timed.isEmpty && timed.count * 2 >= withText.count
    }

    /// The pages without their furniture: the slide's number at the foot of a page where most pages end with one; a
    /// line that ends three pages or more and at least half of them (a footer:
    /// "Fremtidens kulturskole | Regional samling Troms"), and a later page's first line that stands at the top of the
    /// first page (the document's title printed again as a running header; on the first page too, when most pages
    /// start with it). A page number ("Lysbilde 1 av 8") is passed over to find a page's last line. The lines stay,
    /// blank, for their numbers.
    static func withoutFurniture(_ pages: [[SourceLine]]) -> [[SourceLine]] {
        // A slide's number at its foot ("2", "3", ...), where most pages end with one.
        let isBareNumber = { (line: SourceLine) in
            let t = line.text.trimmingSpaces
            return (1...3).contains(t.utf8.count) && t.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        // (A slide number at a page's foot breaks the page as the form feed after it does: pages without text are
        // not counted.)
        let withText = pages.count { page in page.contains { !$0.isBlank } }
        let numbered = pages.count { page in page.last(where: { !$0.isBlank }).map(isBareNumber) ?? false }
        var pages = pages
        if numbered >= 3, numbered * 2 >= withText {
            for p in pages.indices {
                if let k = pages[p].lastIndex(where: { !$0.isBlank }), isBareNumber(pages[p][k]) {
                    pages[p][k] = SourceLine(number: pages[p][k].number, text: "")
                }
            }
        }
        let lasts = pages.map { $0.last(where: { !$0.isBlank && !PageFurniture.isPageNumber($0.text) })?.text.trimmingSpaces }
        var counts: [Substring: Int] = [:]
        for last in lasts.compactMap({ $0 }) { counts[last, default: 0] += 1 }
        let footers = Set(counts.filter { $0.value >= 3 && $0.value * 2 >= withText }.keys)
        let top = Set((pages.first ?? []).filter { !$0.isBlank }.prefix(4).map { $0.text.trimmingSpaces })
        let firsts = pages.map { $0.first(where: { !$0.isBlank })?.text.trimmingSpaces }
        let runningHeader = firsts.first.flatMap { $0 }.flatMap { header in
            firsts.dropFirst().count(where: { $0 == header }) >= 2 && firsts.count(where: { $0 == header }) * 2 >= withText ? header : nil
        }
        return pages.enumerated().map { index, page in
            let first = page.firstIndex { !$0.isBlank }
            return page.indices.map { k in
                let text = page[k].text.trimmingSpaces
                let furniture = footers.contains(text) && k > (first ?? 0)
                    || (index > 0 && top.contains(text) || text == runningHeader) && k == first && page.filter({ !$0.isBlank }).count > 1
                return furniture ? SourceLine(number: page[k].number, text: "") : page[k]
            }
        }
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
        return isDayHeading(text)
    }

    /// A programme's day: "Dag 2", "Dag 2 – onsdag 5. juni", "Tysdag 4. juni"; not "Dag 1 – Porsanger", a list of whom
    /// to meet which day.
    static func isDayHeading(_ text: Substring) -> Bool {
        let lower = text.trimmingSpaces.lowercased()
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
