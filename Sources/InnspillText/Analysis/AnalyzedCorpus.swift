import Foundation

/// Documents run through one `TermAnalyzer` once, kept as term ids with their
/// positions: the input of every statistic (frequencies, KWIC, n-grams,
/// collocates, keyness, coverage, BM25) and of the TF-IDF vectorizer. Build it
/// once per corpus, unit and analyzer settings, and pass selections as
/// document indices.
///
/// ```swift
/// let docs = [TextDocument("Kulturskulen er viktig.", group: "A"),
///             TextDocument("Kulturskolen samarbeider.", group: "B")]
/// let corpus = AnalyzedCorpus(docs, analyzer: TermAnalyzer())
/// corpus.vocabulary.terms.prefix(3)     // ["kulturskol", "er", "vikt"]
/// corpus.frequencies().first?.term       // "kulturskol" (2 times, 2 groups)
/// corpus.frequencies().first?.display    // "kulturskolen"
/// ```
public final class AnalyzedCorpus: Sendable {
    public let documents: [TextDocument]
    public let analyzer: TermAnalyzer
    public let vocabulary: Vocabulary
    /// Each document's tokens in order (words, stop words, numbers, URLs, abbreviations).
    public let occurrences: [[Occurrence]]
    /// Distinct group labels, sorted; `groupOf[d]` indexes it (-1: no group).
    public let groupNames: [String]
    public let groupOf: [Int32]
    /// Each form's place in Norwegian alphabetical order (for sorting KWIC lines).
    let formRank: [Int32]
    /// Per term id, the documents (ascending) where it occurs as a token.
    public let termDocuments: [[Int32]]
    /// Per form id, its term id.
    let formTerm: [Int32]

    public init(_ documents: [TextDocument], analyzer: TermAnalyzer = TermAnalyzer()) {
        self.documents = documents
        self.analyzer = analyzer
        let names = Set(documents.compactMap(\.group)).sorted()
        let nameIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        groupNames = names
        groupOf = documents.map { $0.group.flatMap { nameIndex[$0] } ?? -1 }
        // 1. Tokenize in parallel, chunk by chunk, each chunk numbering its own written forms.
        let chunkSize = 256
        let chunkCount = (documents.count + chunkSize - 1) / chunkSize
        let chunks: [FormChunk] = Parallel.map(chunkCount, minimumChunk: 1) { c in
            FormChunk(documents[(c * chunkSize) ..< min(documents.count, (c + 1) * chunkSize)])
        }
        // 2. Distinct written forms over all chunks.
        var formIndex: [String: Int32] = [:]
        var forms: [(text: String, kind: TokenKind)] = []
        var formCounts: [Int] = []
        var chunkMaps: [[Int32]] = []
        chunkMaps.reserveCapacity(chunks.count)
        for chunk in chunks {
            var map: [Int32] = []
            map.reserveCapacity(chunk.forms.count)
            for (k, form) in chunk.forms.enumerated() {
                let key = form.kind == .word ? form.text : "\u{1}\(form.kind.rawValue)\u{1}\(form.text)"
                if let f = formIndex[key] {
                    formCounts[Int(f)] += chunk.counts[k]
                    map.append(f)
                } else {
                    let f = Int32(forms.count)
                    formIndex[key] = f
                    forms.append(form)
                    formCounts.append(chunk.counts[k])
                    map.append(f)
                }
            }
            chunkMaps.append(map)
        }
        // 3. Analyse each form once, in parallel.
        let formList = forms
        let analysed: [(key: String, parts: [String], stop: Bool, counts: Bool)] = Parallel.map(forms.count, minimumChunk: 512) { f in
            let (text, kind) = formList[f]
            switch kind {
            case .word:
                let a = analyzer.analysis(of: text)
                return (a.key, a.parts, a.isStopword, !a.isStopword)
            case .number: return (text, [], false, analyzer.options.includeNumbers)
            default: return (text, [], false, false)
            }
        }
        // 4. Number the terms; pick display forms.
        var ids: [String: Int32] = [:]
        var terms: [String] = []
        var best: [(count: Int, form: String)] = []
        func id(_ term: String) -> Int32 {
            if let i = ids[term] { return i }
            let i = Int32(terms.count)
            ids[term] = i
            terms.append(term)
            best.append((0, term))
            return i
        }
        var termOfForm: [Int32] = []
        termOfForm.reserveCapacity(forms.count)
        for (f, a) in analysed.enumerated() {
            let t = id(a.key)
            termOfForm.append(t)
            let c = formCounts[f], form = forms[f].text
            if c > best[Int(t)].count || (c == best[Int(t)].count && form < best[Int(t)].form) || best[Int(t)].count == 0 {
                best[Int(t)] = (c, form)
            }
        }
        var parts = Array(repeating: [Int32](), count: terms.count)
        for (f, a) in analysed.enumerated() where !a.parts.isEmpty {
            let t = Int(termOfForm[f])
            if parts[t].isEmpty { parts[t] = a.parts.map { id($0) } }
        }
        parts.append(contentsOf: Array(repeating: [], count: terms.count - parts.count))
        var formIDs: [String: Int32] = [:]
        for (f, form) in forms.enumerated() where form.kind == .word { formIDs[form.text] = Int32(f) }
        let sortKeys = forms.map { NorwegianOrder.key($0.text) }
        var rank = Array(repeating: Int32(0), count: forms.count)
        for (r, f) in forms.indices.sorted(by: { (sortKeys[$0], $0) < (sortKeys[$1], $1) }).enumerated() { rank[f] = Int32(r) }
        formRank = rank
        vocabulary = Vocabulary(terms: terms, display: best.map(\.form), parts: parts, forms: forms.map(\.text),
                                ids: ids, formIDs: formIDs)
        // 5. Occurrences.
        let flagsOfForm: [UInt8] = analysed.indices.map { f in
            var flags: UInt8 = 0
            if analysed[f].stop { flags |= Occurrence.stop }
            if analysed[f].counts { flags |= Occurrence.counts }
            if formList[f].kind == .word { flags |= Occurrence.word }
            return flags
        }
        let termOfFormList = termOfForm
        let maps = chunkMaps
        let perChunk: [[[Occurrence]]] = Parallel.map(chunks.count, minimumChunk: 1) { c in
            let map = maps[c]
            return chunks[c].documents.map { doc in
                doc.map { t in
                    let f = map[Int(t.form)]
                    let flags = flagsOfForm[Int(f)] | (t.breakBefore ? Occurrence.breakBefore : 0)
                    return Occurrence(term: termOfFormList[Int(f)], form: f, start: t.start, end: t.end, flags: flags)
                }
            }
        }
        occurrences = perChunk.flatMap { $0 }
        formTerm = termOfForm
        var postings = Array(repeating: [Int32](), count: terms.count)
        for (d, occ) in occurrences.enumerated() {
            for o in occ where postings[Int(o.term)].last != Int32(d) { postings[Int(o.term)].append(Int32(d)) }
        }
        termDocuments = postings
    }

