import InnspillTestSupport
import Foundation
import XCTest
@testable import InnspillCore

/// The byte scanner behind `Gazetteer.words(in:)`, checked against the scanner on Unicode scalars
/// it replaced (kept here as `referenceWords`) and against what a reader expects.
final class GazetteerWordsTests: XCTestCase {
    /// What the finders read of a word, comparable between the two scanners.
    struct Facts: Equatable, CustomStringConvertible {
        var text: String
        var start: Int, end: Int  // UTF-8 offsets
        var capitalised, allCaps, internalCapital, sentenceInitial: Bool
        var followedBy: Character?
        var firstTwo: UInt64

        var description: String {
            "\(text)@\(start)..<\(end) cap=\(capitalised) caps=\(allCaps) inner=\(internalCapital) "
                + "initial=\(sentenceInitial) next=\(followedBy.map { String($0).debugDescription } ?? "nil") first=\(String(firstTwo, radix: 16))"
        }
    }

    static func facts(_ text: String) -> [Facts] {
        Gazetteer.words(in: text).map { w in
            Facts(text: String(w.text), start: w.span.start, end: w.span.end, capitalised: w.capitalised, allCaps: w.allCaps,
                  internalCapital: w.internalCapital, sentenceInitial: w.sentenceInitial, followedBy: w.followedBy,
                  firstTwo: w.span.firstTwo)
        }
    }

    // MARK: - The scanner on Unicode scalars that the byte scanner replaced

    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII { return (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }
        let p = u.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark
    }

    static func isUpper(_ u: Unicode.Scalar) -> Bool {
        u.isASCII ? (u.value >= 0x41 && u.value <= 0x5A) : u.properties.isUppercase
    }

    static func referenceWords(_ text: String) -> [Facts] {
        var out: [Facts] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        let end = scalars.endIndex
        var boundary = true
        var lineStart = true
        var newlines = 0
        func offset(_ index: String.Index) -> Int { text.utf8.distance(from: text.utf8.startIndex, to: index) }
        while i < end {
            let c = scalars[i]
            if isWordScalar(c) {
                var j = scalars.index(after: i)
                var upper = isUpper(c) ? 1 : 0, lower = upper == 0 && c.properties.isLowercase ? 1 : 0
                var internalCap = false
                while j < end {
                    let d = scalars[j]
                    if isWordScalar(d) {
                        if isUpper(d) { upper += 1; internalCap = true } else if d.isASCII || d.properties.isLowercase { lower += 1 }
                        j = scalars.index(after: j)
                        continue
                    }
                    if d == "-" {
                        let k = scalars.index(after: j)
                        if k < end, isWordScalar(scalars[k]) { j = k; continue }
                    }
                    break
                }
                var next: Character?
                var k = j
                while k < end, scalars[k] == " " { k = scalars.index(after: k) }
                if k < end { next = Character(scalars[k]) }
                let second = scalars.index(after: i)
                out.append(Facts(text: String(text[i..<j]), start: offset(i), end: offset(j), capitalised: isUpper(c),
                                 allCaps: lower == 0 && upper > 1, internalCapital: internalCap && lower > 0,
                                 sentenceInitial: boundary, followedBy: next,
                                 firstTwo: UInt64(c.value) << 32 | UInt64(second < j ? scalars[second].value : 0)))
                boundary = false
                lineStart = false
                newlines = 0
                i = j
                continue
            }
            switch c {
            case ".", "!", "?", ":", ";", "•", "«", "»", "\"", "“", "”", "(", ")":
                boundary = true
            case "\n":
                newlines += 1
                lineStart = true
                if newlines >= 2 { boundary = true }
            case "-", "–", "—", "*", "¢", "·":
                if lineStart { boundary = true }
            case " ", "\t", "\r":
                break
            default:
                lineStart = false
            }
            i = scalars.index(after: i)
        }
        return out
    }

    func assertSameAsReference(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let new = Self.facts(text), old = Self.referenceWords(text)
        guard new != old else { return }
        let firstDifference = zip(new, old).first { $0 != $1 }.map { "\($0.0)\n  was \($0.1)" } ?? "\(new.count) words, was \(old.count)"
        XCTFail("words of \(text.prefix(80).debugDescription): \(firstDifference)", file: file, line: line)
    }

    // MARK: - Tests

