import Foundation

/// Splits a post's text into answer segments at question markers: numbers
/// ("1.", "2 På kva områder ..."), question labels ("Spørsmål 2:", "Del 2,
/// spørsmål 1:", OCR'd "Spersmal 1:"), question lines repeated from the task
/// ("Hva trenger vi svar på?"), and per-municipality lines ("-Tingvoll: ...").
/// Every line of the post after the first marker is in one segment: a question line with no answer under it joins
/// the answer before it (or heads the municipalities' answers after it).
enum Segmenter {
    struct Segment: Sendable {
        /// A slice of the post's text where the segment's lines follow each other in it (they almost
        /// always do), so the post and its segments hold the text once.
        var text: Substring
        /// The post's text lines the segment spans (from its marker's line), as indices of its lines.
        var lines: Range<Int>
        var number: Int?
        /// The place of its letter, for an answer to a question under a numbered one ("1b)", or "b)" under "Spm. 1:").
        /// (A byte: it fits where `number` leaves room, and a post's segments are many.)
        var letter: UInt8?
        var question: String?
        var municipality: String?
        /// Whether `question` is a heading the group wrote over its answer ("Forventninger:"), not a question asked:
        /// in a section that asks one question, the answer still answers that one.
        var headed = false
    }

    /// Whether a line starts a new line in reflowed text (a bullet or a numbered item).
    static func startsNewLine(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "-–•*»«¢·".contains(first) { return true }
        if marker(text) != nil { return true }
        return false
    }

