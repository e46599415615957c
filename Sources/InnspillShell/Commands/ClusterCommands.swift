import Foundation
import InnspillCluster
import InnspillCore
import InnspillText

/// The clustering the shell holds: which units were clustered, their features for
/// `split` and `themes`, and the names a person gave the clusters. Clusters are
/// numbered from 1 at the prompt (0-based inside `Clustering`).
public struct ClusterRun {
    var clustering: Clustering
    /// Index into `Workspace.units` of each clustered unit (row of the features).
    var unitIndices: [Int]
    var features: DocumentVectors
    var labels: DocumentVectors
    /// How the labels' terms were made from a text (to find a theme's words in a sentence).
    var analyzer: TermAnalyzer
    /// Names by 0-based cluster.
    var names: [Int: String] = [:]
    /// The words a session file kept beside a cluster's name (`name N "X" terms=...`), by 0-based cluster: a later
    /// name of other words does not take the cluster from it.
    var namedFor: [Int: Set<String>] = [:]
    /// How the run was made, for the table notes.
    var description: String

    /// The label a unit's cluster shows: its name, or its number from 1.
    func label(ofCluster c: Int) -> String { names[c] ?? String(c + 1) }

    /// Cluster label of each clustered unit, by unit id.
    var labelsByUnitID: [Int: String] {
        var result: [Int: String] = [:]
        for (row, unitIndex) in unitIndices.enumerated() { result[unitIndex + 1] = label(ofCluster: clustering.assignments[row]) }
        return result
    }

    /// Takes a merge or split, carrying the names over the renumbering.
    mutating func apply(_ edit: ClusterEdit) {
        var renamed: [Int: String] = [:], claimed: [Int: Set<String>] = [:]
        for (old, name) in names where old < edit.renumbering.count && renamed[edit.renumbering[old]] == nil {
            renamed[edit.renumbering[old]] = name
            claimed[edit.renumbering[old]] = namedFor[old]
        }
        names = renamed
        namedFor = claimed
        clustering = edit.clustering
    }

    /// The units of each 0-based cluster, as `Workspace.units` indices.
    var members: [Set<Int>] {
        var result = [Set<Int>](repeating: [], count: clustering.clusterCount)
        for (row, unitIndex) in unitIndices.enumerated() { result[clustering.assignments[row]].insert(unitIndex) }
        return result
    }

    /// Takes the names of `before` over to this run's clusters that are the same theme: the cluster sharing the most
    /// units with a named one, when they share at least half of the two together (Jaccard index 0.5), as a QDA tool
    /// keeps a code across a new coding pass. Answers the names carried, as (name, 0-based cluster), and those left.
    ///
    /// ```swift
    /// let (carried, left) = run.carryNames(from: previous)   // ([("Samarbeid", 2)], ["Økonomi"])
    /// ```
    mutating func carryNames(from before: ClusterRun) -> (carried: [(name: String, cluster: Int)], left: [String]) {
        let old = before.members, new = members
        var carried: [(name: String, cluster: Int)] = [], left: [String] = []
        for (c, name) in before.names.sorted(by: { $0.key < $1.key }) {
            let overlaps = new.indices.map { n -> Double in
                let shared = old[c].intersection(new[n]).count
                return shared == 0 ? 0 : Double(shared) / Double(old[c].union(new[n]).count)
            }
            // Ties go to the lower number, so the same runs carry alike.
            if let best = overlaps.indices.max(by: { (overlaps[$0], -$0) < (overlaps[$1], -$1) }), overlaps[best] >= 0.5,
               names[best] == nil {
                names[best] = name
                namedFor[best] = before.namedFor[c]
                carried.append((name, best))
            } else {
                left.append(name)
            }
        }
        return (carried, left)
    }

