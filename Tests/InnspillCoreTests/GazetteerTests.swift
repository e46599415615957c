import InnspillTestSupport
import Foundation
import XCTest
@testable import InnspillCore

final class GazetteerTests: XCTestCase {
    let g = Gazetteer.standard

    /// Splits a CSV line with optional double quotes.
    static func fields(_ line: Substring) -> [String] {
        var out: [String] = [], cur = "", quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if c == ",", !quoted { out.append(cur); cur = "" } else { cur.append(c) }
        }
        out.append(cur)
        return out
    }

    func testAll357MunicipalitiesMatchKartverket() throws {
        let url = try SharedData.file("data/kommuner-2024.csv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        XCTAssertEqual(rows.count, 357)
        XCTAssertEqual(g.municipalities.count, 357)
        var seen: Set<String> = []
        for row in rows {
            let f = Self.fields(row)
            let (number, official, county) = (f[0], f[1], f[3])
            seen.insert(number)
            guard let m = g.municipality(number: number) else { XCTFail("missing \(number) \(official)"); continue }
            XCTAssertEqual(m.officialName, official, number)
            XCTAssertEqual(m.county, county, number)
            XCTAssertEqual(Set([m.name] + m.parallelNames), Set(official.components(separatedBy: " - ")), number)
            XCTAssertTrue(g.lookup(official).contains(m), "lookup(\(official))")
            for part in official.components(separatedBy: " - ") {
                XCTAssertTrue(g.lookup(part).contains(m), "lookup(\(part))")
                XCTAssertTrue(g.lookup(part.uppercased()).contains(m), "lookup(\(part.uppercased()))")
            }
        }
        XCTAssertEqual(Set(g.municipalities.map(\.number)), seen)
        XCTAssertEqual(Set(g.municipalities.map(\.county)).count, 15)
    }

    func testFormerNamesMatchHistory() throws {
        let url = try SharedData.file("data/kommuner-historical.csv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var checked = 0
        for row in rows {
            let f = Self.fields(row)
            let (oldName, code2024, name2024) = (f[2], f[4], f[5])
            let found = g.lookup(oldName)
            if code2024.isEmpty {
                // Divided between several: Snillfjord, Tysfjord... must still be known.
                XCTAssertFalse(found.isEmpty, "former \(oldName) (\(f[1])) split; unknown")
                continue
            }
            checked += 1
            XCTAssertTrue(found.contains { $0.number == code2024 },
                          "\(oldName) (\(f[1])) -> \(code2024) \(name2024); got \(found.map(\.number))")
        }
        XCTAssertGreaterThan(checked, 450)
    }

    func testReformExamples() {
        for old in ["Orkdal", "Meldal", "Agdenes"] { XCTAssertEqual(g.lookup(old).map(\.name), ["Orkland"], old) }
        for old in ["Fræna", "Eide", "Hustavika", "hustadvika"] { XCTAssertEqual(g.lookup(old).map(\.name), ["Hustadvika"], old) }
        XCTAssertEqual(g.lookup("Vannylven").map(\.name), ["Vanylven"])
        XCTAssertEqual(g.lookup("Nes i Viken").map(\.number), ["3228"])
        XCTAssertEqual(g.lookup("Nes (Akershus)").map(\.number), ["3228"])
        XCTAssertEqual(g.lookup("Nes").map(\.name), ["Nes", "Nesbyen"])
        XCTAssertEqual(g.lookup("Herøy").map(\.displayName), ["Herøy (Møre og Romsdal)", "Herøy (Nordland)"])
        XCTAssertEqual(g.lookup("Herøy (Nordland)").map(\.number), ["1818"])
        XCTAssertEqual(g.lookup("Våler i Hedmark").map(\.number), ["3419"])
        XCTAssertEqual(g.lookup("Våler (Østfold)").map(\.number), ["3114"])
        XCTAssertEqual(g.lookup("Bø").map(\.name), ["Bø", "Midt-Telemark"])
        XCTAssertEqual(g.lookup("Karasjok").first?.officialName, "Kárášjohka - Karasjok")
        XCTAssertEqual(g.lookup("Porsáŋgu").map(\.name), ["Porsanger"])
        XCTAssertEqual(g.lookup("Porsanki").map(\.name), ["Porsanger"])
        XCTAssertEqual(g.lookup("Baerum").map(\.name), ["Bærum"])
        XCTAssertEqual(g.lookup("Bodo").map(\.name), ["Bodø"])
        XCTAssertEqual(g.lookup("aurskog høland").map(\.name), ["Aurskog-Høland"])
        XCTAssertEqual(g.lookup("Førde").map(\.name), ["Sunnfjord"])
        XCTAssertEqual(g.lookup("Asker kommune").map(\.name), ["Asker"])
        XCTAssertEqual(g.lookup("Haram").map(\.name), ["Haram"])
        XCTAssertEqual(Set(g.lookup("Snillfjord").map(\.name)), ["Orkland", "Heim", "Hitra"])
        XCTAssertEqual(g.county(of: "Kárášjohka"), "Finnmark")
        XCTAssertEqual(g.county(of: "Lier"), "Buskerud")
        XCTAssertEqual(g.county(of: "Nes i Viken"), "Akershus")
        XCTAssertNil(g.county(of: "Herøy"))
        XCTAssertNil(g.county(of: "Atlantis"))
        XCTAssertEqual(g.counties(named: "Viken"), ["Østfold", "Akershus", "Buskerud"])
        XCTAssertTrue(g.lookup("Bergenx").isEmpty)
    }
}
