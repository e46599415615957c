import Foundation
import InnspillText

/// Reads tabular exports — Padlet CSV exports (older and newer headers, English
/// or Norwegian interface), generic CSV/TSV, JSON arrays and JSON Lines — into
/// drafts. Columns are matched by name, case-insensitively; columns that are not
/// unit fields become extra fields named after them.
struct TableReader {
    let places: PlaceNames

    /// Header names each unit field answers to.
    static let aliases: [String: [String]] = [
        "text": ["body", "text", "tekst", "innhold", "innhald", "content", "brødtekst", "svar", "answer", "message", "melding", "innspill",
                 "response", "responses", "innspel", "tiltak", "forslag", "idé", "ideer", "idear"],
        "title": ["subject", "title", "tittel", "emne", "overskrift"],
        "section": ["section", "seksjon", "kolonne", "column", "del", "tema"],
        // A display name before the account's name ("Author name": "Anne Lise Berg" beside "Author": "anne.lise").
        "author": TableReader.displayNames + ["author", "forfatter", "forfattar", "skribent", "opprettet av", "oppretta av", "created by", "registrert av",
                   "skrevet av", "skrive av", "skrivi av", "name", "navn", "namn", "user", "username", "bruker", "brukernavn",
                   "brukarnamn", "participant", "deltaker", "deltakar", "referent", "skriver", "skrivar", "sekretær", "note taker",
                   // A quiz's player: a group playing on one device is named by its nickname ("Gr1 Skien").
                   "player", "nickname", "kallenavn",
                   // A form's question for the name of who answers.
                   "ditt navn", "ditt namn", "your name", "navn (valgfritt)", "namn (valfritt)", "name (optional)",
                   "navn på den som fyller ut", "navn på den som fyller ut (valgfritt)", "namn på den som fyller ut"],
        "posted": ["created at (utc)", "created at", "created", "opprettet (utc)", "opprettet", "opprettet den", "oppretta (utc)", "oppretta",
                   "publisert", "publisert (utc)", "published", "published at", "levert", "innlevert",
                   "posted", "timestamp", "tidspunkt", "dato", "date",
                   "innsendt", "sendt inn", "submitted", "submitted at", "submitted at (utc)", "tidsmerke", "tidsstempel",
                   "ts", "fullføringstidspunkt", "completion time", "registrert", "registrert dato", "registrert tid", "$created",
                   "time",
                   // Survey tools' end of the answer before its start (Qualtrics, SurveyMonkey, Netigate, Questback).
                   "end date", "recorded date", "date submitted", "sluttidspunkt", "sluttid", "fullført", "completed",
                   "start date", "starttidspunkt", "start time"],
        "group": ["group", "gruppe", "gruppa", "gruppenummer", "gruppenr", "gruppe nr", "group number", "bord", "bordnummer", "bordnr",
                  "team", "rom", "grupperom", "breakout room", "gruppenavn", "gruppenamn", "group name",
                  // A Miro board's frame, which the organisers name after a group ("Gruppe 1 – Kristiansand og Vennesla").
                  "frame"],
        "question": ["question", "spørsmål", "sporsmal", "poll"],
        "url": ["post url", "post link", "permalink", "innleggs-url", "lenke til innlegg", "innleggslenke", "attachment link", "attachment", "vedlegg",
                "lenke", "url", "link"],
        "municipalities": ["municipalities", "municipality", "kommune", "kommuner", "kommunar", "kommunenavn", "kommune(r)",
                           "kommuner i gruppa", "kommuner i gruppen", "kommunar i gruppa", "kommune(r) i gruppa", "kommune(r) i gruppen",
                           "kommunene i gruppa", "kommunene i gruppen", "kommunane i gruppa", "deltakende kommuner", "deltakande kommunar",
                           "kommunenr", "kommunenummer", "kommunenr.", "municipality number"],
        // A map board's place ("Kirkenes, Sør-Varanger, Troms og Finnmark, Norge").
        "location": ["location name", "location", "stedsnavn", "sted"],
        // A Padlet post's colour, which boards use to mark the organisers' posts.
        "colour": ["post color", "post colour", "innleggsfarge", "farge", "color", "colour"],
    ]
    /// The column of accounts' names beside one of display names: the author where the display name is empty.
    static let accountField = "author account"

    /// Names of a column of authors' display names, which an export may give beside their accounts' names.
    static let displayNames = ["author name", "author display name", "display name", "forfatternavn", "visningsnavn"]

    /// A column name as compared with the aliases: lower case, without spaces, "_" and "-".
    static func nameKey(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" })
    }

    /// The field a form's short question asks for: "Hvilke kommuner er med i gruppa?" the municipalities, "Hvilken
    /// gruppe er dere?" the group; nil for other titles ("Hvordan samarbeider kommunene med skolen?").
    ///
    /// ```swift
    /// TableReader.fieldAsked(by: "Hvilke kommuner er med i gruppa?")   // "municipalities"
    /// ```
    static func fieldAsked(by title: String) -> String? {
        // A note after the question is not part of it ("Hvilke kommuner var med? (kryss av alle som passer)").
        var asked = title.trimmingSpaces
        if asked.hasSuffix(")"), let open = asked.lastIndex(of: "("), asked[..<open].trimmingSpaces.hasSuffix("?") {
            asked = asked[..<open].trimmingSpaces
        }
        let words = asked.lowercased().split(whereSeparator: { !$0.isLetter })
        guard asked.hasSuffix("?"), (2...7).contains(words.count), let first = words.first,
              ["hvilke", "hvilken", "hvilket", "kva", "kven", "which", "what"].contains(first) else { return nil }
        if words.contains(where: { $0.hasPrefix("kommun") || $0.hasPrefix("municipalit") }) { return "municipalities" }
        if words.contains(where: { PadletLines.groupWords.contains(String($0)) }) { return "group" }
        return nil
    }

    /// What a spreadsheet's totals row says in its text column.
    /// Columns naming the right answer of a quiz's question (Kahoot's "Correct Answers"): a row with one chose among
    /// given answers.
    static let quizAnswerColumns: Set<String> = Set(["correct answers", "correct answer", "riktig svar", "riktige svar", "rett svar",
                                                     "korrekt svar"].map(nameKey))

    static let totalsWords: Set<String> = ["sum", "sum:", "total", "total:", "totalt", "totalt:", "i alt", "i alt:", "totalsum", "summert"]

    /// Padlet columns that carry nothing for analysis.
    static let ignored: Set<String> = ["updated at", "updated at (utc)", "oppdatert", "oppdatert (utc)", "sist endret", "sist endret (utc)",
                                       "attachment caption", "vedleggstekst", "tidspunkt for siste endring",
                                       "last modified time"]

    /// Words that name a form's column of free answers without a question mark ("Andre innspill", "Kommentarer").
    static let answerWords: Set<String> = ["innspill", "kommentar", "kommentarer", "kommentarar", "svar", "tilbakemelding",
                                           "tilbakemeldinger", "tilbakemeldingar", "merknad", "merknader", "merknadar", "forslag",
                                           "comment", "comments", "feedback", "suggestions"]

