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
/// corpus.vocabulary.terms            // ["kulturskol", "viktig", "samarbeid", ...]
/// corpus.frequencies().first?.term   // "kulturskol" (2, in 2 groups)
/// ```
public final class AnalyzedCorpus: Sendable {
    public let documents: [TextDocument]
    public let analyzer: TermAnalyzer
    public let vocabulary: Vocabulary
    /// Each document's tokens in order (words, stop words, numbers, URLs, abbreviations).
    public let occurrences: [[Occurrence]]

    public init(_ documents: [TextDocument], analyzer: TermAnalyzer = TermAnalyzer()) {
        self.documents = documents
        self.analyzer = analyzer
        // 1. Tokenize in parallel.
        let raw: [[RawToken]] = Parallel.map(documents.count, minimumChunk: 256) { i in
            Self.rawTokens(documents[i].text)
        }
        // 2. Distinct written forms.
        var formIndex: [String: Int] = [:]
        var forms: [(text: String, kind: TokenKind)] = []
        var formCounts: [Int] = []
        var formOfToken: [[Int32]] = []
        formOfToken.reserveCapacity(raw.count)
        for doc in raw {
            var row: [Int32] = []
            row.reserveCapacity(doc.count)
            for t in doc {
                let k = t.kind == .word ? t.text : "\u{1}\(t.kind.rawValue)\u{1}\(t.text)"
                if let f = formIndex[k] {
                    formCounts[f] += 1
                    row.append(Int32(f))
                } else {
                    formIndex[k] = forms.count
                    row.append(Int32(forms.count))
                    forms.append((t.text, t.kind))
                    formCounts.append(1)
                }
            }
            formOfToken.append(row)
        }
        // 3. Analyse each form once, in parallel.
        let formList = forms
        let analysed: [(key: String, parts: [String], stop: Bool, counts: Bool)] = Parallel.map(forms.count, minimumChunk: 512) { f in
            let (text, kind) = formList[f]
            switch kind {
            case .word:
                let stop = analyzer.isStopword(text)
                return (analyzer.key(for: text), analyzer.parts(of: text), stop, !stop)
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
        vocabulary = Vocabulary(terms: terms, display: best.map(\.form), parts: parts, forms: forms.map(\.text),
                                ids: ids, formIDs: formIDs)
        // 5. Occurrences.
        occurrences = raw.indices.map { d in
            zip(raw[d], formOfToken[d]).map { t, f in
                let a = analysed[Int(f)]
                var flags: UInt8 = 0
                if a.stop { flags |= Occurrence.stop }
                if a.counts { flags |= Occurrence.counts }
                if t.breakBefore { flags |= Occurrence.breakBefore }
                if t.kind == .word { flags |= Occurrence.word }
                return Occurrence(term: termOfForm[Int(f)], form: f, start: Int32(t.start), end: Int32(t.end), flags: flags)
            }
        }
    }

    struct RawToken {
        let text: String
        let kind: TokenKind
        let start: Int, end: Int
        let breakBefore: Bool
    }

    /// Tokens with their normalised text and whether punctuation or a line break precedes them.
    static func rawTokens(_ text: String) -> [RawToken] {
        let st = ScalarText(text)
        var out: [RawToken] = []
        var previousEnd = 0
        Tokenizer().scan(st) { r, kind in
            var gapBreaks = out.isEmpty
            if !gapBreaks {
                for i in previousEnd ..< r.lowerBound {
                    let c = st.scalars[i]
                    if !(c == " " || c == "\t" || ScalarClass.isHyphen(c) || ScalarClass.isApostrophe(c) || c == "\"" || c == "«" || c == "»") {
                        gapBreaks = true
                        break
                    }
                }
            }
            previousEnd = r.upperBound
            let surface = st.string(r)
            let normal = kind == .number ? surface : TermAnalyzer.normalize(surface)
            out.append(RawToken(text: normal, kind: kind, start: st.utf16[r.lowerBound], end: st.utf16[r.upperBound], breakBefore: gapBreaks))
        }
        return out
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
