import InnspillCluster
import InnspillText
import XCTest

/// Three obvious topics, six units each, with shared filler words.
enum Toy {
    static let topics: [[String]] = [
        ["fotball", "kamp", "mål", "trener", "lag", "serie"],
        ["skole", "lærer", "elev", "klasse", "lekse", "rektor"],
        ["musikk", "kor", "konsert", "sang", "fiolin", "korps"],
    ]

    /// Unit i belongs to topic i % 3; each uses four of its topic's six words and one filler.
    static let texts: [String] = (0 ..< 18).map { i in
        let words = topics[i % 3]
        let pick = (0 ..< 4).map { words[(i / 3 + $0) % 6] }
        let filler = ["viktig", "bra", "mange", "godt"][i % 4]
        return (pick + [filler]).joined(separator: " ")
    }
    static let gold: [Int] = (0 ..< 18).map { $0 % 3 }

    static func vectors(_ options: VectorizerOptions = { var o = VectorizerOptions(); o.minDocumentFrequency = 1; return o }()) -> DocumentVectors {
        Vectorizer(options: options, analyzer: { $0.split(separator: " ").map(String.init) }).fit(texts)
    }
}

final class AgreementTests: XCTestCase {
    func testHandComputedValues() {
        // Contingency [[2,1,0],[0,1,2]]: index 2, expected 6*3/15 = 1.2, max 4.5 -> 0.8/3.3.
        XCTAssertEqual(Agreement.adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]), 0.8 / 3.3, accuracy: 1e-12)
        // MI = (2/3) ln 2; H = ln 2 and ln 3; arithmetic normalisation.
        XCTAssertEqual(Agreement.normalizedMutualInformation([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]),
                       (2.0 / 3.0) * log(2.0) / ((log(2.0) + log(3.0)) / 2), accuracy: 1e-12)
        // Values agree with scikit-learn 1.9 on a second case.
        XCTAssertEqual(Agreement.adjustedRandIndex([0, 0, 1, 1, 2, 2, 2, 0], [1, 1, 1, 0, 0, 2, 2, 2]), 0.047619047619047616, accuracy: 1e-12)
        XCTAssertEqual(Agreement.normalizedMutualInformation([0, 0, 1, 1, 2, 2, 2, 0], [1, 1, 1, 0, 0, 2, 2, 2]), 0.398747820241147, accuracy: 1e-12)
    }

    func testRelabellingAndStrings() {
        XCTAssertEqual(Agreement.adjustedRandIndex([0, 0, 1, 1], [5, 5, 2, 2]), 1)
        XCTAssertEqual(Agreement.normalizedMutualInformation(["a", "a", "b", "b"], [1, 1, 0, 0]), 1, accuracy: 1e-12)
        XCTAssertEqual(Agreement.normalizedMutualInformation([0, 0, 0, 0], [0, 1, 2, 3]), 0, accuracy: 1e-12)
        XCTAssertEqual(Agreement.adjustedRandIndex([0, 0, 0, 0], [0, 0, 0, 0]), 1)
    }
}

final class VectorizerTests: XCTestCase {
    func testTFIDFMatchesScikitLearn() {
        var o = VectorizerOptions()
        o.minDocumentFrequency = 1
        let v = Vectorizer(options: o, analyzer: { $0.split(separator: " ").map(String.init) })
            .fit(["kultur skole kultur", "skole elev", "musikk kultur"])
        XCTAssertEqual(v.vocabulary.names, ["elev", "kultur", "musikk", "skole"])
        XCTAssertEqual(v.vocabulary.documentFrequency, [1, 2, 1, 2])
        // scikit-learn TfidfVectorizer(sublinear_tf=True): [[0, .861037, 0, .508542], [.795961, 0, 0, .605349], ...]
        let r0 = v.weights.row(0)
        XCTAssertEqual(Array(r0.indices), [1, 3])
        XCTAssertEqual(Double(r0.values.first!), 0.861037, accuracy: 1e-5)
        XCTAssertEqual(Double(r0.values.last!), 0.508542, accuracy: 1e-5)
        XCTAssertEqual(Double(v.weights.row(1).values.first!), 0.795961, accuracy: 1e-5)
        XCTAssertEqual(Array(v.counts.row(0).values), [2, 1])
        XCTAssertEqual(v.vocabulary.column(ofTerm: "skole"), 3)
    }

