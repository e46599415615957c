import InnspillTestSupport
import Foundation
import InnspillText
import XCTest

/// A simple analyzer for tests: lower-cased letter runs without Norwegian stop words
/// (optionally Snowball-stemmed). The shell uses the text engine's TermAnalyzer.
enum TestAnalyzer {
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count > 1 {
                let w = String(current)
                if !NorwegianStopwords.all.contains(w) { out.append(w) }
            }
            current.removeAll()
        }
        for s in text.lowercased().unicodeScalars {
            if s.properties.isAlphabetic { current.append(s) } else { flush() }
        }
        flush()
        return out
    }

    static func stems(_ text: String) -> [String] {
        words(text).map { SnowballStemmer.norwegian.stem($0) }
    }
}

/// SIB-200 sentences: train + dev + test of one standard.
struct SIBSet {
    var ids: [String] = []
    var categories: [String] = []
    var texts: [String] = []

    static func load(_ standard: String) throws -> SIBSet {
        var set = SIBSet()
        for split in ["train", "dev", "test"] {
            let url = try SharedData.file("eval/sib200/\(standard)/\(split).tsv")
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
            for line in lines.dropFirst() {
                let cols = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard cols.count == 3 else { continue }
                set.ids.append(String(cols[0]))
                set.categories.append(String(cols[1]))
                set.texts.append(String(cols[2]))
            }
        }
        return set
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
