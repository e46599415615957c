import InnspillTestSupport
import XCTest
@testable import InnspillText

final class StopwordTests: XCTestCase {
    /// Our own lists cover Snowball's Norwegian list (used as a reference only).
    func testCoversSnowballList() throws {
        let url = try SharedData.file("data/snowball-norwegian-stop.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let words = text.split(separator: "\n").compactMap { line -> String? in
            let w = line.split(separator: "|", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces) ?? ""
            return w.isEmpty ? nil : w.lowercased()
        }
        XCTAssertGreaterThan(words.count, 150)
        let missing = words.filter { !NorwegianStopwords.all.contains($0) }
        let coverage = Double(words.count - missing.count) / Double(words.count)
        XCTAssertGreaterThanOrEqual(coverage, 0.95, "missing: \(missing)")
    }

    func testBothStandards() {
        let stop = StopwordList()
        for w in ["og", "ikke", "ikkje", "hva", "kva", "korleis", "hvordan", "eit", "dei", "å", "Ikkje"] {
            XCTAssertTrue(stop.contains(w), w)
        }
        for w in ["kulturskole", "samarbeid", "elev"] { XCTAssertFalse(stop.contains(w), w) }
        XCTAssertFalse(StopwordList(standards: [.bokmal]).contains("ikkje"))
        XCTAssertFalse(StopwordList.none.contains("og"))
    }

    func testAddRemoveResetList() {
        var stop = StopwordList()
        XCTAssertEqual(stop.add(["Kulturskole", "og"]), ["kulturskole"])
        XCTAssertTrue(stop.contains("kulturskole"))
        XCTAssertEqual(stop.remove(["mange", "elev"]), ["mange"])
        XCTAssertFalse(stop.contains("mange"))
        XCTAssertTrue(stop.list().contains("kulturskole"))
        XCTAssertFalse(stop.list().contains("mange"))
        XCTAssertEqual(stop.list(), stop.list().sorted(by: NorwegianOrder.precedes))
        XCTAssertLessThan(stop.list().firstIndex(of: "være")!, stop.list().firstIndex(of: "å")!, "æ, ø, å after z, in that order")
        XCTAssertEqual(stop.commands, ["stopwords add kulturskole", "stopwords remove mange"])
        // Adding back a removed built-in word undoes the removal.
        stop.add(["mange"])
        XCTAssertTrue(stop.contains("mange"))
        XCTAssertEqual(stop.removed, [])
        stop.reset()
        XCTAssertEqual(stop, StopwordList())
        XCTAssertFalse(stop.contains("kulturskole"))
    }
}