    func testWhatAReaderExpects() {
        let words = Gazetteer.words(in: "Vi møtte Askøy-Øygarden. NMF og kulturskolen")
        XCTAssertEqual(words.map { String($0.text) }, ["Vi", "møtte", "Askøy-Øygarden", "NMF", "og", "kulturskolen"])
        XCTAssertEqual(words.spans.map(\.start), [0, 3, 10, 28, 32, 35])  // ø and Ø take two bytes
        XCTAssertEqual(words.spans.map(\.capitalised), [true, false, true, true, false, false])
        XCTAssertEqual(words.spans.map(\.sentenceInitial), [true, false, false, true, false, false])
        XCTAssertEqual(words.spans.map(\.allCaps), [false, false, false, true, false, false])
        XCTAssertEqual(words.spans.map(\.hasHyphen), [false, false, true, false, false, false])
        XCTAssertTrue(words[2].internalCapital)
        XCTAssertEqual(words[2].followedBy, ".")
        XCTAssertNil(words[5].followedBy)
        XCTAssertEqual(words[3].range, words.text.range(of: "NMF"))
        XCTAssertEqual(words[1].lower, "møtte")
    }

    func testWordsAtTheStartAndEndOfTheText() {
        for text in ["Bodø", "Bodø.", " Bodø ", "Bodø og Ås", "Ås", "å", "x", "", " ", ".", "-", "Vest-", "-Agder", "«Bø»"] {
            assertSameAsReference(text)
        }
        XCTAssertEqual(Self.facts("Bodø og Ås").map(\.text), ["Bodø", "og", "Ås"])
        XCTAssertEqual(Self.facts("Ås").first?.firstTwo, UInt64(0xC5) << 32 | UInt64(UInt8(ascii: "s")))
        XCTAssertEqual(Self.facts("å").first?.firstTwo, UInt64(0xE5) << 32)
        XCTAssertEqual(Self.facts(""), [])
    }

    func testNorwegianLettersAndCapitals() {
        for text in ["ÆRE Øl Å", "Ærlig talt, Øystre Slidre og Åfjord", "KÅRÅSJOHKA Kárášjohka", "ØYGARDEN kommune", "æøå ÆØÅ",
                     "Guovdageaidnu - Kautokeino", "Deatnu – Tana", "Unjárga — Nesseby"] {
            assertSameAsReference(text)
        }
        let caps = Self.facts("ÆRE Øl")
        XCTAssertEqual(caps.map(\.allCaps), [true, false])
        XCTAssertEqual(caps.map(\.capitalised), [true, true])
    }

    func testHyphens() {
        for text in ["Askøy-Øygarden", "A-b", "Vest-Agder-", "DKS-produksjon", "Nord--Fron", "Nord - Fron", "Nord-\nFron",
                     "-\nStrand", "Nord-1", "Barne-, ungdoms- og familiedirektoratet", "- Bullet\n- Neste", "x-y-z-Æ"] {
            assertSameAsReference(text)
        }
        XCTAssertEqual(Self.facts("Nord--Fron").map(\.text), ["Nord", "Fron"])
        XCTAssertEqual(Self.facts("A-b").first?.firstTwo, UInt64(UInt8(ascii: "A")) << 32 | UInt64(UInt8(ascii: "-")))
        XCTAssertEqual(Self.facts("- Bullet\n- Neste").map(\.sentenceInitial), [true, true])
    }

    func testDigitsAndPunctuation() {
        for text in ["Gruppe18: Bodø", "Rom 9: Nes i Viken, Kvam", "2020-tallet", "Larviks modell (Vestfold)", "Nes: jo", "Hva? Bø!",
                     "«Time» er «knapp»", "“Hole” og \"Lier\"", "a;b.c!d?e", "•Bø", "* Gran\n¢ Ås\n· Nes", "1.2 Oslo", "Oslo,Bergen"] {
            assertSameAsReference(text)
        }
        XCTAssertEqual(Self.facts("Gruppe18: Bodø").map(\.text), ["Gruppe", "Bodø"])
        XCTAssertEqual(Self.facts("Nes: jo").first?.followedBy, ":")
    }

    func testLineBreaksAndSpaces() {
        for text in ["Gran\nHole", "Gran\n\nHole", "Gran\n \nHole", "Gran\r\nHole", "Gran\tHole", "Gran\u{A0}Hole", "Gran   :Hole",
                     "slutt\n1\nNes", "tekst\n– Nes", "tekst x – Nes", "\n\n\nNes", "Nes\u{0C}Bø"] {
            assertSameAsReference(text)
        }
        XCTAssertEqual(Self.facts("Gran\n\nHole").map(\.sentenceInitial), [true, true])
        XCTAssertEqual(Self.facts("Gran\nHole").map(\.sentenceInitial), [true, false])
        XCTAssertEqual(Self.facts("Gran   :Hole").first?.followedBy, ":")
    }

