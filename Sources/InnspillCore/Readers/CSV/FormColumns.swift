import Foundation

/// What a form's columns hold, read from their answers rather than their titles. `TableReader.columns(header:)`
/// takes every column titled like a question for a question; the rows then tell which of them are none:
///
/// - a checkbox exported one column per option ("Kva kommunar er med? - Bergen", ticked "1" or "0", as Nettskjema
///   and Questback write it): the options ticked are one value, the municipalities when the options are
///   municipalities, else a field named by the question;
/// - a grid's rows ("Hvor enige er dere? [Kulturskolen er synlig]", Google's and Microsoft's forms), answered with a
///   rating ("Helt enig"): a field each, no contribution;
/// - a column of numbers ("Svar-ID"): a field;
/// - a choice among given answers ("Deltok du fysisk eller digitalt?" answered "Fysisk", "Digitalt"; "Hvilken rolle har
///   du?"): a question that asks no open "hva" or "hvordan", answered in a few words that repeat over four answers or
///   more, or yes and no: a field, unless the form would then have no question left;
/// - and a second header row that writes out the questions the first only numbers ("Spørsmål 1" over "Hva fungerer
///   godt?"): the questions' wording, no row of answers.
///
/// ```swift
/// var rows: [(cells: [String?], line: Int)] = [(["Gruppe A", "1", "0", "Breidda."], 2)]
/// let header = ["Gruppe", "Kva kommunar er med? - Bergen", "Kva kommunar er med? - Voss", "Kva gjer kulturskulen best?"]
/// let form = FormColumns(header: header, questions: [1, 2, 3], rows: rows)
/// form.checkboxes.first?.options   // [(1, "Bergen"), (2, "Voss")]
/// form.ticked(form.checkboxes[0], in: rows[0].cells)   // "Bergen"
/// ```
struct FormColumns {
    /// A checkbox question exported one column per option.
    struct Checkbox {
        let question: String
        let options: [(column: Int, option: String)]
    }

    /// The checkbox questions among the question columns.
    private(set) var checkboxes: [Checkbox] = []
    /// Question columns that hold ratings or numbers, not answers in words.
    private(set) var closed: [Int] = []
    /// Those of `closed` that are choices among given answers ("Vil du være med neste år?": Ja, Nei).
    private(set) var choices: [Int] = []
    /// The wording of each question column that a second header row gives, and that row's index among the rows.
    private(set) var wording: [Int: String] = [:]
    private(set) var wordingRow: Int?

