import ChartKit
import Foundation
import InnspillCore

/// The chart plugins compiled into the executable, set once by `main.swift`.
public enum ChartPlugins {
    nonisolated(unsafe) public static var registry = ChartRegistry([])
}

/// `plugins`: the chart plugins.
struct PluginsCommand: ShellCommand {
    static let name = "plugins"
    static let synopsis = "plugins"
    static let summary = "List the chart plugins with the tables they draw and their options."
    static let example = "plugins"
    static let describesTheShell = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        var table = Table(title: "Chart plugins", columns: [Column("id"), Column("description"), Column("draws"), Column("options")])
        for plugin in ChartPlugins.registry.listing {
            table.rows.append([.text(plugin.id), .text(plugin.summary), .text(plugin.shapes.map(\.rawValue).joined(separator: ", ")),
                               .text(plugin.options.map { "\($0.name)=\($0.defaultValue)" }.joined(separator: " "))])
        }
        return .table(table)
    }
}

/// `chart ID [options] [to FILE] [of COMMAND]`.
struct ChartCommand: ShellCommand {
    static let name = "chart"
    static let synopsis = "chart PLUGIN [title=\"...\"] [subtitle=\"...\"] [top=N] [sort=value|label|none] [size=slide|wide|square|a4|WxH] [theme=light|dark] [value=COLUMN] [none=show] [OPTION=VALUE] [to FILE.svg|.png|.txt] [of COMMAND]"
    static let summary = "Draw the last result table (or the table COMMAND makes) in the terminal, or to an SVG, PNG or text file."
    static let details = """
        'plugins' lists the plugins, the tables each draws, and their own options; '.help chart'
        with a plugin name shows one: .help chart bar. Chart texts follow 'set lang nb|nn|en'.
        value=COLUMN draws another count of the table: value=groups draws how many groups, not units.
        Units without a value (no county, no group) are left out, and the chart says how many;
        none=show draws them as a bar of their own, "(ingen)".
        Examples:  chart bar of group by municipality top 15
                   chart bar value=groups of group by cluster
                   chart heatmap of group by group, cluster to heatmap.svg
                   chart wordcloud of freq top 80 to ord.png
        Files are written whole or not at all; PNG is drawn at twice the size for slides.
        """
    static let example = "chart bar title=\"Kommuner\" to kommuner.png of group by municipality top 15"
    static let completion: [CompletionSource] = [.plugins, .words(["to", "of", "title=", "subtitle=", "top=", "size=", "theme=", "sort=", "value=", "none="])]

    /// A chart takes its plugin's options (`ChartRegistry.optionNames`), and the command after `of`
    /// takes its own; both are checked before anything runs or is drawn. An unknown plugin is left
    /// for `run` to report, with the closest name.
    static func checkOptions(_ args: Arguments) throws {
        let (own, inner) = try parts(args)
        if let plugin = own.tokens.first, let names = try? ChartPlugins.registry.optionNames(for: plugin.text) {
            try own.expectOptions(names + ["value", "none"], of: "chart \(plugin.text.lowercased())")
        }
        if let inner { _ = try tableCommand(inner.line, column: inner.column) }
    }