    /// The segments of a post, or none when it has fewer than two markers. `places` are the names that label a line as
    /// a municipality's answer without a dash ("Ulstein: god dialog ...", "- Volda – ..."): the segmenter knows no
    /// place names, so its caller finds them (`placeLabel`). `tasks` are the task's questions as the load's posts and
    /// prompts ask them: one of them bulleted is a marker ("- Hva trenger vi svar på før vi søker?"), and in a post that
    /// restates one, another question line is the group's own, part of its answer.
    static func segments(of text: String, places: Set<Substring> = [], tasks: TaskQuestions = .none) -> [Segment] {
        // Lines as slices of the text: a line is copied only when a segment joins it.
        let all = text.newlineSeparatedLines
        // Each line, or each answer of a line that answers several in a row, with the line's index in the text,
        // and the markers of the lines.
        var kept: [Int] = []
        var lines: [Substring] = []
        var markers: [(Int, Marker)] = []
        // A post written in headed parts ("Bakgrunn:", then "Forventninger:", then a task's question): a heading alone
        // on its line opens the next part, as the first one opened the first. (Lines of the headings there.)
        let opensWithHeading = all.first(where: { !$0.isEmpty }).flatMap(heading) != nil
        var headings: Set<Int> = []
        // Under "Spørsmål som ønskes besvart:" a numbered list is the group's own questions, part of its answer, not
        // answers to the task's questions 1, 2, ...
        var ownQuestions = false
        for index in all.indices where !all[index].isEmpty {
            let line = all[index]
            var lineMarker = marker(line) ?? placeMarker(line, places: places)
            if ownQuestions, lineMarker?.number != nil, lineMarker?.municipality == nil { lineMarker = nil }
            if lineMarker == nil, Self.introducesOwnQuestions(line) { ownQuestions = true }
            // After municipalities' answers, a label of no place standing alone ("Oppsummering:", "Felles:") heads the
            // group's joint answer: a segment of its own, for no one municipality.
            if lineMarker == nil, line.utf8.last == UInt8(ascii: ":"), markers.contains(where: { $0.1.municipality != nil }),
               let (_, answer) = labelled(line), answer.isEmpty {
                lineMarker = Marker(number: nil, question: nil, municipality: nil, rest: String(line.trimmingSpaces))
            }
            if lineMarker == nil, opensWithHeading, !lines.isEmpty, !isListItem(line), let name = heading(line) {
                lineMarker = Marker(number: nil, question: name, rest: "")
                headings.insert(lines.count)
            }
            if lineMarker == nil, !tasks.isEmpty, let heading = taskQuestionHeading(line, tasks: tasks) {
                // A heading, not an item of a list of questions: the lines around it are no items.
                let next = all[(index + 1)...].first { !$0.isEmpty }
                if line.trimmingSpaces.hasSuffix(":") || !(lines.last.map(isListItem) ?? false) && !(next.map(isListItem) ?? false) {
                    lineMarker = heading
                }
            }
            let pieces = lineMarker?.number.map { inlineAnswers(line, numbered: $0) } ?? [line]
            for piece in pieces {
                if let found = pieces.count == 1 ? lineMarker : marker(piece) { markers.append((lines.count, found)) }
                kept.append(index)
                lines.append(piece)
            }
        }
        func span(_ from: Int, _ to: Int) -> Range<Int> { kept[from] ..< (to < kept.count ? kept[to] : all.count) }
        // In a post that restates a task question, an unnumbered question line the task does not ask, over no list, is
        // the group's own, part of its answer ("Hva er pitchen for å selge det inn til ledelsen?" under "Hva trenger vi
        // svar på før vi søker?"). One over a list heads it ("Hva trenger vi å vite?" over "- Økonomi: ...").
        if markers.contains(where: { $0.1.question.map(tasks.contains) == true }) {
            markers.removeAll { index, found in
                found.number == nil && found.municipality == nil && found.question.map(tasks.contains) == false
                    && !(index + 1 < lines.count && isListItem(lines[index + 1]))
            }
        }
        // One marker is enough when it opens the post with a question's number or label ("3. ...",
        // "Spørsmål 3: ..."): the post answers that question.
        // So is a question standing alone on the post's first line, over the answer ("Hvordan kan kulturskolen bidra i
        // arbeidet med folkehelse?" over "- Vi trenger lærere ...").
        // And a task question anywhere in the post: the lines before it answer another.
        // And a question's label anywhere ("Spørsmål 2: ..." under the answer to question 1).
        let labelled = markers.count == 1 && markers[0].0 == 0
            && (markers[0].1.number != nil || markers[0].1.question != nil && rest(of: markers[0].1, on: lines[0]).isEmpty && lines.count > 1)
            || markers.count == 1 && markers[0].1.question.map(tasks.contains) == true
            || markers.count == 1 && markers[0].1.labelled && markers[0].1.number != nil
        // A post not cut at markers that opens with a heading answers the question the heading names: the round's
        // question, asked aloud, written over the answer ("Forventninger:" over the list) or before it on its line
        // ("Forventninger: Inspirasjon fra andre kulturskoler, ..."). A list item's label ("- Økonomi: ...") is no heading.
        guard markers.count >= 2 || labelled || !headings.isEmpty else {
            guard let first = lines.first, !isListItem(first) else { return [] }
            if lines.count > 1, let heading = heading(first) {
                return [Segment(text: joined(lines[1...], of: text), lines: span(1, lines.count), question: heading, headed: true)]
            }
            // Before the answer on its line, the heading stays in the text: it is part of the sentence.
            if let (name, answer) = Self.labelled(first), answer.utf8.count >= 2, first[name.endIndex...].first == ":",
               let heading = heading(Substring(name + ":")) {
                return [Segment(text: joined(lines[...], of: text), lines: span(0, lines.count), question: heading, headed: true)]
            }
            return []
        }
        var segments: [Segment] = []
        var lastTextLines: [Substring] = []
        var lastStart = 0
        // An unnumbered question line with nothing under it ("Hvordan finansiere kulturskolen?"
        // before "-Tingvoll: ...", "-Sunndal: ...") is not an answer: it is the question of the
        // unnumbered answers after it.
        // A numbered question with nothing under it and answers per municipality after it ("1. Hva ...?",
        // "-Tingvoll: ...") gives them its number as well.
        var carried: String?
        var carriedNumber: Int?
        var headingOverAll: String?
        if markers[0].0 == 1, let heading = heading(lines[0]) {
            // A heading alone over the answers ("Forventninger:" over "-Stjørdal: ...", "Vefsn:") is no answer of its own:
            // it names what they answer.
            carried = heading
            headingOverAll = heading
        } else if markers[0].0 > 1, !isListItem(lines[0]), let heading = heading(lines[0]) {
            // A heading over the lines before the first marker names what they answer ("Forventninger:" over the group's
            // hopes, and the task's questions after them).
            lastTextLines = Array(lines[1..<markers[0].0])
            lastStart = 1
            segments.append(Segment(text: joined(lines[1..<markers[0].0], of: text), lines: span(1, markers[0].0), question: heading,
                                    headed: true))
        } else if markers[0].0 > 0 {
            // Unnumbered lines over "2." or "Spørsmål 2:" answer question 1: the group left out the first number.
            let first = markers[0].1
            let before = first.number == 2 && first.municipality == nil && !first.letterOnly ? 1 : nil
            lastTextLines = Array(lines[..<markers[0].0])
            segments.append(Segment(text: joined(lines[..<markers[0].0], of: text), lines: span(0, markers[0].0), number: before))
        }
        // The numbered answer the lines after it belong to: a municipality's line under it ("1. Den gir barn en arena ..."
        // over "- Bamble: samarbeid med biblioteket") answers the same question.
        var answering: Int?
        // The number standing alone over lettered answers ("Spm. 1:" over "a) ...", "b) ..."): theirs is a question under it.
        var parent: Int?
        for (k, (index, found)) in markers.enumerated() {
            var m = found
            if m.letterOnly, let parent, let letter = m.number { (m.number, m.letter) = (parent, UInt8(letter)) } else if m.number != nil { parent = nil }
            let end = k + 1 < markers.count ? markers[k + 1].0 : lines.count
            var body = lines[(index + 1)..<end]
            var first = rest(of: m, on: lines[index])
            if first.isEmpty, let next = body.first { first = next; body = body.dropFirst() }
            let textLines = ([first] + body).filter { !$0.isEmpty }
            if textLines.isEmpty, m.question == nil, m.letter == nil, let number = m.number { parent = number }
            if m.number != nil { carried = nil; carriedNumber = nil }
            if m.municipality == nil { answering = m.number }
            if textLines.isEmpty && m.number == nil, let question = m.question { carried = question }
            if textLines.isEmpty, let number = m.number, k + 1 < markers.count, markers[k + 1].1.municipality != nil {
                (carried, carriedNumber) = (m.question, number)
                continue
            }
            // An unnumbered question line with nothing under it, after an answer and over no municipality's answers,
            // is the group's own question, asked in its answer ("Hvordan løser man økonomiske barrierer?" under
            // "Spørsmål 2:"): part of that answer's text.
            let nextIsMunicipality = k + 1 < markers.count && markers[k + 1].1.municipality != nil
            if textLines.isEmpty, m.number == nil, m.question != nil, !nextIsMunicipality, !segments.isEmpty {
                lastTextLines.append(lines[index])
                segments[segments.count - 1].text = joined(lastTextLines[...], of: text)
                segments[segments.count - 1].lines = span(lastStart, end)
                carried = nil
                continue
            }
            if textLines.isEmpty && (m.question == nil || m.number == nil) { continue }
            lastTextLines = textLines
            lastStart = index
            segments.append(Segment(text: joined(textLines[...], of: text), lines: span(index, end),
                                    number: m.number ?? carriedNumber ?? (m.municipality != nil ? answering : nil),
                                    letter: m.letter, question: m.question ?? (m.number == nil ? carried : nil), municipality: m.municipality,
                                    headed: headings.contains(index)
                                        || m.question == nil && m.number == nil && carried != nil && carried == headingOverAll))
        }
        // Answers that all carry the same number ("1. Nyttige punkter", "1. Hva vil vi vite mer om?", "1. Hva skal til
        // ...") are a list whose numbering the export lost, as a word processor restarts a list: they answer in order.
        let numbered = segments.indices.filter { segments[$0].number != nil }
        if numbered.count >= 2, let first = segments[numbered[0]].number,
           numbered.allSatisfy({ segments[$0].number == first && segments[$0].letter == nil && segments[$0].municipality == nil }) {
            for (k, index) in numbered.enumerated() { segments[index].number = first + k }
        }
        return segments
    }

