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

    /// A dash at a line's start under a bulleted item that has not ended goes on with its sentence, as the PDF wrapped it;
    /// under a dashed item, or after a full stop, or before a capital, it is the next item.
    func testADashUnderAnUnfinishedBulletGoesOnWithItsSentence() throws {
        XCTAssertEqual(try text(of: "• F.eks. korps i skolen, handverksløft\n- alt i samarbeid med kulturskolen\n• Kombinasjonsstillinger"),
                       "• F.eks. korps i skolen, handverksløft - alt i samarbeid med kulturskolen\n• Kombinasjonsstillinger")
        XCTAssertEqual(try text(of: "- korps i skolen\n- alt i samarbeid med kulturskolen"), "- korps i skolen\n- alt i samarbeid med kulturskolen")
        XCTAssertEqual(try text(of: "• Korps i skolen.\n- alt i samarbeid"), "• Korps i skolen.\n- alt i samarbeid")
        XCTAssertEqual(try text(of: "• Korps i skolen\n- Alt i samarbeid"), "• Korps i skolen\n- Alt i samarbeid")
    }

    /// A label over what follows stands on a line of its own though the line above it has no full stop, as a PDF prints
    /// the last line of an answer over it; the end of a sentence wrapped before a name ("fra" / "Kulturskolerådet:") joins.
    func testALabelOverWhatFollowsStandsOnItsOwnLine() throws {
        XCTAssertEqual(try text(of: "Viktig å være synlig\nSpørsmål som ønskes besvart:\n1. Hvem var initiativtaker?"),
                       "Viktig å være synlig\nSpørsmål som ønskes besvart:\n1. Hvem var initiativtaker?")
        XCTAssertEqual(try text(of: "Vi fikk god hjelp fra\nKulturskolerådet:\n- et besøk"),
                       "Vi fikk god hjelp fra Kulturskolerådet:\n- et besøk")
    }

    /// The task's questions restated over the answers are the organisers' words: a post's text goes without them
    /// (a blank line between its answers), its segments carry them as `question`, and `raw` keeps them. A group's own
    /// question inside its answer stays.
    func testTaskQuestionsRestatedAsHeadingsAreNotThePostsText() throws {
        let box = { (group: String, answer: String) in
            "\(group)\n\nHva kan prosjektet bidra med i vår kommune?\n- \(answer)\nHva trenger vi svar på før vi søker?\n"
                + "- Hvor mye tid må vi sette av?\n- Økonomi.\n"
        }
        let corpus = try loadFixture(box("Gruppe 1: Bodø", "Nye samarbeidspartnere.") + "\n" + box("Gruppe 2: Fauske", "Forankring."),
                                     name: "oppgave.txt")
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post && $0.group == "Gruppe 1" })
        XCTAssertEqual(post.text, "- Nye samarbeidspartnere.\n\n- Hvor mye tid må vi sette av?\n- Økonomi.")
        XCTAssertTrue(post.raw.contains("Hva trenger vi svar på før vi søker?"))
        let answers = corpus.units.filter { $0.parent == post.id }
        XCTAssertEqual(answers.map(\.question), ["Hva kan prosjektet bidra med i vår kommune?", "Hva trenger vi svar på før vi søker?"])
        // One post alone restating a question is no task: the question is its text.
        let single = try loadFixture(box("Gruppe 1: Bodø", "Nye samarbeidspartnere."), name: "en.txt")
        XCTAssertTrue(try XCTUnwrap(single.units.first { $0.kind == .post }).text.hasPrefix("Hva kan prosjektet bidra med"))
    }

    /// A line labelled like a municipality's answer by a word that is no place ("- Økonomi: ...") answers for no
    /// municipality, and keeps its label: the word is what the group wrote about.
    func testALabelThatIsNoPlaceStaysInTheAnswer() throws {
        let corpus = try loadFixture("""
            Gruppe 4: Frøya, Gloppen

            Hva trenger vi å vite?
            - Økonomi: er pilotprosjektet fullfinansiert?
            - Samlinger: Hvor, når, hvordan?
            - Gloppen: Kven skal vere med frå oss?
            """, name: "etiketter.txt")
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.text), ["Økonomi: er pilotprosjektet fullfinansiert?", "Samlinger: Hvor, når, hvordan?",
                                              "Kven skal vere med frå oss?"])
        XCTAssertEqual(segments.map(\.municipalities), [["Frøya", "Gloppen"], ["Frøya", "Gloppen"], ["Gloppen"]])
    }

    /// One group named two ways on one board ("Gruppe 18" and "Rom 18", with the same municipalities) is one group,
    /// under its first name; the same number with other municipalities is another group.
    func testAGroupNamedTwoWaysWithTheSameNumberAndPlacesIsOne() throws {
        let corpus = try loadFixture("""
            Gruppe 18: NMF, Namsos, Ullensaker

            Vi vil samarbeide meir.

            Rom 18 NMF, Ullensaker, Namsos.

            Forventningar: meir tid.

            Rom 3: Bodø, Fauske

            Økonomi.

            Gruppe 3: Tromsø

            Lokale.
            """, name: "rom.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 18", "Gruppe 18", "Rom 3", "Gruppe 3"])
    }
}