    /// The 0-based cluster a typed number or name means.
    func cluster(_ token: Arguments.Token) throws -> Int {
        if let n = Int(token.text) {
            guard (1...clustering.clusterCount).contains(n) else {
                throw InnspillError("there is no cluster \(n)", hint: "clusters run from 1 to \(clustering.clusterCount)",
                                    location: .column(token.column))
            }
            return n - 1
        }
        if let (c, _) = names.first(where: { $0.value.caseInsensitiveCompare(token.text) == .orderedSame }) { return c }
        throw InnspillError("there is no cluster named '\(token.text)'", hint: "'themes' lists the clusters", location: .column(token.column))
    }
}

/// The current clustering, or an error saying how to make one.
enum ClusterRuns {
    static func require(_ context: CommandContext) throws -> ClusterRun {
        guard let run = context.clusters else {
            throw InnspillError("nothing is clustered yet", hint: "run 'cluster' first, e.g. cluster k=auto")
        }
        return run
    }

    /// Takes the merge or split `make` answers into the clustering and shows the clusters anew.
    static func applying(_ make: () throws -> ClusterEdit, to run: ClusterRun, _ context: inout CommandContext) throws -> CommandOutput {
        var run = run
        let edit: ClusterEdit
        do { edit = try make() } catch { throw shellError(error) }
        run.apply(edit)
        context.clusters = run
        return .table(ThemesCommand.overview(run, context.workspace, quotes: false))
    }

    /// Cluster errors as the shell reports them (Ctrl-C as an interruption).
    static func shellError(_ error: Error) -> Error {
        guard let error = error as? ClusterError else { return error }
        return error.code == .cancelled ? InnspillError.interrupted : InnspillError(error.message)
    }
}

/// The features `cluster` clusters on.
enum ClusterFeatures: String, CaseIterable {
    /// Character 3-5-grams of the analysed words (bokmål and nynorsk folded together).
    case chars
    /// Folded stems with compound parts (TF-IDF).
    case stems
    /// The written words.
    case words
    /// A 100-dimension LSA of the character n-grams.
    case lsa
}

/// What `cluster` runs when method and features are left to it: the graph method on
/// character n-grams, which does best on short texts, up to `graphLimit` units; above
/// that spherical k-means on stems, whose time grows linearly rather than quadratically.
enum ClusterPlan {
    static let graphLimit = 2000

    static func method(units: Int) -> ClusterMethod { units <= graphLimit ? .graph : .kmeans }
    static func features(units: Int) -> ClusterFeatures { units <= graphLimit ? .chars : .stems }
}