    init(header: [String], questions: [Int], rows: [(cells: [String?], line: Int)]) {
        // A second header row: the first row fills only question columns, each with a question.
        let isQuestion = Set(questions)
        if let first = rows.first, rows.count > 1 {
            let filled = first.cells.indices.filter { !(first.cells[$0]?.trimmingWhitespace.isEmpty ?? true) }
            if !filled.isEmpty, filled.allSatisfy({ isQuestion.contains($0) && first.cells[$0]!.trimmingWhitespace.hasSuffix("?") }) {
                for column in filled { wording[column] = String(first.cells[column]!.trimmingWhitespace) }
                wordingRow = 0
            }
        }
        // What each question column's answers are, read cell by cell: a row's own cells only, so a short row in a wide
        // table costs its own length.
        let options = questions.map { FormColumns.option(of: header[$0]) }
        let position = Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1, $0) })
        var answered = Array(repeating: 0, count: questions.count)
        var marks = Array(repeating: true, count: questions.count)
        var numbers = Array(repeating: true, count: questions.count)
        var ratings = Array(repeating: true, count: questions.count)
        // The distinct answers of a column whose answers are all ratings, while they are few enough to be choices.
        var distinct = Array(repeating: Set<String>(), count: questions.count)
        for row in (wordingRow == nil ? rows[...] : rows.dropFirst()) {
            for (column, cell) in row.cells.enumerated() {
                guard let p = position[column], let value = cell?.trimmingWhitespace, !value.isEmpty else { continue }
                answered[p] += 1
                if marks[p] { marks[p] = options[p].map { FormColumns.isMark(value, option: $0.option) } ?? false }
                if numbers[p] { numbers[p] = FormColumns.isNumber(value) }
                if ratings[p] { ratings[p] = FormColumns.isRating(value) }
                if ratings[p], distinct[p].count <= FormColumns.mostChoices { distinct[p].insert(value.lowercased()) }
            }
        }
        var choiceColumns: [Int] = []
        var byQuestion: [String: [(column: Int, option: String)]] = [:]
        var order: [String] = []
        for (p, column) in questions.enumerated() {
            if let (question, option) = options[p], marks[p] {
                if byQuestion[question] == nil { order.append(question) }
                byQuestion[question, default: []].append((column, option))
            } else if answered[p] > 0, numbers[p] || FormColumns.gridRow(of: header[column]) != nil && ratings[p] {
                closed.append(column)
            } else if ratings[p], FormColumns.asksAChoice(header[column]), distinct[p].count <= FormColumns.mostChoices,
                      answered[p] >= 4 && distinct[p].count < answered[p] || distinct[p].isSubset(of: FormColumns.yesNoWords) {
                choiceColumns.append(column)
            }
        }
        // A form of choices only is read as questions still: a field of every column would leave nothing to read.
        let optionColumns = Set(byQuestion.values.flatMap { $0.map(\.column) })
        if questions.contains(where: { !closed.contains($0) && !choiceColumns.contains($0) && !optionColumns.contains($0) }) {
            closed += choiceColumns
            choices = choiceColumns
        }
        for question in order {
            let choices = byQuestion[question]!
            // One column alone titled "X - Y" is a question with a dash in it, unless its answers are numbers.
            if choices.count >= 2 {
                checkboxes.append(Checkbox(question: question, options: choices))
            } else if let only = choices.first, let p = position[only.column], answered[p] > 0, numbers[p] {
                closed.append(only.column)
            }
        }
        closed.sort()
    }

    /// The most distinct answers a choice among given answers has.
    static let mostChoices = 8

    /// Whether a column's title asks for a choice rather than for words of the answerer's own: a question ("...?") that
    /// opens with no open question word ("Vil du være med neste år?", "Hvor nyttig var dagen?", "Hvilken rolle har du?",
    /// not "Hva lærte du?") and asks for no word of one's own ("Hvilket ord beskriver dagen?", a word cloud's).
    ///
    /// ```swift
    /// FormColumns.asksAChoice("Deltok du fysisk eller digitalt?")   // true
    /// FormColumns.asksAChoice("Hva var det viktigste du lærte?")    // false
    /// ```
    static func asksAChoice(_ title: String) -> Bool {
        let t = title.trimmingSpaces
        guard t.hasSuffix("?") else { return false }
        let words = t.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let first = words.first, !openQuestionWords.contains(first) else { return false }
        return !words.contains { ["ord", "ordet", "stikkord", "stikkordet"].contains($0) }
    }

    /// Words that open a question answered in the answerer's own words.
    private static let openQuestionWords: Set<String> = [
        "hva", "kva", "hvordan", "korleis", "hvorfor", "kvifor", "hvilke", "hvem", "kven", "beskriv", "fortell", "forklar",
        "nevn", "skriv", "what", "how", "why", "which", "who", "describe",
    ]

    /// Answers to a yes-or-no question.
    static let yesNoWords: Set<String> = ["ja", "nei", "yes", "no", "vet ikke", "veit ikkje", "kanskje", "usikker"]

    /// The options ticked in a row, joined with ", " ("Bergen, Askøy"); nil when none is.
    func ticked(_ checkbox: Checkbox, in cells: [String?]) -> String? {
        let chosen = checkbox.options.filter { option in
            guard option.column < cells.count, let value = cells[option.column]?.trimmingWhitespace else { return false }
            return FormColumns.isTicked(value, option: option.option)
        }
        return chosen.isEmpty ? nil : chosen.map(\.option).joined(separator: ", ")
    }

    /// The question and option of a checkbox option's column: "Kva kommunar er med? - Bergen" gives ("Kva kommunar er
    /// med?", "Bergen"); "Hvilke fag? [Dans]" gives ("Hvilke fag?", "Dans").
    static func option(of title: String) -> (question: String, option: String)? {
        if let grid = gridRow(of: title) { return grid }
        guard let dash = title.range(of: " - ", options: .backwards) else { return nil }
        let question = title[..<dash.lowerBound].trimmingSpaces, option = title[dash.upperBound...].trimmingSpaces
        guard !question.isEmpty, !option.isEmpty, option.count <= 60 else { return nil }
        return (String(question), String(option))
    }

    /// The question and row of a grid's column, as Google's and Microsoft's forms title them: "Hvor enige er dere?
    /// [Kulturskolen er synlig]".
    static func gridRow(of title: String) -> (question: String, option: String)? {
        let t = title.trimmingSpaces
        guard t.hasSuffix("]"), let open = t.lastIndex(of: "[") else { return nil }
        let question = t[..<open].trimmingSpaces, row = t[t.index(after: open)..<t.index(before: t.endIndex)].trimmingSpaces
        return question.isEmpty || row.isEmpty ? nil : (String(question), String(row))
    }

    /// A checkbox's mark, ticked or not: "1" or "0", "x", yes or no, or the option's own name (some tools write the
    /// option ticked).
    static func isMark(_ value: Substring, option: String) -> Bool {
        value == "0" || noWords.contains(value.lowercased()) || isTicked(value, option: option)
    }

    /// A checkbox's mark that ticks it: "1", "x", yes, or the option's own name.
    static func isTicked(_ value: Substring, option: String) -> Bool {
        let lower = value.lowercased()
        return value == "1" || tickWords.contains(lower) || lower == option.lowercased()
    }

    private static let tickWords: Set<String> = ["x", "ja", "yes", "true", "sann", "✓", "✔", "checked", "valgt"]
    private static let noWords: Set<String> = ["nei", "no", "false", "usann", "unchecked", "ikke valgt", "ikkje valt"]

    /// A rating, as a grid's cell holds one: a few words without a sentence's end ("Helt enig", "Delvis", "4").
    static func isRating(_ value: Substring) -> Bool {
        value.count <= 30 && value.split(separator: " ").count <= 3 && !".!?".contains(value.last ?? ".")
    }

    /// A number: "101", "4,2", "-3", "100,0 %".
    static func isNumber(_ value: Substring) -> Bool {
        let digits = value.filter { !" %.,-+".contains($0) }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit) && value.count <= 20
    }
}

