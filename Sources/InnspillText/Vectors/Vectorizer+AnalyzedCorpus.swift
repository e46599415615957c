/// Building vectors from an `AnalyzedCorpus`, reusing its analysis (no second pass of
/// tokenizing, stemming and folding).
///
/// ```swift
/// let corpus = AnalyzedCorpus(docs, analyzer: TermAnalyzer())
/// let words = Vectorizer.fit(corpus)                                  // terms + compound parts
/// let chars = Vectorizer.fit(corpus, options: .characters(3 ... 5))   // n-grams of the words that count
/// ```
extension Vectorizer {
    /// Vectors for `documents` (all when nil) of an analysed corpus.
    ///
    /// - Terms are the corpus's term ids of the tokens that count (stop words, numbers and
    ///   URLs left out as the analyzer decided), each followed by its compound parts when
    ///   `compoundParts`.
    /// - Character n-grams are cut from the written forms (lower-case; folded to bokmål when the
    ///   corpus's analyzer folds) of the tokens that count (`.analyzedTerms`) or of every word
    ///   token (`.rawWords`), computed once per form.
    public static func fit(_ corpus: AnalyzedCorpus, documents: [Int]? = nil, options: VectorizerOptions = VectorizerOptions(),
                           compoundParts: Bool = true) -> DocumentVectors {
        let docs = documents ?? Array(corpus.documents.indices)
        let vocabulary = corpus.vocabulary
        let grams = options.characterNGrams.map { max(1, $0.lowerBound) ... min(5, max(1, $0.upperBound)) }
        var out = ChunkResult()
        if options.terms {
            out.termNames = vocabulary.terms
            out.termDF = [Int](repeating: 0, count: vocabulary.terms.count)
        }
        // With folding on, n-grams come from the bokmål form, so both standards share them.
        let fold = corpus.analyzer.options.fold
        let gramSource: (String) -> String = { form in
            guard fold else { return form }
            return form.split(separator: "-", omittingEmptySubsequences: false)
                .map { StandardFolder.shared.fold(String($0)) }.joined(separator: "-")
        }
        var gramTable = NGramKeyTable(capacity: 4096)
        var formGrams = [[Int32]?](repeating: nil, count: vocabulary.forms.count)
        var lastSeenTerm = [Int](repeating: -1, count: out.termNames.count)
        var lastSeenGram: [Int] = []
        var features: [Int32] = []
        var counter = RowCounter()
        var codes: [UInt16] = []
        corpus.formTerm.withUnsafeBufferPointer { formTerm in
            for (row, d) in docs.enumerated() {
                features.removeAll(keepingCapacity: true)
                for occurrence in corpus.occurrences[d] {
                    if options.terms && occurrence.counts {
                        let t = formTerm[Int(occurrence.form)]
                        features.append(t)
                        if lastSeenTerm[Int(t)] != row { lastSeenTerm[Int(t)] = row; out.termDF[Int(t)] += 1 }
                        if compoundParts {
                            for part in vocabulary.parts[Int(t)] where part != t {
                                features.append(part)
                                if lastSeenTerm[Int(part)] != row { lastSeenTerm[Int(part)] = row; out.termDF[Int(part)] += 1 }
                            }
                        }
                    }
                    guard let grams else { continue }
                    let wanted = options.characterSource == .analyzedTerms ? occurrence.counts : occurrence.isWord
                    guard wanted else { continue }
                    let form = Int(occurrence.form)
                    if formGrams[form] == nil {
                        codes.removeAll(keepingCapacity: true)
                        for s in gramSource(vocabulary.forms[form]).unicodeScalars { codes.append(code(lower(s))) }
                        var ids: [Int32] = []
                        if !codes.isEmpty {
                            ngrams(of: codes, grams) { key in
                                let (id, inserted) = gramTable.insert(key, nextID: Int32(out.gramKeys.count))
                                if inserted { out.gramKeys.append(key); out.gramDF.append(0); lastSeenGram.append(-1) }
                                ids.append(id)
                            }
                        }
                        formGrams[form] = ids
                    }
                    for id in formGrams[form]! {
                        features.append(-id - 1)
                        if lastSeenGram[Int(id)] != row { lastSeenGram[Int(id)] = row; out.gramDF[Int(id)] += 1 }
                    }
                }
                out.appendRow(features, counter: &counter)
            }
        }
        return finish([out], documentCount: docs.count, options: options, grams: grams, termDisplay: { term in
            vocabulary.id(of: term).map { vocabulary.display[Int($0)] } ?? term
        })
    }
}