/// `cluster`: group the selection into themes.
struct ClusterCommand: ShellCommand {
    static let name = "cluster"
    static let synopsis = "cluster [k=N|auto] [method=auto|graph|kmeans|agglomerative] [features=auto|chars|stems|words|lsa] [seed=N] [min=N] [stability=N] [linkage=ward|average|complete]"
    static let summary = "Cluster the units of the selection into themes; every unit gets a cluster."
    static let details = """
        method=auto (the default) clusters up to \(ClusterPlan.graphLimit) units with the graph method on character
        n-grams, and larger selections with k-means on stems; the first note says which ran.
        graph clusters a nearest-neighbour graph of the units spectrally, which does best on short
        texts but takes time growing with the square of the units; kmeans is spherical k-means++
        with seeded restarts; agglomerative keeps the merge tree ('tree', then 'chart dendrogram'),
        joining clusters by Ward's criterion (linkage=ward, the default) or by their average or
        largest cosine distance (average and complete make one huge cluster on short texts).
        features=chars uses character 3-5-grams of the analysed words, stems the folded stems with
        compound parts, words the written words, lsa a 100-dimension LSA of the character n-grams;
        bokmål and nynorsk forms are folded together (set fold off to keep them apart).
        k=auto (default) tries 2 to 12 and shows the score of each; the same data, settings and
        seed give the same clusters. stability=N reruns with N seeds and reports the mean adjusted
        Rand index (1 = identical).
        Then: themes, themes N, name N "LABEL", merge A B, split N, filter cluster = ..., group by cluster.
        """
    static let example = "cluster k=6 seed=1"
    static let completion: [CompletionSource] = [.words(["k=", "method=", "features=", "seed=", "min=", "stability=", "linkage="])]
    static let changesState = true
    static let options = ["k", "method", "features", "seed", "min", "stability", "linkage"]

    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        let units = ws.selection.count
        var options = ClusterOptions()
        let method = try args.choiceOption("method", ["auto"] + ClusterMethod.allCases.map(\.rawValue))
        options.method = method.flatMap(ClusterMethod.init) ?? ClusterPlan.method(units: units)
        if let linkage = try args.choiceOption("linkage", Linkage.allCases.map(\.rawValue)).flatMap(Linkage.init) {
            options.linkage = linkage
        }
        let chosen = try args.choiceOption("features", ["auto"] + ClusterFeatures.allCases.map(\.rawValue))
        let features = chosen.flatMap(ClusterFeatures.init) ?? ClusterPlan.features(units: units)
        if let k = args.option("k"), k.lowercased() != "auto" {
            guard let n = Int(k) else { throw InnspillError("k needs a whole number or auto, not '\(k)'") }
            guard n >= 2 else { throw InnspillError("k must be at least 2, not \(n)", hint: "k=auto chooses it for you") }
            guard n <= units else {
                throw InnspillError("k=\(n) is more than the \(units) units in the selection", hint: "choose a smaller k, or k=auto")
            }
            options.k = .fixed(n)
        } else {
            options.k = .auto(2...max(2, min(12, units - 1)))
        }
        guard units >= 3 else {
            throw InnspillError("cluster needs at least 3 units; the selection has \(units)", hint: "reset, or filter less")
        }
        if let seed = try args.intOption("seed", range: 0...Int(Int32.max)) { options.seed = UInt64(seed) }
        if let minimum = try args.intOption("min", range: 1...1_000_000) { options.minClusterSize = minimum }
        if features == .lsa { options.lsaDimensions = 100 }
        let stability = try args.intOption("stability", range: 2...50)

