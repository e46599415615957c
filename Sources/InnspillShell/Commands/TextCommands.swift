import Foundation
import InnspillCore
import InnspillText

/// `freq`: the frequency list of the selection.
struct FreqCommand: ShellCommand {
    static let name = "freq"
    static let synopsis = "freq [top N] [by FIELD] [word|stem|fold] [min N]"
    static let summary = "Frequency list: count, rate per 10,000 words, and how many distinct groups used each term."
    static let details = """
        word counts written forms, stem counts Snowball stems, fold (the default with 'set fold on')
        counts stems with bokmål and nynorsk forms together ("skulen" and "skolen" as one).
        Stop words are left out ('stopwords list' shows them). 'by FIELD' gives one list per value.
        'groups' is the coverage: distinct groups whose units use the term.
        """
    static let example = "freq top 20"
    static let completion: [CompletionSource] = [.words(["top", "by", "word", "stem", "fold", "min"]), .fields]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let top = try args.takeKeywordInt("top") ?? 50
        let by = try args.takeKeyword("by")
        let minimum = try args.takeKeywordInt("min", range: 1...1_000_000) ?? 1
        let mode: TermMode = args.takeFlag("word") ? .word : args.takeFlag("stem") ? .stem
            : args.takeFlag("fold") ? .fold : TextCorpora.defaultMode(context.workspace)
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        let entry = try TextCorpora.shared.entry(ws, control: context.work, mode: mode, labelField: by, clusters: context.clusters)
        let rows = entry.corpus.frequencies(in: entry.documents(ws.selection), top: top, minimumCount: minimum, byLabel: by != nil)
        var columns = [Column("term"), Column("count", .integer), Column("per10k", .number), Column("groups", .integer),
                       Column("units", .integer)]
        if let by { columns.insert(Column(by.text), at: 0) }
        var table = Table(title: "Frequencies (\(mode.rawValue))", columns: columns, shape: by == nil ? .weightedTerms : .listing)
        for row in rows {
            var cells: [Value] = [.text(row.display), .integer(row.count), .number(row.per10k), .integer(row.groups),
                                  .integer(row.documents)]
            if by != nil { cells.insert(.text(row.by ?? ""), at: 0) }
            table.rows.append(cells)
        }
        table.notes = ["\(entry.corpus.wordCount(in: entry.documents(ws.selection))) words in \(ws.selection.count) units; stop words left out"]
        return .table(table)
    }
}

