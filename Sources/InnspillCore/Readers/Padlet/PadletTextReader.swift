import Foundation
import InnspillText

/// Reads a Padlet board exported as PDF and turned into text.
///
/// The export is a sequence of: a board header (creator and date, title,
/// description), section headings (Padlet columns), and posts. A post starts
/// with an author + timestamp line, or with a group header naming the group and
/// its municipalities; a few start with neither, straight after the previous
/// post's permalink. The organisers' question box can be printed in the middle
/// of a post; it becomes prompt units and the post is joined around it.
///
/// ```swift
/// let result = PadletTextReader(places: places).read(lines: SourceLine.split(text))
/// ```
struct PadletTextReader {
    let places: PlaceNames
    /// Whether the text starts with a board's header (creator and date, title): a meeting summary
    /// read as a board has none.
    var readsBoardHeader = true
    /// The group headers this reader has read: one reader per load, so one cache per load.
    let headers = GroupHeaderCache()

    func read(lines: consuming [SourceLine], control: WorkControl = .none) throws -> ReadResult {
        var result = ReadResult(format: "padlet")
        // An export printed without blank lines (`pdftotext -raw`, Acrobat's "Save as text"; a page break or the file's
        // end may leave one or two), where no title stands alone. (Told before page breaks are made blank lines.)
        let sampled = min(lines.count, 300)
        var blanks = 0
        for k in 0..<sampled where lines[k].isBlank { blanks += 1 }
        let unspaced = sampled >= 20 && blanks <= max(2, sampled / 50)
        // Noise (icon debris) and page breaks become blank lines, in place: a second array of the lines
        // was 56 MB for a 65 MB export.
        for i in PadletTextReader.noiseLines(lines) { lines[i] = SourceLine(number: lines[i].number, text: "") }
        let lines = lines
        var facts = LineFacts.Window()
        var i = 0
        var section: String?
        var sections: [String] = []
        var current: DraftUnit?
        var pendingURLs: [String] = []
        var promptCount = 0
        var atParagraphStart = true
        // A question box printed as its title and picture alone, whose questions may come further down its column.
        var boxAwaitingQuestions: (title: Substring, section: String?)?

        var inComments = false
        var commentsLeft = 0
        // The group a column is titled with ("Gruppe 1 – Bodø og Fauske" over its posts' author lines).
        var column: GroupHeader?
        // Whether the current post's author names places alone ("Kulturskolen i Nome og Midt-Telemark"): the account
        // the group posts from, which is its group when nothing else names one.
        var authorNamesPlaces = false
        // Where the current column's units start among the drafts.
        var sectionStart = -1
        // Where the messages of a chat's room start among the drafts, while the column is a room.
        var roomStart: Int?
        // A room's group is everyone who wrote in it: each message takes the municipalities of them all.
        func closeRoom() {
            defer { roomStart = nil }
            guard let start = roomStart, let room = column else { return }
            let group = room.group ?? room.label
            let members = result.drafts.indices.dropFirst(start).filter { result.drafts[$0].kind == .post && result.drafts[$0].group == group }
            let everyone = members.reduce(room.municipalities) { merge($0, result.drafts[$1].municipalities) }
            for k in members { result.drafts[k].municipalities = everyone }
        }
        func finish() {
            inComments = false
            commentsLeft = 0
            guard var unit = current else { return }
            if unit.kind == .post, unit.author != nil, unit.group == nil, column == nil { readQuestionTitle(&unit) }
            if authorNamesPlaces, unit.kind == .post, unit.group == nil, column == nil { unit.group = unit.author }
            authorNamesPlaces = false
            // In a room, the message that says which group it is ("Gruppe 2 her: Lillestrøm, Rælingen og Lørenskog" in
            // "Grupperom 2") names the room's group and municipalities.
            if let room = column, unit.kind == .post, let group = unit.group, let roomGroup = room.group, group != roomGroup,
               PadletTextReader.groupNumber(group) == PadletTextReader.groupNumber(roomGroup) {
                unit.group = roomGroup
                column?.municipalities = merge(room.municipalities, unit.municipalities)
            }
            if let column, unit.kind == .post, unit.group == nil {
                unit.group = column.group ?? column.label
                // An author named after a place the column names too ("KULTURSKOLEN I BØ" under "Gruppe 4 – Bø, Hadsel og
                // Sortland") posts for the column's group: the column's list says which Bø, and who takes part.
                if unit.municipalities.isEmpty || !Set(unit.municipalities).isDisjoint(with: column.municipalities) {
                    unit.municipalities = column.municipalities
                }
            }
            while unit.lines.last?.isBlank == true { unit.lines.removeLast() }
            if unit.url == nil, !pendingURLs.isEmpty { unit.url = pendingURLs.removeFirst() }
            // A map board's pin ("📍 Leknes, Vestvågøy, Nordland") says where the post is: the municipality among its
            // places, when nothing else names one. It is the post's header, not its text.
            // The pin's icon can be lost in the export ("Tynset, Innlandet, Norge"): places ending in the country.
            if unit.kind == .post, let pin = unit.lines.prefix(3).firstIndex(where: {
                $0.trimmed.utf8.starts(with: "📍".utf8) || PadletTextReader.isPinnedPlace($0.trimmed)
            }) {
                let line = unit.lines[pin].trimmed
                let parts = (line.utf8.starts(with: "📍".utf8) ? line.dropFirst() : line).split(separator: ",").map { $0.trimmingSpaces }
                // A name two municipalities share is the one in the county the pin names ("📍 Våler, Østfold, Norge"), also
                // where the post's title named it ("Kulturskolen i Våler").
                let county = parts.first { places.isCounty(String($0)) }
                let pinned = parts.reduce([String]()) { found, part in
                    let inCounty = county.map { municipalities(standingAloneIn: ["\(part) (\($0))"]) } ?? []
                    return merge(found, inCounty.isEmpty ? municipalities(standingAloneIn: [part]) : inCounty)
                }
                unit.municipalities = unit.municipalities.isEmpty ? pinned : places.narrowing(unit.municipalities, to: pinned)
                unit.headerLines.append(unit.lines.remove(at: pin))
            }
            // Questions alone at the top of a column, by no one ("« Hva kjennetegner en god kulturskole?"), are the
            // column's questions.
            if unit.kind == .post, unit.author == nil, unit.group == nil, unit.municipalities.isEmpty, result.drafts.count == sectionStart,
               PadletTextReader.isQuestionsOnly(unit.lines) {
                result.drafts += PadletTextReader.prompts(from: unit)
                current = nil
                return
            }
            // A post with an author line and a group header but no text ("👍" was icon debris, or nothing) still
            // says that group took part.
            if unit.hasText || unit.author != nil && (unit.group != nil || !unit.municipalities.isEmpty) { result.drafts.append(unit) }
            current = nil
        }
        func startPost(at line: SourceLine) {
            finish()
            var unit = DraftUnit(kind: .post, firstLine: line.number)
            unit.section = section
            current = unit
        }
        /// A column's title: the post above it ends, and the posts after it stand in the column.
        func openColumn(_ name: String) {
            finish()
            closeRoom()
            section = name
            boxAwaitingQuestions = nil
            sections.append(name)
            sectionStart = result.drafts.count
            column = nil
        }

        // Board header: creator and date within the first lines; the title stands before or after it.
        var headerEnd = 0
        var creator: String?
        for (k, line) in lines.prefix(readsBoardHeader ? 12 : 0).enumerated() {
            // The first dated line, unless it is a post's author line in the short form ("Gruppe 3 5/5/25 9:12AM");
            // boards that print the long form for every post print it for their header too.
            if let (name, date) = PadletDates.boardHeader(line.trimmed), !PadletDates.isShortStamp(line.trimmed) {
                let before = lines[..<k].filter { !$0.isBlank }.map { $0.trimmed.trimmingSpaces }
                // Under the title, an author line in the long form over a group's header is the first post's, on a board
                // that prints the long form for every post ("Kari Vik Oct 9, 2024 9:51 AM" over "Gruppe 1 – Stavanger").
                // So is a date and time alone under a name ("Anonymous" over "Oct 9, 2024 9:51 AM").
                let timeUnderName = k > 0 && PadletTextReader.timeUnderName(lines, at: k - 1)?.lines == 2 && before.count >= 2
                // (The creator is the header's all the same: their later posts without a group are the organisers'.)
                // So is one whose text ends in a post's permalink: a board's description has none; one whose author is
                // a group ("Gruppe 9 (Sogndal, Luster) 12. mars 2023 kl. 10.15"); and one under a group's header below
                // the title, the first post of that group's column.
                let next = lines[(k + 1)...].prefix(2).first(where: { !$0.isBlank })
                let overAGroup = next.map { groupHeader($0.trimmed, strict: true) != nil } ?? false
                let groupAbove = lines[..<k].firstIndex(where: { !$0.isBlank }).flatMap { title in
                    lines[(title + 1)..<k].firstIndex { !$0.isBlank && groupHeader($0.trimmed, strict: true) != nil }
                }
                if !before.isEmpty, timeUnderName || PadletDates.stamp(line.trimmed)?.posted != nil,
                   overAGroup || groupAbove != nil || groupHeader(Substring(name), strict: true) != nil
                    || PadletTextReader.endsInPermalink(lines, after: k) {
                    headerEnd = groupAbove ?? (timeUnderName ? k - 1 : k)
                    var titleAt = lines[..<headerEnd].indices.filter { !lines[$0].isBlank }
                    // The first column's title between the board's title and its first post ("1. Hva kjennetegner et godt
                    // samarbeid ...?", "Tema 1: Samarbeid med skolen") is the column's, read as the later ones are.
                    if titleAt.count >= 2, let column = titleAt.last, PadletTextReader.titlesAColumn(lines[column].trimmed.trimmingSpaces) {
                        titleAt.removeLast()
                        headerEnd = column
                    }
                    // The organisers' sentences under the title ("Skriv inn hovedpunktene fra gruppa.") describe the board.
                    if let described = titleAt.dropFirst().firstIndex(where: { PadletTextReader.endsASentence(lines[$0].trimmed) }) {
                        headerEnd = titleAt[described]
                        titleAt.removeSubrange(described...)
                    }
                    let titleLines = titleAt.map { String(lines[$0].trimmed.trimmingSpaces) }
                    result.title = titleLines.joined(separator: " ")
                    result.date = date
                    // Whoever wrote the first post is not known to have made the board, unless their post is a group's.
                    if overAGroup { creator = timeUnderName ? String(lines[k - 1].trimmed.trimmingSpaces) : name }
                    break
                }
                result.date = date
                creator = name
                if !before.isEmpty {
                    result.title = before.joined(separator: " ")
                    headerEnd = k + 1
                } else if let titleIndex = lines[(k + 1)...].firstIndex(where: { !$0.isBlank }) {
                    result.title = String(lines[titleIndex].trimmed.trimmingSpaces)
                    headerEnd = titleIndex + 1
                }
                break
            }
        }
        // A board copied from a browser names its creator without a date ("Laga av Kulturskulerådet Møre og Romsdal ·
        // 13 innlegg"), with the title after it.
        if readsBoardHeader, creator == nil, let k = lines.prefix(12).firstIndex(where: { PadletLines.madeBy($0.trimmed) != nil }),
           let titleIndex = lines[(k + 1)...].prefix(4).firstIndex(where: { !$0.isBlank }) {
            creator = PadletLines.madeBy(lines[k].trimmed).map(String.init)
            result.title = String(lines[titleIndex].trimmed.trimmingSpaces)
            headerEnd = titleIndex + 1
        }
        // A board whose header is in the short form, like its posts' author lines ("KULTURSKOLERÅDET VIKEN
        // 11/12/20 09:02AM"): the file's first line, with the title after it and a column title before any post.
        if readsBoardHeader, creator == nil, let first = lines.prefix(12).firstIndex(where: { !$0.isBlank }),
           let stamp = PadletDates.stamp(lines[first].trimmed), let posted = stamp.posted,
           let column = lines[(first + 1)...].prefix(200).firstIndex(where: { !$0.isBlank && PadletLines.section($0.trimmed) != nil }),
           !lines[(first + 1)..<column].contains(where: { !$0.isBlank && PadletDates.stamp($0.trimmed) != nil }),
           let titleIndex = lines[(first + 1)..<column].firstIndex(where: { !$0.isBlank }) {
            result.date = Calendar.utcStartOfDay(posted)
            creator = stamp.author
            result.title = String(lines[titleIndex].trimmed.trimmingSpaces)
            headerEnd = titleIndex + 1
        }
        i = headerEnd

        // Board description (the organisers' text before the first section or post) becomes prompts.
        var description = DraftUnit(kind: .prompt, firstLine: lines.indices.contains(i) ? lines[i].number : 1)
        description.title = "Board description"

        while i < lines.count {
            if i % 4096 == 0 {
                try control.checkStop()
                control.progress("reading lines", done: i, total: lines.count)
            }
            let line = lines[i]
            let t = line.trimmed
            if line.isBlank {
                current?.lines.append(line)
                atParagraphStart = true
                i += 1
                continue
            }
            // The board's title printed again at the top of a page, inside a post or between posts: page furniture; also
            // after the date and time a browser prints beside it ("18.04.2024, 15:02 Regional samling Agder 2024"). With
            // the page's number after it ("Padlet – Dialogsamling Gudbrandsdalen      2") it is the page's foot.
            if let title = result.title {
                var bare = t.utf8.first == 0x0C ? t.dropFirst() : t  // after the page break's form feed
                if current != nil, let first = bare.utf8.first, first >= 0x30, first <= 0x39, bare.utf8.count > title.utf8.count,
                   bare.hasSuffix(title), PageFurniture.isPrintHeader(bare.dropLast(title.count)) {
                    bare = bare.suffix(title.count)
                }
                if (title.utf8.count ... title.utf8.count + 4).contains(bare.utf8.count) && bare.trimmingSpaces == title
                    || bare.utf8.last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true && PageFurniture.isTitleWithPageNumber(bare, title: title) {
                    i += 1
                    continue
                }
            }
            let fact = facts.at(i, lines, self)
            if let url = fact.permalink {
                if current != nil, current!.url == nil { current!.url = url } else { pendingURLs.append(url) }
                // A permalink ends its post, unless the PDF printed it at a page's foot inside the post:
                // then the post's text stops mid-sentence or goes on with a lower-case word or a list item.
                if let post = current, post.kind == .post, !PadletTextReader.continues(post, after: lines, from: i + fact.permalinkLines) { finish() }
                i += fact.permalinkLines
                continue
            }
            if fact.isBareLink {
                // (A page footer's address may have the page's number on the line under it: "padlet.com/kari/board" / "2".)
                let number = i + 1 < lines.count ? lines[i + 1].trimmed.trimmingSpaces : ""
                i += (1...3).contains(number.count) && number.allSatisfy(\.isASCIIDigit) ? 2 : 1
                continue
            }
            // The count of the comments under a post, or under the post a permalink ended ("2 kommentarer"): the comments
            // after it are that post's, not posts (nor is the count a column's title).
            if let count = PadletLines.commentCount(t), current?.kind == .post || current == nil && result.drafts.last?.kind == .post {
                if current == nil { current = result.drafts.removeLast() }
                inComments = true
                commentsLeft = count
                current!.headerLines.append(line)
                i += 1
                continue
            }

            // An author + timestamp line (possibly wrapped over two lines) starts a post.
            if let stamp = fact.stamp, commentsLeft > 0,
               stamp.header.map({ $0.header.municipalities.isEmpty && PadletTextReader.isSentence(afterLabel: lines[$0.index].trimmed) }) ?? true {
                // A comment with its own author line, under the post that counted it, also one that speaks for a group
                // ("Gruppe 7: Vi vil også gjerne se det."). (An author line over a group's header starts the next post: a
                // board printed from a browser counts the comments without them.)
                commentsLeft -= 1
                current?.headerLines.append(contentsOf: lines[i..<(i + stamp.consumed)])
                i += stamp.consumed
                continue
            }
            // (A time after "at" ends a sentence as often: such a line heads a post only where a paragraph starts.)
            if let stamp = fact.stamp, !stamp.stamp.afterAt || i == 0 || lines[i - 1].isBlank
                || PadletLines.permalink(lines[i - 1].trimmed.trimmingSpaces) != nil {
                startPost(at: line)
                current!.author = stamp.stamp.author
                current!.posted = stamp.stamp.posted
                current!.headerLines = Array(lines[i..<(i + stamp.consumed)])
                if let header = stamp.authorHeader {
                    // The group posts as itself: "Gruppe 1 - Larvik og Sandefjord 5/6/25 9:10AM".
                    apply(header, to: &current!, line: line)
                    current!.title = nil
                } else if stamp.authorIsGroup {
                    current!.group = stamp.stamp.author
                } else if let group = PadletLines.groupNamed(in: stamp.stamp.author) {
                    current!.group = group  // "KARI (REFERENT FOR GRUPPE 2)"; a header line after the stamp may still name it
                }
                if let municipalities = stamp.authorMunicipalities {
                    current!.municipalities = municipalities
                    authorNamesPlaces = !municipalities.isEmpty
                }
                i += stamp.consumed
                // The first line after the stamp may be the group header ("GRUPPE 3", "Grupperom 1", "Gruppe 2: Asker").
                if let (next, header) = stamp.header, !isAnswerOfItsPlaces(lines[next].trimmed, header: header, in: current!) {
                    // "Gruppe 7: Vi samarbeider med Skien.": the group, and the post's first sentence. So is "Bodø kulturskole:
                    // samskaping ... er viktig, men" over the rest of the sentence.
                    let continues = next + 1 < lines.count && !lines[next + 1].isBlank && PadletDates.stamp(lines[next + 1].trimmed) == nil
                    let opening = answerAfterGroup(lines[next].trimmed) ?? answerAfterPlace(lines[next].trimmed, continues: continues)
                    // An author that names a place the header names too ("NES KULTURSKOLE", "Gruppe 2: Nes og Ullensaker"):
                    // the header, read with its neighbours, says which of the shared name's places it is.
                    if opening == nil, let fromAuthor = stamp.authorMunicipalities, !Set(fromAuthor).isDisjoint(with: header.municipalities) {
                        current!.municipalities = fromAuthor.filter(header.municipalities.contains)
                    }
                    apply(opening?.header ?? header, to: &current!, line: lines[next])
                    if stamp.stamp.isChatMessage {
                        // "Gruppe 2 her: Lillestrøm, Rælingen og Lørenskog" is what the message says, besides naming its group.
                        current!.title = nil
                        current!.lines.append(lines[next])
                    } else if let opening {
                        current!.title = opening.header.label
                        current!.lines.append(SourceLine(number: lines[next].number, text: opening.answer))
                    }
                    i = next + 1
                }
                atParagraphStart = true
                continue
            }

            // Another board's header, where two exports were put in one file ("Torkel Øien 3/3/2023" over "Dialogseminar
            // Troms – dag 2"): its title and description are the organisers' text, and its columns start afresh.
            if atParagraphStart, let title = nextBoardTitle(lines, at: i) {
                finish()
                closeRoom()
                section = nil
                column = nil
                var board = DraftUnit(kind: .prompt, firstLine: line.number)
                board.title = String(lines[title].trimmed.trimmingSpaces)
                board.headerLines = [line, lines[title]]
                current = board
                i = title + 1
                continue
            }
            let paragraph = atParagraphStart ? fact.paragraph ?? LineFacts.ParagraphFacts(t, self) : nil
            // The group header, and the last line it takes (the PDF may wrap it at a hyphen).
            var (strictHeader, headerEnd) = paragraph?.strictHeader.map { wrappedAtHyphen($0, lines, at: i) } ?? (nil, i)
            if paragraph != nil, strictHeader == nil, let wrapped = wrappedAtComma(lines, at: i) { (strictHeader, headerEnd) = wrapped }
            // "Stad: Vi har fått ny rektor." in a post whose author line names the group and its places ("Gruppe 11 (Stad,
            // Kinn og Bremanger)"): one of its municipalities' answers, as the lines after it are, not a header.
            if let header = strictHeader, let unit = current, isAnswerOfItsPlaces(t, header: header, in: unit) {
                strictHeader = nil
                headerEnd = i
            }
            // A group header standing alone over an author line, where no post awaits its header, titles a column
            // of that group's posts: they take its group and municipalities. (One that runs on into the author
            // line may be the start of a wrapped author: "Gruppe 6 - Stord, Fitjar og" / "Bømlo 9/10/25 10:18AM".)
            // A chat's room stands right over its first message ("Grupperom 1" / "[05.12.2024 10:31] Hansen, Kari").
            let awaitsHeader = current.map { !$0.hasText && $0.author != nil && $0.group == nil } ?? false
            if !awaitsHeader, headerEnd + 1 < lines.count, let header = strictHeader, header.group != nil,
               let next = lines[(headerEnd + 1)...].firstIndex(where: { !$0.isBlank }),
               next > headerEnd + 1 || lines[next].text.utf8.first == UInt8(ascii: "["), PadletDates.stamp(lines[next].trimmed) != nil {
                finish()
                closeRoom()
                column = header
                if lines[next].text.utf8.first == UInt8(ascii: "[") { roomStart = result.drafts.count }
                i = headerEnd + 1
                continue
            }
            // (A post's only line, right under its header, is its text, not a column's title: "OK".)
            let awaitsText = current.map { !$0.hasText && ($0.author != nil || $0.group != nil) } ?? false
            // (Nor is a round's name over the text of a post that has only its author line: "Runde 2" over the
            // organiser's question, as a stream board prints its posts; a column's title stands alone.)
            // Or right under the author line, with the post's text after it: "KULTURSKOLERÅDET ... 11:15AM" / "Runde 2" /
            // "Hvilke forventninger ...?".
            let underItsAuthorLine = current?.headerLines.last.map { header in
                i >= 1 && header.number == lines[i - 1].number || i >= 2 && lines[i - 1].isBlank && header.number == lines[i - 2].number
            } ?? false
            let titlesItsPost = awaitsText && current?.author != nil && i + 1 < lines.count
                && (!lines[i + 1].isBlank || underItsAuthorLine && lines[(i + 1)...].first(where: { !$0.isBlank })
                    .map { PadletDates.stamp($0.trimmed) == nil && PadletLines.section($0.trimmed) == nil } ?? false)
            if let paragraph, let name = (titlesItsPost ? nil : paragraph.section)
                ?? (awaitsText ? nil : unnumberedSection(lines, at: i, beforeFirstPost: current == nil && result.drafts.allSatisfy { $0.kind == .prompt })) {
                // The column's title again inside a post: the PDF repeats it at the top of a page.
                if name == section, current != nil {
                    i += 1
                    continue
                }
                openColumn(name)
                i += 1
                continue
            }

            // In an export without blank lines, a round's title right over an author line ends the post above it.
            if unspaced, i + 1 < lines.count, let name = PadletTextReader.unspacedColumnTitle(t.trimmingSpaces),
               PadletDates.stamp(lines[i + 1].trimmed) != nil {
                openColumn(name)
                i += 1
                continue
            }

            // The organisers' question box ("Dialogspørsmål ..."), possibly in the middle of a post.
            if paragraph?.isPromptBoxTitle == true {
                let stopped = current?.lines.last(where: { !$0.isBlank })?.trimmed.trimmingSpaces.last.map { !".!?:".contains($0) } ?? false
                let title = t.trimmingSpaces
                var (prompts, next) = readPromptBox(lines, title: title, from: i + 1, section: section,
                                                    interruptsASentence: stopped, numbering: &promptCount)
                boxAwaitingQuestions = prompts.isEmpty ? (title, section) : nil
                // A box right under an author line ("KARI NORDMANN 3/14/24 8:35AM") was posted then, by them.
                // The author line (no group's) was the box's post: a group header after the box heads the next post, not this one.
                if let stamp = current, !stamp.hasText, stamp.author != nil, stamp.group == nil, !prompts.isEmpty {
                    for k in prompts.indices {
                        prompts[k].author = prompts[k].author ?? stamp.author
                        prompts[k].posted = prompts[k].posted ?? stamp.posted
                    }
                    current = nil
                }
                result.drafts.append(contentsOf: prompts)
                i = next
                atParagraphStart = true
                continue
            }

            // The questions of a box printed as its title alone, printed further down its column, inside a post
            // ("« Hva vil dere løfte frem ...?" ... under a group's author line): the box's prompts, not the post's text.
            if atParagraphStart, let box = boxAwaitingQuestions, box.section == section, current?.kind != .prompt,
               PadletTextReader.startsListOfQuestions(lines, at: i) {
                let (prompts, next) = readPromptBox(lines, title: box.title, from: i, section: section, interruptsASentence: false,
                                                    questionsOnly: true, numbering: &promptCount)
                result.drafts.append(contentsOf: prompts)
                boxAwaitingQuestions = nil
                i = next
                continue
            }

            if var header = strictHeader {
                // "Gruppe 1: Vi trenger mer samarbeid med skolen i Bodø.", as notes are typed: the group, and the
                // post's first sentence (as under an author line).
                let opening = headerEnd == i ? answerAfterGroup(t) : nil
                if let opening { header = opening.header }
                // A bare group header ("Gruppe 6") followed by a municipality line belongs together.
                // The header of a post that has no text yet: its municipality line after a bare group header
                // ("Gruppe 6", then "Bodø, Saltdal"), or its header after its author line with a page's furniture
                // (dropped) between them, also where the author is the group ("Team 7", then "Team 7 – Horten").
                let headerOfCurrent = current.map { unit in
                    !unit.hasText && unit.municipalities.isEmpty
                        && (unit.author != nil && (unit.group == nil || unit.group == header.group)
                            || unit.group != nil && header.group == nil && !header.municipalities.isEmpty)
                } ?? false
                if headerOfCurrent {
                    apply(header, to: &current!, line: line)
                } else if let unit = current, unit.author != nil, unit.group == nil, unit.municipalities.isEmpty,
                          let title = PadletTextReader.titleLine(of: unit) {
                    // A post's title between its author line and its group header ("Talentprogram").
                    current!.title = String(title.trimmed.trimmingSpaces)
                    current!.headerLines.append(title)
                    current!.lines = []
                    apply(header, to: &current!, line: line)
                } else {
                    startPost(at: line)
                    apply(header, to: &current!, line: line)
                }
                if headerEnd > i {
                    current!.headerLines.append(lines[headerEnd])
                    if current!.title == String(t.trimmingSpaces) { current!.title = header.label }
                }
                if let opening {
                    current!.title = opening.header.label
                    current!.lines.append(SourceLine(number: line.number, text: opening.answer))
                }
                // "Gruppe 7 (Osterøy, Vaksdal og Modalen) – referent: Hilde Vik": who wrote the answers down.
                let heading = String(t.trimmingSpaces)
                if current!.author == nil, let note = PadletTextReader.writersNote(in: heading) {
                    current!.author = PadletTextReader.writer(named: heading[note...])
                }
                i = headerEnd + 1
                atParagraphStart = false
                // A group's header over a line of its municipalities alone ("ARK 1 – GRUPPE 1" over "LARVIK + SANDEFJORD").
                if header.group != nil, current!.municipalities.isEmpty, i < lines.count, !lines[i].isBlank,
                   let named = groupHeader(lines[i].trimmed, strict: true), named.group == nil, !named.municipalities.isEmpty {
                    current!.municipalities = named.municipalities
                    current!.headerLines.append(lines[i])
                    i += 1
                }
                continue
            }

            if current == nil {
                if result.drafts.isEmpty && section == nil && result.drafts.allSatisfy({ $0.kind == .prompt }) {
                    description.lines.append(line)
                } else {
                    startPost(at: line)
                    current!.lines.append(line)
                }
            } else {
                if let unit = current, !unit.hasText, unit.group != nil, unit.author == nil, let writer = PadletTextReader.writer(named: t) {
                    // "Referent: Ingvild Rasmussen" under a group's header: who wrote the group's answers down.
                    current!.author = writer
                    current!.headerLines.append(line)
                } else if let (list, rest) = PadletLines.municipalityList(t) {
                    current!.municipalities = merge(current!.municipalities, places.headerMunicipalities(String(list)).municipalities)
                    // A sentence after the list on its line is the post's text.
                    if rest.isEmpty { current!.headerLines.append(line) } else { current!.lines.append(SourceLine(number: line.number, text: rest)) }
                } else if let (named, kept) = participants(onLine: t) {
                    // Who took part, as the header says it: not the group's answer (nor its places mentions in it).
                    current!.municipalities = merge(current!.municipalities, named)
                    switch kept {
                    case .none: current!.headerLines.append(line)
                    case .sentences(let rest): current!.lines.append(SourceLine(number: line.number, text: rest))
                    case .whole: current!.lines.append(line)
                    }
                } else if PadletLines.isParticipantListLabel(t) {
                    // The list runs to a blank line or to the first line that is no entry of it: the answer after it.
                    current!.headerLines.append(line)
                    var k = i + 1
                    while k < lines.count, !lines[k].isBlank, let named = participantEntry(lines[k].trimmed) {
                        current!.municipalities = merge(current!.municipalities, named)
                        current!.headerLines.append(lines[k])
                        k += 1
                    }
                    i = k
                    continue
                } else if let count = PadletLines.commentCount(t) {
                    // Comments under a post (an author line or a name, then the text) are other people's words: not
                    // the post's text, but kept in its raw lines, so `show ID raw` shows them.
                    inComments = true
                    commentsLeft = count
                    current!.headerLines.append(line)
                } else if inComments {
                    current!.headerLines.append(line)  // the comment's name or text
                } else {
                    current!.lines.append(line)
                }
            }
            atParagraphStart = false
            i += 1
        }
        finish()
        closeRoom()
        // A post header's theme ("Gruppe 4 - Tema 2") names a column, which may stand further down the file.
        let columns = Set(sections)
        for k in result.drafts.indices {
            if let key = result.drafts[k].section, !columns.contains(key), let column = PadletLines.section(named: key, among: sections) {
                result.drafts[k].section = column
            }
        }
        // A description that numbers the groups' questions ("Gruppene diskuterte to spørsmål: 1. ...?") gives a prompt
        // per question. (A bulleted list there is other questions, such as those asked in the chat: one prompt.)
        if description.hasText {
            let asks = description.lines.contains { Segmenter.marker($0.trimmed)?.number != nil && $0.trimmed.hasSuffix("?") }
            result.drafts.insert(contentsOf: asks ? PadletTextReader.prompts(from: description) : [description], at: 0)
        }
        // Posts by the board's creator, or titled as a question box, are the organisers' task text.
        // Authors repeat ("REFERENT", a group's name): each is compared with the creator once.
        var authorIsCreator: [String: Bool] = [:]
        result.drafts = result.drafts.flatMap { draft -> [DraftUnit] in
            guard draft.kind == .post else { return [draft] }
            var byCreator = false
            if let creator, let author = draft.author {
                if let known = authorIsCreator[author] { byCreator = known } else {
                    byCreator = PadletTextReader.sameName(author, creator)
                    authorIsCreator[author] = byCreator
                }
            }
            // The creator typing in a group's answers ("Gruppe 2 – Strand, Sauda og Forsand") posts for the group.
            if draft.group != nil { byCreator = false }
            let firstLine = draft.lines.first(where: { !$0.isBlank })?.trimmed ?? ""
            // So is a post of questions alone, by no group, in a column titled as a question box ("Dialogspørsmål").
            let boxOfTheColumn = draft.group == nil && draft.section.map { PadletTextReader.isPromptBoxTitle(Substring($0)) } == true
                && PadletTextReader.isQuestionsOnly(draft.lines)
            guard byCreator || boxOfTheColumn || PadletTextReader.isPromptBoxTitle(firstLine) else { return [draft] }
            return PadletTextReader.prompts(from: draft)
        }
        // The PDF can print a column's question box again, inside a post: its questions are the same prompts.
        var asked = Set<String>()
        result.drafts.removeAll { draft in
            guard draft.kind == .prompt, let question = draft.question, draft.questionNumber != nil else { return false }
            return !asked.insert("\(draft.section ?? "")|\(draft.questionNumber!)|\(question)").inserted
        }
        // A post without a header whose text says who wrote it ("Vi i gruppe 4 mener ...").
        for k in result.drafts.indices where result.drafts[k].kind == .post && result.drafts[k].group == nil {
            if let first = result.drafts[k].lines.first(where: { !$0.isBlank }), let group = PadletTextReader.groupSpeaking(first.trimmed) {
                result.drafts[k].group = group
            }
        }
        result.addPromptsOfQuestionSections()
        result.addPromptsOfAnsweredQuestions()  // posts titled by their question
        return result
    }

