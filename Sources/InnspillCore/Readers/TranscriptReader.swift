import Foundation

/// Reads the transcript of a plenary where each group's rapporteur reports back: WebVTT, as Teams and Zoom download
/// it (cues with a time and `<v Speaker>` what was said), and a Teams transcript saved as text ("Kari Lunde   2:44"
/// over what was said, under the meeting's start, "23. oktober 2024, 11:02"). A meeting's chat reads the same way, a
/// message for a turn: Zoom's saved chat ("10:14:33 From  Kari Lunde  to  Everyone:" over the message, or on one line
/// in older versions) and Google Meet's (.sbv: a time line over "Kari Lunde : message"); private messages, reactions
/// and a reply's quote are not what was said to everyone.
///
/// A speaker's cues in a row are one turn, and so are the turns of one speaker that another's word or two
/// ("Mhm.") interrupts. The chair is the speaker with the most turns: their turns are the organisers' (a prompt
/// when they ask a question or call on a group, nothing when they only thank), the others' are posts by the
/// speaker. A post's group is the one its rapporteur names ("Gruppe én, det var Askøy, Øygarden og Alver.", in
/// words or figures), or the one the chair called on just before ("Gruppe 2?"); its municipalities are those of the
/// sentence near the start that names most of them. A post's time is the meeting's start and the turn's offset,
/// when the transcript gives the start.
///
/// ```swift
/// let result = TranscriptReader(places: places).read(SourceLine.split(vtt))
/// result.drafts.first { $0.kind == .post }?.author   // "Eirik Vik"
/// ```
struct TranscriptReader {
    let places: PlaceNames

    /// What one speaker said at once: a cue, or a speaker's paragraph.
    struct Turn {
        var speaker: String
        /// Seconds from the start of the meeting.
        var offset: Int?
        /// The lines of what was said (a cue's text without its markup).
        var lines: [SourceLine]
        /// The cue's id and time, or the speaker's line: kept for `raw`.
        var headerLines: [SourceLine]

        var text: String { lines.map { String($0.text) }.joined(separator: " ") }
        var wordCount: Int { lines.reduce(0) { $0 + $1.text.split(separator: " ").count } }
    }

    /// Whether a text is a transcript: WebVTT, or at least three of Teams' speaker lines, or two of a chat's message
    /// lines, among the first lines.
    static func isTranscript(_ lines: some Sequence<Substring>) -> Bool {
        var speakerLines = 0, messageLines = 0
        for (k, line) in lines.prefix(400).enumerated() {
            if k == 0, line.hasPrefix("WEBVTT") { return true }
            if speakerLine(line) != nil { speakerLines += 1 }
            if chatMessageLine(line) != nil { messageLines += 1 }
            if speakerLines >= 3 || messageLines >= 2 { return true }
        }
        return false
    }

