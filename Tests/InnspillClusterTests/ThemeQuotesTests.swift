import XCTest
@testable import InnspillCluster

/// Quotes for a report: whole sentences of a slide's length, in the theme's words, one per group first.
final class ThemeQuotesTests: XCTestCase {
    func testATextIsCutIntoSentencesWithoutBulletsOrNumbers() {
        XCTAssertEqual(ThemeQuotes.sentences(in: "- Mer tid. Vi trenger hjelp!\n2. Samarbeid med skolen\n• Møtes kl. 10 hver uke"),
                       ["Mer tid.", "Vi trenger hjelp!", "Samarbeid med skolen", "Møtes kl. 10 hver uke"])
        XCTAssertEqual(ThemeQuotes.sentences(in: "Hva nå? det vet vi ikke"), ["Hva nå? det vet vi ikke"],
                       "a sentence goes on after a question mark with a small letter")
        XCTAssertEqual(ThemeQuotes.sentences(in: "God til å tenke nytt (ref. Harry-Potter-dag, Beiarn) og mer. Slutt."),
                       ["God til å tenke nytt (ref. Harry-Potter-dag, Beiarn) og mer.", "Slutt."], "no sentence ends inside brackets")
    }

    /// The theme's words are the analysed terms; here a word's lower-cased form.
    private func pick(_ texts: [String], groups: [String?], count: Int, terms: Set<String>) -> [ThemeQuote] {
        ThemeQuotes.pick(rows: Array(texts.indices), count: count, themeTerms: terms, text: { texts[$0] }, group: { groups[$0] },
                         terms: { $0.lowercased().split { !$0.isLetter }.map(String.init) })
    }

    func testASentenceWithTheThemesWordsIsPickedFromEachUnit() {
        let texts = ["Vi snakket lenge om mye rart i dag. Vi trenger mer samarbeid med skolen om timeplanen.",
                     "Kort.", "Samarbeid med skolen må starte på toppen i kommunen."]
        let quotes = pick(texts, groups: ["Gruppe 1", "Gruppe 2", "Gruppe 3"], count: 2, terms: ["samarbeid", "skolen"])
        XCTAssertEqual(quotes, [ThemeQuote(row: 0, text: "Vi trenger mer samarbeid med skolen om timeplanen."),
                                ThemeQuote(row: 2, text: "Samarbeid med skolen må starte på toppen i kommunen.")])
    }

    func testOneQuotePerGroupUntilEveryGroupHasGivenOne() {
        let texts = ["Samarbeid med skolen er viktig for oss.", "Samarbeid med skolen gir elevene mer.",
                     "Vi vil ha samarbeid med kulturlivet.", "Samarbeid med skolen trenger tid og penger."]
        let groups: [String?] = ["Gruppe 1", "Gruppe 1", "Gruppe 2", nil]
        XCTAssertEqual(pick(texts, groups: groups, count: 3, terms: ["samarbeid", "skolen"]).map(\.row), [0, 3, 2],
                       "the second of Gruppe 1 waits; a unit without a group is a voice of its own")
        XCTAssertEqual(pick(texts, groups: groups, count: 4, terms: ["samarbeid", "skolen"]).map(\.row), [0, 3, 2, 1],
                       "with more quotes than groups, a group speaks twice")
    }

    func testALineThatHeadsWhatFollowsIsNoQuote() {
        let quotes = pick(["Lokalt er det mange ulike utfordringer for skolen:\n- Vi har lite samarbeid med skolen nå."], groups: [nil],
                          count: 1, terms: ["skolen"])
        XCTAssertEqual(quotes.map(\.text), ["Vi har lite samarbeid med skolen nå."])
    }

    func testAUnitWithoutASentenceOfTheRightLengthOffersItsOpening() {
        let long = Array(repeating: "ord", count: 40).joined(separator: " ")
        let quotes = pick([long], groups: [nil], count: 1, terms: [])
        XCTAssertEqual(quotes.first?.text, Array(repeating: "ord", count: 30).joined(separator: " ") + " …")
    }
}
