import Foundation
import InnspillCluster
import InnspillText
import XCTest

/// Grid of feature/method settings on SIB-200; runs only with INNSPILL_CLUSTER_EXPERIMENTS=1.
final class ExperimentTests: XCTestCase {
    func testSIBGrid() throws {
        guard ProcessInfo.processInfo.environment["INNSPILL_CLUSTER_EXPERIMENTS"] != nil else {
            throw XCTSkip("set INNSPILL_CLUSTER_EXPERIMENTS=1 to run the SIB-200 grid")
        }
        let which = ProcessInfo.processInfo.environment["GRID"] ?? "default"
        for standard in ["nob_Latn", "nno_Latn"] {
            let sib = try SIBSet.load(standard)
            var featureSets: [(String, VectorizerOptions, @Sendable (String) -> [String])] = []
            var chars = VectorizerOptions.characters(3 ... 5)
            featureSets.append(("chars35/terms", chars, TestAnalyzer.words))
            if which == "dims" {
                featureSets.append(("chars25/terms", VectorizerOptions.characters(2 ... 5), TestAnalyzer.words))
                featureSets.append(("chars34/terms", VectorizerOptions.characters(3 ... 4), TestAnalyzer.words))
                featureSets.append(("chars35/stems", VectorizerOptions.characters(3 ... 5), TestAnalyzer.stems))
            }
            if which == "lsa" { featureSets = [featureSets[0]] }
            if which != "dims" && which != "lsa" {
                chars.characterSource = .rawWords
                featureSets.append(("chars35/raw", chars, TestAnalyzer.words))
                featureSets.append(("stems", VectorizerOptions(), TestAnalyzer.stems))
                var both = VectorizerOptions()
                both.characterNGrams = 3 ... 5
                featureSets.append(("stems+chars", both, TestAnalyzer.stems))
            }
            for (name, vo, analyzer) in featureSets {
                let vectors = Vectorizer(options: vo, analyzer: analyzer).fit(sib.texts)
                var configs: [(String, ClusterOptions)] = []
                for nn in (which == "dims" ? [25, 30, 35, 40] : [15, 20, 30, 40]) {
                    var o = ClusterOptions(); o.k = .fixed(7); o.method = .graph; o.neighbours = nn
                    for extra in (which == "dims" ? [0, 2, 3, 5, 8] : [3]) {
                        o.spectralExtraDimensions = extra
                        configs.append(("spectral nn=\(nn) extra=\(extra)", o))
                    }
                    if which == "all" { o.graphAlgorithm = .louvain; configs.append(("louvain nn=\(nn)", o)) }
                }
                if which == "all" {
                    var o = ClusterOptions(); o.k = .fixed(7); o.method = .kmeans
                    configs.append(("kmeans", o))
                    o.lsaDimensions = 100; configs.append(("kmeans lsa100", o))
                    o.lsaDimensions = nil; o.method = .agglomerative; o.linkage = .ward
                    configs.append(("ward", o))
                    o.lsaDimensions = 100; o.method = .graph; o.neighbours = 30
                    configs.append(("spectral lsa100 nn=30", o))
                }
                if which == "lsa" {
                    configs = []
                    for dims in [50, 100, 200] {
                        var o = ClusterOptions(); o.k = .fixed(7); o.lsaDimensions = dims
                        o.method = .kmeans; configs.append(("kmeans lsa\(dims)", o))
                        o.method = .graph; configs.append(("spectral lsa\(dims)", o))
                    }
                }
                for (label, o) in configs {
                    var nmis: [Double] = []
                    var t = 0.0
                    for seed in [UInt64(1), 2, 3] {
                        var o = o; o.seed = seed
                        var r: Clustering!
                        t += try seconds { r = try Clusterer.cluster(vectors.weights, options: o) }
                        nmis.append(Agreement.normalizedMutualInformation(sib.categories, r.assignments))
                    }
                    print(String(format: "GRID %@ %@ %@ nmi=%.3f/%.3f/%.3f mean=%.3f %.2fs", standard, name, label, nmis[0], nmis[1], nmis[2], nmis.reduce(0, +) / 3, t / 3))
                }
            }
        }
    }
}

/// Linkage x features for `method=agglomerative` on SIB-200 at k=7 (features as the shell
/// builds them); runs only with INNSPILL_CLUSTER_EXPERIMENTS=1. Prints NMI and cluster sizes.
final class LinkageExperimentTests: XCTestCase {
    func testSIBLinkages() throws {
        guard ProcessInfo.processInfo.environment["INNSPILL_CLUSTER_EXPERIMENTS"] != nil else {
            throw XCTSkip("set INNSPILL_CLUSTER_EXPERIMENTS=1 to run the linkage grid")
        }
        for standard in ["nob_Latn", "nno_Latn"] {
            let sib = try SIBSet.load(standard)
            let corpus = AnalyzedCorpus(sib.texts.map { TextDocument($0) })
            let chars = Vectorizer.fit(corpus, options: .characters(3 ... 5))
            let stems = Vectorizer.fit(corpus)
            for (name, features, lsa) in [("chars", chars, false), ("stems", stems, false), ("lsa", chars, true)] {
                for linkage in Linkage.allCases {
                    var o = ClusterOptions()
                    o.method = .agglomerative
                    o.k = .fixed(7)
                    o.linkage = linkage
                    o.lsaDimensions = lsa ? 100 : nil
                    var r: Clustering!
                    let t = try seconds { r = try Clusterer.cluster(features.weights, options: o) }
                    print(String(format: "LINKAGE %@ %@ %@ nmi=%.3f %.2fs sizes=%@", standard, name, linkage.rawValue,
                                 Agreement.normalizedMutualInformation(sib.categories, r.assignments), t, r.sizes.description))
                }
            }
        }
    }
}