    /// The chart's own words, and the command after a bare `of` (whose table is drawn) with its column.
    /// A `to FILE.svg|.png|.txt` at the very end belongs to the chart, not to the command, so both
    /// `chart bar to f.png of group by county` and `chart bar of group by county to f.png` work.
    static func parts(_ args: Arguments) throws -> (own: Arguments, inner: (line: String, column: Int)?) {
        let tokens = args.tokens
        guard let of = tokens.firstIndex(where: { !$0.quoted && $0.text.lowercased() == "of" }) else { return (args, nil) }
        let ofStart = tokens[of].column - args.column
        let chars = Array(args.raw)
        // Where the command after `of` ends: before a trailing `to FILE` naming a chart file.
        var innerEnd = chars.count
        if tokens.count >= of + 3, let to = tokens.dropLast().last, !to.quoted, to.text.lowercased() == "to",
           let file = tokens.last, ChartFormat(path: file.text) != nil {
            innerEnd = to.column - args.column
        }
        let after = chars[min(ofStart + 2, innerEnd) ..< innerEnd]
        let leading = after.prefix(while: { $0.isWhitespace }).count
        let inner = String(after.dropFirst(leading)).trimmingCharacters(in: .whitespaces)
        // The chart's words keep their columns (for the caret under a mistake): the command is blanked out.
        let own = String(chars[..<ofStart]) + String(repeating: " ", count: innerEnd - ofStart) + String(chars[innerEnd...])
        return (try Arguments(own, column: args.column), (inner, args.column + ofStart + 2 + leading))
    }

    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        let (own, inner) = try parts(args)
        var chartArgs = own
        var table: Table
        if let inner {
            table = try tableOf(inner.line, column: inner.column, context: &context)
        } else {
            table = try LastResult.require(&context)
        }
        let pluginToken = try chartArgs.require("a plugin", usage: "chart PLUGIN ... ('plugins' lists them)")
        let target = try chartArgs.takeKeyword("to")
        if target == nil, let file = chartArgs.tokens.first, ChartFormat(path: file.text) != nil {
            throw InnspillError("unexpected '\(file.text)'", hint: "to write the chart to a file: chart \(pluginToken.text) to \(file.text)",
                                location: .column(file.column))
        }
        try chartArgs.expectEnd(usage: synopsis)
        let registry = ChartPlugins.registry
        var arguments: [String: String] = [:]
        for key in chartArgs.optionKeys { arguments[key] = chartArgs.option(key) }
        if arguments["lang"] == nil { arguments["lang"] = context.workspace.settings.lang.rawValue }
        if let measure = arguments.removeValue(forKey: "value") {
            table = try ChartBridge.measuring(table, by: measure, lang: context.workspace.settings.lang)
        }
        let showNone: Bool
        switch arguments.removeValue(forKey: "none")?.lowercased() {
        case nil, "hide": showNone = false
        case "show": showNone = true
        case let other?:
            throw InnspillError("none=\(other) is not a choice", hint: "none=show draws the units without a value as a bar of their own; none=hide (the default) leaves them out")
        }
        // Times are the exports' own clock times (Norwegian local time), so the timeline shows them as they are.
        if pluginToken.text.lowercased() == "timeline", arguments["tz"] == nil { arguments["tz"] = "UTC" }
        guard !table.rows.isEmpty else {
            throw InnspillError("the table is empty; there is nothing to draw", hint: "filter less, or run a command that gives rows")
        }
        let spec: ChartSpec
        var leftOut: ChartBridge.LeftOut?
        do {
            let plugin = try registry.plugin(pluginToken.text)
            let shape = ChartShape(rawValue: table.shape.rawValue)
            guard let shape, plugin.shapes.contains(shape) else {
                let example = plugin.shapes.first.map { ", e.g. chart \(plugin.id) of \(ChartBridge.command(making: $0))" } ?? ""
                // The plugins that do draw it, so the next try is the right one.
                var others: [String] = []
                if let shape {
                    for candidate in registry.plugins where candidate.shapes.contains(shape) { others.append(candidate.id) }
                }
                let instead = others.isEmpty ? "" : "; this table is drawn by " + others.map { "chart \($0)" }.joined(separator: ", ")
                throw InnspillError("chart \(plugin.id) cannot draw this table: \(shape.map { "its shape is \($0)" } ?? "it is a listing, not counts or terms")",
                                    hint: "chart \(plugin.id) draws \(plugin.shapes.map(\.description).joined(separator: "; "))\(example)\(instead)")
            }
            let bridged = ChartBridge.spec(table, context.workspace, showNone: showNone)
            leftOut = bridged.leftOut
            spec = try registry.configure(bridged.spec, for: pluginToken.text, arguments: arguments)
        } catch let error as InnspillError {
            throw error
        } catch {
            throw ChartBridge.shellError(error, registry: registry, plugin: pluginToken)
        }
        do {
            guard let target else {
                return .text(try registry.renderText(pluginToken.text, spec, width: context.terminalWidth, color: context.color))
            }
            let path = context.resolve(target.text)
            guard let format = ChartFormat(path: path) else {
                throw InnspillError("cannot tell the format of '\(target.text)'", hint: "end the file name in .svg, .png or .txt",
                                    location: .column(target.column))
            }
            let data: Data
            switch format {
            case .svg: data = Data(try registry.renderSVG(pluginToken.text, spec).utf8)
            case .png: data = try registry.renderPNG(pluginToken.text, spec)
            case .text: data = Data(try registry.renderText(pluginToken.text, spec, width: 100, color: false).utf8)
            }
            try AtomicFile.write(data, to: path)
            context.fileWritten = target.text
            return .status("wrote \(target.text)" + (leftOut.map { "; \($0.sentence(.en))" + ($0.drawable ? " (none=show draws them)" : "") } ?? ""))
        } catch let error as InnspillError {
            throw error
        } catch {
            throw ChartBridge.shellError(error, registry: registry, plugin: pluginToken)
        }
    }

    /// Runs a table-making command for `chart ... of COMMAND` without printing it.
    static func tableOf(_ line: String, column: Int, context: inout CommandContext) throws -> Table {
        let (command, args) = try tableCommand(line, column: column)
        guard case .table(var table) = try command.run(args, &context) else {
            throw InnspillError("'\(command.name)' does not make a table to draw", location: .column(column))
        }
        ChartBridge.noteSelection(of: context.workspace, in: &table)
        context.lastResult = table
        context.resultMadeBy = line
        return table
    }

    /// The command after `of`, looked up and its options checked. Another chart is refused (which also
    /// stops `chart of chart of ...` recursing), and so is a command that changes the state.
    static func tableCommand(_ line: String, column: Int) throws -> (command: any ShellCommand.Type, args: Arguments) {
        let name = String(line.prefix(while: { !$0.isWhitespace }))
        guard let command = CommandRegistry.command(named: name) else { throw CommandRegistry.unknown(name, column: column) }
        guard command.name != ChartCommand.name else {
            throw InnspillError("chart ... of takes a command that makes a table, not another chart",
                                hint: "e.g. chart bar of group by municipality", location: .column(column))
        }
        guard !command.changesState else {
            throw InnspillError("'\(name)' changes the state; chart ... of takes a command that makes a table",
                                hint: "e.g. chart bar of group by municipality", location: .column(column))
        }
        return try CommandRegistry.prepare(line, column: column)
    }
}

