import ChartKit
import InnspillCore
import XCTest
@testable import InnspillShell

/// Each command declares the `key=value` options it takes, and the shell refuses any other
/// before the command runs (issue 9: a mistaken command changes nothing, on disk or in the state).
final class OptionCheckTests: XCTestCase {
    /// A chart plugin of this test's own, so the chart command has options to check.
    private struct DotsChart: ChartPlugin {
        static let id = "dots"
        static let summary = "Dots"
        static let shapes: [ChartShape] = [.categoryCounts]
        static let options = [ChartOptionInfo("radius", default: "3", help: "dot radius")]
        func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String { "" }
        func draw(_ spec: ChartSpec) throws -> SVGDocument { throw ChartError(.io, "not drawn in tests") }
    }

    private var savedCharts = ChartRegistry([])

    override func setUp() {
        savedCharts = ChartPlugins.registry
        ChartPlugins.registry = ChartRegistry([DotsChart.self])
    }

    override func tearDown() { ChartPlugins.registry = savedCharts }

    private func refusal(_ line: String, file: StaticString = #filePath, line number: UInt = #line) -> InnspillError? {
        do {
            _ = try CommandRegistry.prepare(line)
            XCTFail("'\(line)' was accepted", file: file, line: number)
            return nil
        } catch {
            return error as? InnspillError
        }
    }

    func testAnUnknownOptionIsRefusedWithTheOptionsTheCommandTakesAndItsColumn() throws {
        let error = try XCTUnwrap(refusal("export units out.csv foo=1"))
        XCTAssertEqual(error.message, "unknown option 'foo='")
        XCTAssertEqual(error.hint, "export takes fields= sep= lang=")
        XCTAssertEqual(error.location, .column(21), "the caret goes under the key")
    }

    /// Another tool's name for a command points at the one that does it here (ux26: "code" suggested ".mode",
    /// "SELECT" suggested "set", "concordance" only ".help").
    func testAnotherToolsNameForACommandPointsAtOurs() throws {
        XCTAssertEqual(try XCTUnwrap(refusal("concordance samarbeid")).hint, "here that is kwic (.help kwic)")
        XCTAssertEqual(try XCTUnwrap(refusal("SELECT * FROM units")).hint, "here that is filter (.help filter)")
        XCTAssertEqual(try XCTUnwrap(refusal("crosstab tags county")).hint, "here that is group by A, B (.help group)")
        XCTAssertEqual(try XCTUnwrap(refusal("gruop by section")).hint, "did you mean 'group'?")
        for (_, ours) in CommandRegistry.otherToolsNames {
            XCTAssertNotNil(CommandRegistry.command(named: String(ours.split(separator: " ")[0])), ours)
        }
        for other in CommandRegistry.otherToolsNames.keys { XCTAssertNil(CommandRegistry.command(named: other), "\(other) is ours") }
    }

    func testACommandWithoutOptionsSaysSo() throws {
        let error = try XCTUnwrap(refusal(".save work.innspill foo=1"))
        XCTAssertEqual(error.message, "unknown option 'foo='")
        XCTAssertEqual(error.hint, ".save takes no key=value options")
        XCTAssertEqual(error.location, .column(20))
    }

    func testTheFirstUnknownOptionByColumnIsNamed() throws {
        let error = try XCTUnwrap(refusal("cluster zeta=1 k=3 alpha=2"))
        XCTAssertEqual(error.message, "unknown option 'zeta='")
        XCTAssertEqual(error.location, .column(8))
    }

    func testDeclaredOptionsPass() throws {
        for line in ["cluster k=3 seed=2 method=kmeans", "load a.csv format=csv text=body group=gruppe", "freq top 5 min 2", "cluster min=3",
                     "export out.csv fields=id,text sep=;", "split 1 parts=3", "count"] {
            XCTAssertNoThrow(try CommandRegistry.prepare(line), line)
        }
    }