    /// Where the unit fields stand under this header, with the columns given in `mapping`; throws when
    /// a mapped column is missing or no text column is found. The loader asks before it reads any row.
    ///
    /// ```swift
    /// let columns = try reader.columns(header: ["Svar", "Gruppe"], mapping: ColumnMapping(), path: "svar.csv")
    /// let result = try reader.read(rows: rows, columns: columns, path: "svar.csv", format: "csv")
    /// ```
    func columns(header: [String], mapping: ColumnMapping, path: String) throws -> Columns {
        let lowered = header.map { $0.trimmingSpaces.lowercased() }
        // Names compared without case, spaces, "_" and "-": "Created at", "created_at" and "createdAt" are one name.
        let keys = lowered.map(TableReader.nameKey)
        var columnOf: [String: Int] = [:]
        for (field, column) in mapping.columns {
            guard let index = lowered.firstIndex(of: column.lowercased()) else {
                throw InnspillError("no column named '\(column)' (for \(field)=)",
                                    hint: "columns are: \(header.joined(separator: ", "))", location: .file(path, line: 1))
            }
            columnOf[field] = index
        }
        for (field, names) in TableReader.aliases.sorted(by: { $0.key < $1.key }) where columnOf[field] == nil {
            if let index = names.lazy.compactMap({ keys.firstIndex(of: TableReader.nameKey($0)) }).first, !columnOf.values.contains(index) {
                columnOf[field] = index
            }
        }
        // Beside a column of display names, the accounts' column gives the author where a display name is empty.
        if let author = columnOf["author"], TableReader.displayNames.map(TableReader.nameKey).contains(keys[author]),
           let account = TableReader.aliases["author"]!.dropFirst(TableReader.displayNames.count).lazy
               .compactMap({ keys.firstIndex(of: TableReader.nameKey($0)) }).first(where: { !columnOf.values.contains($0) }) {
            columnOf[TableReader.accountField] = account
        }
        // A form asks for the group and its municipalities in questions of their own ("Hvilke kommuner er med i gruppa?").
        for (index, title) in header.enumerated() where !columnOf.values.contains(index) {
            if let field = TableReader.fieldAsked(by: title), columnOf[field] == nil { columnOf[field] = index }
        }
        // A form's export asks its questions in columns of their own ("1. Hva fungerer godt ...?"): each is a text column.
        var questions = columnOf["text"] != nil ? [] : header.indices.filter {
            !columnOf.values.contains($0) && QuestionTitle.isQuestion(header[$0])
        }
        // Among a form's questions, a task put without a question mark ("Ett ord om dagen i dag", a word cloud's) is one
        // too: a title of four words or more that names no field, or one that names free answers ("Andre innspill").
        if !questions.isEmpty {
            questions = header.indices.filter { index in
                let words = lowered[index].split(whereSeparator: { !$0.isLetter })
                return questions.contains(index) || !columnOf.values.contains(index) && !TableReader.ignored.contains(lowered[index])
                    && (words.count >= 4 || words.contains { TableReader.answerWords.contains(String($0)) })
            }
        }
        guard columnOf["text"] != nil || !questions.isEmpty else {
            throw InnspillError("no text column found (looked for \(TableReader.aliases["text"]!.prefix(4).joined(separator: ", ")), "
                                + "or columns named by questions)",
                                hint: "name the text column with text=COLUMN; columns are: \(header.joined(separator: ", "))",
                                location: .file(path, line: 1))
        }
        let used = Set(columnOf.values).union(questions)
        let extraColumns = header.indices.filter { !used.contains($0) && !TableReader.ignored.contains(lowered[$0]) && !lowered[$0].isEmpty }
        let utc = columnOf["posted"].map { lowered[$0].contains("utc") } ?? false

        var columns = Columns(header: header, index: columnOf, utc: utc, questions: questions)
        columns.keep(asExtra: extraColumns)
        return columns
    }

    /// Reads the rows under the header `columns` was made from, which stands on `headerLine`. `format` names the
    /// result ("padlet-csv", "csv", "tsv", "json").
    ///
    /// `cellsRunOverLines`: whether a cell's lines are the file's lines, as in CSV and TSV, where a row spans as many
    /// lines as its quoted cells hold (each unit's `raw` is then all of its row's lines). In a workbook's sheet or a
    /// JSON record a cell's lines all stand on the row's one line.
    func read(rows: [(cells: [String?], line: Int)], columns: Columns, path: String,
              format: String, headerLine: Int = 1, cellsRunOverLines: Bool = true, control: WorkControl = .none) throws -> ReadResult {
        var result = ReadResult(format: format)
        var rows = rows
        var columns = columns
        if !columns.questions.isEmpty { readingAnswers(&rows, &columns) }
        findingTheGroupColumn(rows, &columns)
        columns.authorsHaveUsernames = format == "padlet-csv"
        // Merged cells come from spreadsheets, which save CSV and TSV (not Padlet, not JSON). A group's municipalities
        // are merged as its name is, when that is: alone, a column of them may be left empty by those who skip it. So is
        // the question a group's rows answer.
        var groupsMerged = false
        for field in ["group", "section", "municipalities", "question"] where format == "csv" || format == "tsv" {
            guard let column = columns.index[field], field == "group" || field == "section" || groupsMerged else { continue }
            let filled = TableReader.fillDown(&rows, column: column)
            if field == "group" { groupsMerged = filled > 0 }
            if filled > 0 {
                result.warnings.append("'\(path)': \(Plural.count(filled, "empty cell", "empty cells")) in column '\(columns.header[column])' "
                                       + "took the value above them (a spreadsheet's merged cells); give \(field)=COLUMN with another column if that is wrong")
            }
        }
        let renamed = columns.renamed
        if !renamed.isEmpty {
            let list = renamed.map { "'\($0.column)' is '\($0.field)'" }.joined(separator: ", ")
            // (A JSON file has keys where a table has columns.)
            let column = format.hasPrefix("json") ? "key" : "column"
            result.warnings.append("'\(path)': " + (renamed.count == 1 ? "a \(column) is" : "\(column)s are")
                                   + " named like a field every unit has (or like a \(column) before), so "
                                   + (renamed.count == 1 ? "it is" : "they are") + " kept under another name: \(list)")
        }
        if let column = columns.index["posted"] {
            columns.dayFirst = TableReader.slashDatesPutDayFirst(rows.lazy.compactMap { column < $0.cells.count ? $0.cells[column] : nil })
            // A time written in a form no reader knows would leave every unit without one, unsaid: the first rows tell.
            let written = rows.prefix(100).lazy.compactMap { row -> (String, Int)? in
                guard column < row.cells.count, let value = row.cells[column], !value.trimmingWhitespace.isEmpty else { return nil }
                return (value, row.line)
            }
            if let (value, line) = written.first(where: { TableReader.date($0.0, utc: columns.utc, dayFirst: columns.dayFirst) == nil }) {
                result.warnings.append("'\(path)' line \(line): '\(value)' in column '\(columns.header[column])' is no time Innspill reads, "
                                       + "so units with such a time have none; write it as 2024-03-14 10:15 (or give posted=COLUMN for another column)")
            }
        }
        // The municipality column is read once per distinct value (a few hundred over any number of rows).
        var municipalityLists: [String: [String]] = [:]
        if let column = columns.index["municipalities"] {
            let (lists, warning) = readMunicipalities(in: rows, column: column, name: columns.header[column], path: path)
            municipalityLists = lists
            if let warning { result.warnings.append(warning) }
        }
        // A quiz's report (Kahoot): rows that chose among a question's given answers, one of them right, are the game,
        // not what anyone wrote; the rows of its open questions (a word cloud, an open answer) are.
        if let key = columns.header.indices.first(where: { TableReader.quizAnswerColumns.contains(TableReader.nameKey(columns.header[$0])) }) {
            let before = rows.count
            rows.removeAll { key < $0.cells.count && !($0.cells[key]?.trimmingWhitespace.isEmpty ?? true) }
            if rows.count < before {
                result.warnings.append("'\(path)': \(Plural.count(before - rows.count, "row")) answer a quiz question (column "
                                       + "'\(columns.header[key])' names its right answer): left out, as choices among given answers")
            }
        }
        // A form's questions, one column each: a prompt per question, and a post per answer, which links to it.
        var tables = [columns]
        if !columns.questions.isEmpty {
            tables = []
            // (A question no one answered, or a column a tool leaves empty, asks nothing.)
            func filled(_ row: (cells: [String?], line: Int), _ column: Int) -> Bool {
                column < row.cells.count && !(row.cells[column]?.trimmingWhitespace.isEmpty ?? true)
            }
            let answered = columns.questions.filter { column in rows.contains { filled($0, column) } }
            // A respondent who only chose among given answers wrote nothing: no unit holds them, so say how many.
            let choosersOnly = rows.filter { row in
                columns.choices.contains { filled(row, $0) } && !columns.questions.contains { filled(row, $0) }
            }
            if let first = choosersOnly.first {
                result.warnings.append("'\(path)': \(Plural.count(choosersOnly.count, "row answers", "rows answer")) only the form's "
                                       + "choices (line \(first.line)): with no words of their own they are no unit, and in no count")
            }
            for (position, column) in answered.enumerated() {
                var prompt = QuestionTitle.prompt(asking: columns.header[column], else: position + 1, line: headerLine)
                if let wording = columns.wording[column], let line = columns.wordingLine {
                    prompt.question = wording
                    prompt.firstLine = line
                    prompt.lines = [SourceLine(number: line, text: Substring(wording))]
                }
                result.drafts.append(prompt)
                var asked = columns
                asked.index["text"] = column
                asked.question = prompt.question
                tables.append(asked)
            }
        }
        // One reader for the whole table: it keeps the group headers it has read (titles repeat).
        let reader = PadletTextReader(places: places)
        // Rows are independent: read them on all cores, in blocks that can be stopped between.
        for block in stride(from: 0, to: rows.count, by: TableReader.blockSize) {
            let count = min(TableReader.blockSize, rows.count - block)
            let drafts = Parallel.map(count, minimumChunk: 64) { [self, municipalityLists, rows, tables] i in
                tables.flatMap { table in
                    self.drafts(cells: rows[block + i].cells, line: rows[block + i].line, columns: table,
                                municipalityLists: municipalityLists, reader: reader, cellsRunOverLines: cellsRunOverLines)
                }
            }
            result.drafts += drafts.joined()
            try control.checkStop()
            control.progress("reading rows", done: block + count, total: rows.count)
        }
        // A note under the table, after an empty row, in a table whose rows name their groups ("Totalt 27 innspill fra
        // 10 bord. Renskrevet av Mona"), is the organisers' text.
        let notes = TableReader.notesUnderTable(rows, group: columns.index["group"])
        if !notes.isEmpty {
            for k in result.drafts.indices where result.drafts[k].kind == .post && notes.contains(result.drafts[k].firstLine) {
                result.drafts[k].kind = .prompt
            }
        }
        if let column = columns.index["colour"] { result.drafts = TableReader.organisersByColour(result.drafts, rows: rows, column: column) }
        result.addPromptsOfQuestionSections()
        result.addPromptsOfAnsweredQuestions()
        return result
    }

