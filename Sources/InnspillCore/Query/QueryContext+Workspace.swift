import Foundation
import InnspillText

extension QueryContext {
    /// The context for a workspace: its tags (carried between posts and their segments), its corpora's seminar dates, and the
    /// term-key function of the text engine.
    ///
    /// ```swift
    /// var context = QueryContext(workspace: ws, termKey: analyzer.key)
    /// context.cluster = { id in clusters.label(of: id) }
    /// ws.selection = try Filter(expr, fields: ws.fields, context: context)
    ///     .select(ws.units, indices: ws.selection)
    /// ```
    public init(workspace: Workspace, termKey: @escaping (String) -> String = QueryContext.defaultTermKey,
                termParts: @escaping (String) -> [String] = QueryContext.defaultTermParts, cluster: ((Int) -> String?)? = nil) {
        let tags = workspace.carriedTags
        var dates: [String: Date] = [:]
        for corpus in workspace.corpora { if let d = corpus.date { dates[corpus.name] = d } }
        self.init(termKey: termKey, termParts: termParts,
                  tags: tags.isEmpty ? nil : { id in tags[id].map { $0.sorted(by: NorwegianOrder.precedes) } ?? [] },
                  cluster: cluster,
                  corpusDates: dates)
    }
}
