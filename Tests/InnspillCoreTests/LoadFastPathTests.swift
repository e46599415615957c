import XCTest
@testable import InnspillCore

/// The byte-level shortcuts of the load give the answers of the String and Character code they
/// stand in for, also on the inputs where bytes and Characters differ: combining marks after a
/// digit, a separator or a prefix, decomposed "å", the Kelvin sign (which lower-cases to "k") and
/// dotted capital I (which lower-cases to two scalars).
final class LoadFastPathTests: XCTestCase {
    /// Texts where bytes and Characters part ways, and ordinary ones.
    static let tricky: [String] = [
        "", " ", "a", "1", "12", "123", "1.", "1. ", "1. Hva?", "12. Hva kan vi?", "123. Nei", "1) Svar", "2 På kva?",
        "2 Hva skjer?", "2 hva skjer?", "1.\u{301} Hva?", "1\u{301}. Hva?", "1. \u{301}Hva?", "1 \u{301}Hva?", "1 H\u{301}va?",
        "12\u{301}3. x", "1.\tx", "1.\u{A0}x", "9. x?", "3 Å?", "3 Ål er fisk?", "1. På\u{30A}", "10) Slutt.",
        "Svar fra Rom 8", "SVAR FRA Rom 8", "svar fra\u{301} x", "Svar fra\u{301}", "\u{212A}ommune", "Nr. 3", "NR 3", "nr\u{301} 3",
        "İnr", "pa ma ogsa", "PA MA OGSA", "på også må", "pa\u{30A} spørsmål spa\u{30A}", "SPØRSMÅL spørsmål", "gkonomi økonomi",
        "sp\u{F8}rsma\u{30A}l", "\u{212A}S", "a \n b", "a\nb", "a\r\nb", "a\n\nb", " a", "a ", "a\u{A0}\nb", "a\n\u{3000}b",
        "\na", "a\n", "å\nø", "x\u{2029}", "\u{85}a", "Gruppe 5: Gloppen, Tromsø, Gjesdal", "Askøy-Øygarden", "İstanbul",
    ]