    /// The drafts with the posts a board marks as the organisers' by their colour made prompts: a post of no group and no
    /// municipality in a colour the board's question boxes have and no group's post has ("Siste runde", blue as the
    /// question boxes are: "Skriv ett eller to stikkord: Hva tar dere med tilbake til egen kommune?"). Other boards'
    /// drafts are returned as they are.
    static func organisersByColour(_ drafts: [DraftUnit], rows: [(cells: [String?], line: Int)], column: Int) -> [DraftUnit] {
        // A draft's colour is its row's: the row starting at or before its first line.
        let starts = rows.map(\.line)
        let colours = rows.map { column < $0.cells.count ? $0.cells[column]?.trimmingWhitespace.lowercased() ?? "" : "" }
        func colour(_ draft: DraftUnit) -> String {
            var low = 0, high = starts.count
            while low < high { let mid = (low + high) / 2; if starts[mid] <= draft.firstLine { low = mid + 1 } else { high = mid } }
            return low == 0 ? "" : colours[low - 1]
        }
        let isGroups = { (draft: DraftUnit) in draft.group != nil || !draft.municipalities.isEmpty }
        let organisers = Set(drafts.filter { $0.kind == .prompt }.map(colour))
            .subtracting(drafts.filter { $0.kind == .post && isGroups($0) }.map(colour)).subtracting([""])
        guard !organisers.isEmpty else { return drafts }
        return drafts.flatMap { draft -> [DraftUnit] in
            guard draft.kind == .post, !isGroups(draft), organisers.contains(colour(draft)) else { return [draft] }
            var box = draft
            if let title = draft.title { box.lines.insert(SourceLine(number: draft.firstLine, text: title[...]), at: 0) }
            return PadletTextReader.prompts(from: box)
        }
    }

    /// The lines of the rows under a table's last empty row that fill one cell each and name no group, where the rows
    /// above name theirs: the notes under the table. Empty for other tables.
    static func notesUnderTable(_ rows: [(cells: [String?], line: Int)], group: Int?) -> Set<Int> {
        func filled(_ row: (cells: [String?], line: Int)) -> Int { row.cells.count { !($0?.trimmingWhitespace.isEmpty ?? true) } }
        // (Empty rows at the very end, as spreadsheets save them, are passed over.)
        guard let group, let last = rows.lastIndex(where: { filled($0) > 0 }),
              let empty = rows[..<last].lastIndex(where: { filled($0) == 0 }), empty > 0,
              rows[..<empty].contains(where: { group < $0.cells.count && !($0.cells[group]?.trimmingWhitespace.isEmpty ?? true) })
        else { return [] }
        let under = rows[(empty + 1)...last]
        guard under.allSatisfy({ filled($0) == 1 && (group >= $0.cells.count || ($0.cells[group]?.trimmingWhitespace.isEmpty ?? true)) })
        else { return [] }
        return Set(under.map(\.line))
    }

    /// A Padlet author without the username in brackets after the display name: "Kulturskolen i Sirdal (sirdalks)"
    /// gives "Kulturskolen i Sirdal". A bracket holding more than one word is part of the name.
    ///
    /// ```swift
    /// TableReader.withoutUsername("Liv Andebu (livandebu)")   // "Liv Andebu"
    /// ```
    static func withoutUsername(_ author: String) -> String {
        guard author.hasSuffix(")"), let open = author.lastIndex(of: "(") else { return author }
        let username = author[author.index(after: open)..<author.index(before: author.endIndex)]
        let name = author[..<open].trimmingSpaces
        guard !username.isEmpty, !name.isEmpty, !username.contains(where: { $0.isWhitespace || $0.isUppercase }) else { return author }
        return String(name)
    }

