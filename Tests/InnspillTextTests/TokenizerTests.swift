import XCTest
@testable import InnspillText

final class TokenizerTests: XCTestCase {
    private func texts(_ s: String) -> [String] { Tokenizer().tokens(in: s).map(\.text) }
    private func kinds(_ s: String) -> [TokenKind] { Tokenizer().tokens(in: s).map(\.kind) }

    func testNorwegianLettersAndAccents() {
        XCTAssertEqual(texts("Økonomi, på tvers – både én og første «fôr» idé"),
                       ["Økonomi", "på", "tvers", "både", "én", "og", "første", "fôr", "idé"])
        XCTAssertEqual(Tokenizer().words(in: "ÆRE Øl Å"), ["ære", "øl", "å"])
        // A decomposed é (e + U+0301) stays in the word.
        XCTAssertEqual(texts("ide\u{301}en er god"), ["ide\u{301}en", "er", "god"])
    }

    func testHyphenatedCompoundIsOneTokenWithParts() {
        let t = Tokenizer().tokens(in: "Et SFO-tilbud og ikke-økonomiske ressurs- og kompetansesenter, -Tingvoll")
        XCTAssertEqual(t.map(\.text), ["Et", "SFO-tilbud", "og", "ikke-økonomiske", "ressurs", "og", "kompetansesenter", "Tingvoll"])
        XCTAssertEqual(t[1].parts, ["SFO", "tilbud"])
        XCTAssertTrue(t[1].isHyphenated)
        XCTAssertEqual(t[2].parts, ["og"])
        XCTAssertEqual(t[1].kind, .word)
    }

    func testNumbersAreTheirOwnKind() {
        let t = Tokenizer().tokens(in: "kulturskole 3.0 i 2020, 1,5 timer kl 09:51, 10-60 grupper, 2020-tallet")
        XCTAssertEqual(t.map(\.text), ["kulturskole", "3.0", "i", "2020", "1,5", "timer", "kl", "09:51", "10-60", "grupper", "2020-tallet"])
        XCTAssertEqual(t.map(\.kind), [.word, .number, .word, .number, .number, .word, .word, .number, .number, .word, .word])
        XCTAssertEqual(Tokenizer().words(in: "i 2020 var det 40 grupper"), ["i", "var", "det", "grupper"])
    }

    func testURLsAndEmail() {
        let t = Tokenizer().tokens(in: "Se https://padlet.com/kulturskoleradet/pilot, (www.kulturskoleradet.no) og kulturskoleradet.no/pilot. Skriv til ola.nordmann@kommune.no!")
        XCTAssertEqual(t.filter { $0.kind == .url }.map(\.text),
                       ["https://padlet.com/kulturskoleradet/pilot", "www.kulturskoleradet.no", "kulturskoleradet.no/pilot"])
        XCTAssertEqual(t.filter { $0.kind == .email }.map(\.text), ["ola.nordmann@kommune.no"])
        XCTAssertEqual(t.filter { $0.kind == .word }.map(\.text), ["Se", "og", "Skriv", "til"])
    }

    func testAbbreviationsKeepTheirDots() {
        let t = Tokenizer().tokens(in: "Vi har f.eks. kor, bl.a. korps, ca. 20 elever jf. planen osv.")
        XCTAssertEqual(t.filter { $0.kind == .abbreviation }.map(\.text), ["f.eks.", "bl.a.", "ca.", "jf.", "osv."])
        // A word that only looks like one is a word: "eks" without the dot pattern.
        XCTAssertEqual(kinds("arb.gr. med"), [.word, .word, .word])
    }

    func testRangesPointIntoTheText() {
        let text = "Ønsker 😀 SFO-tilbud"
        let t = Tokenizer().tokens(in: text)
        XCTAssertEqual(t.map(\.text), ["Ønsker", "SFO-tilbud"])
        XCTAssertEqual(String(text[t[1].range]), "SFO-tilbud")
        XCTAssertEqual(t[1].utf16Range, 10 ..< 20)  // the emoji is two UTF-16 units
        let ns = text as NSString
        XCTAssertEqual(ns.substring(with: NSRange(location: t[1].utf16Range.lowerBound, length: t[1].utf16Range.count)), "SFO-tilbud")
    }

    func testLostLigatureStaysInsideTheWord() {
        XCTAssertEqual(texts("de\u{FFFD}nere rollen"), ["de\u{FFFD}nere", "rollen"])
    }

    func testEmptyAndPunctuationOnly() {
        XCTAssertEqual(texts(""), [])
        XCTAssertEqual(texts(" -- ... !! "), [])
    }
}

final class SentenceSplitterTests: XCTestCase {
    private func split(_ s: String) -> [String] { SentenceSplitter().sentences(in: s).map(\.text) }

    func testAbbreviationsDoNotEndSentences() {
        XCTAssertEqual(split("Vi har bl.a. kor, korps osv. Neste år blir det ca. 20 elever. Bra!"),
                       ["Vi har bl.a. kor, korps osv.", "Neste år blir det ca. 20 elever.", "Bra!"])
        XCTAssertEqual(split("Mange fag, f.eks. Musikk og dans, jf. Rammeplanen. Det er bra."),
                       ["Mange fag, f.eks. Musikk og dans, jf. Rammeplanen.", "Det er bra."])
    }

    func testQuestionsOrdinalsAndInitials() {
        XCTAssertEqual(split("Kva vil det koste oss? Forankring. Møtet er 9. oktober hos H. Ibsen. Ok"),
                       ["Kva vil det koste oss?", "Forankring.", "Møtet er 9. oktober hos H. Ibsen.", "Ok"])
    }

    func testLinesAndBullets() {
        XCTAssertEqual(split("Forventninger:\n- Gode verktøy\n- samskaping på tvers\n\nNeste punkt"),
                       ["Forventninger:", "- Gode verktøy", "- samskaping på tvers", "Neste punkt"])
        // A hard-wrapped line continuing in lower case is one sentence.
        XCTAssertEqual(split("Klargjøre hvordan vi jobber med samskaping og\nsamarbeid i vår kommune."),
                       ["Klargjøre hvordan vi jobber med samskaping og\nsamarbeid i vår kommune."])
    }

    func testRangesMatchText() {
        let text = "Én. To!"
        let s = SentenceSplitter().sentences(in: text)
        XCTAssertEqual(s.map { String(text[$0.range]) }, ["Én.", "To!"])
        XCTAssertEqual(s[1].utf16Range, 4 ..< 7)
    }
}
