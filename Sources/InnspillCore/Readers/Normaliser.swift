import Foundation
import InnspillText

/// Repairs one line of text, reporting what it changed; implemented over the
/// dictionary-based repairer.
public protocol LineRepairing: Sendable {
    /// The repaired line and the (original, repaired, kind) changes made in it. `next` is the line after it in the
    /// same paragraph, if any: the context of the words at its end, not repaired here.
    func repair(line: String, followedBy next: Substring?) -> (String, [(original: String, repaired: String, kind: Repair.Kind)])
    /// A person's name repaired where the damage is certain, as no dictionary has every name to check anything
    /// else against: an "@" among its letters is "ø" ("GR@NLI"); a lost ligature or letter (U+FFFD) takes
    /// the letters that make a name or word the dictionaries know ("So\u{FFFD}e" -> "Sofie"); and the changes made.
    func repair(name: String) -> (String, [(original: String, repaired: String, kind: Repair.Kind)])
}

/// Turns a reader's drafts into units: repairs each line (recording every change
/// with its source line), reflows hard-wrapped lines into paragraphs, joins words
/// hyphenated across lines, splits posts into answer segments, links answers to
/// prompts, and finds municipalities, counties and organisations.
struct Normaliser {
    let places: PlaceNames
    /// nil when `set repair off`.
    let repairer: LineRepairing?
    /// The file's text, whose lines make a unit's `raw`.
    let source: SourceText
    /// The name of the corpus the units belong to.
    let corpus: String
    /// Whether the drafts' lines are the file's lines (text exports), so a segment's raw text and first
    /// line are its own lines of the file; a table's are lines of a cell, and its segments show their text.
    var linesAreTheFilesLines = true
    /// Lines where decoding put U+FFFD for invalid bytes: left unrepaired, as a U+FFFD there is no lost
    /// ligature ("�nsker" from a Windows-1252 "ø" became "finsker").
    var damagedLines: Set<Int> = []
    /// The municipalities of each line label looked up so far ("Ulstein" one, "Økonomi" none): a load's posts repeat a
    /// few labels, and the gazetteer's reading of a header is asked once for each.
    private let labelPlaces = LabelPlaces()

    /// Drafts are normalised in blocks of this many, on all cores; `control` is asked between blocks.
    static let blockSize = 2048

    /// Whether an author field says that no one is named: Padlet's "Anonymous"/"Anonym" and Slido's "Anonymous" are no
    /// person, so they leave `author` empty rather than count as one author of every anonymous post.
    ///
    /// ```swift
    /// Normaliser.namesNoOne("Anonym")       // true
    /// Normaliser.namesNoOne("Kari Hansen")  // false
    /// ```
    static func namesNoOne(_ author: String) -> Bool {
        author.utf8.count <= 12 && noOne.contains(author.trimmingSpaces.lowercased())
    }

    private static let noOne: Set<String> = ["anonymous", "anonym", "anonymt", "anon", "ukjent", "unknown"]

    /// What the per-draft work (independent of other drafts, so it runs in parallel) makes of a draft.
    private struct Body: Sendable {
        var text: String
        var raw: RawSource
        /// Repairs with unit 0: the unit id is known only once the drafts before it are linked.
        var repairs: [Repair]
        var segments: [Segmenter.Segment]
        /// Each segment's first line in the source and its raw text (nil when the post's lines are a table's cell).
        var segmentSources: [(line: Int, raw: RawSource)?]
        /// The municipalities whose names label the post's lines ("Ulstein: ..."), in order: those taking part, when
        /// the post's header names none.
        var labelMunicipalities: [String] = []
    }

    /// Units from a reader's drafts, with every repair made. The drafts are taken over, so their
    /// source lines can be let go as soon as the texts are made. Drafts are made into bodies on all
    /// cores and linked in order a block at a time, so only one block's bodies (with their answer
    /// segments) are alive at once: all of them beside all the units was an eighth of the peak memory
    /// of a large load.
    func units(from drafts: consuming [DraftUnit], control: WorkControl = .none) throws -> ([Unit], [Repair]) {
        var linking = Linking(corpus: corpus, repairer: repairer)
        let tasks = TaskQuestions(drafts: drafts, repairer: repairer)
        for block in stride(from: 0, to: drafts.count, by: Normaliser.blockSize) {
            let count = min(Normaliser.blockSize, drafts.count - block)
            let bodies = drafts.withUnsafeMutableBufferPointer { all in
                let current = DisjointWrites(UnsafeMutableBufferPointer(rebasing: all[block ..< block + count]))
                return Parallel.map(count, minimumChunk: 64) { [self] i in
                    current.update(i) { draft in
                        defer {
                            draft.lines = []
                            draft.headerLines = []
                        }
                        return body(of: draft, tasks: tasks)
                    }
                }
            }
            if block == 0 { linking.reserve(forDrafts: drafts.count, firstBlock: bodies) }
            for (i, body) in zip(block ..< block + count, bodies) {
                linking.link(drafts[i], body)
                drafts[i] = DraftUnit(kind: .post, firstLine: 0)  // lets go of the linked draft's fields
            }
            try control.checkStop()
            control.progress("repairing", done: block + count, total: drafts.count)
        }
        linking.linkToLaterPrompts()
        linking.useOneWordingPerQuestion()
        try addPlaces(to: &linking.units, answeringFor: linking.answeringFor, control: control)
        return (linking.units, linking.repairs)
    }