    /// How many rows stand above a table's header: rows with at most one cell filled (a title, a blank row), and
    /// labelled rows ("Kommunar:" beside the group's municipalities), before a row with two or more, among the first
    /// `preambleLimit`. A table of one column has none.
    ///
    /// ```swift
    /// TableReader.preambleRows([["Temamøte 2024", ""], ["", ""], ["Kommune", "Svar"], ["Bodø", "Ja"]])   // 2
    /// TableReader.preambleRows([["Kommunar:", "Herøy, Ulstein"], ["", ""], ["Spørsmål", "Svar"], ["Kva?", "Ja"]])   // 2
    /// ```
    static func preambleRows<Rows: Collection<[String]>>(_ rows: Rows) -> Int {
        func filled(_ row: [String]) -> Int { row.count { !$0.trimmingWhitespace.isEmpty } }
        return rows.prefix(preambleLimit + 1).enumerated().first { filled($0.element) >= 2 && label(of: $0.element) == nil }?.offset ?? 0
    }

    /// The header of a survey tool's export that writes it over more than one row, and how many rows it takes:
    /// Qualtrics writes three (column ids, the questions, and `{"ImportId":"QID3_TEXT"}`): the questions are the
    /// header. SurveyMonkey writes two (the questions, then "Response", "Open-Ended Response", or under a checkbox
    /// question each option's name): an option's column is titled "question - option", as other forms title it. Nil
    /// for a header of one row.
    ///
    /// ```swift
    /// TableReader.surveyHeader([["Q1", "Q2"], ["Gruppe", "Hva bør vi gjøre?"], [#"{"ImportId":"QID1"}"#, #"{"ImportId":"QID2_TEXT"}"#]])
    /// // (["Gruppe", "Hva bør vi gjøre?"], 3)
    /// ```
    static func surveyHeader(_ rows: [[String]]) -> (header: [String], rows: Int)? {
        if rows.count >= 3, rows[2].contains(where: { $0.trimmingSpaces.hasPrefix(#"{"ImportId""#) }) {
            let header = rows[1].indices.map { k in rows[1][k].trimmingWhitespace.isEmpty && k < rows[0].count ? rows[0][k] : rows[1][k] }
            return (header, 3)
        }
        let responses: Set<String> = ["response", "open-ended response", "svar", "åpent svar"]
        guard rows.count >= 2, rows[1].contains(where: { responses.contains($0.trimmingWhitespace.lowercased()) }),
              rows[1].first.map({ $0.trimmingWhitespace.isEmpty }) ?? false else { return nil }
        var header: [String] = []
        var question = ""
        for k in rows[0].indices {
            let top = rows[0][k].trimmingWhitespace
            if !top.isEmpty { question = String(top) }
            let sub = k < rows[1].count ? rows[1][k].trimmingWhitespace : ""
            // The free text beside a checkbox's options ("Other (please specify)") answers the question itself.
            let other = sub.lowercased().hasPrefix("other") || sub.lowercased().hasPrefix("annet") || sub.lowercased().hasPrefix("anna")
            header.append(sub.isEmpty || responses.contains(sub.lowercased()) || question.isEmpty ? String(top)
                          : other ? question : "\(question) - \(sub)")
        }
        return (header, 2)
    }

    /// A labelled row's label and value: a first cell ending in ":" and the cells after it ("Kommunar:" | "Herøy,
    /// Ulstein" gives ("Kommunar", "Herøy, Ulstein")), or one cell "Label: value". Nil for other rows.
    static func label(of row: [String]) -> (label: String, value: String)? {
        let cells = row.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        guard let first = cells.first, let colon = first.firstIndex(of: ":"), first.distance(from: first.startIndex, to: colon) <= 40
        else { return nil }
        let label = first[..<colon].trimmingSpaces
        let inCell = first[first.index(after: colon)...].trimmingSpaces
        let value = ([inCell] + cells.dropFirst()).filter { !$0.isEmpty }.joined(separator: ", ")
        guard !label.isEmpty, label.allSatisfy({ $0.isLetter || $0 == " " }), !value.isEmpty,
              inCell.isEmpty || cells.count == 1 else { return nil }
        return (String(label), value)
    }

    /// The fields labelled rows over a table give all its rows ("Kommunar: Herøy, Ulstein" over a group's sheet): each
    /// labelled row whose label names a field (as a column would), and no column of the header does.
    static func labelledFields(_ preamble: [[String]], header: [String]) -> [(name: String, value: String)] {
        let named = Set(header.map(nameKey))
        let fieldNames = Set(aliases.values.joined().map(nameKey))
        return preamble.compactMap(label(of:)).filter { fieldNames.contains(nameKey($0.label)) && !named.contains(nameKey($0.label)) }
            .map { ($0.label, $0.value) }
    }

    /// The most rows `preambleRows` passes over.
    private static let preambleLimit = 10

    /// Fills the empty cells of a column with the value above them when the column reads like merged cells
    /// exported from a spreadsheet: each value stands once over a block of rows, so no two neighbouring rows
    /// hold the same value, and some value has empty cells under it. Answers how many cells it filled.
    ///
    /// ```swift
    /// var rows: [(cells: [String?], line: Int)] = [(["1", "a"], 2), ([nil, "b"], 3), (["2", "c"], 4)]
    /// TableReader.fillDown(&rows, column: 0)   // 1: row 3 is in group "1"
    /// ```
    @discardableResult
    static func fillDown(_ rows: inout [(cells: [String?], line: Int)], column: Int) -> Int {
        func value(_ row: Int) -> String? {
            guard column < rows[row].cells.count, let cell = rows[row].cells[column], !cell.trimmingWhitespace.isEmpty else { return nil }
            return cell
        }
        var previous: String?
        var emptyUnderAValue = false
        for row in rows.indices {
            let cell = value(row)
            if let cell, cell == previous { return 0 }  // the same value twice in a row: not merged cells
            if cell == nil, row > 0, previous != nil || emptyUnderAValue { emptyUnderAValue = true }
            previous = cell
        }
        guard emptyUnderAValue else { return 0 }
        var filled = 0
        var above: String?
        for row in rows.indices {
            if let cell = value(row) { above = cell; continue }
            // An empty row, such as the last line of an Excel export, is no row of the group, and ends its block: a
            // note under the table ("Totalt 27 innspill fra 10 bord.") is no group's.
            guard rows[row].cells.contains(where: { !($0?.trimmingWhitespace.isEmpty ?? true) }) else { above = nil; continue }
            guard let above, column < rows[row].cells.count else { continue }
            rows[row].cells[column] = above
            filled += 1
        }
        return filled
    }

    /// The 2024 names each value of the municipality column gives ("Bodø og Steigen", "Tromsø kommune",
    /// "Hustavika"), by the value as `drafts` reads a cell, and a warning naming the values that are not
    /// (only) municipalities, which the units leave out; nil when every value is one.
    private func readMunicipalities(in rows: [(cells: [String?], line: Int)], column: Int, name: String,
                                    path: String) -> (lists: [String: [String]], warning: String?) {
        var found: [String: (municipalities: [String], complete: Bool)] = [:]
        var unknown: [(value: String, line: Int, read: [String])] = []
        for row in rows where column < row.cells.count {
            guard let value = row.cells[column].map({ String($0.trimmingWhitespace) }), !value.isEmpty else { continue }
            let read = found[value] ?? places.headerMunicipalities(value)
            found[value] = read
            if !read.complete { unknown.append((value, row.line, read.municipalities)) }
        }
        return (found.mapValues(\.municipalities), unknownMunicipalitiesWarning(unknown, column: name, path: path))
    }

    /// Names the values with words that are no municipality, and what was read of each ("'Trondheim (inkl. Klæbu)' (line 3;
    /// read as Trondheim)"), so a value read in part is not taken for one left out.
    private func unknownMunicipalitiesWarning(_ unknown: [(value: String, line: Int, read: [String])], column name: String,
                                              path: String) -> String? {
        guard !unknown.isEmpty else { return nil }
        // Each value says what became of it: read in part, or left out (a warning once said "left out" of values it kept).
        let examples = unknown.prefix(3).map { value in
            "'\(value.value)' (line \(value.line); " + (value.read.isEmpty ? "left out)" : "read as \(value.read.joined(separator: ", ")))")
        }.joined(separator: ", ")
        let what = Plural.count(unknown.count, "value", "values") + " in column '\(name)' " + (unknown.count == 1 ? "names" : "name")
        return "'\(path)': \(what) something that is not a municipality of 2024: \(examples)"
            + (unknown.count > 3 ? " and \(unknown.count - 3) more" : "") + "; check their spelling, or give municipalities=COLUMN if another column holds the municipalities"
    }

    /// The field names of extra columns: a column's own name, unless a field of every unit already
    /// answers to it ("id", "tags", "fylke") or a column before it has it (in any case): then
    /// "NAME_column", which `filter` and `group by` can reach (the other field would hide the
    /// column). Also returns the columns renamed.
    ///
    /// ```swift
    /// TableReader.extraFieldNames(["Runde", "id"]).names   // ["Runde", "id_column"]
    /// ```
    static func extraFieldNames(_ columns: [String]) -> (names: [String], renamed: [(column: String, field: String)]) {
        var taken = Set(FieldRegistry.builtIn.flatMap { [$0.name] + $0.aliases })
        var names: [String] = [], renamed: [(column: String, field: String)] = []
        for column in columns {
            var name = column
            if taken.contains(column.lowercased()) {
                name = column + "_column"
                var n = 2
                while taken.contains(name.lowercased()) { name = column + "_column\(n)"; n += 1 }
                renamed.append((column, name))
            }
            taken.insert(name.lowercased())
            names.append(name)
        }
        return (names, renamed)
    }

    /// Blocks of rows read on all cores between checks for a stop.
    static let blockSize = 4096

    /// Where the unit fields stand in a table's rows.
    struct Columns: Sendable {
        /// The header's names (a checkbox's first option column is renamed after its question: `readingAnswers`).
        var header: [String]
        /// Unit field -> column index.
        var index: [String: Int]
        /// Columns kept as extra fields (set with `keep(asExtra:)`).
        private(set) var extra: [Int] = []
        /// The field name of each of `extra`.
        private(set) var extraNames: [String] = []
        /// The extra columns kept under another name than their own.
        private(set) var renamed: [(column: String, field: String)] = []
        /// Whether the posted column is in UTC.
        let utc: Bool
        /// Whether the posted column's dates with slashes put the day first ("23/4/2025"); the column decides, since
        /// "4/5/25" alone is either. Month first ("4/23/25 10:14:05", an English Excel's) unless a first number is over 12.
        var dayFirst = false
        /// The columns that each ask a question (a form's export), when no column is the text.
        var questions: [Int] = []
        /// The question every row answers in the text column (one of `questions`), nil for a table's own question column.
        var question: String?
        /// The wording of question columns that a second header row writes out ("Spørsmål 1" over "Hva fungerer godt?"),
        /// and that row's line.
        var wording: [Int: String] = [:]
        var wordingLine: Int?
        /// The form's choices among given answers, kept as fields (`FormColumns.choices`).
        var choices: [Int] = []
        /// Whether authors are written "Display Name (username)", as Padlet's older CSV export writes them.
        var authorsHaveUsernames = false

        init(header: [String], index: [String: Int], utc: Bool, questions: [Int]) {
            self.header = header
            self.index = index
            self.utc = utc
            self.questions = questions
        }

        /// Keeps these columns (in the header's order) as extra fields, each under its own name unless a field has it.
        mutating func keep(asExtra columns: [Int]) {
            extra = columns.sorted()
            (extraNames, renamed) = TableReader.extraFieldNames(extra.map { header[$0] })
        }
    }

    /// The drafts of one row: none for an empty row, the prompts of a question box, else one post.
    private func drafts(cells: [String?], line: Int, columns: Columns, municipalityLists: [String: [String]],
                        reader: PadletTextReader, cellsRunOverLines: Bool) -> [DraftUnit] {
        func cell(_ field: String) -> String? {
            guard let index = columns.index[field], index < cells.count, let value = cells[index] else { return nil }
            let trimmed = value.trimmingWhitespace
            return trimmed.isEmpty ? nil : String(trimmed)
        }
        let cellText = cell("text")
        // A spreadsheet's totals row ("Sum", "Totalt") under a vote count is no one's contribution.
        if let cellText, cellText.count <= 12, TableReader.totalsWords.contains(cellText.lowercased()) { return [] }
        let body = cellText.map(HTMLText.plain) ?? ""
        var draft = DraftUnit(kind: .post, firstLine: line)
        // A cell's lines are the file's lines from the row's on; lines made from HTML ("<li>") are all on the row's.
        let fromMarkup = cellText?.utf8.contains(UInt8(ascii: "<")) ?? false
        // A body written in Markdown ("**Gruppe 2: Drammen**", "### Spørsmål 1") reads as its words, as a Markdown file does.
        let markdown = !fromMarkup && TableReader.mayBeMarkdown(body)
        draft.lines = TableReader.lines(of: body).enumerated().map {
            let source = SourceLine(number: fromMarkup || !cellsRunOverLines ? line : line + $0.offset, text: $0.element)
            return markdown ? MarkdownLine(source).line : source
        }
        // The row's lines after the text's (a quoted cell further on that runs over lines) are its too, for `raw`.
        if cellsRunOverLines {
            let last = line + cells.reduce(0) { $0 + ($1?.utf8.count { $0 == UInt8(ascii: "\n") } ?? 0) }
            let covered = draft.lines.last?.number ?? line
            if last > covered { draft.headerLines = (covered + 1 ... last).map { SourceLine(number: $0, text: "") } }
        }
        draft.title = cell("title").map(HTMLText.plain)
        draft.section = cell("section")
        draft.author = (cell("author") ?? cell(TableReader.accountField)).map { columns.authorsHaveUsernames ? TableReader.withoutUsername($0) : $0 }
        // A group column holding only the group's number ("1") names "Gruppe 1", as a header would.
        draft.group = cell("group").map { $0.allSatisfy(\.isASCIIDigit) && $0.count <= 3 ? "Gruppe \($0)" : $0 }
        draft.question = columns.question ?? cell("question")
        draft.url = cell("url")
        if let posted = cell("posted") { draft.posted = TableReader.date(posted, utc: columns.utc, dayFirst: columns.dayFirst) }
        // A title like "Gruppe 2: Bodø og Kongsberg" names the group, its municipalities and maybe the theme; one of
        // places alone ("Porsanger og Alta") names the group by them, unless the author is the group ("Gruppe 3").
        var groupNamedByPlaces = false
        for source in [draft.title, draft.group].compactMap({ $0 }) {
            if let header = reader.groupHeader(Substring(source), strict: false) {
                if let group = header.group {
                    draft.group = group
                    groupNamedByPlaces = false
                } else if draft.group == nil {
                    draft.group = header.label
                    groupNamedByPlaces = true
                }
                draft.municipalities += header.municipalities.filter { !draft.municipalities.contains($0) }
                if let key = header.section, draft.section == nil { draft.section = key }
            }
        }
        // A column of municipalities ("Kommune": "Bodø", "Bodø og Steigen"): their 2024 names, as a header gives them.
        if let list = cell("municipalities") {
            if let names = municipalityLists[list] { draft.municipalities += names.filter { !draft.municipalities.contains($0) } }
            // The group's number typed into the municipalities' answer of a form ("gruppe 15 – Leirfjord og Alstahaug")
            // names the group, where nothing else did.
            if draft.group == nil, list.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
               let header = reader.groupHeader(Substring(list), strict: false), let group = header.group {
                draft.group = group
            }
        }
        // A map board's location names the municipality among other places: the parts that are one alone count.
        if let location = cell("location") {
            draft.municipalities += reader.municipalities(standingAloneIn: location.split(separator: ",")).filter { !draft.municipalities.contains($0) }
        }
        if draft.group == nil || groupNamedByPlaces, let author = draft.author, PadletTextReader.isGroupName(author) {
            // "Gruppe 3 (Sørfold, Steigen, Hamarøy)": the group posts as itself, and names its municipalities.
            if let header = reader.groupHeader(Substring(author), strict: false), let group = header.group {
                draft.group = group
                draft.municipalities += header.municipalities.filter { !draft.municipalities.contains($0) }
            } else if draft.group == nil {
                draft.group = author
            }
        }
        // Header lines inside the body, as the text reader takes them: "Kommunar: ..." lines and who took part ("Deltakere:
        // Bodø, Saltdal", "Gruppen besto av:" over a list) give the municipalities; a list that goes on into a sentence
        // ("Kommunar: Voss og Volda. Vi snakka om ...") keeps that sentence as text. (And below, a first line that only
        // lists municipalities when the title named the group alone; a line with nothing after it is the answer itself,
        // "Kulturskolen i Oslo", not a header: it stays.)
        let takingPart = reader.takingPart(inBody: draft.lines)
        draft.municipalities += takingPart.municipalities.filter { !draft.municipalities.contains($0) }
        draft.lines = takingPart.text
        draft.headerLines = takingPart.header + draft.headerLines
        // An answer that opens with its group ("Gruppe 5 (Nes og Eidsvoll): Felles planleggingsdag."): the group is
        // the header's, the rest the answer.
        if draft.group == nil, let first = draft.lines.firstIndex(where: { !$0.isBlank }),
           let (header, answer) = reader.answerAfterGroup(draft.lines[first].trimmed), let group = header.group {
            draft.group = group
            draft.municipalities += header.municipalities.filter { !draft.municipalities.contains($0) }
            draft.lines[first] = SourceLine(number: draft.lines[first].number, text: answer)
        }
        // A first line that names the group ("Gruppe 7: Lier og Drammen") when nothing else did is a header too.
        if let first = draft.lines.firstIndex(where: { !$0.isBlank }),
           draft.lines[(first + 1)...].contains(where: { !$0.isBlank }),
           let header = reader.groupHeader(draft.lines[first].trimmed, strict: true),
           header.group == nil ? !header.municipalities.isEmpty : draft.group == nil {
            if let group = header.group { draft.group = group }
            if let key = header.section, draft.section == nil { draft.section = key }
            draft.municipalities += header.municipalities.filter { !draft.municipalities.contains($0) }
            draft.lines.remove(at: first)
        }
        // Extra columns are in ascending order: stop at the row's end (a short row in a wide table costs its own length).
        for (k, index) in columns.extra.enumerated() {
            guard index < cells.count else { break }
            if let value = cells[index], !value.isEmpty { draft.extra[columns.extraNames[k]] = value }
        }
        // (A form's unanswered question is no post, titled or not; nor is an answer of a dash or dots, "—", "-", "...".)
        guard !TableReader.isPlaceholder(body) || draft.title != nil && columns.question == nil else { return [] }
        // A post titled as the organisers' question box holds prompts; so does a post of no group that introduces a
        // list of questions as the box does ("Slik svarer dere" over "Spørsmål til økt 1:" and "1. Hva ...?").
        if let title = draft.title, PadletTextReader.isPromptBoxTitle(Substring(title)) || draft.group == nil && draft.municipalities.isEmpty
            && TableReader.introducesQuestions(draft.lines) {
            draft.lines.insert(SourceLine(number: line, text: title[...]), at: 0)
            return PadletTextReader.prompts(from: draft)
        }
        // A note of no group (or in a frame named for the task) that only sets the task: "Oppgave: Hva skal kulturskolen i
        // Agder være kjent for i 2030?" on a Miro board.
        if draft.municipalities.isEmpty, let question = TableReader.task(draft.lines),
           draft.group.map({ TableReader.taskLabels.contains($0.lowercased()) }) ?? true {
            var prompt = DraftUnit(kind: .prompt, firstLine: draft.firstLine)
            prompt.section = draft.section
            prompt.author = draft.author
            prompt.posted = draft.posted
            prompt.url = draft.url
            prompt.question = String(question)
            prompt.lines = [SourceLine(number: draft.lines.first { !$0.isBlank }?.number ?? line, text: question)]
            return [prompt]
        }
        return [draft]
    }

    /// The words that label the organisers' task ("Oppgave: ...?").
    static let taskLabels: Set<String> = ["oppgave", "oppgåve", "oppgaven", "oppgåva", "task", "spørsmål", "spørsmålet", "question"]

    /// The question of a body that is one line labelled as the task: "Oppgave: Hva skal ...?" gives "Hva skal ...?".
    static func task(_ lines: [SourceLine]) -> Substring? {
        // (Asked of every row: the one line is found without a copy of the lines.)
        guard let first = lines.firstIndex(where: { !$0.isBlank }), !lines[(first + 1)...].contains(where: { !$0.isBlank }) else { return nil }
        let t = lines[first].trimmed.trimmingSpaces
        guard t.hasSuffix("?"), let colon = t.firstIndex(of: ":"),
              taskLabels.contains(String(t[..<colon].trimmingSpaces).lowercased()) else { return nil }
        let question = t[t.index(after: colon)...].trimmingSpaces
        return question.isEmpty ? nil : question
    }

    /// Whether a body has a line titled as the organisers' question box ("Spørsmål til økt 1:") over a numbered or
    /// bulleted question.
    static func introducesQuestions(_ lines: [SourceLine]) -> Bool {
        let text = lines.filter { !$0.isBlank }
        return text.indices.dropLast().contains { k in
            let item = PadletTextReader.questionItem(text[k + 1].trimmed)
            return item.isItem && item.body.hasSuffix("?") && PadletTextReader.isPromptBoxTitle(text[k].trimmed.trimmingSpaces)
        }
    }

    /// Whether an answer says nothing: empty, or punctuation alone ("—", "-", "...", "?"), as forms are filled in
    /// where a question must have an answer.
    ///
    /// ```swift
    /// TableReader.isPlaceholder("—")      // true
    /// TableReader.isPlaceholder("Nei.")   // false
    /// ```
    static func isPlaceholder(_ text: String) -> Bool {
        // A form tool's mark for a question left unanswered ("Ikke besvart" on Nettskjema's page of results).
        if text.utf8.count <= 20, TableReader.unansweredMarks.contains(text.trimmingWhitespace.lowercased()) { return true }
        return text.unicodeScalars.allSatisfy {
            switch $0.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .connectorPunctuation, .dashPunctuation,
                 .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation: true
            default: false
            }
        }
    }

    /// What form tools write in the cell of a question left unanswered.
    static let unansweredMarks: Set<String> = ["ikke besvart", "ikkje svart", "ikke svart", "ubesvart", "not answered", "no answer",
                                               "(ikke besvart)", "(ubesvart)", "(no answer)"]

    /// Whether a cell's text uses Markdown's marks: bold ("**", "__"), a heading ("## ") or a link ("[words](url)").
    /// One pass over the bytes: every row's body is asked.
    static func mayBeMarkdown(_ text: String) -> Bool {
        var previous = UInt8(ascii: "\n")
        for byte in text.utf8 {
            if byte == previous && (byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_"))
                || byte == UInt8(ascii: "#") && previous == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "(") && previous == UInt8(ascii: "]") { return true }
            previous = byte
        }
        return false
    }

    /// The lines of a cell, split where `split(separator: "\n")` on Characters splits (at every "\n"
    /// that is not part of a "\r\n"), but on UTF-8 bytes: splitting Characters cost 7 % of a CSV load.
    ///
    /// ```swift
    /// TableReader.lines(of: "Bodø\n\nå\r\nb")   // ["Bodø", "", "å\r\nb"]
    /// ```
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var i = start
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                lines.append(text[start..<i])
                start = utf8.index(after: i)
            }
            previous = byte
            i = utf8.index(after: i)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// Parses the date forms of CSV exports: `2024-03-14 09:12:00 UTC`, ISO 8601 with `Z` or an offset,
    /// `14.03.2024 09:12`. Times marked UTC are shown in Norwegian local time, as in Padlet's text exports.
    static func date(_ text: String, utc: Bool, dayFirst: Bool = false) -> Date? {
        var t = String(text.trimmingSpaces)
        var isUTC = utc
        for suffix in [" UTC", "UTC", "Z"] where t.hasSuffix(suffix) {
            t.removeLast(suffix.count)
            isUTC = true
            break
        }
        // An offset after the time, also after fractions of a second: "2024-09-19T10:14:31.000+02:00", "+0200", "+02"; or a
        // zone named GMT with its offset in hours, as Google Forms writes it ("2023/03/15 1:55:56 PM GMT+1").
        var offset: Int?
        if let gmt = t.range(of: " GMT", options: .backwards) {
            let zone = t[gmt.upperBound...].replacingOccurrences(of: ":", with: "")
            let digits = zone.dropFirst()
            if zone.isEmpty {
                isUTC = true
                t = String(t[..<gmt.lowerBound])
            } else if let sign = zone.first, sign == "+" || sign == "-", (1...4).contains(digits.count),
                      digits.allSatisfy(\.isASCIIDigit), let n = Int(digits) {
                let hhmm = digits.count <= 2 ? n * 100 : n
                offset = (sign == "+" ? 1 : -1) * (hhmm / 100 * 3600 + hhmm % 100 * 60)
                t = String(t[..<gmt.lowerBound])
            }
        }
        if offset == nil, t.count > 19, let sign = t.dropFirst(19).lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = t[t.index(after: sign)...].replacingOccurrences(of: ":", with: "")
            if zone.count == 4 || zone.count == 2, zone.allSatisfy(\.isASCIIDigit), let digits = Int(zone) {
                let hhmm = zone.count == 2 ? digits * 100 : digits
                offset = (t[sign] == "+" ? 1 : -1) * (hhmm / 100 * 3600 + hhmm % 100 * 60)
                t = String(t[..<sign])
            }
        }
        // Seconds since 1970 as Slack and other APIs give them ("1738054930.000100"), or milliseconds (13 digits).
        if let seconds = unixTime(t) { return ISODate.norwegianTime(fromUTC: Date(timeIntervalSince1970: seconds)) }
        var date = ISODate.parse(t)
        if date == nil {
            // Norwegian form: 14.03.2024 09:12
            let parts = t.split(whereSeparator: { $0 == " " || $0 == "." || $0 == ":" }).compactMap { Int($0) }
            if parts.count >= 3, parts[2] > 1900 {
                date = ISODate.make(year: parts[2], month: parts[1], day: parts[0], hour: parts.count > 3 ? parts[3] : 0,
                                    minute: parts.count > 4 ? parts[4] : 0, second: parts.count > 5 ? parts[5] : 0)
            }
        }
        if date == nil, t.utf8.contains(UInt8(ascii: "/")) { date = slashDate(t, dayFirst: dayFirst) }
        guard var result = date else { return nil }
        if let offset {
            result.addTimeInterval(TimeInterval(-offset))
            isUTC = true
        }
        return isUTC ? ISODate.norwegianTime(fromUTC: result) : result
    }
}

