import Foundation

/// Reads an e-mail thread copied or saved as text, as groups mail their answers to the organiser: each message
/// under its header ("Fra:"/"From:", "Sendt:"/"Sent:", "Til:", "Emne:"/"Subject:") is a post by its sender, at the
/// time it was sent, with the group and municipalities its first lines name ("Her kommer svarene fra gruppe 2 (Vefsn,
/// Grane og Hattfjelldal)."). The message that starts the thread (its subject without "SV:"/"Re:") is the
/// organisers': its questions are prompts. A message alone (no reply in the file) that names its group, in its first
/// lines or its subject ("Svar fra gruppe 4"), is that group's post. Left out: automatic replies, a message quoted again under a reply, the
/// quoted text ("> ...", "... skrev ...:"), greetings, signatures ("Mvh", "Hilsen Kari" and what follows, "Sendt fra min iPhone")
/// and confidentiality notices. A reply written between the quoted questions keeps the questions' numbers, so its
/// answers link to them.
///
/// ```swift
/// let result = EmailReader(places: places).read(SourceLine.split(thread))
/// result.drafts.first { $0.kind == .post }?.author   // "Lise Hansen"
/// ```
struct EmailReader {
    let places: PlaceNames

    /// Whether a text is an e-mail thread: two message headers ("Fra:" with "Sendt:" under it) among its first lines.
    static func isThread(_ lines: [Substring]) -> Bool {
        var headers = 0
        for k in lines.indices.dropLast() where lines[k].utf8.count <= 300 && headerField(lines[k])?.field == .from
            && headerField(lines[k + 1])?.field == .sent {
            headers += 1
            if headers >= 2 { return true }
        }
        return false
    }

    enum Field { case from, sent, to, cc, subject }

    /// A header line's field and value ("Fra: Kari Nilsen <kari@...>" is the sender).
    static func headerField(_ line: Substring) -> (field: Field, value: Substring)? {
        guard let colon = line.prefix(12).firstIndex(of: ":") else { return nil }
        let name = line[..<colon].trimmingSpaces.lowercased()
        let value = line[line.index(after: colon)...].trimmingSpaces
        switch name {
        case "fra", "from": return (.from, value)
        case "sendt", "sent", "dato", "date": return (.sent, value)
        case "til", "to": return (.to, value)
        case "kopi", "cc": return (.cc, value)
        case "emne", "subject": return (.subject, value)
        default: return nil
        }
    }