/// `kwic`: keyword in context.
struct KwicCommand: ShellCommand {
    static let name = "kwic"
    static let synopsis = "kwic TERM|\"exact form\"|/REGEX/ [width N] [sort left|right] [top N]"
    static let summary = "Keyword in context: every occurrence with the words around it, aligned, with unit id, group (and corpus, with several)."
    static let details = """
        A bare TERM matches by stem with bokmål and nynorsk folding ("skole" finds "skulen" and
        "kulturskolen"); a word ending in * matches every word that starts with it (finans* finds
        "finansiering" and "finansiert"); a quoted form matches exactly; /regex/flags matches a
        pattern, as in filters (PCRE2; it may hold spaces: /laget rundt \\w+/i).
        """
    static let example = "kwic samarbeid width 30 sort right"
    static let completion: [CompletionSource] = [.words(["width", "sort", "left", "right", "top"])]
    /// Takes no options; a `/regex/` may hold `a=b` (`/laget rundt=\w+/`), which is the pattern's, not one.
    static func checkOptions(_ args: Arguments) throws {
        try (takeRegex(args)?.rest ?? args).expectOptions(options, of: name)
    }
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        let regex = try takeRegex(args)
        var args = regex?.rest ?? args
        let width = try args.takeKeywordInt("width", range: 5...200) ?? 35
        let top = try args.takeKeywordInt("top") ?? 200
        var sort = KWICSort.position
        if let s = try args.takeKeyword("sort") {
            guard let value = KWICSort(rawValue: s.text.lowercased()) else {
                throw InnspillError("sort takes left or right, not '\(s.text)'", location: .column(s.column))
            }
            sort = value
        }
        let query: KWICQuery
        let queryText: String
        if let regex {
            queryText = regex.text
            let matcher = regex.matcher
            query = .matcher { text in utf16Ranges(matcher.matchRanges(in: text), in: text) }
        } else {
            let term = try args.require("a term", usage: synopsis)
            queryText = term.quoted ? "\"\(term.text)\"" : term.text
            do { query = try KWICQuery.parse(queryText) } catch { throw InnspillError(error.message, location: .column(term.column)) }
        }
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        let entry = try TextCorpora.shared.entry(ws, control: context.work, mode: TextCorpora.defaultMode(ws))
        let documents = entry.documents(ws.selection)
        let concordance = entry.corpus.kwic(query, width: width, sort: sort, limit: top, in: documents)
        let (lines, total) = (concordance.lines, concordance.total)
        // With several corpora, "Gruppe 3" needs its seminar beside it.
        let severalCorpora = ws.corpusNames(of: ws.selection).count > 1
        var table = Table(title: "Concordance of \(queryText)",
                          columns: [Column("id", .integer)] + (severalCorpora ? [Column("corpus")] : []) + [Column("group"),
                                    Column("left"), Column("hit"), Column("right")],
                          metadata: ["rightAligned": "left", "shrinkFirst": "corpus,group"])
        for line in lines {
            let unit = ws.units[entry.unitOfDocument[line.document]]
            table.rows.append([.integer(unit.id)] + (severalCorpora ? [.text(unit.corpus)] : [])
                              + [unit.group.map(Value.text) ?? .null, .text(line.left), .text(line.hit), .text(line.right)])
        }
        table.notes = [Plural.count(total, "hit") + (total > lines.count ? "; the first \(lines.count) shown (top N shows more)" : "")]
        if total == 0, regex == nil, let note = UnknownTerm.note(queryText, in: entry.corpus) { table.notes.append(note) }
        if regex == nil, let note = WiderForms.note(queryText, in: entry.corpus, documents: documents) { table.notes.append(note) }
        return .table(table)
    }

    /// Match ranges (ascending, as PCRE2 gives them) as UTF-16 offsets, counted in one pass
    /// over the text's UTF-8 bytes (`String.Index.utf16Offset` builds an index of every long
    /// text it is asked about).
    static func utf16Ranges(_ ranges: [Range<String.Index>], in text: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        var text = text
        text.makeContiguousUTF8()
        let u8 = text.utf8
        return u8.withContiguousStorageIfAvailable { bytes in
            var byte = 0, unit = 0
            func units(upTo target: Int) -> Int {
                while byte < target {
                    let b = bytes[byte]
                    if b & 0xC0 != 0x80 { unit += b >= 0xF0 ? 2 : 1 }
                    byte += 1
                }
                return unit
            }
            return ranges.map { r in
                let lo = units(upTo: u8.distance(from: u8.startIndex, to: r.lowerBound))
                return lo ..< units(upTo: u8.distance(from: u8.startIndex, to: r.upperBound))
            }
        } ?? []
    }

    /// The `/regex/` among the words, read whole from the line (it may hold spaces and commas),
    /// and the other words with the regex blanked out, so their columns stay.
    static func takeRegex(_ args: Arguments) throws -> (matcher: PatternMatcher, text: String, rest: Arguments)? {
        guard let token = args.tokens.first(where: { !$0.quoted && $0.text.hasPrefix("/") }) else { return nil }
        var chars = Array(args.raw)
        let at = token.column - args.column
        let (matcher, length) = try RegexLiteral.parse(String(chars[at...]), column: token.column)
        let text = String(chars[at ..< at + length])
        chars.replaceSubrange(at ..< at + length, with: repeatElement(" ", count: length))
        return (matcher, text, try Arguments(String(chars), column: args.column))
    }
}