    /// Reads a transcript or chat. `day` is the meeting's day when the file's name or folder gives it ("2025-03-18"):
    /// a chat's times are clock times of that day.
    func read(_ lines: [SourceLine], day: Date? = nil) -> ReadResult {
        var result = ReadResult(format: "transcript")
        let isVTT = lines.first?.trimmed.hasPrefix("WEBVTT") ?? false
        var start: Date?
        let cues: [Turn]
        let messages = TranscriptReader.chatMessages(lines)
        if !messages.isEmpty {
            cues = messages
            result.format = "chat"
            // Zoom writes the clock time; Google Meet the time into the meeting, whose start is not in the file.
            if lines.contains(where: { TranscriptReader.chatMessageLine($0.trimmed)?.clock == true }) { start = day }
        } else if isVTT {
            cues = TranscriptReader.vttCues(lines)
        } else {
            cues = TranscriptReader.speakerParagraphs(lines)
            // Above the first speaker: the recording's name and the meeting's start ("23. oktober 2024, 11:02").
            let firstSpeaker = cues.first?.headerLines.first?.number ?? Int.max
            let above = lines.prefix(while: { $0.number < firstSpeaker }).filter { !$0.isBlank }
            if let first = above.first, PadletDates.dateAndTime(first.trimmed) == nil { result.title = TranscriptReader.recordingTitle(first.trimmed) }
            start = above.lazy.compactMap { PadletDates.dateAndTime($0.trimmed) }.first
        }
        result.date = start.map(Calendar.utcStartOfDay)
        // A chat's messages are each the sender's own (a rapporteur may send a group's answers one by one); in a chat
        // the host, who opens it, is the chair among senders of as many messages.
        let isChat = !messages.isEmpty
        let turns = isChat ? cues : TranscriptReader.turns(cues)
        let chair = TranscriptReader.chair(of: turns, firstAmongEquals: isChat)
        var calledGroup: String?
        var groupOfSpeaker: [String: String] = [:]
        for turn in turns {
            var draft = DraftUnit(kind: .post, firstLine: turn.headerLines.first?.number ?? turn.lines.first?.number ?? 1)
            draft.headerLines = turn.headerLines
            draft.lines = turn.lines
            if let offset = turn.offset, let start { draft.posted = start.addingTimeInterval(TimeInterval(offset)) }
            let sentences = GroupMention.sentences(turn.text)
            if turn.speaker == chair {
                // The chair's turn: a question asked, or a group called on; thanks alone are no unit.
                let asked = sentences.last { $0.hasSuffix("?") && $0.split(separator: " ").count >= 4 }
                calledGroup = sentences.compactMap(GroupMention.label).last ?? calledGroup
                guard asked != nil || sentences.contains(where: { $0.hasSuffix("?") }) else { continue }
                draft.kind = .prompt
                draft.author = turn.speaker
                if let asked {
                    // A prompt's text is its question (on the line where the question starts), its number the one it is
                    // asked under ("Spørsmål 2: Hva trenger dere?"), for the answers that give it.
                    let question = TranscriptReader.questionAsked(asked)
                    if let number = Segmenter.marker(asked)?.number { draft.questionNumber = number }
                    let line = turn.lines.first { $0.text.contains(question.prefix(20)) } ?? turn.lines[turn.lines.count - 1]
                    draft.question = question
                    draft.lines = [SourceLine(number: line.number, text: Substring(question))]
                }
                result.drafts.append(draft)
                continue
            }
            draft.author = TranscriptReader.withoutAffiliation(turn.speaker)
            let opening = sentences.prefix(3)
            draft.group = opening.lazy.compactMap(GroupMention.label).first ?? calledGroup
            draft.municipalities = GroupMention.municipalities(in: opening, places: places)
            // A chat's next message from the same sender goes on with the group's answers ("Spm 2: ...").
            if isChat, draft.group == nil, let earlier = groupOfSpeaker[turn.speaker] {
                draft.group = earlier
            }
            if let group = draft.group { groupOfSpeaker[turn.speaker] = group }
            calledGroup = nil
            result.drafts.append(draft)
        }
        return result
    }

    /// The cues of a WebVTT file: an optional id line, the time line ("00:00:22.651 --> 00:00:28.437"), and the text,
    /// its speaker in `<v Name>` (or "Name: " as Zoom writes it) and other markup left out.
    static func vttCues(_ lines: [SourceLine]) -> [Turn] {
        var cues: [Turn] = []
        var k = 0
        while k < lines.count {
            guard lines[k].text.contains("-->") else { k += 1; continue }
            var header = [lines[k]]
            if k > 0, !lines[k - 1].isBlank, !lines[k - 1].trimmed.hasPrefix("WEBVTT") { header.insert(lines[k - 1], at: 0) }
            let offset = seconds(lines[k].trimmed.prefix { $0 != " " && $0 != "-" })
            k += 1
            var speaker = ""
            var text: [SourceLine] = []
            while k < lines.count, !lines[k].isBlank, !lines[k].text.contains("-->") {
                var line = lines[k].trimmed
                if line.hasPrefix("<v"), let close = line.firstIndex(of: ">") {
                    speaker = String(line[line.index(line.startIndex, offsetBy: 2)..<close].trimmingSpaces)
                    line = line[line.index(after: close)...]
                } else if speaker.isEmpty, let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 40,
                          PadletLines.mayBeName(line[..<colon]) {
                    speaker = String(line[..<colon])
                    line = line[line.index(after: colon)...]
                }
                let plain = withoutTags(line).trimmingSpaces
                if !plain.isEmpty { text.append(SourceLine(number: lines[k].number, text: Substring(plain))) }
                k += 1
            }
            if !text.isEmpty { cues.append(Turn(speaker: speaker, offset: offset, lines: text, headerLines: header)) }
        }
        return cues
    }