    /// The documents (ascending, within `selection` when given) where any of `terms` occurs.
    func documents(containing terms: [Int32], in selection: [Int]?) -> [Int] {
        var docs: [Int32]
        if terms.count == 1 {
            docs = termDocuments[Int(terms[0])]
        } else {
            docs = Array(Set(terms.flatMap { termDocuments[Int($0)] })).sorted()
        }
        guard let selection else { return docs.map(Int.init) }
        let wanted = Set(selection)
        return docs.lazy.map(Int.init).filter { wanted.contains($0) }
    }

    /// All document indices.
    public var allDocuments: [Int] { Array(documents.indices) }

    /// The text of a document's token.
    public func text(of occurrence: Occurrence, in document: Int) -> String {
        let u = documents[document].text.utf16
        let lo = u.index(u.startIndex, offsetBy: Int(occurrence.start))
        let hi = u.index(lo, offsetBy: Int(occurrence.end - occurrence.start))
        return String(documents[document].text[lo ..< hi])
    }

    /// The term ids a query word matches: its own term, and (with compounds) every
    /// term having it as a compound part.
    public func matchingTerms(_ word: String) -> Set<Int32> {
        let key = analyzer.key(for: word)
        var out: Set<Int32> = []
        guard let id = vocabulary.id(of: key) else { return out }
        out.insert(id)
        if analyzer.options.compounds {
            for (t, ps) in vocabulary.parts.enumerated() where ps.contains(id) { out.insert(Int32(t)) }
        }
        return out
    }
}

/// The tokens of a run of documents, their written forms numbered locally.
struct FormChunk: Sendable {
    struct Tok: Sendable {
        let form: Int32
        let start: Int32, end: Int32
        let breakBefore: Bool
    }
    var forms: [(text: String, kind: TokenKind)] = []
    var counts: [Int] = []
    var documents: [[Tok]] = []

    init(_ docs: ArraySlice<TextDocument>) {
        var index: [String: Int32] = [:]
        var other: [String: Int32] = [:]
        documents.reserveCapacity(docs.count)
        for doc in docs {
            let st = ScalarText(doc.text)
            var toks: [Tok] = []
            var previousEnd = 0
            Tokenizer().scan(st) { r, kind in
                var gapBreaks = toks.isEmpty
                if !gapBreaks {
                    for i in previousEnd ..< r.lowerBound {
                        let c = st.scalars[i]
                        if !(c == " " || c == "\t" || ScalarClass.isHyphen(c) || ScalarClass.isApostrophe(c) || c == "\"" || c.value == 0xAB || c.value == 0xBB) {
                            gapBreaks = true
                            break
                        }
                    }
                }
                previousEnd = r.upperBound
                let surface = st.string(r)
                let f: Int32
                if kind == .word {
                    if let known = index[surface] { f = known } else {
                        f = Int32(forms.count)
                        index[surface] = f
                        forms.append((TermAnalyzer.normalize(surface), kind))
                        counts.append(0)
                    }
                } else {
                    let key = "\(kind.rawValue) \(surface)"
                    if let known = other[key] { f = known } else {
                        f = Int32(forms.count)
                        other[key] = f
                        forms.append((kind == .number ? surface : TermAnalyzer.normalize(surface), kind))
                        counts.append(0)
                    }
                }
                counts[Int(f)] += 1
                toks.append(Tok(form: f, start: st.utf16[r.lowerBound], end: st.utf16[r.upperBound], breakBefore: gapBreaks))
            }
            documents.append(toks)
        }
    }
}
