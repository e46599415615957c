import XCTest
@testable import InnspillText

/// Each statistic on small hand-made texts, against values computed by hand.
final class StatisticsTests: XCTestCase {
    /// Plain words: no stemming, folding or compounds, so terms are the lower-cased words.
    let words = TermAnalyzer(options: AnalyzerOptions(mode: .word, compounds: false))

    // MARK: Frequency

    func testFrequencyCountsRatesAndGroups() {
        let docs = [TextDocument("Samarbeid er viktig. Samarbeid gir tid.", group: "A", labels: ["x"]),
                    TextDocument("Vi trenger tid og samarbeid.", group: "B", labels: ["y"]),
                    TextDocument("Tid er penger.", group: "A", labels: ["x"])]
        let corpus = AnalyzedCorpus(docs, analyzer: words)
        XCTAssertEqual(corpus.wordCount(), 14)
        let rows = corpus.frequencies()
        XCTAssertEqual(rows.map(\.term), ["samarbeid", "tid", "gir", "penger", "trenger", "viktig"])
        XCTAssertEqual(rows.map(\.count), [3, 3, 1, 1, 1, 1])
        XCTAssertEqual(rows[0].per10k, 3.0 / 14 * 10_000, accuracy: 1e-9)
        XCTAssertEqual(rows[0].groups, 2)
        XCTAssertEqual(rows[0].documents, 2)
        XCTAssertEqual(rows[1].documents, 3)
        XCTAssertEqual(rows[2].groups, 1)
        XCTAssertEqual(corpus.frequencies(top: 2).count, 2)
        XCTAssertEqual(corpus.frequencies(minimumCount: 2).map(\.term), ["samarbeid", "tid"])
        // Only a selection.
        XCTAssertEqual(corpus.frequencies(in: [2]).map(\.term), ["penger", "tid"])
        // By label: each label with its own total (x: 9 words).
        let by = corpus.frequencies(byLabel: true)
        XCTAssertEqual(by.filter { $0.by == "x" }.map(\.term), ["samarbeid", "tid", "gir", "penger", "viktig"])
        XCTAssertEqual(by.first { $0.by == "x" && $0.term == "tid" }!.per10k, 2.0 / 9 * 10_000, accuracy: 1e-9)
        XCTAssertEqual(by.filter { $0.by == "y" }.map(\.term), ["samarbeid", "tid", "trenger"])
    }

    func testFrequencyFoldsBothStandards() {
        let corpus = AnalyzedCorpus([TextDocument("Kulturskulen er viktig."), TextDocument("Kulturskolen er viktig.")])
        let rows = corpus.frequencies()
        XCTAssertEqual(rows.first?.term, "kulturskol")
        XCTAssertEqual(rows.first?.count, 2)
        XCTAssertEqual(rows.first?.display, "kulturskolen")  // tie between the two forms: by text
        let stems = AnalyzedCorpus(corpus.documents, analyzer: TermAnalyzer(options: AnalyzerOptions(mode: .stem)))
        XCTAssertEqual(stems.frequencies().filter { $0.term.hasPrefix("kultursk") }.map(\.count), [1, 1])
    }

    func testACompoundPartThatNeverStandsAloneIsShownAsWrittenNotAsItsStem() {
        let corpus = AnalyzedCorpus([TextDocument("Aktivitetsfondet hjelper."), TextDocument("Aktivitetskontakter og fond.")])
        let v = corpus.vocabulary
        let part = TermAnalyzer().parts(of: "aktivitetsfondet").first!
        XCTAssertNotEqual(part, "aktivitet", "the part's term is a stem, or this test shows nothing")
        XCTAssertEqual(v.display[Int(v.ids[part]!)], "aktivitet")
        // A part that is also a word of its own is shown as that word.
        let fond = TermAnalyzer().parts(of: "aktivitetsfondet").last!
        XCTAssertEqual(v.display[Int(v.ids[fond]!)], "fond")
    }

    /// What "word*" finds that the word does not: derivations with a stem of their own, not its inflections or compounds.
    func testFormsStartingWithAWordThatItDoesNotFind() {
        let corpus = AnalyzedCorpus([TextDocument("Økonomi og økonomien."), TextDocument("Økonomiske barrierer og skoleøkonomi.")])
        XCTAssertEqual(corpus.formsStarting(with: "økonomi"), ["økonomiske"])
        XCTAssertEqual(corpus.formsStarting(with: "barrierer"), [])
    }

    // MARK: KWIC