extension TableReader {
    /// A Unix time in seconds (ten digits, with or without a fraction) or in milliseconds (13 digits), as a number of
    /// seconds; nil for other text, such as a day written as digits ("20250206").
    ///
    /// ```swift
    /// TableReader.unixTime("1738054930.000100")  // 1738054930.0001
    /// TableReader.unixTime("1738054930123")      // 1738054930.123
    /// ```
    static func unixTime(_ text: String) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
              let whole = Double(parts[0]) else { return nil }
        let fraction = parts.count == 2 ? Double("0." + parts[1]) ?? 0 : 0
        switch parts[0].utf8.count {
        case 10: return whole + fraction
        case 13 where parts.count == 1: return whole / 1000
        default: return nil
        }
    }

    /// A date written with slashes, as Excel writes one in an English locale ("4/23/25 10:14:05", "4/23/2025 2:05 PM"),
    /// day first ("23/04/2025 10:14"), or year first, as Google Forms does ("2023/03/15 1:55:56 PM"); nil when the text
    /// is no such date.
    ///
    /// ```swift
    /// TableReader.slashDate("4/23/25 10:14:05", dayFirst: false)   // 2025-04-23 10:14:05
    /// ```
    static func slashDate(_ text: String, dayFirst: Bool) -> Date? {
        let upper = text.uppercased()
        let pm = upper.hasSuffix("PM"), am = upper.hasSuffix("AM")
        let fields = text.dropLast(pm || am ? 2 : 0).split(whereSeparator: { $0 == " " || $0 == "/" || $0 == ":" || $0 == "," })
        let numbers = fields.compactMap { Int($0) }
        guard (3...6).contains(numbers.count), numbers.count == fields.count, text.split(separator: "/").count == 3 else { return nil }
        let (first, second) = (numbers[0], numbers[1])
        let year: Int, month: Int, day: Int
        if first > 31 {
            (year, month, day) = (first, second, numbers[2])
        } else {
            year = numbers[2] < 100 ? 2000 + numbers[2] : numbers[2]
            (month, day) = dayFirst || first > 12 ? (second, first) : (first, second)
        }
        var hour = numbers.count > 3 ? numbers[3] : 0
        if pm, hour < 12 { hour += 12 } else if am, hour == 12 { hour = 0 }
        return ISODate.make(year: year, month: month, day: day, hour: hour, minute: numbers.count > 4 ? numbers[4] : 0,
                            second: numbers.count > 5 ? numbers[5] : 0)
    }

    /// Whether a column's slash dates put the day first: some first number is over 12 ("23/4/2025").
    static func slashDatesPutDayFirst(_ values: some Sequence<String>) -> Bool {
        // (On bytes: every row's time comes here.)
        values.contains { value in
            guard let slash = value.utf8.firstIndex(of: UInt8(ascii: "/")), let first = Int(value[..<slash].trimmingSpaces) else { return false }
            return first > 12
        }
    }
}

