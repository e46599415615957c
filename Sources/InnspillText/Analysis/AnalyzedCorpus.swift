import Foundation

/// Documents run through one `TermAnalyzer` once, kept as written-form ids with their
/// positions (a form's term id is kept once per form: `term(of:)`): the input of every
/// statistic (frequencies, KWIC, n-grams, collocates, keyness, coverage, BM25) and of the
/// TF-IDF vectorizer. Build it once per corpus, unit and analyzer settings, and pass
/// selections as document indices.
///
/// ```swift
/// let docs = [TextDocument("Kulturskulen er viktig.", group: "A"),
///             TextDocument("Kulturskolen samarbeider.", group: "B")]
/// let corpus = AnalyzedCorpus(docs, analyzer: TermAnalyzer())
/// corpus.vocabulary.terms.prefix(3)     // ["kulturskol", "er", "viktig"]
/// corpus.frequencies().first?.term       // "kulturskol" (2 times, 2 groups)
/// corpus.frequencies().first?.display    // "kulturskolen"
/// ```
public final class AnalyzedCorpus: Sendable {
    public let documents: [TextDocument]
    public let analyzer: TermAnalyzer
    public let vocabulary: Vocabulary
    /// Each document's tokens in order (words, stop words, numbers, URLs, abbreviations); a
    /// token's term is `term(of:)`.
    public let occurrences: [[Occurrence]]
    /// Distinct group labels, sorted; `groupOf[d]` indexes it (-1: no group).
    public let groupNames: [String]
    public let groupOf: [Int32]
    /// Each form's place in Norwegian alphabetical order (for sorting KWIC lines).
    var formRank: [Int32] {
        formRanks.value {
            let forms = vocabulary.forms
            var rank = Array(repeating: Int32(0), count: forms.count)
            let alphabetical = forms.indices.sorted { a, b in
                let c = NorwegianOrder.compare(forms[a], forms[b])
                return c == .orderedSame ? a < b : c == .orderedAscending
            }
            for (r, f) in alphabetical.enumerated() { rank[f] = Int32(r) }
            return rank
        }
    }
    private let formRanks = Once<[Int32]>()
    /// Per term id, the documents (ascending) where it occurs as a token, with how many
    /// of its tokens there count (for BM25's term frequencies).
    let termPostings: PostingLists
    /// Per document, how many of its tokens count (words that are not stop words).
    let countedTokens: [Int32]
    /// Per form id, its term id (an occurrence's term is its form's: see `term(of:)`).
    let formTerm: [Int32]

    /// The term id of a token: its written form's term in the vocabulary. (In this module, a loop
    /// over many tokens reads `formTerm` through one `withUnsafeBufferPointer` instead.)
    @inline(__always)
    public func term(of occurrence: Occurrence) -> Int32 { formTerm[Int(occurrence.form)] }