    /// Adds to each unit the places and organisations it names and the counties of its municipalities,
    /// in place (a second array of units was a tenth of the peak memory of a large load).
    private func addPlaces(to units: inout [Unit], answeringFor: [String?], control: WorkControl) throws {
        // Counties are the same for every unit with the same municipalities (a post and its segments):
        // worked out once per list, and the units share one array.
        var countiesOf: [[String]: [String]] = [:]
        for block in stride(from: 0, to: units.count, by: Normaliser.blockSize) {
            let count = min(Normaliser.blockSize, units.count - block)
            // Texts as slices: a segment's becomes a String of its own in the worker, not here on one core.
            let inputs = (block ..< block + count).map {
                (units[$0].textSlice, [units[$0].title, units[$0].group].compactMap { $0 }, answeringFor[$0], units[$0].municipalities)
            }
            let found = Parallel.map(count, minimumChunk: 64) { [self] i in
                places(in: String(inputs[i].0), headings: inputs[i].1, answeringFor: inputs[i].2, taking: inputs[i].3)
            }
            for (i, places) in zip(block ..< block + count, found) {
                if let municipalities = places.municipalities { units[i].municipalities = municipalities }
                units[i].mentions = places.mentions
                units[i].organisations = places.organisations
                let municipalities = units[i].municipalities
                if let counties = countiesOf[municipalities] {
                    units[i].counties = counties
                } else {
                    let counties = self.places.counties(of: municipalities)
                    countiesOf[municipalities] = counties
                    units[i].counties = counties
                }
            }
            try control.checkStop()
            control.progress("finding places", done: block + count, total: units.count)
        }
    }

    /// The per-draft work: repaired, reflowed text, the raw source and the answer segments.
    private func body(of draft: DraftUnit, tasks: TaskQuestions) -> Body {
        let labels = draft.kind == .post ? placeLabels(draft) : []
        let (text, repairs, lineStarts) = reflowed(draft, labels: labels)
        var segments: [Segmenter.Segment] = []
        var segmentSources: [(line: Int, raw: RawSource)?] = []
        if draft.kind == .post {
            // A post without answer markers is one segment, so `set unit segment` still covers it.
            segments = Segmenter.segments(of: text, places: labels, tasks: tasks).map { keepingLabelOfNoPlace($0, in: text) }
            if segments.isEmpty { segments = [Segmenter.Segment(text: Substring(text), lines: 0 ..< lineStarts.count)] }
            // A segment's raw text is its lines of the source: from the line its first paragraph starts on
            // to the line before the next segment's (the post's own lines only: a question box is left out).
            segmentSources = segments.map { segment in
                guard linesAreTheFilesLines else { return nil }
                guard segment.lines.lowerBound < lineStarts.count else { return (draft.firstLine, .text(String(segment.text))) }
                let first = lineStarts[segment.lines.lowerBound]
                let next = segment.lines.upperBound < lineStarts.count ? lineStarts[segment.lines.upperBound] : Int.max
                // The body's lines are in the file's order: the segment's are a run of them.
                guard let start = draft.lines.firstIndex(where: { $0.number >= first }) else { return (first, .text(String(segment.text))) }
                var end = draft.lines[start...].firstIndex(where: { $0.number >= next }) ?? draft.lines.endIndex
                while end > start, draft.lines[end - 1].isBlank { end -= 1 }
                guard end > start else { return (first, .text(String(segment.text))) }
                return (first, raw(ofLines: draft.lines[start..<end].lazy.map(\.number), else: String(segment.text)))
            }
        }
        return Body(text: withoutTaskHeadings(text, segments: segments, tasks: tasks), raw: raw(of: draft), repairs: repairs,
                    segments: segments, segmentSources: segmentSources,
                    labelMunicipalities: labels.isEmpty ? [] : municipalities(labelling: segments, labels: labels))
    }

    /// A segment labelled like a municipality's answer by a name that is no place ("- Økonomi: er pilotprosjektet
    /// fullfinansiert?", "- Samlinger: Hvor, når?"): it answers for no municipality, and the label is part of its text.
    private func keepingLabelOfNoPlace(_ segment: Segmenter.Segment, in text: String) -> Segmenter.Segment {
        guard let name = segment.municipality, labelPlaces.reading(of: name, places: places).municipalities.isEmpty else { return segment }
        var segment = segment
        segment.municipality = nil
        // The label stands just before the answer's text, on its line or the line above ("- Økonomi:" over the answer).
        guard segment.text.base == text, let label = text[..<segment.text.startIndex].range(of: name, options: .backwards),
              text[label.upperBound..<segment.text.startIndex].allSatisfy({ $0 == ":" || $0 == " " || $0 == "\n" }) else { return segment }
        segment.text = text[label.lowerBound..<segment.text.endIndex]
        return segment
    }