/// `ngrams`: word sequences.
struct NgramsCommand: ShellCommand {
    static let name = "ngrams"
    static let synopsis = "ngrams N [top M] [min F]"
    static let summary = "The most frequent word sequences of length N (those made only of stop words are left out)."
    static let example = "ngrams 2 top 20"
    static let completion: [CompletionSource] = [.words(["top", "min"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let top = try args.takeKeywordInt("top") ?? 30
        let minimum = try args.takeKeywordInt("min") ?? 2
        let nToken = try args.require("N (2 to 6)", usage: synopsis)
        let n = try Arguments.integer(nToken, name: "N", range: 2...6)
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        let entry = try TextCorpora.shared.entry(ws, control: context.work, mode: .word)
        let rows: [NGramRow]
        do { rows = try entry.corpus.ngrams(n, top: top, minimumCount: minimum, in: entry.documents(ws.selection)) } catch { throw error.shellError }
        var table = Table(title: "\(n)-grams", columns: [Column("ngram"), Column("count", .integer), Column("groups", .integer),
                                                         Column("units", .integer)], shape: .weightedTerms)
        for row in rows { table.rows.append([.text(row.display), .integer(row.count), .integer(row.groups), .integer(row.documents)]) }
        return .table(table)
    }
}

/// `collocates`: words that keep company with a term.
struct CollocatesCommand: ShellCommand {
    static let name = "collocates"
    static let synopsis = "collocates TERM [window N] [measure ll|pmi|t] [min F] [top N]"
    static let summary = "Words found near TERM more often than chance, by log-likelihood (default), PMI or t-score."
    static let example = "collocates samarbeid window 5"
    static let completion: [CompletionSource] = [.words(["window", "measure", "ll", "pmi", "t", "min", "top"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let window = try args.takeKeywordInt("window", range: 1...50) ?? 5
        let minimum = try args.takeKeywordInt("min") ?? 2
        let top = try args.takeKeywordInt("top") ?? 30
        var measure = CollocationMeasure.logLikelihood
        if let m = try args.takeKeyword("measure") {
            switch m.text.lowercased() {
            case "ll": measure = .logLikelihood
            case "pmi": measure = .pmi
            case "t": measure = .tScore
            default: throw InnspillError("measure takes ll, pmi or t, not '\(m.text)'", location: .column(m.column))
            }
        }
        let term = try args.require("a term", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        let entry = try TextCorpora.shared.entry(ws, control: context.work, mode: TextCorpora.defaultMode(ws))
        let rows: [CollocateRow]
        do {
            rows = try entry.corpus.collocates(of: term.text, window: window, measure: measure, minimumCount: minimum,
                                               top: top, in: entry.documents(ws.selection))
        } catch { throw InnspillError(error.message, location: .column(term.column)) }
        var table = Table(title: "Collocates of \(term.text) (window \(window))",
                          columns: [Column("term"), Column("together", .integer), Column("expected", .number),
                                    Column("frequency", .integer), Column("ll", .number), Column("pmi", .number),
                                    Column("t", .number), Column("sig")], shape: .weightedTerms)
        for r in rows {
            table.rows.append([.text(r.display), .integer(r.observed), .number(r.expected), .integer(r.frequency),
                               .number(r.logLikelihood), .number(r.pmi), .number(r.tScore), .text(r.significance.stars)])
        }
        return .table(table)
    }
}

/// `compare A B`: keyness between two selections or corpora.
struct CompareCommand: ShellCommand {
    static let name = "compare"
    static let synopsis = "compare A B [top N] [min F]"
    static let summary = "Which terms are typical of A against B: log-likelihood G2 with the log ratio, both directions."
    static let details = """
        A and B are saved selections ('save NAME') or corpus names; B may be 'rest' (the loaded
        units not in A). Significance: * p<0.05 (G2 > 3.84), ** p<0.01 (6.63), *** p<0.001 (10.83).
        The log ratio is the binary log of the ratio of relative frequencies (1 = twice as common).
        """
    static let example = "compare nynorsk rest"
    static let completion: [CompletionSource] = [.selections, .corpora, .words(["rest", "top", "min"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let top = try args.takeKeywordInt("top") ?? 20
        let minimum = try args.takeKeywordInt("min") ?? 3
        let a = try args.require("A", usage: synopsis)
        let b = try args.require("B", usage: synopsis)
        try args.expectEnd(usage: synopsis)
        let ws = context.workspace
        let setA = try selection(named: a, ws)
        let setB = b.text.lowercased() == "rest" ? Array(Set(ws.units.indices).subtracting(setA)).sorted() : try selection(named: b, ws)
        let entry = try TextCorpora.shared.entry(ws, control: context.work, mode: TextCorpora.defaultMode(ws))
        let result = Keyness.compare(entry.corpus.termCounts(in: entry.documents(setA)), entry.corpus.termCounts(in: entry.documents(setB)),
                                     minimumCount: minimum, top: top)
        var table = Table(title: "Keyness: \(a.text) against \(b.text)",
                          columns: [Column("typical of"), Column("term"), Column(a.text, .integer), Column(b.text, .integer),
                                    Column("g2", .number), Column("log ratio", .number), Column("sig")], shape: .listing)
        for row in result.all {
            table.rows.append([.text(row.direction == .a ? a.text : b.text), .text(row.display), .integer(row.countA),
                               .integer(row.countB), .number(row.logLikelihood), .number(row.logRatio), .text(row.significance.stars)])
        }
        return .table(table)
    }

    static func selection(named token: Arguments.Token, _ ws: Workspace) throws -> [Int] {
        if let saved = ws.savedSelections[token.text] { return saved }
        if ws.corpora.contains(where: { $0.name == token.text }) {
            return ws.units.indices.filter { ws.units[$0].corpus == token.text }
        }
        let names = Array(ws.savedSelections.keys) + ws.corpora.map(\.name)
        throw InnspillError("no saved selection or corpus named '\(token.text)'",
                            hint: Suggestion.closest(to: token.text, in: names).map { "did you mean '\($0)'?" }
                                ?? "save one with 'save NAME', or name a loaded corpus", location: .column(token.column))
    }
}

/// `search`: ranked full-text search.
struct SearchCommand: ShellCommand {
    static let name = "search"
    static let synopsis = "search QUERY [top N]"
    static let summary = "Rank the units of the selection by how well they match QUERY (BM25, by stem, bokmål and nynorsk alike)."
    static let details = "Words are matched by stem with folding; put a phrase in quotes: search \"laget rundt barnet\"."
    static let example = "search finansiering foreldrebetaling"
    static let completion: [CompletionSource] = [.words(["top"])]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let top = try args.takeKeywordInt("top") ?? 10
        guard !args.isEmpty else { throw InnspillError("search needs words to look for", hint: "usage: \(synopsis)") }
        let query = args.tokens.map { $0.quoted ? "\"\($0.text)\"" : $0.text }.joined(separator: " ")
        let ws = context.workspace
        let entry = try TextCorpora.shared.entry(ws, control: context.work, mode: TextCorpora.defaultMode(ws))
        let hits: [SearchHit]
        do {
            hits = try SearchIndex(entry.corpus).search(query, top: top, in: entry.documents(ws.selection))
        } catch { throw error.shellError }
        var table = Table(title: "Search: \(query)", columns: [Column("rank", .integer), Column("id", .integer), Column("score", .number),
                                                           Column("group"), Column("snippet")])
        for (rank, hit) in hits.enumerated() {
            let unit = ws.units[entry.unitOfDocument[hit.document]]
            let snippet = hit.snippet.map { $0.isHit ? "[\($0.text)]" : $0.text }.joined()
            table.rows.append([.integer(rank + 1), .integer(unit.id), .number(hit.score), unit.group.map(Value.text) ?? .null, .text(snippet)])
        }
        return .table(table)
    }
}

/// `coverage TERM...`: how widely terms were used.
struct CoverageCommand: ShellCommand {
    static let name = "coverage"
    static let synopsis = "coverage TERM... [by FIELD]"
    static let summary = "For each term: how many distinct groups and units used it, and which groups."
    static let details = """
        A term matches as in kwic: by stem, also inside compounds; "quoted" as written; a word
        ending in * every word that starts with it (coverage finans* synlig*).
        'by FIELD' at the end gives a row per term and value: coverage økonomi lokaler by corpus
        compares the seminars ('by' followed by no field is a term: coverage by bygd).
        """
    static let example = "coverage økonomi rekruttering lokaler by corpus"
    static let completion: [CompletionSource] = [.fields]
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        guard !args.isEmpty else { throw InnspillError("coverage needs terms", hint: "usage: \(synopsis)") }
        let ws = context.workspace
        var words = args.tokens.filter { $0.text != "," }
        var by: Arguments.Token?
        if words.count >= 3, let last = words.last, !last.quoted, !words[words.count - 2].quoted,
           words[words.count - 2].text.lowercased() == "by", (try? ws.fields.resolve(last.text)) != nil {
            by = last
            words.removeLast(2)
        }
        let terms = words.map { $0.quoted ? "\"\($0.text)\"" : $0.text }
        let entry = try TextCorpora.shared.entry(ws, control: context.work, mode: TextCorpora.defaultMode(ws))
        // The documents of each value of the field, in the order the values first appear; one list without it.
        var parts: [(value: String?, documents: [Int])] = []
        if let by {
            let values = try ws.fields.values(of: by.text, units: ws.units, indices: ws.selection,
                                              context: QueryEnvironment.context(ws, clusters: context.clusters), column: by.column)
            var index: [String: Int] = [:]
            for (n, unit) in ws.selection.enumerated() {
                guard unit < entry.documentOfUnit.count, entry.documentOfUnit[unit] >= 0 else { continue }
                for value in values[n].isEmpty ? [""] : values[n] {
                    if index[value] == nil { index[value] = parts.count; parts.append((value, [])) }
                    parts[index[value]!].documents.append(Int(entry.documentOfUnit[unit]))
                }
            }
        } else {
            parts = [(nil, entry.documents(ws.selection))]
        }
        var byTerm: [[(value: String?, row: CoverageRow)]] = Array(repeating: [], count: terms.count)
        for part in parts {
            let rows: [CoverageRow]
            do { rows = try entry.corpus.coverage(of: terms, in: part.documents) } catch { throw error.shellError }
            for (t, row) in rows.enumerated() { byTerm[t].append((part.value, row)) }
        }
        var columns = [Column("term"), Column("groups", .integer), Column("units", .integer), Column("hits", .integer), Column("which groups")]
        if let by { columns.insert(Column(by.text), at: 1) }
        var table = Table(title: "Coverage", columns: columns, shape: by == nil ? .categoryCounts : .crosstab)
        for rows in byTerm {
            for (value, row) in rows {
                var cells: [Value] = [.text(row.query), .integer(row.groups), .integer(row.documents), .integer(row.occurrences),
                                      .text(row.groupNames.joined(separator: "; "))]
                if let value { cells.insert(.text(value), at: 1) }
                table.rows.append(cells)
            }
        }
        let ungrouped = ws.selection.count { ws.units[$0].group == nil && ws.units[$0].kind.isWrittenByGroups }
        if let note = Grouping.ungroupedNote(ungrouped) { table.notes.append(note) }
        for rows in byTerm where rows.allSatisfy({ $0.row.occurrences == 0 }) {
            if let query = rows.first?.row.query, let note = UnknownTerm.note(query, in: entry.corpus) { table.notes.append(note) }
        }
        let documents = entry.documents(ws.selection)
        for term in terms { if let note = WiderForms.note(term, in: entry.corpus, documents: documents) { table.notes.append(note) } }
        return .table(table)
    }
}

/// A note for a word whose derivations the stem does not reach: "økonomi" finds "økonomien" but not "økonomiske" (a stem
/// of its own), so a count of who raised it is short unless the user knows to write "økonomi*". Says how many hits more
/// that would find, and with which words.
enum WiderForms {
    static func note(_ term: String, in corpus: AnalyzedCorpus, documents: [Int]) -> String? {
        guard !term.contains(where: { $0 == " " || $0 == "\"" || $0 == "*" }), term.count >= 3,
              case let others = corpus.formsStarting(with: term), !others.isEmpty,
              let exact = try? corpus.coverage(of: [term], in: documents).first,
              let wider = try? corpus.coverage(of: [term + "*"], in: documents).first,
              wider.occurrences > exact.occurrences else { return nil }
        let more = wider.occurrences - exact.occurrences
        let examples = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", ..." : "")
        return "'\(term)*' finds \(Plural.count(more, "hit")) more, in words that start with it (\(examples))"
    }
}

/// A note for a term no unit uses, with the word of the selection's texts it is likely a typo of: a 0 in a table
/// reads as "no group raised it", where the user may have mistyped ("økonmi").
enum UnknownTerm {
    static func note(_ term: String, in corpus: AnalyzedCorpus) -> String? {
        // A word alone: a quoted form, a word's start and a phrase are the user's on purpose.
        guard !term.contains(where: { $0 == " " || $0 == "\"" || $0 == "*" }), term.count >= 3 else { return nil }
        let word = term.lowercased()
        // (A word other units use is no typo: the selection has none of them.)
        guard corpus.vocabulary.formID(of: term) == nil, corpus.matchingTerms(term).isEmpty else { return nil }
        let candidates = corpus.vocabulary.forms.filter { abs($0.count - word.count) <= 2 && $0 != word }
        guard let close = Suggestion.closest(to: word, in: candidates), Suggestion.distance(Array(word), Array(close)) <= 2 else {
            return "no unit uses '\(term)'"
        }
        return "no unit uses '\(term)'; did you mean '\(close)'?"
    }
}

/// `stopwords add|remove|list|reset`.
struct StopwordsCommand: ShellCommand {
    static let name = "stopwords"
    static let synopsis = "stopwords add WORD... | remove WORD... | list | reset"
    static let summary = "Change the stop words statistics leave out (bokmål and nynorsk lists plus your own)."
    static let details = """
        A stop word is one form of a word, not its stem: add each form to leave out ('kulturskole'
        does not leave out 'kulturskolen', which freq shows for the words of that stem).
        """
    static let example = "stopwords add kulturskole kulturskolen kulturskolene kulturskule kulturskulen"
    static let completion: [CompletionSource] = [.words(["add", "remove", "list", "reset"])]
    static let changesState = true
    static func run(_ args: Arguments, _ context: inout CommandContext) throws -> CommandOutput {
        var args = args
        let verb = try args.require("add, remove, list or reset", usage: synopsis)
        let words = args.tokens.map(\.text)
        switch verb.text.lowercased() {
        case "add":
            guard !words.isEmpty else { throw InnspillError("stopwords add needs words", hint: "usage: \(synopsis)") }
            let added = context.workspace.stopwords.add(words)
            return .status(report("added", added, of: words, others: "already stop words"))
        case "remove":
            guard !words.isEmpty else { throw InnspillError("stopwords remove needs words", hint: "usage: \(synopsis)") }
            let removed = context.workspace.stopwords.remove(words)
            return .status(report("removed", removed, of: words, others: "not stop words"))
        case "reset":
            try args.expectEnd(usage: synopsis)
            context.workspace.stopwords.reset()
            return .none
        case "list":
            context.onlyShowed = true
            try args.expectEnd(usage: synopsis)
            var table = Table(title: "Stop words", columns: [Column("word")])
            table.rows = context.workspace.stopwords.list().map { [.text($0)] }
            return .table(table)
        default:
            throw InnspillError("stopwords takes add, remove, list or reset, not '\(verb.text)'", location: .column(verb.column))
        }
    }

    /// "added 2: a, b", naming the words that were left as they were.
    static func report(_ verb: String, _ changed: [String], of words: [String], others: String) -> String {
        var text = "\(verb) \(changed.count)" + (changed.isEmpty ? "" : ": " + changed.joined(separator: ", "))
        var seen = Set(changed)
        let unchanged = words.map { $0.lowercased() }.filter { seen.insert($0).inserted }
        if !unchanged.isEmpty { text += " (\(others): \(unchanged.joined(separator: ", ")))" }
        return text
    }
}
