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
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-04-04", "the date on the title page is the deck's")
    }

    /// A programme headed "PROGRAM" over its title: the title is the seminar's, and the date under it the corpus's
    /// (probe26: "PROGRAM" and no date).
    func testAProgrammesTitleAndDateUnderAGenericHeading() throws {
        let corpus = try loadFixture("""
            PROGRAM
            Regional kulturskolesamling Trøndelag
            Stjørdal, 22. oktober 2024

            09.00 Registrering og kaffe
            09.30 Velkommen v/ kultursjef i Stjørdal kommune
            10.30 Pause
            10.45 Gruppearbeid 1: Samarbeid med skolen
            """, name: "program.txt")
        XCTAssertEqual(corpus.title, "Regional kulturskolesamling Trøndelag")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-10-22")
        XCTAssertTrue(SlideReader.isGenericHeading("Lysbilde 1"))
        XCTAssertFalse(SlideReader.isGenericHeading("Programmering i kulturskolen"))
        XCTAssertFalse(SlideReader.isGenericHeading("Agenda 2030"), "a number that names something (probe27)")
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
                                "19.00        Middag", "08.30–09.30  UKM og DKS",
                                "11.30        Lunsj og heimreise", "Gruppearbeid 1"], "a day's heading alone is no unit")
        XCTAssertEqual(corpus.units.map(\.section), [nil, nil, nil, nil, "Dag 2 – onsdag 5. juni", "Dag 2 – onsdag 5. juni",
                                                     "Dag 2 – onsdag 5. juni"], "it is the day of the blocks under it")
        XCTAssertTrue(corpus.units[2].text.contains("Dag 1 – Porsanger"), corpus.units[2].text)
        XCTAssertFalse(corpus.units[3].text.contains("Dag 2"), corpus.units[3].text)
    }

    /// A deck's slide that lists the day's times is one slide; the footer and the slide number at the foot of every
    /// slide, and the title printed again at the top of a programme's page, are no text.
    func testADecksProgrammeSlideFooterAndRunningHeader() throws {
        let footer = "Fremtidens kulturskole | Regional samling Troms, Tromsø 5. mars 2024"
        let deck = try loadFixture("""
            Fremtidens kulturskole

            Regional samling Troms
            \u{0C}Program for dagen

            10.00 Velkommen

            11.00 Gruppeoppgave 1

            12.00 Lunsj

            \(footer)

            2
            \u{0C}Hva sier rammeplanen?

            Kulturskolen som ressurssenter.

            \(footer)

            3
            \u{0C}Veien videre

            Neste samling i Harstad.

            \(footer)

            4
            """, name: "deck.txt")
        XCTAssertEqual(deck.units.map(\.title), ["Fremtidens kulturskole", "Program for dagen", "Hva sier rammeplanen?", "Veien videre"])
        XCTAssertFalse(deck.units.contains { $0.text.contains("Regional samling Troms, Tromsø") }, deck.units.map(\.text).joined(separator: "|"))
        XCTAssertEqual(deck.units.last?.text, "Veien videre\nNeste samling i Harstad.")
        let programme = try loadFixture("""
            PROGRAM

            Dialogseminar – Nordland

            Tirsdag 6. februar

            09.00–09.30 Registrering

            09.30–09.45 Velkommen

            09.45–10.30 Kulturskolen som ressurssenter
            \u{0C}Dialogseminar – Nordland

            13.40–15.00 Gruppedialog 2

            15.00–15.30 Oppsummering

            19.00 Middag
            """, name: "program.txt")
        XCTAssertFalse(programme.units.contains { $0.text.contains("Gruppedialog 2") && $0.text.contains("Nordland") })
        XCTAssertEqual(programme.units.filter { $0.section == "Tirsdag 6. februar" }.count, 6)
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

/// Notes pages printed from a presentation program: each page under the same running header, ending with the date
/// and "Lysbilde N av M" before the form feed.
final class NotesPagesTests: XCTestCase {
    func testTheRunningHeaderAndTheDateFooterAreFurniture() throws {
        let page = { (title: String, body: String, n: Int) in
            "Fremtidens kulturskole – dialogseminar Trøndelag\n\n\(title)\n\n\(body)\n\n14.11.2024\n\nLysbilde \(n) av 3\n\u{0C}"
        }
        let text = page("Fremtidens kulturskole", "Ønsk velkommen.", 1) + page("Program", "10.00 Velkommen", 2)
            + page("Veien videre", "Nytt seminar våren 2025.", 3)
        let corpus = try loadFixture(text, name: "notatsider.txt")
        let slides = corpus.units.filter { $0.kind == .slide }
        XCTAssertEqual(slides.map(\.title), ["Fremtidens kulturskole", "Program", "Veien videre"])
        XCTAssertFalse(slides.contains { $0.text.contains("14.11.2024") || $0.text.contains("dialogseminar Trøndelag") },
                       slides.map(\.text).joined(separator: " | "))
    }
}