    func read(_ lines: [SourceLine]) -> ReadResult {
        var result = ReadResult(format: "email")
        let starts = lines.indices.filter { k in
            k + 1 < lines.count && EmailReader.headerField(lines[k].trimmed)?.field == .from
                && EmailReader.headerField(lines[k + 1].trimmed)?.field == .sent
        }
        // In a thread (a file with replies in it), the message that is no reply starts it: the organisers'. Alone, a
        // message that names its group is that group's answer.
        let isThread = starts.contains { start in
            lines[start...].prefix { !$0.isBlank }.contains { line in
                EmailReader.headerField(line.trimmed).map { $0.field == .subject && EmailReader.isReply(String($0.value)) } ?? false
            }
        }
        var seen = Set<String>()
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : lines.count
            var header: [SourceLine] = []
            var from = "", sent: Date?, subject = ""
            var k = start
            while k < end, !lines[k].isBlank, let (field, value) = EmailReader.headerField(lines[k].trimmed) {
                switch field {
                case .from: from = String(value.prefix { $0 != "<" }.trimmingSpaces)
                case .sent: sent = EmailReader.date(value)
                case .subject: subject = String(value)
                case .to, .cc: break
                }
                header.append(lines[k])
                k += 1
            }
            // A message quoted again under a reply (same sender, same time) is read once.
            guard seen.insert("\(from)|\(sent.map(ISODate.string) ?? "")").inserted, !EmailReader.isAutomaticReply(subject) else { continue }
            if result.title == nil { result.title = EmailReader.withoutReplyMarks(subject) }
            var draft = DraftUnit(kind: .post, firstLine: lines[start].number)
            draft.author = from.isEmpty ? nil : from
            draft.posted = sent
            draft.headerLines = header
            draft.lines = EmailReader.body(lines[k..<end])
            guard draft.hasText else { continue }
            if EmailReader.isReply(subject) || !isThread { nameTheGroup(&draft, subject: subject) }
            if !EmailReader.isReply(subject), isThread || draft.group == nil {
                draft.kind = .prompt
                result.drafts += PadletTextReader.prompts(from: draft)
                continue
            }
            // The organisers' numbered questions quoted in the reply ("> 1. Hva ...?" under "Den 13.01.2025 16:20, skrev
            // Tone Moe:"): prompts, which the answers' numbers link to (one per question: see below).
            result.drafts += EmailReader.quotedQuestions(lines[k..<end])
            result.drafts.append(draft)
        }
        // A question quoted in replies, or quoted and asked in the organisers' message too, is one prompt, the first.
        var prompted = Set<String>()
        result.drafts.removeAll { $0.kind == .prompt && $0.question.map { !prompted.insert($0).inserted } == true }
        result.date = result.drafts.compactMap(\.posted).min().map(Calendar.utcStartOfDay)
        return result
    }

    /// The group and municipalities the message's first lines name: a group's header on a line of its own ("Gruppe 3:
    /// Alstahaug, Leirfjord og Herøy"), or a sentence ("Her kommer svarene fra gruppe 2 (Vefsn, Grane og Hattfjelldal).");
    /// that line is the post's header, not its text. A group before the answer on its line ("Gruppe 4 (Vefsn og
    /// Alstahaug): Vi ønsker ...") leaves the answer as the line's text. Else the group the subject names ("Svar fra
    /// gruppe 4").
    private func nameTheGroup(_ draft: inout DraftUnit, subject: String) {
        let board = PadletTextReader(places: places, readsBoardHeader: false)
        for index in draft.lines.indices.prefix(4) where !draft.lines[index].isBlank {
            let line = draft.lines[index].trimmed.trimmingSpaces
            if let opening = board.answerAfterGroup(line) {
                draft.group = opening.header.group
                draft.municipalities = opening.header.municipalities
                draft.lines[index] = SourceLine(number: draft.lines[index].number, text: opening.answer)
                return
            }
            let sentences = GroupMention.sentences(String(line))
            if let header = board.groupHeader(line, strict: true), header.group != nil {
                draft.group = header.group
                draft.municipalities = header.municipalities
            } else if let label = sentences.lazy.compactMap(GroupMention.label).first {
                draft.group = label
                draft.municipalities = GroupMention.municipalities(in: sentences, places: places)
            } else {
                continue
            }
            draft.headerLines.append(draft.lines[index])
            draft.lines.remove(at: index)
            return
        }
        if let label = GroupMention.label(EmailReader.withoutReplyMarks(subject)) { draft.group = label }
    }

    /// A message's own words: without quoted text, greetings, the signature and notices. A quoted numbered question with
    /// an answer under it stays, unquoted, as the answer's mark.
    static func body(_ lines: ArraySlice<SourceLine>) -> [SourceLine] {
        var out: [SourceLine] = []
        var k = lines.startIndex
        while k < lines.endIndex {
            let line = lines[k]
            let t = line.trimmed.trimmingSpaces
            if t.hasPrefix("____") || t == "--" || isSignOff(t) || isOriginalMessageRule(t) { break }
            if t.hasPrefix(">") {
                // "> 1. Hva er ...?" over the writer's own answer: the answer's question.
                let quoted = t.drop { $0 == ">" || $0 == " " }
                let answered = lines[(k + 1)...].first { !$0.isBlank }.map { !$0.trimmed.hasPrefix(">") } ?? false
                if answered, let marker = Segmenter.marker(quoted), marker.number != nil {
                    out.append(SourceLine(number: line.number, text: quoted))
                }
                k += 1
                continue
            }
            if isQuoteIntro(t) || isGreeting(t) || isNotice(t) { k += 1; continue }
            out.append(line)
            k += 1
        }
        while out.last?.isBlank == true { out.removeLast() }
        while out.first?.isBlank == true { out.removeFirst() }
        return out
    }

    /// The numbered questions among a message's quoted lines ("> 1. Hva er den viktigste endringen ...?"), as prompts.
    static func quotedQuestions(_ lines: ArraySlice<SourceLine>) -> [DraftUnit] {
        var prompts: [DraftUnit] = []
        var numbers = Set<Int>()
        for line in lines where line.trimmed.hasPrefix(">") {
            let quoted = line.trimmed.drop { $0 == ">" || $0 == " " }.trimmingSpaces
            guard quoted.hasSuffix("?"), let marker = Segmenter.marker(quoted), let number = marker.number,
                  numbers.insert(number).inserted else { continue }
            let wording = marker.question ?? marker.rest
            guard !wording.isEmpty else { continue }
            var prompt = DraftUnit(kind: .prompt, firstLine: line.number)
            prompt.question = wording
            prompt.questionNumber = number
            prompt.lines = [SourceLine(number: line.number, text: Substring(wording))]
            prompts.append(prompt)
        }
        return prompts
    }

    /// "-----Opprinnelig melding-----", "-----Original Message-----": the quoted message follows.
    static func isOriginalMessageRule(_ line: Substring) -> Bool {
        guard line.hasPrefix("---"), line.hasSuffix("---") else { return false }
        let words = line.trimmingCharacters(in: CharacterSet(charactersIn: "- ")).lowercased()
        return ["opprinnelig melding", "original message", "opphavleg melding", "videresendt melding", "forwarded message"].contains(words)
    }

    /// "Vennlig hilsen", "Mvh", "Med vennlig helsing", "Best regards", "Sendt fra min iPhone", also with the writer's
    /// name after ("Hilsen Kari", "Mvh Kari Nilsen"): the signature starts.
    static func isSignOff(_ line: Substring) -> Bool {
        let lower = line.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",. "))
        if lower.hasPrefix("sendt fra min") || lower.hasPrefix("sent from my") || lower.hasPrefix("få outlook for") { return true }
        for phrase in signOffs where lower.hasPrefix(phrase) {
            if lower.count == phrase.count { return true }
            // A name of up to three capitalised words after the phrase.
            let name = line.dropFirst(phrase.count)
            guard name.first == " " || name.first == "," else { continue }
            let words = name.split(whereSeparator: { $0 == " " || $0 == "," })
            if (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        }
        return false
    }

    private static let signOffs = ["med vennlig hilsen", "vennlig hilsen", "med vennleg helsing", "vennleg helsing", "beste hilsen",
                                   "hilsen", "helsing", "mvh", "best regards", "kind regards", "regards"]

    /// "Den man. 9. sep. 2024 kl. 08:14 skrev Kari Nilsen <...>:", "On Mon, ... wrote:": the quote follows.
    static func isQuoteIntro(_ line: Substring) -> Bool {
        line.hasSuffix(":") && (line.contains(" skrev ") || line.contains(" wrote")) && line.utf8.count <= 200
    }

    /// "Hei Kari,", "Hei alle,", "Hei!", "Hei,": a greeting alone on its line.
    static func isGreeting(_ line: Substring) -> Bool {
        let words = line.split(separator: " ")
        guard let first = words.first?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",!")),
              ["hei", "hallo", "hi", "hello", "kjære", "god morgen"].contains(first), words.count <= 3 else { return false }
        return line.hasSuffix(",") || line.hasSuffix("!") || words.count == 1
    }

    /// A confidentiality notice under a signature.
    static func isNotice(_ line: Substring) -> Bool {
        let lower = line.lowercased()
        return lower.contains("konfidensiell") || lower.contains("confidential")
    }

    static func isReply(_ subject: String) -> Bool {
        let lower = subject.lowercased()
        return ["sv:", "re:", "vs:", "fw:", "fwd:", "aw:"].contains { lower.hasPrefix($0) }
    }

    static func isAutomaticReply(_ subject: String) -> Bool {
        let lower = subject.lowercased()
        return lower.hasPrefix("automatisk svar") || lower.hasPrefix("automatic reply") || lower.hasPrefix("fraværende")
            || lower.hasPrefix("out of office")
    }

    /// The subject without "SV:", "Re:" and the like before it.
    static func withoutReplyMarks(_ subject: String) -> String {
        var s = subject[...]
        while isReply(String(s)), let colon = s.firstIndex(of: ":") { s = s[s.index(after: colon)...].trimmingSpaces }
        return String(s)
    }

    /// The time a message was sent: "mandag 9. september 2024 08:14", "Monday, September 9, 2024 8:14 AM", "9.9.2024 08:14".
    static func date(_ value: Substring) -> Date? {
        if let date = PadletDates.dateAndTime(value) { return date }
        // A weekday before the date: the rest is the date and time.
        let words = value.split(separator: " ")
        guard words.count >= 2 else { return nil }
        return PadletDates.dateAndTime(value[words[1].startIndex...])
    }
}
