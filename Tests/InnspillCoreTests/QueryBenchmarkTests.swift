import Foundation
import InnspillCore
import XCTest

/// Speed measurements, run on demand in a release build (they are not timed tests):
///
/// ```sh
/// python3 ../shared/tools/gen_corpus.py --posts 100000 --format jsonl > /tmp/posts100k.jsonl
/// INNSPILL_BENCH=/tmp/posts100k.jsonl swift test -c release --filter QueryBenchmarkTests
/// ```
final class QueryBenchmarkTests: XCTestCase {
    struct Post { var section: String; var subject: String; var body: String; var author: String; var created: String }

    func posts() throws -> [Post] {
        guard let path = ProcessInfo.processInfo.environment["INNSPILL_BENCH"] else {
            throw XCTSkip("set INNSPILL_BENCH to a gen_corpus.py --format jsonl file to run the benchmarks")
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: String]
            return Post(section: o["section"]!, subject: o["subject"]!, body: o["body"]!, author: o["author"]!, created: o["created"]!)
        }
    }

    /// Best of `repeats` runs; prints wall time and this thread's CPU time (the box is shared,
    /// so CPU time is the steadier figure).
    func time(_ label: String, repeats: Int = 3, _ body: () throws -> Int) rethrows -> (ms: Double, result: Int) {
        func cpu() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
        }
        var best = Double.infinity, bestCPU = Double.infinity
        var result = 0
        for _ in 0..<repeats {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let c0 = cpu()
            result = try body()
            bestCPU = min(bestCPU, cpu() - c0)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
        }
        print(String(format: "bench %@: %.1f ms wall, %.1f ms cpu (result %d)", label, best, bestCPU, result))
        return (bestCPU, result)
    }

    func testRegexEngines() throws {
        let bodies = try posts().map(\.body)
        let bytes = bodies.reduce(0) { $0 + $1.utf8.count }
        print("bench texts: \(bodies.count), \(bytes / 1_000_000) MB")
        let pattern = "økonomi|finans"
        let pcre = try PatternMatcher(pattern: pattern, flags: "i")
        let p = time("PCRE2 JIT") { bodies.reduce(0) { $0 + (pcre.matches($1) ? 1 : 0) } }
        let ns = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let n = time("NSRegularExpression") {
            bodies.reduce(0) { acc, s in
                acc + (ns.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil ? 1 : 0)
            }
        }
        let swiftRegex = try Regex(pattern).ignoresCase()
        let s = time("Swift Regex", repeats: 1) { bodies.reduce(0) { $0 + ($1.contains(swiftRegex) ? 1 : 0) } }
        XCTAssertEqual(p.result, n.result)
        XCTAssertEqual(p.result, s.result)
        // \w with Norwegian letters, case-insensitive Unicode.
        let word = try PatternMatcher(pattern: #"\bø\w+"#, flags: "i")
        let nsWord = try NSRegularExpression(pattern: #"\bø\w+"#, options: [.caseInsensitive])
        let a = time("PCRE2 JIT \\bø\\w+") { bodies.reduce(0) { $0 + (word.matches($1) ? 1 : 0) } }
        let b = time("NSRegularExpression \\bø\\w+") {
            bodies.reduce(0) { acc, s in acc + (nsWord.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil ? 1 : 0) }
        }
        XCTAssertEqual(a.result, b.result)
        let sub = PatternMatcher(substring: "Kulturskole")
        _ = time("PCRE2 substring") { bodies.reduce(0) { $0 + (sub.matches($1) ? 1 : 0) } }
        _ = time("String.localizedCaseInsensitiveContains", repeats: 1) {
            bodies.reduce(0) { $0 + ($1.localizedCaseInsensitiveContains("Kulturskole") ? 1 : 0) }
        }
        let registry = FieldRegistry()
        let units: [InnspillCore.Unit] = bodies.enumerated().map { InnspillCore.Unit(kind: .post, text: $1, line: $0 + 1) }
        let filter = try Filter(#"text ~ /økonomi|finans/i"#, fields: registry)
        _ = time("filter text ~ /økonomi|finans/i") { filter.select(units).count }
    }

    /// 1,000,000 units with their own strings (10 copies of the posts), like a loaded corpus.
    func million() throws -> [InnspillCore.Unit] {
        let posts = try posts()
        var units: [InnspillCore.Unit] = []
        units.reserveCapacity(1_000_000)
        func fresh(_ s: String) -> String { String(decoding: Array(s.utf8), as: UTF8.self) }
        var id = 0
        while units.count < 1_000_000 {
            for p in posts where units.count < 1_000_000 {
                id += 1
                var u = InnspillCore.Unit(kind: .post, text: fresh(p.body), line: id)
                u.id = id
                u.corpus = "big"
                u.section = fresh(p.section)
                let parts = p.subject.split(separator: ":", maxSplits: 1)
                u.group = fresh(String(parts[0]))
                u.municipalities = parts.count > 1 ? parts[1].split(separator: ",").map { fresh($0.trimmingCharacters(in: .whitespaces)) } : []
                u.author = fresh(p.author)
                u.posted = ISODate.parse(p.created)
                units.append(u)
            }
        }
        return units
    }

    func testFilterThenGroupOnAMillionUnits() throws {
        let units = try million()
        let registry = FieldRegistry()
        let all = Array(units.indices)
        let cold = QueryContext(cache: QueryCache())
        _ = time("cold: filter + group by municipality with a fresh cache (1M)", repeats: 1) {
            let s = try! Filter(#"section = "Dialogtema 1""#, fields: registry, context: cold).select(units, indices: all)
            return try! Grouping.groupBy(["municipality"], units: units, indices: s, fields: registry, context: cold).rows.count
        }
        _ = time("uncached: filter + group by municipality (1M)", repeats: 1) {
            let plain = QueryContext(cache: nil)
            let s = try! Filter(#"section = "Dialogtema 1""#, fields: registry, context: plain).select(units, indices: all)
            return try! Grouping.groupBy(["municipality"], units: units, indices: s, fields: registry, context: plain).rows.count
        }
        for field in ["section", "group", "municipalities", "words", "text"] {
            _ = time("QueryCache.prepare \(field) (1M)", repeats: 1) { QueryCache().prepare(units, fields: [field]); return 0 }
        }
        _ = time("QueryCache.prepare default fields, concurrent (1M)", repeats: 1) { QueryCache().prepare(units); return 0 }
        let filter = try Filter(#"section = "Dialogtema 1""#, fields: registry)
        var selection: [Int] = []
        let f = time("filter section = \"Dialogtema 1\" (1M)") { selection = filter.select(units, indices: all); return selection.count }
        var table = Table(title: "", columns: [])
        let g = time("group by municipality (\(selection.count) units)") {
            table = try! Grouping.groupBy(["municipality"], units: units, indices: selection, fields: registry)
            return table.rows.count
        }
        print(String(format: "bench filter + group: %.1f ms", f.ms + g.ms))
        print(TableExport.markdown(table.top(5)))
        _ = time("words uncached (1M)", repeats: 1) {
            try! Filter("words > 40", fields: registry, context: QueryContext(cache: nil)).select(units, indices: all).count
        }
        let w = try Filter("words > 40 and posted >= 2023-02-10", fields: registry)
        _ = time("filter words > 40 and posted >= 2023-02-10 (1M, best of cold and warm)", repeats: 2) { w.select(units, indices: all).count }
        let m = try Filter("municipality in (Bodø, Tromsø, Ålesund)", fields: registry)
        _ = time("filter municipality in (Bodø, Tromsø, Ålesund) (1M)") { m.select(units, indices: all).count }
        _ = time("group by section, municipality (1M)") {
            try! Grouping.groupBy(["section", "municipality"], units: units, indices: all, fields: registry).rows.count
        }
        let h = try Filter("has kulturskolen", fields: registry)
        _ = time("filter has kulturskolen (1M, best of cold and warm)", repeats: 2) { h.select(units, indices: all).count }
    }
}
