import Foundation
import XCTest
@testable import InnspillCore

/// A unit is a value: a segment holds its post's metadata and text without copies, yet changing
/// one never changes the other.
final class UnitTests: XCTestCase {
    private func post() -> InnspillCore.Unit {
        var post = InnspillCore.Unit(kind: .post, text: "1. Mer tid.\n2. Gratis plass.", line: 7)
        post.id = 1
        post.corpus = "demo"
        post.group = "Gruppe 2"
        post.section = "Dialogtema 1"
        post.extra = ["farge": "gul"]
        post.municipalities = ["Bodø"]
        return post
    }

    func testASegmentHasItsPostsMetadataAndItsOwnText() {
        let post = post()
        let segment = InnspillCore.Unit(segmentOf: post, text: post.textSlice.dropFirst(3).prefix(8))
        XCTAssertEqual(segment.kind, .segment)
        XCTAssertEqual(segment.parent, 1)
        XCTAssertEqual(segment.line, 7)
        XCTAssertEqual(segment.text, "Mer tid.")
        XCTAssertEqual(segment.raw, "Mer tid.", "a segment's raw text is its text")
        XCTAssertEqual([segment.corpus, segment.group, segment.section], ["demo", "Gruppe 2", "Dialogtema 1"])
        XCTAssertEqual(segment.extra, ["farge": "gul"])
        XCTAssertEqual(segment.municipalities, ["Bodø"])
    }

    /// `id`, `line`, `prompt` and `parent` are kept in 32 bits: what is set is what is read, none is
    /// nil, and a unit takes at most 136 bytes in an array (it was 168; a load of a million posts
    /// holds 3.4 million units).
    func testLinePromptAndParentReadBackAsSetInACompactUnit() {
        var unit = post()
        XCTAssertNil(unit.prompt)
        XCTAssertNil(unit.parent)
        for value in [1, 2, 9, 65_536, 3_400_000, Int(Int32.max)] {
            unit.prompt = value
            unit.parent = value
            unit.line = value
            unit.id = value
            XCTAssertEqual([unit.prompt, unit.parent, unit.line, unit.id], [value, value, value, value])
        }
        unit.prompt = nil
        unit.parent = nil
        XCTAssertNil(unit.prompt)
        XCTAssertNil(unit.parent)
        XCTAssertEqual(unit.line, Int(Int32.max))
        XCTAssertLessThanOrEqual(MemoryLayout<InnspillCore.Unit>.stride, 136)
    }

    func testChangingASegmentLeavesItsPostAsItWas() {
        let post = post()
        var segment = InnspillCore.Unit(segmentOf: post, text: post.textSlice.dropFirst(3))
        segment.group = "Gruppe 3"
        segment.extra["farge"] = "blå"
        segment.text = "Annen tekst"
        XCTAssertEqual(post.group, "Gruppe 2")
        XCTAssertEqual(post.extra, ["farge": "gul"])
        XCTAssertEqual(post.text, "1. Mer tid.\n2. Gratis plass.")
        XCTAssertEqual(segment.group, "Gruppe 3")
        XCTAssertEqual(segment.extra, ["farge": "blå"])
        XCTAssertEqual(segment.section, "Dialogtema 1", "what was not changed is still shared")
    }

    func testUnitsCompareByWhatTheyHoldNotByWhereItIs() {
        let a = post()
        var b = post()
        XCTAssertEqual(a, b, "two units built alike are equal though they hold different metadata objects")
        b.author = "Kari"
        XCTAssertNotEqual(a, b)
        b.author = nil
        XCTAssertEqual(a, b)
        var c = a
        c.text = "1. Mer tid.\n2. Gratis plass!"
        XCTAssertNotEqual(a, c)
    }

    /// The point of sharing: a unit is a fraction of what it was with every field its own (270 bytes).
    func testAUnitIsSmall() {
        XCTAssertLessThanOrEqual(MemoryLayout<InnspillCore.Unit>.stride, 176)
    }
}
