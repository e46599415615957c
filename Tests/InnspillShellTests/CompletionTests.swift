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
}
