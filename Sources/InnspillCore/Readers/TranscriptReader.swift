import Foundation

/// Reads the transcript of a plenary where each group's rapporteur reports back: WebVTT, as Teams and Zoom download
/// it (cues with a time and `<v Speaker>` what was said), and a Teams transcript saved as text ("Kari Lunde   2:44"
/// over what was said, under the meeting's start, "23. oktober 2024, 11:02").
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

    /// Whether a text is a transcript: WebVTT, or at least three of Teams' speaker lines among the first lines.
    static func isTranscript(_ lines: some Sequence<Substring>) -> Bool {
        var speakerLines = 0
        for (k, line) in lines.prefix(400).enumerated() {
            if k == 0, line.hasPrefix("WEBVTT") { return true }
            if speakerLine(line) != nil { speakerLines += 1 }
            if speakerLines >= 3 { return true }
        }
        return false
    }

    func read(_ lines: [SourceLine]) -> ReadResult {
        var result = ReadResult(format: "transcript")
        let isVTT = lines.first?.trimmed.hasPrefix("WEBVTT") ?? false
        var start: Date?
        let cues: [Turn]
        if isVTT {
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
        let turns = TranscriptReader.turns(cues)
        let chair = TranscriptReader.chair(of: turns)
        var calledGroup: Int?
        for turn in turns {
            var draft = DraftUnit(kind: .post, firstLine: turn.headerLines.first?.number ?? turn.lines.first?.number ?? 1)
            draft.headerLines = turn.headerLines
            draft.lines = turn.lines
            if let offset = turn.offset, let start { draft.posted = start.addingTimeInterval(TimeInterval(offset)) }
            let sentences = GroupMention.sentences(turn.text)
            if turn.speaker == chair {
                // The chair's turn: a question asked, or a group called on; thanks alone are no unit.
                let asked = sentences.last { $0.hasSuffix("?") && $0.split(separator: " ").count >= 4 }
                calledGroup = sentences.compactMap(GroupMention.number).last ?? calledGroup
                guard asked != nil || sentences.contains(where: { $0.hasSuffix("?") }) else { continue }
                draft.kind = .prompt
                draft.author = turn.speaker
                if let asked {
                    // A prompt's text is its question (on the line where the question starts).
                    let question = TranscriptReader.questionAsked(asked)
                    let line = turn.lines.first { $0.text.contains(question.prefix(20)) } ?? turn.lines[turn.lines.count - 1]
                    draft.question = question
                    draft.lines = [SourceLine(number: line.number, text: Substring(question))]
                }
                result.drafts.append(draft)
                continue
            }
            draft.author = TranscriptReader.withoutAffiliation(turn.speaker)
            let opening = sentences.prefix(3)
            if let n = opening.lazy.compactMap(GroupMention.number).first ?? calledGroup { draft.group = "Gruppe \(n)" }
            calledGroup = nil
            draft.municipalities = GroupMention.municipalities(in: opening, places: places)
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

    /// The chair: of two or more speakers, the one with the most turns (the first to speak among equals); nil when
    /// one speaker alone speaks or no one has more turns than the others.
    static func chair(of turns: [Turn]) -> String? {
        var count: [String: Int] = [:]
        for turn in turns { count[turn.speaker, default: 0] += 1 }
        guard count.count >= 2, let most = count.values.max(), count.values.filter({ $0 == most }).count == 1 else { return nil }
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