    func testMultiByteCharactersAndCombiningMarks() {
        let decomposed = "Bodo\u{308} og A\u{30A}s"  // marks after the letter: part of the word
        for text in [decomposed, "\u{301}Nes", "Nes\u{301}", "e\u{301}\u{302}x", "Tromsø 🎻 Alta", "🎻Alta", "Alta🎻", "日本 Oslo",
                     "Ελλάδα Ωμέγα", "Москва", "𝐀𝐁𝐂 Oslo", "Oslo\u{200B}Bergen", "ǅemal ǈubljana", "İstanbul", "ﬁnansiering �nansiering",
                     "Nes\u{037E} Bø", "x\u{7FF}y\u{800}z"] {
            assertSameAsReference(text)
        }
        XCTAssertEqual(Self.facts(decomposed).map(\.text), ["Bodo\u{308}", "og", "A\u{30A}s"])
        XCTAssertEqual(Self.facts("Tromsø 🎻 Alta").map(\.followedBy), ["🎻", nil])
    }

    func testEveryScalarBelowU0800AndSomeAbove() {
        var scalars = (0x20..<0x800).compactMap(Unicode.Scalar.init)
        scalars += [0x2013, 0x2014, 0x2022, 0x201C, 0x201D, 0x1E9E, 0x1F3BB, 0x10400, 0x10428, 0xFB01, 0xFFFD].compactMap(Unicode.Scalar.init)
        for u in scalars {
            for template in ["\(u)", "A\(u)b", "a\(u)B C", "Ab-\(u)", "\(u)\(u)x"] { assertSameAsReference(template) }
        }
    }

    func testSeededRandomTexts() {
        let alphabet: [String] = ["a", "B", "ø", "Å", "Æ", "-", " ", " ", "\n", ".", ",", ":", "(", ")", "«", "»", "–", "*", "1", "\u{301}",
                                  "\u{A0}", "\r", "🎻", "é", "Ω", "“", "•", "·", "¢", "\t", "ß", "İ"]
        var generator = SplitMix64(seed: 20261122)
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 40)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            assertSameAsReference(text)
        }
    }

    func testTheSharedExportsAndTheDemo() throws {
        var files = try ["padlet-2020-10-09-pilot-for-fremtiden.txt", "padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt",
                     "slides-2020-01-dialogkonferanse-2-gardermoen.txt", "slides-2020-temamote-fremtidens-kulturskole.txt"]
            .map { try SharedData.file("corpora/\($0)") }
        files.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Corpora/demo/dialogseminar-2024.txt"))
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            assertSameAsReference(text)
            for paragraph in text.components(separatedBy: "\n\n") { assertSameAsReference(paragraph) }
        }
    }

    /// A small seeded generator, so the random texts are the same in every run.
    struct SplitMix64 {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

/// The byte-level helpers of the load, checked against the Character operations they replaced.
final class LoadByteHelperTests: XCTestCase {
    func testCellLinesSplitWhereCharactersSplit() {
        for text in ["", "a", "\n", "a\nb", "a\n\nb\n", "Bodø\r\nÅs", "x\r\n\ny", "\r\n", "\n\r", "e\u{301}\n\u{301}", "🎻\n🎻"] {
            let characterSplit = text.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(TableReader.lines(of: text), characterSplit, text.debugDescription)
        }
    }

    func testPlainTextOfCells() {
        XCTAssertEqual(HTMLText.plain("for & bygge  \n  den & gode"), "for & bygge\nden & gode")
        XCTAssertEqual(HTMLText.plain("Q&amp;A og 3 < 5"), "Q&A og 3 < 5")
        XCTAssertEqual(HTMLText.plain("<p>Bodø</p><p>Ås &amp; Vestby</p>"), "Bodø\nÅs & Vestby")
        XCTAssertEqual(HTMLText.plain("a &#229; b &oslash;"), "a å b ø")
        XCTAssertEqual(HTMLText.plain("a &amp\u{37E} b"), "a & b")  // U+037E is ';' as a Character
        XCTAssertEqual(HTMLText.plain("  & \n"), "&")
    }

    func testCharacterCount() {
        for line in ["", "abc", "Bodø", "a\r\nb", "e\u{301}", "🎻 x", "tab\there", "\r"] {
            XCTAssertEqual(Normaliser.characterCount(Substring(line)), line.count, line.debugDescription)
        }
    }

    func testPromptBoxTitles() {
        XCTAssertTrue(PadletTextReader.isPromptBoxTitle("Dialogspørsmål"))
        XCTAssertTrue(PadletTextReader.isPromptBoxTitle("Spørsmål til gruppene"))
        XCTAssertTrue(PadletTextReader.isPromptBoxTitle("» “?%@W « &@ Dialogspgrsmal, del 2"))
        XCTAssertFalse(PadletTextReader.isPromptBoxTitle("Gruppe 5: Gloppen, Tromsø"))
        XCTAssertFalse(PadletTextReader.isPromptBoxTitle("Kursmateriell fra Bodø"))
    }
}