    /// `SourceLine.split` on bytes gives the lines the Character code it replaced gave: trailing `\r`,
    /// spaces, tabs and no-break spaces dropped, form feeds made lines of their own, and a space that a
    /// prepended mark joins into one Character (U+0600 before it) kept.
    func testSplittingLinesOnBytesGivesTheLinesOfTheCharacterSplit() {
        func reference(_ text: String) -> [SourceLine] {
            var lines: [SourceLine] = []
            var number = 0
            for raw in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                number += 1
                var line = Substring(raw)
                while let last = line.last, last == "\r" || last == " " || last == "\t" || last == "\u{A0}" { line.removeLast() }
                if line.utf8.contains(0x0C) {
                    for (i, part) in line.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
                        if i > 0 { lines.append(SourceLine(number: number, text: "\u{0C}")) }
                        if !part.isEmpty { lines.append(SourceLine(number: number, text: part)) }
                    }
                } else {
                    lines.append(SourceLine(number: number, text: line))
                }
            }
            return lines
        }
        let ends = ["", " ", "\r", " \r", "\t \u{A0}", "\u{A0}\u{A0}", "\u{0600} ", "\u{0600}\u{A0}\r", "e\u{301} ", "\u{0C}", "\u{0C} ", " \u{0C}\u{0C}x "]
        var texts = LoadFastPathTests.tricky
        for a in ends { for b in ends { texts.append("Gruppe 2\(a)\nØkonomi\(b)\n\(b)å\(a)") } }
        texts += ["\n", "\n\n", "\r\n", "x\r", String(repeating: "lang linje ", count: 5000) + "\u{A0}"]
        for text in texts {
            XCTAssertEqual(SourceLine.split(text), reference(text), text.debugDescription)
        }
    }

    func testMarkerCountsMatchTheStringLookUp() {
        func reference(_ text: String) -> (Int, Int) {
            var damaged = 0, correct = 0
            let bytes = Array(text.utf8)
            var i = 0
            while i < bytes.count {
                var j = i
                while j < bytes.count, bytes[j] >= 0x80 || (bytes[j] | 0x20) >= 0x61 && (bytes[j] | 0x20) <= 0x7A { j += 1 }
                if j == i { i += 1; continue }
                if j - i <= 12 {
                    let w = String(decoding: bytes[i..<j].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
                    if TextRepairer.damagedMarkers.contains(w) { damaged += 1 } else if TextRepairer.correctMarkers.contains(w) { correct += 1 }
                }
                i = j
            }
            return (damaged, correct)
        }
        let markers = TextRepairer.damagedMarkers.union(TextRepairer.correctMarkers)
        let texts = LoadFastPathTests.tricky + markers.map { $0 } + markers.map { $0.uppercased() }
            + markers.map { $0.decomposedStringWithCanonicalMapping } + [markers.sorted().joined(separator: " ")]
        for text in texts {
            let (d, c) = TextRepairer.markerCounts(text), (rd, rc) = reference(text)
            XCTAssertTrue(d == rd && c == rc, "\(text.debugDescription): \((d, c)) against \((rd, rc))")
        }
        XCTAssertEqual(TextRepairer.markerCounts("pa\u{30A}").1, 1, "a decomposed 'på' is the correct word")
    }

    /// A text of a megabyte or more is counted in pieces on all cores: cut where no word is, the pieces
    /// count what the whole does (here 2 MB of markers run together by non-ASCII letters and spaces).
    func testALargeTextCountedInPiecesCountsWhatTheWholeDoes() {
        let sample = "på også pa ogsa økonomi gkonomi spørsmål mé Tromsø—pa «må» ma\n"
        let (sampleDamaged, sampleCorrect) = TextRepairer.markerCounts(sample)
        let copies = (2 << 20) / sample.utf8.count + 1
        let large = String(repeating: sample, count: copies)
        XCTAssertGreaterThan(large.utf8.count, 2 << 20)
        let (damaged, correct) = TextRepairer.markerCounts(large)
        XCTAssertEqual(damaged, sampleDamaged * copies)
        XCTAssertEqual(correct, sampleCorrect * copies)
        // One long word across every cut: still one word (too long to be a marker), not pieces that are.
        let oneWord = String(repeating: "på", count: 1 << 20)
        XCTAssertEqual(TextRepairer.markerCounts(oneWord + " pa").0, 1)
        XCTAssertEqual(TextRepairer.markerCounts(oneWord + " pa").1, 0)
    }

    func testNumberedLinesOnBytesMatchTheCharacters() {
        for text in LoadFastPathTests.tricky where text.first?.isASCIIDigit == true || text.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true {
            let t = Substring(text)
            let expected = Segmenter.numbered(t)
            guard let onBytes = Segmenter.numberedOnBytes(t) else { continue }  // left to the Characters
            XCTAssertEqual(onBytes?.number, expected?.number, text.debugDescription)
            XCTAssertEqual(onBytes?.question, expected?.question, text.debugDescription)
            XCTAssertEqual(onBytes?.rest, expected?.rest, text.debugDescription)
            XCTAssertEqual(onBytes == nil, expected == nil, text.debugDescription)
        }
        XCTAssertEqual(Segmenter.marker("12. Hva kan vi?")?.question, "Hva kan vi?")
        XCTAssertNil(Segmenter.marker("1\u{301}. Hva?"), "a digit with a mark is no digit")
    }

    func testLowercasedPrefixMatchesLowercasing() {
        for text in LoadFastPathTests.tricky {
            for prefix in ["svar fra ", "nr", "k", "i", "gruppeoppgave", "korleis svarar vi"] {
                XCTAssertEqual(PadletLines.lowercasedHasPrefix(Substring(text), prefix), text.lowercased().hasPrefix(prefix),
                               "\(text.debugDescription) \(prefix)")
            }
        }
    }

    func testWordLowerCaseMatchesLowercasing() {
        for text in LoadFastPathTests.tricky {
            XCTAssertEqual(Gazetteer.Word.lowercased(Substring(text)), text.lowercased(), text.debugDescription)
            for word in Gazetteer.words(in: text) { XCTAssertEqual(word.lower, word.text.lowercased()) }
        }
    }

    func testTidyingIsSkippedOnlyWhenItChangesNothing() {
        func tidied(_ text: String) -> String {
            String(text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
                .joined(separator: "\n").trimmingWhitespace)
        }
        for text in LoadFastPathTests.tricky + ["for & skape\nnoe", "for & skape \nnoe", "a\n\u{2003}b", "Så\nbra"] {
            if !HTMLText.needsTidying(text) { XCTAssertEqual(tidied(text), text, text.debugDescription) }
            XCTAssertEqual(HTMLText.plain(text + " &"), tidied(text + " &"), "with a bare '&': \(text.debugDescription)")
        }
    }

    func testByteScreensOfTheGazetteerRuleOutOnlyWordsThatCannotMatch() {
        let g = Gazetteer.standard
        var texts = LoadFastPathTests.tricky
        texts += g.municipalities.map(\.name) + g.municipalities.map { $0.name + "s" } + g.counties
        texts += ["As Ås Bø Nes Vi Det Hva Og Oslos Osloo Viken Aust-Agder Møre Troms Romsa Finnmárku A B"]
        for text in texts {
            let words = Gazetteer.words(in: text)
            for (i, word) in words.enumerated() {
                let lower = word.text.lowercased()
                if !g.mayBeAFirstWord(words.spans[i]) {
                    XCTAssertFalse(g.startsAKey(lower), word.text.debugDescription)
                    XCTAssertFalse(lower.hasSuffix("s") && g.startsAKey(String(lower.dropLast())), word.text.debugDescription)
                }
                if !g.mayStartACountyName(words.spans[i]) { XCTAssertFalse(g.startsACountyName(lower), word.text.debugDescription) }
            }
        }
    }

    func testQuestionBoxTitlesStillFoundInAnyCase() {
        for title in ["Spørsmål til gruppene", "SPØRSMÅL TIL GRUPPENE", "Gruppeoppgaver", "GRUPPEOPPGAVE 2", "Hvordan svarer vi?",
                      "KORLEIS SVARAR VI", "Dialogspørsmål, i dialogøkt 2", "Dialogsporsmal 2"] {
            XCTAssertTrue(PadletTextReader.isPromptBoxTitle(Substring(title)), title)
        }
        for title in ["Gruppe 5: Gloppen, Tromsø, Gjesdal", "Svar fra Rom 8", ""] {
            XCTAssertFalse(PadletTextReader.isPromptBoxTitle(Substring(title)), title)
        }
    }

    func testGroupHeadersReadTwiceAreTheSame() {
        let reader = PadletTextReader(places: GazetteerPlaces.shared)
        for line in ["Gruppe 5: Gloppen, Tromsø, Gjesdal", "Svar fra Rom 8", "16 Orkland, Osterøy", "Hva gjør vi nå?", "NMF"] {
            for strict in [true, false] {
                let first = reader.groupHeader(Substring(line), strict: strict)
                let again = reader.groupHeader(Substring(line), strict: strict)
                let fresh = PadletTextReader(places: GazetteerPlaces.shared).groupHeader(Substring(line), strict: strict)
                for header in [again, fresh] {
                    XCTAssertEqual(header?.group, first?.group, line)
                    XCTAssertEqual(header?.label, first?.label, line)
                    XCTAssertEqual(header?.municipalities, first?.municipalities, line)
                    XCTAssertEqual(header?.section, first?.section, line)
                    XCTAssertEqual(header?.organisationsOnly, first?.organisationsOnly, line)
                }
            }
        }
        XCTAssertEqual(reader.groupHeader("Gruppe 5: Gloppen, Tromsø, Gjesdal", strict: false)?.municipalities, ["Gloppen", "Tromsø", "Gjesdal"])
    }
}