        let entry = try TextCorpora.shared.entry(ws, control: context.work, mode: features == .words ? .word : TextCorpora.defaultMode(ws))
        let documents = entry.documents(ws.selection)
        // Labels are always terms; with term features the same vectors serve both.
        let vectors: DocumentVectors, labels: DocumentVectors
        context.work.progress("vectorizing", done: 0, total: 1)
        switch features {
        case .chars, .lsa:
            vectors = Vectorizer.fit(entry.corpus, documents: documents, options: .characters(3...5))
            var labelOptions = VectorizerOptions()
            labelOptions.minDocumentFrequency = 1
            labels = Vectorizer.fit(entry.corpus, documents: documents, options: labelOptions)
        case .stems, .words:
            vectors = Vectorizer.fit(entry.corpus, documents: documents)
            labels = vectors
        }
        let clustering: Clustering
        var notes: [String] = []
        do {
            clustering = try Clusterer.cluster(vectors.weights, options: options, control: context.work)
            if let stability {
                let report = try Clusterer.stability(vectors.weights, options: options, runs: stability, control: context.work)
                notes.append(String(format: "stability over %d seeds: mean adjusted Rand index %.3f (lowest %.3f)",
                                    report.runs, report.meanARI, report.minARI))
            }
        } catch { throw ClusterRuns.shellError(error) }
        let linkage = options.method == .agglomerative ? " linkage=\(options.linkage.rawValue)" : ""
        var description = "method=\(options.method.rawValue)\(linkage) features=\(features.rawValue) k=\(clustering.clusterCount) seed=\(options.seed)"
        let limit = ClusterPlan.graphLimit
        switch (method ?? "auto" == "auto", chosen ?? "auto" == "auto") {
        case (true, true): description += " (method and features chosen for \(units) units: graph on chars up to \(limit), kmeans on stems above)"
        case (true, false): description += " (method chosen for \(units) units: graph up to \(limit), kmeans above)"
        case (false, true): description += " (features chosen for \(units) units: chars up to \(limit), stems above)"
        case (false, false): break
        }
        var run = ClusterRun(clustering: clustering, unitIndices: documents.map { entry.unitOfDocument[$0] },
                             features: vectors, labels: labels, analyzer: entry.corpus.analyzer, description: description)
        // One clustering at a time: a name goes on with its theme where the new run finds it again; say which did not.
        if let before = context.clusters, !before.names.isEmpty {
            let (carried, left) = run.carryNames(from: before)
            if !carried.isEmpty {
                notes.append("names kept where a new cluster shares at least half its units with the named one: "
                    + carried.map { "'\($0.name)' is cluster \($0.cluster + 1)" }.joined(separator: ", "))
            }
            if !left.isEmpty {
                let list = left.map { "'\($0)'" }.joined(separator: ", ")
                let which = left.count == 1 ? "the name \(list) fits no new cluster (none shares at least half its units), so it is gone"
                    : "the names \(list) fit no new cluster (none shares at least half their units), so they are gone"
                context.warnings.append("this clustering replaces the one before; \(which); chart or export its themes before clustering again")
            }
        }
        context.clusters = run
        var table = ThemesCommand.overview(run, ws, quotes: false)
        if !clustering.kScores.isEmpty { notes.insert(kTable(clustering.kScores), at: 0) }
        // The organisers' slides and prompts among the groups' answers make themes of their own ("klikk, padlet, navn").
        let organisers = ws.selection.count { !ws.units[$0].kind.isWrittenByGroups }
        if organisers > 0, organisers < units {
            notes.append("\(organisers) of the \(units) units are the organisers' slides or prompts, not the groups' words; 'filter kind = \(ws.settings.unit.rawValue)' before cluster leaves them out")
        }
        // A new run's themes are numbers, which is what a chart of them shows: say how to name them (unless names were kept).
        let naming = "name the themes for charts and reports: name 1 \"LABEL\" (group by cluster and chart then show the names)"
        table.notes = [description] + notes + table.notes + (run.names.isEmpty ? [naming] : [])
        return .table(table)
    }

    /// The `k=auto` note: every k tried with its modularity and silhouette, the chosen one starred.
    static func kTable(_ scores: [KScore]) -> String {
        let chosen = KScore.best(scores)?.k
        return "k chosen by modularity of the neighbour graph (highest wins); each k shows modularity / silhouette: "
            + scores.map { String(format: "k=%d %.3f / %.3f", $0.k, $0.modularity, $0.silhouette) + ($0.k == chosen ? " *" : "") }
                .joined(separator: ", ")
    }
}

/// `themes [N]`: what each cluster is about.
struct ThemesCommand: ShellCommand {
    static let name = "themes"
    static let synopsis = "themes [N] | themes quotes[=N]"
    static let summary = "Each cluster's size, share, distinct groups, distinctive terms and quotes; 'themes N' lists a cluster's units."
    static let details = """
        themes quotes=N gives N quotes per theme (3 by default) as a table of cluster, name, id, group,
        author, corpus and quote, for the report: whole sentences of 5 to 30 words that use the theme's own
        words, nearest the theme's centre, one per group while the theme has groups left. The ids are
        there to tag them: tag 12 40 57 sitat.
        """
    static let example = "themes quotes=3"
    static let options = ["quotes"]
    static let completion: [CompletionSource] = [.words(["quotes", "quotes="])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let run = try ClusterRuns.require(context)
        let ws = context.workspace
        // `themes quotes` (3 a theme) or `themes quotes=N`.
        let quotes = try args.intOption("quotes", range: 1 ... 50)
        let bareQuotes = args.tokens.first.map { !$0.quoted && $0.text.lowercased() == "quotes" } ?? false
        if bareQuotes || quotes != nil {
            if bareQuotes { _ = args.next() }
            try args.expectEnd(usage: synopsis)
            return .table(quoteTable(run, ws, perTheme: quotes ?? 3))
        }
        guard let token = args.next() else { return .table(overview(run, ws, quotes: true)) }
        try args.expectEnd(usage: synopsis)
        let c = try run.cluster(token)
        var table = Table(title: "Cluster \(c + 1)" + (run.names[c].map { ": \($0)" } ?? ""),
                          columns: [Column("id", .integer), Column("group"), Column("text")])
        for (row, cluster) in run.clustering.assignments.enumerated() where cluster == c {
            let unit = ws.units[run.unitIndices[row]]
            table.rows.append([.integer(unit.id), unit.group.map(Value.text) ?? .null, .text(unit.text)])
        }
        return .table(table)
    }

