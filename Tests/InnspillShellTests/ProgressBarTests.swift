@testable import InnspillShell
import InnspillText
import XCTest

/// The progress bar of long commands: silent at first, throttled, with an estimate of
/// the time left, wiped before the command's output.
final class ProgressBarTests: XCTestCase {
    /// A bar on a fake clock (seconds), writing into `output`.
    final class Fixture: @unchecked Sendable {
        var now = 0.0
        var output: [String] = []
        lazy var bar = ProgressBar(width: 60, clock: { UInt64(self.now * 1e9) }, write: { self.output.append($0) })
        func at(_ t: Double, _ step: String, _ done: Int, _ total: Int) {
            now = t
            bar.update(ProgressUpdate(step: step, done: done, total: total))
        }
    }

    func testNothingIsDrawnForQuickWork() {
        let f = Fixture()
        _ = f.bar
        f.at(0.1, "k-means", 1, 10)
        f.at(0.4, "k-means", 10, 10)
        f.bar.finish()
        XCTAssertEqual(f.output, [], "under half a second: no bar, and nothing to wipe")
    }

    func testAfterHalfASecondTheBarShowsStepCountAndTimeLeft() throws {
        let f = Fixture()
        _ = f.bar
        f.at(0.2, "k-means", 0, 11)
        f.at(1.0, "k-means", 4, 11)
        let line = try XCTUnwrap(f.output.last)
        XCTAssertTrue(line.hasPrefix("\rk-means  █"), line)
        XCTAssertTrue(line.hasSuffix("  4/11  about 2 s left\u{1B}[K"), line) // 0.8 s for 4, so 1.4 s for 7 more
        XCTAssertEqual(line.count, 1 + 57 + 3, "one line, with room for a ^C echo: \(line)")
        // Updates closer together than a tenth of a second are not drawn, a new step is.
        f.at(1.05, "k-means", 5, 11)
        XCTAssertEqual(f.output.count, 1)
        f.at(1.07, "choosing k", 1, 11)
        XCTAssertEqual(f.output.count, 2)
        XCTAssertTrue(f.output[1].contains("choosing k"))
        XCTAssertFalse(f.output[1].contains("left"), "no estimate the moment a step starts")
        f.at(1.2, "choosing k", 11, 11)
        XCTAssertTrue(f.output[2].hasSuffix("  11/11\u{1B}[K"))
        f.bar.finish()
        XCTAssertEqual(f.output.last, "\r\u{1B}[K")
        f.at(2.0, "choosing k", 11, 11)
        XCTAssertEqual(f.output.last, "\r\u{1B}[K", "nothing after finish")
    }

    func testDurations() {
        XCTAssertEqual(ProgressBar.duration(0.2), "1 s")
        XCTAssertEqual(ProgressBar.duration(59.5), "1 min")
        XCTAssertEqual(ProgressBar.duration(125), "2 min 5 s")
    }
}