    /// Whether the text after a permalink (from line `next` on) goes on with `post`: the post's last line
    /// stops mid-sentence, or the next line starts in lower case or with a list item.
    static func continues(_ post: DraftUnit, after lines: [SourceLine], from next: Int) -> Bool {
        guard let last = post.lines.last(where: { !$0.isBlank })?.trimmed.trimmingSpaces.last else { return false }
        guard ".!?)»\"".contains(last) else { return true }
        guard let following = lines[next...].first(where: { !$0.isBlank })?.trimmed.trimmingSpaces,
              let first = following.first else { return false }
        return first.isLowercase || listItem(following).0
    }

    /// The indices of the lines that are noise or page breaks, found on all cores, and of the bare page
    /// numbers ("2") printed beside a page break or at the end of the file.
    private static func noiseLines(_ lines: [SourceLine]) -> [Int] {
        let chunk = 4096
        let noise = Parallel.map((lines.count + chunk - 1) / chunk, minimumChunk: 1) { c in
            (c * chunk ..< min(lines.count, (c + 1) * chunk)).filter { i in
                PadletLines.isNoise(lines[i].trimmed) || lines[i].text == "\u{0C}" || PadletLines.isAttachment(lines[i].trimmed)
                    || PadletLines.isChatNotice(lines[i].trimmed) || isAvatar(lines, at: i)
            }
        }.flatMap { $0 }
        return (noise + pageNumbersAtBreaks(lines)).sorted()
    }