    /// The paragraphs under Teams' speaker lines ("Kari Lunde   2:44"): what each speaker said, up to a blank line.
    static func speakerParagraphs(_ lines: [SourceLine]) -> [Turn] {
        var turns: [Turn] = []
        var k = 0
        while k < lines.count {
            guard let (speaker, offset) = speakerLine(lines[k].trimmed) else { k += 1; continue }
            let header = lines[k]
            k += 1
            var text: [SourceLine] = []
            while k < lines.count, !lines[k].isBlank, speakerLine(lines[k].trimmed) == nil {
                text.append(SourceLine(number: lines[k].number, text: lines[k].trimmed))
                k += 1
            }
            if !text.isEmpty { turns.append(Turn(speaker: speaker, offset: offset, lines: text, headerLines: [header])) }
        }
        return turns
    }

    /// The messages of a meeting's chat, each a turn by its sender at its time: Zoom's ("10:14:33 From  Kari Lunde  to
    /// Everyone:" over tab-indented lines, or "09:52:12\t From  Kari Lunde : message" on one line) and Google Meet's
    /// (.sbv: "00:18:44.120,00:18:44.120" over "Kari Lunde : message"). Messages sent privately, reactions ("Reacted
    /// to "..." with 👍") and the quote a reply starts with ("Replying to "..."") are left out. Empty for other text.
    static func chatMessages(_ lines: [SourceLine]) -> [Turn] {
        var turns: [Turn] = []
        var k = 0
        while k < lines.count {
            guard let message = chatMessageLine(lines[k].trimmed) else { k += 1; continue }
            var header = [lines[k]]
            var sender = message.sender
            k += 1
            var text: [SourceLine] = []
            if let inline = message.text { text.append(SourceLine(number: header[0].number, text: inline)) }
            if !message.clock {
                // Meet: "Name : message" under the time, and further lines of the message to a blank line.
                guard k < lines.count, let colon = lines[k].trimmed.range(of: " : ") else { continue }
                sender = String(lines[k].trimmed[..<colon.lowerBound].trimmingSpaces)
                header.append(lines[k])
                text.append(SourceLine(number: lines[k].number, text: lines[k].trimmed[colon.upperBound...].trimmingSpaces))
                k += 1
                while k < lines.count, !lines[k].isBlank, chatMessageLine(lines[k].trimmed) == nil {
                    text.append(SourceLine(number: lines[k].number, text: lines[k].trimmed))
                    k += 1
                }
            } else if message.text != nil {
                // Older Zoom: the message on its line, and its further lines under it without a time.
                while k < lines.count, !lines[k].isBlank, chatMessageLine(lines[k].trimmed) == nil {
                    text.append(SourceLine(number: lines[k].number, text: lines[k].trimmed))
                    k += 1
                }
            } else {
                // Zoom: the message's lines are indented with a tab (a reply's quote, a blank line, then the reply).
                while k < lines.count, chatMessageLine(lines[k].trimmed) == nil,
                      lines[k].text.first == "\t" || lines[k].isBlank && k + 1 < lines.count && lines[k + 1].text.first == "\t" {
                    if !lines[k].isBlank { text.append(SourceLine(number: lines[k].number, text: lines[k].trimmed)) }
                    k += 1
                }
            }
            text.removeAll { $0.text.hasPrefix("Replying to \"") || $0.text.hasPrefix("Svarer på \"") }
            let reaction = text.count == 1 && (text[0].text.hasPrefix("Reacted to \"") || text[0].text.hasPrefix("Reagerte på \""))
            guard !message.isPrivate, !reaction, !text.isEmpty else { continue }
            guard !sender.isEmpty else { continue }
            // "Gruppe C: Harstad og Kvæfjord. 1) Kulturskolen som møteplass. 2) ...": the group's header, then its numbered
            // answers on a line of their own, where the segmenter reads a question's number.
            if let first = text.first, let cut = TranscriptReader.answersAfterHeader(first.text) {
                text.replaceSubrange(0...0, with: [SourceLine(number: first.number, text: first.text[..<cut].trimmingSpaces),
                                                   SourceLine(number: first.number, text: first.text[cut...])])
            }
            turns.append(Turn(speaker: sender, offset: message.seconds, lines: text, headerLines: header))
        }
        return turns
    }

