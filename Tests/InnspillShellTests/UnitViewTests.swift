import XCTest
@testable import InnspillCore
@testable import InnspillShell

/// `show ID`: one unit with its fields.
final class UnitViewTests: XCTestCase {
    func testAFieldOfSeveralLinesKeepsItsLaterLinesUnderItsFirst() {
        var unit = InnspillCore.Unit(kind: .post, text: "Mer tid.", line: 3)
        unit.id = 7
        unit.extra = ["note": "linje 1\nlinje 2"]
        let lines = UnitView.detail(unit, width: 80, raw: false, tags: nil).split(separator: "\n").map(String.init)
        guard let note = lines.firstIndex(where: { $0.hasPrefix("note") }), note + 1 < lines.count else {
            return XCTFail("no note line in \(lines)")
        }
        XCTAssertEqual(lines[note + 1].trimmingCharacters(in: .whitespaces), "linje 2")
        XCTAssertEqual(lines[note].range(of: "linje 1")?.lowerBound.utf16Offset(in: lines[note]),
                       lines[note + 1].range(of: "linje 2")?.lowerBound.utf16Offset(in: lines[note + 1]),
                       "the second line starts where the first value does")
    }
}