    /// A person's initials in their avatar's circle, printed on the line over their author line ("KN" over "Kari
    /// Nordmann Nov 9, 2023 10:47 AM") or over the board's creator line ("HP" over "Hege Posaas  Nov 7, 2023").
    static func isAvatar(_ lines: [SourceLine], at i: Int) -> Bool {
        let t = lines[i].trimmed.trimmingSpaces
        guard (1...6).contains(t.utf8.count), t.count <= 3, t.allSatisfy({ $0.isUppercase }), i + 1 < lines.count else { return false }
        let next = lines[i + 1].trimmed
        guard let initials = PadletDates.stamp(next)?.author ?? PadletDates.boardHeader(next)?.creator else { return false }
        // The initials are the name's: "KN" over "Kari Nordmann".
        let name = initials.split(separator: " ").compactMap(\.first).map { Character($0.uppercased()) }
        return name.count >= t.count && t.allSatisfy(name.contains)
    }

    /// A number alone ("2") on the line before or after a page break, or on the file's last line, is the
    /// page's number. (`PageFurniture.isPageNumber` leaves a number alone, which may be an answer elsewhere.)
    private static func pageNumbersAtBreaks(_ lines: [SourceLine]) -> [Int] {
        func isBareNumber(_ i: Int) -> Bool {
            let t = lines[i].trimmed.trimmingSpaces
            return (1...3).contains(t.utf8.count) && t.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func nonBlank(from i: Int, by step: Int) -> Int? {
            var k = i
            while k >= 0, k < lines.count {
                if !lines[k].isBlank { return k }
                k += step
            }
            return nil
        }
        var found = Set<Int>()
        for i in lines.indices where lines[i].text == "\u{0C}" {
            for k in [nonBlank(from: i - 1, by: -1), nonBlank(from: i + 1, by: 1)].compactMap({ $0 }) where isBareNumber(k) {
                found.insert(k)
            }
        }
        if let last = nonBlank(from: lines.count - 1, by: -1), isBareNumber(last) { found.insert(last) }
        return Array(found)
    }

    /// The group a post's first line says is speaking: "Vi i gruppe 4 mener ...", "Fra gruppe 2: ...", "Gruppe 3 her."
    /// gives "Gruppe 4", "Gruppe 2", "Gruppe 3"; nil for a group named in passing ("Vi er enige med gruppe 3").
    static func groupSpeaking(_ line: Substring) -> String? {
        let lower = line.prefix(20).lowercased()
        let opening = ["vi i ", "vi på ", "fra ", "frå ", "svar fra ", "svar frå ", "her er ", "fortsettelse fra ", "fortsetjing frå ",
                       "forts. fra ", "forts. frå "].first { lower.hasPrefix($0) }
        let rest = line.dropFirst(opening?.count ?? 0)
        guard let (label, _) = PadletLines.leadingGroupLabel(rest) else { return nil }
        return label
    }

    /// Whether two author names are the same person ("KARI NORDMANN", "Kari Nordmann").
    /// Also when OCR read the one's "å", "ø" or "æ" otherwise than the other's ("Kulturskulerådet" and "Kulturskuleradet").
    static func sameName(_ a: String, _ b: String) -> Bool {
        let plain: [Character: String] = ["å": "a", "ø": "o", "æ": "ae"]
        let fold = { (s: String) in s.lowercased().filter { $0.isLetter }.map { plain[$0] ?? String($0) }.joined() }
        return !fold(b).isEmpty && (fold(a) == fold(b) || fold(a).hasPrefix(fold(b)) || fold(b).hasPrefix(fold(a)))
    }

    /// A map pin's place without its icon: two to five short places, the last the country ("Tynset, Innlandet, Norge").
    ///
    /// ```swift
    /// PadletTextReader.isPinnedPlace("Tynset, Innlandet, Norge")        // true
    /// PadletTextReader.isPinnedPlace("Vi samarbeider med hele Norge")   // false
    /// ```
    static func isPinnedPlace(_ line: Substring) -> Bool {
        guard line.utf8.count <= 80, line.hasSuffix("Norge") || line.hasSuffix("Noreg") || line.hasSuffix("Norway") else { return false }
        let parts = line.split(separator: ",").map { $0.trimmingSpaces }
        return (2 ... 5).contains(parts.count) && ["Norge", "Noreg", "Norway"].contains(String(parts.last!))
            && parts.allSatisfy { !$0.isEmpty && $0.split(separator: " ").count <= 3 && $0.first?.isUppercase == true }
    }

    /// Whether the lines are a few questions and nothing else ("« Hva kjennetegner en god kulturskole?").
    static func isQuestionsOnly(_ lines: [SourceLine]) -> Bool {
        let text = lines.filter { !$0.isBlank }
        return !text.isEmpty && text.count <= 6 && text.allSatisfy { questionItem($0.trimmed).body.trimmingSpaces.hasSuffix("?") }
    }

    /// The numbers of the questions in an organisers' list, where lettered questions stand under a numbered one ("1. Hva
    /// gjør kulturskolen godt i dag" over "a) i samarbeid med grunnskolen?"): they are questions 1a, 1b, ...
    ///
    /// ```swift
    /// var numbering = PadletTextReader.SubQuestionNumbering()
    /// numbering.place("1. Hva gjør vi godt", numbered: 1)               // (1, nil)
    /// numbering.place("a) i samarbeid med grunnskolen?", numbered: 1)   // (1, 1): question 1a
    /// ```
    struct SubQuestionNumbering {
        /// The number of the last item numbered with digits, over the lettered items after it.
        private var parent: Int?

        /// The number and letter of a list item read with `number` (a lettered item's is its letter's place). A lettered
        /// item under a numbered one takes that number and its letter; other items keep their number.
        mutating func place(_ item: Substring, numbered number: Int?) -> (number: Int?, letter: UInt8?) {
            if let letter = Segmenter.letterNumber(item) {
                guard let parent else { return (number, nil) }
                return (parent, UInt8(letter))
            }
            parent = item.first?.isASCIIDigit == true ? number : nil
            return (number, nil)
        }
    }

    /// Whether the lines after the author line at `k` end in a post's permalink before the next author line or column
    /// title (within 60 lines), and another author line follows: what makes a post of the text under it, not a board's
    /// description.
    static func endsInPermalink(_ lines: [SourceLine], after k: Int) -> Bool {
        var end: Int?
        for (j, line) in lines.enumerated().dropFirst(k + 1).prefix(60) where !line.isBlank {
            if PadletLines.permalink(line.trimmed) != nil { end = j; break }
            if PadletDates.stamp(line.trimmed) != nil || PadletLines.section(line.trimmed) != nil { return false }
        }
        guard let end else { return false }
        return lines[(end + 1)...].prefix(200).contains { !$0.isBlank && PadletDates.stamp($0.trimmed)?.posted != nil }
    }

    /// The index of the title under a board's header line that stands in the middle of a file (two exports put
    /// in one): the creator and a date without a time ("Hege Posaas 4/30/2025"), a title, and a column title or
    /// an author line within the next lines. Nil for other lines.
    func nextBoardTitle(_ lines: [SourceLine], at i: Int) -> Int? {
        let t = lines[i].trimmed
        // On bytes first (every paragraph's first line comes here): the date's year ends the line, or comes before
        // icon debris ("3/3/2023 &").
        let tail = t.utf8.reversed().drop(while: { $0 == 0x20 || $0 == UInt8(ascii: "&") })
        guard i > 0, t.utf8.count <= 80, tail.prefix(4).count == 4, tail.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              PadletDates.boardHeader(t) != nil,
              PadletDates.stamp(t) == nil,
              let title = lines[(i + 1)...].prefix(3).firstIndex(where: { !$0.isBlank }), lines[title].trimmed.count <= 90,
              PadletDates.stamp(lines[title].trimmed) == nil else { return nil }
        let ahead = lines[(title + 1)...].prefix(12)
        return ahead.contains(where: { !$0.isBlank && (PadletLines.section($0.trimmed) != nil || PadletDates.stamp($0.trimmed) != nil) }) ? title : nil
    }

    /// Splits an organisers' post into prompts: one per numbered or bulleted question, and one for
    /// the rest of the text; the first line is the title when it is a heading. A label that names a section
    /// ("Økt 2 – Vegen vidare:") puts the questions under it in that section, so the answers of each session
    /// link to its own questions, numbered alike. Questions one to a line without marks are a list too ("Hva tar vi
    /// med oss hjem?" / "Hvem må vi snakke med først?" are questions 1 and 2).
    static func prompts(from post: DraftUnit) -> [DraftUnit] {
        var lines = joiningWrappedQuestions(post.lines.filter { !$0.isBlank })
        var title: String?
        let areUnmarkedQuestions = { (lines: [SourceLine]) in
            lines.count >= 2 && lines.allSatisfy { !questionItem($0.trimmed).isItem && $0.trimmed.trimmingSpaces.hasSuffix("?") }
        }
        var unmarkedQuestions = areUnmarkedQuestions(lines)
        if !unmarkedQuestions, let first = lines.first, !listItem(first.trimmed).0, first.trimmed.count <= 60 {
            title = String(first.trimmed.trimmingSpaces)
            if !(first.trimmed.hasSuffix("?") && lines.count == 1) { lines.removeFirst() }
            unmarkedQuestions = areUnmarkedQuestions(lines)
        }
        var section = post.section
        func make(_ body: [SourceLine], number: Int?, letter: UInt8? = nil) -> DraftUnit {
            var p = DraftUnit(kind: .prompt, firstLine: body.first?.number ?? post.firstLine)
            p.title = title
            p.section = section
            p.author = post.author
            p.posted = post.posted
            p.url = post.url
            p.questionNumber = number
            p.questionLetter = letter
            p.headerLines = post.headerLines
            p.lines = body
            p.question = body.map { $0.trimmed.trimmingSpaces }.joined(separator: " ")
            return p
        }
        var result: [DraftUnit] = []
        var rest: [SourceLine] = []
        var counter = 0
        // A numbered question that lettered ones complete ("1. Hva gjør kulturskolen godt i dag" over "a) i samarbeid
        // med grunnskolen?"): they are its questions a, b, ..., and it is a question of its own.
        var subQuestions = SubQuestionNumbering()
        for (k, line) in lines.enumerated() {
            let (isItem, body, number) = unmarkedQuestions ? (true, line.trimmed.trimmingSpaces, nil) : questionItem(line.trimmed)
            let isStem = isItem && !body.hasSuffix("?") && line.trimmed.first?.isASCIIDigit == true
                && k + 1 < lines.count && Segmenter.letterNumber(lines[k + 1].trimmed) != nil
            if isItem, body.hasSuffix("?") || isStem {
                let placed = subQuestions.place(line.trimmed, numbered: number)
                if placed.letter == nil { counter = isStem ? number ?? counter : counter + 1 }
                result.append(make([SourceLine(number: line.number, text: body)], number: placed.number ?? counter, letter: placed.letter))
            } else if let key = PadletTextReader.sectionOfLabel(line.trimmed) {
                subQuestions = SubQuestionNumbering()
                section = key
                counter = 0
            } else {
                rest.append(line)
            }
        }
        section = post.section  // (the rest of the text is the post's)
        // A box that asks one question, unnumbered ("Hva tar dere med hjem fra i dag?"), asks question 1.
        if result.isEmpty, rest.count == 1, rest[0].trimmed.trimmingSpaces.hasSuffix("?") { return [make(rest, number: 1)] }
        if !rest.isEmpty || result.isEmpty { result.insert(make(rest, number: nil), at: 0) }
        return result
    }

    /// Where a header's note of who wrote the answers down starts ("... – referent: Hilde Vik", "..., skrivar: Per"); nil
    /// when it has none. (On bytes, the word before each colon: a header is read for every title of a table, and a
    /// generic substring search there was a fifth of a CSV load.)
    static func writersNote(in header: String) -> String.Index? {
        header.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count > 12 else { return nil }
            for colon in bytes.indices where bytes[colon] == UInt8(ascii: ":") {
                var end = colon
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
                var start = end
                while start > 0, bytes[start - 1] != 0x20, bytes[start - 1] != UInt8(ascii: ",") { start -= 1 }
                // (After the header's own words: "Referent: ..." alone is no header's note.)
                guard start > 0, (7...9).contains(end - start) else { continue }
                let word = bytes[start ..< end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 == 0x86 ? 0xA6 : $0 }  // Æ as æ
                if writersWords.contains(word) { return start }
            }
            return nil
        }.flatMap { $0 }.map { header.utf8.index(header.utf8.startIndex, offsetBy: $0) }
    }