    public init(_ documents: [TextDocument], analyzer: TermAnalyzer = TermAnalyzer()) {
        self.documents = documents
        self.analyzer = analyzer
        let names = Set(documents.compactMap(\.group)).sorted()
        let nameIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        groupNames = names
        groupOf = documents.map { $0.group.flatMap { nameIndex[$0] } ?? -1 }
        // 1. Tokenize in parallel, chunk by chunk, each chunk numbering its own written forms
        //    (a few chunks per core: enough to share the work, few enough to merge cheaply).
        let chunkSize = max(256, (documents.count + 4 * ProcessInfo.processInfo.activeProcessorCount - 1)
                                  / (4 * ProcessInfo.processInfo.activeProcessorCount))
        let chunkCount = (documents.count + chunkSize - 1) / chunkSize
        var chunks: [FormChunk] = Parallel.map(chunkCount, minimumChunk: 1) { c in
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
        let analysed: [(key: String, parts: [String], partWords: [String], stop: Bool, counts: Bool)] =
            Parallel.map(forms.count, minimumChunk: 512) { f in
                let (text, kind) = formList[f]
                switch kind {
                case .word:
                    let a = analyzer.analysis(of: text)
                    return (a.key, a.parts, a.partWords, a.isStopword, !a.isStopword)
                case .number: return (text, [], [], false, analyzer.options.includeNumbers)
                default: return (text, [], [], false, false)
                }
            }
        // 4. Number the terms; pick display forms.
        var ids: [String: Int32] = [:]
        var terms: [String] = []
        // The display form: the most frequent form that counts (not a stop word), ties by text.
        var best: [(counts: Bool, count: Int, form: String)] = []
        // A part no written form stands for alone is shown as the part was written in its compound (`written`).
        func id(_ term: String, written: String? = nil) -> Int32 {
            if let i = ids[term] { return i }
            let i = Int32(terms.count)
            ids[term] = i
            terms.append(term)
            best.append((false, 0, written ?? term))
            return i
        }
        var termOfForm: [Int32] = []
        termOfForm.reserveCapacity(forms.count)
        for (f, a) in analysed.enumerated() {
            let t = id(a.key)
            termOfForm.append(t)
            let candidate = (counts: a.counts, count: formCounts[f], form: forms[f].text)
            let b = best[Int(t)]
            if b.count == 0 || (candidate.counts && !b.counts)
                || (candidate.counts == b.counts && (candidate.count, b.form) > (b.count, candidate.form)) {
                best[Int(t)] = candidate
            }
        }
        var parts = Array(repeating: [Int32](), count: terms.count)
        for (f, a) in analysed.enumerated() where !a.parts.isEmpty {
            let t = Int(termOfForm[f])
            if parts[t].isEmpty { parts[t] = zip(a.parts, a.partWords).map { id($0, written: $1) } }
        }
        parts.append(contentsOf: Array(repeating: [], count: terms.count - parts.count))
        var formIDs: [String: Int32] = [:]
        for (f, form) in forms.enumerated() where form.kind == .word { formIDs[form.text] = Int32(f) }
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
        // Each chunk maps its tokens to occurrences and lists, per term, its documents.
        let termOfFormList = termOfForm
        let maps = chunkMaps
        let termCount = terms.count
        var firstDocument: [Int] = [0]
        for chunk in chunks { firstDocument.append(firstDocument.last! + chunk.documents.count) }
        let starts = firstDocument
        // Each worker takes its chunk out and turns its tokens into the occurrences in place: the tokens
        // of every chunk beside every occurrence was the largest part of the peak memory of `freq` on a
        // large corpus.
        let tokenChunks = SlotArray(chunks.map(\.documents))
        chunks = []
        let perChunk: [(occurrences: [[Occurrence]], counted: [Int32], documentsOfTerm: [Int32])] = Parallel.map(maps.count, minimumChunk: 1) { c in
            var occurrences = tokenChunks.take(c)
            var counted: [Int32] = []
            counted.reserveCapacity(occurrences.count)
            // For the posting lists: per term, in how many of the chunk's documents it occurs.
            var documentsOfTerm = [Int32](repeating: 0, count: termCount), lastDocument = [Int32](repeating: -1, count: termCount)
            maps[c].withUnsafeBufferPointer { map in
                flagsOfForm.withUnsafeBufferPointer { flagsOfForm in
                    termOfFormList.withUnsafeBufferPointer { termOfForm in
                        for k in occurrences.indices {
                            let d = Int32(starts[c] + k)
                            var n: Int32 = 0
                            occurrences[k].withUnsafeMutableBufferPointer { tokens in
                                for j in tokens.indices {
                                    let t = tokens[j]
                                    let f = map[Int(t.form)]
                                    let flags = flagsOfForm[Int(f)] | (t.flags & Occurrence.breakBefore)
                                    let term = Int(termOfForm[Int(f)])
                                    if lastDocument[term] != d {
                                        lastDocument[term] = d
                                        documentsOfTerm[term] += 1
                                    }
                                    if flags & Occurrence.counts != 0 { n += 1 }
                                    tokens[j] = Occurrence(form: f, start: t.start, end: t.end, flags: flags)
                                }
                            }
                            counted.append(n)
                        }
                    }
                }
            }
            return (occurrences, counted, documentsOfTerm)
        }
        occurrences = perChunk.flatMap(\.occurrences)
        formTerm = termOfForm
        countedTokens = perChunk.flatMap(\.counted)
        termPostings = PostingLists(termCount: termCount, formTerm: termOfForm,
                                    chunks: perChunk.indices.map { (perChunk[$0].occurrences, starts[$0], perChunk[$0].documentsOfTerm) })
    }

    /// The documents (ascending, within `selection` when given) where any of `terms` occurs.
    func documents(containing terms: [Int32], in selection: [Int]?) -> [Int] {
        if terms.count == 1, selection == nil { return termPostings[Int(terms[0])].map { Int($0.document) } }
        // 1: holds a term; 2: also in the selection.
        var mark = [UInt8](repeating: 0, count: documents.count)
        for t in terms { for p in termPostings[Int(t)] { mark[Int(p.document)] = 1 } }
        var wanted: UInt8 = 1
        if let selection {
            for d in selection where mark[d] != 0 { mark[d] = 2 }
            wanted = 2
        }
        var out: [Int] = []
        for (d, m) in mark.enumerated() where m == wanted { out.append(d) }
        return out
    }

    /// All document indices.
    public var allDocuments: [Int] { Array(documents.indices) }

    /// The text of a document's token.
    public func text(of occurrence: Occurrence, in document: Int) -> String {
        let text = documents[document].textSlice
        let u = text.utf16
        let lo = u.index(u.startIndex, offsetBy: Int(occurrence.start))
        let hi = u.index(lo, offsetBy: Int(occurrence.end - occurrence.start))
        return String(text[lo ..< hi])
    }

    /// The term ids a query word matches: its own term, and (with compounds) every
    /// term having it as a compound part.
    public func matchingTerms(_ word: String) -> Set<Int32> {
        guard let id = vocabulary.id(of: analyzer.key(for: word)) else { return [] }
        return Set(termsHavingPart(id)).union([id])
    }

    /// The written forms that start with `word` but that `word` does not find as a term (its stem, its compounds):
    /// what `word*` finds besides it, in the order the forms first appear.
    ///
    /// ```swift
    /// corpus.formsStarting(with: "økonomi")   // ["økonomiske"]: a stem of its own, "økonomisk"
    /// ```
    public func formsStarting(with word: String) -> [String] {
        let prefix = TermAnalyzer.normalize(word)
        let found = matchingTerms(word)
        return vocabulary.forms.indices.filter { f in
            vocabulary.forms[f].hasPrefix(prefix) && vocabulary.forms[f] != prefix && !found.contains(formTerm[f])
        }.map { vocabulary.forms[$0] }
    }

    /// The terms (ascending) that have `term` among their compound parts.
    func termsHavingPart(_ term: Int32) -> [Int32] {
        let inverse = partsInverse.value {
            var inverse = Array(repeating: [Int32](), count: vocabulary.count)
            for (t, ps) in vocabulary.parts.enumerated() {
                for p in ps where p != Int32(t) { inverse[Int(p)].append(Int32(t)) }
            }
            return inverse
        }
        return inverse[Int(term)]
    }
    private let partsInverse = Once<[[Int32]]>()
}

/// A document where a term occurs, and how many of its tokens of the term count.
struct TermPosting: Sendable {
    let document: Int32
    var counted: Int32
}

/// Per term, the documents where it occurs (`TermPosting`s, ascending), all in one array with
/// each term's run of it marked by offsets. An array per term cost its header and the room it grew
/// into for each of hundreds of thousands of terms, mostly rare ones: twice the postings themselves.
///
/// ```swift
/// for posting in corpus.termPostings[Int(term)] { tf[Int(posting.document)] += posting.counted }
/// ```
struct PostingLists: Sendable {
    /// Term t's postings are `postings[offsets[t] ..< offsets[t + 1]]`.
    private let offsets: [Int]
    private let postings: [TermPosting]