    let kwicDocs = [TextDocument("Vi vil ha mer samarbeid med skolen. Samarbeidet er godt."), TextDocument("Godt samarbeid!")]

    func testKWICByTermWidthAndSort() throws {
        let corpus = AnalyzedCorpus(kwicDocs)
        let lines = try corpus.kwic(.parse("samarbeid"), width: 10).lines
        XCTAssertEqual(lines.map(\.document), [0, 0, 1])
        XCTAssertEqual(lines.map(\.hit), ["samarbeid", "Samarbeidet", "samarbeid"])
        XCTAssertEqual(lines.map(\.left), ["il ha mer ", "d skolen. ", "Godt "])
        XCTAssertEqual(lines.map(\.right), [" med skole", " er godt.", "!"])
        XCTAssertEqual(lines.map(\.utf16Range), [14 ..< 23, 36 ..< 47, 5 ..< 14])
        let first = try corpus.kwic(.parse("samarbeid"), width: 10, limit: 1)
        XCTAssertEqual(first.lines.count, 1)
        XCTAssertEqual(first.total, 3, "the total counts every hit, not only the lines shown")
        XCTAssertEqual(try corpus.kwic(.parse("samarbeid"), width: 10, sort: .right).lines.map(\.utf16Range), [5 ..< 14, 36 ..< 47, 14 ..< 23])
        XCTAssertEqual(try corpus.kwic(.parse("samarbeid"), width: 10, sort: .left).lines.map(\.utf16Range), [5 ..< 14, 14 ..< 23, 36 ..< 47])
    }

    func testKWICExactPhraseAndMatcher() throws {
        let corpus = AnalyzedCorpus(kwicDocs)
        XCTAssertEqual(try corpus.kwic(.parse("\"samarbeidet\"")).lines.map(\.hit), ["Samarbeidet"])
        XCTAssertEqual(try corpus.kwic(.parse("godt samarbeid")).lines.map(\.hit), ["Godt samarbeid"])
        // A match inside a word shows the whole word, once however often it matches there ("ar" twice in "samarbeid").
        XCTAssertEqual(corpus.kwic(.matcher { _ in [0 ..< 2] }, width: 3).lines.map(\.hit), ["Vi", "Godt"])
        let inside = corpus.kwic(.matcher { text in
            text.hasPrefix("Godt") ? [6 ..< 8, 8 ..< 10, 14 ..< 15] : []
        }, width: 6).lines
        XCTAssertEqual(inside.map(\.hit), ["samarbeid", "!"])
        XCTAssertEqual(inside.first?.left, "Godt ")
        XCTAssertEqual(inside.first?.utf16Range, 5 ..< 14)
        XCTAssertThrowsError(try KWICQuery.parse("  ")) { XCTAssertEqual(($0 as? TextError)?.code, .emptyQuery) }
    }

    // MARK: N-grams

    func testNGramsSkipStopwordOnlyAndPunctuation() throws {
        let corpus = AnalyzedCorpus([TextDocument("Kultur for alle. Kultur for alle, og for barn."),
                                     TextDocument("kultur for alle i kommunen")], analyzer: words)
        // "for alle", "og for" and "alle i" are stop words only.
        let bigrams = try corpus.ngrams(2)
        XCTAssertEqual(bigrams.map(\.display), ["kultur for"])
        XCTAssertEqual(bigrams.map(\.count), [3])
        XCTAssertEqual(bigrams.map(\.documents), [2])
        XCTAssertEqual(try corpus.ngrams(2, minimumCount: 1).map(\.display), ["kultur for", "for barn", "i kommunen"])
        let trigrams = try corpus.ngrams(3, minimumCount: 1)
        XCTAssertEqual(trigrams.map(\.display), ["kultur for alle", "alle i kommunen", "og for barn"])
        XCTAssertEqual(trigrams.map(\.count), [3, 1, 1])
        XCTAssertEqual(try corpus.ngrams(3, top: 1, minimumCount: 1).count, 1)
        XCTAssertThrowsError(try corpus.ngrams(0))
    }

    // MARK: Collocates

