import XCTest
@testable import InnspillCore
@testable import InnspillShell

/// Tab completion of field names, without a terminal.
final class CompletionTests: XCTestCase {
    private let completion = Completion(context: CommandContext(baseDirectory: "/"), plugins: ["bar"])

    func testAFieldsNorwegianNameCompletesWhenNoFieldNameFits() {
        XCTAssertEqual(completion.candidates(forLineBeforeCursor: "group by kom").1, ["kommune", "kommuner"])
        XCTAssertEqual(completion.candidates(forLineBeforeCursor: "group by fyl").1, ["fylke"])
        XCTAssertEqual(completion.candidates(forLineBeforeCursor: "group by mun").1, ["municipalities"],
                       "a field's own name is offered, not its aliases beside it")
        XCTAssertFalse(completion.candidates(forLineBeforeCursor: "group by ").1.contains("kommune"),
                       "with nothing typed, the list is the fields' own names")
    }

    /// `sort`'s words come after `sort` only: "group by coun" is a field, not the sort order "count".
    func testAKeywordsWordsComeOnlyAfterIt() {
        XCTAssertEqual(completion.candidates(forLineBeforeCursor: "group by coun").1, ["counties"])
        XCTAssertEqual(completion.candidates(forLineBeforeCursor: "group by county sort ").1, ["count", "name"])
        XCTAssertEqual(completion.candidates(forLineBeforeCursor: "group by county sort n").1, ["name"])
    }
}

/// Tab completion of paths: a name with a space or æøå comes back quoted, so the command line reads it whole.
final class PathCompletionTests: XCTestCase {
    func testAPathWithASpaceIsQuoted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-complete-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Mine filer"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("Mine filer/svar på spørsmål.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("ørsta.txt"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let completion = Completion(context: CommandContext(baseDirectory: folder.path), plugins: [])
        XCTAssertEqual(completion.candidates(forLineBeforeCursor: "load Mi").1, ["\"Mine filer/"], "a folder's quote stays open")
        XCTAssertEqual(completion.candidates(forLineBeforeCursor: "load \"Mine filer/sv").1, ["\"Mine filer/svar på spørsmål.txt\""])
        XCTAssertEqual(completion.candidates(forLineBeforeCursor: "load ør").1, ["ørsta.txt"], "no quotes where none are needed")
    }
}
