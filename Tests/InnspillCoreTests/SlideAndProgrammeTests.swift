import Foundation
import XCTest
@testable import InnspillCore

/// Decks and programmes exported without form feeds, and with a date on their first page.
final class SlideAndProgrammeTests: XCTestCase {
    func testADeckMarkedBySlideNumbersWithADateOnItsTitlePage() throws {
        let corpus = try loadFixture("""
            Dialogsamling Buskerud 2024
            Drammen, 4. april 2024
            Slide 1 of 3
            Gruppearbeid
            • Hvordan kan kulturskolen bli en del av laget rundt barnet?
            Slide 2 of 3
            Eksempel: Kongsberg
            • Kulturskoletime i SFO
            Slide 3 of 3
            """, name: "deck.txt")
        let slides = corpus.units.filter { $0.kind == .slide }
        XCTAssertEqual(slides.map(\.title), ["Dialogsamling Buskerud 2024", "Gruppearbeid", "Eksempel: Kongsberg"],
                       "a date alone is no board's creator line; 'Slide N of M' is a page break, not text")
        XCTAssertFalse(slides.contains { $0.text.contains("Slide") })
    }

    func testAProgrammeWithoutPageBreaksIsOneUnitPerTimeSlot() throws {
        let corpus = try loadFixture("""
            Regional samling Innlandet
            Scandic Hamar, 12. september 2024

            Program

            09:00 Registrering og kaffe

            kl. 9.30 Velkommen
            v/ Kari Nordby

            10:30 – 10:45 Pause

            10:45 Gruppearbeid 1
            Hva kjennetegner et godt samarbeid?
            """, name: "program.txt")
        let slides = corpus.units.filter { $0.kind == .slide }
        XCTAssertEqual(slides.map(\.title), ["Regional samling Innlandet", "09:00 Registrering og kaffe", "kl. 9.30 Velkommen",
                                             "10:30 – 10:45 Pause", "10:45 Gruppearbeid 1"])
    }

    /// A two-day programme: the second day's heading and the group tasks under the programme are blocks of their
    /// own, not the end of the item before them; "Dag 1 – Porsanger" in an item's list stays in the item.
    func testDayHeadingsAndGroupTasksStartBlocks() throws {
        let corpus = try loadFixture("""
            Kulturskuledagane i Vestland 2024

            10.00–10.30  Registrering og kaffi
            11.00–12.00  Om rettleiing

            Dag 1 – Porsanger
            Dag 2 – Ålesund
            19.00        Middag

            Dag 2 – onsdag 5. juni

            08.30–09.30  UKM og DKS
            11.30        Lunsj og heimreise

            Gruppearbeid 1
            1. Kva fungerer godt?

            """, name: "program.txt")
        let titles = corpus.units.map { $0.title ?? "" }
        XCTAssertEqual(titles, ["Kulturskuledagane i Vestland 2024", "10.00–10.30  Registrering og kaffi", "11.00–12.00  Om rettleiing",
                                "19.00        Middag", "Dag 2 – onsdag 5. juni", "08.30–09.30  UKM og DKS",
                                "11.30        Lunsj og heimreise", "Gruppearbeid 1"])
        XCTAssertTrue(corpus.units[2].text.contains("Dag 1 – Porsanger"), corpus.units[2].text)
        XCTAssertFalse(corpus.units[3].text.contains("Dag 2"), corpus.units[3].text)
    }

    /// A programme typed in Word with tabs between time, item and speaker: its titles and text have spaces there.
    func testTabsInAProgrammeAreSpaces() throws {
        let corpus = try loadFixture("""
            Regional samling Innlandet
            Scandic Hamar, 12. september 2024

            09.00\tRegistrering

            09.30\tVelkommen\tKulturskolerådet

            10.00\tPause

            10.15\tGruppearbeid

            """, name: "word.txt")
        XCTAssertEqual(corpus.units.map(\.title), ["Regional samling Innlandet", "09.00 Registrering", "09.30 Velkommen Kulturskolerådet",
                                                   "10.00 Pause", "10.15 Gruppearbeid"])
        XCTAssertFalse(corpus.units.contains { $0.text.contains("\t") })
    }

    func testTimeLines() {
        for line in ["09.30 Ankomst", "10.30 - 11.30", "14:15 Pause", "kl. 09.00–09.15 Velkommen", "9.00 Kaffe", "Kl 8:45"] {
            XCTAssertTrue(SlideReader.isTimeLine(Substring(line)), line)
        }
        for line in ["2024 var et godt år", "3.000 elever", "1. Hva", "40 % av elevene", "kl"] {
            XCTAssertFalse(SlideReader.isTimeLine(Substring(line)), line)
        }
    }

    func testPageFurniture() {
        for line in ["Side 2 av 5", "Page 3", "page 3 of 7", "Slide 3 of 5", "Lysbilde 4", "1/3", "- 4 -"] {
            XCTAssertTrue(PageFurniture.isPageNumber(Substring(line)), line)
        }
        for line in ["2", "34", "2 lærere", "Side om side", "Tema 2", "Gruppe 3"] {
            XCTAssertFalse(PageFurniture.isPageNumber(Substring(line)), line)
        }
    }
}
