import Foundation
import InnspillCore

/// `load PATH [as NAME] [format=...]`: read an export into a corpus.
struct LoadCommand: ShellCommand {
    static let name = "load"
    static let synopsis = "load PATH [as NAME] [format=auto|padlet|padlet-csv|slides|csv|tsv|json|jsonl|text|transcript|email] [text=COL group=COL ...]"
    static let summary = "Read a Padlet export, slide deck, CSV/TSV, JSON, text or Office file (or every such file in a folder)."
    static let details = """
        The format is sniffed from the content unless format= is given. For generic CSV/TSV a
        column named text, body or tekst is the text, a column named kommune or municipality
        gives the municipalities; other columns become fields named after them. A CSV whose
        header has more ';' than ',' is read with ';' as separator (Excel in Norwegian). Map
        columns explicitly with text=COL group=COL section=COL author=COL posted=COL
        municipalities=COL.
        Excel workbooks (.xlsx, .ods) are read as their sheets saved as CSV would be; Word and
        LibreOffice documents (.docx, .odt) as their text, with headings, numbered lists and
        tables; PowerPoint and Impress decks (.pptx, .odp) a slide per slide. A meeting's transcript (WebVTT, Teams) or chat (Zoom, Google Meet's
        .sbv) gives a post per rapporteur's turn or message (format=transcript).
        Loading a file already loaded warns and skips it unless 'as NAME' is given (which warns that
        its units then count twice).
        Repairs (ligatures, OCR damage to æøå, hyphenation) follow 'set repair on|off'.
        """
    static let example = "load Corpora/demo/dialogseminar-2024.txt as demo"
    static let completion: [CompletionSource] = [.paths, .words(["as", "format=", "text=", "group="])]
    static let changesState = true
    static let options = ["format"] + ColumnMapping.keys

    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let pathToken = try args.require("a path", usage: synopsis)
        let alias = try args.takeKeyword("as")?.text
        try args.expectEnd(usage: synopsis)
        let format = try args.choiceOption("format", LoadFormat.allCases.map(\.rawValue)).flatMap(LoadFormat.init) ?? .auto
        var mapping = ColumnMapping()
        for key in ColumnMapping.keys { if let column = args.option(key) { mapping.columns[key] = column } }
        // (A terminal's escapes, "Padlet\ export\ \(1\).csv", are undone here, so the session keeps the path as it is.)
        let path = CorpusLoader.existingPath(URL(fileURLWithPath: context.resolve(pathToken.text)).standardizedFileURL.path)

        if alias == nil, let already = context.workspace.corpora.first(where: { $0.sourcePath == path }) {
            context.warnings.append("'\(pathToken.text)' is already loaded as '\(already.name)'; skipped (use 'as NAME' to load it again)")
            return .none
        }
        let options = LoadOptions(format: format, repair: context.workspace.settings.repair, mapping: mapping,
                                  name: alias, control: context.work)
        var corpora = try CorpusLoader.load(path: path, options: options)
        // (A file has no subfolders: the list is empty.)
        let inside = CorpusLoader.subfoldersWithFiles(path)
        if !inside.isEmpty {
            let listed = inside.map { "\($0.name) (\(Plural.count($0.files, "file")))" }.joined(separator: ", ")
            context.warnings.append("a folder's subfolders are not read: \(listed); 'load \(DisplayPath.of((path as NSString).appendingPathComponent(inside[0].name)))' reads one")
        }
        // A folder's files already loaded are skipped, as a file is; the rest is checked before any is added,
        // so a clash of names leaves the workspace as it was.
        corpora.removeAll { corpus in
            guard alias == nil, let already = context.workspace.corpora.first(where: { $0.sourcePath == corpus.sourcePath }) else { return false }
            context.warnings.append("'\(DisplayPath.of(corpus.sourcePath))' is already loaded as '\(already.name)'; skipped")
            return true
        }
        for corpus in corpora { try context.workspace.checkNameIsFree(corpus.name) }
        // Loaded again under a name of its own, on purpose: but every count now has its units twice, so say so.
        if alias != nil {
            for corpus in corpora {
                guard let already = context.workspace.corpora.first(where: { $0.sourcePath == corpus.sourcePath }) else { continue }
                context.warnings.append("'\(DisplayPath.of(corpus.sourcePath))' is loaded as '\(already.name)' too: counts of all corpora now have its units twice ('unload \(already.name)' keeps one)")
            }
        }
        let before = context.workspace, beforeTotal = before.allCounted.count
        let narrowed = !corpora.isEmpty && (before.selectionName != nil || before.selection.count != beforeTotal)
        var summary: [String] = []
        for corpus in corpora {
            try context.workspace.add(corpus)
            context.warnings.append(contentsOf: corpus.warnings)
            let repaired = corpus.repairs.isEmpty ? "" : ", " + Plural.count(corpus.repairs.count, "repair")
            summary.append("loaded \(corpus.name): \(Plural.kinds(of: corpus.units.indices, in: corpus.units))\(repaired) (\(corpus.format))")
        }
        if narrowed {
            summary.append("all \(context.workspace.selection.count) units are selected now (the selection was \(before.selection.count) of \(beforeTotal)"
                           + (before.selectionName.map { ", '\($0)'" } ?? "") + "; 'undo' goes back to it)")
        }
        var entry = "load \(SessionQuoting.quote(path))"
        if let alias { entry += " as \(SessionQuoting.quote(alias))" }
        if format != .auto { entry += " format=\(format.rawValue)" }
        for (key, column) in mapping.columns.sorted(by: { $0.key < $1.key }) { entry += " \(key)=\(SessionQuoting.quote(column))" }
        context.journalEntry = entry
        // Build the query columns now, so the first filter and group by answer at once.
        QueryCache.shared.prepare(context.workspace.units)
        return .status(summary.joined(separator: "\n"))
    }
}

