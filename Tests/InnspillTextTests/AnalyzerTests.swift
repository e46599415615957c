import XCTest
@testable import InnspillText

/// The one pipeline, and the examples its documentation shows.
final class AnalyzerTests: XCTestCase {
    func testDocumentedExamples() {
        let analyzer = TermAnalyzer()
        XCTAssertEqual(analyzer.terms(in: "Kulturskulen og kulturskolen"), ["kulturskol", "kulturskol"])
        XCTAssertEqual(analyzer.key(for: "Elevane"), "elev")
        let corpus = AnalyzedCorpus([TextDocument("Kulturskulen er viktig.", group: "A"), TextDocument("Kulturskolen samarbeider.", group: "B")])
        XCTAssertEqual(Array(corpus.vocabulary.terms.prefix(3)), ["kulturskol", "er", "viktig"])
        XCTAssertEqual(corpus.frequencies().first?.count, 2)
        XCTAssertEqual(corpus.frequencies().first?.groups, 2)
        XCTAssertEqual(["Ålesund", "Ørland", "Zebra", "Gruppe 10", "Gruppe 2"].sorted(by: NorwegianOrder.precedes),
                       ["Gruppe 2", "Gruppe 10", "Zebra", "Ørland", "Ålesund"])
        XCTAssertEqual(CharacterNGrams.grams(of: "Skole", sizes: 3 ... 3), ["<sk", "sko", "kol", "ole", "le>"])
    }

    /// An adjective in -lig/-ig is not its base noun, as Snowball alone makes it (ux26: "has tid" found "tidlig", freq
    /// counted "faglig" as "fag"); its forms, and its noun in -het, keep one term.
    func testAnAdjectiveIsNotItsBaseNoun() {
        let analyzer = TermAnalyzer()
        XCTAssertNotEqual(analyzer.key(for: "tidlig"), analyzer.key(for: "tid"))
        XCTAssertNotEqual(analyzer.key(for: "faglige"), analyzer.key(for: "fag"))
        XCTAssertEqual(analyzer.key(for: "tidlige"), analyzer.key(for: "tidlig"))
        XCTAssertEqual(analyzer.key(for: "muligheter"), analyzer.key(for: "mulig"))
        XCTAssertEqual(analyzer.key(for: "tiden"), analyzer.key(for: "tid"))
        XCTAssertEqual(analyzer.key(for: "tidleg"), analyzer.key(for: "tidlig"), "nynorsk -leg folds to bokmål -lig")
        XCTAssertEqual(AdjectiveSuffixRule.apply(stem: "tid", of: "tiden"), "tid")
    }

    func testNorwegianCollationSortsÆØÅAfterZAndNumbersByValue() {
        let names = ["Ålesund", "Zebra", "Ørland", "Ærøy", "asker", "Bodø", "Gruppe 10", "Gruppe 2", "Gruppe 02"]
        XCTAssertEqual(names.sorted(by: NorwegianOrder.precedes),
                       ["asker", "Bodø", "Gruppe 02", "Gruppe 2", "Gruppe 10", "Zebra", "Ærøy", "Ørland", "Ålesund"])
        XCTAssertEqual(["òg", "å", "være", "vår", "og"].sorted(by: NorwegianOrder.precedes), ["og", "òg", "være", "vår", "å"])
        XCTAssertEqual(NorwegianOrder.compare("BODØ", "bodø"), .orderedAscending, "ties are broken, so the order is total")
        XCTAssertEqual(NorwegianOrder.primaryCompare("BODØ", "bodø"), .orderedSame)
    }

    func testModes() {
        XCTAssertEqual(TermAnalyzer(options: AnalyzerOptions(mode: .word)).key(for: "Kulturskulen"), "kulturskulen")
        XCTAssertEqual(TermAnalyzer(options: AnalyzerOptions(mode: .stem)).key(for: "Kulturskulen"), "kulturskul")
        XCTAssertEqual(TermAnalyzer(options: AnalyzerOptions(mode: .fold)).key(for: "Kulturskulen"), "kulturskol")
        XCTAssertEqual(AnalyzerOptions(mode: .stem).mode, .stem)
        XCTAssertEqual(TermAnalyzer().key(for: "SFO-tilbudet"), "sfo-tilbud")
    }

    func testAgentNounsShareAStem() {
        let a = TermAnalyzer()
        let keys = Set(["lærer", "læreren", "lærere", "lærerne", "lærar", "lærarane"].map { a.key(for: $0) })
        XCTAssertEqual(keys, ["lær"])
    }

    func testStopwordsAndNumbers() {
        let analyzed = TermAnalyzer().analyze("Vi har 40 grupper, jf. www.kulturskoleradet.no og ikkje meir.")
        XCTAssertEqual(analyzed.filter(\.counts).map(\.key), ["grupp"])
        XCTAssertTrue(analyzed.first { $0.token.text == "ikkje" }!.isStopword)
        var options = AnalyzerOptions()
        options.includeNumbers = true
        options.stopwords.add(["grupper"])
        XCTAssertEqual(TermAnalyzer(options: options).terms(in: "Vi har 40 grupper"), ["40"])
        // A user stop word in bokmål also stops its nynorsk form.
        var nb = AnalyzerOptions()
        nb.stopwords = .none
        nb.stopwords.add(["hvordan"])
        XCTAssertTrue(TermAnalyzer(options: nb).isStopword("korleis"))
    }

    func testNormalisation() {
        XCTAssertEqual(TermAnalyzer.normalize("IDE\u{301}EN"), "id\u{E9}en")
        XCTAssertEqual(TermAnalyzer.normalize("kultur\u{AD}skole"), "kulturskole")
        XCTAssertEqual(TermAnalyzer.normalize("SFO\u{2011}tilbud"), "sfo-tilbud")
        XCTAssertEqual(TermAnalyzer.normalize("ØKONOMI"), "økonomi")
    }

    func testCorpusOccurrencesCarryPositionsAndBreaks() {
        let corpus = AnalyzedCorpus([TextDocument("Ønsker 😀 samarbeid. Mer tid")], analyzer: TermAnalyzer(options: AnalyzerOptions(mode: .word)))
        let occ = corpus.occurrences[0]
        XCTAssertEqual(occ.map { corpus.text(of: $0, in: 0) }, ["Ønsker", "samarbeid", "Mer", "tid"])
        XCTAssertEqual(occ.map(\.breaksBefore), [true, true, true, false])
        XCTAssertEqual(occ[1].utf16Range, 10 ..< 19)
        XCTAssertEqual(corpus.vocabulary.forms[Int(occ[2].form)], "mer")
    }
}