    /// A line that is a heading alone: a few words, capitalised, ending in a colon ("Forventninger:", "Våre innspill:"),
    /// without the colon; nil for other lines, and for the label of a participant list ("Gruppen besto av:").
    static func heading(_ line: Substring) -> String? {
        let t = line.trimmingSpaces
        guard t.utf8.last == UInt8(ascii: ":"), t.utf8.count <= 40, t.first?.isUppercase == true,
              !PadletLines.isParticipantListLabel(t) else { return nil }
        let name = t.dropLast().trimmingSpaces
        let words = name.split(separator: " ")
        guard !name.isEmpty, words.count <= 4, !name.contains(where: { ".,;:!?".contains($0) || $0.isNumber }) else { return nil }
        // A sentence's start with its subject ("Vi har tre ønsker:") leads into a list; it names no question.
        guard !Self.subjects.contains(words[0].lowercased()) else { return nil }
        return String(name)
    }

    /// Whether a line introduces the group's own questions: "Spørsmål som ønskes besvart:", "Spørsmål vi har:" (a label
    /// with words after "Spørsmål", not a number: "Spørsmål 2:" labels an answer).
    static func introducesOwnQuestions(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        guard t.utf8.last == UInt8(ascii: ":"), PadletLines.lowercasedHasPrefix(t, "spørsmål ") || PadletLines.lowercasedHasPrefix(t, "spm ")
        else { return false }
        let words = t.dropLast().split(separator: " ")
        return words.count >= 3 && !words[1].contains(where: \.isNumber)
    }

    /// Personal pronouns that open a sentence as its subject (bokmål and nynorsk).
    private static let subjects: Set<String> = ["vi", "me", "jeg", "eg", "du", "dere", "dei", "han", "hun", "ho", "man"]

    /// The place a line is labelled with, as a municipality's answer is written without the dash of "-Tingvoll: ...":
    /// "Ulstein: god dialog med skulane", "- Volda – lærarutdanninga ...", "Sande – ferja styrer alt", or "Sogndal:" over
    /// the answer. Only the name is found here; whether it is a place is the caller's to say.
    ///
    /// ```swift
    /// Segmenter.placeLabel("Ulstein: god dialog med skulane")   // "Ulstein"
    /// Segmenter.placeLabel("Vi har god dialog.")                // nil
    /// ```
    static func placeLabel(_ line: some StringProtocol) -> Substring? { labelled(line)?.name }