    /// The lists of the chunks' occurrences (global form ids; each chunk's documents numbered from
    /// `firstDocument`, after the chunk before), given how many of a chunk's documents hold each
    /// term. Each chunk fills its part of every run at once, on all cores.
    init(termCount: Int, formTerm: [Int32],
         chunks: [(occurrences: [[Occurrence]], firstDocument: Int, documentsOfTerm: [Int32])]) {
        var offsets = [Int](repeating: 0, count: termCount + 1)
        for chunk in chunks { for t in 0 ..< termCount { offsets[t + 1] += Int(chunk.documentsOfTerm[t]) } }
        for t in 0 ..< termCount { offsets[t + 1] += offsets[t] }
        let runs = offsets, total = offsets[termCount]
        postings = [TermPosting](unsafeUninitializedCapacity: total) { buffer, count in
            let out = DisjointWrites(buffer)
            _ = Parallel.map(chunks.count, minimumChunk: 1) { c in
                // The chunk's first slot in each term's run: after those of the chunks before it.
                var next = Array(runs.dropLast())
                for earlier in chunks[..<c] { for t in 0 ..< termCount { next[t] += Int(earlier.documentsOfTerm[t]) } }
                var lastDocument = [Int32](repeating: -1, count: termCount)
                formTerm.withUnsafeBufferPointer { formTerm in
                    for (k, tokens) in chunks[c].occurrences.enumerated() {
                        let d = Int32(chunks[c].firstDocument + k)
                        for o in tokens {
                            let t = Int(formTerm[Int(o.form)])
                            let counts: Int32 = o.counts ? 1 : 0
                            if lastDocument[t] != d {
                                lastDocument[t] = d
                                out[next[t]] = TermPosting(document: d, counted: counts)
                                next[t] += 1
                            } else {
                                out[next[t] - 1].counted += counts
                            }
                        }
                    }
                }
            }
            count = total
        }
        self.offsets = offsets
    }