/// Default chart titles in the chart language (commands title their tables in English, the
/// language of the shell; slides go to Norwegian audiences). `title=` overrides them.
enum ChartTitles {
    /// Field names as a Norwegian (bokmål, nynorsk) or English audience reads them.
    static let fields: [String: (nb: String, nn: String, en: String)] = [
        "municipality": ("kommune", "kommune", "municipality"), "municipalities": ("kommune", "kommune", "municipality"),
        "county": ("fylke", "fylke", "county"), "counties": ("fylke", "fylke", "county"),
        "group": ("gruppe", "gruppe", "group"), "section": ("seksjon", "seksjon", "section"),
        "cluster": ("tema", "tema", "theme"), "question": ("spørsmål", "spørsmål", "question"),
        "author": ("forfatter", "forfattar", "author"), "corpus": ("seminar", "seminar", "seminar"),
        "organisations": ("organisasjon", "organisasjon", "organisation"), "mentions": ("nevnt kommune", "nemnd kommune", "municipality mentioned"),
        "tags": ("merkelapp", "merkelapp", "tag"), "kind": ("type", "type", "kind"), "posted": ("tid", "tid", "time"),
        "count": ("innspill", "innspel", "contributions"), "units": ("innspill", "innspel", "contributions"),
        "size": ("innspill", "innspel", "contributions"), "term": ("ord", "ord", "word"), "name": ("tema", "tema", "theme"),
        "groups": ("grupper", "grupper", "groups"), "tag": ("merkelapp", "merkelapp", "tag"),
        "share": ("andel", "del", "share"), "hits": ("treff", "treff", "hits"),
        "terms": ("ord", "ord", "terms"), "quote": ("sitat", "sitat", "quote"), "quotes": ("sitater", "sitat", "quotes"),
        "which groups": ("hvilke grupper", "kva grupper", "which groups"),
    ]

    /// A count column's name where it differs from the field's ("municipalities" counted: "kommuner", not "kommune").
    static let counted: [String: (nb: String, nn: String, en: String)] = ["municipalities": ("kommuner", "kommunar", "municipalities")]

    /// What a chart's bars measure, as its title names it.
    static func measure(_ column: String, _ lang: Settings.Language) -> String {
        guard let names = counted[column.lowercased()] else { return label(column, lang) }
        switch lang { case .nb: return names.nb; case .nn: return names.nn; case .en: return names.en }
    }

