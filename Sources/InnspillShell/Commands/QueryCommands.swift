import Foundation
import InnspillCore

/// The query context commands evaluate expressions in: stems with folding for `has`,
/// tags and cluster names from the workspace.
enum QueryEnvironment {
    static func context(_ ws: Workspace, clusters: ClusterRun? = nil) -> QueryContext {
        let labels = clusters?.labelsByUnitID
        return QueryContext(workspace: ws, termKey: TextEngine.termKey(fold: ws.settings.fold),
                            termParts: TextEngine.termParts(fold: ws.settings.fold), cluster: labels.map { labels in { id in labels[id] } })
    }

}

/// `filter EXPR`: narrow the selection.
struct FilterCommand: ShellCommand {
    static let name = "filter"
    static let synopsis = "filter EXPR"
    static let summary = "Narrow the current selection to the units that match an expression."
    static let details = QueryHelp.filter
    static let example = #"filter section ~ "Dialogtema 1" and (municipality in (Bodø, Tromsø) or text ~ /finans\w*/i) and not tag = sitat"#
    static let completion: [CompletionSource] = [.fields]
    static let changesState = true

    /// The whole text is the expression: `words=20` in it is a comparison, not an option.
    static func checkOptions(_ args: Arguments) {}

    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        guard !args.raw.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InnspillError("filter needs an expression", hint: "e.g. filter municipality = Bodø ('.help filter' shows the grammar)")
        }
        var ws = context.workspace
        let filter = try Filter(args.raw, fields: ws.fields, context: QueryEnvironment.context(ws, clusters: context.clusters),
                                columnOffset: args.column)
        // (A filter asking for a kind by name chooses among the units of that kind the selection stands for.)
        let base = ws.unitsOfTheSelection(adding: Set(filter.expression.kindsAskedFor.compactMap(UnitKind.init(rawValue:))))
        // An empty selection has nothing to narrow: say so, and check the values against every unit (ux26: a second
        // filter after one that matched nothing said only that nothing matched, without its typo's hint).
        if base.isEmpty, !ws.units.isEmpty {
            // (The filter is a step all the same, so 'undo' after it goes back as far as it did: a saved session replays alike.)
            ws.pushSelection([])
            context.workspace = ws
            let typo = mistypedValues(filter.expression, ws: ws, among: Array(ws.units.indices), context: context)
            return .status("the selection was already empty, so no unit can match ('reset' selects all units; 'undo' steps back one filter at a time)"
                + typo.map { "\nnote: \($0)" }.joined())
        }
        let selected = try filter.select(ws.units, indices: base, check: context.work.checkStop)
        ws.pushSelection(selected)
        context.workspace = ws
        if selected.isEmpty {
            let typo = mistypedValues(filter.expression, ws: ws, among: base, context: context)
            return .status("no units match; the selection is empty ('undo' goes back to the previous \(ws.previousSelectionCount) units)"
                + typo.map { "\nnote: \($0)" }.joined())
        }
        return .status("\(selected.count) of \(base.count) units match")
    }

}

extension FilterCommand {
    /// For each value a filter compares a field with that no unit among `base` has, the value it is likely a typo of
    /// ("municipality = Bodo": did you mean 'Bodø'?). An empty selection reads as "none did", where the value was mistyped.
    static func mistypedValues(_ expression: InnspillCore.Expression, ws: Workspace, among base: [Int], context: CommandContext) -> [String] {
        var notes: [String] = []
        func visit(_ e: InnspillCore.Expression) {
            switch e {
            case .and(let a, let b), .or(let a, let b): visit(a); visit(b)
            case .not(let inner): visit(inner)
            case .condition(let c):
                guard c.op == .equal || c.op == .in else { return }
                let operands: [Operand]
                if case .list(let items) = c.operand { operands = items } else { operands = [c.operand] }
                let asked = operands.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
                guard !asked.isEmpty, let values = try? ws.fields.values(of: c.field.name, units: ws.units, indices: base,
                                                                          context: QueryEnvironment.context(ws, clusters: context.clusters)) else { return }
                let known = Array(Set(values.joined())).sorted()
                let folded = Set(known.map { NorwegianText.fold($0) })
                for value in asked where !folded.contains(NorwegianText.fold(value)) {
                    if let now = placeOfToday(value, field: c.field.name, known: Set(known)) {
                        notes.append(now)
                    } else if let close = Suggestion.closest(to: value, in: known) {
                        notes.append("no unit has \(c.field.name) '\(value)'; did you mean '\(close)'?")
                    }
                }
            }
        }
        visit(expression)
        return notes
    }