    /// A post's text without the lines that restate one of the task's questions over the answers to it ("Hva trenger vi
    /// svar på før vi søker?", "1. Hva kan ...?"): they are the organisers' words, which a count of what the groups wrote
    /// must not count (`question` holds them; `raw` keeps the lines). A blank line stands in their place between answers.
    private func withoutTaskHeadings(_ text: String, segments: [Segmenter.Segment], tasks: TaskQuestions) -> String {
        guard !tasks.isEmpty else { return text }
        let asked = Set(segments.compactMap(\.question)).filter { tasks.contains($0) }
        guard !asked.isEmpty else { return text }
        let lines = text.newlineSeparatedLines
        // The question alone on its line (after its number or bullet, before a colon), in no answer's text: over its
        // answer, or over the municipalities' answers to it. (Compared on bytes: Characters were half this step's cost.)
        func isHeading(_ line: Substring) -> Bool {
            guard !segments.contains(where: { $0.text.startIndex < line.endIndex && line.startIndex < $0.text.endIndex }) else { return false }
            let heading = line.trimmingSpaces
            let bytes = (heading.utf8.last == UInt8(ascii: ":") ? heading.dropLast().trimmingSpaces : heading).utf8
            return asked.contains { question in
                let words = question.utf8
                return bytes.count >= words.count && bytes.count - words.count <= 8 && bytes.suffix(words.count).elementsEqual(words)
            }
        }
        var kept: [Substring] = []
        var dropped = false
        for line in lines {
            if !isHeading(line) {
                kept.append(line)
            } else {
                dropped = true
                // A blank line stands in the heading's place between answers.
                if let last = kept.last, !last.isEmpty { kept.append("") }
            }
        }
        guard dropped else { return text }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    /// The municipalities the segments' labels name, in order, each once. A name two municipalities share ("Herøy",
    /// "Våler") is the one in the county of the others named: the labels are read together as one list then.
    private func municipalities(labelling segments: [Segmenter.Segment], labels: Set<Substring>) -> [String] {
        var named: [String] = []
        var found: [String] = []
        for segment in segments {
            guard let label = segment.municipality, labels.contains(Substring(label)) else { continue }
            let municipalities = labelPlaces.municipalities(of: label, places: places)
            guard !municipalities.isEmpty else { continue }
            named.append(label)
            for municipality in municipalities where !found.contains(municipality) { found.append(municipality) }
        }
        guard named.count > 1, found.contains(where: { places.counties(of: [$0]).isEmpty }) else { return found }
        let together = places.headerMunicipalities(named.joined(separator: ", "))
        return together.complete ? together.municipalities : found
    }

    /// The first spelling of each name, for the names OCR spells several ways: spaces dropped ("Gruppenrvet-ikke" for
    /// "Gruppe nrvet-ikke"), and, for people's names, "ø" read as "o" ("TRINESJOLYST" for "TRINESJØLYST").
    ///
    /// ```swift
    /// var authors = FirstSpellings(foldingØ: true)
    /// authors.first(of: "TRINESJØLYST")   // "TRINESJØLYST"
    /// authors.first(of: "TRINESJOLYST")   // "TRINESJØLYST"
    /// ```
    struct FirstSpellings {
        let foldingØ: Bool
        private var firstOfKey: [String: String] = [:]
        private var firstOfName: [String: String] = [:]  // each spelling's key worked out once, not once a post

        init(foldingØ: Bool) { self.foldingØ = foldingØ }

        mutating func first(of name: String) -> String {
            if let first = firstOfName[name] { return first }
            var key = name.lowercased().filter { $0.isLetter || $0.isNumber }
            if foldingØ { key = key.replacingOccurrences(of: "ø", with: "o") }
            let first = firstOfKey[key] ?? name
            firstOfKey[key] = first
            firstOfName[name] = first
            return first
        }
    }

    /// Units from drafts in order, with what depends on the drafts before them: ids, the first spelling of
    /// each group, municipalities a group named in an earlier post, and the prompts answers link to.
    /// Also answers, for each unit, the municipality a segment answers for ("-Tingvoll: ..."), if any, and
    /// the bodies' repairs with the ids of their units.
    private struct Linking {
        let corpus: String
        var units: [Unit] = []
        private(set) var answeringFor: [String?] = []
        private(set) var repairs: [Repair] = []
        private var municipalitiesOfGroup: [String: [String]] = [:]
        private var promptByNumber: [String: Int] = [:]   // "section|n" -> prompt id ("|n" for a prompt of no section)
        private var firstPromptByNumber: [Int: Int] = [:]  // n -> the first prompt numbered n, of any section
        private var promptQuestions: [(section: String?, question: String, id: Int)] = []
        /// The prompts that ask a question in each section ("" for none), by id.
        private var questionsOfSection: [String: [Int]] = [:]
        /// Numbered answers whose prompt was not read yet (the question box stands further down): index and number.
        private var unlinked: [(index: Int, number: Int)] = []
        /// The letters of those answers that have one ("1b)"), by index: few have, and most answers of a load may wait.
        private var unlinkedLetters: [Int: UInt8] = [:]
        // OCR drops spaces in names ("Gruppenrvet-ikke", "Gruppe som Eva skriverfor") and reads an "ø" as "o"
        // ("TRINESJOLYST"): the first spelling of a group or an author names them.
        private var groupSpellings = FirstSpellings(foldingØ: false)
        private var authorSpellings = FirstSpellings(foldingØ: true)
        private var questions = Set<String>()
        private var groupOfNumberAndPlaces: [String: String] = [:]
        let repairer: LineRepairing?
        /// Each section title, post title and author that a repair changed, with what changed: recorded once per
        /// spelling (a column's title stands over many posts).
        private var repairedHeadings: [String: (text: String, changes: [(original: String, repaired: String, kind: Repair.Kind)])] = [:]
        private var repairedAuthors: [String: (text: String, changes: [(original: String, repaired: String, kind: Repair.Kind)])] = [:]

        init(corpus: String, repairer: LineRepairing?) {
            self.corpus = corpus
            self.repairer = repairer
        }

        /// A draft's section and title repaired as the text is (a column titled "Tema 2 – �nansiering"), and its author and
        /// group as names ("MARTE GR@NLI"), each change recorded once per spelling, for the first unit that has it, on `line`.
        private mutating func repairingHeadings(_ draft: DraftUnit, unit id: Int) -> DraftUnit {
            guard let repairer else { return draft }
            var draft = draft
            let line = draft.headerLines.first?.number ?? draft.firstLine
            func repaired(_ value: String?, as name: Bool) -> String? {
                guard let value else { return nil }
                if let known = name ? repairedAuthors[value] : repairedHeadings[value] { return known.text }
                let (text, changes) = name ? repairer.repair(name: value) : repairer.repair(line: value, followedBy: nil)
                // (Only what changed is kept: a large table's titles are mostly distinct and mostly whole.)
                guard !changes.isEmpty else { return value }
                if name { repairedAuthors[value] = (text, changes) } else { repairedHeadings[value] = (text, changes) }
                repairs += changes.map { Repair(unit: id, line: line, original: $0.original, repaired: $0.repaired, kind: $0.kind) }
                return text
            }
            draft.section = repaired(draft.section, as: false)
            draft.title = repaired(draft.title, as: false)
            draft.author = repaired(draft.author, as: true)
            // A group named after its author ("ASK@Y") as a name; one named by a line of words ("Gruppe Eldbjgrg, Anne
            // Rita, ...") as its text is.
            draft.group = repaired(draft.group, as: !(draft.group?.contains(" ") ?? false))
            return draft
        }

        /// The prompt numbered `n` (and lettered `letter`, a question under question n) in the unit's section, or of no
        /// section; question n itself when it has no such letter. A unit of no section answers the first question of
        /// that number.
        private func prompt(numbered n: Int, letter: UInt8? = nil, section: String?) -> Int? {
            if let letter, let id = promptByNumber["\(section ?? "")|\(n)|\(letter)"] ?? promptByNumber["|\(n)|\(letter)"] { return id }
            return promptByNumber["\(section ?? "")|\(n)"] ?? promptByNumber["|\(n)"] ?? (section == nil ? firstPromptByNumber[n] : nil)
        }

        /// Links the numbered answers read before their prompts, once all prompts are read.
        mutating func linkToLaterPrompts() {
            for (index, n) in unlinked {
                guard let id = prompt(numbered: n, letter: unlinkedLetters[index], section: units[index].section) else { continue }
                units[index].prompt = id
                if units[index].question == nil { units[index].question = units[id - 1].question }
            }
            unlinked = []
            unlinkedLetters = [:]
        }

        /// Each question the groups restate in several wordings under one of them (`QuestionWordings`), so answers to
        /// one question count together; a unit's `raw` keeps the wording it was written with.
        mutating func useOneWordingPerQuestion() {
            var asked: [String] = [], prompts: [String] = []
            for unit in units {
                guard let question = unit.question else { continue }
                if unit.kind == .prompt { prompts.append(question) } else { asked.append(question) }
            }
            let wordings = QuestionWordings(asked, prompts: prompts)
            guard !wordings.isEmpty else { return }
            for i in units.indices where units[i].kind != .prompt {
                if let question = units[i].question { units[i].question = wordings.wording(of: question) }
            }
        }

        /// Room for the units of all drafts, estimated from the first block's segments per draft. A unit
        /// is 136 bytes, and doubling the array as it grows would hold two copies at once (a sixth of the
        /// peak memory of a large load); room never used is never touched, so it takes no memory.
        mutating func reserve(forDrafts count: Int, firstBlock: [Body]) {
            let segments = firstBlock.reduce(0) { $0 + $1.segments.count }
            let perDraft = 1 + Double(segments) / Double(max(1, firstBlock.count))
            let estimate = Int((Double(count) * perDraft * 1.25).rounded(.up)) + Normaliser.blockSize
            units.reserveCapacity(estimate)
            answeringFor.reserveCapacity(estimate)
        }

        mutating func link(_ draft: DraftUnit, _ body: Body) {
            let id = units.count + 1
            let draft = repairingHeadings(draft, unit: id)
            for var repair in body.repairs {
                repair.unit = id
                repairs.append(repair)
            }
            let group = draft.group.map { groupSpellings.first(of: $0) }
            let author = draft.author.flatMap { Normaliser.namesNoOne($0) ? nil : authorSpellings.first(of: $0) }
            var unit = Unit(kind: draft.kind, text: body.text, line: draft.firstLine,
                            metadata: Unit.Metadata(corpus: corpus, title: draft.title, section: draft.section, group: group,
                                                    author: author, posted: draft.posted, url: draft.url, extra: draft.extra))
            unit.rawSource = body.raw
            unit.id = id
            // A prompt's question reads as repaired, on one line, without a label ("Spørsmål: ...?").
            unit.question = draft.kind == .prompt && draft.question != nil
                ? String(PlainTextReader.unlabelled(body.text.replacingOccurrences(of: "\n", with: " ")[...])) : draft.question
            unit.municipalities = draft.municipalities.isEmpty ? body.labelMunicipalities : draft.municipalities
            // One group named two ways on one board ("Gruppe 18: NMF, Namsos, Ullensaker" and "Rom 18 NMF, Ullensaker,
            // Namsos"): the same number and the same municipalities make it one, under its first name.
            if let name = unit.group, !unit.municipalities.isEmpty, let (_, number, rest) = PadletLines.leadingWordNumber(Substring(name)),
               rest.isEmpty {
                let key = "\(number)|" + unit.municipalities.sorted().joined(separator: "|")
                if let first = groupOfNumberAndPlaces[key] { unit.group = first } else { groupOfNumberAndPlaces[key] = name }
            }
            if let group = unit.group {
                if unit.municipalities.isEmpty, let known = municipalitiesOfGroup[group] {
                    unit.municipalities = known
                } else if !unit.municipalities.isEmpty, municipalitiesOfGroup[group] == nil {
                    municipalitiesOfGroup[group] = unit.municipalities
                }
            }
            // A municipality answering on a line of its own in a group's post ("Høyanger: Forankring? Økonomi?" under
            // "Gruppe 8: Hyllestad/Fjaler, Vanylven") sat in that group, whether or not the header names it.
            for municipality in body.labelMunicipalities where !unit.municipalities.contains(municipality) {
                unit.municipalities.append(municipality)
            }
            if draft.kind == .prompt, let n = draft.questionNumber, let letter = draft.questionLetter {
                promptByNumber["\(draft.section ?? "")|\(n)|\(letter)"] = id
            } else if draft.kind == .prompt, let n = draft.questionNumber {
                promptByNumber["\(draft.section ?? "")|\(n)"] = id
                firstPromptByNumber[n] = firstPromptByNumber[n] ?? id
            }
            if draft.kind == .prompt, let question = unit.question {
                promptQuestions.append((draft.section, question, id))
                questionsOfSection[draft.section ?? "", default: []].append(id)
            }
            units.append(unit)
            answeringFor.append(nil)
            for (found, source) in zip(body.segments, body.segmentSources) {
                var segment = found
                // A post answered whole under a title that names its question ("Spørsmål 1", "Svar på spørsmål 2", or the
                // question itself, as a Padlet CSV's Title does) answers that question.
                if body.segments.count == 1, segment.number == nil, segment.question == nil, let title = unit.title {
                    if let marker = Segmenter.marker(title), marker.labelled, marker.rest.isEmpty {
                        segment.number = marker.number
                        segment.question = marker.question
                    } else if title.hasSuffix("?"), promptQuestions.contains(where: { Segmenter.restates(title, $0.question) }) {
                        // (Only a prompt's question: a group's own question as its title, "Hva forventes av oss?" in a
                        // column that asks one question, still answers the column's.)
                        segment.question = title
                    }
                }
                var s = Unit(segmentOf: unit, text: segment.text)
                s.id = units.count + 1
                if let source {
                    s.line = source.line
                    s.rawSource = source.raw
                }
                // Groups restate the same few questions: each wording is kept once, not once per answer.
                // A segment without a question of its own answers its post's (a table's question column).
                s.question = segment.question.map { questions.insert($0).memberAfterInsert } ?? unit.question
                if segment.number == nil, let line = s.question {
                    // The question written out again ("Hva er den viktigste utfordringen ...?"): the prompt
                    // that asks it, in the unit's section first; in another section only in its very words (a summary
                    // lists its questions under "## Spørsmål" and the answers under "## Svar").
                    let restated = promptQuestions.filter { Segmenter.restates(line, $0.question) }
                    // Shortened by the group ("Hvordan samhandle tettere?"): the one prompt of its section that it shortens.
                    func shortened() -> (section: String?, question: String, id: Int)? {
                        let found = promptQuestions.filter { $0.section == unit.section && Segmenter.shortens(line, $0.question) }
                        return found.count == 1 ? found[0] : nil
                    }
                    if let found = restated.first(where: { $0.section == unit.section })
                        ?? restated.first(where: { $0.section == nil || unit.section == nil }) ?? restated.first(where: { $0.question == line })
                        ?? shortened() {
                        s.prompt = found.id
                        s.question = found.question
                    }
                }
                // An answer without a number or a question of its own (a heading the group wrote over it is none), in a column
                // that asks one question (or on a board without columns that asks one), answers it.
                if s.prompt == nil, segment.number == nil, segment.question == nil || segment.headed,
                   let asked = questionsOfSection[unit.section ?? ""], asked.count == 1 {
                    s.prompt = asked[0]
                    s.question = units[asked[0] - 1].question
                }
                if let n = segment.number {
                    s.prompt = prompt(numbered: n, letter: segment.letter, section: unit.section)
                    if s.prompt == nil {
                        unlinked.append((units.count, n))
                        if let letter = segment.letter { unlinkedLetters[units.count] = letter }
                    }
                    if let p = s.prompt, let prompt = units[p - 1].question {
                        if let line = s.question, segment.text.isEmpty, !Segmenter.restates(line, prompt) {
                            // "3. Gå dit barna er: SFO ... Gratis prøveundervisning?" ends in a question
                            // mark, but with nothing under it and prompt 3 asking something else, it is
                            // the group's answer to prompt 3, not the question restated.
                            s.text = line
                            s.raw = line
                            s.question = prompt
                        } else if s.question.map({ Segmenter.restates($0, prompt) }) ?? true {
                            // The prompt's own words, also where the group wrote the question shorter: answers
                            // to one question are grouped under one wording.
                            s.question = prompt
                        }
                    }
                }
                // A numbered question with nothing under it that no prompt asks ("Spørsmål 2: Kven skal betale for skyss?" on a
                // board without the organisers' questions) is the group's own question: its words are the answer's text.
                if s.prompt == nil, segment.text.isEmpty, let line = segment.question {
                    s.text = line
                    s.raw = line
                    s.question = unit.question
                }
                units.append(s)
                answeringFor.append(segment.municipality)
            }
        }
    }

    /// What a unit names: the municipality a segment answers for ("-Tingvoll: ...", replacing those of
    /// its post; nil when it answers for none or the name is not one), and the municipalities and
    /// organisations in its text and headings.
    private func places(in text: String, headings: [String], answeringFor municipality: String?, taking part: [String])
        -> (municipalities: [String]?, mentions: [String], organisations: [String]) {
        var municipalities: [String]?
        if let municipality {
            // (A name two municipalities share is the one taking part, when one of them is.)
            let found = places.narrowing(places.headerMunicipalities(municipality).municipalities, to: part)
            if !found.isEmpty { municipalities = found }
        }
        let (mentions, organisations) = places.names(in: text, headings: headings, taking: municipalities ?? part)
        return (municipalities, mentions, organisations)
    }

    /// The source lines of a draft's header and body, as a run of the source's lines where they follow
    /// each other (no copy), else joined.
    private func raw(of draft: DraftUnit) -> RawSource {
        raw(ofLines: (draft.headerLines + draft.lines).map(\.number), else: draft.lines.map(\.text).joined(separator: "\n"))
    }

    /// The source lines with these numbers (`fallback` when there are none). Numbers already in order
    /// (a segment's, most posts') are taken as they are, without a set and a sort.
    private func raw<Numbers: Collection<Int>>(ofLines numbers: Numbers, else fallback: @autoclosure () -> String) -> RawSource {
        var increasing = true
        var previous = Int.min
        for n in numbers { if n <= previous { increasing = false; break }; previous = n }
        var seen = Set<Int>()
        let ordered = increasing ? Array(numbers) : numbers.filter { seen.insert($0).inserted }.sorted()
        guard let first = ordered.first, let last = ordered.last else { return .text(fallback()) }
        if first >= 1, last <= source.lineCount, last - first + 1 == ordered.count { return .lines(source, first ... last) }
        return .text(ordered.filter { $0 >= 1 && $0 <= source.lineCount }.map(source.line).joined(separator: "\n"))
    }

    /// The names that label two or more of a post's lines and are municipalities ("Ulstein: ...", "Hareid: ..."): each
    /// such line is that municipality's answer, a line of its own.
    private func placeLabels(_ draft: DraftUnit) -> Set<Substring> {
        var names: [Substring] = []
        for line in draft.lines { if let name = Segmenter.placeLabel(line.text) { names.append(name) } }
        guard names.count >= 2 else { return [] }
        var labels = Set<Substring>()
        for name in Set(names) where !labelPlaces.municipalities(of: String(name), places: places).isEmpty { labels.insert(name) }
        return labels.count >= 2 ? labels : []
    }

    /// Repairs and reflows the body lines into the unit's text; the repairs carry unit 0. A line labelled with one of
    /// `labels` starts a line of its own.
    private func reflowed(_ draft: DraftUnit, labels: Set<Substring> = []) -> (text: String, repairs: [Repair], lineStarts: [Int]) {
        var repairs: [Repair] = []
        var paragraphs: [String] = []
        var lineStarts: [Int] = []  // the source line each paragraph starts on
        var current = ""
        var paragraphStart = ""  // the paragraph's first line
        var currentLine: SourceLine?
        var startLine = 0
        func endParagraph() {
            if !current.isEmpty {
                paragraphs.append(current)
                lineStarts.append(startLine)
            }
            current = ""
            currentLine = nil
        }
        // A line that stopped well short of the widest line ended on purpose (a list, a name line);
        // one that reached near the margin was wrapped by the PDF layout and continues on the next.
        let lengths = draft.lines.map { Normaliser.characterCount($0.trimmed) }
        let margin = lengths.max() ?? 0
        var previousLength = 0
        // Whether a blank line that did not end the paragraph came before this line.
        var afterBlank = false
        for (index, line) in draft.lines.enumerated() {
            if line.isBlank {
                // A blank line inside a sentence (PDF page layout) does not end the paragraph.
                if let last = current.last, ".!?:".contains(last) || current.isEmpty { endParagraph() } else { afterBlank = true }
                continue
            }
            // ... but one under a line of its own, before a capital, does: a title over its text ("Skyss og ferje"). Not
            // after a comma or a short word ("..., og" / "Gildeskål vil ..."): that sentence goes on.
            if afterBlank, current == paragraphStart, line.trimmed.first?.isUppercase == true,
               current.reversed().prefix(while: \.isLetter).count >= 4 { endParagraph() }
            afterBlank = false
            var text = String(line.trimmed.trimmingSpaces)
            // Tabs between a line's parts (a Word programme's "09.30<TAB>Velkommen") are a space in the text.
            if text.utf8.contains(0x09) { text = text.tabsAsSpaces }
            if let repairer, damagedLines.isEmpty || !damagedLines.contains(line.number) {
                let next = index + 1 < draft.lines.count && !draft.lines[index + 1].isBlank ? draft.lines[index + 1].trimmed : nil
                let (fixed, changes) = repairer.repair(line: text, followedBy: next)
                text = fixed
                repairs += changes.map { Repair(unit: 0, line: line.number, original: $0.original, repaired: $0.repaired, kind: $0.kind) }
            }
            let hyphenated = current.utf8.last == UInt8(ascii: "-") && (text.first.map { $0.isLetter || $0.isNumber } ?? false)
                && current.dropLast().last.map { $0.isLetter || $0.isNumber } == true && !Segmenter.startsNewLine(text)
            if current.isEmpty {
                current = text
                paragraphStart = text
                startLine = line.number
            } else if hyphenated {
                // A word hyphenated across lines: join it when the whole is a word, else keep the hyphen ("Nord-Aurdal",
                // "MIKS-skolene", "e-post"); a hyphen before "og" stands for a word's second half ("kultur- og idrettsliv").
                // The paragraph is only looked at from its end: splitting, counting or copying all of it
                // here took quadratic time in a paragraph of thousands of hyphenated lines.
                let head = String(current[(current.lastIndex(of: " ").map(current.index(after:)) ?? current.startIndex)...])
                let tail = text.split(separator: " ").first.map(String.init) ?? ""
                let joined = String(head.dropLast()) + tail
                if Normaliser.conjunctions.contains(tail.lowercased()) {
                    current += " " + text
                } else if text.first!.isLowercase, Normaliser.mayJoinAtHyphen(head: head, tail: tail), HyphenJoin.isWord(joined) {
                    current.removeLast()
                    current += text
                    if repairer != nil {
                        repairs.append(Repair(unit: 0, line: currentLine?.number ?? line.number, original: head + tail,
                                              repaired: joined, kind: .hyphenation))
                    }
                } else {
                    current += text
                }
            } else if Normaliser.dashGoesOn(text, item: paragraphStart, so: current) {
                current += " " + text
            // A paragraph that is a numbered question so far ("1 Korleis kan ...?") has its answer on a line of its own.
            } else if Segmenter.startsNewLine(text) || current.hasSuffix(":") && text.first?.isUppercase == true
                        || !labels.isEmpty && Segmenter.placeLabel(text).map(labels.contains) == true
                        || current.hasSuffix("?") && text.first?.isUppercase == true && Segmenter.marker(paragraphStart)?.question != nil
                        || Normaliser.labelsWhatFollows(text, after: current)
                        || Double(previousLength) < 0.6 * Double(margin) && text.first?.isUppercase == true {
                paragraphs.append(current)
                lineStarts.append(startLine)
                current = text
                paragraphStart = text
                startLine = line.number
            } else {
                current += " " + text
            }
            if currentLine == nil { currentLine = line }
            previousLength = lengths[index]
        }
        endParagraph()
        return (Normaliser.compacted(paragraphs.joined(separator: "\n")), repairs, lineStarts)
    }

    /// Whether a line is a label over what follows, on a line of its own though the line above has no full stop: a
    /// heading ("Forventninger:") or the group's own questions' label ("Spørsmål som ønskes besvart:") under the last
    /// line of an answer ("Viktig å være synlig"). Not the end of a sentence the PDF wrapped before a name, after a
    /// word that needs one ("... hjelp fra" / "Kulturskolerådet:").
    static func labelsWhatFollows(_ line: String, after text: String) -> Bool {
        let t = Substring(line)
        guard t.last == ":", Segmenter.heading(t) != nil || Segmenter.introducesOwnQuestions(t) else { return false }
        let lastWord = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return !continuingWords.contains(lastWord)
    }

    /// Words a sentence does not end on: a line ending in one goes on with the next.
    static let continuingWords: Set<String> = [
        "og", "eller", "men", "i", "på", "fra", "frå", "med", "til", "for", "av", "om", "at", "som", "en", "et", "ei", "ein", "eit",
        "den", "det", "de", "dei", "hos", "hjå", "mellom", "enn", "under", "over", "etter", "mot", "ved", "gjennom", "både",
    ]

    /// Whether a line that opens with a dash goes on with the sentence of the bulleted item above it, as the PDF wrapped
    /// it: a lower-case word after the dash, under an item of another bullet ("•") that has not ended ("• F.eks. korps i
    /// skolen, handverksløft" / "- alt i samarbeid med kulturskolen"). A dash under a dash is the list's next item.
    static func dashGoesOn(_ line: String, item: String, so far: String) -> Bool {
        guard line.hasPrefix("- "), line.dropFirst(2).first?.isLowercase == true,
              let bullet = item.first, "•·".contains(bullet), let last = far.last else { return false }
        return !".!?:;".contains(last)
    }

    /// Words after which a line-end hyphen stands for a compound's second half: "kultur- og idrettsliv".
    static let conjunctions: Set<String> = ["og", "eller", "enn", "and", "or"]

    /// Whether a word hyphenated across lines may lose its hyphen: not after an acronym or a single letter
    /// ("MIKS-skolene", "e-post"), nor in a compound that keeps other hyphens ("Skule-heim-samarbeidet").
    static func mayJoinAtHyphen(head: String, tail: String) -> Bool {
        let letters = head.dropLast().filter(\.isLetter)
        if letters.count <= 1 || letters.allSatisfy(\.isUppercase) { return false }
        return !head.dropLast().contains("-") && !tail.contains("-")
    }

    /// `text` in storage of its own length: a text grown by appending keeps the room it grew into, half
    /// as much again as the text on average (a tenth of the peak memory of a large load).
    static func compacted(_ text: String) -> String {
        text.utf8.withContiguousStorageIfAvailable { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The number of Characters in a line: its byte count when it is ASCII without "\r" (every
    /// other ASCII byte is a Character of its own), else counted; counting Characters was 2.5 % of
    /// a CSV load.
    static func characterCount(_ line: Substring) -> Int {
        line.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) ? line.utf8.count : line.count
    }
}

/// Whether a word made by joining a line-end hyphenation is a word.
enum HyphenJoin {
    static func isWord(_ word: String) -> Bool {
        let clean = word.trimmingCharacters(in: .punctuationCharacters)
        guard let dictionaries = NorwegianDictionaries.shared else { return false }
        return dictionaries.contains(clean) || dictionaries.contains(clean.lowercased())
    }
}

/// The municipalities a line's label names, each label read once (`Normaliser.placeLabels`): none for a label that
/// is no municipality or names more. The drafts are read on all cores, so the table has a lock.
final class LabelPlaces: @unchecked Sendable {
    private var known: [String: (municipalities: [String], complete: Bool)] = [:]
    private let lock = NSLock()

    /// The gazetteer's reading of a label as a header: the municipalities it names, and whether it names nothing else.
    func reading(of label: String, places: PlaceNames) -> (municipalities: [String], complete: Bool) {
        if let found = lock.withLock({ known[label] }) { return found }
        let read = places.headerMunicipalities(label)
        lock.withLock { known[label] = read }
        return read
    }

    func municipalities(of label: String, places: PlaceNames) -> [String] {
        let read = reading(of: label, places: places)
        return read.complete ? read.municipalities : []
    }
}