    static func label(_ field: String, _ lang: Settings.Language) -> String {
        guard let names = fields[field.lowercased()] else { return field }
        switch lang { case .nb: return names.nb; case .nn: return names.nn; case .en: return names.en }
    }

    static func title(for table: Table, lang: Settings.Language) -> String {
        let (contributions, and) = lang == .en ? ("Contributions", "and") : (lang == .nn ? "Innspel" : "Innspill", "og")
        let names = table.columns.map(\.name)
        switch table.shape {
        case .categoryCounts where table.metadata["labelColumn"] != nil:
            return lang == .en ? "Themes" : "Tema"
        case .categoryCounts:
            // What the bars measure is the second column: units, or groups (`coverage`: "Grupper per ord").
            let measure = names.count > 1 ? Self.measure(names[1], lang) : contributions
            return "\(measure.prefix(1).uppercased() + measure.dropFirst()) \(lang == .en ? "by" : "per") \(label(names[0], lang))"
        case .crosstab:
            let measure = names.count > 2 ? Self.measure(names[2], lang) : contributions
            return "\(measure.prefix(1).uppercased() + measure.dropFirst()) \(lang == .en ? "by" : "per") \(label(names[0], lang)) \(and) \(label(names[1], lang))"
        case .weightedTerms: return lang == .en ? "Most frequent words" : "Mest brukte ord"
        case .timeSeries: return lang == .en ? "Contributions over time" : "\(contributions) over tid"
        case .mergeTree: return lang == .en ? "Theme tree" : "Tematre"
        case .edgeList: return lang == .en ? "Words used together" : lang == .nn ? "Ord som vert brukte saman" : "Ord som brukes sammen"
        case .listing: return table.title
        }
    }
}