    static let overviewTitle = "Themes"

    /// One row per cluster: number, name, size, share, groups, terms, and optionally two quotes.
    static func overview(_ run: ClusterRun, _ ws: Workspace, quotes: Bool) -> Table {
        let themes = Themes.describe(run.clustering, features: run.features, labels: run.labels, topTerms: 6, representatives: 0)
        var columns = [Column("cluster", .integer), Column("name"), Column("size", .integer), Column("share", .number),
                       Column("groups", .integer), Column("terms")]
        if quotes { columns.append(Column("quotes")) }
        var table = Table(title: overviewTitle, columns: columns, shape: .categoryCounts, metadata: ["labelColumn": "name"])
        let members = run.clustering.members
        let picked = quotes ? self.quotes(run, ws, themes: themes, perTheme: 2) : []
        for theme in themes {
            let groups = Set(members[theme.cluster].compactMap { ws.units[run.unitIndices[$0]].groupKey })
            var row: [Value] = [.integer(theme.cluster + 1), .text(run.label(ofCluster: theme.cluster)), .integer(theme.size),
                                .number(theme.share), .integer(groups.count),
                                .text(theme.terms.map(\.term).joined(separator: ", "))]
            if quotes {
                row.append(.text(picked[theme.cluster].map { "«\($0.text)»" }.joined(separator: " ")))
            }
            table.rows.append(row)
        }
        if quotes { table.notes.append("themes quotes=N gives more quotes, with their ids and groups") }
        return table
    }

    /// `themes quotes=N`: one row per quote, with what a report needs to credit and tag it.
    static func quoteTable(_ run: ClusterRun, _ ws: Workspace, perTheme: Int) -> Table {
        let themes = Themes.describe(run.clustering, features: run.features, labels: run.labels, topTerms: 10, representatives: 0)
        var table = Table(title: "Quotes by theme", columns: [Column("cluster", .integer), Column("name"), Column("id", .integer),
                                                              Column("group"), Column("author"), Column("corpus"), Column("quote")],
                          metadata: ["shrinkFirst": "group,author,corpus"])
        for (theme, quotes) in zip(themes, quotes(run, ws, themes: themes, perTheme: perTheme)) {
            for quote in quotes {
                let unit = ws.units[run.unitIndices[quote.row]]
                table.rows.append([.integer(theme.cluster + 1), .text(run.label(ofCluster: theme.cluster)), .integer(unit.id),
                                   unit.group.map(Value.text) ?? .null, unit.author.map(Value.text) ?? .null, .text(unit.corpus),
                                   .text(quote.text)])
            }
        }
        let ids = table.rows.prefix(6).compactMap { if case .integer(let id) = $0[2] { return String(id) } else { return nil } }
        table.notes.append("whole sentences of \(ThemeQuotes.words.lowerBound)-\(ThemeQuotes.words.upperBound) words using the theme's words, nearest its centre, one per group first; tag them for the report: tag \(ids.joined(separator: " ")) sitat")
        return table
    }