    func testMinDocumentFrequencyAndMaxShare() {
        var o = VectorizerOptions()
        o.minDocumentFrequency = 2
        let docs = ["a b c", "a b", "a d", "a e"]
        let v = Vectorizer(options: o, analyzer: { $0.split(separator: " ").map(String.init) }).fit(docs)
        XCTAssertEqual(v.vocabulary.names, ["a", "b"])
        o.maxDocumentShare = 0.9
        let w = Vectorizer(options: o, analyzer: { $0.split(separator: " ").map(String.init) }).fit(docs)
        XCTAssertEqual(w.vocabulary.names, ["b"])
        XCTAssertEqual(w.weights.row(2).indices.count, 0) // no kept feature: empty row
    }

    func testCharacterNGramsLikeCharWB() {
        var o = VectorizerOptions.characters(3 ... 4)
        o.minDocumentFrequency = 1
        o.characterSource = .rawWords
        let v = Vectorizer(options: o, analyzer: { _ in [] }).fit(["Kul, ab!"])
        // scikit-learn char_wb (3, 4) on "kul ab": ' ab', ' ab ', ' ku', ' kul', 'ab ', 'kul', 'kul ', 'ul '
        XCTAssertEqual(Set(v.vocabulary.names), ["_ab", "_ab_", "_ku", "_kul", "ab_", "kul", "kul_", "ul_"])
        XCTAssertEqual(v.vocabulary.termCount, 0)
        XCTAssertEqual(v.vocabulary.kind(of: 0), .characterNGram)
    }

    func testTermsAndCharactersTogetherAndNorwegianLetters() {
        var o = VectorizerOptions()
        o.characterNGrams = 3 ... 3
        o.minDocumentFrequency = 1
        let v = Vectorizer(options: o, analyzer: { $0.lowercased().split(separator: " ").map(String.init) }).fit(["Blåbær øl", "øl"])
        XCTAssertEqual(v.vocabulary.termCount, 2)
        XCTAssertEqual(Array(v.vocabulary.names.prefix(2)), ["blåbær", "øl"])
        XCTAssertTrue(v.vocabulary.names.contains("_øl"))
        XCTAssertTrue(v.vocabulary.names.contains("åbæ"))
        for r in 0 ..< 2 {
            let norm = v.weights.row(r).values.reduce(Float(0)) { $0 + $1 * $1 }
            XCTAssertEqual(Double(norm), 1, accuracy: 1e-5)
        }
    }

    func testFromAnAnalysedCorpus() {
        let corpus = AnalyzedCorpus([TextDocument("Kulturskolen og skolen samarbeider."),
                                     TextDocument("Kulturskulen og skulen samarbeider godt."),
                                     TextDocument("Fotball er gøy.")])
        var o = VectorizerOptions()
        o.minDocumentFrequency = 2
        let words = Vectorizer.fit(corpus, options: o)
        XCTAssertEqual(words.documentCount, 3)
        XCTAssertFalse(words.vocabulary.names.contains("og"))   // stop word
        XCTAssertGreaterThanOrEqual(words.vocabulary.termCount, 2) // folded kulturskole/kulturskule, skole/skule, samarbeid
        XCTAssertEqual(words.weights.row(2).indices.count, 0)
        let chars = Vectorizer.fit(corpus, options: .characters(3 ... 4))
        XCTAssertEqual(chars.vocabulary.termCount, 0)
        XCTAssertTrue(chars.vocabulary.names.contains("_kul"))
        XCTAssertFalse(chars.vocabulary.names.contains("_og_")) // stop words give no n-grams
        let subset = Vectorizer.fit(corpus, documents: [2, 0], options: .characters(3 ... 3))
        XCTAssertEqual(subset.documentCount, 2)
    }

    func testParallelEqualsSerial() {
        let texts = (0 ..< 5000).map { Toy.texts[$0 % 18] + " nr\($0 % 97)" }
        var o = VectorizerOptions()
        o.characterNGrams = 3 ... 5
        let analyzer: @Sendable (String) -> [String] = { $0.split(separator: " ").map(String.init) }
        let parallel = Vectorizer(options: o, analyzer: analyzer).fit(texts)
        o.parallel = false
        let serial = Vectorizer(options: o, analyzer: analyzer).fit(texts)
        XCTAssertEqual(parallel.vocabulary, serial.vocabulary)
        XCTAssertEqual(parallel.weights, serial.weights)
        XCTAssertEqual(parallel.counts, serial.counts)
    }
}