/// Turns result tables into chart specs, and chart errors into shell errors.
enum ChartBridge {
    /// The chart spec of `table`: columns and labels in the chart language, seminars named by title and date and
    /// in the order they were held, and the units without a value left out unless `showNone` (what was left out is
    /// `leftOut`, also written under the title).
    static func spec(_ table: Table, _ ws: Workspace, showNone: Bool = false) -> (spec: ChartSpec, leftOut: LeftOut?) {
        let lang = ws.settings.lang
        let shape = ChartShape(rawValue: table.shape.rawValue) ?? .categoryCounts
        var columns = table.columns.map(\.name)
        var rows = table.rows.map { row in row.map(cell) }
        // A themes table draws its names against sizes.
        if let label = table.metadata["labelColumn"], let li = table.columnIndex(label), let si = table.columnIndex("size") {
            columns = [columns[li], columns[si]]
            rows = rows.map { [$0[li], $0[si]] }
        }
        let labelColumns: [Int] = switch shape {
        case .categoryCounts: [0]
        case .crosstab: [0, 1]
        case .timeSeries: [1]
        default: []
        }
        // A seminar is named by its title and date, not by the corpus's id.
        let seminars = Seminars(ws)
        let corpusColumns = labelColumns.filter { $0 < columns.count && columns[$0].lowercased() == "corpus" }
        for c in corpusColumns {
            for r in rows.indices where c < rows[r].count {
                if case .text(let id) = rows[r][c], let name = seminars.label[id] { rows[r][c] = .text(name) }
            }
        }
        // Units without a value form a row with an empty name: left out (and said so), or drawn under a word.
        let none = lang == .en ? "(none)" : "(ingen)"
        var leftOut: LeftOut?
        let nameColumns = shape == .timeSeries ? [] : labelColumns
        func isNone(_ cell: ChartCell) -> Bool { cell == .empty || cell == .text("") }
        let withNone = rows.indices.filter { r in nameColumns.contains { $0 < rows[r].count && isNone(rows[r][$0]) } }
        if !showNone, !withNone.isEmpty, withNone.count < rows.count {
            let fields = nameColumns.filter { c in withNone.contains { c < rows[$0].count && isNone(rows[$0][c]) } }
            // The note counts units: the table's count column, also where the bars measure something else (groups,
            // which may be in the chart through their other units, and which never add up over rows).
            let units = columns.firstIndex { ["count", "units", "size"].contains($0.lowercased()) }
            let total = units.map { c in withNone.reduce(0.0) { $0 + (c < rows[$1].count ? rows[$1][c].number ?? 0 : 0) } }
            leftOut = LeftOut(count: total.map { Int($0) }, fields: fields.map { columns[$0] })
            let dropped = Set(withNone)
            rows = rows.indices.filter { !dropped.contains($0) }.map { rows[$0] }
        }
        rows = rows.map { row in
            row.enumerated().map { i, cell in nameColumns.contains(i) && isNone(cell) ? .text(none) : cell }
        }
        if leftOut == nil, let untimed = table.metadata[Self.untimed].flatMap(Int.init) { leftOut = LeftOut(count: untimed, fields: ["posted"], drawable: false) }
        columns = columns.map { ChartTitles.label($0, lang) }
        let leaves = table.metadata["leafLabels"].map { $0.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init) } ?? []
        var spec = ChartSpec(shape: shape, columns: columns, rows: rows, title: ChartTitles.title(for: table, lang: lang),
                             subtitle: ([leftOut?.sentence(lang)] + [Self.ungroupedSentence(table, lang)]).compactMap { $0 }.joined(separator: "; "),
                             source: source(ws, drawn: table),
                             leafLabels: leaves, language: ChartLanguage(rawValue: lang.rawValue) ?? .nb)
        spec.noValueLabel = none
        if let totals = table.metadata[Table.rowTotalsKey] {
            // Named as the rows are: a seminar by its title and date, no value by the word for none.
            for line in totals.split(separator: "\n", omittingEmptySubsequences: false) {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 2, let units = Double(parts[1]) else { continue }
                let name = String(parts[0])
                spec.rowUnits[name.isEmpty ? none : corpusColumns.contains(0) ? seminars.label[name] ?? name : name] = units
            }
        }
        if !corpusColumns.isEmpty { spec.categoryOrder = seminars.inOrder.map { seminars.label[$0.name]! } }
        // A tree's leaves are written "#15 Gruppe 12 [2] og 3 til": say how to read them (a subtitle= replaces it).
        if shape == .mergeTree {
            switch ws.settings.lang {
            case .nb: spec.subtitle = "Hvert blad: #innspill, gruppe og [tema]; «og N til» er N innspill til i samme gren"
            case .nn: spec.subtitle = "Kvart blad: #innspel, gruppe og [tema]; «og N til» er N innspel til i same grein"
            case .en: spec.subtitle = "Each leaf: #contribution, group and [theme]; “and N more” is N more contributions in the branch"
            }
        }
        return (spec, leftOut)
    }

    /// The units without a value that a chart leaves out: how many (where the table tells) and which fields they lack.
    struct LeftOut: Equatable {
        /// The units of the rows left out; nil where the table's counts do not add up to it.
        var count: Int?
        /// The table's names of the fields they have no value of.
        var fields: [String]
        /// Whether `none=show` draws them (a timeline cannot draw units without a time).
        var drawable = true

        /// "107 innspill uten fylke er ikke med" in the chart language.
        func sentence(_ lang: Settings.Language) -> String {
            let what = fields.map { ChartTitles.label($0, lang) }
            let units = ChartTitles.label("count", lang)
            let amount = count.map { "\($0) " } ?? ""
            switch lang {
            case .nb: return "\(amount)\(units) uten \(what.joined(separator: " eller ")) er ikke med"
            case .nn: return "\(amount)\(units) utan \(what.joined(separator: " eller ")) er ikkje med"
            case .en where count == 1: return "1 contribution without a \(what.joined(separator: " or ")) is left out"
            case .en: return "\(amount)\(units) without a \(what.joined(separator: " or ")) are left out"
            }
        }
    }

    /// The table with its column `name` as the one a chart measures: `chart bar value=groups of group by cluster` draws
    /// how many groups raised each theme, not how many answers. The column may be named as the table or the chart names
    /// it ("groups", "grupper").
    static func measuring(_ table: Table, by name: String, lang: Settings.Language) throws -> Table {
        let labels = table.shape == .crosstab ? 2 : 1
        guard [.categoryCounts, .crosstab, .weightedTerms].contains(table.shape) else {
            throw InnspillError("value= chooses which count a chart draws; this table has no counts to choose from",
                                hint: "use it on a table of counts: chart bar value=groups of group by cluster")
        }
        let numeric = table.columns.indices.dropFirst(labels).filter { [.integer, .number].contains(table.columns[$0].kind) }
        let wanted = name.lowercased()
        guard let chosen = numeric.first(where: {
            table.columns[$0].name.lowercased() == wanted || ChartTitles.label(table.columns[$0].name, lang).lowercased() == wanted
        }) else {
            throw InnspillError("the table has no count named '\(name)' to draw",
                                hint: "value= takes one of: \(numeric.map { table.columns[$0].name }.joined(separator: ", "))")
        }
        let order = Array(0 ..< labels) + [chosen] + table.columns.indices.dropFirst(labels).filter { $0 != chosen }
        var measured = table
        measured.columns = order.map { table.columns[$0] }
        measured.rows = table.rows.map { row in order.map { $0 < row.count ? row[$0] : .null } }
        return measured
    }

    static func cell(_ value: Value) -> ChartCell {
        switch value {
        case .null: return .empty
        case .text(let s): return .text(s)
        case .integer(let i): return .number(Double(i))
        case .number(let d): return .number(d)
        case .date(let d): return .time(d.timeIntervalSince1970)
        case .list(let items): return .text(items.joined(separator: ", "))
        }
    }

    /// The table metadata naming the corpora a table drew from, where it drew from fewer units than the selection's
    /// (a timeline draws the units with a time), joined by U+001F; its rows are then the units.
    static let sourceCorpora = "sourceCorpora"

    /// The table metadata counting the selection's units a timeline leaves out for having no time.
    static let untimed = "untimed"

    /// "3 innspill uten gruppe er ikke talt med" where a chart draws a table's groups and some posts or segments have
    /// no group (`Grouping.ungroupedKey`): its bars leave them out of every count. Nil otherwise.
    static func ungroupedSentence(_ table: Table, _ lang: Settings.Language) -> String? {
        let labels = table.shape == .crosstab ? 2 : 1
        guard table.columns.count > labels, table.columns[labels].name.lowercased() == "groups",
              let n = table.metadata[Grouping.ungroupedKey].flatMap(Int.init), n > 0 else { return nil }
        switch lang {
        case .nb: return "\(n) innspill uten gruppe er ikke talt med"
        case .nn: return "\(n) innspel utan gruppe er ikkje talde med"
        case .en: return n == 1 ? "1 contribution without a group is not counted" : "\(n) contributions without a group are not counted"
        }
    }

    /// The table metadata of the selection a table was made from: its units (as `group by` notes them too), and its
    /// corpora joined by U+001F.
    static let selectionUnits = "units", selectionCorpora = "corpora"

    /// Notes in a table the selection it is made from, unless it has one already (a `sort` or `top` keeps that of the
    /// table it sorts): a chart drawn from it later, after a filter, gives that selection in its source line.
    static func noteSelection(of ws: Workspace, in table: inout Table) {
        guard table.metadata[selectionCorpora] == nil else { return }
        if table.metadata[selectionUnits] == nil { table.metadata[selectionUnits] = String(ws.selection.count) }
        table.metadata[selectionCorpora] = ws.corpusNames(of: ws.selection).joined(separator: "\u{1F}")
    }

    /// "Kilde: 38 innspill fra Dialogseminar 9.2.2023" in the chart language: the units and corpora of the selection the
    /// table `drawn` was made from (the current selection when it does not say), or those it says it drew.
    static func source(_ ws: Workspace, drawn table: Table? = nil) -> String {
        let drawnFrom = table?.metadata[sourceCorpora].map { Set($0.split(separator: "\u{1F}").map(String.init)) }
        let madeFrom = table?.metadata[selectionCorpora].map { Set($0.split(separator: "\u{1F}").map(String.init)) }
        let corpora = drawnFrom ?? madeFrom ?? Set(ws.corpusNames(of: ws.selection))
        let seminars = Seminars(ws)
        let titles = seminars.inOrder.filter { corpora.contains($0.name) }.map { seminars.label[$0.name]! }
        let n = drawnFrom != nil ? table!.rows.count : table?.metadata[selectionUnits].flatMap(Int.init) ?? ws.selection.count
        guard !titles.isEmpty else { return "" }
        // The count comes first: a line too long for the chart loses the last seminars' names, not the number.
        switch ws.settings.lang {
        case .nb: return "Kilde: \(n) innspill fra \(titles.joined(separator: "; "))"
        case .nn: return "Kjelde: \(n) innspel frå \(titles.joined(separator: "; "))"
        case .en: return "Source: \(n) contributions from \(titles.joined(separator: "; "))"
        }
    }

    /// The loaded seminars as a chart names them (title and date, not the corpus's id) and in the order they were held.
    ///
    /// ```swift
    /// let seminars = ChartBridge.Seminars(ws)
    /// seminars.label["padlet-2020-10-09-pilot-for-fremtiden"]   // "Pilot for fremtiden 9.10.2020"
    /// seminars.inOrder.map(\.name)                               // 2020's corpus before 2025's; undated ones last
    /// ```
    struct Seminars {
        let inOrder: [CorpusInfo]
        /// Corpus id → its title with the day it was held; two seminars of one title and day keep their ids beside it.
        let label: [String: String]

        init(_ ws: Workspace) {
            inOrder = ws.corpora.enumerated().sorted { a, b in
                switch (a.element.date, b.element.date) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.offset < b.offset
                }
            }.map(\.element)
            let titles = inOrder.map(ChartBridge.title(of:))
            var seen: [String: Int] = [:]
            for t in titles { seen[t, default: 0] += 1 }
            label = Dictionary(uniqueKeysWithValues: zip(inOrder, titles).map { corpus, title in
                (corpus.name, seen[title]! > 1 ? "\(title) (\(corpus.name))" : title)
            })
        }
    }

    /// "Pilot for fremtiden 9.10.2020": a corpus's title with the day it was held, or its id where it has no title.
    static func title(of corpus: CorpusInfo) -> String {
        var text = corpus.title ?? corpus.name
        if let date = corpus.date {
            let day = ISODate.string(date).prefix(10).split(separator: "-").compactMap { Int($0) }
            if day.count == 3 {
                // "Nasjonalt dialogseminar 5. mai" gains its year, not the date a second time.
                if !names(day: day[2], month: day[1], in: text) {
                    text += " \(day[2]).\(day[1]).\(day[0])"
                } else if !text.contains(String(day[0])) {
                    text += " \(day[0])"
                }
            }
        }
        return text
    }

    /// Whether a title already names the day ("Nasjonalt dialogseminar 5. mai", "5.5.2025"), so the
    /// source line does not say it twice (it adds the year alone where the title lacks it).
    ///
    /// ```swift
    /// ChartBridge.names(day: 5, month: 5, in: "Nasjonalt dialogseminar 5. mai")   // true
    /// ChartBridge.names(day: 5, month: 5, in: "Dialogseminar 2025")                // false
    /// ```
    static func names(day: Int, month: Int, in title: String) -> Bool {
        let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
        guard (1 ... 12).contains(month) else { return false }
        let lower = title.lowercased()
        let written = ["\(day). \(months[month - 1])", "\(day).\(month).", String(format: "%02d.%02d.", day, month)]
        return written.contains { form in
            // Not inside a longer number: "15. mai" does not name the 5th.
            var from = lower.startIndex
            while let found = lower.range(of: form, range: from ..< lower.endIndex) {
                if found.lowerBound == lower.startIndex || !lower[lower.index(before: found.lowerBound)].isNumber { return true }
                from = found.upperBound
            }
            return false
        }
    }

    /// A command whose table has `shape`, for hints.
    static func command(making shape: ChartShape) -> String {
        switch shape {
        case .categoryCounts: return "group by municipality"
        case .crosstab: return "group by section, municipality"
        case .timeSeries: return "timeline"
        case .weightedTerms: return "freq top 30"
        case .mergeTree: return "tree (after cluster method=agglomerative)"
        case .edgeList: return "cooccurrence"
        }
    }

    static func shellError(_ error: Error, registry: ChartRegistry, plugin: Arguments.Token) -> Error {
        guard let chart = error as? ChartError else { return error }
        switch chart.code {
        case .unknownPlugin:
            let hint = Suggestion.closest(to: plugin.text, in: registry.ids).map { "did you mean '\($0)'?" }
                ?? "the plugins are: \(registry.ids.joined(separator: ", "))"
            return InnspillError("unknown chart plugin '\(plugin.text)'", hint: hint, location: .column(plugin.column))
        default:
            return InnspillError(chart.message)
        }
    }
}
