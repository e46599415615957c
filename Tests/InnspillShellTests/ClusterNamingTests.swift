import XCTest
@testable import InnspillShell

/// Which cluster a name saved with its words goes to when a session runs again on other data.
final class ClusterNamingTests: XCTestCase {
    func testASavedNameGoesToTheClusterWithItsWordsThatNoOtherNameHasTaken() {
        let words = [["x", "y"], ["a", "b"], ["a", "b", "c"]]
        XCTAssertEqual(NameCommand.cluster(named: ["a", "b"], asked: 0, words: words), 1, "the first of two sharing as many")
        XCTAssertEqual(NameCommand.cluster(named: ["a", "b"], asked: 2, words: words), 2, "the number asked, on a tie")
        XCTAssertEqual(NameCommand.cluster(named: ["a", "b"], asked: 0, words: words, taken: [1]), 2, "cluster 2 is taken")
        XCTAssertEqual(NameCommand.cluster(named: ["q"], asked: 0, words: words), 0, "none shares two: the number asked")
        XCTAssertNil(NameCommand.cluster(named: ["a", "b"], asked: 1, words: [["x"], ["a", "b"], ["a"]], taken: [1]),
                     "the one with its words is taken and no other shares two")
    }
}