    func testCollocatesByHand() throws {
        let corpus = AnalyzedCorpus([TextDocument("kultur skaper glede kultur skaper fellesskap"),
                                     TextDocument("glede gir energi")], analyzer: words)
        // N = 9 words; windows of 1 around "kultur" at 0 and 3: W = 3 slots.
        let rows = try corpus.collocates(of: "kultur", window: 1, minimumCount: 1)
        XCTAssertEqual(rows.map(\.term), ["skaper", "glede"])
        let skaper = rows[0]
        XCTAssertEqual(skaper.observed, 2)
        XCTAssertEqual(skaper.left, 0)
        XCTAssertEqual(skaper.right, 2)
        XCTAssertEqual(skaper.frequency, 2)
        XCTAssertEqual(skaper.expected, 3.0 * 2 / 9, accuracy: 1e-12)
        XCTAssertEqual(skaper.pmi, log2(3.0), accuracy: 1e-12)
        XCTAssertEqual(skaper.tScore, (2 - 2.0 / 3) / 2.0.squareRoot(), accuracy: 1e-12)
        // 2x2: [[2, 1], [0, 6]].
        XCTAssertEqual(skaper.logLikelihood, 5.715626573268904, accuracy: 1e-9)
        XCTAssertEqual(rows[1].logLikelihood, 0.3088920668732478, accuracy: 1e-9)
        XCTAssertEqual(rows[1].pmi, log2(1.5), accuracy: 1e-12)
        XCTAssertEqual(try corpus.collocates(of: "kultur", window: 1, minimumCount: 2).map(\.term), ["skaper"])
        XCTAssertEqual(try corpus.collocates(of: "kultur", window: 1, measure: .pmi, minimumCount: 1).map(\.term), ["skaper", "glede"])
    }

    func testCollocatesCountAWordOnceWhereWindowsOverlapAndKeepOnlyWordsAboveChance() throws {
        // Hits at 0 and 2 with window 2: both windows hold "tid" at 1, which counts once.
        let corpus = AnalyzedCorpus([TextDocument("kultur tid kultur tid"),
                                     TextDocument("penger penger penger penger penger penger tid kultur")], analyzer: words)
        let rows = try corpus.collocates(of: "kultur", window: 2, minimumCount: 1)
        let tid = try XCTUnwrap(rows.first { $0.term == "tid" })
        XCTAssertEqual(tid.observed, 3, "never more than the word's own frequency")
        XCTAssertEqual(tid.frequency, 3)
        XCTAssertEqual(tid.expected, 4.0 * 3 / 12, accuracy: 1e-12, "4 window slots in 12 words")
        // "penger" is near a hit once in 6 times: 1 < 4 x 6 / 12, so it is not a collocate.
        XCTAssertFalse(rows.contains { $0.term == "penger" }, "\(rows)")
    }

    // MARK: Keyness

    func testLogLikelihoodByHand() {
        XCTAssertEqual(Association.logLikelihood(a: 10, b: 90, c: 20, d: 880), 12.64901579080787, accuracy: 1e-9)
        // 10 of 1000 words against 2 of 1000: E1 = E2 = 6; G2 = 2 (10 ln(10/6) + 2 ln(2/6)).
        XCTAssertEqual(Association.keynessLogLikelihood(a: 10, totalA: 1000, b: 2, totalB: 1000),
                       2 * (10 * log(10.0 / 6) + 2 * log(2.0 / 6)), accuracy: 1e-12)
        XCTAssertEqual(Significance(g2: 3.83), .none)
        XCTAssertEqual(Significance(g2: 3.84), .p05)
        XCTAssertEqual(Significance(g2: 6.63), .p01)
        XCTAssertEqual(Significance(g2: 10.83), .p001)
        XCTAssertEqual(Significance.p01.stars, "**")
    }

    func testKeynessBothDirections() {
        let a = TermCounts(counts: ["kultur": 10, "glede": 5], total: 1000)
        let b = TermCounts(counts: ["kultur": 2, "glede": 5, "penger": 12], total: 1000)
        let result = Keyness.compare(a, b)
        XCTAssertEqual(result.a.map(\.term), ["kultur"])
        XCTAssertEqual(result.a[0].logLikelihood, 5.822063320647374, accuracy: 1e-9)
        XCTAssertEqual(result.a[0].logRatio, log2(5.0), accuracy: 1e-12)
        XCTAssertEqual(result.a[0].significance, .p05)
        XCTAssertEqual(result.a[0].per10kA, 100, accuracy: 1e-9)
        XCTAssertEqual(result.b.map(\.term), ["penger"])
        XCTAssertEqual(result.b[0].logLikelihood, 24 * log(2.0), accuracy: 1e-9)
        XCTAssertEqual(result.b[0].logRatio, log2(0.5 / 12), accuracy: 1e-12)  // zero count taken as 0.5
        XCTAssertEqual(result.b[0].significance, .p001)
        XCTAssertEqual(result.b[0].direction, .b)
        // Without a significance cut the equal term appears too.
        XCTAssertEqual(Keyness.compare(a, b, significance: .none).all.map(\.term), ["kultur", "glede", "penger"])
    }