    /// The name a line gives under a label for who wrote the answers down ("Referent: Ingvild Rasmussen", "Skrivar: Per
    /// Olsen, Vik kulturskule"): two to four capitalised words before any comma. Nil for other lines.
    ///
    /// ```swift
    /// PadletTextReader.writer(named: "Referent: Ingvild Rasmussen")   // "Ingvild Rasmussen"
    /// ```
    static func writer(named line: Substring) -> String? {
        guard let (label, value) = PlainTextReader.labelled(line.trimmingSpaces),
              writersWords.contains(Array(label.lowercased().utf8)) else { return nil }
        let name = value.prefix { $0 != "," }.split(separator: " ")
        guard (2...4).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } })
        else { return nil }
        return name.joined(separator: " ")
    }

    private static let writersWords: [[UInt8]] = ["referent", "skrivar", "skriver", "sekretær"].map { Array($0.utf8) }

    /// Whether a line goes on after its label as a sentence ("Gruppe 7: Vi vil også gjerne se det."), not a list of names.
    static func isSentence(afterLabel line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let rest = line[line.index(after: colon)...].trimmingSpaces
        return rest.split(separator: " ").count >= 4 && rest.last.map { ".!?".contains($0) } == true && !rest.contains(",")
    }

    /// Whether a line under a board's title is a sentence of its description rather than more of its title: it ends
    /// as a sentence does ("Skriv inn hovedpunktene fra gruppa.").
    static func endsASentence(_ t: Substring) -> Bool {
        guard let last = t.trimmingSpaces.last else { return false }
        return ".!?".contains(last) && t.split(separator: " ").count >= 3
    }

    /// Whether a line under a board's title titles a column rather than the board: a section word with its number
    /// ("Tema 1: Samarbeid"), or a numbered question ("1. Hva kjennetegner ...?"), as shelf boards title their columns.
    static func titlesAColumn(_ t: Substring) -> Bool {
        PadletLines.section(t) != nil || t.hasSuffix("?") && Segmenter.marker(t)?.number != nil
    }

    /// A column title without a section word: a line standing alone between blank lines, right before an
    /// author + timestamp line. A short capitalised name ("Oppsummering"); or, on a board with a column per
    /// question, the question ("1. Hva gjør dere allerede sammen med grunnskolen?") right after a post's
    /// permalink, or numbered ("2. ...", "Spørsmål 2: ...") before the first post (a post's last line is not a
    /// column title); or icons alone ("💡", "2️⃣").
    private func unnumberedSection(_ lines: [SourceLine], at i: Int, beforeFirstPost: Bool) -> String? {
        let t = lines[i].trimmed.trimmingSpaces
        guard i > 0, lines[i - 1].isBlank, i + 1 < lines.count, lines[i + 1].isBlank, let first = t.first, let last = t.last,
              let next = lines[(i + 1)...].firstIndex(where: { !$0.isBlank }) else { return nil }
        guard PadletDates.stamp(lines[next].trimmed) != nil else {
            // Over a group's header without an author line (a summary; a board whose boxes have none), a round with its
            // question titles a column.
            guard PadletTextReader.questionOfRound(t) != nil, groupHeader(lines[next].trimmed, strict: true) != nil else { return nil }
            return String(t)
        }
        let previous = lines[..<i].last(where: { !$0.isBlank })?.trimmed.trimmingSpaces
        let afterPermalink = previous.map { PadletLines.permalink($0) != nil } ?? false
        // A title after an icon ("💡 Hva gjør vi bra?", "🚧 Hva hindrer oss?"), as boards title their columns.
        let afterIcon = PadletLines.droppingLeadingIcons(t)
        if afterIcon.startIndex != t.startIndex {
            // Icons alone ("💡", "2️⃣") title a column only after a post's permalink or before the first post: a post may
            // end with a paragraph of "👍".
            if afterIcon.isEmpty { return beforeFirstPost || afterPermalink ? String(t) : nil }
            return afterIcon.first?.isUppercase == true && afterIcon.count <= 60 ? String(t) : nil
        }
        guard first.isUppercase || first.isNumber else { return nil }
        if PadletTextReader.questionOfRound(t) != nil { return String(t) }
        // "Kristiansund, 15. november" under a board's title says where and when, over every column: no column's title.
        if t.utf8.count <= 60, t.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), PadletDates.namesADay(t) { return nil }
        if first.isUppercase, t.count <= 40, t.split(separator: " ").count <= 5, last.isLetter || last.isNumber || last == ")" {
            return String(t)
        }
        guard t.count <= 120, last == "?" || last.isLetter else { return nil }
        // A numbered question after a post's last sentence, where the export printed no permalinks.
        let afterASentence = last == "?" && previous?.last.map { ".!?".contains($0) } == true
        return afterPermalink || Segmenter.marker(t)?.number != nil && (beforeFirstPost || afterASentence) ? String(t) : nil
    }

    /// The municipalities a participant line names: "Asker / Kari Hansen, rektor", "- Kari Nes, Suldal kulturskule",
    /// "Suldal: Kari Berg", "Kari Berg (Suldal), Per Tau (Hjelmeland)", from the parts of the line between separators
    /// that read as municipalities alone: a participant's surname that is also a place ("Kari Nes", "Siri Fjell")
    /// is part of a name, not a municipality taking part.
    func participantMunicipalities(_ line: Substring) -> [String] {
        let item = line.trimmingSpaces.drop(while: { "-–•*".contains($0) })
        // A list of places alone ("Herøy, Dønna og Alstahaug") is read as a header's list, where the names resolve a
        // name two municipalities share.
        let asList = places.headerMunicipalities(String(item))
        if asList.complete, !asList.municipalities.isEmpty { return asList.municipalities }
        let parts = item.replacingOccurrences(of: " – ", with: " - ").components(separatedBy: " - ")
            .flatMap { $0.split(whereSeparator: { "/,;:()".contains($0) }) }
            .flatMap { part -> [Substring] in
                // "Bodø v. Kari Hansen", "Saltdal ved rektor": the place before "v." or "ved".
                if let by = [" v. ", " v/ ", " ved "].lazy.compactMap({ part.range(of: $0) }).first { return [part[..<by.lowerBound]] }
                // "Kari fra Vågan og Mona fra Flakstad", "kulturskolelederne i Rana": the place after "fra", "frå" or "i".
                guard [" fra ", " frå ", " i "].contains(where: { part.contains($0) }) else { return [part] }
                return part.components(separatedBy: " og ").map { piece in
                    let marker = [" fra ", " frå ", " i "].compactMap { piece.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
                    return Substring(marker.map { String(piece[$0.upperBound...]) } ?? piece)
                }
            }
        return municipalities(standingAloneIn: parts)
    }

    /// The municipalities of those parts that read as municipalities alone (words like "kulturskule" allowed): a
    /// participant line's parts, or a map location's ("Kirkenes", "Sør-Varanger", "Troms og Finnmark", "Norge").
    ///
    /// ```swift
    /// reader.municipalities(standingAloneIn: ["Kirkenes", " Sør-Varanger", " Norge"])   // ["Sør-Varanger"]
    /// ```
    func municipalities(standingAloneIn parts: [Substring]) -> [String] {
        var found: [String] = []
        for part in parts {
            let names = places.headerMunicipalities(String(part))
            if names.complete { found = merge(found, names.municipalities) }
        }
        return found
    }

    /// What of a participant line the post's text keeps (`participants(onLine:)`).
    enum ParticipantText { case none, sentences(Substring), whole }

    /// What a line that names who took part after its label says ("Deltakere: Bodø, Saltdal. Vi snakka om skyss."): the
    /// municipalities of its list, and what the post's text keeps of the line: nothing when it is a list of names, the
    /// sentences after the list, or the whole line when it is a sentence that begins with the label ("Deltakere fra alle
    /// kommunene mente at ..."). Nil for other lines.
    func participants(onLine t: Substring) -> (municipalities: [String], text: ParticipantText)? {
        guard let participants = PadletLines.participantsOnLine(t) else { return nil }
        let (list, rest) = PadletLines.listAndSentences(participants)
        let named = participantMunicipalities(list)
        guard PadletLines.namesAList(list) else { return (named, .whole) }
        return (named, rest.isEmpty ? .none : .sentences(rest))
    }

    /// The municipalities of an entry of a participant list under its label ("Fauske", "Asker / Kari Eksempelsen,
    /// rektor"), or nil when the line is no entry but the answer after the list (`PadletLines.isParticipantEntry`).
    func participantEntry(_ line: Substring) -> [String]? {
        let named = participantMunicipalities(line)
        return PadletLines.isParticipantEntry(line, namesAPlace: !named.isEmpty) ? named : nil
    }

    /// A post's body read whole (a CSV cell's) as the walk reads a post's lines: "Kommunar: ..." lines, participant lines
    /// and the entries under a participant list's label name the municipalities taking part and are header, not text; a
    /// sentence after a list on its line stays text.
    func takingPart(inBody lines: [SourceLine]) -> (municipalities: [String], header: [SourceLine], text: [SourceLine]) {
        var found: [String] = [], header: [SourceLine] = [], text: [SourceLine] = []
        var inList = false
        for line in lines {
            if line.isBlank { inList = false; text.append(line); continue }
            let t = line.trimmed
            if inList, let named = participantEntry(t) {
                found = merge(found, named)
                header.append(line)
                continue
            }
            inList = false
            if PadletLines.isParticipantListLabel(t) {
                inList = true
                header.append(line)
            } else if let (list, rest) = PadletLines.municipalityList(t) {
                found = merge(found, places.headerMunicipalities(String(list)).municipalities)
                if rest.isEmpty { header.append(line) } else { text.append(SourceLine(number: line.number, text: rest)) }
            } else if let (named, kept) = participants(onLine: t) {
                found = merge(found, named)
                switch kept {
                case .none: header.append(line)
                case .sentences(let rest): text.append(SourceLine(number: line.number, text: rest))
                case .whole: text.append(line)
                }
            } else {
                text.append(line)
            }
        }
        return (found, header, text)
    }

    /// What a group header says.
    struct GroupHeader: Sendable {
        /// "Gruppe 3", "Rom 9": the group a header names with a group word.
        var group: String?
        /// The header line, which names the group when there is no group word ("Stryn, Stranda og Volda").
        var label = ""
        /// The line names only organisations ("NMF").
        var organisationsOnly = false
        var section: String?
        var municipalities: [String]
    }

    /// Reads a group header line. `strict` (a line standing at a paragraph start, with no author line
    /// before it) requires the line to look like a header, not a sentence.
    func groupHeader(_ text: Substring, strict: Bool) -> GroupHeader? {
        headers.header(of: text, strict: strict) { readGroupHeader(text, strict: strict) }
    }

    private func readGroupHeader(_ text: Substring, strict: Bool) -> GroupHeader? {
        // A municipality's answer ("- Volda: Teatergruppa for ungdom har venteliste.") is the post's text.
        let head = text.trimmingSpaces.utf8.first
        if head == UInt8(ascii: "-") || head == 0xE2, let answer = Segmenter.marker(text),
           answer.municipality != nil, !answer.rest.isEmpty { return nil }
        var t = String(PadletLines.droppingLeadingIcons(text.trimmingSpaces))
        // A header names something: a line of emoji or icons alone ("👍") is none.
        guard t.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        // A Character is at least a byte: counting bytes first spares counting Characters in most titles.
        guard !t.isEmpty, t.utf8.count <= 90 || t.count <= 90, !t.hasSuffix("?"), !t.hasSuffix(","), !t.hasSuffix("!") else { return nil }
        // A line ending in a colon introduces what follows ("Vi foreslår:"); one that starts with its group names the
        // group whose answer follows ("Gruppe 5 Eidsvoll og Hurdal:").
        if t.hasSuffix(":") && strict && PadletLines.leadingGroupLabel(Substring(t)) == nil { return nil }
        if t.hasSuffix(".") { t.removeLast() }
        if PadletLines.lowercasedHasPrefix(Substring(t), "svar fra ") { t = String(t.dropFirst(9)) }
        // "Gruppe 7 (Osterøy, Vaksdal og Modalen) – referent: Hilde Vik": who wrote it down is no place of the group.
        if let note = PadletTextReader.writersNote(in: t) {
            var head = t[..<note].trimmingSpaces
            while let last = head.last, "–-,;".contains(last) { head = head.dropLast().trimmingSpaces }
            t = String(head)
        }
        // "Fra gruppe 2 – Sandnes og Gjesdal": the group a post is from.
        if PadletLines.lowercasedHasPrefix(Substring(t), "fra "), PadletLines.leadingGroupLabel(Substring(t).dropFirst(4)) != nil {
            t = String(t.dropFirst(4))
        }
        // "1. Gruppe Bodø/Fauske": a list's number before a group's header (a summary written in a word processor);
        // "1. gruppe: Bodø" is the group's own number.
        if let first = t.utf8.first, first >= 0x30, first <= 0x39, PadletLines.leadingGroupLabel(Substring(t)) == nil {
            let (isItem, item) = PadletTextReader.listItem(Substring(t))
            if isItem, PadletLines.groupWords.contains(item.prefix(while: \.isLetter).lowercased()) { t = String(item) }
        }
        // Split into parts at ':' ' - ' ',' and examine each.
        // Foundation's search only where a dash can be: most headers have none.
        let dashed = t.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == 0xE2 })  // 0xE2 starts "–"
        let parts = (dashed ? t.replacingOccurrences(of: " – ", with: " - ").components(separatedBy: " - ") : [t])
            .flatMap { $0.split(separator: ":", omittingEmptySubsequences: true).map(String.init) }
        var header = GroupHeader(group: nil, section: nil, municipalities: [])
        var unrecognised: [String] = []
        // Parts that do not name the group: its theme ("Dialogtema 1"), a bare "Gruppe".
        var unlabelled: [String] = []
        for part in parts {
            var rest = Substring(part.trimmingSpaces)
            let lead = PadletLines.leadingWordNumber(rest)
            let leadingGroup = PadletLines.leadingGroupLabel(rest)
            if leadingGroup == nil, let (label, before) = PadletTextReader.trailingGroupLabel(rest) {
                // "Trondheim, Gruppe 3": the group's label after its municipalities.
                header.group = label
                rest = before
            } else if let (label, after) = leadingGroup {
                header.group = label
                rest = after.drop(while: { $0 == " " || $0 == "," || $0 == ":" || $0 == "." })
                // "Gruppe 6 sa det samme om Voss.", "Gruppe 2 og 3 var enige.": a sentence about a group, not its header
                // ("gruppe 3 porsgrunn og bamble" names its places).
                if strict, PadletTextReader.goesOnAsASentence(String(rest)), !places.headerMunicipalities(String(rest)).complete { return nil }
            } else if let key = PadletLines.sectionKey(rest, lead: lead) {
                header.section = key
                unlabelled.append(part)
                continue
            } else if let named = PadletTextReader.groupNamedByPlaces(rest), case let found = places.headerMunicipalities(String(named)),
                      found.complete, !found.municipalities.isEmpty {
                // "Gruppe Bodø/Fauske": the group named by its municipalities, without a number.
                header.group = String(rest.trimmingSpaces)
                header.municipalities += found.municipalities
                continue
            } else if let named = PadletTextReader.groupNamedByPlaces(rest), PadletTextReader.isListOfNames(named) {
                // "Gruppe Eldbjørg, Anne Rita, Svetlana, Marthe og Sigrun", "Gruppe Blå": a group named by its members
                // or a colour, without a number.
                header.group = String(rest.trimmingSpaces)
                continue
            } else if rest.utf8.count <= 6, ["gruppe", "gruppa", "rom"].contains(rest.lowercased()) {
                // (Only ASCII lower-cases to these words: a longer part is none of them.)
                unlabelled.append(part)
                continue
            }
            if header.group == nil, let first = rest.first, first.isASCIIDigit {
                // "16 Orkland, Osterøy" — a group number before the municipalities.
                let digits = rest.prefix(while: { $0.isASCIIDigit })
                let after = rest.dropFirst(digits.count)
                if digits.count <= 3, after.first == " " {
                    let found = places.headerMunicipalities(String(after))
                    if found.complete, !found.municipalities.isEmpty {
                        header.group = "Gruppe \(digits)"
                        header.municipalities += found.municipalities
                        continue
                    }
                }
            }
            rest = rest.drop(while: { $0 == " " })
            guard !rest.isEmpty else { continue }
            // "Lillehammer, Gausdal og Øyer (gruppe 20)": the group named in brackets after its municipalities.
            if header.group == nil, let open = rest.lastIndex(of: "("),
               let (label, after) = PadletLines.leadingGroupLabel(rest[rest.index(after: open)...]), after.trimmingSpaces == ")" {
                header.group = label
                rest = rest[..<open]
            }
            // Brackets qualify a name ("Herøy (Nordland), Dønna") or hold a remark ("Frøya og Gloppen
            // (Gruppearbeid 2)"): the line is read with its brackets, and without them when that reads it all.
            var main = String(rest)
            var found = places.headerMunicipalities(main)
            if !found.complete, rest.contains("(") {
                let withoutRemarks = PadletTextReader.removingBrackets(rest)
                let other = places.headerMunicipalities(withoutRemarks)
                if other.complete || other.municipalities.count >= found.municipalities.count { (main, found) = (withoutRemarks, other) }
            }
            if !found.municipalities.isEmpty, found.complete || header.group != nil {
                header.municipalities += found.municipalities
            } else if !strict, found.complete, !main.trimmingSpaces.isEmpty {
                // Only organisations ("NMF") on the line after an author line: they are the group.
                header.organisationsOnly = true
            } else if found.municipalities.isEmpty, rest.utf8.count <= 24, rest.first?.isUppercase == true, places.isCounty(String(rest)) {
                // "Innlandet: Hamar og Ringsaker": the county the group's municipalities are in (Oslo, a municipality
                // too, is found as one above).
                unlabelled.append(part)
            } else {
                unrecognised.append(String(rest))
            }
        }
        header.municipalities = merge([], header.municipalities)
        if header.group == nil && header.municipalities.isEmpty && !header.organisationsOnly { return nil }
        if strict, header.group == nil, !unrecognised.isEmpty { return nil }
        if !strict, header.group == nil, !unrecognised.isEmpty, header.municipalities.isEmpty { return nil }
        // A list of municipalities is itself the group's name when nothing else names the group
        // (without the theme a header may name: "Dialogtema 1 - AskØygarden" is group "AskØygarden",
        // "Dialogtema 2 - Gruppe: Førde" is group "Førde").
        header.label = unlabelled.isEmpty ? String(t)
            : parts.filter { !unlabelled.contains($0) }.map { String($0.trimmingSpaces) }.joined(separator: " - ")
        return header
    }

    /// Whether what follows a group's label reads as a sentence: three words or more, the first in lower case
    /// ("sa det samme i plenum", "og 3 var enige"), where a header goes on with names.
    static func goesOnAsASentence(_ rest: String) -> Bool {
        guard rest.first?.isLowercase == true else { return false }
        return rest.split(separator: " ", maxSplits: 3).count >= 3
    }

    /// Whether a line that reads as a header of places is one of the post's municipalities' answers: "Stad: Vi har fått ny
    /// rektor." in a post whose group and places its author line named ("Gruppe 11 (Stad, Kinn og Bremanger)"), as the
    /// lines after it are ("Kinn: ...").
    private func isAnswerOfItsPlaces(_ line: Substring, header: GroupHeader, in unit: DraftUnit) -> Bool {
        guard header.group == nil, unit.group != nil, !unit.hasText, !header.municipalities.isEmpty,
              Set(header.municipalities).isSubset(of: unit.municipalities),
              let label = Segmenter.placeLabel(line) else { return false }
        return line.trimmingSpaces.utf8.count > label.utf8.count + 2
    }

    private func apply(_ header: GroupHeader, to unit: inout DraftUnit, line: SourceLine) {
        if let group = header.group {
            unit.group = group
        } else if unit.group == nil {
            unit.group = header.label
        }
        if let key = header.section { unit.section = key }
        unit.municipalities = merge(unit.municipalities, header.municipalities)
        unit.headerLines.append(line)
        if unit.title == nil { unit.title = String(line.trimmed.trimmingSpaces) }
    }

    /// A line that opens with its group and goes on with a sentence ("Gruppe 5 (Nes og Eidsvoll): Felles
    /// planleggingsdag i august.", "Gruppe 7: Vi samarbeider med Skien."): the group's header, read from the part
    /// before the colon, and the answer. Nil for a header ("Gruppe 7: Lier og Drammen", whose municipalities the
    /// rest lists) and for other lines.
    ///
    /// ```swift
    /// reader.answerAfterGroup("Gruppe 7: Vi samarbeider med Skien.")?.answer   // "Vi samarbeider med Skien."
    /// ```
    func answerAfterGroup(_ line: Substring) -> (header: GroupHeader, answer: Substring)? {
        // On bytes first: every table row's first line is asked, and few open with a group word.
        guard PadletLines.leadingGroupLabel(line) != nil, let colon = line.utf8.prefix(240).firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let prefix = line[..<colon].trimmingSpaces
        let answer = line[line.index(after: colon)...].trimmingSpaces
        guard let last = answer.last, ".!?".contains(last), answer.split(separator: " ").count >= 3,
              PadletLines.leadingGroupLabel(prefix) != nil, !places.headerMunicipalities(String(answer)).complete,
              var header = groupHeader(prefix, strict: false), header.group != nil else { return nil }
        // "Gruppe 3: Voss og Ulvik. Vi la notatane ...": a first sentence of municipalities alone is the group's.
        var rest = answer
        if let stop = answer.range(of: ". "), case let named = places.headerMunicipalities(String(answer[..<stop.lowerBound])),
           named.complete, !named.municipalities.isEmpty {
            header.municipalities += named.municipalities.filter { !header.municipalities.contains($0) }
            rest = answer[stop.upperBound...].trimmingSpaces
        }
        return (header, rest)
    }

    /// A line under an author line that opens with the place that writes ("Bodø kulturskole:") and goes on with the
    /// post's first sentence, on this line or, as the PDF wrapped it, the next (`continues`): the header read from the
    /// label, and the sentence. Nil where the part after the colon names places (a list of them is a header's, even with
    /// a name the gazetteer does not know: "Karasjok, Deatnu/Tana og Porsá gu").
    ///
    /// ```swift
    /// reader.answerAfterPlace("Bodø kulturskole: samskaping med frivilligheten er viktig, men", continues: true)?.answer
    /// // "samskaping med frivilligheten er viktig, men"
    /// ```
    func answerAfterPlace(_ line: Substring, continues: Bool) -> (header: GroupHeader, answer: Substring)? {
        guard let colon = line.utf8.prefix(80).firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let prefix = line[..<colon].trimmingSpaces
        let answer = line[line.index(after: colon)...].trimmingSpaces
        guard (1...4).contains(prefix.split(separator: " ").count), answer.split(separator: " ").count >= 4,
              let last = answer.last, ".!?".contains(last) || continues,
              places.headerMunicipalities(String(answer)).municipalities.isEmpty,
              let header = groupHeader(prefix, strict: false), header.group != nil || !header.municipalities.isEmpty else { return nil }
        return (header, answer)
    }

    /// A post whose first line asks the question it answers and whose text names its group, as a board whose posts
    /// take the question as their subject prints them: "Hva hindrer samarbeidet?" over "Gruppe 1 (Stavanger, Sola): UKM
    /// er en viktig arena.", over "Fra gruppe 2 – Sandnes og Gjesdal", or with the group on the last line ("Gruppe 4:
    /// Hå, Klepp og Time"). The question becomes the post's title and question, the header gives the group and its
    /// municipalities, and the text is the answer. Other posts stay as they are.
    private func readQuestionTitle(_ unit: inout DraftUnit) {
        let text = unit.lines.indices.filter { !unit.lines[$0].isBlank }
        guard text.count >= 2 else { return }
        let question = unit.lines[text[0]].trimmed.trimmingSpaces
        guard question.last == "?" || PadletTextReader.interrogatives.contains(question.prefix(while: \.isLetter).lowercased()),
              question.count <= 160, Segmenter.marker(question)?.number == nil else { return }
        let second = unit.lines[text[1]]
        var header: GroupHeader?
        var headerLine = text[1]
        var answer: Substring?
        if let (opening, rest) = groupBeforeColon(second.trimmed) {
            (header, answer) = (opening, rest)
        } else if let named = groupHeader(second.trimmed, strict: false), named.group != nil {
            header = named
        } else if text.count >= 3, let named = groupHeader(unit.lines[text[text.count - 1]].trimmed, strict: true), named.group != nil {
            header = named
            headerLine = text[text.count - 1]
        }
        guard let header else { return }
        unit.title = String(question)
        unit.question = String(question)
        unit.group = header.group
        unit.municipalities = merge(unit.municipalities, header.municipalities)
        unit.headerLines.append(unit.lines[text[0]])
        if let answer {
            unit.lines[headerLine] = SourceLine(number: unit.lines[headerLine].number, text: answer)
        } else {
            unit.headerLines.append(unit.lines[headerLine])
            unit.lines.remove(at: headerLine)
        }
        unit.lines.remove(at: text[0])
    }

    /// Words a question starts with, also where it is written without its question mark.
    private static let interrogatives: Set<String> = ["hva", "hvordan", "hvilke", "hvilken", "hvem", "hvor", "hvorfor", "kva", "korleis",
                                                      "kven", "kvifor", "kvar", "kor"]

    /// "Gruppe 1 (Stavanger, Sola): UKM er en viktig arena" (the answer wrapped onto the next lines): the group's
    /// header before the colon and the answer's start after it, which names more than municipalities; or nil.
    /// (`answerAfterGroup` also needs the answer to end on its line, where a line may be a header alone; what it
    /// reads, this reads alike.)
    private func groupBeforeColon(_ line: Substring) -> (header: GroupHeader, answer: Substring)? {
        guard let colon = line.firstIndex(of: ":"), let header = groupHeader(line[..<colon], strict: false), header.group != nil else { return nil }
        let answer = line[line.index(after: colon)...].trimmingSpaces
        guard answer.split(separator: " ").count >= 2, !places.headerMunicipalities(String(answer)).complete else { return nil }
        return (header, answer)
    }

    /// A group header the PDF wrapped at a hyphen ("Gruppe 4: Nord-" / "Aurdal, Sør-Aurdal"): the header read from
    /// both lines and the index of the second, when that names more municipalities; else the header and `i`.
    private func wrappedAtHyphen(_ header: GroupHeader, _ lines: [SourceLine], at i: Int) -> (GroupHeader, Int) {
        let t = lines[i].trimmed.trimmingSpaces
        guard t.utf8.last == UInt8(ascii: "-"), t.dropLast().last?.isLetter == true, i + 1 < lines.count, !lines[i + 1].isBlank,
              let joined = groupHeader(t + lines[i + 1].trimmed.trimmingSpaces, strict: true),
              joined.municipalities.count > header.municipalities.count else { return (header, i) }
        return (joined, i + 1)
    }

    /// A group's header the PDF wrapped after a comma ("Gruppe Eldbjørg, Anne Rita," over "Svetlana, Marthe og
    /// Sigrun"): the header of the two lines, and the last line it takes; nil for other lines.
    private func wrappedAtComma(_ lines: [SourceLine], at i: Int) -> (GroupHeader, Int)? {
        let t = lines[i].trimmed.trimmingSpaces
        guard t.utf8.last == UInt8(ascii: ","), i + 1 < lines.count, !lines[i + 1].isBlank,
              PadletLines.groupWords.contains(t.prefix(while: \.isLetter).lowercased()),
              let joined = groupHeader(t + " " + lines[i + 1].trimmed.trimmingSpaces, strict: true), joined.group != nil else { return nil }
        return (joined, i + 1)
    }

    /// The organisers' question box: its title, then from `first` questions (bullets or numbers) and
    /// notes, until a post resumes (a line starting in lower case) or a new post starts. A box whose questions
    /// were printed apart from its title holds `questionsOnly`: a line that is no list item after a question ends it.
    private func readPromptBox(_ lines: [SourceLine], title: Substring, from first: Int, section: String?, interruptsASentence: Bool,
                               questionsOnly: Bool = false, numbering: inout Int) -> ([DraftUnit], Int) {
        numbering = 0
        var prompts: [DraftUnit] = []
        var k = first
        var currentPrompt: DraftUnit?
        var currentIsItem = false
        var startsWithItem: [Bool] = []  // whether each prompt starts with a list item's mark
        func flush() {
            if let p = currentPrompt, p.hasText {
                prompts.append(p)
                startsWithItem.append(currentIsItem)
            }
            currentPrompt = nil
        }
        var sawDebris = false
        var sawItems = false
        var boxSection = section
        var numberedInTheBox = false  // whether the box numbers its questions itself ("1.", "Spørsmål 2:")
        var subQuestions = SubQuestionNumbering()
        while k < lines.count {
            let line = lines[k]
            let t = line.trimmed
            if line.isBlank { k += 1; continue }
            if PadletDates.stamp(t) != nil || PadletLines.permalink(t) != nil || PadletTextReader.timeUnderName(lines, at: k) != nil { break }
            // A paragraph that is a column title or a group header starts what follows the box.
            if lines[k - 1].isBlank, PadletLines.section(t) != nil || groupHeader(t, strict: true) != nil { break }
            if !PadletTextReader.looksLikeText(t) { sawDebris = true; k += 1; continue }
            // The count of comments under the box ("0 kommentarer") is Padlet's, not the organisers' text.
            if PadletLines.commentCount(t) != nil { k += 1; continue }
            // The title again, clean after the OCR'd caption of the box's picture: no question.
            if currentPrompt == nil, !t.hasSuffix("?"), PadletTextReader.isPromptBoxTitle(t) { k += 1; continue }
            if let first = t.first, first.isLowercase, Segmenter.letterNumber(t) == nil {
                // A wrapped question continues in lower case; after a finished item or the box's
                // picture debris, lower case means the interrupted post resumes.
                let unfinished = currentPrompt?.lines.last.map { !".?!:".contains($0.trimmed.last ?? ".") } ?? false
                if sawDebris || !unfinished { break }
                currentPrompt!.lines.append(line)
                k += 1
                continue
            }
            let (isItem, body, number) = PadletTextReader.questionItem(t)
            if questionsOnly, !isItem, currentPrompt?.lines.last?.trimmed.hasSuffix("?") == true { break }
            if !isItem, let key = PadletTextReader.sectionOfLabel(t) {
                flush()
                boxSection = key
                numbering = 0
                subQuestions = SubQuestionNumbering()
                k += 1
                continue
            }
            // In a box printed inside a post that stopped mid-sentence, a finished sentence after the list of
            // questions that is neither an item nor a question is the post going on ("Gildeskål vil prøve det
            // samme fra høsten."), also in upper case. (The box's own notes stay: they end otherwise.)
            if interruptsASentence, !isItem, sawItems, t.hasSuffix(".") || t.hasSuffix("!"),
               currentPrompt?.lines.last.map({ $0.trimmed.hasSuffix("?") }) == true { break }
            sawItems = sawItems || isItem
            if isItem || currentPrompt == nil || currentPrompt!.lines.last.map({ $0.trimmed.hasSuffix("?") || $0.trimmed.hasSuffix(":") }) == true {
                flush()
                numbering += 1
                var prompt = DraftUnit(kind: .prompt, firstLine: line.number)
                prompt.title = String(title)
                prompt.section = boxSection
                prompt.questionNumber = number ?? numbering
                if isItem {
                    let placed = subQuestions.place(t, numbered: number)
                    if let letter = placed.letter { (prompt.questionNumber, prompt.questionLetter) = (placed.number, letter) }
                }
                numberedInTheBox = numberedInTheBox || number != nil
                currentPrompt = prompt
                currentIsItem = isItem
            }
            currentPrompt!.lines.append(SourceLine(number: line.number, text: body))
            k += 1
        }
        flush()
        for index in prompts.indices {
            let question = prompts[index].lines.map { $0.trimmed.trimmingSpaces }.joined(separator: " ")
            prompts[index].question = question
        }
        // Counted by the reader, only the questions have numbers, listed or asked: an instruction before them ("Skriv
        // gruppenummer øverst i boksen.") is no question 1, so "1." in the answers is the first question.
        if !numberedInTheBox {
            numbering = 0
            for index in prompts.indices {
                if startsWithItem[index] || prompts[index].question?.hasSuffix("?") == true {
                    numbering += 1
                    prompts[index].questionNumber = numbering
                } else {
                    prompts[index].questionNumber = nil
                }
            }
        }
        return (prompts, k)
    }

    /// Whether a list of at least two questions, and nothing but questions, starts at line `i`
    /// ("« Hva vil dere løfte frem ...?", "« Er det noen punkter ..." over "organisering ...?"), an item's question
    /// wrapped over as many lines as it takes.
    static func startsListOfQuestions(_ lines: [SourceLine], at i: Int) -> Bool {
        var questions = 0
        var wrapped: Int?  // the lines an item's unfinished question has taken so far
        var k = i
        while k < lines.count {
            let t = lines[k].trimmed.trimmingSpaces
            k += 1
            if t.isEmpty { if wrapped != nil { return false } else { continue } }
            let (isItem, body) = listItem(t)
            let text: Substring
            if isItem, wrapped == nil { text = body; wrapped = 1 }
            else if !isItem, let lines = wrapped, lines < 3 { text = t; wrapped = lines + 1 }
            else { break }
            // An item that ends a sentence otherwise is no question: the list is the post's own.
            if text.hasSuffix("?") { questions += 1; wrapped = nil } else if let last = text.last, ".!:".contains(last) { return false }
        }
        return questions >= 2 && wrapped == nil
    }

    /// What follows a group word that is followed by no number ("Gruppe Bodø/Fauske" gives "Bodø/Fauske"), or nil.
    static func groupNamedByPlaces(_ part: Substring) -> Substring? {
        // Every group word starts with "g", "r", "b" or "t": most parts are ruled out on one byte.
        guard let first = part.utf8.first.map({ $0 | 0x20 }), "grbt".utf8.contains(first) else { return nil }
        let word = part.prefix(while: \.isLetter)
        let rest = part.dropFirst(word.count)
        guard rest.first == " ", PadletLines.groupWords.contains(word.lowercased()) else { return nil }
        let named = rest.trimmingSpaces
        return named.first?.isUppercase == true ? named : nil
    }

    /// Whether a text is a short list of names, each of one or two capitalised words of letters, joined by commas and
    /// "og"/"and"/"&" ("Eldbjørg, Anne Rita, Svetlana, Marthe og Sigrun", "Blå"): no sentence, no number.
    static func isListOfNames(_ text: Substring) -> Bool {
        let items = text.replacingOccurrences(of: " og ", with: ", ").replacingOccurrences(of: " and ", with: ", ")
            .replacingOccurrences(of: " & ", with: ", ").split(separator: ",")
        guard (1...8).contains(items.count) else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: " ")
            return (1...2).contains(words.count) && words.allSatisfy { word in
                word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" }
            }
        }
    }

    /// The number a group's label ends with ("Grupperom 2", "Gruppe 2" give 2), or nil.
    static func groupNumber(_ label: String) -> Int? {
        let digits = label.reversed().prefix(while: \.isASCIIDigit)
        return digits.isEmpty ? nil : Int(String(digits.reversed()))
    }

    /// The question a column titled by its round asks ("Dialogrunde 2: Kva skal til?" gives "Kva skal til?",
    /// "Gruppedialog 2 - Hva bør vi gjøre sammen?" "Hva bør vi gjøre sammen?"), or nil. (`PadletLines.section` takes no
    /// title ending in "?", which inside a post is a question; standing alone over an author line or a group's header,
    /// such a title is a column's.)
    static func questionOfRound(_ t: Substring) -> Substring? {
        guard t.last == "?", t.count <= 120, let (word, _, rest) = PadletLines.leadingWordNumber(t), PadletLines.sectionWords.contains(word),
              rest.first == ":" || rest.hasPrefix(" -") || rest.hasPrefix(" –") else { return nil }
        let question = rest.drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" })
        return question.isEmpty ? nil : question
    }

    /// A column's title in an export without blank lines, where none stands alone: a round's title ("Runde 1",
    /// "Gruppedialog 2 - Hva bør vi gjøre sammen?"), a labelled question ("Spørsmål 2: Hva må endres for at flere skal
    /// delta?") or a labelled theme ("Tema: Fleksible tilbud og finansiering"); nil for other lines.
    static func unspacedColumnTitle(_ t: Substring) -> String? {
        guard t.count <= 120, !t.hasSuffix("."), !t.hasSuffix(":") else { return nil }
        if PadletLines.section(t) != nil || questionOfRound(t) != nil { return String(t) }
        let word = t.prefix(while: \.isLetter)
        if let marker = Segmenter.marker(t), marker.number != nil, t.hasSuffix("?"), !word.isEmpty { return String(t) }
        if PadletLines.sectionWords.contains(word.lowercased()), t.dropFirst(word.count).hasPrefix(": "), t.count <= 70 { return String(t) }
        return nil
    }

    /// The section a label over a list of questions names ("Økt 2 – Vegen vidare:" gives "Økt 2"), or nil.
    static func sectionOfLabel(_ text: Substring) -> String? {
        text.hasSuffix(":") ? PadletLines.sectionKey(text) : nil
    }

    /// Titles of the organisers' question boxes: "Dialogspørsmål, i dialogøkt 2" (OCR: "Dialogsporsmal"),
    /// "Spørsmål til gruppene", "Gruppeoppgaver", "Hvordan svarer vi?".
    static func isPromptBoxTitle(_ text: Substring) -> Bool {
        // Every CSV row's title comes here. A title holds "rsm" (in any case) or starts with a label
        // other than "spørsmål til" (which holds "rsm"), or it is none: ruled out without lower-casing it.
        guard containsRSM(text) || PadletTextReader.boxLabelStarts.contains(where: { PadletLines.lowercasedHasPrefix(text, $0) }) else { return false }
        let t = text.lowercased()
        guard t.count <= 60 else { return false }
        // "Spørsmål til Larvik: ..." asks a named place or person: a participant's post, not the organisers' box
        // ("Spørsmål til gruppene", "Spørsmål til refleksjon").
        if let til = text.range(of: " til "), text.distance(from: text.startIndex, to: til.lowerBound) <= 12,
           text[til.upperBound...].first?.isUppercase == true {
            return false
        }
        // "Dialogtema 1 - spørsmål til gruppene": the theme's questions.
        if let dash = t.range(of: " - "), PadletLines.sectionKey(Substring(t[..<dash.lowerBound])) != nil {
            return isPromptBoxTitle(Substring(t[dash.upperBound...]))
        }
        // A title that is the word alone ("Oppgave", "Oppgåver:") heads the organisers' task as well.
        let bare = t.trimmingSpaces.hasSuffix(":") ? String(t.trimmingSpaces.dropLast()) : String(t.trimmingSpaces)
        let labelled = t.hasPrefix("spørsmål til") || PadletTextReader.boxLabels.contains { t.hasPrefix($0) }
            || ["oppgave", "oppgåve", "oppgaver", "oppgåver", "oppgavene", "oppgåvene"].contains(bare)
        // Both patterns below hold "rsm": most titles fail this cheap test and skip the regular expressions.
        guard !labelled, containsRSM(t) else { return labelled }
        // "Spørsmål", and the compounds that name a conversation's questions: "Dialogspørsmål", "Samtalespørsmål", ...
        let questionWord = t.range(of: #"^(dialog|samtale|refleksjons|diskusjons|drøftings)?sp[øogea@]{1,2}rsm[åa]l"#,
                                   options: .regularExpression) != nil
        // The title of the question box's picture, OCR'd with icon debris before it ("» “?%@W « &@ Dialogspersmal, ...").
        let boxCaption = t.range(of: #"(dialog|samtale|refleksjons|diskusjons|drøftings)sp[øogea@]{1,2}rsm[åa]l"#,
                                 options: .regularExpression) != nil
        // "Spørsmål: Hva kan kommunene gjøre sammen?" is a question with its label, not a box's title.
        if questionWord, let colon = t.firstIndex(of: ":"), t.hasSuffix("?"),
           t[t.index(after: colon)...].split(separator: " ").count >= 3 {
            return false
        }
        return (questionWord || boxCaption) && Segmenter.marker(String(text)) == nil
    }

    /// How the organisers' task text starts, other than "spørsmål til" (which holds "rsm"): a box's title, or a
    /// meeting summary's task list ("Oppgave til gruppene:", "Oppgåver til gruppa").
    private static let boxLabels = ["gruppeoppgave", "hvordan svarer vi", "korleis svarar vi", "oppgave til", "oppgaver til",
                                    "oppgåve til", "oppgåver til", "oppgavene til", "oppgåvene til"]
    /// The labels up to their first letter outside ASCII, for the test on bytes.
    private static let boxLabelStarts = Array(Set(boxLabels.map { String($0.prefix(while: \.isASCII)) }))

    /// Whether "rsm" occurs in the text, in any case: a byte loop, many times faster than the generic
    /// `contains` of a collection on short titles (it ran on every row of a CSV). In the text's lower
    /// case "rsm" can only come from these three ASCII letters: no other scalar lower-cases to them.
    private static func containsRSM<S: StringProtocol>(_ text: S) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            let folded = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if folded == UInt8(ascii: "m"), previous == (UInt8(ascii: "r"), UInt8(ascii: "s")) { return true }
            previous = (previous.1, folded)
        }
        return false
    }

    /// A list's questions with the lines a question was wrapped over joined: "Spørsmål 1: Hva kjennetegner en god
    /// kulturskole i en distrikts-" and "kommune?" are "Spørsmål 1: Hva kjennetegner en god kulturskole i en
    /// distriktskommune?". A line that starts in lower case and ends the question goes on the line before it.
    static func joiningWrappedQuestions(_ lines: [SourceLine]) -> [SourceLine] {
        var out: [SourceLine] = []
        for line in lines {
            let t = line.trimmed.trimmingSpaces
            if let previous = out.last, t.hasSuffix("?"), t.first?.isLowercase == true, Segmenter.letterNumber(t) == nil,
               case let before = previous.trimmed.trimmingSpaces, !before.isEmpty, !".?!:".contains(before.last!),
               questionItem(before).isItem || Segmenter.marker(before) != nil {
                let hyphenated = before.hasSuffix("-") && before.dropLast().last?.isLowercase == true
                let joined = hyphenated ? before.dropLast() + t : before + " " + t
                out[out.count - 1] = SourceLine(number: previous.number, text: Substring(joined))
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// The time of a post whose author line is split in two, as a board printed from a browser puts the time under the
    /// name ("Anonymous" over "Oct 9, 2024 9:51 AM"), and the lines the two take: line `i`, starting a paragraph, is
    /// the name. A converter that writes every block of the page as a paragraph of its own (mutool) leaves a blank line
    /// between the name and the time, which then stands alone. Nil otherwise.
    static func timeUnderName(_ lines: [SourceLine], at i: Int) -> (posted: Date, lines: Int)? {
        guard i + 1 < lines.count, i == 0 || lines[i - 1].isBlank, PadletLines.mayBeName(lines[i].trimmed) else { return nil }
        if let posted = PadletDates.dateAndTime(lines[i + 1].trimmed) { return (posted, 2) }
        if lines[i + 1].isBlank, i + 2 < lines.count, i + 3 == lines.count || lines[i + 3].isBlank,
           let posted = PadletDates.dateAndTime(lines[i + 2].trimmed) {
            return (posted, 3)
        }
        return nil
    }

    /// Whether a line has enough real words to be text rather than OCR debris ("Ve ol [ ke O wmmsamion").
    /// (Norwegian's short words count as words: "Er vi gode på?" is a question, "Ve ol ke O" debris.)
    static func looksLikeText(_ text: Substring) -> Bool {
        let words = text.split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty else { return false }
        let short = words.filter { $0.count <= 2 && !shortWords.contains($0.lowercased()) }.count
        return !(words.count >= 4 && short * 2 > words.count) && !text.contains("[")
    }

    /// Words of one or two letters that Norwegian and English text is full of.
    private static let shortWords: Set<String> = ["i", "å", "og", "er", "vi", "på", "en", "ei", "et", "at", "av", "om", "så", "de",
                                                  "du", "eg", "me", "ha", "nå", "no", "to", "få", "gå", "da", "jo", "ja", "ny",
                                                  "ut", "in", "is", "it", "of", "we", "an", "a", "or", "on", "be", "if", "my", "so",
                                                  "up", "us"]

    /// A question in an organisers' list: a list item ("2. Hva ...?", "« Hva ...?") or a labelled question
    /// ("Spørsmål 2: Kva ...?"), without its bullet, number or label, and its number if it has one.
    static func questionItem(_ text: Substring) -> (isItem: Bool, body: Substring, number: Int?) {
        let (isItem, body) = listItem(text)
        if isItem { return (true, body, Int(text.prefix(while: { $0.isASCIIDigit })) ?? Segmenter.letterNumber(text)) }
        if let label = Segmenter.marker(text), let number = label.number {
            // A label asks its question after it ("Spørsmål 2: Kva ...?"); a bare number's question ("2 På kva ...?") is no item.
            let wording = label.question == nil ? label.rest : text.first?.isASCIIDigit == false ? label.question ?? "" : ""
            if !wording.isEmpty { return (true, Substring(wording), number) }
        }
        return (false, text, nil)
    }

    /// Strips a bullet, number or letter ("a)") from a list item: ("« Hva ...?" -> "Hva ...?"). A word processor
    /// puts a tab after the bullet ("–\tBudsjettkutt ...").
    static func listItem(_ text: Substring) -> (Bool, Substring) {
        let bullets: Set<Character> = ["«", "•", "-", "–", "*", "¢", "»", "o", "e"]
        if let first = text.first, bullets.contains(first), let gap = text.dropFirst().first, gap == " " || gap == "\t" {
            // A nested list's second bullet printed after the first ("- o Hva ...?") is a mark too.
            let rest = text.dropFirst(2).drop(while: { $0 == "\t" })
            if let second = rest.first, bullets.contains(second), second != first, rest.dropFirst().first == " " { return (true, rest.dropFirst(2)) }
            return (true, rest)
        }
        let digits = text.prefix(while: { $0.isASCIIDigit })
        if !digits.isEmpty, digits.count <= 2, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return (true, text.dropFirst(digits.count + 1).drop(while: { $0 == " " }))
        }
        if Segmenter.letterNumber(text) != nil { return (true, text.dropFirst(2).drop(while: { $0 == " " })) }
        return (false, text)
    }

    /// Whether an author name is a group's name ("Gruppe nrvet-ikke", "Gruppe som Eva skriver for").
    static func isGroupName(_ author: String) -> Bool {
        let lower = author.lowercased()
        // ("Gr1 Skien", "Gr. 4": a group word shortened, with its number.)
        return PadletLines.groupWords.contains { lower.hasPrefix($0) }
            || lower.hasPrefix("gr") && PadletLines.leadingGroupLabel(Substring(author)) != nil
    }

    /// The post's only line when it reads as a title: short, and not a sentence or a question.
    static func titleLine(of post: DraftUnit) -> SourceLine? {
        let text = post.lines.filter { !$0.isBlank }
        guard text.count == 1, let line = text.first else { return nil }
        let t = line.trimmed.trimmingSpaces
        guard t.count <= 60, let last = t.last, !".?!:,".contains(last), !listItem(t).0 else { return nil }
        return line
    }

    /// The text without its bracketed parts: "Frøya og Gloppen (Gruppearbeid 2)" -> "Frøya og Gloppen ".
    static func removingBrackets(_ text: Substring) -> String {
        var out = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
        }
        return out
    }

    /// The group label ending a header part after a comma, and the part before it: "Trondheim, Gruppe 3"
    /// gives ("Gruppe 3", "Trondheim").
    static func trailingGroupLabel(_ part: Substring) -> (String, Substring)? {
        guard let comma = part.lastIndex(of: ","), let (label, after) = PadletLines.leadingGroupLabel(part[part.index(after: comma)...]),
              after.trimmingSpaces.isEmpty else { return nil }
        return (label, part[..<comma])
    }

    /// "Gruppe 3", "Rom 9": the label a group header gives.
    static func groupLabel(word: String, number: Int) -> String {
        let name: String
        switch word {
        case "gruppa", "group": name = "Gruppe"
        case "room": name = "Rom"
        default: name = word.prefix(1).uppercased() + word.dropFirst()
        }
        return "\(name) \(number)"
    }

    private func merge(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set(a)
        return a + b.filter { seen.insert($0).inserted }
    }
}

