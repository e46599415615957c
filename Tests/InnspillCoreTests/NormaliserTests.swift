import Foundation
import InnspillText
import XCTest
@testable import InnspillCore

/// How a post's lines become its text: words hyphenated across lines.
final class NormaliserTests: XCTestCase {
    override func setUpWithError() throws {
        guard NorwegianDictionaries.shared != nil else {
            throw XCTSkip("needs hunspell-no (/usr/share/hunspell/nb_NO, nn_NO): apt-get install hunspell-no")
        }
    }

    private func text(of lines: String) throws -> String {
        let corpus = try loadFixture("Gruppe 1: Bodø\n\n" + lines + "\n\nGruppe 2: Fauske\n\nSlutt.\n", name: "bindestrek.txt")
        return try XCTUnwrap(corpus.units.first { $0.kind == .post }).text
    }

    /// A line-end hyphen joins a word that is a word whole ("samarbeid"), stands for a compound's second half
    /// before "og" ("kultur- og idrettsliv"), and stays where the whole keeps it: a name or a number before
    /// the next line's capital or digit, an acronym, a single letter, a compound with other hyphens.
    func testWordsHyphenatedAcrossLines() throws {
        XCTAssertEqual(try text(of: "Vi trenger sam-\narbeid med skolen."), "Vi trenger samarbeid med skolen.")
        XCTAssertEqual(try text(of: "Både kultur-\nog idrettsliv er med."), "Både kultur- og idrettsliv er med.")
        XCTAssertEqual(try text(of: "Vi samarbeider med Nord-\nAurdal og en 2-\nlærer-ordning."),
                       "Vi samarbeider med Nord-Aurdal og en 2-lærer-ordning.")
        XCTAssertEqual(try text(of: "Alle MIKS-\nskolene får e-\npost-lista og Skule-\nheim-samarbeidet."),
                       "Alle MIKS-skolene får e-post-lista og Skule-heim-samarbeidet.")
    }
}