    func testAChartTakesItsPluginsOptionsAndTheTextsOfEveryChart() throws {
        XCTAssertNoThrow(try CommandRegistry.prepare(#"chart dots radius=5 top=3 title="Tema" lang=en to a.svg"#))
        let error = try XCTUnwrap(refusal("chart dots size=wide orientation=vertical to a.svg"))
        XCTAssertEqual(error.message, "unknown option 'orientation='")
        XCTAssertEqual(error.hint, "chart dots takes title= subtitle= source= lang= top= sort= size= theme= radius= value= none=")
        XCTAssertEqual(error.location, .column(21))
    }

    func testTheCommandAfterOfIsCheckedAsItsOwn() throws {
        XCTAssertNoThrow(try CommandRegistry.prepare("chart dots radius=2 of freq top 10 min 2"))
        let inner = try XCTUnwrap(refusal("chart dots of group by section nonsense=1"))
        XCTAssertEqual(inner.message, "unknown option 'nonsense='")
        XCTAssertEqual(inner.hint, "group takes no key=value options")
        XCTAssertEqual(inner.location, .column(31))
        // `min=` is no option of the chart's, whatever follows 'of'.
        let own = try XCTUnwrap(refusal("chart dots min=2 of freq top 10 min 2"))
        XCTAssertEqual(own.message, "unknown option 'min='")
    }

    /// A keyword written as an option ("min=5" where the command takes "min 5") is refused with the form it takes.
    func testAKeywordWrittenAsAnOptionIsShownItsForm() throws {
        let error = try XCTUnwrap(refusal("ngrams 2 min=5"))
        XCTAssertEqual(error.message, "unknown option 'min='")
        XCTAssertEqual(error.hint, "write 'min 5': ngrams takes min before its value, as in 'top 10'")
        XCTAssertEqual(try XCTUnwrap(refusal("freq top=5")).hint, "write 'top 5': freq takes top before its value, as in 'top 10'")
    }

    /// Checking the command after `of` must not recurse into `chart of chart of ...` (a stack overflow the fuzzing found once).
    func testAChartAfterOfIsRefusedWhileCheckingWithoutRecursing() throws {
        let line = String(repeating: "chart dots of ", count: 20_000) + "group by section"
        let error = try XCTUnwrap(refusal(line))
        XCTAssertEqual(error.message, "chart ... of takes a command that makes a table, not another chart")
        XCTAssertEqual(error.location, .column(14))
    }

    func testAnUnknownPluginIsLeftForTheChartToReport() {
        XCTAssertNoThrow(try CommandRegistry.prepare("chart pie foo=1"), "the chart names the closest plugin when it runs")
    }

    func testExpressionsKeepTheirKeyValueWords() throws {
        XCTAssertNoThrow(try CommandRegistry.prepare("filter words=20 and group=3"))
        XCTAssertNoThrow(try CommandRegistry.prepare("tag where section=x sitat"))
        XCTAssertNoThrow(try CommandRegistry.prepare(#"kwic /laget rundt=\w+/i width 30"#))
        XCTAssertEqual(try XCTUnwrap(refusal("tag 3 4 sitat colour=red")).message, "unknown option 'colour='")
        XCTAssertEqual(try XCTUnwrap(refusal(#"kwic /laget/ width=30"#)).message, "unknown option 'width='")
    }

    /// A command that offers `key=` in tab completion must take it: the list it checks is the one it reads.
    func testEveryOptionOfferedByCompletionIsDeclared() {
        for command in CommandRegistry.all where command.name != ChartCommand.name {
            for case .words(let words) in command.completion {
                for word in words where word.hasSuffix("=") {
                    XCTAssertTrue(command.options.contains(String(word.dropLast())), "\(command.name) offers \(word) but does not take it")
                }
            }
        }
    }

    func testEveryExampleHasOnlyOptionsItsCommandTakes() {
        for command in CommandRegistry.all {
            XCTAssertNoThrow(try CommandRegistry.prepare(command.example), command.example)
        }
    }
}