final class ClusterMethodTests: XCTestCase {
    func options(_ method: ClusterMethod, k: ClusterCount = .fixed(3)) -> ClusterOptions {
        var o = ClusterOptions()
        o.method = method
        o.k = k
        o.neighbours = 5
        return o
    }

    func testEveryMethodFindsTheThreeTopics() throws {
        let v = Toy.vectors()
        var configs: [(String, ClusterOptions)] = [("kmeans", options(.kmeans))]
        for linkage in Linkage.allCases {
            var o = options(.agglomerative); o.linkage = linkage
            configs.append(("agglomerative \(linkage)", o))
        }
        for g in GraphAlgorithm.allCases {
            var o = options(.graph); o.graphAlgorithm = g
            configs.append(("graph \(g)", o))
        }
        var lsa = options(.kmeans); lsa.lsaDimensions = 3
        configs.append(("kmeans lsa", lsa))
        for (name, o) in configs {
            let r = try Clusterer.cluster(v.weights, options: o)
            XCTAssertEqual(r.clusterCount, 3, name)
            XCTAssertEqual(Agreement.adjustedRandIndex(r.assignments, Toy.gold), 1, name)
            XCTAssertEqual(r.sizes, [6, 6, 6], name)
        }
    }

    func testNumberingIsBySizeThenFirstMember() throws {
        // Topic 0 gets three extra units: it must be cluster 0; the others by first member.
        let texts = Toy.texts + ["fotball kamp mål trener", "fotball lag serie kamp", "mål trener lag fotball"]
        let gold = Toy.gold + [0, 0, 0]
        var o = VectorizerOptions(); o.minDocumentFrequency = 1
        let v = Vectorizer(options: o, analyzer: { $0.split(separator: " ").map(String.init) }).fit(texts)
        let r = try Clusterer.cluster(v.weights, options: options(.kmeans))
        XCTAssertEqual(Agreement.adjustedRandIndex(r.assignments, gold), 1)
        XCTAssertEqual(r.assignments[0], 0)
        XCTAssertEqual(r.assignments[1], 1)
        XCTAssertEqual(r.assignments[2], 2)
        XCTAssertEqual(r.sizes, [9, 6, 6])
    }

    func testDendrogram() throws {
        let v = Toy.vectors()
        var o = options(.agglomerative); o.linkage = .average
        let r = try Clusterer.cluster(v.weights, options: o)
        let tree = try XCTUnwrap(r.dendrogram)
        XCTAssertEqual(tree.count, 17)
        XCTAssertEqual(tree.last?.size, 18)
        for i in 1 ..< tree.count { XCTAssertLessThanOrEqual(tree[i - 1].height, tree[i].height) }
        for (i, m) in tree.enumerated() {
            XCTAssertLessThan(m.left, 18 + i)
            XCTAssertLessThan(m.right, 18 + i)
        }
        // The last two merges join the three topics: they are much higher than the rest.
        XCTAssertGreaterThan(tree[15].height, tree[14].height + 0.1)
    }

    func testAgglomerativeHandExample() throws {
        // Four units: two pairs of identical vectors at 90 degrees.
        let m = SparseMatrix(rows: [[(0, 1)], [(0, 1)], [(1, 1)], [(1, 1)]], columnCount: 2)
        var o = options(.agglomerative, k: .fixed(2)); o.linkage = .complete
        let r = try Clusterer.cluster(m, options: o)
        XCTAssertEqual(r.assignments, [0, 0, 1, 1])
        XCTAssertEqual(r.dendrogram, [
            DendrogramMerge(left: 0, right: 1, height: 0, size: 2),
            DendrogramMerge(left: 2, right: 3, height: 0, size: 2),
            DendrogramMerge(left: 4, right: 5, height: 1, size: 4),
        ])
    }

