import ChartKit
import Foundation
import InnspillCore

/// `info`: what is loaded and selected.
struct InfoCommand: ShellCommand {
    static let name = "info"
    static let synopsis = "info"
    static let summary = "Summarise the loaded corpora: units per kind, sections, groups, municipalities, dates, repairs."
    static let example = "info"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        var table = Table(title: "", columns: [Column("corpus"), Column("what"), Column("value")])
        for corpus in ws.corpora {
            let units = ws.units.filter { $0.corpus == corpus.name }
            func add(_ what: String, _ value: String) { table.rows.append([.text(corpus.name), .text(what), .text(value)]) }
            add("title", corpus.title ?? "")
            add("date", corpus.date.map(ISODate.string) ?? "")
            add("file", DisplayPath.of(corpus.sourcePath))
            add("format", corpus.format)
            for kind in UnitKind.allCases {
                let n = units.filter { $0.kind == kind }.count
                if n > 0 { add(kind.rawValue + "s", String(n)) }
            }
            let sections = distinct(units.compactMap(\.section))
            add("sections", sections.isEmpty ? "0" : "\(sections.count): \(sections.joined(separator: "; "))")
            let groups = distinct(units.filter { $0.kind == .post }.compactMap(\.group))
            add("groups", String(groups.count))
            let municipalities = distinct(units.flatMap(\.municipalities))
            add("municipalities", String(municipalities.count))
            let times = units.compactMap(\.posted).sorted()
            if let first = times.first, let last = times.last {
                add("posted", "\(ISODate.string(first)) .. \(ISODate.string(last))")
            }
            let repairs = corpus.repairs
            var byKind: [String] = []
            for kind in Repair.Kind.allCases {
                let n = repairs.filter { $0.kind == kind }.count
                if n > 0 { byKind.append("\(kind.rawValue) \(n)") }
            }
            add("repairs", repairs.isEmpty ? "0" : "\(repairs.count) (\(byKind.joined(separator: ", ")))")
        }
        table.notes = ["selection: \(ws.selection.count) of \(ws.units.count) units (set unit \(ws.settings.unit.rawValue))"]
        return .table(table)
    }

    static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// `count`: units in the selection.
struct CountCommand: ShellCommand {
    static let name = "count"
    static let synopsis = "count"
    static let summary = "Count the units in the current selection and the distinct groups that wrote them."
    static let example = "count"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        return .table(Grouping.count(context.workspace.units, indices: context.workspace.selection))
    }
}

/// `list [N]`: the units of the selection, one block each.
struct ListCommand: ShellCommand {
    static let name = "list"
    static let synopsis = "list [N]"
    static let summary = "Show the first N units of the selection (default 10) with their group and text."
    static let example = "list 5"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        var limit = 10
        if let token = args.next() { limit = try Arguments.integer(token, name: "N", range: Arguments.counts) }
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        let shown = ws.selection.prefix(limit).map { ws.units[$0] }
        var out = shown.map { UnitView.block($0, width: context.terminalWidth, tags: ws.tags[$0.id]) }
        if ws.selection.count > limit { out.append("… \(ws.selection.count - limit) more (list N shows more)") }
        if ws.selection.isEmpty { out.append("(no units in the selection)") }
        return .text(out.joined(separator: "\n"))
    }
}

