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

    /// `name` straight after `cluster`: the chart of the overview on screen shows the new name.
    func testAChartRightAfterNameShowsTheName() throws {
        let run = try ShellRunner.run([
            "-c", "load Corpora/demo/dialogseminar-2024.txt as demo", "-c", "cluster k=4 seed=1",
            "-c", "name 2 \"Økonomi og rom\"", "-c", "chart bar"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let chart = run.stdout.components(separatedBy: "cluster 2 is now 'Økonomi og rom'").last ?? ""
        let bars = chart.split(separator: "\n").filter { $0.contains("█") }
        XCTAssertEqual(bars.count, 4, chart)
        XCTAssertEqual(bars.filter { $0.hasPrefix("Økonomi og rom ") }.count, 1, "the named cluster's bar: \(chart)")
        XCTAssertEqual(bars.filter { $0.hasPrefix("2 ") }.count, 0, "no bar under the old label: \(chart)")
    }

    /// A session file keeps a name's words: replayed where the clusters are numbered otherwise, the name goes to the
    /// cluster with those words, and where none has them a warning says so; the session saved keeps them again.
    func testANameFollowsItsWordsWhenTheClustersAreNumberedOtherwise() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-names-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = SharedData.packageRoot.path
        let run = try ShellRunner.run([
            "-c", "load \(root)/Corpora/demo/dialogseminar-2024.txt as demo", "-c", "set unit segment", "-c", "cluster seed=1",
            // Cluster 3's words are prioritere, tilbud, elevane, foreldra, ...; cluster 2's are kultur, kulturskolen, ...
            "-c", "name 1 \"Prioritering\" terms=tilbud,prioritere,foreldra", "-c", "name 2 \"Kultur\" terms=budsjett,lokaler",
            "-c", ".save names.innspill"], in: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("cluster 3 is now 'Prioritering'"), run.stdout)
        XCTAssertTrue(run.stderr.contains("warning: 'Prioritering' goes to cluster 3, not 1"), run.stderr)
        XCTAssertTrue(run.stderr.contains("warning: cluster 2 is named 'Kultur', but its words are now kultur"), run.stderr)
        let saved = try String(contentsOf: folder.appendingPathComponent("names.innspill"), encoding: .utf8)
        XCTAssertTrue(saved.contains("name 3 Prioritering terms=prioritere,tilbud,elevane,foreldra,søker\n"), saved)
    }

    /// Two saved names whose words point to one cluster do not both go there: the second goes to the cluster that shares
    /// its words among those not named, or to none, with a warning; a name again of the same words renames the cluster.
    func testTwoSavedNamesDoNotTakeOneCluster() throws {
        let root = SharedData.packageRoot.path
        let run = try ShellRunner.run([
            "-c", "load \(root)/Corpora/demo/dialogseminar-2024.txt as demo", "-c", "set unit segment", "-c", "cluster seed=1",
            // Cluster 3's words are prioritere, tilbud, elevane, foreldra, ...
            "-c", "name 3 \"Prioritering\" terms=tilbud,prioritere,foreldra", "-c", "name 3 \"Tilbud\" terms=tilbud,prioritere,søker,elevane",
            "-c", "name 3 \"Prioriteringer\" terms=tilbud,prioritere,foreldra", "-c", "themes"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("warning: 'Tilbud' names no cluster: its words (elevane, prioritere, søker, tilbud) are not those of any cluster not named already"), run.stderr)
        XCTAssertTrue(run.stdout.contains("cluster 3 is now 'Prioriteringer'"), run.stdout)
        XCTAssertFalse(run.stdout.contains("is now 'Tilbud'"), run.stdout)
    }

    /// Clustering again replaces the clustering before: a name goes on with its theme where the new run finds it again
    /// (the same run, here), and a warning names what goes.
    func testClusteringAgainKeepsTheNamesOfThemesFoundAgainAndSaysWhichGo() throws {
        let run = try ShellRunner.run(["-c", "load Corpora/demo/dialogseminar-2024.txt as demo", "-c", "cluster k=3 seed=1",
                                       "-c", "name 1 \"Økonomi\"", "-c", "cluster k=3 seed=1", "-c", "cluster k=8 seed=1",
                                       "-c", "cluster k=3 seed=1"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("note: names kept where a new cluster shares at least half its units with the named one: 'Økonomi' is cluster 1"),
                      run.stdout)
        XCTAssertEqual(run.stdout.components(separatedBy: "note: name the themes for charts").count - 1, 3,
                       "the naming hint after each run without names (the first, and the two after the name was lost), not after one that kept it")
        let warnings = run.stderr.components(separatedBy: "warning: this clustering replaces the one before")
        XCTAssertEqual(warnings.count, 2, "once, for the clustering that lost the name: \(run.stderr)")
        XCTAssertTrue(run.stderr.contains("the name 'Økonomi' fits no new cluster (none shares at least half its units), so it is gone"), run.stderr)
    }

    /// Clustering the groups' answers with a slide deck among them says how many units are the organisers' words.
    func testClusteringWithSlidesAmongTheAnswersSaysSo() throws {
        let deck = try SharedData.file("corpora/slides-2020-temamote-fremtidens-kulturskole.txt")
        let run = try ShellRunner.run(["-c", "load Corpora/demo/dialogseminar-2024.txt as demo", "-c", "load \(deck.path) as deck",
                                       "-c", "cluster k=3 seed=1"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("note: 28 of the 70 units are the organisers' slides or prompts, not the groups' words; "
                                          + "'filter kind = post' before cluster leaves them out"), run.stdout)
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