    func testWardMergeCostsByHand() throws {
        // Five copies of a = (1, 0, 0), five of b = (0.7, 0.714, 0) (cos 0.7) and one odd unit
        // o = (0.4, 0, 0.917) (cos 0.4 with a, 0.28 with b). Ward's value for clusters A, B is
        // 2|A||B|/(|A|+|B|) |cA - cB|^2 with |x - y|^2 = 2 - 2 cos on unit vectors:
        //   {a..} + {b..}: 2*25/10 * 0.6 = 3.0;  {a..} + o: 2*5/6 * 1.2 = 2.0;  {b..} + o: 2*5/6 * 1.44 = 2.4.
        // So o joins the a's first (height sqrt 2), then Lance-Williams gives
        //   ((5+5)*3.0 + (5+1)*2.4 - 5*2.0) / 11 = 34.4/11 for the last merge (SciPy: 1.76841).
        // Average and complete linkage join the a's and b's first (cosine distance 0.3) and leave
        // o alone at k=2: at 0.66 = (5*0.6 + 5*0.72)/10 and 0.72 = max(0.6, 0.72).
        let b: [(Int, Float)] = [(0, 0.7), (1, Float(0.51.squareRoot()))]
        let o: [(Int, Float)] = [(0, 0.4), (2, Float(0.84.squareRoot()))]
        let m = SparseMatrix(rows: [[(Int, Float)]](repeating: [(0, 1)], count: 5) + [[(Int, Float)]](repeating: b, count: 5) + [o],
                             columnCount: 3)
        let expected: [(Linkage, [Int], Double, Double)] = [
            (.ward, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0], 2.0.squareRoot(), (34.4 / 11).squareRoot()),
            (.average, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 0.3, 0.66),
            (.complete, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 0.3, 0.72),
        ]
        XCTAssertEqual(ClusterOptions().linkage, .ward, "the default")
        for (linkage, labels, second, last) in expected {
            var opts = options(.agglomerative, k: .fixed(2)); opts.linkage = linkage
            let r = try Clusterer.cluster(m, options: opts)
            XCTAssertEqual(r.assignments, labels, "\(linkage)")
            let tree = try XCTUnwrap(r.dendrogram)
            XCTAssertEqual(tree.count, 10)
            for merge in tree.prefix(8) { XCTAssertEqual(merge.height, 0, accuracy: 1e-6, "\(linkage): copies merge at 0") }
            XCTAssertEqual(tree[8].height, second, accuracy: 1e-5, "\(linkage)")
            XCTAssertEqual(tree[9].height, last, accuracy: 1e-5, "\(linkage)")
            XCTAssertEqual(tree[8].size, linkage == .ward ? 6 : 10, "\(linkage)")
        }
    }

    func testWardKeepsTopicsWhereAverageLinkageIsolatesStrayUnits() throws {
        // Three topics of 12 units plus two stray units sharing no word with anything (cosine
        // distance 1 to all). Average and complete linkage merge the strays last, so k=3 gives
        // one cluster of all the topics and two of one unit each; Ward's cost of adding a
        // single unit is small beside that of joining two topics, so it finds the topics.
        let corpus = HandMade.corpus(topics: 3, perTopic: 12, vocabulary: 10, own: 5, shared: 2, seed: 3)
        let texts = corpus.texts + ["pause kaffe", "lunsj servering"]
        var vo = VectorizerOptions(); vo.minDocumentFrequency = 1
        let v = Vectorizer(options: vo, analyzer: HandMade.words).fit(texts)
        let ward = try Clusterer.cluster(v.weights, options: options(.agglomerative))
        XCTAssertEqual(ward.sizes.count, 3)
        XCTAssertTrue(ward.sizes.allSatisfy { $0 >= 12 }, "\(ward.sizes)")
        XCTAssertEqual(Agreement.adjustedRandIndex(Array(ward.assignments.prefix(36)), corpus.gold), 1)
        XCTAssertEqual(try Clusterer.cluster(v.weights, options: options(.agglomerative)), ward, "the same data gives the same clustering")
        for linkage in [Linkage.average, .complete] {
            var opts = options(.agglomerative); opts.linkage = linkage
            XCTAssertEqual(try Clusterer.cluster(v.weights, options: opts).sizes, [36, 1, 1], "\(linkage)")
        }
    }

    func testAutoKPicksThreeAndShowsTheTable() throws {
        let v = Toy.vectors()
        for method in ClusterMethod.allCases {
            let r = try Clusterer.cluster(v.weights, options: options(method, k: .auto(2 ... 6)))
            XCTAssertEqual(r.clusterCount, 3, "\(method)")
            XCTAssertEqual(r.kScores.map(\.k), [2, 3, 4, 5, 6], "\(method)")
            XCTAssertEqual(KScore.best(r.kScores)?.k, 3, "\(method)")
            XCTAssertEqual(Agreement.adjustedRandIndex(r.assignments, Toy.gold), 1, "\(method)")
        }
        var louvain = options(.graph, k: .auto(2 ... 6))
        louvain.graphAlgorithm = .louvain
        let r = try Clusterer.cluster(v.weights, options: louvain)
        XCTAssertEqual(r.clusterCount, 3)
        XCTAssertEqual(Agreement.adjustedRandIndex(r.assignments, Toy.gold), 1)
    }

    func testMinimumClusterSizeDissolvesSmallClusters() throws {
        // An odd unit forms its own cluster at k=4; min=2 folds it into the nearest topic.
        let texts = Toy.texts + ["fotball banan eple pære"]
        var vo = VectorizerOptions(); vo.minDocumentFrequency = 1
        let v = Vectorizer(options: vo, analyzer: { $0.split(separator: " ").map(String.init) }).fit(texts)
        var o = options(.agglomerative, k: .fixed(4)); o.linkage = .average
        let loose = try Clusterer.cluster(v.weights, options: o)
        XCTAssertEqual(loose.sizes.last, 1)
        o.minClusterSize = 2
        let r = try Clusterer.cluster(v.weights, options: o)
        XCTAssertEqual(r.clusterCount, 3)
        XCTAssertEqual(r.assignments[18], r.assignments[0]) // joins the football cluster
    }

    func testEveryUnitGetsAClusterEvenWithoutFeatures() throws {
        var vo = VectorizerOptions(); vo.minDocumentFrequency = 1
        let v = Vectorizer(options: vo, analyzer: { $0.split(separator: " ").map(String.init) }).fit(Toy.texts + [""])
        for method in ClusterMethod.allCases {
            let r = try Clusterer.cluster(v.weights, options: options(method))
            XCTAssertEqual(r.assignments.count, 19)
            XCTAssertTrue(r.assignments.allSatisfy { $0 >= 0 && $0 < r.clusterCount })
            XCTAssertEqual(Agreement.adjustedRandIndex(Array(r.assignments.prefix(18)), Toy.gold), 1, "\(method)")
        }
    }

    func testSmallAndInvalidInputs() throws {
        let one = SparseMatrix(rows: [[(0, 1)]], columnCount: 1)
        XCTAssertEqual(try Clusterer.cluster(one, options: options(.kmeans)).assignments, [0])
        XCTAssertThrowsError(try Clusterer.cluster(SparseMatrix(rows: [], columnCount: 0))) { e in
            XCTAssertEqual((e as? ClusterError)?.code, .tooFewUnits)
        }
        XCTAssertThrowsError(try Clusterer.cluster(one, options: options(.kmeans, k: .fixed(0)))) { e in
            XCTAssertEqual((e as? ClusterError)?.code, .invalidOption)
        }
    }

    func testDeterminismSameSeedSameBytes() throws {
        let v = Toy.vectors()
        for method in ClusterMethod.allCases {
            var o = options(method, k: .auto(2 ... 5))
            o.seed = 42
            let a = try Clusterer.cluster(v.weights, options: o)
            let b = try Clusterer.cluster(v.weights, options: o)
            XCTAssertEqual(a, b)
            XCTAssertEqual(a.kScores, b.kScores)
        }
        var r1 = SeededGenerator(seed: 7), r2 = SeededGenerator(seed: 7)
        XCTAssertEqual((0 ..< 5).map { _ in r1.next() }, (0 ..< 5).map { _ in r2.next() })
    }

    func testInterruptAndProgress() throws {
        let v = Toy.vectors()
        let steps = Recorder()
        _ = try Clusterer.cluster(v.weights, options: options(.graph, k: .auto(2 ... 4)), control: WorkControl(report: steps.add))
        XCTAssertEqual(steps.names.first, "neighbour graph")
        XCTAssertTrue(steps.names.contains("spectral embedding"))
        // While k is chosen, only the k tried is reported (not each partition's k-means).
        XCTAssertEqual(steps.updates.filter { $0.step == "choosing k" }.map(\.done), [0, 1, 2, 3])
        XCTAssertFalse(steps.names.contains("spectral k-means"))
        let fixed = Recorder()
        _ = try Clusterer.cluster(v.weights, options: options(.kmeans), control: WorkControl(report: fixed.add))
        XCTAssertEqual(fixed.updates.last, ProgressUpdate(step: "k-means", done: 11, total: 11))
        for method in ClusterMethod.allCases {
            XCTAssertThrowsError(try Clusterer.cluster(v.weights, options: options(method, k: .auto(2 ... 4)),
                                                       control: WorkControl(shouldStop: { true }))) { e in
                XCTAssertEqual(e as? ClusterError, .cancelled)
            }
        }
        // Stopping half way through a large k-means (restarts side by side) ends it too.
        let big = Planted.matrix(units: 6000, topics: 5, seed: 9)
        let calls = Recorder()
        XCTAssertThrowsError(try Clusterer.cluster(big.matrix, options: options(.kmeans, k: .fixed(5)),
                                                   control: WorkControl(shouldStop: { calls.add(ProgressUpdate(step: "", done: 0, total: 0)); return calls.updates.count > 3 }))) { e in
            XCTAssertEqual(e as? ClusterError, .cancelled)
        }
    }
}