    /// Where a question's number starts after a group's header on the same line ("Gruppe A – Tromsø og Karlsøy. Spm 1:
    /// Vi har ...", "Gruppe C: Harstad. 1) ..."): after the end of one of the header's sentences or its colon. Nil when
    /// the line opens with no group or no number follows.
    static func answersAfterHeader(_ line: Substring) -> Substring.Index? {
        let opening = line.prefix(while: { $0 != "." && $0 != ":" && $0 != "(" && $0 != "–" && $0 != "-" })
        guard PadletLines.lowercasedHasPrefix(line, "gruppe") || PadletLines.lowercasedHasPrefix(line, "group"),
              GroupMention.label(String(opening)) != nil else { return nil }
        var index = line.startIndex
        while let stop = line[index...].firstIndex(where: { $0 == "." || $0 == ":" }) {
            let rest = line[line.index(after: stop)...].drop(while: { $0 == " " })
            if rest.startIndex > line.index(after: stop), Segmenter.marker(rest)?.number != nil { return rest.startIndex }
            index = line.index(after: stop)
        }
        return nil
    }

    /// A chat message's first line: its time in seconds (a clock time for Zoom, the time into the meeting for Meet), the
    /// sender, whether it was sent privately, and the message when it stands on the same line.
    static func chatMessageLine(_ line: Substring) -> (seconds: Int, sender: String, isPrivate: Bool, text: Substring?, clock: Bool)? {
        let t = line.trimmingSpaces
        guard t.utf8.count >= 12, let first = t.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        // Google Meet: "00:18:44.120,00:18:44.120", then "Name : message" on the next line (read as the message's line).
        if t.utf8.count <= 30, let comma = t.firstIndex(of: ","), let start = seconds(t[..<comma].prefix { $0 != "." }),
           seconds(t[t.index(after: comma)...].prefix { $0 != "." }) != nil {
            return (start, "", false, nil, false)
        }
        // Zoom: "HH:MM:SS From  Name  to  Everyone:" or "HH:MM:SS\t From  Name : message".
        let time = t.prefix { $0 != " " && $0 != "\t" }
        guard let clock = seconds(time), time.count == 8 else { return nil }
        let rest = t.dropFirst(time.count).drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix("From ") else { return nil }
        let after = rest.dropFirst(5).drop { $0 == " " }
        var sender: Substring, isPrivate = false, text: Substring?
        if let to = after.range(of: "  to  ") ?? after.range(of: " to ") {
            sender = after[..<to.lowerBound]
            let target = after[to.upperBound...]
            let lower = target.lowercased()
            isPrivate = !(lower.hasPrefix("everyone") || lower.hasPrefix("alle")) || lower.contains("privately") || lower.contains("direct message")
            if let colon = target.range(of: " : ") { text = target[colon.upperBound...].trimmingSpaces }
        } else if let colon = after.range(of: " : ") {
            sender = after[..<colon.lowerBound]
            text = after[colon.upperBound...].trimmingSpaces
        } else if after.hasSuffix(":") {
            sender = after.dropLast()
        } else {
            return nil
        }
        sender = sender.trimmingSpaces
        guard !sender.isEmpty, sender.count <= 60 else { return nil }
        return (clock, String(sender), isPrivate, text, true)
    }