    /// A county or municipality of before the reforms, named by what it is part of today ("Viken" is Akershus, Buskerud
    /// and Østfold since 2024; "Meldal" is Orkland since 2020), where units have those names; nil otherwise.
    static func placeOfToday(_ value: String, field: String, known: Set<String>) -> String? {
        let today: [String]
        switch field {
        case "county", "counties": today = Gazetteer.standard.counties(named: value)
        case "municipality", "municipalities", "mentions":
            // A former name only: a misspelling ("Bodo") is met by "did you mean".
            guard let match = Gazetteer.standard.find(in: value).first, match.form == .former,
                  match.text.count == value.trimmingCharacters(in: .whitespaces).count else { return nil }
            today = match.candidates.map(\.name)
        default: return nil
        }
        let present = today.filter(known.contains)
        guard !present.isEmpty, !today.contains(value) else { return nil }
        let list = present.count == 1 ? "= \(present[0])" : "in (\(present.joined(separator: ", ")))"
        return "no unit has \(field) '\(value)': since the reforms it is \(today.joined(separator: ", ")), the names the units have; filter \(field) \(list)"
    }
}

/// `reset`: everything loaded again.
struct ResetCommand: ShellCommand {
    static let name = "reset"
    static let synopsis = "reset"
    static let summary = "Select every unit again (of the kind 'set unit' counts)."
    static let example = "reset"
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        context.workspace.pushSelection(context.workspace.allCounted)
        context.workspace.selectionName = nil
        return .status("\(context.workspace.selection.count) units selected")
    }
}

/// `undo`: the selection before the last filter or reset.
struct UndoCommand: ShellCommand {
    static let name = "undo"
    static let synopsis = "undo"
    static let summary = "Go back to the selection before the last filter, reset or use (tags stay: untag takes one back)."
    static let example = "undo"
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        guard let previous = context.workspace.selectionStack.popLast() else {
            throw InnspillError("nothing to undo", hint: "undo goes back over filter, reset and use")
        }
        context.workspace.selection = previous
        // Undo walks back the selection only; a tag typed since is kept, so say how to take one back.
        let tagsKept = context.workspace.tags.isEmpty ? "" : " (tags stay as they are: 'untag ID... TAG' takes one back)"
        return .status("\(previous.count) units selected\(tagsKept)")
    }
}

/// `save NAME`: keep the selection under a name.
struct SaveSelectionCommand: ShellCommand {
    static let name = "save"
    static let synopsis = "save NAME"
    static let summary = "Keep the current selection under a name ('use NAME' brings it back; '.save FILE' saves the session)."
    static let example = "save nynorsk"
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let name = try args.require("a name", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        if name.text.contains(".") || name.text.contains("/") {
            throw InnspillError("'\(name.text)' looks like a file name", hint: "to save the session to a file use '.save \(name.text)'",
                                location: .column(name.column))
        }
        context.workspace.savedSelections[name.text] = context.workspace.selection
        context.workspace.selectionName = name.text
        return .status("saved \(context.workspace.selection.count) units as \(name.text)")
    }
}

/// `use NAME`: bring back a saved selection.
struct UseCommand: ShellCommand {
    static let name = "use"
    static let synopsis = "use NAME"
    static let summary = "Make a saved selection the current one."
    static let example = "use nynorsk"
    static let completion: [CompletionSource] = [.selections]
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let name = try args.require("a selection name", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        guard let saved = context.workspace.savedSelections[name.text] else {
            let known = context.workspace.savedSelections.keys.sorted()
            // A corpus's name is the likeliest mistake: `use` takes saved selections, not corpora.
            let corpusHint = context.workspace.corpora.contains { $0.name == name.text }
                ? "'\(name.text)' is a loaded corpus; to select its units: filter corpus = \(Operand.quoteIfNeeded(name.text))" : nil
            throw InnspillError("no selection named '\(name.text)'",
                                hint: corpusHint ?? Suggestion.closest(to: name.text, in: known).map { "did you mean '\($0)'?" }
                                    ?? (known.isEmpty ? "save one first with 'save NAME'" : "saved: \(known.joined(separator: ", "))"),
                                location: .column(name.column))
        }
        context.workspace.pushSelection(saved)
        context.workspace.selectionName = name.text
        return .status("\(saved.count) units selected")
    }
}