    /// A labelled line's name and the answer after its colon or dash (`placeLabel`).
    private static func labelled(_ line: some StringProtocol) -> (name: Substring, answer: Substring)? {
        // On bytes (every line of every post comes here): after an optional bullet, a capital (ASCII, or Æ, Ø, Å and
        // other Latin letters, whose UTF-8 starts 0xC3), then within 30 bytes a colon or a spaced dash, no digit and
        // no sentence's mark before it.
        guard let found = line.utf8.withContiguousStorageIfAvailable({ labelEnd(UnsafeBufferPointer(rebasing: $0.prefix(48))) })
                ?? labelEnd(Array(line.utf8.prefix(48))) else { return nil }
        let (start, end, afterName) = found
        // A dash needs an answer after it; a colon may stand alone over the answer ("Sogndal:").
        let isColon = line.utf8.dropFirst(end).first == UInt8(ascii: ":")
        guard isColon || line.utf8.count > afterName else { return nil }
        let utf8 = line.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start), to = utf8.index(utf8.startIndex, offsetBy: end)
        let name = Substring(line[from..<to])
        let words = name.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || $0 == "i" || $0 == "og" }) else { return nil }
        let answer = Substring(line[utf8.index(utf8.startIndex, offsetBy: min(afterName, utf8.count))...]).trimmingSpaces
        return (name, answer)
    }

    /// Where a label's name starts and ends among a line's first bytes, and where the text after its colon or dash
    /// starts; nil when the bytes hold no label (`placeLabel`).
    private static func labelEnd<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> (start: Int, end: Int, afterName: Int)?
        where Bytes.Index == Int {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == 0x20 { i += 2 }
        else if i + 3 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0xA2, bytes[i + 3] == 0x20 { i += 4 }
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count, (bytes[i] >= UInt8(ascii: "A") && bytes[i] <= UInt8(ascii: "Z")) || bytes[i] == 0xC3 else { return nil }
        let start = i
        var end: Int?
        var afterName = 0
        while i < min(bytes.count, start + 30) {
            let b = bytes[i]
            if b == UInt8(ascii: ":") { end = i; afterName = i + 1; break }
            if b == 0x20, i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == 0x20 { end = i; afterName = i + 3; break }
            if b == 0x20, i + 4 < bytes.count, bytes[i + 1] == 0xE2, bytes[i + 2] == 0x80, bytes[i + 3] == 0x93, bytes[i + 4] == 0x20 {
                end = i; afterName = i + 5; break
            }
            if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!")
                || b == UInt8(ascii: "(") { return nil }
            i += 1
        }
        guard let end else { return nil }
        return (start, end, afterName)
    }

    /// A line that restates one of the task's questions as a heading over the answers to it: bulleted ("- Hva kan
    /// prosjektet bidra med i egen kommune?"), where no list item stands next to it (the caller's to see), or ended
    /// with a colon ("Hva tenker vi prosjektet kan bidra med:"). Other bulleted questions are items of an answer.
    private static func taskQuestionHeading(_ line: Substring, tasks: TaskQuestions) -> Marker? {
        let t = line.trimmingSpaces
        guard t.hasSuffix("?") || t.hasSuffix(":"), tasks.contains(t) else { return nil }
        let (isItem, body) = PadletTextReader.listItem(t)
        guard isItem ? body.first?.isASCIIDigit != true : t.hasSuffix(":") else { return nil }
        let question = body.hasSuffix(":") ? body.dropLast() : body
        return Marker(number: nil, question: String(question.trimmingSpaces), rest: "")
    }

    /// Whether a line is an item of a list: bulleted or numbered ("- ...", "• ...", "1. ...").
    private static func isListItem(_ line: Substring) -> Bool { PadletTextReader.listItem(line.trimmingSpaces).0 }

    /// A line labelled with one of `places` ("Ulstein: ..."): a marker of that municipality's answer.
    private static func placeMarker(_ line: Substring, places: Set<Substring>) -> Marker? {
        guard !places.isEmpty, let (name, answer) = labelled(line), places.contains(name) else { return nil }
        return Marker(number: nil, question: nil, municipality: String(name), rest: String(answer))
    }

    /// A line that answers several questions in a row ("1. Faste møter. 2. Mer tid.", "a) Talent. b) Bibliotek."),
    /// in pieces at each next number or letter after a finished sentence and before a capital; other lines whole.
    ///
    /// ```swift
    /// Segmenter.inlineAnswers("1. Faste møter. 2. Mer tid.", numbered: 1)   // ["1. Faste møter.", "2. Mer tid."]
    /// Segmenter.inlineAnswers("1. Vi møtes i 2. etasje.", numbered: 1)      // one piece
    /// ```
    static func inlineAnswers(_ line: Substring, numbered number: Int) -> [Substring] {
        // Only a line that starts with its number or letter: a label ("Spørsmål 1: ...") is read whole.
        guard let first = line.first, first.isASCIIDigit || letterNumber(line) != nil else { return [line] }
        let lettered = !first.isASCIIDigit
        let upper = first.isUppercase
        // The next numbers are written as the first is: "1. ... 2. ..." or "1) ... 2) ...".
        let separator = line.drop(while: \.isASCIIDigit).first == ")" ? ")" : "."
        var pieces: [Substring] = []
        var start = line.startIndex
        var next = number + 1
        var search = line.index(after: start)
        while true {
            let letter = Character(UnicodeScalar(UInt8(ascii: upper ? "A" : "a") + UInt8(next - 1)))
            let label = lettered ? "\(letter))" : "\(next)\(separator)"
            guard next <= 20, let found = Segmenter.range(of: Array((" " + label + " ").utf8), in: line, from: search) else { break }
            let before = line[..<found.lowerBound].last
            let after = line[found.upperBound...].first
            if let before, ".!?".contains(before), let after, after.isUppercase || after.isNumber {
                pieces.append(line[start..<found.lowerBound])
                start = line.index(after: found.lowerBound)
                next += 1
            }
            search = found.upperBound
        }
        pieces.append(line[start...])
        return pieces
    }

    /// Lines of `text` joined by "\n": a slice of `text` when they stand in it one "\n" apart, else a copy.
    private static func joined(_ lines: ArraySlice<Substring>, of text: String) -> Substring {
        guard let first = lines.first, let last = lines.last else { return "" }
        let utf8 = text.utf8
        var end = first.endIndex
        for line in lines.dropFirst() {
            guard end < utf8.endIndex, utf8[end] == UInt8(ascii: "\n"), utf8.index(after: end) == line.startIndex else {
                return Substring(lines.joined(separator: "\n"))
            }
            end = line.endIndex
        }
        return text[first.startIndex ..< last.endIndex]
    }

    /// The text after a marker on its line: a slice of the line where it ends it (it does, but for trailing spaces).
    private static func rest(of marker: Marker, on line: Substring) -> Substring {
        let rest = marker.rest.utf8
        guard rest.count <= line.utf8.count, line.utf8.suffix(rest.count).elementsEqual(rest) else { return Substring(marker.rest) }
        return line[line.utf8.index(line.endIndex, offsetBy: -rest.count)...]
    }

    /// Whether a numbered line ending in "?" restates `question` (the task's prompt of that number)
    /// rather than answering it: the same letters and digits, or one holding the other.
    ///
    /// ```swift
    /// Segmenter.restates("Hva kan vi samarbeide om?", "1. Hva kan vi samarbeide om?")   // true
    /// Segmenter.restates("Gå dit barna er: SFO. Gratis prøveundervisning?",
    ///                    "Hvordan kan kulturskolen nå barn og unge?")                    // false
    /// ```
    static func restates(_ line: String, _ question: String) -> Bool {
        func letters(_ s: String) -> String {
            String(s.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
        }
        var a = letters(line), b = letters(question)
        // A prompt's own number ("1. Hva ...") is not part of the question.
        a = String(a.drop(while: \.isNumber))
        b = String(b.drop(while: \.isNumber))
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a == b || a.contains(b) || b.contains(a)
    }

    /// Whether `line` is `question` shortened by a group over its answer: the same first word, and its words, three or
    /// more, all in the question in the same order ("Hvordan samhandle tettere?" of "Hvordan kan dere i deres kommune
    /// samhandle tettere for barn og unges beste?", "Hva merket du deg?" of "Hva i Vestre Totens ... presentasjon merket
    /// du deg ved ...?").
    static func shortens(_ line: String, _ question: String) -> Bool {
        func words(_ s: String) -> [Substring] { s.lowercased().split(whereSeparator: { !$0.isLetter }) }
        let short = words(line), long = words(question)
        guard short.count >= 3, short.count < long.count, short.first == long.first else { return false }
        var rest = long[...]
        for word in short {
            guard let at = rest.firstIndex(of: word) else { return false }
            rest = rest[rest.index(after: at)...]
        }
        return true
    }

    struct Marker {
        var number: Int?
        /// The place of the letter after the number ("1b)" is 2), for a question under a numbered one. (A byte, and
        /// the flag after it, fit where `number` leaves room: a marker is made for most lines of a load.)
        var letter: UInt8? = nil
        /// Whether the marker is a letter alone ("b)"), numbered by its letter unless a number stands over it.
        var letterOnly = false
        /// Whether the number has a label that says it numbers a question ("Spørsmål 2:", "Spm 2:"), not a bare number.
        var labelled = false
        var question: String?
        var municipality: String?
        /// Text on the marker line after the marker.
        var rest: String

        /// A numbered or lettered line ("2. ...", "b) ..."): the text after its number is the question when it
        /// asks one, else the answer.
        static func item(_ number: Int, _ rest: String) -> Marker {
            asksOnly(rest) ? Marker(number: number, question: rest, rest: "") : Marker(number: number, question: nil, rest: rest)
        }

        /// Whether the text after a number is a question alone: it ends in "?" and no sentence ends before it ("Vi har for
        /// lite pengar. Kven skal betale?" is an answer that ends with the group's own question).
        static func asksOnly(_ rest: String) -> Bool {
            guard rest.hasSuffix("?") else { return false }
            // (The regular expression only where a sentence could end: most questions have no stop before their mark.)
            return !rest.dropLast().contains { $0 == "." || $0 == "!" || $0 == "?" }
                || rest.dropLast().range(of: #"[.!?] \p{Lu}"#, options: .regularExpression) == nil
        }
    }

    static let interrogatives = ["hva", "kva", "hvordan", "korleis", "hvem", "kven", "hvilke", "hvilken", "kva for",
                                 "hvorfor", "kvifor", "når", "kor", "hvor"]
    /// The question words with the space after them ("hva ", "kva ", "hvordan " ...).
    private static let questionWordStarts = interrogatives.map { $0 + " " }

    /// Whether a line starts with a question word and the space after it ("Hva ...", "Korleis ...").
    ///
    /// ```swift
    /// Segmenter.opensWithQuestionWord("Hva trenger vi?")   // true
    /// Segmenter.opensWithQuestionWord("Hvaler kommune")    // false
    /// ```
    static func opensWithQuestionWord(_ t: Substring) -> Bool {
        // Every question word starts with h, k or n: most lines are ruled out on their first byte.
        guard let first = t.utf8.first.map({ $0 | 0x20 }),
              first == UInt8(ascii: "h") || first == UInt8(ascii: "k") || first == UInt8(ascii: "n") else { return false }
        let start = t.prefix(12)
        return questionWordStarts.contains { PadletLines.lowercasedHasPrefix(start, $0) }
    }

    static func marker(_ line: some StringProtocol) -> Marker? {
        // Each test runs only on lines that can pass it: this is called on every line of large exports.
        guard let head = line.unicodeScalars.first(where: { $0 != " " }) else { return nil }
        let t = line.trimmingSpaces
        // "1. Nyttige punkter", "2) ...", "2 På kva områder ...?"
        if ("0"..."9").contains(head) {
            return subNumbered(t) ?? numberedOnBytes(t) ?? numbered(t)
        }
        // "a) Mestring for alle.", "B) NAV.", "b)" alone: a lettered answer, numbered by its letter.
        if let n = letterNumber(t) {
            let rest = String(t.dropFirst(2).trimmingSpaces)
            var item = Marker.item(n, rest)
            item.letterOnly = true
            return item
        }
        // "II. Skyss mellom Lund og Egersund.": a number in Roman numerals.
        if head == "I" || head == "V" || head == "X", let item = romanNumbered(t) { return item }
        // A bulleted label or number: "•\tSpørsmål 1: ...", "• Til spørsmål 2: ...", "- 1. ..." (Markdown's "* **1.** ...").
        // After "-" or "*", only "1." or "1)": "- 16 Orkland, Osterøy ...?" is a bullet, not question 16.
        let bullet = head == "•" || head == "▪" || head == "·"
        if bullet || (head == "-" || head == "*") && t.dropFirst().first == " " {
            let item = t.dropFirst().trimmingWhitespace
            if bullet || item.first?.isASCIIDigit == true && item.drop(while: \.isASCIIDigit).first.map({ $0 == "." || $0 == ")" }) == true {
                guard let marker = marker(item), marker.number != nil else { return nil }
                return marker
            }
        }
        // "-Tingvoll: ..." per-municipality lines.
        if head == "-" || head == "–" {
            // Most bullet lines have no colon: a byte test before the search among the first Characters.
            guard t.utf8.contains(UInt8(ascii: ":")) else { return nil }
            let body = t.dropFirst().trimmingSpaces
            guard let colon = body.prefix(26).firstIndex(of: ":") else { return nil }
            let name = String(body[..<colon])
            guard name.first?.isUppercase == true, !name.contains(where: { $0.isNumber }), name.split(separator: " ").count <= 3 else {
                return nil
            }
            return Marker(number: nil, question: nil, municipality: name,
                          rest: String(body[body.index(after: colon)...].trimmingSpaces))
        }
        // "Spørsmål 2:", "Spersmal 1:", "Oppgave 2:", "Del 2, spørsmål 1:", "Question 3", "Til spørsmål 1:".
        if startsLikeQuestionLabel(t) {
            let lower = t.prefix(40).lowercased()
            if let match = lower.range(of: #"^(til\s+|svar\s+(på|til)\s+|del\s*\d+\s*,?\s*)?(sp\S{1,3}rsm[aå]l|spm\.?|sp\.?|q|question|oppg[aå]ve)\s*(\d{1,2})(\s*[:.)]|\s+[–-](?=\s))?"#,
                                       options: .regularExpression) {
                // The question's number is the last run of digits: "del 2, spørsmål 12:" asks question 12.
                let label = lower[match].reversed().drop(while: { !$0.isASCIIDigit })
                let number = Int(String(label.prefix(while: \.isASCIIDigit).reversed()))
                let consumed = lower.distance(from: lower.startIndex, to: match.upperBound)
                let rest = String(t.dropFirst(consumed).trimmingSpaces)
                // Without a mark after the number, the answer starts with a capital: "Spm 2 og 3 henger sammen" talks of
                // the questions and answers none.
                if lower[match].last?.isASCIIDigit == true, let next = rest.first, next.isLowercase { return nil }
                // As after a bare number, a question written out after the label is the question, not the answer.
                var found = number.map { Marker.item($0, rest) } ?? Marker(number: nil, question: nil, rest: rest)
                found.labelled = true
                return found
            }
        }
        // A repeated task question standing as its own line.
        if t.hasSuffix("?"), t.count <= 120, opensWithQuestionWord(Substring(t)) { return Marker(number: nil, question: String(t), rest: "") }
        return nil
    }

    /// The number of a lettered item, "a) ..." (1) to "h) ..." (8), in either case; nil for other lines. Only a
    /// letter with a closing bracket, then a space or the line's end: "a." and "A:" also start sentences.
    ///
    /// ```swift
    /// Segmenter.letterNumber("b) Helsestasjonen og PPT.")   // 2
    /// ```
    static func letterNumber(_ t: Substring) -> Int? {
        var bytes = t.utf8.makeIterator()
        guard let letter = bytes.next().map({ $0 | 0x20 }), letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "h"),
              bytes.next() == UInt8(ascii: ")") else { return nil }
        let after = bytes.next()
        guard after == nil || after == UInt8(ascii: " ") else { return nil }
        return Int(letter - UInt8(ascii: "a")) + 1
    }

    /// "1a) ...", "1 b) ...", "1.a ...": the answer to a question under a numbered one, or nil.
    ///
    /// ```swift
    /// Segmenter.subNumbered("1b) Vi låner ut lærere.")?.letter   // 2
    /// ```
    static func subNumbered(_ t: Substring) -> Marker? {
        // On the first bytes, without a copy: every numbered line of a load comes here first.
        var bytes = t.utf8.makeIterator()
        func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false }
        guard let first = bytes.next(), isDigit(first) else { return nil }
        var n = Int(first - UInt8(ascii: "0"))
        var consumed = 1
        var next = bytes.next()
        if isDigit(next) { n = n * 10 + Int(next! - UInt8(ascii: "0")); consumed += 1; next = bytes.next() }
        // "1a)" and "1 a)" close the letter with a bracket; "1.a" and "1.a)" put a dot before it.
        let dotted = next == UInt8(ascii: ".")
        if next == UInt8(ascii: " ") || dotted { consumed += 1; next = bytes.next() }
        guard let letter = next, letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "h") else { return nil }
        consumed += 1
        var after = bytes.next()
        if after == UInt8(ascii: ")") { consumed += 1; after = bytes.next() } else if !dotted { return nil }
        guard after == nil || after == UInt8(ascii: " ") else { return nil }
        // (The bytes read are ASCII, each a Character of its own.)
        var item = Marker.item(n, String(t[t.utf8.index(t.startIndex, offsetBy: consumed)...].trimmingSpaces))
        item.letter = letter - UInt8(ascii: "a") + 1
        return item
    }

    /// "II. Skyss ...": a line numbered I to X in Roman numerals, a dot and a space after the number.
    static func romanNumbered(_ t: Substring) -> Marker? {
        // ("I dag ...", "Ikke ...": the second byte rules most lines out.)
        guard let second = t.utf8.dropFirst().first, second == UInt8(ascii: ".") || second == UInt8(ascii: "I")
                || second == UInt8(ascii: "V") || second == UInt8(ascii: "X") else { return nil }
        let numeral = t.prefix(while: { $0 == "I" || $0 == "V" || $0 == "X" })
        let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        guard let index = numerals.firstIndex(of: String(numeral)), t.dropFirst(numeral.count).hasPrefix(". ") else { return nil }
        return Marker.item(index + 1, String(t.dropFirst(numeral.count + 2).trimmingSpaces))
    }

    /// "1. Nyttige punkter", "2) ...", "2 På kva områder ...?": the marker of a line starting with a digit.
    static func numbered(_ t: Substring) -> Marker? {
        let digits = t.prefix(while: { $0.isASCIIDigit })
        guard (1...2).contains(digits.count), let n = Int(digits) else { return nil }
        let after = t.dropFirst(digits.count)
        if let sep = after.first, sep == "." || sep == ")", after.dropFirst().first == " " || after.dropFirst().first == "\t" {
            let rest = String(after.dropFirst(2).trimmingWhitespace)
            return Marker.item(n, rest)
        }
        if let sep = after.first, sep == "." || sep == ")", after.count == 1 { return Marker(number: n, question: nil, rest: "") }
        // "1: Samarbeid med skolen.", "1 - Et tilbud nær der barna bor." ("1 – 2 timer" is a range: a letter must follow).
        if after.first == ":", after.dropFirst().first == " " { return Marker.item(n, String(after.dropFirst(2).trimmingWhitespace)) }
        if after.hasPrefix(" - ") || after.hasPrefix(" – "), let next = after.dropFirst(3).first, next.isLetter {
            return Marker.item(n, String(after.dropFirst(3).trimmingWhitespace))
        }
        if after.first == " ", let letter = after.dropFirst().first, letter.isUppercase, t.hasSuffix("?") {
            return Marker(number: n, question: String(after.dropFirst().trimmingSpaces), rest: "")
        }
        if after.first == " ", asksThenAnswers(after.dropFirst()) { return Marker.item(n, String(after.dropFirst().trimmingWhitespace)) }
        return nil
    }

    /// Whether the text after a bare number opens with a question and answers it on the same line ("Korleis
    /// finansiere? Fleire kommunar kan gå saman ..."): a question word first, and the question mark within the first
    /// 150 characters with more after it. Without the question word a number and a word are a sentence ("3 kommunar
    /// deltok").
    static func asksThenAnswers(_ text: Substring) -> Bool {
        guard text.first?.isUppercase == true, interrogatives.contains(text.prefix(while: \.isLetter).lowercased()),
              let mark = text.prefix(150).firstIndex(of: "?") else { return false }
        return text[text.index(after: mark)...].first == " "
    }

    /// Where `needle` (ASCII bytes) first stands in `line` from `start` on, found on the bytes: Foundation's
    /// `range(of:)` bridged every numbered line of a load to NSString (2-3 % of a CSV load).
    private static func range(of needle: [UInt8], in line: Substring, from start: String.Index) -> Range<String.Index>? {
        let bytes = line.utf8
        var i = start
        while i < bytes.endIndex {
            if bytes[i] == needle[0], bytes[i...].starts(with: needle) { return i ..< bytes.index(i, offsetBy: needle.count) }
            i = bytes.index(after: i)
        }
        return nil
    }

    /// `numbered(t)` read on bytes, or nil (the outer optional) when the bytes cannot tell. Numbered lines are a good part
    /// of every post, and walking their first Characters (grapheme breaking) was most of `marker`'s
    /// time. When the digits and the three bytes after them are ASCII, each of those bytes is one
    /// Character (no break rule joins two ASCII scalars but "\r\n"), so the bytes answer exactly;
    /// otherwise (a combining mark could join a digit or the separator) the Characters decide.
    static func numberedOnBytes(_ t: Substring) -> Marker?? {
        let u = t.utf8
        var i = u.startIndex
        var digitCount = 0
        while i < u.endIndex, u[i] >= UInt8(ascii: "0"), u[i] <= UInt8(ascii: "9") { digitCount += 1; i = u.index(after: i) }
        var next = u[i...].makeIterator()
        let a0 = next.next(), a1 = next.next(), a2 = next.next()
        guard (a0 ?? 0) < 0x80, (a1 ?? 0) < 0x80, (a2 ?? 0) < 0x80 else { return .none }
        guard (1...2).contains(digitCount), let n = Int(t[..<i]) else { return .some(nil) }
        // (A word processor's list puts a tab after the number: "1.\tHva fungerer godt?")
        if a0 == UInt8(ascii: ".") || a0 == UInt8(ascii: ")"), a1 == UInt8(ascii: " ") || a1 == UInt8(ascii: "\t") {
            let rest = String(t[u.index(i, offsetBy: 2)...].trimmingWhitespace)
            return Marker.item(n, rest)
        }
        // "1." alone on its line: the answer follows on the next.
        if a0 == UInt8(ascii: ".") || a0 == UInt8(ascii: ")"), a1 == nil { return Marker(number: n, question: nil, rest: "") }
        // "1: Samarbeid med skolen.", "1 - Et tilbud ...": see `numbered`.
        if a0 == UInt8(ascii: ":") && a1 == UInt8(ascii: " ") || a0 == UInt8(ascii: " ") && a1 == UInt8(ascii: "-") && a2 == UInt8(ascii: " ") {
            return numbered(t)
        }
        if a0 == UInt8(ascii: " "), let a1, a1 >= UInt8(ascii: "A"), a1 <= UInt8(ascii: "Z"), t.hasSuffix("?") {
            return Marker(number: n, question: String(t[u.index(after: i)...].trimmingSpaces), rest: "")
        }
        if a0 == UInt8(ascii: " "), let a1, a1 >= UInt8(ascii: "A"), a1 <= UInt8(ascii: "Z"), asksThenAnswers(t[u.index(after: i)...]) {
            return Marker.item(n, String(t[u.index(after: i)...].trimmingWhitespace))
        }
        return .some(nil)
    }

    /// Whether a line starts like "del", "spørsmål"/"spm"/"sp", "svar på", "question", "q1", "oppgave" or "til", in any
    /// case: the cheap test before the label's regular expression.
    private static func startsLikeQuestionLabel(_ t: Substring) -> Bool {
        var bytes = t.utf8.makeIterator()
        guard let a = bytes.next(), let b = bytes.next() else { return false }
        switch (a | 0x20, b | 0x20) {
        case (UInt8(ascii: "d"), UInt8(ascii: "e")), (UInt8(ascii: "s"), UInt8(ascii: "p")), (UInt8(ascii: "s"), UInt8(ascii: "v")),
             (UInt8(ascii: "q"), UInt8(ascii: "u")), (UInt8(ascii: "o"), UInt8(ascii: "p")), (UInt8(ascii: "t"), UInt8(ascii: "i")),
             (UInt8(ascii: "q"), UInt8(ascii: "0")...UInt8(ascii: "9")), (UInt8(ascii: "q"), UInt8(ascii: " ")):
            return true
        default:
            return false
        }
    }
}