/// What the walk over a board's lines asks of each line on its own: whether it is a permalink, an
/// author + timestamp line, a section title, a question box's title or a group header. The walk is
/// in order (what a line means depends on the lines before it), but these answers are not, and they
/// were most of its time on one core: `Window` works them out for the next lines on all cores.
struct LineFacts: Sendable {
    var permalink: String?
    /// The lines the permalink takes: 2 where the PDF broke it over two ("https://padlet.com/.../" / "wish/3306119822").
    var permalinkLines = 1
    var isBareLink = false
    var stamp: StampFacts?
    /// What is asked of a line where a paragraph starts; worked out ahead for a line after a blank
    /// one (nil for other lines: the walk asks for it when one of them starts a paragraph).
    var paragraph: ParagraphFacts?

    /// What is asked of a line where a paragraph starts, in this order.
    struct ParagraphFacts: Sendable {
        /// `PadletLines.section` of the line.
        var section: String?
        var isPromptBoxTitle = false
        /// `groupHeader(strict: true)`.
        var strictHeader: PadletTextReader.GroupHeader?

        init(_ t: Substring, _ reader: PadletTextReader) {
            if let name = PadletLines.section(t) {
                // "Dialogtema 1 - AskØygarden" names its theme and its municipalities: a post's header, not a column.
                if let header = reader.groupHeader(t, strict: true), !header.municipalities.isEmpty {
                    strictHeader = header
                } else {
                    section = name
                }
                return
            }
            if PadletTextReader.isPromptBoxTitle(t) { isPromptBoxTitle = true; return }
            strictHeader = reader.groupHeader(t, strict: true)
        }
    }