/// `corpora`: the loaded corpora.
struct CorporaCommand: ShellCommand {
    static let name = "corpora"
    static let synopsis = "corpora"
    static let summary = "List the loaded corpora with their format, units and source file."
    static let example = "corpora"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        var table = Table(title: "", columns: [Column("name"), Column("title"), Column("date", .date), Column("format"),
                                               Column("units", .integer), Column("posts", .integer), Column("path")])
        for corpus in context.workspace.corpora {
            table.rows.append([.text(corpus.name), corpus.title.map(Value.text) ?? .null, corpus.date.map(Value.date) ?? .null,
                               .text(corpus.format), .integer(corpus.unitCount),
                               .integer(corpus.postCount), .text(DisplayPath.of(corpus.sourcePath))])
        }
        return .table(table)
    }
}

/// `unload NAME`: remove a corpus.
struct UnloadCommand: ShellCommand {
    static let name = "unload"
    static let synopsis = "unload NAME"
    static let summary = "Remove a loaded corpus; its units leave the selections and tags (and a clustering of them goes)."
    static let example = "unload demo"
    static let completion: [CompletionSource] = [.corpora]
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let name = try args.require("a corpus name", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        let selectedBefore = context.workspace.selection.count
        let gone = try context.workspace.remove(corpusNamed: name.text)
        var lines = ["unloaded \(name.text)"]
        if selectedBefore > 0, context.workspace.selection.isEmpty, !context.workspace.units.isEmpty {
            lines.append("the selection held units of \(name.text) alone, so it is empty now; 'reset' selects every unit")
        }
        // A clustering of other corpora's units is kept under their new indices; one that held the unloaded units goes.
        if var run = context.clusters {
            if run.unitIndices.contains(where: gone.contains) {
                context.clusters = nil
                lines.append("the clustering held units of \(name.text), so it was dropped; run 'cluster' again")
            } else {
                run.unitIndices = run.unitIndices.map { $0 >= gone.upperBound ? $0 - gone.count : $0 }
                context.clusters = run
            }
        }
        return .status(lines.joined(separator: "\n"))
    }
}

/// `set NAME VALUE`: settings.
struct SetCommand: ShellCommand {
    static let name = "set"
    static let synopsis = "set unit post|segment | set repair on|off | set fold on|off | set lang nb|nn|en"
    static let summary = "Change a setting; with no argument, show them all."
    static let details = """
        unit    which units analysis commands count: posts (default) or their answer segments
        repair  repair lost ligatures, OCR damage and hyphenation when loading (default on)
        fold    treat bokmål and nynorsk forms of a word as one (default on)
        lang    language of chart texts and labels: nb (default), nn or en
        """
    static let example = "set unit segment"
    static let completion: [CompletionSource] = [.words(["unit", "repair", "fold", "lang", "post", "segment", "on", "off", "nb", "nn", "en"])]
    static let changesState = true

    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        var settings = context.workspace.settings
        guard let key = args.next() else {
            context.onlyShowed = true
            return .text("""
                unit    \(settings.unit.rawValue)
                repair  \(settings.repair ? "on" : "off")
                fold    \(settings.fold ? "on" : "off")
                lang    \(settings.lang.rawValue)
                """)
        }
        let value = try args.require("a value", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        var note: String?
        func bool() throws -> Bool {
            switch value.text.lowercased() {
            case "on": return true
            case "off": return false
            default: throw InnspillError("\(key.text) takes on or off, not '\(value.text)'", location: .column(value.column))
            }
        }
        switch key.text.lowercased() {
        case "unit":
            // The plural is what people say ("cluster the segments"), so it is accepted too.
            let word = value.text.lowercased()
            guard let unit = Settings.UnitLevel(rawValue: word.hasSuffix("s") ? String(word.dropLast()) : word) else {
                throw InnspillError("unit takes post or segment, not '\(value.text)'", location: .column(value.column))
            }
            guard unit != settings.unit else { break }
            // A narrowed selection is carried over, and said so: the numbers after it change.
            let before = context.workspace.selection.count, everything = before == context.workspace.allCounted.count
            context.workspace.changeUnit(to: unit)
            settings.unit = unit
            if !everything {
                let after = context.workspace.selection.count
                note = "the selection of \(Plural.count(before, unit == .post ? "segment" : "post")) is now \(Plural.count(after, unit.rawValue))"
            }
        case "repair": settings.repair = try bool()
        case "fold": settings.fold = try bool()
        case "lang":
            guard let lang = Settings.Language(rawValue: value.text.lowercased()) else {
                throw InnspillError("lang takes nb, nn or en, not '\(value.text)'", location: .column(value.column))
            }
            settings.lang = lang
        default:
            let hint = Suggestion.closest(to: key.text, in: ["unit", "repair", "fold", "lang"]).map { "did you mean '\($0)'?" }
                ?? "settings are: unit, repair, fold, lang"
            throw InnspillError("unknown setting '\(key.text)'", hint: hint, location: .column(key.column))
        }
        context.workspace.settings = settings
        return note.map { .status($0) } ?? .none
    }
}

/// Quotes a word for a session file when it needs it.
enum SessionQuoting {
    static func quote(_ text: String) -> String {
        if !text.isEmpty, !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "'" || $0 == "," || $0 == "#" }) {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "'") + "\""
    }
}
