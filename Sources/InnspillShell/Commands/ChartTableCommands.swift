import Foundation
import InnspillCore
import InnspillText

/// `timeline [by FIELD]`: posts over time, for `chart timeline`.
struct TimelineCommand: ShellCommand {
    static let name = "timeline"
    static let synopsis = "timeline [by FIELD]"
    static let summary = "When units were posted, one row per unit (time, series, 1), for 'chart timeline' to bin and draw."
    static let example = "chart timeline bin=10m of timeline by section"
    static let completion: [CompletionSource] = [.words(["by"]), .fields]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let by = try args.takeKeyword("by")
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        let timed = ws.selection.filter { ws.units[$0].posted != nil }
        guard !timed.isEmpty else {
            throw InnspillError("no unit in the selection has a time", hint: "Padlet exports with author lines, and CSV exports, have them")
        }
        let series = try by.map {
            try ws.fields.values(of: $0.text, units: ws.units, indices: timed,
                                                      context: QueryEnvironment.context(ws, clusters: context.clusters), column: $0.column)
        }
        var table = Table(title: "Posted over time", columns: [Column("posted", .date), Column(by?.text ?? "series"), Column("units", .integer)],
                          shape: .timeSeries)
        for (n, i) in timed.enumerated() {
            let label = series?[n].first ?? (by == nil ? ChartTitles.label("units", ws.settings.lang) : "")
            table.rows.append([.date(ws.units[i].posted!), .text(label), .integer(1)])
        }
        // A chart's source line names the units drawn: those with a time, and their corpora.
        let untimed = ws.selection.count - timed.count
        if untimed > 0 {
            table.notes.append("\(untimed) \(untimed == 1 ? "unit has" : "units have") no time and \(untimed == 1 ? "is" : "are") left out")
            table.metadata[ChartBridge.untimed] = String(untimed)
        }
        table.metadata[ChartBridge.sourceCorpora] = Set(timed.map { ws.units[$0].corpus }).sorted().joined(separator: "\u{1F}")
        return .table(table)
    }
}

/// `cooccurrence [top N] [min F]`: terms used in the same units, for `chart network`.
struct CooccurrenceCommand: ShellCommand {
    static let name = "cooccurrence"
    static let synopsis = "cooccurrence [top N] [min F]"
    static let summary = "Pairs of frequent terms used in the same units (source, target, units), for 'chart network'."
    static let example = "chart network of cooccurrence top 30"
    static let completion: [CompletionSource] = [.words(["top", "min"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let top = try args.takeKeywordInt("top", range: 2...200) ?? 30
        let minimum = try args.takeKeywordInt("min") ?? 2
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        let entry = try TextCorpora.shared.entry(ws, control: context.work, mode: TextCorpora.defaultMode(ws))
        let documents = entry.documents(ws.selection)
        let frequent = entry.corpus.frequencies(in: documents, top: top)
        let analyzer = entry.corpus.analyzer
        let index = Dictionary(uniqueKeysWithValues: frequent.enumerated().map { ($0.element.term, $0.offset) })
        var pairs: [Int: Int] = [:]
        for d in documents {
            let present = Set(analyzer.terms(in: entry.corpus.documents[d].text).compactMap { index[$0] }).sorted()
            for (a, x) in present.enumerated() { for y in present[(a + 1)...] { pairs[x * top + y, default: 0] += 1 } }
        }
        var table = Table(title: "Terms used together", columns: [Column("source"), Column("target"), Column("units", .integer)],
                          shape: .edgeList)
        let sorted = pairs.filter { $0.value >= minimum }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        for (key, count) in sorted.prefix(top * 3) {
            table.rows.append([.text(frequent[key / top].display), .text(frequent[key % top].display), .integer(count)])
        }
        return .table(table)
    }
}