    /// An author + timestamp line, and what follows from it.
    struct StampFacts: Sendable {
        var stamp: PadletDates.Stamp
        /// The stamp's lines: 2 when it is wrapped over two.
        var consumed: Int
        /// The municipalities the author's name gives, when it names nothing else.
        var authorMunicipalities: [String]?
        var authorIsGroup: Bool
        /// The group header the author's name is, when the group posts as itself and names its municipalities.
        var authorHeader: PadletTextReader.GroupHeader?
        /// The group header on the first line after the stamp (one blank line allowed), with its index.
        var header: (index: Int, header: PadletTextReader.GroupHeader)?
    }

    /// The answers for line `i`, in the order the walk asks: a line that is a permalink is not asked
    /// whether it is a stamp, and so on.
    init(_ i: Int, _ lines: [SourceLine], _ reader: PadletTextReader) {
        let line = lines[i]
        guard !line.isBlank else { return }
        let t = line.trimmed
        if let url = PadletLines.permalink(t) { permalink = url; return }
        if i + 1 < lines.count, let url = PadletLines.brokenPermalink(t, lines[i + 1].trimmed) {
            permalink = url
            permalinkLines = 2
            return
        }
        if PadletLines.isBareLink(t) { isBareLink = true; return }
        var found = PadletDates.stamp(t)
        var consumed = 1
        if found == nil, i + 1 < lines.count, let wrapped = PadletDates.wrappedStamp(t, lines[i + 1].trimmed) {
            found = wrapped
            consumed = 2
        }
        if found == nil, let (posted, taken) = PadletTextReader.timeUnderName(lines, at: i) {
            found = PadletDates.Stamp(author: PadletDates.cleanAuthor(t), posted: posted)
            consumed = taken
        }
        if found == nil, i + 1 < lines.count, i == 0 || lines[i - 1].isBlank, let next = PadletDates.stamp(lines[i + 1].trimmed),
           PadletDates.isWrappedAuthor(t, before: next.author) {
            // "SISSEL HOLM-JENSEN (REFERENT FOR" / "GRUPPE 2) NOV 12, 2020 10:19AM": the author's name wrapped before the date.
            found = PadletDates.Stamp(author: PadletDates.cleanAuthor(t) + " " + next.author, posted: next.posted)
            consumed = 2
        }
        if let found {
            // (A chat names the author's workplace after the name: "Hansen, Kari (Sandnes kommune)".)
            let authorPlaces = reader.places.headerMunicipalities(found.affiliation ?? found.author)
            var facts = StampFacts(stamp: found, consumed: consumed,
                                   authorMunicipalities: authorPlaces.complete ? authorPlaces.municipalities : nil,
                                   authorIsGroup: PadletTextReader.isGroupName(found.author))
            if facts.authorIsGroup, let header = reader.groupHeader(Substring(found.author), strict: false), !header.municipalities.isEmpty {
                facts.authorHeader = header
            }
            let after = i + consumed
            if let next = lines[after...].firstIndex(where: { !$0.isBlank }), next - after <= 1,
               let header = reader.groupHeader(lines[next].trimmed, strict: false) {
                facts.header = (next, header)
            }
            stamp = facts
            return
        }
        if i == 0 || lines[i - 1].isBlank { paragraph = ParagraphFacts(t, reader) }
    }