/// `selections`: the saved selections.
struct SelectionsCommand: ShellCommand {
    static let name = "selections"
    static let synopsis = "selections"
    static let summary = "List the saved selections with their sizes."
    static let example = "selections"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        var table = Table(title: "", columns: [Column("name"), Column("units", .integer)])
        for (name, indices) in context.workspace.savedSelections.sorted(by: { $0.key < $1.key }) {
            table.rows.append([.text(name), .integer(indices.count)])
        }
        return .table(table)
    }
}

/// `drop NAME`: forget a saved selection.
struct DropCommand: ShellCommand {
    static let name = "drop"
    static let synopsis = "drop NAME"
    static let summary = "Forget a saved selection."
    static let example = "drop nynorsk"
    static let completion: [CompletionSource] = [.selections]
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let name = try args.require("a selection name", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        guard context.workspace.savedSelections.removeValue(forKey: name.text) != nil else {
            throw InnspillError("no selection named '\(name.text)'", hint: "'selections' lists them", location: .column(name.column))
        }
        if context.workspace.selectionName == name.text { context.workspace.selectionName = nil }
        return .none
    }
}

/// `fields`: the fields expressions can use.
struct FieldsCommand: ShellCommand {
    static let name = "fields"
    static let synopsis = "fields"
    static let summary = "List the fields of the loaded units with their type and example values."
    static let example = "fields"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        return .table(ws.fields.listing(units: ws.units, indices: ws.selection, context: QueryEnvironment.context(ws, clusters: context.clusters)))
    }
}

