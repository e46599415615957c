import Foundation
import XCTest
@testable import InnspillCore

/// The workspace keeps every corpus's units once, in `units`, with workspace-wide ids.
final class WorkspaceTests: XCTestCase {
    /// A corpus of a post with one segment answering prompt 1.
    private func corpus(_ name: String, group: String? = nil) -> Corpus {
        var prompt = InnspillCore.Unit(kind: .prompt, text: "Hva er viktig?", line: 1)
        prompt.id = 1
        var post = InnspillCore.Unit(kind: .post, text: "1. Tid", line: 2)
        post.id = 2
        post.group = group
        var segment = InnspillCore.Unit(kind: .segment, text: "Tid", line: 2)
        segment.id = 3
        segment.group = group
        segment.parent = 2
        segment.prompt = 1
        return Corpus(name: name, title: nil, date: nil, sourcePath: "/tmp/\(name).txt", format: "padlet",
                      units: [prompt, post, segment], repairs: [Repair(unit: 2, line: 2, original: "Tld", repaired: "Tid", kind: .ocr)])
    }

    /// A filter that asks for a kind chooses among the units of that kind the selection stands for: all of a corpus
    /// whose posts are all selected, else the selected posts with their segments and the prompts those answer. (It chose
    /// among every unit loaded: `filter corpus = s2025` then `filter kind = prompt` gave the 2020 board's prompt too; and
    /// among every kind for `kind != slide`, which then selected posts with their own segments, counting each text twice.)
    func testTheUnitsOfTheKindsAskedForThatTheSelectionStandsFor() throws {
        var ws = Workspace()
        try ws.add(corpus("a"))
        try ws.add(corpus("b"))
        let all: Set<UnitKind> = [.post, .segment, .prompt]
        XCTAssertEqual(ws.unitsOfTheSelection(adding: all), Array(0...5), "everything selected: every unit")
        XCTAssertEqual(ws.unitsOfTheSelection(adding: [.prompt]), [0, 1, 3, 4], "the posts and every prompt")
        XCTAssertEqual(ws.unitsOfTheSelection(adding: []), [1, 4], "no kind asked for: the selection")
        ws.pushSelection([1])
        XCTAssertEqual(ws.unitsOfTheSelection(adding: all), [0, 1, 2], "corpus a's only post: every unit of a, none of b")

        var prompt = InnspillCore.Unit(kind: .prompt, text: "Hva er viktig?", line: 1)
        prompt.id = 1
        var units = [prompt]
        for (post, segment) in [(2, 3), (4, 5)] {
            var p = InnspillCore.Unit(kind: .post, text: "1. Tid", line: post)
            p.id = post
            var s = InnspillCore.Unit(kind: .segment, text: "Tid", line: post)
            (s.id, s.parent, s.prompt) = (segment, post, post == 2 ? 1 : nil)
            units += [p, s]
        }
        var two = Workspace()
        try two.add(Corpus(name: "c", title: nil, date: nil, sourcePath: "/tmp/c.txt", format: "padlet", units: units, repairs: []))
        two.pushSelection([1])
        XCTAssertEqual(two.unitsOfTheSelection(adding: all), [0, 1, 2], "the post, its segment and the prompt the segment answers")
        XCTAssertEqual(two.unitsOfTheSelection(adding: [.segment]), [1, 2])
        two.pushSelection([3])
        XCTAssertEqual(two.unitsOfTheSelection(adding: all), [3, 4])
    }

    func testAFilterAsksForTheKindsItNamesAndNotForThoseItLeavesOut() throws {
        let fields = FieldRegistry()
        XCTAssertEqual(try QueryParser.parse("kind in (post, prompt) and group = x", fields: fields).kindsAskedFor, ["post", "prompt"])
        XCTAssertEqual(try QueryParser.parse("kind = segment or kind = prompt", fields: fields).kindsAskedFor, ["segment", "prompt"])
        XCTAssertEqual(try QueryParser.parse("kind != slide", fields: fields).kindsAskedFor, [])
        XCTAssertEqual(try QueryParser.parse("not kind = slide", fields: fields).kindsAskedFor, [])
        XCTAssertEqual(try QueryParser.parse("not kind != prompt", fields: fields).kindsAskedFor, ["prompt"])
    }

    /// `rename` mends a name in every unit that has it, in any case, posts and their segments alike; others keep theirs.
    func testRenameChangesANameInEveryUnitThatHasItWithoutCase() throws {
        var ws = Workspace()
        try ws.add(corpus("a", group: "Gruppe nrvet-ikke"))
        try ws.add(corpus("b", group: "Gruppe 2"))
        XCTAssertEqual(ws.rename(.group, from: "GRUPPE NRVET-IKKE", to: "Gruppe ukjent"), [1, 2])
        XCTAssertEqual(ws.units.map(\.group), [nil, "Gruppe ukjent", "Gruppe ukjent", nil, "Gruppe 2", "Gruppe 2"])
        XCTAssertEqual(ws.rename(.group, from: "Gruppe 9", to: "x"), [], "no unit has it: nothing changes")
        XCTAssertEqual(ws.values(of: .group), ["Gruppe ukjent", "Gruppe 2"])
    }