final class ThemeTests: XCTestCase {
    func testLabelsAndRepresentatives() throws {
        let v = Toy.vectors()
        var o = ClusterOptions(); o.method = .kmeans; o.k = .fixed(3)
        let r = try Clusterer.cluster(v.weights, options: o)
        let themes = Themes.describe(r, vectors: v, topTerms: 4, representatives: 2)
        XCTAssertEqual(themes.count, 3)
        for t in themes {
            let topic = Toy.gold[r.members[t.cluster][0]]
            XCTAssertEqual(t.terms.count, 4)
            for term in t.terms { XCTAssertTrue(Toy.topics[topic].contains(term.term), "\(term.term) in cluster of topic \(topic)") }
            XCTAssertEqual(t.representatives.count, 2)
            for u in t.representatives { XCTAssertEqual(r.assignments[u], t.cluster) }
            XCTAssertEqual(t.share, 1.0 / 3.0, accuracy: 1e-12)
        }
    }

    func testDistinctiveTermsHandExample() {
        // Cluster 0: "kor kor sang", cluster 1: "sang dans". Tokens 3 and 2 of 5; totals kor 2, sang 2, dans 1.
        let counts = SparseMatrix(rows: [[(0, 2), (1, 1)], [(1, 1), (2, 1)]], columnCount: 3)
        let labels = Themes.labels(counts: counts, assignments: [0, 1], clusterCount: 2, names: ["kor", "sang", "dans"])
        // "sang" is a third of cluster 0 but two fifths of all words: not a label of cluster 0.
        XCTAssertEqual(labels[0].map(\.term), ["kor"])
        XCTAssertEqual(labels[0].first?.score ?? 0, 2.0 / 3.0 * log((2.0 / 3.0) / (2.0 / 5.0)), accuracy: 1e-12)
        XCTAssertEqual(labels[1].map(\.term), ["dans", "sang"])
        XCTAssertEqual(labels[1].first?.score ?? 0, 0.5 * log(0.5 / (1.0 / 5.0)), accuracy: 1e-12)
        XCTAssertEqual(labels[1].last?.score ?? 0, 0.5 * log(0.5 / (2.0 / 5.0)), accuracy: 1e-12)
        // One-letter terms (OCR debris) are never labels.
        let debris = Themes.labels(counts: counts, assignments: [0, 1], clusterCount: 2, names: ["kor", "sang", "d"])
        XCTAssertEqual(debris[1].map(\.term), ["sang"])
    }