    /// Each theme's quotes (`ThemeQuotes.pick`), by cluster.
    static func quotes(_ run: ClusterRun, _ ws: Workspace, themes: [ClusterTheme], perTheme: Int) -> [[ThemeQuote]] {
        let nearest = Themes.representatives(features: run.features.weights, assignments: run.clustering.assignments,
                                             clusterCount: run.clustering.clusterCount, count: Int.max)
        let names = run.labels.vocabulary.names
        return themes.map { theme in
            ThemeQuotes.pick(rows: nearest[theme.cluster], count: perTheme, themeTerms: Set(theme.terms.map { names[$0.column] }),
                             text: { ws.units[run.unitIndices[$0]].text },
                             // A unit without a group speaks for its writer, where the export names one.
                             group: { row in
                                 let unit = ws.units[run.unitIndices[row]]
                                 return unit.groupKey.map { "\($0)" } ?? unit.author.map { "\(unit.corpus)|author|\($0)" }
                             },
                             terms: run.analyzer.terms(in:))
        }
    }
}

/// `name N "LABEL"`.
struct NameCommand: ShellCommand {
    static let name = "name"
    static let synopsis = "name N \"LABEL\" [terms=a,b,c]"
    static let summary = "Name a cluster; the name shows in themes, filters, group by cluster and charts."
    static let details = """
        A session file keeps the cluster's words beside its name (name 1 "Økonomi" terms=økonomi,penger,...).
        Run again on other data, the name goes to the cluster that has those words, whatever its number
        now, with a warning; where no cluster has them, a warning says the names need checking.
        """
    static let example = "name 3 \"Økonomi og finansiering\""
    static let changesState = true
    static let options = ["terms"]
    /// How many of a cluster's words a session file keeps, and how many a cluster must share with them to take its name.
    static let keptTerms = 5, sharedTerms = 2

    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        var run = try ClusterRuns.require(context)
        let token = try args.require("a cluster number", usage: synopsis)
        let label = try args.require("a name", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        guard !label.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InnspillError("a cluster's name cannot be empty", hint: "give it a word or two, e.g. name 3 \"Økonomi\"",
                                location: .column(label.column))
        }
        let asked = try run.cluster(token)
        let words = Themes.describe(run.clustering, features: run.features, labels: run.labels, topTerms: 10, representatives: 0)
            .map { $0.terms.map(\.term) }
        var c = asked
        let saved = args.option("terms").map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }) }
        if let saved {
            // A cluster another saved name has taken on this data is not this name's too.
            let taken = Set(run.namedFor.filter { $0.value != saved }.keys)
            guard let found = cluster(named: saved, asked: asked, words: words, taken: taken) else {
                context.warnings.append("'\(label.text)' names no cluster: its words (\(saved.sorted().joined(separator: ", "))) are not those of any cluster not named already on this data; check the names with themes")
                return .status("'\(label.text)' is not given to a cluster")
            }
            c = found
            let sharing = words[c].filter { saved.contains($0.lowercased()) }
            if c != asked {
                context.warnings.append("'\(label.text)' goes to cluster \(c + 1), not \(asked + 1): it shares the words \(sharing.joined(separator: ", ")) it was named for; the clusters are numbered otherwise on this data")
            } else if sharing.count < sharedTerms {
                let now = words[c].prefix(keptTerms).joined(separator: ", ")
                context.warnings.append("cluster \(c + 1) is named '\(label.text)', but its words are now \(now), not \(saved.sorted().joined(separator: ", ")): the data or the clustering has changed; check the names with themes")
            }
        }
        run.names[c] = label.text
        run.namedFor[c] = saved
        context.clusters = run
        context.journalEntry = "name \(c + 1) \(SessionQuoting.quote(label.text)) terms=\(words[c].prefix(keptTerms).joined(separator: ","))"
        // The overview on screen gets the name too, so `chart` straight after `name` shows it.
        if var overview = context.lastResult, overview.title == ThemesCommand.overviewTitle,
           let row = overview.rows.firstIndex(where: { $0.first == .integer(c + 1) }),
           let column = overview.columnIndex("name") {
            overview.rows[row][column] = .text(run.label(ofCluster: c))
            context.lastResult = overview
        }
        return .status("cluster \(c + 1) is now '\(label.text)'")
    }

    /// The cluster a name saved with `saved` words belongs to, among those not `taken` by another saved name: `asked`,
    /// unless another shares more of them (at least `sharedTerms`; the lower number on a tie). Nil when `asked` is taken
    /// and no other shares enough.
    static func cluster(named saved: Set<String>, asked: Int, words: [[String]], taken: Set<Int> = []) -> Int? {
        let shared = words.map { Set($0.map { $0.lowercased() }).intersection(saved).count }
        let free = shared.indices.filter { !taken.contains($0) }
        let best = free.max(by: { (shared[$0], -$0) < (shared[$1], -$1) })
        if !taken.contains(asked), best.map({ shared[$0] <= shared[asked] || shared[$0] < sharedTerms }) ?? true { return asked }
        guard let best, shared[best] >= sharedTerms else { return nil }
        return best
    }
}

