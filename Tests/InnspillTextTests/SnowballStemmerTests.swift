import Foundation
import XCTest
@testable import InnspillText

final class SnowballStemmerTests: XCTestCase {
    /// All 20,628 pairs of Snowball's Norwegian test vocabulary (Debian snowball-data).
    func testReproducesSnowballVocabulary() throws {
        let dir = "/usr/share/snowball/data/norwegian"
        guard let voc = try? String(contentsOfFile: dir + "/voc.txt", encoding: .utf8),
              let out = try? String(contentsOfFile: dir + "/output.txt", encoding: .utf8) else {
            throw XCTSkip("needs \(dir)/voc.txt and output.txt; install them with: apt-get install snowball-data")
        }
        let words = voc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        let stems = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        XCTAssertEqual(words.count, 20_628)
        XCTAssertEqual(stems.count, words.count)
        let stemmer = SnowballStemmer.norwegian
        var failures: [String] = []
        for (w, expected) in zip(words, stems) {
            let got = stemmer.stem(w)
            if got != expected { failures.append("\(w) -> \(got), expected \(expected)") }
        }
        XCTAssertEqual(failures.count, 0, "first failures: \(failures.prefix(10))")
    }

    func testKnownStems() {
        let s = SnowballStemmer.norwegian
        XCTAssertEqual(s.stem("elevene"), s.stem("elevane"))
        XCTAssertEqual(s.stem("kulturskolene"), "kulturskol")
        XCTAssertEqual(s.stem(""), "")
    }

    func testConcurrentStemmingIsConsistent() {
        let words = ["kulturskolen", "elevene", "samarbeid", "prosjektet", "kommunene", "lærerne"]
        let expected = words.map { SnowballStemmer.norwegian.uncachedStem($0) }
        let stemmer = SnowballStemmer(language: "norwegian", pool: 2)!
        let box = ResultBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            box.set(i, words.map { stemmer.stem($0) } == expected)
        }
        XCTAssertTrue(box.all)
    }
}

final class ResultBox: @unchecked Sendable {
    private var values: [Bool]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: false, count: count) }
    func set(_ i: Int, _ v: Bool) { lock.lock(); values[i] = v; lock.unlock() }
    var all: Bool { values.allSatisfy { $0 } }
}
