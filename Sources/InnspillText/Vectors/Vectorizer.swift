import Foundation

/// Options for building a document-term matrix.
///
/// ```swift
/// var options = VectorizerOptions()
/// options.characterNGrams = 3...5     // add character n-grams beside the terms
/// options.minDocumentFrequency = 2
/// let vectors = Vectorizer(options: options, analyzer: { analyzer.terms($0) }).fit(texts)
/// vectors.weights   // TF-IDF, sublinear tf, rows l2-normalised
/// vectors.counts    // raw counts, same columns
/// ```
public struct VectorizerOptions: Sendable, Hashable {
    /// Use the analyzer's terms as features.
    public var terms: Bool = true
    /// Character n-gram lengths (within 1...5), word-boundary padded with a space on
    /// each side (like scikit-learn's `char_wb`); nil for none.
    public var characterNGrams: ClosedRange<Int>? = nil
    /// Where character n-grams are taken from.
    public var characterSource: CharacterSource = .analyzedTerms
    /// Features used by fewer documents than this are dropped.
    public var minDocumentFrequency: Int = 2
    /// Features used by more than this share of documents are dropped (1 keeps all).
    public var maxDocumentShare: Double = 1.0
    /// Use 1 + ln(tf) instead of tf.
    public var sublinearTF: Bool = true
    /// Weight of the character block against the term block when both are used
    /// (each block is l2-normalised, scaled, and the row normalised again).
    public var characterWeight: Float = 1.0
    /// Split the work over the available cores (the analyzer is then called concurrently).
    public var parallel: Bool = true

    /// The text character n-grams are cut from.
    public enum CharacterSource: String, Sendable, Hashable {
        /// The analyzer's output terms (stop words removed, stems/folded forms).
        case analyzedTerms
        /// The letter-and-digit runs of the raw text, lower-cased.
        case rawWords
    }

    public init() {}

    /// Terms only (the default).
    public static var words: VectorizerOptions { VectorizerOptions() }

    /// Character n-grams only.
    public static func characters(_ range: ClosedRange<Int> = 3...5) -> VectorizerOptions {
        var o = VectorizerOptions()
        o.terms = false
        o.characterNGrams = range
        return o
    }
}

/// The features (columns) of a document-term matrix.
public struct FeatureVocabulary: Sendable, Equatable {
    /// A feature's kind.
    public enum Kind: Sendable, Equatable { case term, characterNGram }

    /// Feature names by column; terms (sorted) first, then character n-grams (sorted),
    /// shown with `_` for the word boundary.
    public let names: [String]
    /// How each feature is best shown to a person: for terms built from an `AnalyzedCorpus`,
    /// the term's most frequent written form; otherwise the name.
    public let display: [String]
    /// Number of documents using each feature.
    public let documentFrequency: [Int]
    /// Columns `0 ..< termCount` are terms, the rest character n-grams.
    public let termCount: Int
    private let index: [String: Int]

    public init(names: [String], documentFrequency: [Int], termCount: Int, display: [String]? = nil) {
        self.names = names
        self.display = display ?? names
        self.documentFrequency = documentFrequency
        self.termCount = termCount
        var index: [String: Int] = [:]
        index.reserveCapacity(termCount)
        for i in 0 ..< termCount { index[names[i]] = i }
        self.index = index
    }

    public var count: Int { names.count }
    public func kind(of column: Int) -> Kind { column < termCount ? .term : .characterNGram }
    /// The column of a term (not of character n-grams), if it is in the vocabulary.
    public func column(ofTerm term: String) -> Int? { index[term] }
    public static func == (a: FeatureVocabulary, b: FeatureVocabulary) -> Bool {
        a.names == b.names && a.documentFrequency == b.documentFrequency && a.termCount == b.termCount && a.display == b.display
    }
}