/// `group by FIELD[, FIELD] [top N] [sort count|name]`.
struct GroupCommand: ShellCommand {
    static let name = "group"
    static let synopsis = "group by FIELD[, FIELD] [top N] [sort count|name]"
    static let summary = "Count the selection by one field (with share and distinct groups) or two (a crosstab)."
    static let details = QueryHelp.groupBy
    static let example = "group by municipality top 10"
    static let completion: [CompletionSource] = [.fields, .words(["by", "top", "sort"]), .after("sort", ["count", "name"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let top = try args.takeKeywordInt("top")
        var sort = GroupSort.count
        if let s = try args.takeKeyword("sort") {
            guard let value = GroupSort(rawValue: s.text.lowercased()) else {
                throw InnspillError("sort takes count or name, not '\(s.text)'",
                                    hint: Suggestion.closest(to: s.text, in: ["count", "name"]).map { "did you mean '\($0)'?" },
                                    location: .column(s.column))
            }
            sort = value
        }
        guard let by = args.next(), by.text.lowercased() == "by" else {
            throw InnspillError("missing 'by'", hint: "usage: \(synopsis)", location: .column(args.column))
        }
        var names: [String] = []
        var columns: [Int] = []
        while let token = args.next() {
            if token.text == "," { continue }
            names.append(token.text)
            columns.append(token.column)
        }
        guard !names.isEmpty else { throw InnspillError("group by needs a field", hint: "e.g. group by municipality") }
        let ws = context.workspace
        let table = try Grouping.groupBy(names, units: ws.units, indices: ws.selection, fields: ws.fields,
                                         context: QueryEnvironment.context(ws, clusters: context.clusters), top: top, sort: sort, columns: columns)
        return .table(table)
    }
}

/// `sort COLUMN [desc]` on the last result.
struct SortCommand: ShellCommand {
    static let name = "sort"
    static let synopsis = "sort COLUMN [asc|desc]"
    static let summary = "Sort the last result table by a column: counts and numbers largest first, text from A, unless asc or desc says."
    static let example = "sort count"
    static let completion: [CompletionSource] = [.columns, .words(["asc", "desc"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let descending = args.takeFlag("desc")
        let ascending = args.takeFlag("asc")
        guard !(descending && ascending) else {
            throw InnspillError("sort takes asc or desc, not both", hint: "usage: \(synopsis)")
        }
        let column = try args.require("a column", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        let table = try LastResult.require(&context)
        let direction: Bool? = descending ? true : (ascending ? false : nil)
        return .table(try table.sorted(by: column.text, descending: direction, location: .column(column.column)))
    }
}

/// `top N` on the last result.
struct TopCommand: ShellCommand {
    static let name = "top"
    static let synopsis = "top N"
    static let summary = "Keep the first N rows of the last result table."
    static let example = "top 5"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let token = try args.require("a number", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        let n = try Arguments.integer(token, name: "top", range: Arguments.counts)
        return .table(try LastResult.require(&context).top(n))
    }
}

/// `pivot`: the last crosstab as rows x columns.
struct PivotCommand: ShellCommand {
    static let name = "pivot"
    static let synopsis = "pivot [share]"
    static let summary = "Show the last crosstab (group by A, B) as a table of A's values by B's, counts in the cells."
    static let details = """
        pivot share puts in each cell its count's share of the units with that column's value, so
        columns of different sizes compare: group by tags, corpus, then pivot share gives each
        theme's share of each year's units.
        """
    static let example = "pivot share"
    static let completion: [CompletionSource] = [.words(["share"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let shares = args.takeFlag("share")
        try args.expectEnd(usage: synopsis)
        let table = try LastResult.require(&context)
        guard table.shape == .crosstab else {
            throw InnspillError("the last result is not a crosstab, so it cannot be pivoted", hint: "make one with 'group by A, B'")
        }
        var wide = try table.pivoted(shares: shares)
        // The crosstab's note on its long form is no longer true of it.
        wide.notes.removeAll { $0.contains("long form") }
        return .table(wide)
    }
}

/// The last result, or an error saying how to make one.
enum LastResult {
    static func require(_ context: inout CommandContext) throws -> Table {
        guard let table = context.lastResult else {
            throw InnspillError("there is no result table yet", hint: "run a command that makes one first, e.g. group by municipality")
        }
        context.usedLastResult = true
        return table
    }
}

/// `tag ID... TAG`, `tag where EXPR TAG`.
struct TagCommand: ShellCommand {
    static let name = "tag"
    static let synopsis = "tag ID... TAG | tag where EXPR TAG"
    static let summary = "Tag units (by id, or those matching an expression) — e.g. quotes for the report."
    static let details = """
        A session file keeps a check of each tagged unit's text beside its id (tag 12 40 sitat check=9f3a61c2,0b7e55d1):
        run again on data where those ids are other units, the tag goes to the units that have those texts now, with
        a warning; a text no longer in the data is not tagged, and a warning says so.
        A tag on a post holds for its segments in 'filter tags = ...', 'group by tags' and exports, and one on a
        segment for its post, so a quote tagged at either unit of analysis is found at the other.
        """
    static let example = "tag 12 40 sitat"
    static let completion: [CompletionSource] = [.words(["where"]), .fields]
    static let changesState = true
    static func checkOptions(_ args: Arguments) throws { try TagTargets.checkOptions(args, of: name, allowing: ["check"]) }
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var (ids, tag) = try TagTargets.parse(args, context: context, usage: synopsis)
        if !TagTargets.isWhere(args) {
            if let saved = args.option("check") {
                ids = TagTargets.relocated(ids, checks: saved.lowercased().split(separator: ",").map(String.init), tag: tag, context: &context)
            }
            let checks = ids.map { TagTargets.check(of: [$0], in: context.workspace) }.joined(separator: ",")
            context.journalEntry = "tag \(ids.map(String.init).joined(separator: " ")) \(SessionQuoting.quote(tag)) check=\(checks)"
        }
        for id in ids { context.workspace.tags[id, default: []].insert(tag) }
        return .status("tagged \(Plural.count(Set(ids).count, "unit")) '\(tag)'")
    }
}

/// `untag ID... TAG`, `untag where EXPR TAG`.
struct UntagCommand: ShellCommand {
    static let name = "untag"
    static let synopsis = "untag ID... TAG | untag where EXPR TAG"
    static let summary = "Remove a tag from units."
    static let example = "untag 12 sitat"
    static let changesState = true
    static func checkOptions(_ args: Arguments) throws { try TagTargets.checkOptions(args, of: name) }
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        let (ids, tag) = try TagTargets.parse(args, context: context, usage: synopsis)
        // A tag no unit has is a typo more often than not: say which there are, as filter does for a value.
        let known = Set(context.workspace.tags.values.flatMap { $0 })
        guard known.contains(tag) else {
            let hint = Suggestion.closest(to: tag, in: known.sorted()).map { "did you mean '\($0)'?" }
                ?? (known.isEmpty ? "no unit has a tag yet" : "the tags are " + known.sorted().joined(separator: ", "))
            throw InnspillError("no unit has the tag '\(tag)'", hint: hint)
        }
        var removed = 0
        for id in ids where context.workspace.tags[id]?.remove(tag) != nil {
            removed += 1
            if context.workspace.tags[id]?.isEmpty == true { context.workspace.tags[id] = nil }
        }
        return .status("untagged \(Plural.count(removed, "unit"))")
    }
}

/// `rename FIELD OLD NEW`: change a group's, author's or section's name in every unit that has it.
struct RenameCommand: ShellCommand {
    static let name = "rename"
    static let synopsis = "rename group|author|section OLD NEW"
    static let summary = "Rename a group, author or section in every unit that has it (a name the OCR or the export got wrong)."
    static let details = """
        The old name is compared without case, as group by groups names. Use it to mend a name before it goes on a slide
        (rename group "Gruppe nrvet-ikke" "Gruppe ukjent"), or to join two names of one group (rename group "Rom 18"
        "Gruppe 18"). A session file keeps it, so next year's run renames the same name.
        """
    static let example = "rename author \"NORSK MUSIKKRAD\" \"Norsk musikkråd\""
    static let completion: [CompletionSource] = [.words(RenamableField.allCases.map(\.rawValue))]
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let fieldToken = try args.require("a field: group, author or section", usage: synopsis)
        guard let field = RenamableField(rawValue: fieldToken.text.lowercased()) else {
            throw InnspillError("rename changes group, author or section, not '\(fieldToken.text)'",
                                hint: "e.g. rename group \"Rom 18\" \"Gruppe 18\"", location: .column(fieldToken.column))
        }
        let old = try args.require("the name to change", usage: synopsis)
        let new = try args.require("the new name", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        let newName = new.text.trimmingCharacters(in: .whitespaces)
        guard !newName.isEmpty else { throw InnspillError("the new name is empty", location: .column(new.column)) }
        let changed = context.workspace.rename(field, from: old.text, to: newName)
        guard !changed.isEmpty else {
            let close = Suggestion.closest(to: old.text, in: context.workspace.values(of: field))
            throw InnspillError("no unit has \(field.rawValue) '\(old.text)'",
                                hint: close.map { "did you mean '\($0)'?" } ?? "group by \(field.rawValue) lists the names",
                                location: .column(old.column))
        }
        return .status("renamed \(field.rawValue) '\(old.text)' to '\(newName)' in \(Plural.kinds(of: changed, in: context.workspace.units))")
    }
}

/// `tags`: tags with counts.
struct TagsCommand: ShellCommand {
    static let name = "tags"
    static let synopsis = "tags"
    static let summary = "List the tags with the number of units carrying each."
    static let example = "tags"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        var counts: [String: Int] = [:]
        for tags in context.workspace.tags.values { for tag in tags { counts[tag, default: 0] += 1 } }
        var table = Table(title: "", columns: [Column("tag"), Column("units", .integer)], shape: .categoryCounts)
        for (tag, n) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) { table.rows.append([.text(tag), .integer(n)]) }
        return .table(table)
    }
}

/// The ids and tag of `tag`/`untag`.
enum TagTargets {
    /// Ids and a tag take no options but those `allowing` names (`tag`'s `check=`); after `where` every word up to the
    /// tag is the expression's (`tag where words=20 lang`), so none of them is one.
    static func checkOptions(_ args: Arguments, of command: String, allowing options: [String] = []) throws {
        if isWhere(args) { return }
        try args.expectOptions(options, of: command)
    }

    /// Whether the targets are an expression (`tag where ...`), not ids.
    static func isWhere(_ args: Arguments) -> Bool {
        guard let first = args.tokens.first else { return false }
        return !first.quoted && first.text.lowercased() == "where"
    }

    static func parse(_ args: Arguments, context: CommandContext, usage: String) throws -> ([Int], String) {
        let ws = context.workspace
        let words = args.tokens
        guard words.count >= 2, let tag = words.last else {
            throw InnspillError("missing ids or tag", hint: "usage: \(usage)", location: .column(args.column + args.raw.count))
        }
        if isWhere(args) {
            // The expression is all the text between 'where' and the tag, `key=value` words included.
            let start = words[0].column - args.column + words[0].text.count
            let end = tag.column - args.column
            let chars = Array(args.raw)
            let text = chars[start..<min(end, chars.count)]
            let leading = text.prefix(while: { $0.isWhitespace }).count
            let expression = String(text).trimmingCharacters(in: .whitespaces)
            let filter = try Filter(expression, fields: ws.fields, context: QueryEnvironment.context(ws, clusters: context.clusters),
                                    columnOffset: args.column + start + leading)
            return (filter.select(ws.units, indices: ws.selection).map { ws.units[$0].id }, tag.text)
        }
        var ids: [Int] = []
        for token in words.dropLast() {
            let id = try Arguments.integer(token, name: "ID", range: 1...Int.max)
            guard ws.unit(id: id) != nil else {
                throw InnspillError("no unit with id \(id)", hint: ws.units.isEmpty ? "no corpus is loaded; load one first" : "ids run from 1 to \(ws.units.count)", location: .column(token.column))
            }
            ids.append(id)
        }
        return (ids, tag.text)
    }

    /// The ids a session file's `tag` line means on the data loaded now: each id whose text's check is not the one saved
    /// beside it goes to the unit whose text has it (of the unit level set, where several have), or is left out when
    /// none has; warnings say which. `checks` holds a check per id; a single check of them all (as sessions saved it
    /// before) can only tell that they changed.
    static func relocated(_ ids: [Int], checks: [String], tag: String, context: inout CommandContext) -> [Int] {
        let ws = context.workspace
        guard checks.count == ids.count else {
            if checks.first != check(of: ids, in: ws) {
                context.warnings.append("units \(ids.map(String.init).joined(separator: ", ")) are not the texts tagged '\(tag)' when the session was saved: the data has changed; show them, and tag the right ones again")
            }
            return ids
        }
        let wrong = ids.indices.filter { check(of: [ids[$0]], in: ws) != checks[$0] }
        guard !wrong.isEmpty else { return ids }
        // Each text's check, the first unit of the unit level set first (a post of one answer has its segment's text).
        let level: Set<UnitKind> = ws.settings.unit == .segment ? [.segment, .slide, .prompt] : [.post, .slide, .prompt]
        var holder: [String: Int] = [:]
        for preferred in [true, false] {
            for unit in ws.units where level.contains(unit.kind) == preferred {
                let key = check(of: [unit.id], in: ws)
                if holder[key] == nil { holder[key] = unit.id }
            }
        }
        var out: [Int?] = ids, moved: [String] = [], lost: [Int] = []
        for k in wrong {
            out[k] = holder[checks[k]]
            if let now = out[k] { moved.append("\(ids[k]) is now \(now)") } else { lost.append(ids[k]) }
        }
        if !moved.isEmpty {
            context.warnings.append("the texts tagged '\(tag)' have other ids on this data: \(moved.joined(separator: ", ")); tagged where they are now")
        }
        if !lost.isEmpty {
            context.warnings.append("the texts tagged '\(tag)' as \(Plural.count(lost.count, "unit")) \(lost.map(String.init).joined(separator: ", ")) are not in this data: not tagged; show others and tag them")
        }
        return out.compactMap { $0 }
    }

    /// Eight hex digits of the units' texts (FNV-1a, the same on every machine and run: Swift's `Hasher` is seeded per
    /// process), for a session file to tell whether ids still name the units it tagged.
    static func check(of ids: [Int], in ws: Workspace) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for id in ids {
            for byte in (ws.unit(id: id)?.text ?? "").utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return String(format: "%08x", UInt32(truncatingIfNeeded: hash ^ (hash >> 32)))
    }
}

/// `export FILE [fields=a,b] [excel]`, `export units FILE`.
struct ExportCommand: ShellCommand {
    static let name = "export"
    static let synopsis = "export FILE.csv|.tsv|.json|.md [fields=a,b] [excel] [lang=nb|nn|en] | export units FILE.json|.jsonl|.csv|.md [fields=a,b] [excel]"
    static let summary = "Write the last result table, or the units of the selection, to a file (format from the extension)."
    static let details = """
        'excel' writes CSV for Norwegian Excel: ';' between cells, a byte-order mark, decimal commas.
        sep=; sets the separator alone. Text cells starting with = + - @ get a ' before them so a
        note can never run as a spreadsheet formula (a list's "- " stays as written). Files are
        written whole or not at all.
        lang=nb (or nn) names a table's columns as its charts do, for a report: kommune, innspill,
        andel, grupper; a Markdown table then writes decimals with a comma (0,45). A Markdown table
        follows 'set lang' (nb unless set) without lang=; CSV, TSV and JSON keep English column
        names unless lang= is given. Units keep their field names, which are what load and filter read.
        'export units sitater.md' writes each unit's text as a quote for a report, with its group and
        municipalities and id under it (fields= chooses what stands under it).
        """
    static let example = "export tema.md lang=nb"
    static let completion: [CompletionSource] = [.paths, .words(["units", "excel", "fields=", "lang="])]
    static let options = ["fields", "sep", "lang"]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let excel = args.takeFlag("excel")
        var options = excel ? CSVOptions.excel : CSVOptions.standard
        if let sep = args.option("sep") {
            guard sep.count == 1, let c = sep.first else { throw InnspillError("sep= takes one character, e.g. sep=;") }
            options.separator = c
        }
        let fields = args.option("fields").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let units = args.tokens.first.map { $0.text.lowercased() == "units" && !$0.quoted } ?? false
        if units { _ = args.next() }
        let path = try args.require("a file name", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        let target = context.resolve(path.text)
        let ws = context.workspace
        if units {
            if let lang = args.option("lang") {
                throw InnspillError("lang=\(lang) names a table's columns; units keep their field names, which load and filter read",
                                    hint: "export a table with lang=, e.g. group by municipality, then export kommuner.csv lang=nb")
            }
            try UnitExport.write(ws.units, indices: ws.selection, to: target, fields: fields,
                                 context: QueryEnvironment.context(ws, clusters: context.clusters), csv: options)
            context.fileWritten = path.text
            return .status("wrote \(Plural.count(ws.selection.count, "unit")) to \(path.text)")
        }
        var table = try LastResult.require(&context)
        var chosen = fields
        // A Markdown table goes into a report, as a chart does: its columns follow `set lang` unless lang= says otherwise.
        // A CSV, TSV or JSON table keeps the field names other programs read, unless lang= is given.
        let markdown = (try? TableFormat(path: path.text)) == .markdown
        let asked = try args.choiceOption("lang", Settings.Language.allCases.map(\.rawValue)).flatMap(Settings.Language.init)
        // (In English the table's own names are the report's: "county", "count", not the charts' "contributions".)
        if let lang = asked ?? (markdown && ws.settings.lang != .en ? ws.settings.lang : nil) {
            // A name two columns would share ("tema" for both cluster and name) stays as the table has it.
            let names = table.columns.map { [.integer, .number].contains($0.kind) ? ChartTitles.measure($0.name, lang) : ChartTitles.label($0.name, lang) }
            let renamed = Dictionary(zip(table.columns.map { $0.name.lowercased() }, names), uniquingKeysWith: { a, _ in a })
            for (i, name) in names.enumerated() where names.filter({ $0.lowercased() == name.lowercased() }).count == 1 {
                table.columns[i].name = name
            }
            chosen = fields?.map { field in
                let name = renamed[field.lowercased()] ?? field
                return table.columns.contains { $0.name == name } ? name : field
            }
            // A Markdown table for a Norwegian report writes its decimals as the language does (0,45); a CSV keeps its
            // points unless 'excel' or sep= asks for Norwegian Excel.
            if lang != .en, markdown { options.decimalComma = true }
        }
        try TableExport.write(table, to: target, fields: chosen, csv: options)
        context.fileWritten = path.text
        // Which table: the last result, which a listing or a unit shown does not replace.
        let which = table.title.isEmpty ? "" : " of '\(table.title)'"
        return .status("wrote \(Plural.count(table.rows.count, "row"))\(which) to \(path.text)")
    }
}