extension TableReader {
    /// The rows and columns of a form as its answers show them (`FormColumns`): a checkbox's options ticked in a column
    /// of their own (the municipalities, when it asks for them), closed questions as fields, and the questions of a
    /// second header row as the questions' wording, that row left out.
    func readingAnswers(_ rows: inout [(cells: [String?], line: Int)], _ columns: inout Columns) {
        let form = FormColumns(header: columns.header, questions: columns.questions, rows: rows)
        guard !form.checkboxes.isEmpty || !form.closed.isEmpty || form.wordingRow != nil else { return }
        if let row = form.wordingRow {
            columns.wording = form.wording
            columns.wordingLine = rows[row].line
            rows.remove(at: row)
        }
        columns.choices = form.choices
        var extra = columns.extra + form.closed
        var consumed = Set(form.closed)
        for checkbox in form.checkboxes {
            // The options ticked are written in the first option's column, which every row that ticks one has.
            let column = checkbox.options[0].column
            columns.header[column] = checkbox.question
            for k in rows.indices where column < rows[k].cells.count {
                rows[k].cells[column] = form.ticked(checkbox, in: rows[k].cells)
            }
            consumed.formUnion(checkbox.options.map(\.column))
            let namesPlaces = checkbox.options.allSatisfy { option in
                let found = places.headerMunicipalities(option.option)
                return found.complete && !found.municipalities.isEmpty
            }
            if let other = columns.index["municipalities"], columns.header[other] == checkbox.question {
                // The question's own column is its free text beside the options ("Other (please specify)", as SurveyMonkey
                // writes it): the options ticked join it.
                for k in rows.indices where column < rows[k].cells.count {
                    let written = other < rows[k].cells.count ? rows[k].cells[other] : nil
                    let both = [rows[k].cells[column], written].compactMap { $0?.trimmingWhitespace }.filter { !$0.isEmpty }
                    if other < rows[k].cells.count { rows[k].cells[other] = both.isEmpty ? nil : both.joined(separator: ", ") }
                }
            } else if columns.index["municipalities"] == nil,
                      TableReader.fieldAsked(by: checkbox.question) == "municipalities" || namesPlaces {
                columns.index["municipalities"] = column
            } else {
                extra.append(column)
            }
        }
        columns.questions.removeAll { consumed.contains($0) }
        columns.keep(asExtra: extra)
    }
}

extension TableReader {
    /// When no column is named for the group, a column whose every value names a group ("Gruppe 2", "Bord 3"), as a
    /// column "Foreslått av" does, is the group's. (The first hundred values of the first thousand rows decide: a column
    /// left empty that long names no group.)
    func findingTheGroupColumn(_ rows: [(cells: [String?], line: Int)], _ columns: inout Columns) {
        guard columns.index["group"] == nil, !columns.extra.isEmpty else { return }
        let reader = PadletTextReader(places: places)
        // Row by row, each row's own cells (a short row in a wide table costs its length), until every column is decided.
        let slot = Dictionary(uniqueKeysWithValues: columns.extra.enumerated().map { ($1, $0) })
        var seen = Array(repeating: 0, count: columns.extra.count)
        var namesGroups = Array(repeating: true, count: columns.extra.count)
        var undecided = columns.extra.count
        for row in rows.prefix(1000) where undecided > 0 {
            for (column, cell) in row.cells.enumerated() {
                guard let p = slot[column], namesGroups[p], seen[p] < 100, let value = cell?.trimmingWhitespace, !value.isEmpty else { continue }
                seen[p] += 1
                namesGroups[p] = value.count <= 80 && reader.groupHeader(value, strict: true)?.group != nil
                if !namesGroups[p] || seen[p] == 100 { undecided -= 1 }
            }
        }
        guard let position = namesGroups.indices.first(where: { namesGroups[$0] && seen[$0] > 0 }) else { return }
        columns.index["group"] = columns.extra[position]
        columns.keep(asExtra: columns.extra.enumerated().filter { $0.offset != position }.map(\.element))
    }
}