    /// The facts of the lines from one line on, worked out on all cores; a line outside is worked
    /// out when asked.
    struct Window {
        private var start = 0
        private var facts: [LineFacts] = []
        static let size = 8192

        /// The facts of line `i`: the walk asks for lines in order, so a line past the window starts the next.
        mutating func at(_ i: Int, _ lines: [SourceLine], _ reader: PadletTextReader) -> LineFacts {
            if i < start { return LineFacts(i, lines, reader) }
            if i >= start + facts.count {
                start = i
                let count = min(Window.size, lines.count - i)
                facts = Parallel.map(count, minimumChunk: 256) { LineFacts(i + $0, lines, reader) }
            }
            return facts[i - start]
        }
    }
}

/// Group headers already read, by line and strictness. A board's group headers repeat across its
/// posts (in a CSV export every post of a group carries the group's title), and reading one looks
/// each of its parts up in the gazetteer. `groupHeader` depends only on the line, so its answer is
/// kept: in the reader, so for one load; shared by the threads that read a table's rows; emptied
/// when it holds `limit` lines (a text export sends every paragraph's first line).
final class GroupHeaderCache: @unchecked Sendable {
    private var strictHeaders: [String: PadletTextReader.GroupHeader?] = [:]
    private var looseHeaders: [String: PadletTextReader.GroupHeader?] = [:]
    private let lock = NSLock()
    static let limit = 10_000

    /// The header of `text`, read by `read` the first time.
    func header(of text: Substring, strict: Bool, read: () -> PadletTextReader.GroupHeader?) -> PadletTextReader.GroupHeader? {
        let key = String(text)
        lock.lock()
        let known = strict ? strictHeaders[key] : looseHeaders[key]
        lock.unlock()
        if let known { return known }
        let header = read()
        lock.lock()
        defer { lock.unlock() }
        if strict {
            if strictHeaders.count >= GroupHeaderCache.limit { strictHeaders.removeAll(keepingCapacity: true) }
            strictHeaders[key] = .some(header)
        } else {
            if looseHeaders.count >= GroupHeaderCache.limit { looseHeaders.removeAll(keepingCapacity: true) }
            looseHeaders[key] = .some(header)
        }
        return header
    }
}
