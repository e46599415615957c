import InnspillTestSupport
import Foundation
import XCTest

/// Themes through the shell: a whole session compared with its golden file, and
/// bokmål and nynorsk answers clustered by what they say rather than by their standard.
final class ClusterSessionTests: XCTestCase {
    func testClusterThemesNameGroupByClusterAndCharts() throws {
        let run = try ShellRunner.run(["Tests/EndToEndTests/Sessions/cluster.innspill"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("note: method=graph features=chars"), "the table says which method ran")
        XCTAssertTrue(run.stdout.contains("k chosen by modularity"), "k=auto shows the score of every k")
        try Golden.check(run, named: "cluster-session")
        let again = try ShellRunner.run(["Tests/EndToEndTests/Sessions/cluster.innspill"])
        XCTAssertEqual(again, run, "the same session gives the same bytes")
    }

    /// Units of each cluster among the demo's nynorsk answers, largest first.
    func nynorskByCluster(fold: Bool) throws -> [Int] {
        let run = try ShellRunner.run([
            "-c", "load Corpora/demo/dialogseminar-2024.txt as demo", "-c", "set unit segment", "-c", "set fold \(fold ? "on" : "off")",
            "-c", "cluster k=6 seed=1", "-c", "filter text ~ /\\b(ikkje|kva|korleis|berre|mykje|eg|ein|dei|frå)\\b/i",
            "-c", ".mode csv", "-c", "group by cluster"])
        XCTAssertEqual(run.status, 0, run.stderr)
        // CSV rows (CRLF) after the header of the last table.
        let table = run.stdout.components(separatedBy: "cluster,count,share,groups\r\n").last ?? ""
        return table.components(separatedBy: "\r\n").compactMap { line in
            let fields = line.split(separator: ",")
            return fields.count == 4 ? Int(fields[1]) : nil
        }
    }

    func testNynorskAnswersJoinTheThemesTheyTalkAbout() throws {
        let folded = try nynorskByCluster(fold: true)
        let total = folded.reduce(0, +)
        XCTAssertGreaterThanOrEqual(total, 8, "the demo has nynorsk answers")
        XCTAssertGreaterThanOrEqual(folded.count, 3, "spread over the themes: \(folded)")
        XCTAssertLessThan(Double(folded[0]) / Double(total), 0.6, "no nynorsk cluster: \(folded)")
        // Without folding the same answers make a cluster of their own.
        let apart = try nynorskByCluster(fold: false)
        XCTAssertGreaterThanOrEqual(Double(apart[0]) / Double(apart.reduce(0, +)), 0.8, "\(apart)")
    }
}
