@testable import InnspillShell
import InnspillText
import XCTest

/// `.timer on`'s breakdown of a command into the steps it reported.
final class StepTimesTests: XCTestCase {
    /// Step times on a fake clock (seconds).
    final class Fixture: @unchecked Sendable {
        var now = 0.0
        lazy var steps = StepTimes(clock: { UInt64(self.now * 1e9) })
        func at(_ t: Double, _ step: String, _ done: Int = 0, _ total: Int = 1) {
            now = t
            steps.record(ProgressUpdate(step: step, done: done, total: total))
        }
    }

    func testACommandThatReportsNothingHasNoBreakdown() {
        XCTAssertNil(Fixture().steps.summary())
    }

    func testEachStepLastsUntilTheNextOneAndTheLastUntilTheEnd() {
        let f = Fixture()
        f.at(1.0, "analysing")
        f.at(1.2, "analysing", 1, 1)
        f.at(1.5, "vectorizing")
        f.at(2.0, "k-means", 3, 10)
        f.at(2.5, "k-means", 9, 10)
        f.now = 4.25
        XCTAssertEqual(f.steps.summary(), "analysing 0.500 s, vectorizing 0.500 s, k-means 2.250 s")
    }

    func testAStepThatComesBackAddsToItsFirstPlace() {
        let f = Fixture()
        f.at(0, "neighbour graph")
        f.at(1, "modularity")
        f.at(3, "neighbour graph")
        f.now = 3.5
        XCTAssertEqual(f.steps.summary(), "neighbour graph 1.500 s, modularity 2.000 s")
    }
}
