import Foundation

/// A unit as a reader finds it, before repair and reflow: its metadata and the
/// source lines of its body. `Normaliser` turns drafts into units.
public struct DraftUnit: Sendable {
    public var kind: UnitKind
    public var title: String?
    public var section: String?
    public var question: String?
    /// Number of the prompt the unit answers or, for a prompt, its own number.
    public var questionNumber: Int?
    /// For a question under a numbered one ("a) i samarbeid med grunnskolen?" under "1. Hva gjør vi godt"), its
    /// letter's place (a is 1); the number is its parent's.
    public var questionLetter: UInt8?
    public var group: String?
    public var author: String?
    public var posted: Date?
    public var municipalities: [String] = []
    public var url: String?
    public var extra: [String: String] = [:]
    /// Lines of the header (author line, group header), kept only for `raw`.
    public var headerLines: [SourceLine] = []
    /// Lines of the body, in order (blank lines mark paragraphs).
    public var lines: [SourceLine] = []
    /// The first line of the unit in the source file (1-based).
    public var firstLine: Int

    public init(kind: UnitKind, firstLine: Int) {
        self.kind = kind
        self.firstLine = firstLine
    }

    /// Whether the body has any non-blank line.
    public var hasText: Bool { lines.contains { !$0.isBlank } }
}

/// What a reader found in a file.
public struct ReadResult: Sendable {
    public var title: String?
    public var date: Date?
    public var format: String
    public var drafts: [DraftUnit] = []
    public var warnings: [String] = []

    public init(format: String) { self.format = format }
}

/// What the readers need to know about places and organisations; implemented over the gazetteer.
public protocol PlaceNames: Sendable {
    /// Municipalities named in a group header or participant line ("Gruppe 18: NMF, Namsos, Ullensaker"),
    /// as 2024 names, and whether every part of the list was recognised (a municipality or an organisation).
    func headerMunicipalities(_ text: String) -> (municipalities: [String], complete: Bool)
    /// Municipalities named in running text, and organisations (canonical names) named in its headings
    /// (title, group) or the text, each once, in order. A name two municipalities share is the one of
    /// `taking` (the municipalities taking part) when it is one of them.
    func names(in text: String, headings: [String], taking: [String]) -> (mentions: [String], organisations: [String])
    /// `names` (values of a `municipalities` field) with each name two municipalities share and the context left open
    /// ("Våler") made the one of `taking` that bears it, where exactly one does ("Våler (Innlandet)").
    func narrowing(_ names: [String], to taking: [String]) -> [String]
    /// Counties of the given municipalities, without repeats, in order.
    func counties(of municipalities: [String]) -> [String]
    /// Whether the text names a county, of 2024 or a former one ("Innlandet", "Viken").
    func isCounty(_ text: String) -> Bool
}

/// A column or section titled by the question it asks: a form's column ("1. Hva fungerer godt i samarbeidet?"),
/// or a board's column with a question as its title.
enum QuestionTitle {
    /// Whether a title is a question: it ends in "?", or it is numbered or labelled as one ("1. Hva fungerer godt",
    /// "Spørsmål 2: Hindringer").
    ///
    /// ```swift
    /// QuestionTitle.isQuestion("2. Hva hindrer samarbeid?")   // true
    /// QuestionTitle.isQuestion("Gruppedialog 1")              // false
    /// ```
    static func isQuestion(_ title: String) -> Bool {
        let t = title.trimmingSpaces
        return t.hasSuffix("?") || Segmenter.marker(t)?.number != nil
    }

    /// The prompt a question title asks, on `line`: its wording without its number or round, and its number ("1. Hva
    /// fungerer godt?" asks question 1), or `position` when it has none.
    ///
    /// ```swift
    /// QuestionTitle.prompt(asking: "2. Hva hindrer samarbeid?", else: 1, line: 1).question   // "Hva hindrer samarbeid?"
    /// ```
    static func prompt(asking title: String, else position: Int, line: Int) -> DraftUnit {
        let t = String(title.trimmingSpaces)
        var question = t
        var number = position
        if let marker = Segmenter.marker(t), let n = marker.number {
            let wording = marker.question ?? marker.rest
            if !wording.isEmpty { question = wording }
            number = n
        } else if let asked = PadletTextReader.questionOfRound(t[...]) {
            question = String(asked)  // "Dialogrunde 2: Kva skal til?" asks "Kva skal til?"
        }
        var prompt = DraftUnit(kind: .prompt, firstLine: line)
        prompt.question = question
        prompt.questionNumber = number
        prompt.lines = [SourceLine(number: line, text: Substring(question))]
        return prompt
    }
}

extension ReadResult {
    /// Sections titled by a question ("2. Hva trenger dere fra fylket?"): the question becomes the section's
    /// prompt, before its first post, unless the section has prompts of its own, and the posts under it answer
    /// it where they name no question themselves.
    mutating func addPromptsOfQuestionSections() {
        var questionOf: [String: String] = [:]
        // Sections with prompts of their own, and each other section once it is looked at.
        var seen = Set(drafts.filter { $0.kind == .prompt }.compactMap(\.section))
        var prompts: [(before: Int, prompt: DraftUnit)] = []
        for k in drafts.indices where drafts[k].kind == .post {
            guard let section = drafts[k].section else { continue }
            if seen.insert(section).inserted, QuestionTitle.isQuestion(section) {
                var prompt = QuestionTitle.prompt(asking: section, else: prompts.count + 1, line: drafts[k].firstLine)
                prompt.section = section
                questionOf[section] = prompt.question
                prompts.append((k, prompt))
            }
            if drafts[k].question == nil, let question = questionOf[section] { drafts[k].question = question }
        }
        for (before, prompt) in prompts.reversed() { drafts.insert(prompt, at: before) }
    }

    /// The questions a table's question column gives its rows ("Spørsmål", a poll's title): each becomes a prompt,
    /// before the first post that answers it, unless a prompt asks it already; the answers then link to it.
    /// A question written again in other case or shorter ("HVA FUNGERER GODT?") is the one asked before.
    mutating func addPromptsOfAnsweredQuestions() {
        var prompted = drafts.filter { $0.kind == .prompt }.compactMap(\.question)
        var seen = Set(prompted)  // every wording looked at, so each is compared with the prompts once
        var prompts: [(before: Int, prompt: DraftUnit)] = []
        for k in drafts.indices where drafts[k].kind == .post {
            // (A column of question numbers, "1", "2", asks nothing in words.)
            guard let question = drafts[k].question, question.contains(where: \.isLetter), seen.insert(question).inserted,
                  !prompted.contains(where: { Segmenter.restates(question, $0) }) else { continue }
            prompted.append(question)
            var prompt = QuestionTitle.prompt(asking: question, else: prompts.count + 1, line: drafts[k].firstLine)
            prompt.section = drafts[k].section
            // Numbered answers in a row ("1. ... 2. ...") answer its one question, not the questions numbered so.
            if Segmenter.marker(question)?.number == nil { prompt.questionNumber = nil }
            prompts.append((k, prompt))
        }
        for (before, prompt) in prompts.reversed() { drafts.insert(prompt, at: before) }
    }
}
