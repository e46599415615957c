import InnspillTestSupport
import Foundation
import XCTest

/// Whole sessions over the demo corpus and the four real exports in ../shared/corpora,
/// compared line by line with golden files: every text command (issue 4) and the
/// filter -> select -> group -> tag -> export flow (issue 5), with the exported files
/// compared too. The goldens were read against the corpora when written; they also
/// guard the load path, since every table depends on what was loaded.
final class CorpusSessionTests: XCTestCase {
    func testTextCommandsOnTheDemoCorpus() throws {
        let run = try ShellRunner.run(["Tests/EndToEndTests/Sessions/text-demo.innspill"])
        XCTAssertEqual(run.status, 1, "the session ends with mistakes on purpose: \(run.stderr)")
        XCTAssertEqual(run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count, 13, run.stderr)
        try Golden.check(run, named: "text-demo")
    }

    func testTextCommandsOnTheSharedCorpora() throws {
        let run = try SharedSession.run("text-shared")
        XCTAssertEqual(run.status, 0, run.stderr)
        try Golden.check(run, named: "text-shared")
    }

    func testFilterGroupTagExportFlowOnTheSharedCorpora() throws {
        let exported = ["flow-kommuner.csv", "flow-kommuner-excel.csv", "flow-kryss.tsv", "flow-sitater.json",
                        "flow-seksjoner.md", "flow-units.jsonl", "flow-units.csv", "flow-formler.csv", "flow-punkt.json",
                        "flow-tags.csv", "flow-tags.tsv"]
        let run = try SharedSession.run("flow-shared", exports: exported)
        XCTAssertEqual(run.status, 1, "the session ends with mistakes on purpose: \(run.stderr)")
        try Golden.check(run, named: "flow-shared")
    }
}

/// Runs a session file from Tests/EndToEndTests/Sessions after a prelude that loads the four
/// shared corpora, in a fresh folder (so exported files land there), and compares each
/// exported file with Golden/NAME. The corpora are loaded by relative paths through a link to
/// ../shared; other paths that differ between machines print as `$SHARED` and `$WORK`.
/// Skips when ../shared is absent.
enum SharedSession {
    static let corpora = [
        ("padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt", "p2025"),
        ("padlet-2020-10-09-pilot-for-fremtiden.txt", "p2020"),
        ("slides-2020-temamote-fremtidens-kulturskole.txt", "temamote"),
        ("slides-2020-01-dialogkonferanse-2-gardermoen.txt", "gardermoen"),
    ]

    static func run(_ session: String, exports: [String] = [], file: StaticString = #filePath,
                    line: UInt = #line) throws -> ShellRun {
        for (name, _) in corpora { _ = try SharedData.file("corpora/" + name) }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-\(session)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        // Loaded through a link in the work folder by a relative path, so every path the session
        // prints (and every table column cut to width) is the same wherever ../shared lives.
        try FileManager.default.createSymbolicLink(at: work.appendingPathComponent("corpora"),
                                                   withDestinationURL: SharedData.root.appendingPathComponent("corpora"))
        let loads = corpora.map { name, alias in "load corpora/\(name) as \(alias)" }
        let prelude = work.appendingPathComponent("shared-corpora.innspill")
        try (["# The four shared corpora", ".echo on"] + loads).joined(separator: "\n").appending("\n")
            .write(to: prelude, atomically: true, encoding: .utf8)
        let source = SharedData.packageRoot.appendingPathComponent("Tests/EndToEndTests/Sessions/\(session).innspill")
        let copy = work.appendingPathComponent("\(session).innspill")
        try FileManager.default.copyItem(at: source, to: copy)
        var run = try ShellRunner.run([prelude.path, copy.path], in: work)
        // /tmp may be a symbolic link; both spellings of the folder become $WORK.
        for path in [work.path, work.resolvingSymlinksInPath().path] {
            run.stdout = run.stdout.replacingOccurrences(of: path, with: "$WORK")
            run.stderr = run.stderr.replacingOccurrences(of: path, with: "$WORK")
        }
        run.stdout = run.stdout.replacingOccurrences(of: SharedData.root.path, with: "$SHARED")
        run.stderr = run.stderr.replacingOccurrences(of: SharedData.root.path, with: "$SHARED")
        for name in exports {
            let url = work.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url) else {
                XCTFail("\(session) did not write \(name)", file: file, line: line)
                continue
            }
            try Golden.checkFile(data, named: name, file: file, line: line)
        }
        return run
    }
}

extension Golden {
    /// Compares a written file byte for byte with Golden/NAME (rewritten with INNSPILL_UPDATE_GOLDEN=1).
    static func checkFile(_ data: Data, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["INNSPILL_UPDATE_GOLDEN"] == "1" {
            try data.write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            XCTFail("no golden file \(url.path); run with INNSPILL_UPDATE_GOLDEN=1 once and read it", file: file, line: line)
            return
        }
        guard expected != data else { return }
        let a = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let b = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        XCTFail("""
            \(name) differs from its golden at line \(first + 1)
            expected: \(first < a.count ? a[first] : "<end>")
            actual:   \(first < b.count ? b[first] : "<end>")
            """, file: file, line: line)
    }
}