/// `show ID [raw]`: one unit with all its fields.
struct ShowCommand: ShellCommand {
    static let name = "show"
    static let synopsis = "show ID [raw]"
    static let summary = "Show one unit with all its fields; 'raw' also shows the text as it stood in the file."
    static let example = "show 12 raw"
    static let completion: [CompletionSource] = [.words(["raw"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let raw = args.takeFlag("raw")
        let idToken = try args.require("a unit id", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        let unit = try ShowCommand.unit(idToken, in: context)
        return .text(UnitView.detail(unit, width: context.terminalWidth, raw: raw, tags: context.workspace.tags[unit.id]))
    }

    /// The unit whose id `token` is, or an error naming the ids there are.
    static func unit(_ token: Arguments.Token, in context: CommandContext) throws -> InnspillCore.Unit {
        let id = try Arguments.integer(token, name: "ID", range: 1...Int.max)
        guard let unit = context.workspace.unit(id: id) else {
            throw InnspillError("no unit with id \(id)", hint: context.workspace.units.isEmpty ? "no corpus is loaded; load one first" : "ids run from 1 to \(context.workspace.units.count)",
                                location: .column(token.column))
        }
        return unit
    }
}

/// `repairs [summary|ID]`: what the repair step changed.
struct RepairsCommand: ShellCommand {
    static let name = "repairs"
    static let synopsis = "repairs [summary|ID]"
    static let summary = "Table of every change the repair step made (unit, line, original, repaired, kind)."
    static let example = "repairs summary"
    static let completion: [CompletionSource] = [.words(["summary"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let summary = args.takeFlag("summary")
        let idToken = args.next()
        try args.expectEnd(usage: synopsis)
        var repairs = context.workspace.repairs
        if let idToken {
            let unit = try ShowCommand.unit(idToken, in: context)
            if unit.kind == .segment, let post = unit.parent {
                // A segment's repairs are its post's, on the segment's own lines of the file.
                let lines = unit.rawSource?.lineRange
                repairs = repairs.filter { repair in repair.unit == post && (lines?.contains(repair.line) ?? true) }
            } else {
                repairs = repairs.filter { $0.unit == unit.id }
            }
        }
        if summary {
            var table = Table(title: "", columns: [Column("kind"), Column("count", .integer)], shape: .categoryCounts)
            for kind in Repair.Kind.allCases {
                let n = repairs.filter { $0.kind == kind }.count
                if n > 0 { table.rows.append([.text(kind.rawValue), .integer(n)]) }
            }
            return .table(table)
        }
        let corpusOf = Dictionary(context.workspace.units.map { ($0.id, $0.corpus) }, uniquingKeysWith: { a, _ in a })
        var table = Table(title: "", columns: [Column("unit", .integer), Column("corpus"), Column("line", .integer),
                                               Column("original"), Column("repaired"), Column("kind")])
        for r in repairs {
            table.rows.append([r.unit > 0 ? .integer(r.unit) : .null, .text(corpusOf[r.unit] ?? ""), .integer(r.line),
                               .text(r.original), .text(r.repaired), .text(r.kind.rawValue)])
        }
        return .table(table)
    }
}

/// How units print at the prompt.
enum UnitView {
    /// A short block: header line with id, kind, group, section; then the wrapped text.
    static func block(_ unit: InnspillCore.Unit, width: Int, tags: Set<String>?) -> String {
        var head = "#\(unit.id) \(unit.kind.rawValue)"
        if let group = unit.group { head += " · \(group)" }
        if let section = unit.section { head += " · \(section)" }
        if !unit.municipalities.isEmpty { head += " · \(unit.municipalities.joined(separator: ", "))" }
        if let tags, !tags.isEmpty { head += " · tags: \(tags.sorted().joined(separator: ", "))" }
        return DisplayWidth.truncate(head, to: width) + "\n" + wrap(unit.text, width: width, indent: "  ") + "\n"
    }

    /// Every field, then the text (and the raw text).
    static func detail(_ unit: InnspillCore.Unit, width: Int, raw: Bool, tags: Set<String>?) -> String {
        var fields: [(String, String)] = [
            ("id", String(unit.id)), ("corpus", unit.corpus), ("kind", unit.kind.rawValue),
            ("title", unit.title ?? ""), ("section", unit.section ?? ""), ("question", unit.question ?? ""),
            ("prompt", unit.prompt.map(String.init) ?? ""), ("group", unit.group ?? ""), ("author", unit.author ?? ""),
            ("posted", unit.posted.map(ISODate.string) ?? ""),
            ("municipalities", unit.municipalities.joined(separator: ", ")), ("counties", unit.counties.joined(separator: ", ")),
            ("mentions", unit.mentions.joined(separator: ", ")), ("organisations", unit.organisations.joined(separator: ", ")),
            ("words", String(unit.wordCount)), ("line", String(unit.line)), ("url", unit.url ?? ""),
            ("parent", unit.parent.map(String.init) ?? ""), ("tags", (tags ?? []).sorted().joined(separator: ", ")),
        ]
        for key in unit.extra.keys.sorted() { fields.append((key, unit.extra[key] ?? "")) }
        let keyWidth = fields.map { $0.0.count }.max() ?? 8
        // A value of several lines (an extra CSV or JSON column) keeps its later lines under its first.
        let continuation = "\n" + String(repeating: " ", count: keyWidth + 2)
        var lines = fields.filter { !$0.1.isEmpty }.map { key, value in
            key.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  "
                + value.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: continuation)
        }
        lines.append("text:")
        lines.append(wrap(unit.text, width: width, indent: "  "))
        if raw {
            lines.append("raw:")
            lines.append(unit.raw.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        }
        return lines.joined(separator: "\n")
    }

    /// Wraps text to `width` display cells, keeping its line breaks (an empty line stays one).
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        let limit = max(20, width - DisplayWidth.of(indent))
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            let lines = TextCanvas.wrap(paragraph, width: limit, keepingLongWords: true)
            return (lines.isEmpty ? [""] : lines).map { indent + $0 }
        }.joined(separator: "\n")
    }
}