    func testWordsOfEveryClusterAreNotLabelsWordsOfOneClusterAre() {
        // Three themes of three notes each; every note also says "kulturskolen" twice, more
        // often than any theme word, and two notes of every theme say "samarbeid".
        let themes = [("korps", "musikk"), ("teater", "scene"), ("økonomi", "budsjett")]
        let notes = themes.flatMap { a, b in
            ["kulturskolen kulturskolen \(a) \(a) \(b) samarbeid", "kulturskolen kulturskolen \(a) \(b) samarbeid",
             "kulturskolen kulturskolen \(b) \(a)"]
        }
        var index: [String: Int] = [:]
        let rows = notes.map { note -> [(Int, Float)] in
            var counts: [Int: Float] = [:]
            for word in note.split(separator: " ") {
                let column = index[String(word)] ?? index.count
                index[String(word)] = column
                counts[column, default: 0] += 1
            }
            return counts.keys.sorted().map { ($0, counts[$0]!) }
        }
        let names = index.sorted { $0.value < $1.value }.map(\.key)
        let matrix = SparseMatrix(rows: rows, columnCount: names.count)
        let labels = Themes.labels(counts: matrix, assignments: [0, 0, 0, 1, 1, 1, 2, 2, 2], clusterCount: 3, names: names)
        for c in 0 ..< 3 {
            let terms = labels[c].map(\.term)
            XCTAssertFalse(terms.contains("kulturskolen"), "cluster \(c): \(terms)")
            XCTAssertFalse(terms.contains("samarbeid"), "cluster \(c): \(terms)")
            XCTAssertEqual(terms, [themes[c].0, themes[c].1], "cluster \(c)")
        }
    }