/// A vocabulary with TF-IDF weights and raw counts for a list of documents.
public struct DocumentVectors: Sendable, Equatable {
    public let vocabulary: FeatureVocabulary
    /// TF-IDF (smooth idf `ln((1+n)/(1+df)) + 1`, optional sublinear tf), rows l2-normalised.
    /// A document with no kept feature has an empty row.
    public let weights: SparseMatrix
    /// Raw feature counts per document (same columns as `weights`).
    public let counts: SparseMatrix
    /// Inverse document frequency by column.
    public let idf: [Float]
    public let options: VectorizerOptions

    public var documentCount: Int { weights.rowCount }
}

/// Builds a vocabulary and a sparse document-term matrix from texts, with terms from
/// a caller-supplied analyzer and character n-grams cut inside.
public struct Vectorizer: Sendable {
    public var options: VectorizerOptions
    /// Turns a text into its terms (called concurrently when `options.parallel`).
    public let analyzer: @Sendable (String) -> [String]

    public init(options: VectorizerOptions = VectorizerOptions(), analyzer: @escaping @Sendable (String) -> [String]) {
        self.options = options
        self.analyzer = analyzer
    }

    /// Builds the vocabulary and matrices for `documents`.
    public func fit(_ documents: [String]) -> DocumentVectors {
        let n = documents.count
        let grams = options.characterNGrams.map { max(1, $0.lowerBound) ... min(5, max(1, $0.upperBound)) }
        let chunkCount = options.parallel && n >= 2000 ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 16)) * 2 : 1
        let bounds = (0 ... chunkCount).map { $0 * n / chunkCount }
        let chunks = Parallel.map(chunkCount, minimumChunk: 1) { c in self.process(documents, bounds[c] ..< bounds[c + 1], grams: grams) }
        return Self.finish(chunks, documentCount: n, options: options, grams: grams)
    }

    /// Merges chunk results into one vocabulary and the two matrices.
    static func finish(_ chunks: [ChunkResult], documentCount n: Int, options: VectorizerOptions,
                       grams: ClosedRange<Int>?, termDisplay: ((String) -> String)? = nil) -> DocumentVectors {
        // Global document frequencies.
        var termDF: [String: Int] = [:]
        var gramDF = NGramKeyTable(capacity: 1024)
        var gramDFValues: [Int] = []
        var gramKeys: [UInt64] = []
        for chunk in chunks {
            for (t, term) in chunk.termNames.enumerated() { termDF[term, default: 0] += chunk.termDF[t] }
            for (g, key) in chunk.gramKeys.enumerated() {
                let (id, inserted) = gramDF.insert(key, nextID: Int32(gramKeys.count))
                if inserted { gramKeys.append(key); gramDFValues.append(0) }
                gramDFValues[Int(id)] += chunk.gramDF[g]
            }
        }
        let minDF = max(1, options.minDocumentFrequency)
        let maxDF = options.maxDocumentShare >= 1 ? Int.max : Int((options.maxDocumentShare * Double(n)).rounded(.down))
        let keptTerms = termDF.filter { $0.value >= minDF && $0.value <= maxDF }.keys.sorted()
        var termColumn: [String: Int32] = [:]
        termColumn.reserveCapacity(keptTerms.count)
        for (i, t) in keptTerms.enumerated() { termColumn[t] = Int32(i) }
        var keptGrams: [(name: String, key: UInt64, df: Int)] = []
        for (i, key) in gramKeys.enumerated() where gramDFValues[i] >= minDF && gramDFValues[i] <= maxDF {
            keptGrams.append((Self.render(key), key, gramDFValues[i]))
        }
        keptGrams.sort { $0.name < $1.name || ($0.name == $1.name && $0.key < $1.key) }
        var gramColumn = NGramKeyTable(capacity: max(16, keptGrams.count))
        for (i, g) in keptGrams.enumerated() { _ = gramColumn.insert(g.key, nextID: Int32(keptTerms.count + i)) }
        let names = keptTerms + keptGrams.map(\.name)
        let df = keptTerms.map { termDF[$0]! } + keptGrams.map(\.df)
        let display = termDisplay.map { show in keptTerms.map(show) + keptGrams.map(\.name) }
        let vocabulary = FeatureVocabulary(names: names, documentFrequency: df, termCount: keptTerms.count, display: display)
        let idf = df.map { Float(log(Double(1 + n) / Double(1 + $0)) + 1) }

        // Entries by global column (local -> global maps per chunk), rows in order: the
        // columns of a CSC matrix; read back column by column, every row comes out sorted.
        let columnMaps = chunks.map { chunk in
            (chunk.termNames.map { termColumn[$0] ?? -1 }, chunk.gramKeys.map { gramColumn.find($0) ?? -1 })
        }
        var columnStarts = [Int](repeating: 0, count: names.count + 1)
        var rowStarts = [Int](repeating: 0, count: n + 1)
        var row = 0
        for (c, chunk) in chunks.enumerated() {
            let (termMap, gramMap) = columnMaps[c]
            for d in 0 ..< chunk.rowStarts.count - 1 {
                for e in chunk.rowStarts[d] ..< chunk.rowStarts[d + 1] {
                    let local = chunk.entryColumns[e]
                    let g = local >= 0 ? termMap[Int(local)] : gramMap[Int(-local - 1)]
                    if g >= 0 { columnStarts[Int(g) + 1] += 1; rowStarts[row + 1] += 1 }
                }
                row += 1
            }
        }
        for i in 0 ..< names.count { columnStarts[i + 1] += columnStarts[i] }
        for i in 0 ..< n { rowStarts[i + 1] += rowStarts[i] }
        let total = rowStarts[n]
        var byColumnRow = [Int32](repeating: 0, count: total)
        var byColumnCount = [Float](repeating: 0, count: total)
        var fill = columnStarts
        row = 0
        byColumnRow.withUnsafeMutableBufferPointer { rows in
        byColumnCount.withUnsafeMutableBufferPointer { values in
        fill.withUnsafeMutableBufferPointer { fill in
            for (c, chunk) in chunks.enumerated() {
                let (termMap, gramMap) = columnMaps[c]
                for d in 0 ..< chunk.rowStarts.count - 1 {
                    for e in chunk.rowStarts[d] ..< chunk.rowStarts[d + 1] {
                        let local = chunk.entryColumns[e]
                        let g = Int(local >= 0 ? termMap[Int(local)] : gramMap[Int(-local - 1)])
                        guard g >= 0 else { continue }
                        rows[fill[g]] = Int32(row)
                        values[fill[g]] = chunk.entryCounts[e]
                        fill[g] += 1
                    }
                    row += 1
                }
            }
        }}}
        var columns = [Int32](repeating: 0, count: total)
        var countsOut = [Float](repeating: 0, count: total)
        fill = rowStarts
        columns.withUnsafeMutableBufferPointer { columns in
        countsOut.withUnsafeMutableBufferPointer { counts in
        fill.withUnsafeMutableBufferPointer { fill in
            for g in 0 ..< names.count {
                for e in columnStarts[g] ..< columnStarts[g + 1] {
                    let r = Int(byColumnRow[e])
                    columns[fill[r]] = Int32(g)
                    counts[fill[r]] = byColumnCount[e]
                    fill[r] += 1
                }
            }
        }}}
        let counts = SparseMatrix(rowStarts: rowStarts, columnIndices: columns, values: countsOut, columnCount: names.count)

        // TF-IDF with per-block normalisation.
        var weights = [Float](repeating: 0, count: countsOut.count)
        let termCount = Int32(keptTerms.count)
        let charWeight = options.characterWeight
        let both = options.terms && grams != nil && termCount > 0 && !keptGrams.isEmpty
        // 1 + ln(tf) of the small counts most entries have, computed once.
        let tfWeight = (0 ..< 64).map { Float($0) }.map { options.sublinearTF ? 1 + log($0) : $0 }
        weights.withUnsafeMutableBufferPointer { weights in
            for r in 0 ..< n {
                let range = rowStarts[r] ..< rowStarts[r + 1]
                var termNorm: Float = 0, gramNorm: Float = 0
                for e in range {
                    let tf = countsOut[e]
                    let w = (tf < 64 ? tfWeight[Int(tf)] : options.sublinearTF ? 1 + log(tf) : tf) * idf[Int(columns[e])]
                    weights[e] = w
                    if columns[e] < termCount { termNorm += w * w } else { gramNorm += w * w }
                }
                termNorm = termNorm > 0 ? 1 / termNorm.squareRoot() : 0
                gramNorm = gramNorm > 0 ? (both ? charWeight : 1) / gramNorm.squareRoot() : 0
                var norm: Float = 0
                for e in range {
                    weights[e] *= columns[e] < termCount ? termNorm : gramNorm
                    norm += weights[e] * weights[e]
                }
                if norm > 0 {
                    let inv = 1 / norm.squareRoot()
                    for e in range { weights[e] *= inv }
                }
            }
        }
        let weightMatrix = SparseMatrix(rowStarts: rowStarts, columnIndices: columns, values: weights, columnCount: names.count)
        return DocumentVectors(vocabulary: vocabulary, weights: weightMatrix, counts: counts, idf: idf, options: options)
    }

    // MARK: - Chunk processing

    struct ChunkResult: Sendable {
        var termNames: [String] = []
        var termDF: [Int] = []
        var gramKeys: [UInt64] = []
        var gramDF: [Int] = []
        var rowStarts: [Int] = [0]
        /// Local column: terms as `id >= 0`, n-grams as `-(id + 1)`.
        var entryColumns: [Int32] = []
        var entryCounts: [Float] = []

        /// Appends one document from its feature occurrences (terms >= 0, n-grams < 0),
        /// each feature once with its count, in the order first seen.
        mutating func appendRow(_ features: [Int32], counter: inout RowCounter) {
            counter.count(features)
            for (f, c) in counter.counted() {
                entryColumns.append(f)
                entryCounts.append(Float(c))
            }
            rowStarts.append(entryColumns.count)
        }
    }

    /// Counts a document's feature occurrences without sorting them all: a dense tally by
    /// feature with a list of the touched ones (terms at even, n-grams at odd slots).
    struct RowCounter {
        private var tally: [Int32] = []
        private var touched: [Int32] = []
        private var entries: [(Int32, Int32)] = []

        @inline(__always) private static func slot(_ f: Int32) -> Int { f >= 0 ? Int(f) * 2 : Int(-f - 1) * 2 + 1 }

        mutating func count(_ features: [Int32]) {
            touched.removeAll(keepingCapacity: true)
            for f in features {
                let s = Self.slot(f)
                if s >= tally.count { tally.append(contentsOf: repeatElement(0, count: max(s + 1 - tally.count, tally.count))) }
                if tally[s] == 0 { touched.append(f) }
                tally[s] += 1
            }
        }

        /// The counted features with their counts, in the order first seen.
        mutating func counted() -> [(Int32, Int32)] {
            entries.removeAll(keepingCapacity: true)
            for f in touched {
                let s = Self.slot(f)
                entries.append((f, tally[s]))
                tally[s] = 0
            }
            return entries
        }
    }

    private func process(_ documents: [String], _ range: Range<Int>, grams: ClosedRange<Int>?) -> ChunkResult {
        var out = ChunkResult()
        var termIDs: [String: Int32] = [:]
        var gramTable = NGramKeyTable(capacity: 4096)
        var features: [Int32] = []
        var codes: [UInt16] = []
        var lastSeenTerm: [Int] = []
        var lastSeenGram: [Int] = []
        var counter = RowCounter()
        for d in range {
            features.removeAll(keepingCapacity: true)
            let needTerms = options.terms || (grams != nil && options.characterSource == .analyzedTerms)
            let terms = needTerms ? analyzer(documents[d]) : []
            if options.terms {
                for term in terms {
                    let id: Int32
                    if let known = termIDs[term] { id = known } else {
                        id = Int32(out.termNames.count)
                        termIDs[term] = id
                        out.termNames.append(term)
                        out.termDF.append(0)
                        lastSeenTerm.append(-1)
                    }
                    features.append(id)
                    if lastSeenTerm[Int(id)] != d { lastSeenTerm[Int(id)] = d; out.termDF[Int(id)] += 1 }
                }
            }
            if let grams {
                let emit: ([UInt16]) -> Void = { word in
                    Self.ngrams(of: word, grams) { key in
                        let (id, inserted) = gramTable.insert(key, nextID: Int32(out.gramKeys.count))
                        if inserted { out.gramKeys.append(key); out.gramDF.append(0); lastSeenGram.append(-1) }
                        features.append(-id - 1)
                        if lastSeenGram[Int(id)] != d { lastSeenGram[Int(id)] = d; out.gramDF[Int(id)] += 1 }
                    }
                }
                switch options.characterSource {
                case .analyzedTerms:
                    for term in terms {
                        codes.removeAll(keepingCapacity: true)
                        for s in term.unicodeScalars { codes.append(Self.code(Self.lower(s))) }
                        if !codes.isEmpty { emit(codes) }
                    }
                case .rawWords:
                    codes.removeAll(keepingCapacity: true)
                    for s in documents[d].unicodeScalars {
                        if s.properties.isAlphabetic || s.properties.numericType != nil {
                            codes.append(Self.code(Self.lower(s)))
                        } else if !codes.isEmpty {
                            emit(codes)
                            codes.removeAll(keepingCapacity: true)
                        }
                    }
                    if !codes.isEmpty { emit(codes) }
                }
            }
            out.appendRow(features, counter: &counter)
        }
        return out
    }

    @inline(__always)
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return (v >= 65 && v <= 90) ? Unicode.Scalar(v + 32)! : s }
        if !s.properties.changesWhenLowercased { return s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }

    /// 12-bit code of a scalar: value + 1 below U+0FFF, 4095 for everything above
    /// (shown as U+FFFD); the space used for padding is a code like any other.
    @inline(__always)
    static func code(_ s: Unicode.Scalar) -> UInt16 { s.value < 4094 ? UInt16(s.value + 1) : 4095 }

    /// Emits the padded word's n-grams as keys: length in the top 4 bits, codes below.
    @inline(__always)
    static func ngrams(of word: [UInt16], _ range: ClosedRange<Int>, _ body: (UInt64) -> Void) {
        let space = code(" ")
        let padded = word.count + 2
        @inline(__always) func at(_ i: Int) -> UInt64 { UInt64(i == 0 || i == padded - 1 ? space : word[i - 1]) }
        for n in range {
            if padded <= n {
                var key = UInt64(padded) << 60
                for i in 0 ..< padded { key |= at(i) << (12 * UInt64(i)) }
                body(key)
                break
            }
            for start in 0 ... (padded - n) {
                var key = UInt64(n) << 60
                for i in 0 ..< n { key |= at(start + i) << (12 * UInt64(i)) }
                body(key)
            }
        }
    }

    /// The n-gram a key stands for, with `_` for the word boundary.
    static func render(_ key: UInt64) -> String {
        let n = Int(key >> 60)
        var s = String.UnicodeScalarView()
        for i in 0 ..< n {
            let c = UInt32((key >> (12 * UInt64(i))) & 0xFFF)
            if c == 4095 { s.append("\u{FFFD}"); continue }
            let scalar = Unicode.Scalar(c - 1) ?? "\u{FFFD}"
            s.append(scalar == " " ? "_" : scalar)
        }
        return String(s)
    }
}

/// Open-addressing hash table from non-zero UInt64 keys to Int32 ids.
struct NGramKeyTable {
    private var keys: [UInt64]
    private var ids: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        ids = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    func find(_ key: UInt64) -> Int32? {
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return ids[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Returns the id of `key`, inserting it with `nextID` when absent.
    @inline(__always)
    mutating func insert(_ key: UInt64, nextID: Int32) -> (Int32, Bool) {
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return (ids[i], false) }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        keys[i] = key
        ids[i] = nextID
        count += 1
        if count * 2 > keys.count { grow() }
        return (nextID, true)
    }

    private mutating func grow() {
        let oldKeys = keys, oldIDs = ids
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        ids = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (j, k) in oldKeys.enumerated() where k != 0 {
            var i = slot(k)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            ids[i] = oldIDs[j]
        }
    }
}
