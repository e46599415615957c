import Foundation
import InnspillCore
import InnspillText

/// The analysed text of the loaded units, built once per corpus set, unit level,
/// term mode, stop words and labels, and reused by every statistic until one of
/// those changes. Documents are the units `set unit` counts, in workspace order.
final class TextCorpora: @unchecked Sendable {
    static let shared = TextCorpora()

    /// One analysed corpus and how its documents map to units.
    struct Entry {
        let corpus: AnalyzedCorpus
        /// Index into `Workspace.units` of each document.
        let unitOfDocument: [Int]
        /// Document of each unit index (-1 for units not counted).
        let documentOfUnit: [Int32]

        /// The documents of a selection.
        func documents(_ selection: [Int]) -> [Int] {
            var out: [Int] = []
            out.reserveCapacity(selection.count)
            for u in selection where u < documentOfUnit.count && documentOfUnit[u] >= 0 { out.append(Int(documentOfUnit[u])) }
            return out
        }
    }

    private struct Key: Hashable {
        var corpora: [String]
        var unitCount: Int
        var kinds: [String]
        var mode: TermMode
        var stopwords: StopwordList
        var labels: [[String]]
    }

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]

    /// The analysed corpus for the workspace; `labelField` gives each document that field's values as labels.
    /// A corpus not analysed yet reports the step "analysing" to `control` while it is.
    func entry(_ ws: Workspace, control: WorkControl, mode: TermMode, labelField: Arguments.Token? = nil,
               clusters: ClusterRun? = nil) throws -> Entry {
        let counted = ws.countedKinds
        let unitIndices = ws.allCounted
        var labels: [[String]] = []
        if let labelField {
            labels = try ws.fields.values(of: labelField.text, units: ws.units, indices: unitIndices,
                                                               context: QueryEnvironment.context(ws, clusters: clusters),
                                                               column: labelField.column)
        }
        let key = Key(corpora: ws.corpora.map(\.name), unitCount: ws.units.count, kinds: counted.map(\.rawValue).sorted(),
                      mode: mode, stopwords: ws.stopwords, labels: labels)
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        if labels.isEmpty { labels = Array(repeating: [], count: unitIndices.count) }
        let groups = GroupKey.labels(of: ws.units, at: unitIndices)
        let documents = unitIndices.enumerated().map { n, i in
            TextDocument(ws.units[i].textSlice, group: groups[n], labels: labels[n])
        }
        var options = AnalyzerOptions(mode: mode)
        options.stopwords = ws.stopwords
        control.progress("analysing", done: 0, total: 1)
        let corpus = AnalyzedCorpus(documents, analyzer: TermAnalyzer(options: options))
        control.progress("analysing", done: 1, total: 1)
        var documentOfUnit = [Int32](repeating: -1, count: ws.units.count)
        for (d, i) in unitIndices.enumerated() { documentOfUnit[i] = Int32(d) }
        let entry = Entry(corpus: corpus, unitOfDocument: unitIndices, documentOfUnit: documentOfUnit)
        lock.lock()
        if entries.count > 8 { entries.removeAll() }
        entries[key] = entry
        lock.unlock()
        return entry
    }

    /// The term mode for the current settings: folded stems, or plain stems with `set fold off`.
    static func defaultMode(_ ws: Workspace) -> TermMode { ws.settings.fold ? .fold : .stem }
}

extension TextError {
    /// The text engine's error as the shell reports it.
    var shellError: InnspillError { InnspillError(message) }
}