    func testRepresentativesAreClosestToTheCentre() {
        // Centre of the cluster points along (1,1): unit 1 (exactly on it) first.
        let m = SparseMatrix(rows: [[(0, 1)], [(0, 1), (1, 1)], [(1, 1)], [(0, 2), (1, 1)]], columnCount: 2)
        let reps = Themes.representatives(features: m, assignments: [0, 0, 0, 0], clusterCount: 1, count: 2)
        XCTAssertEqual(reps, [[1, 3]])
    }
}

final class EditAndStabilityTests: XCTestCase {
    func testMergeAndSplit() throws {
        let v = Toy.vectors()
        var o = ClusterOptions(); o.method = .kmeans; o.k = .fixed(3)
        let r = try Clusterer.cluster(v.weights, options: o)
        let merged = try r.merging(0, 2)
        XCTAssertEqual(merged.clustering.clusterCount, 2)
        XCTAssertEqual(merged.clustering.sizes, [12, 6])
        XCTAssertEqual(merged.renumbering, [0, 1, 0])
        for i in 0 ..< 18 where r.assignments[i] != 1 { XCTAssertEqual(merged.clustering.assignments[i], 0) }

        let split = try merged.clustering.splitting(0, features: v.weights)
        XCTAssertEqual(split.clustering.clusterCount, 3)
        XCTAssertEqual(Agreement.adjustedRandIndex(split.clustering.assignments, Toy.gold), 1)
        XCTAssertEqual(split.created.count, 1)
        XCTAssertEqual(split.renumbering.count, 2)

        XCTAssertThrowsError(try r.merging(1, 1))
        XCTAssertThrowsError(try r.merging(0, 9)) { e in XCTAssertEqual((e as? ClusterError)?.code, .unknownCluster) }
        XCTAssertThrowsError(try r.splitting(0, features: SparseMatrix(rows: [[(0, 1)]], columnCount: 1)))
    }

    func testStabilityOnClearDataIsOne() throws {
        let v = Toy.vectors()
        var o = ClusterOptions(); o.method = .kmeans; o.k = .fixed(3); o.restarts = 1
        let steps = Recorder()
        let s = try Clusterer.stability(v.weights, options: o, runs: 4, control: WorkControl(report: steps.add))
        XCTAssertEqual(steps.names, (1 ... 4).map { "stability run \($0)/4: k-means" })
        XCTAssertEqual(s.runs, 4)
        XCTAssertEqual(s.seeds, [1, 2, 3, 4])
        XCTAssertEqual(s.meanARI, 1, accuracy: 1e-12)
        XCTAssertEqual(s.clusterCounts, [3, 3, 3, 3])
    }

    func testStabilityOnNoiseIsLow() throws {
        // Random unrelated units: partitions change with the seed.
        var rng = SeededGenerator(seed: 3)
        let rows: [[(Int, Float)]] = (0 ..< 60).map { _ in (0 ..< 3).map { _ in (rng.next(below: 40), Float(1)) } }
        let m = SparseMatrix(rows: rows.map { Dictionary($0, uniquingKeysWith: +).map { ($0.key, $0.value) } }, columnCount: 40)
        var o = ClusterOptions(); o.method = .kmeans; o.k = .fixed(4); o.restarts = 1
        let s = try Clusterer.stability(m, options: o, runs: 3)
        XCTAssertLessThan(s.meanARI, 0.9)
    }
}