/// `merge A B`.
struct MergeCommand: ShellCommand {
    static let name = "merge"
    static let synopsis = "merge A B"
    static let summary = "Merge cluster B into cluster A (clusters are numbered anew, largest first; names go along)."
    static let example = "merge 3 5"
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let run = try ClusterRuns.require(context)
        let a = try run.cluster(try args.require("cluster A", usage: synopsis))
        let bToken = try args.require("cluster B", usage: synopsis)
        let b = try run.cluster(bToken)
        try args.expectEnd(usage: synopsis)
        guard a != b else { throw InnspillError("cannot merge a cluster with itself", location: .column(bToken.column)) }
        return try ClusterRuns.applying({ try run.clustering.merging(a, b) }, to: run, &context)
    }
}

/// `split N`.
struct SplitCommand: ShellCommand {
    static let name = "split"
    static let synopsis = "split N [parts=2]"
    static let summary = "Split a cluster in two (or more) by k-means on its units."
    static let example = "split 1"
    static let changesState = true
    static let options = ["parts"]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let run = try ClusterRuns.require(context)
        let c = try run.cluster(try args.require("a cluster", usage: synopsis))
        try args.expectEnd(usage: synopsis)
        let parts = try args.intOption("parts", range: 2...20) ?? 2
        let work = context.work
        return try ClusterRuns.applying({ try run.clustering.splitting(c, features: run.features.weights, parts: parts, control: work) },
                                        to: run, &context)
    }
}

/// `tree`: the merge tree of an agglomerative clustering.
struct TreeCommand: ShellCommand {
    static let name = "tree"
    static let synopsis = "tree"
    static let summary = "The merge tree of the last 'cluster method=agglomerative', as a table 'chart dendrogram' draws."
    static let example = "tree"
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        try args.expectEnd(usage: synopsis)
        let run = try ClusterRuns.require(context)
        guard let merges = run.clustering.dendrogram else {
            throw InnspillError("the clustering has no merge tree", hint: "cluster with method=agglomerative first")
        }
        let ws = context.workspace
        // The tree's leaves are the clustered rows that had features (others joined the largest cluster).
        let rows = run.clustering.dendrogramLeaves ?? Array(run.unitIndices.indices)
        let leaves = rows.map { row -> String in
            let unit = ws.units[run.unitIndices[row]]
            return "#\(unit.id) \(unit.group ?? "") [\(run.label(ofCluster: run.clustering.assignments[row]))]"
        }
        var table = Table(title: "Merge tree", columns: [Column("left", .integer), Column("right", .integer),
                                                         Column("height", .number), Column("size", .integer)],
                          shape: .mergeTree, metadata: ["leafLabels": leaves.joined(separator: "\u{1F}")])
        for merge in merges {
            table.rows.append([.integer(merge.left), .integer(merge.right), .number(merge.height), .integer(merge.size)])
        }
        return .table(table)
    }
}