/// Plain text from the HTML bodies of older Padlet CSV exports.
enum HTMLText {
    static func plain(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return text }
        return tidied(hasMarkup(text) ? stripped(text) : text)
    }

    /// Whether the text can hold a tag or an entity: a '<', or a ';' to end an entity (also U+037E,
    /// the Greek question mark that equals ';' as a Character; its UTF-8 starts with 0xCD). Without
    /// them `stripped` returns the text as it is, and a bare '&' ("for & bygge", OCR for "å") is
    /// common in exports of OCR'd boards.
    private static func hasMarkup(_ text: String) -> Bool {
        text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ";") || $0 == 0xCD })
    }

    /// The text without tags, with line breaks for block tags and entities decoded.
    private static func stripped(_ text: String) -> String {
        var out = ""
        var i = text.startIndex
        // Set once a '<' has no '>' after it: no later '<' has one either, so the search is not
        // repeated (a body of many unclosed '<' took quadratic time).
        var unclosed = false
        // The lists the text is in: a numbered one (<ol>, <ol start="2">) counts its items, as the board shows them.
        var lists: [Int?] = []
        // Right after an item's number: a paragraph inside the item (<li><p>) starts no line of its own.
        var itemOpened = false
        while i < text.endIndex {
            let c = text[i]
            // A tag starts with a letter, '/' or '!' after the '<': "3 < 5 og 7 > 2" in a note is text, not a tag.
            if c == "<", !unclosed, let next = text[text.index(after: i)...].first, next.isLetter || next == "/" || next == "!" {
                if let close = text[i...].firstIndex(of: ">") {
                    let tag = text[text.index(after: i)..<close].lowercased()
                    let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter })
                    let closing = tag.hasPrefix("/")
                    if name == "ol" || name == "ul" {
                        if closing { _ = lists.popLast() } else { lists.append(name == "ol" ? HTMLText.start(ofList: tag) - 1 : nil) }
                        // What follows a list is a paragraph of its own, not more of the last item.
                        if closing, lists.isEmpty, !out.hasSuffix("\n\n") { out += out.hasSuffix("\n") ? "\n" : "\n\n" }
                    }
                    if ["br", "p", "div", "li", "h1", "h2", "h3", "tr"].contains(String(name)) {
                        if name == "li", !closing {
                            if let count = lists.last ?? nil {
                                lists[lists.count - 1] = count + 1
                                out += "\n\(count + 1). "
                            } else if HTMLText.startsNumbered(text[text.index(after: close)...]) {
                                out += "\n"  // "<ul><li>1. Faste møter.</li>": the item's own number, not a bullet
                            } else {
                                out += "\n- "
                            }
                            itemOpened = true
                        } else if !out.hasSuffix("\n"), !itemOpened {
                            out += "\n"
                        }
                    }
                    i = text.index(after: close)
                    continue
                }
                unclosed = true
            }
            if c == "&", let semi = text[i...].prefix(10).firstIndex(of: ";") {
                let entity = String(text[text.index(after: i)..<semi])
                if let decoded = entities[entity] ?? numericEntity(entity) {
                    out.append(decoded)
                    if !decoded.isWhitespace { itemOpened = false }
                    i = text.index(after: semi)
                    continue
                }
            }
            out.append(c)
            if !c.isWhitespace { itemOpened = false }
            i = text.index(after: i)
        }
        return out
    }

    /// Whether an item's text, after any tags that open it, starts with its own number ("1. ", "2) ").
    private static func startsNumbered(_ rest: Substring) -> Bool {
        var t = rest.drop(while: { $0 == " " })
        while t.first == "<", let close = t.firstIndex(of: ">") { t = t[t.index(after: close)...].drop(while: { $0 == " " }) }
        let digits = t.prefix(while: \.isASCIIDigit)
        guard (1...2).contains(digits.count) else { return false }
        let after = t.dropFirst(digits.count)
        return (after.first == "." || after.first == ")") && after.dropFirst().first == " "
    }

    /// The number an ordered list's first item has: `start="2"` in its tag, else 1.
    private static func start(ofList tag: String) -> Int {
        guard let attribute = tag.range(of: "start=") else { return 1 }
        let value = tag[attribute.upperBound...].drop(while: { $0 == "\"" || $0 == "'" }).prefix(while: \.isASCIIDigit)
        return Int(value) ?? 1
    }

    /// Every line trimmed of spaces, and the whole of white space.
    private static func tidied(_ out: String) -> String {
        guard needsTidying(out) else { return out }
        return String(out.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingSpaces }.joined(separator: "\n")
            .trimmingWhitespace)
    }

    /// Whether `tidied` would change the text: a line (split where `split(separator: "\n")` splits)
    /// starts or ends with a space, or the text starts or ends with white space. A look at the
    /// scalars next to each line break instead of splitting, trimming and joining every body
    /// with a bare "&" (OCR for "å": a third of the bodies of an OCR'd board's CSV).
    static func needsTidying(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if isSpace(first) || isSpace(last) || first.properties.isWhitespace || last.properties.isWhitespace { return true }
        let utf8 = text.utf8
        var previous: UInt8 = 0
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == UInt8(ascii: "\n") {
                // "\r\n" is one Character, not a line break for `split`: let the slow path decide.
                if previous == UInt8(ascii: "\r") { return true }
                if i > utf8.startIndex, isSpace(scalars[scalars.index(before: i)]) { return true }
                let next = utf8.index(after: i)
                if next < utf8.endIndex, isSpace(scalars[next]) { return true }
            }
            previous = byte
            i = utf8.index(after: i)
        }
        return false
    }

    /// The scalars `trimmingSpaces` trims.
    private static func isSpace(_ u: Unicode.Scalar) -> Bool {
        u == " " || u == "\t" || !u.isASCII && u.properties.generalCategory == .spaceSeparator
    }

    private static let entities: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "aelig": "æ", "oslash": "ø", "aring": "å", "AElig": "Æ", "Oslash": "Ø", "Aring": "Å", "laquo": "«", "raquo": "»",
        "hellip": "…", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "eacute": "é", "Eacute": "É", "egrave": "è", "auml": "ä", "Auml": "Ä", "ouml": "ö", "Ouml": "Ö", "uuml": "ü",
        "Uuml": "Ü", "bull": "•", "middot": "·", "times": "×", "euro": "€", "deg": "°", "copy": "©", "frac12": "½",
    ]

    private static func numericEntity(_ entity: String) -> Character? {
        guard entity.hasPrefix("#") else { return nil }
        let digits = entity.dropFirst()
        let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map(Character.init)
    }
}