    subscript(term: Int) -> ArraySlice<TermPosting> { postings[offsets[term] ..< offsets[term + 1]] }
}

/// The tokens of a run of documents, their written forms numbered locally.
struct FormChunk: Sendable {
    var forms: [(text: String, kind: TokenKind)] = []
    var counts: [Int] = []
    /// Each document's tokens, already in the layout of its occurrences (which they become in place,
    /// once the forms are numbered for the whole corpus): a chunk-local form id and the only flag
    /// known yet, `Occurrence.breakBefore`; each array is allocated at its exact size.
    var documents: [[Occurrence]] = []

    init(_ docs: ArraySlice<TextDocument>) {
        var table = FormTable()
        var st = ScalarText()
        documents.reserveCapacity(docs.count)
        var toks: [Occurrence] = []  // a document's tokens, copied out at their count: grown arrays keep up to twice
        for doc in docs {
            st.load(doc.text)
            toks.removeAll(keepingCapacity: true)
            var previousEnd = 0
            st.scalars.withUnsafeBufferPointer { scalars in
                Tokenizer().scan(st) { r, kind in
                    var gapBreaks = toks.isEmpty
                    if !gapBreaks {
                        for i in previousEnd ..< r.lowerBound {
                            let c = scalars[i]
                            if !(c == " " || c == "\t" || ScalarClass.isHyphen(c) || ScalarClass.isApostrophe(c) || c == "\"" || c.value == 0xAB || c.value == 0xBB) {
                                gapBreaks = true
                                break
                            }
                        }
                    }
                    previousEnd = r.upperBound
                    let (f, isNew) = table.id(of: UnsafeBufferPointer(rebasing: scalars[r]), kind: kind)
                    if isNew {
                        let surface = st.string(r)
                        forms.append((kind == .number ? surface : TermAnalyzer.normalize(surface), kind))
                        counts.append(0)
                    }
                    counts[Int(f)] += 1
                    toks.append(Occurrence(form: f, start: st.utf16[r.lowerBound], end: st.utf16[r.upperBound],
                                           flags: gapBreaks ? Occurrence.breakBefore : 0))
                }
            }
            documents.append([Occurrence](unsafeUninitializedCapacity: toks.count) { buffer, count in
                count = buffer.initialize(fromContentsOf: toks)
            })
        }
    }
}

/// Local numbers for the written forms of a chunk, keyed by kind and scalars: a token's
/// form is found without making a String of it (only a new form becomes one).
struct FormTable {
    /// The forms' scalars, back to back; form i is `scalars[starts[i] ..< starts[i + 1]]`.
    private var scalars: [UInt32] = []
    private var starts: [Int32] = [0]
    private var kinds: [TokenKind] = []
    /// Open addressing: 0 for an empty slot, else the form's hash (high 32 bits) and its
    /// number + 1 (low 32 bits); the size is a power of two, at most half full.
    private var slots: [UInt64] = Array(repeating: 0, count: 4096)

    private var count: Int { kinds.count }

    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<Unicode.Scalar>, _ kind: TokenKind) -> UInt64 {
        let k: UInt64
        switch kind {
        case .word: k = 0
        case .number: k = 1
        case .url: k = 2
        case .email: k = 3
        case .abbreviation: k = 4
        }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ k  // FNV-1a over the scalar values
        for s in word { h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 32)
    }

    /// The form's number, and whether it is new.
    mutating func id(of word: UnsafeBufferPointer<Unicode.Scalar>, kind: TokenKind) -> (Int32, Bool) {
        if count * 2 >= slots.count { grow() }
        let h = Self.hash(word, kind)
        let tag = h & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[i]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let f = Int(entry & 0xFFFF_FFFF) - 1
                if kinds[f] == kind, equal(f, word) { return (Int32(f), false) }
            }
            i = (i + 1) & mask
        }
        let f = count
        for s in word { scalars.append(s.value) }
        starts.append(Int32(scalars.count))
        kinds.append(kind)
        slots[i] = tag | UInt64(f + 1)
        return (Int32(f), true)
    }

    @inline(__always)
    private func equal(_ f: Int, _ word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let lo = Int(starts[f]), hi = Int(starts[f + 1])
        guard hi - lo == word.count else { return false }
        for k in 0 ..< word.count where scalars[lo + k] != word[k].value { return false }
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        scalars.withUnsafeBufferPointer { all in
            all.withMemoryRebound(to: Unicode.Scalar.self) { all in
                for entry in old where entry != 0 {
                    let f = Int(entry & 0xFFFF_FFFF) - 1
                    let word = UnsafeBufferPointer(rebasing: all[Int(starts[f]) ..< Int(starts[f + 1])])
                    var i = Int(truncatingIfNeeded: Self.hash(word, kinds[f])) & mask
                    while slots[i] != 0 { i = (i + 1) & mask }
                    slots[i] = entry
                }
            }
        }
    }
}
