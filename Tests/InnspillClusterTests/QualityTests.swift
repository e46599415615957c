import InnspillTestSupport
import Foundation
import InnspillCluster
import InnspillText
import XCTest

/// The quality bar on SIB-200 (../shared/eval): NMI >= 0.25 per standard,
/// >= 80% of bokmål/nynorsk twins in the same cluster. Features as the shell builds them
/// for `method=graph features=chars`: character 3-5-grams of the words that count in an
/// `AnalyzedCorpus`, bokmål and nynorsk folded. Prints the figures.
final class QualityTests: XCTestCase {
    static func features(_ texts: [String]) -> DocumentVectors {
        Vectorizer.fit(AnalyzedCorpus(texts.map { TextDocument($0) }), options: .characters(3 ... 5))
    }

    static func options(k: Int, seed: UInt64 = 1) -> ClusterOptions {
        var o = ClusterOptions()
        o.method = .graph
        o.k = .fixed(k)
        o.seed = seed
        return o
    }

    func testSIBNormalisedMutualInformationPerStandard() throws {
        for standard in ["nob_Latn", "nno_Latn"] {
            let sib = try SIBSet.load(standard)
            XCTAssertEqual(sib.texts.count, 1004)
            var nmis: [Double] = []
            var elapsed = 0.0
            let v = Self.features(sib.texts)
            for seed: UInt64 in [1, 2, 3] {
                var result: Clustering!
                elapsed += try seconds { result = try Clusterer.cluster(v.weights, options: Self.options(k: 7, seed: seed)) }
                nmis.append(Agreement.normalizedMutualInformation(sib.categories, result.assignments))
            }
            let stems = try Clusterer.cluster(Vectorizer.fit(AnalyzedCorpus(sib.texts.map { TextDocument($0) })).weights,
                                              options: { var o = Self.options(k: 7); o.method = .kmeans; return o }())
            print(String(format: "SIB-200 %@: NMI %.3f / %.3f / %.3f (seeds 1-3; bar 0.25, scikit-learn baseline ~0.05) %.2f s per run; k-means on stems %.3f",
                         standard, nmis[0], nmis[1], nmis[2], elapsed / 3,
                         Agreement.normalizedMutualInformation(sib.categories, stems.assignments)))
            XCTAssertGreaterThanOrEqual(nmis[0], 0.25, standard)
            XCTAssertGreaterThanOrEqual(nmis.reduce(0, +) / 3, 0.25, standard)
        }
    }

    static func twinShare(_ assignments: [Int], nob: SIBSet, nno: SIBSet) -> Double {
        var twin: [String: Int] = [:]
        for (i, id) in nno.ids.enumerated() { twin[id] = nob.texts.count + i }
        var together = 0
        for (i, id) in nob.ids.enumerated() where assignments[i] == assignments[twin[id]!] { together += 1 }
        return Double(together) / Double(nob.ids.count)
    }

    func testSIBTwinsLandTogether() throws {
        let nob = try SIBSet.load("nob_Latn"), nno = try SIBSet.load("nno_Latn")
        let texts = nob.texts + nno.texts
        let v = Self.features(texts)
        let r = try Clusterer.cluster(v.weights, options: Self.options(k: 7))
        let share = Self.twinShare(r.assignments, nob: nob, nno: nno)
        let nmi = Agreement.normalizedMutualInformation(nob.categories + nno.categories, r.assignments)
        print(String(format: "SIB-200 both standards (%d sentences, k=7): %.1f%% of twins in the same cluster (bar 80%%), NMI %.3f",
                     texts.count, share * 100, nmi))
        XCTAssertGreaterThanOrEqual(share, 0.8)
    }

    func testSIBAutomaticKStaysNearTheSevenTopics() throws {
        // Silhouettes on these sparse vectors keep rising with k (they would choose 11-12 of 2-12);
        // modularity on the neighbour graph peaks near the 7 topics.
        for standard in ["nob_Latn", "nno_Latn"] {
            let sib = try SIBSet.load(standard)
            var o = Self.options(k: 7)
            o.k = .auto(2 ... 12)
            let r = try Clusterer.cluster(Self.features(sib.texts).weights, options: o)
            XCTAssertEqual(r.kScores.map(\.k), Array(2 ... 12))
            print(String(format: "SIB-200 %@ k=auto picks k=%d (NMI %.3f); modularity/silhouette: ", standard, r.clusterCount,
                         Agreement.normalizedMutualInformation(sib.categories, r.assignments)) +
                  r.kScores.map { String(format: "%d:%.4f/%.4f", $0.k, $0.modularity, $0.silhouette) }.joined(separator: " "))
            XCTAssertTrue((5 ... 9).contains(r.clusterCount), "\(standard): k=\(r.clusterCount)")
        }
    }

    func testSIBStability() throws {
        let sib = try SIBSet.load("nob_Latn")
        let v = Self.features(sib.texts)
        let s = try Clusterer.stability(v.weights, options: Self.options(k: 7), runs: 3)
        print(String(format: "SIB-200 nob_Latn stability over 3 seeds: mean ARI %.3f (min %.3f)", s.meanARI, s.minARI))
        XCTAssertGreaterThan(s.meanARI, 0.5)
    }
}