    func testKeynessFromSelections() {
        let corpus = AnalyzedCorpus([TextDocument("kultur kultur kultur kultur glede"), TextDocument("penger penger penger penger glede")],
                                    analyzer: words)
        let result = Keyness.compare(corpus.termCounts(in: [0]), corpus.termCounts(in: [1]), significance: .none)
        XCTAssertEqual(result.a.first?.term, "kultur")
        XCTAssertEqual(result.b.first?.term, "penger")
        XCTAssertEqual(result.a.first?.logLikelihood ?? 0, 2 * 4 * log(2.0), accuracy: 1e-9)
    }

    // MARK: Search

    func testBM25ByHand() throws {
        let corpus = AnalyzedCorpus([TextDocument("kultur kultur skole"), TextDocument("skole skole skole skole"), TextDocument("glede")],
                                    analyzer: words)
        let index = SearchIndex(corpus)
        let kultur = try index.search("kultur")
        XCTAssertEqual(kultur.map(\.document), [0])
        XCTAssertEqual(kultur[0].score, 1.3028373473967083, accuracy: 1e-9)
        XCTAssertEqual(kultur[0].snippet, [SnippetPart(text: "kultur", isHit: true), SnippetPart(text: " ", isHit: false),
                                           SnippetPart(text: "kultur", isHit: true), SnippetPart(text: " skole", isHit: false)])
        let skole = try index.search("skole")
        XCTAssertEqual(skole.map(\.document), [1, 0])
        XCTAssertEqual(skole[0].score, 0.7320410508606148, accuracy: 1e-9)
        XCTAssertEqual(skole[1].score, 0.4471385878229701, accuracy: 1e-9)
        // Words add up; a phrase is required.
        XCTAssertEqual(try index.search("kultur skole").map(\.document), [0, 1])
        let phrase = try index.search("\"kultur skole\"")
        XCTAssertEqual(phrase.map(\.document), [0])
        XCTAssertEqual(phrase[0].score, 0.9331132352976423, accuracy: 1e-9)
        XCTAssertEqual(phrase[0].hitRanges, [7 ..< 19])
        XCTAssertEqual(try index.search("\"skole kultur\"").count, 0)
        XCTAssertEqual(try index.search("skole", in: [0]).map(\.document), [0])
        XCTAssertThrowsError(try index.search("og i")) { XCTAssertEqual(($0 as? TextError)?.code, .emptyQuery) }
    }

    func testAPhraseMayStartWithAStopWord() throws {
        let corpus = AnalyzedCorpus([TextDocument("Vi jobber i skolen."), TextDocument("Skolen er stor.")])
        let hits = try SearchIndex(corpus).search("\"i skolen\"")
        XCTAssertEqual(hits.map(\.document), [0])
        XCTAssertEqual(hits.first?.snippetText, "Vi jobber i skolen.")
    }

    func testSearchStemsFoldsAndCutsSnippets() throws {
        let long = String(repeating: "Fyllord her og der. ", count: 20) + "Kulturskulen samarbeider med skolane. " + String(repeating: "Mer fyll. ", count: 20)
        let corpus = AnalyzedCorpus([TextDocument(long), TextDocument("Kulturskolen og skolen.")])
        let hits = try SearchIndex(corpus).search("kulturskole", snippetWidth: 60)
        XCTAssertEqual(hits.map(\.document).sorted(), [0, 1])
        let snippet = hits.first { $0.document == 0 }!.snippet
        XCTAssertEqual(snippet.filter(\.isHit).map(\.text), ["Kulturskulen"])
        XCTAssertEqual(snippet.first?.text, "…")
        XCTAssertEqual(snippet.last?.text, "…")
        XCTAssertLessThanOrEqual(snippet.map(\.text).joined().utf16.count, 64)
        // A hit near the end still comes early in the snippet (a table cell may show only its start).
        let late = AnalyzedCorpus([TextDocument(String(repeating: "Fyllord her og der. ", count: 20) + "Om kulturskulen.")])
        let parts = try SearchIndex(late).search("kulturskole", snippetWidth: 60)[0].snippet
        let before = parts.prefix { !$0.isHit }.map(\.text).joined()
        XCTAssertLessThanOrEqual(before.count, 16, "\(parts)")
        XCTAssertEqual(parts.last?.text, ".", "the text ends there, so no ellipsis")
    }