    func testUnitsOfLaterCorporaGetWorkspaceIdsAndTheirCorpusName() throws {
        var ws = Workspace()
        try ws.add(corpus("a"))
        try ws.add(corpus("b"))
        XCTAssertEqual(ws.units.map(\.id), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(ws.units.map(\.corpus), ["a", "a", "a", "b", "b", "b"])
        XCTAssertEqual(ws.units[5].parent, 5)
        XCTAssertEqual(ws.units[5].prompt, 4)
        XCTAssertEqual(ws.corpora.map(\.unitCount), [3, 3])
        XCTAssertEqual(ws.corpora.map(\.postCount), [1, 1])
        XCTAssertEqual(ws.repairs.map(\.unit), [2, 5], "repairs carry workspace ids")
    }

    /// Loading selects everything; a narrower selection before the load is what `undo` goes back to. (It was
    /// dropped without a trace.)
    func testAddingACorpusKeepsANarrowedSelectionToGoBackTo() throws {
        var ws = Workspace()
        try ws.add(corpus("a"))
        XCTAssertTrue(ws.selectionStack.isEmpty, "an unnarrowed selection leaves nothing to undo")
        XCTAssertEqual(ws.selection, [1])
        ws.pushSelection([])
        ws.selectionName = "ingen"
        let stackBefore = ws.selectionStack.count
        try ws.add(corpus("b"))
        XCTAssertEqual(ws.selection, [1, 4])
        XCTAssertNil(ws.selectionName)
        XCTAssertEqual(ws.selectionStack.count, stackBefore + 1)
        XCTAssertEqual(ws.selectionStack.last, [])
    }

    /// A tag on a post holds for its segment and one on a segment for its post; prompts and other corpora's units keep
    /// their own. (A quote tagged in post mode was not found in segment mode, nor the other way round.)
    func testTagsAreCarriedBetweenAPostAndItsSegments() throws {
        var ws = Workspace()
        try ws.add(corpus("a"))
        try ws.add(corpus("b"))
        ws.tags = [2: ["sitat"], 6: ["feil"]]
        let carried = ws.carriedTags
        XCTAssertEqual(carried[3], ["sitat"], "the post's segment")
        XCTAssertEqual(carried[5], ["feil"], "the segment's post")
        XCTAssertEqual(carried[2], ["sitat"])
        XCTAssertNil(carried[1], "a prompt the segment answers is not tagged")
        XCTAssertNil(carried[4])
        XCTAssertEqual(ws.tags, [2: ["sitat"], 6: ["feil"]], "the tags given stay as they were")
    }

    func testRemovingACorpusRenumbersTheUnitsAfterIt() throws {
        var ws = Workspace()
        for name in ["a", "b", "c"] { try ws.add(corpus(name)) }
        ws.tags = [4: ["sitat"], 2: ["a"], 8: ["c"]]
        ws.savedSelections = ["bc": [4, 7], "b": [4]]
        ws.pushSelection([1, 7])
        XCTAssertEqual(try ws.remove(corpusNamed: "b"), 3..<6)
        XCTAssertEqual(ws.units.map(\.id), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(ws.units.map(\.corpus), ["a", "a", "a", "c", "c", "c"])
        XCTAssertEqual(ws.units[5].parent, 5)
        XCTAssertEqual(ws.units[5].prompt, 4)
        XCTAssertEqual(ws.corpora.map(\.name), ["a", "c"])
        XCTAssertEqual(ws.repairs.map(\.unit), [2, 5])
        XCTAssertEqual(ws.tags, [2: ["a"], 5: ["c"]], "b's tag goes with it; c's unit 8 is unit 5 now")
        XCTAssertEqual(ws.savedSelections, ["bc": [4], "b": []])
        XCTAssertEqual(ws.selection, [1, 4], "the selection keeps a's and c's posts")
        XCTAssertEqual(ws.selectionStack.last, [1, 4], "undo goes back to every post left")
        ws.pushSelection([4])
        ws.pushSelection([1])
        try ws.remove(corpusNamed: "c")
        XCTAssertEqual(ws.selectionStack, [[1], [1]], "a selection of c's units alone ([4]) is gone from undo, not left empty")
        XCTAssertThrowsError(try ws.remove(corpusNamed: "b"))
    }

    func testASecondCorpusWithTheSameNameIsRefusedAndChangesNothing() throws {
        var ws = Workspace()
        try ws.add(corpus("a"))
        XCTAssertThrowsError(try ws.add(corpus("a"))) { error in
            XCTAssertEqual((error as? InnspillError)?.message, "a corpus named 'a' is already loaded")
        }
        XCTAssertEqual(ws.units.count, 3)
        XCTAssertEqual(ws.corpora.count, 1)
    }

    /// `set unit` carries the selection, the named selections and the undo stack over: a post becomes its
    /// segments and a segment its post.
    func testChangingTheUnitCarriesEverySelectionOver() throws {
        var ws = Workspace()
        for name in ["a", "b"] { try ws.add(corpus(name)) }
        XCTAssertEqual(ws.selection, [1, 4], "the posts")
        ws.savedSelections["b"] = [4]
        ws.pushSelection([1])
        ws.changeUnit(to: .segment)
        XCTAssertEqual(ws.selection, [2], "post a's segment")
        XCTAssertEqual(ws.savedSelections["b"], [5])
        XCTAssertEqual(ws.selectionStack, [[2, 5]], "undo goes back to every segment")
        ws.changeUnit(to: .post)
        XCTAssertEqual(ws.selection, [1])
        XCTAssertEqual(ws.savedSelections["b"], [4])
        XCTAssertEqual(ws.selectionStack, [[1, 4]])
        ws.changeUnit(to: .post)
        XCTAssertEqual(ws.selection, [1], "no change when the unit is the same")
    }
}
