import InnspillTestSupport
import XCTest
@testable import InnspillText

/// The engine on the real 2020 Padlet (one document per paragraph).
final class RealCorpusTests: XCTestCase {
    private func padlet() throws -> AnalyzedCorpus {
        let url = try SharedData.file("corpora/padlet-2020-10-09-pilot-for-fremtiden.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return AnalyzedCorpus(paragraphs.enumerated().map { TextDocument($0.element, group: "p\($0.offset / 10)") })
    }

    func testNynorskFormsAreFoundByTheirBokmalTerm() throws {
        let corpus = try padlet()
        let hits = Set(try corpus.kwic(.parse("kulturskole")).lines.map { $0.hit.lowercased() })
        XCTAssertTrue(hits.isSuperset(of: ["kulturskolen", "kulturskulen", "kulturskular", "kulturskule"]), "\(hits.sorted())")
        XCTAssertTrue(try corpus.kwic(.parse("\"kulturskule\"")).lines.allSatisfy { $0.hit.lowercased() == "kulturskule" })
        let kommune = Set(try corpus.kwic(.parse("kommunene")).lines.map { $0.hit.lowercased() })
        XCTAssertTrue(kommune.isSuperset(of: ["kommunane", "kommunene"]), "\(kommune.sorted())")
    }

    func testStatisticsRunOnRealText() throws {
        let corpus = try padlet()
        let freq = corpus.frequencies(top: 5)
        XCTAssertEqual(freq.count, 5)
        XCTAssertTrue(freq.map(\.term).contains("kulturskol"), "\(freq.map(\.term))")
        XCTAssertFalse(freq.contains { NorwegianStopwords.all.contains($0.display) })
        XCTAssertFalse(try corpus.ngrams(2, top: 10).isEmpty)
        XCTAssertFalse(try corpus.collocates(of: "samarbeid", top: 10).isEmpty)
        let hits = try SearchIndex(corpus).search("økonomi forankring", top: 3)
        XCTAssertEqual(hits.count, 3)
        XCTAssertTrue(hits[0].snippet.contains { $0.isHit })
        let vocabulary = AnalyzedCorpus([TextDocument("Kulturskulen og kulturskolen")]).vocabulary
        XCTAssertEqual(vocabulary.id(of: "kulturskol"), 0)
        XCTAssertEqual(vocabulary.display[0], "kulturskolen")
        XCTAssertEqual(vocabulary.forms, ["kulturskulen", "og", "kulturskolen"])
    }
}
