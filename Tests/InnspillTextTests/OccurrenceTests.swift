import XCTest
@testable import InnspillText

final class OccurrenceTests: XCTestCase {
    /// An occurrence is kept for every token of every document: it must stay 12 bytes (its term is
    /// not kept in it, as the corpus has it per form).
    func testAnOccurrenceIsTwelveBytesAndKeepsItsFormAndFlags() {
        XCTAssertEqual(MemoryLayout<Occurrence>.size, 12)
        XCTAssertEqual(MemoryLayout<Occurrence>.stride, 12)
        let largest = Occurrence.formLimit - 1
        let occurrence = Occurrence(form: largest, start: 3, end: 9,
                                    flags: Occurrence.stop | Occurrence.breakBefore | Occurrence.word | Occurrence.counts)
        XCTAssertEqual(occurrence.form, largest)
        XCTAssertEqual(occurrence.utf16Range, 3 ..< 9)
        XCTAssertTrue(occurrence.isStopword && occurrence.breaksBefore && occurrence.isWord && occurrence.counts)
        let plain = Occurrence(form: 5, start: 0, end: 1, flags: Occurrence.word)
        XCTAssertEqual(plain.form, 5)
        XCTAssertFalse(plain.isStopword || plain.breaksBefore || plain.counts)
        XCTAssertTrue(plain.isWord)
    }

    /// The posting lists (one array, a run per term, filled by every chunk at once) hold, per term, each
    /// document where it occurs, ascending, with how many of its tokens there count: the same as
    /// counting the occurrences one by one. Enough documents for several chunks on any number of cores.
    func testPostingListsAreTheOccurrencesCountedPerTermAndDocument() {
        let words = ["kulturskolen", "og", "skolen", "samarbeid", "tid", "penger", "elevene", "i", "SFO", "lærere"]
        let texts = (0 ..< 3000).map { d in
            (0 ..< (d % 7)).map { k in words[(d * 31 + k * k * 7) % words.count] }.joined(separator: " ")
        }
        let corpus = AnalyzedCorpus(texts.map { TextDocument($0) })
        var expected: [Int32: [(document: Int32, counted: Int32)]] = [:]
        for (d, tokens) in corpus.occurrences.enumerated() {
            for o in tokens {
                let t = corpus.term(of: o)
                if expected[t]?.last?.document != Int32(d) { expected[t, default: []].append((Int32(d), 0)) }
                if o.counts { expected[t]![expected[t]!.count - 1].counted += 1 }
            }
        }
        XCTAssertGreaterThanOrEqual(expected.count, 8, "the words make terms")  // compound parts are terms too
        for t in 0 ..< corpus.vocabulary.count {
            let lists = corpus.termPostings[t]
            XCTAssertEqual(lists.map(\.document), expected[Int32(t)]?.map(\.document) ?? [], corpus.vocabulary.terms[t])
            XCTAssertEqual(lists.map(\.counted), expected[Int32(t)]?.map(\.counted) ?? [], corpus.vocabulary.terms[t])
        }
    }

    /// A token's term, as the corpus gives it, is the analysis of its written form: the same
    /// key as analysing the document's tokens one by one.
    func testEveryTokensTermViaTheCorpusIsTheAnalysisOfItsForm() {
        let texts = [
            "Kulturskulen og kulturskolen samarbeider med skolen. KULTURSKOLELÆRERNE møtes!",
            "Elevane trenger tid, og elevene trenger penger: 1 200 kr i 2025 (ca. 3 %).",
            "Se https://padlet.com/kulturskoleradet/pilot og skriv til ola.nordmann@kommune.no, m.a.o. nå.",
            "SFO\u{2011}tilbud og kultur\u{AD}skole; ide\u{301}en er \u{201C}ikkje\u{201D} ny. Ikkje ny, nei.",
            "",
            "og i på",
        ]
        let documents = texts.enumerated().map { TextDocument($0.element, group: "G\($0.offset % 2)") }
        var settings: [AnalyzerOptions] = TermMode.allCases.flatMap { mode in
            [true, false].map { AnalyzerOptions(mode: mode, compounds: $0) }
        }
        var withNumbers = AnalyzerOptions()
        withNumbers.includeNumbers = true
        settings.append(withNumbers)
        for options in settings {
            let analyzer = TermAnalyzer(options: options)
            let corpus = AnalyzedCorpus(documents, analyzer: analyzer)
            let v = corpus.vocabulary
            var tokens = 0
            for (d, text) in texts.enumerated() {
                let analysed = analyzer.analyze(text)
                let occurrences = corpus.occurrences[d]
                XCTAssertEqual(occurrences.count, analysed.count, "\(options) document \(d)")
                for (o, a) in zip(occurrences, analysed) {
                    let term = corpus.term(of: o)
                    XCTAssertEqual(term, corpus.formTerm[Int(o.form)])
                    XCTAssertEqual(v.terms[Int(term)], a.key, "\(options): \(a.token.text)")
                    XCTAssertEqual(o.utf16Range, a.token.utf16Range)
                    XCTAssertEqual(o.counts, a.counts, "\(options): \(a.token.text)")
                    XCTAssertEqual(o.isStopword, a.isStopword, "\(options): \(a.token.text)")
                    let form = v.forms[Int(o.form)]
                    XCTAssertEqual(v.terms[Int(term)], o.isWord ? analyzer.analysis(of: form).key : form, "\(options): \(form)")
                    tokens += 1
                }
            }
            XCTAssertGreaterThan(tokens, 40)
        }
    }
}
