import XCTest
@testable import InnspillShell

/// A `key=value` word no command part reads is an unknown option (issue 9): the shell
/// reports it instead of running the command as if it were not there.
final class UnreadOptionTests: XCTestCase {
    func testAnOptionNothingReadsIsUnread() throws {
        let args = try Arguments("by section nonsense=1 top=3", column: 6)
        _ = args.option("top")
        let unread = try XCTUnwrap(args.unreadOption)
        XCTAssertEqual(unread.key, "nonsense")
        XCTAssertEqual(unread.column, 17, "the column of the key")
    }

    func testReadingAnOptionInAnyWayMarksIt() throws {
        let read: [(Arguments) throws -> Void] = [
            { _ = $0.option("k") },
            { _ = try $0.intOption("k", range: 1...9) },
            { _ = try $0.choiceOption("k", ["3"]) },
            { _ = $0.optionKeys },
            { try $0.expectOptions(["k"]) },
        ]
        for (i, reading) in read.enumerated() {
            let args = try Arguments("k=3")
            try reading(args)
            XCTAssertNil(args.unreadOption, "way \(i)")
        }
    }

    func testCopiesShareWhatWasRead() throws {
        let args = try Arguments("x k=3")
        var copy = args
        _ = copy.next()
        _ = copy.option("k")
        XCTAssertNil(args.unreadOption, "a command reads its own copy; the shell checks the original")
    }

    func testACommandThatReadsTheRawTextTakesItAllAsItsOwn() throws {
        let args = try Arguments("words=20 and group=3")
        XCTAssertNotNil(args.unreadOption)
        XCTAssertEqual(args.raw, "words=20 and group=3")
        XCTAssertNil(args.unreadOption, "filter parses 'words=20' itself")
    }
}