    // MARK: Coverage

    func testCoverage() throws {
        let corpus = AnalyzedCorpus([TextDocument("samarbeid er viktig", group: "A"), TextDocument("mer samarbeid", group: "B"),
                                     TextDocument("samarbeid", group: "A"), TextDocument("ingenting", group: "C"),
                                     TextDocument("samarbeid")])
        let rows = try corpus.coverage(of: ["samarbeid", "ingenting", "glede"])
        XCTAssertEqual(rows.map(\.groups), [2, 1, 0])
        XCTAssertEqual(rows.map(\.documents), [4, 1, 0])
        XCTAssertEqual(rows[0].occurrences, 4)
        XCTAssertEqual(rows[0].groupNames, ["A", "B"])
        XCTAssertEqual(try corpus.coverage(of: ["samarbeid"], in: [0, 1, 3]).first?.groups, 2)
    }

    /// A word ending in "*" matches every word that starts with it, by form when quoted too. (It was the word without
    /// its star: "finans*" found nothing, with no word of that form.)
    func testAWordEndingInAStarMatchesTheWordsItStarts() throws {
        let corpus = AnalyzedCorpus([TextDocument("Finansiering er viktig", group: "A"), TextDocument("hvordan det er finansiert", group: "B"),
                                     TextDocument("fin dag", group: "C")])
        let rows = try corpus.coverage(of: ["finans*", "\"finansiert*\"", "fin*", "kultur*"])
        XCTAssertEqual(rows.map(\.groups), [2, 1, 3, 0])
        XCTAssertEqual(rows.map(\.occurrences), [2, 1, 3, 0])
        XCTAssertEqual(try TermPattern.parse("finans*"), TermPattern(words: ["finans"], exact: false, prefix: true))
        XCTAssertThrowsError(try TermPattern.parse("*"))
    }

    /// A word's start finds its forms in both written standards: "synlig*" the nynorsk "synlege" (it found only the
    /// bokmål forms), "synleg*" the bokmål ones; in quotes only forms as written.
    func testAWordsStartMatchesBothWrittenStandards() throws {
        let corpus = AnalyzedCorpus([TextDocument("Vi må vere synlege.", group: "A"), TextDocument("Bli synlige i kommunen", group: "B"),
                                     TextDocument("Synliggjøring", group: "C")])
        let rows = try corpus.coverage(of: ["synlig*", "synleg*", "\"synleg*\""])
        XCTAssertEqual(rows[0].groupNames, ["A", "B", "C"])
        XCTAssertEqual(rows[1].groupNames, ["A", "B", "C"])
        XCTAssertEqual(rows[2].groupNames, ["A"])
        XCTAssertTrue(WordStart("synlig").begins("synlege"))
        XCTAssertFalse(WordStart("lærer").begins("lære"))
    }

    /// The star matches written forms, not their stems: "lærer*" is not "lære" (to learn), which Snowball stems as it
    /// stems "lærer" (teacher).
    func testAWordsStartMatchesFormsNotTheirStems() throws {
        let corpus = AnalyzedCorpus([TextDocument("Lærerne i skolen", group: "A"), TextDocument("for å lære å kjenne hverandre", group: "B"),
                                     TextDocument("lærende møter", group: "C"), TextDocument("kulturskolelærer", group: "D")])
        let rows = try corpus.coverage(of: ["lærer*", "lær*"])
        XCTAssertEqual(rows[0].groupNames, ["A"])
        XCTAssertEqual(rows[1].groupNames, ["A", "B", "C"])
    }

    // MARK: Determinism

    func testSameInputSameOutput() throws {
        let docs = (0 ..< 300).map { TextDocument("Dokument \($0 % 17): kultur og skole, samarbeid \($0 % 5) og glede i gruppe \($0 % 3).", group: "g\($0 % 7)") }
        let a = AnalyzedCorpus(docs), b = AnalyzedCorpus(docs)
        XCTAssertEqual(a.vocabulary.terms, b.vocabulary.terms)
        XCTAssertEqual(a.occurrences, b.occurrences)
        XCTAssertEqual(a.frequencies(), b.frequencies())
        XCTAssertEqual(try a.ngrams(2), try b.ngrams(2))
        XCTAssertEqual(try a.collocates(of: "kultur", minimumCount: 1), try b.collocates(of: "kultur", minimumCount: 1))
    }
}
