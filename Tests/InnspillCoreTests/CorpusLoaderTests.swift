import Foundation
import XCTest
@testable import InnspillCore

final class CorpusLoaderTests: XCTestCase {
    /// A folder load reads every export in it, but not the README that describes them.
    func testFolderLoadLeavesOutTheReadme() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Kulturskolen samarbeider med skolen.\n\nVi trenger mer tid.\n"
            .write(to: folder.appendingPathComponent("notater.txt"), atomically: true, encoding: .utf8)
        try "# Om mappen\n\nHer ligger eksportene.\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "Andre notater.\n".write(to: folder.appendingPathComponent("readme.txt"), atomically: true, encoding: .utf8)

        let corpora = try CorpusLoader.load(path: folder.path, options: LoadOptions())
        XCTAssertEqual(corpora.map(\.name), ["notater"])
    }

    /// Windows and old Mac line ends become "\n" without touching anything else.
    func testUnixLineEnds() {
        XCTAssertEqual(CorpusLoader.unixLineEnds("a\r\nb\rc\n\r\nø"), "a\nb\nc\n\nø")
        XCTAssertEqual(CorpusLoader.unixLineEnds("ingen endring\n"), "ingen endring\n")
    }

    /// The readers' trimming removes exactly what Foundation's would, without bridging.
    func testTrimmingMatchesFoundation() {
        let samples = ["  Gruppe 2: Bodø\t", "\u{A0}Rom 9\u{2003}", "\n Svar fra Rom 8. \r\n", "", "   ", "\u{2028}x\u{85}",
                       "e\u{301} ", "\tø\t\n"]
        for sample in samples {
            XCTAssertEqual(String(sample.trimmingSpaces), sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)")
            XCTAssertEqual(String(sample.trimmingWhitespace), sample.trimmingCharacters(in: .whitespacesAndNewlines),
                           "\(sample.debugDescription)")
        }
    }
}