    /// The last date written "2025-03-18" in a file's path (Zoom names the folder of a meeting's chat by its day).
    static func day(inPath path: String) -> Date? {
        let bytes = Array(path.utf8)
        guard bytes.count >= 10 else { return nil }
        for start in stride(from: bytes.count - 10, through: 0, by: -1) {
            let piece = bytes[start..<start + 10]
            let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
            guard piece.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 ? $0.element == 0x2D : isDigit($0.element) }),
                  start == 0 || !isDigit(bytes[start - 1]), start + 10 == bytes.count || !isDigit(bytes[start + 10]) else { continue }
            if let date = ISODate.parse(String(decoding: piece, as: UTF8.self)) { return date }
        }
        return nil
    }

    /// A Teams speaker line: a name, two or more spaces and the offset ("Tom Andersen (Arendal kommune)   1:12",
    /// "Kari Lunde   1:02:44"): the name and the offset in seconds.
    static func speakerLine(_ line: Substring) -> (speaker: String, offset: Int)? {
        let t = line.trimmingSpaces
        guard let last = t.last, last.isASCIIDigit, t.utf8.count <= 90, let gap = t.range(of: "  ", options: .backwards) else { return nil }
        let name = t[..<gap.lowerBound].trimmingSpaces, time = t[gap.upperBound...].trimmingSpaces
        guard !name.isEmpty, PadletLines.mayBeName(withoutAffiliation(String(name))[...]), let offset = seconds(time) else { return nil }
        return (String(name), offset)
    }

    /// Seconds of "m:ss", "h:mm:ss" or "hh:mm:ss.mmm"; nil for other text.
    static func seconds(_ text: some StringProtocol) -> Int? {
        let parts = text.split(separator: ":")
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        var total = 0
        for (k, part) in parts.enumerated() {
            let whole = k == parts.count - 1 ? part.prefix { $0 != "." && $0 != "," } : part
            guard whole.count <= 2, let value = Int(whole) else { return nil }
            total = total * 60 + value
        }
        return total
    }

    /// Turns from cues: a speaker's cues in a row are one turn, and a word or two from another speaker between two
    /// turns of one speaker ("Mhm.") does not end it.
    static func turns(_ cues: [Turn]) -> [Turn] {
        var turns: [Turn] = []
        for cue in cues {
            if let last = turns.last, last.speaker == cue.speaker {
                turns[turns.count - 1].lines += cue.lines
                turns[turns.count - 1].headerLines += cue.headerLines
            } else if turns.count >= 2, let last = turns.last, last.wordCount <= 2, turns[turns.count - 2].speaker == cue.speaker {
                turns.removeLast()
                turns[turns.count - 1].lines += cue.lines
                turns[turns.count - 1].headerLines += cue.headerLines
            } else {
                turns.append(cue)
            }
        }
        return turns
    }

    /// The chair: of two or more speakers, the one with the most turns; nil when one speaker alone speaks or no one has
    /// more turns than the others, unless `firstAmongEquals` (a chat, which its host opens) makes it the first of them.
    static func chair(of turns: [Turn], firstAmongEquals: Bool = false) -> String? {
        var count: [String: Int] = [:]
        for turn in turns { count[turn.speaker, default: 0] += 1 }
        guard count.count >= 2, let most = count.values.max(),
              firstAmongEquals || count.values.filter({ $0 == most }).count == 1 else { return nil }
        return turns.first { count[$0.speaker] == most }?.speaker
    }

    /// The question itself, after an introduction ending in a colon ("Spørsmålet dere har snakket om er: Hva skal til ...?").
    static func questionAsked(_ sentence: String) -> String {
        guard let colon = sentence.lastIndex(of: ":") else { return sentence }
        let question = sentence[sentence.index(after: colon)...].trimmingSpaces
        return question.split(separator: " ").count >= 3 ? String(question) : sentence
    }

    /// A speaker's name without the organisation Teams writes after it ("Ingrid Myhre (Osterøy kommune)").
    static func withoutAffiliation(_ speaker: String) -> String {
        guard speaker.hasSuffix(")"), let open = speaker.lastIndex(of: "(") else { return speaker }
        let name = speaker[..<open].trimmingSpaces
        return name.isEmpty ? speaker : String(name)
    }

    /// The meeting's name in a recording's title ("Dialogseminar Agder-20241023_110212-Møteopptak" names "Dialogseminar Agder").
    static func recordingTitle(_ line: Substring) -> String {
        let t = line.trimmingSpaces
        guard let dash = t.firstIndex(of: "-"), t[t.index(after: dash)...].prefix(8).allSatisfy(\.isASCIIDigit),
              t[t.index(after: dash)...].count >= 8 else { return String(t) }
        return String(t[..<dash].trimmingSpaces)
    }

    /// A cue's text without its markup (`<i>`, `</v>`, `<c.yellow>`).
    static func withoutTags(_ text: Substring) -> String {
        var out = ""
        var inTag = false
        for c in text {
            if c == "<" { inTag = true } else if c == ">", inTag { inTag = false } else if !inTag { out.append(c) }
        }
        return out
    }
}