/// Speed against ../shared/baselines/cluster_sklearn.py (vectorize + k-means, k=10).
/// Runs with INNSPILL_BENCH=1 (use a release build); needs ../shared/tools/gen_corpus.py output
/// in INNSPILL_BENCH_CSV (default /tmp/cl/c10k.csv and /tmp/cl/c100k.csv).
final class SpeedBenchmarks: XCTestCase {
    func testVectorizeAndKMeans() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["INNSPILL_BENCH"] != nil else { throw XCTSkip("set INNSPILL_BENCH=1 (release build) to run the speed benchmark") }
        let files = (env["INNSPILL_BENCH_CSV"] ?? "/tmp/cl/c10k.csv,/tmp/cl/c100k.csv").split(separator: ",").map(String.init)
        for path in files {
            guard FileManager.default.fileExists(atPath: path) else { print("skip \(path): missing"); continue }
            let bodies = try CSV.column("Body", of: path)
            var o = ClusterOptions()
            o.method = .kmeans
            o.k = .fixed(10)
            o.seed = 0
            // 1. The text engine's path: AnalyzedCorpus (tokenize, stem, fold, compounds) + vectors from it.
            var corpus: AnalyzedCorpus!
            let ta = seconds { corpus = AnalyzedCorpus(bodies.map { TextDocument($0) }) }
            var vectors: DocumentVectors!
            let tv = seconds { vectors = Vectorizer.fit(corpus) }
            var r: Clustering!
            let tk = try seconds { r = try Clusterer.cluster(vectors.weights, options: o) }
            print(String(format: "BENCH %@: %d posts, %d terms: analyse %.3f s + vectorize %.3f s, k-means(k=10, 10 restarts) %.3f s, total %.3f s; sizes %@; max RSS %.0f MB",
                         (path as NSString).lastPathComponent, bodies.count, vectors.vocabulary.count, ta, tv, tk, ta + tv + tk, r.sizes.description, maxRSSMegabytes()))
            let tw = seconds { corpus = AnalyzedCorpus(bodies.map { TextDocument($0) }) }
            print(String(format: "BENCH %@: AnalyzedCorpus again (warm caches) %.3f s", (path as NSString).lastPathComponent, tw))
            let analyzer = TermAnalyzer()
            let tt = seconds { vectors = Vectorizer(options: VectorizerOptions(), analyzer: { analyzer.termsWithParts(in: $0) }).fit(bodies) }
            print(String(format: "BENCH %@: Vectorizer(analyzer: TermAnalyzer.termsWithParts) %.3f s, %d terms", (path as NSString).lastPathComponent, tt, vectors.vocabulary.count))
            // 2. A caller-supplied analyzer closure (the test's simple stemming splitter).
            let ts = seconds { vectors = Vectorizer(options: VectorizerOptions(), analyzer: TestAnalyzer.stems).fit(bodies) }
            print(String(format: "BENCH %@: Vectorizer(analyzer: closure) %.3f s, %d terms", (path as NSString).lastPathComponent, ts, vectors.vocabulary.count))
        }
    }
}

#if os(Linux)
let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

func maxRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF_WHO, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// A minimal RFC 4180 reader for the benchmark corpora.
enum CSV {
    static func column(_ name: String, of path: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var rows: [[String]] = []
        var field: [UInt8] = [], row: [String] = []
        var quoted = false
        var i = 0
        let bytes = [UInt8](data)
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 34 {
                    if i + 1 < bytes.count && bytes[i + 1] == 34 { field.append(34); i += 1 } else { quoted = false }
                } else { field.append(b) }
            } else if b == 34 { quoted = true }
            else if b == 44 { row.append(String(decoding: field, as: UTF8.self)); field.removeAll() }
            else if b == 10 || b == 13 {
                if b == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
                row.append(String(decoding: field, as: UTF8.self)); field.removeAll()
                rows.append(row); row.removeAll()
            } else { field.append(b) }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(decoding: field, as: UTF8.self)); rows.append(row) }
        guard let header = rows.first, let c = header.firstIndex(of: name) else { return [] }
        return rows.dropFirst().map { c < $0.count ? $0[c] : "" }
    }
}

/// Themes on the real seminar boards in ../shared/corpora at segment level (paragraphs
/// of six words or more): printed for a reader to judge; asserts only the contract.
final class SeminarThemeTests: XCTestCase {
    func testThemesOnSeminarBoards() throws {
        var segments: [String] = []
        for name in ["padlet-2020-10-09-pilot-for-fremtiden.txt", "padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt"] {
            let text = try String(contentsOf: try SharedData.file("corpora/\(name)"), encoding: .utf8)
            for paragraph in text.components(separatedBy: "\n\n") {
                let flat = paragraph.split(whereSeparator: \.isNewline).joined(separator: " ")
                    .trimmingCharacters(in: CharacterSet(charactersIn: " -•o"))
                if flat.split(separator: " ").count >= 6 { segments.append(flat) }
            }
        }
        let corpus = AnalyzedCorpus(segments.map { TextDocument($0) })
        let chars = Vectorizer.fit(corpus, options: .characters(3 ... 5))
        let words = Vectorizer.fit(corpus)
        var o = ClusterOptions()
        o.k = .auto(4 ... 12)
        o.minClusterSize = 3
        let result = try Clusterer.cluster(chars.weights, options: o)
        XCTAssertEqual(result.assignments.count, segments.count)
        XCTAssertTrue(result.sizes.allSatisfy { $0 >= 3 })
        print("Seminar boards: \(segments.count) segments; k by modularity (silhouette beside it): " +
              result.kScores.map { String(format: "%d:%.3f/%.3f", $0.k, $0.modularity, $0.silhouette) }.joined(separator: " "))
        for t in Themes.describe(result, features: chars, labels: words, topTerms: 8, representatives: 2) {
            XCTAssertFalse(t.terms.isEmpty)
            print(String(format: "  cluster %d (%d, %.0f%%): ", t.cluster, t.size, t.share * 100) + t.terms.map(\.term).joined(separator: ", "))
            for u in t.representatives { print("      «\(segments[u].prefix(110))»") }
        }
    }
}
