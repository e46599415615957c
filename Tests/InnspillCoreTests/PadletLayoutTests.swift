import Foundation
import InnspillText
import XCTest
@testable import InnspillCore

/// A board laid out as the issue describes exports the project has not seen: posts that start with a
/// group header in any of its forms (no author lines), a question box before each column's posts,
/// headers that name their theme, and a post with no header after a permalink. Read post by post.
final class PadletLayoutTests: XCTestCase {
    static let board = """

        Dialogseminar Fremtidens kulturskole

        TORKEL ØIEN 9. FEBRUAR 2023, 08:38 UTC

        Her skriver gruppene inn svarene sine.

        Dialogtema 1

        Hvordan svarer vi?
        1. Hva er kulturskolens viktigste rolle i kommunen?
        2. Hvilke samarbeidspartnere trenger vi?

        Dialogtema 1 - AskØygarden

        1. Kulturskolen er en viktig del av oppvekstsektoren.
        2. Skole, barnehage og frivillige lag.

        https://padlet.com/torkel/dialog2023/wish/1

        Stranda, Stryn Valle, Inderøy

        1./2. Vi må jobbe mer på tvers av sektorer.

        https://padlet.com/torkel/dialog2023/wish/2

        Trondheim, Gruppe 3

        Vi trenger flere lærere med bred kompetanse.

        https://padlet.com/torkel/dialog2023/wish/3

        Dialogtema 2 - Gruppeoppgaver

        Hvordan svarer vi?
        1. Hva kan vi gjøre sammen?
        2. Hva trenger vi fra Kulturskolerådet?

        GRUPPE 5
        Kommunar: Sogndal, Luster, Førde

        1. Vi kan dele lærere mellom kommunene.
        2. Kurs og nettverk.

        https://padlet.com/torkel/dialog2023/wish/4

        Svar fra Rom 8.

        Del 2, spørsmål 1: Felles talentprogram.
        Del 2, spørsmål 2: Hjelp med søknader.

        https://padlet.com/torkel/dialog2023/wish/5

        Gruppe 4 - Tema 1

        Vi glemte å svare på tema 1: kulturskolen skal være for alle.

        https://padlet.com/torkel/dialog2023/wish/6

        Dette innlegget har ingen overskrift. Det handler om
        samarbeid med biblioteket.

        https://padlet.com/torkel/dialog2023/wish/7

        """

    /// A board that prints the header's long date form on every post, as some boards do: in English
    /// ("NOV 12, 2020 10:14AM") and in Norwegian with UTC times ("9. FEBRUAR 2023, 10:12 UTC"); the
    /// organiser's posts are the questions, one titled "Dialogtema 1 - spørsmål til gruppene".
    static let longStampBoard = """
        TORKEL ØIEN 9. FEBRUAR 2023, 08:38 UTC

        Regional samling Vestland 2023

        Her skriv gruppene inn svara sine.

        Dialogtema 1

        TORKEL ØIEN 9. FEBRUAR 2023, 08:40 UTC

        Dialogtema 1 - spørsmål til gruppene

        1. Korleis kan kulturskulen bli ein del av laget rundt barnet?
        2. På kva område kan de samarbeide meir med grunnskulen?

        KULTURSKULEN I SUNNFJORD 9. FEBRUAR 2023, 10:12 UTC

        Gruppe 1: Sunnfjord, Kinn og Bremanger

        1. Vi har samarbeid med PPT i Sunnfjord.
        2. Valfag i ungdomsskulen er eit godt døme.

        OLA NESHEIM NOV 12, 2020 10:21AM

        Dialogtema 1 - AskØygarden

        1 Korleis kan kulturskulen bli ein del av laget rundt barnet?
        Øygarden har tilsett to musikkterapeutar.
        2 På kva område kan de samarbeide meir med grunnskulen?
        Kulturskuletimen og DKS.

        SISSEL HOLM-JENSEN (REFERENT FOR
        GRUPPE 2) NOV 12, 2020 10:29AM

        Gruppe 2: Våler, Råde og Moss

        Råde og Våler deler rektor.

        Dialogtema 2 - Gruppeoppgåver

        TORKEL ØIEN 9. FEBRUAR 2023, 11:30 UTC

        Dialogtema 2 - spørsmål

        Spørsmål 1: Kva er dei største hindringane for samarbeid?
        Spørsmål 2: Kven bør kulturskulen alliere seg med?

        KULTURSKULEN I FØRDE 9. FEBRUAR 2023, 11:52 UTC

        Dialogtema 2 - Gruppe: Førde

        Spørsmål 1: Økonomi.
        Spørsmål 2: Skulesjefen og NAV.

        """

    func testAuthorLinesInTheHeadersLongFormStartPosts() throws {
        let corpus = try loadFixture(PadletLayoutTests.longStampBoard, name: "long-stamps.txt")
        XCTAssertEqual(corpus.title, "Regional samling Vestland 2023")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["KULTURSKULEN I SUNNFJORD", "OLA NESHEIM", "SISSEL HOLM-JENSEN (REFERENT FOR GRUPPE 2)",
                                             "KULTURSKULEN I FØRDE"])
        // 10:12 UTC on 9 February is 11:12 in Norway (winter time); the English form is printed in Norwegian time.
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2023-02-09T11:12:00", "2020-11-12T10:21:00",
                                                                     "2020-11-12T10:29:00", "2023-02-09T12:52:00"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "AskØygarden", "Gruppe 2", "Førde"])
        XCTAssertEqual(posts.map(\.section), ["Dialogtema 1", "Dialogtema 1", "Dialogtema 1", "Dialogtema 2 - Gruppeoppgåver"])
        XCTAssertEqual(posts[2].municipalities, ["Våler (Østfold)", "Råde", "Moss"])
    }

    /// A board exported with a Norwegian locale prints the post's time on a 24-hour clock, after the date
    /// written out, cut short or in figures; "Dag 2" over the posts is a section.
    func testAuthorLinesWithANorwegianDateAndA24HourClock() throws {
        let corpus = try loadFixture("""
            KULTURSKOLERÅDET INNLANDET 11. november 2024 14:02

            Kulturskolesamling Innlandet

            Dag 1

            Tone Bakken 13. november 2024 13:41

            Gruppe 1 – Våler og Åsnes

            Felles rektor.

            PER SÆTRE 13. nov. 2024 kl. 13:44

            Gruppe 2 – Nord-Fron og Ringebu

            Færre på venteliste.

            Dag 2 – torsdag 14. november 2024

            Lise Gausdal 14.11.2024, 09:36

            Gruppe 3 – Lillehammer og Øyer

            Søke om midlar frå fylket 20. mars 2025 14:00
            """, name: "tidslinje.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Tone Bakken", "PER SÆTRE", "Lise Gausdal"])
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2024-11-13T13:41:00", "2024-11-13T13:44:00", "2024-11-14T09:36:00"])
        XCTAssertEqual(posts.map(\.section), ["Dag 1", "Dag 1", "Dag 2 – torsdag 14. november 2024"])
        XCTAssertEqual(posts.map(\.text), ["Felles rektor.", "Færre på venteliste.", "Søke om midlar frå fylket 20. mars 2025 14:00"])
    }

    /// Times as other locales and hand-edited exports print them: "kl. 10.14" (the Norwegian standard's point), a
    /// year of two figures ("14.03.24", "3/14/24 10:14"), ISO ("2024-03-14 10:25"). Each of these posts was read into
    /// the one before it; a number after "kl." is a time only there.
    func testAuthorLinesWithTheNorwegianStandardsTimeTwoFigureYearsAndISODates() throws {
        let corpus = try loadFixture("""
            Hege Posaas 3/14/2024 &

            Kulturskoleforum Viken

            Kari Nordmann 14. mars 2024 10:02
            Gruppe 1 – Asker og Bærum
            Vi vil samarbeide om et felles talentprogram.

            Ola Hansen 14. mars 2024 kl. 10.14
            Gruppe 2 – Drammen
            Drammen har fått ny kulturskolerektor.

            Per Olsen 14.03.24 10:19
            Gruppe 3 – Lillestrøm og Nittedal
            Vi ønsker en felles fagdag.

            Anne Lise Berg 2024-03-14 10:25
            Gruppe 5 – Moss og Råde
            Vi deler lærere i visuell kunst.

            Siv Lie 3/14/24 10:31
            Gruppe 6 – Hole
            Versjon 2.10 av planen er klar.
            """, name: "datoformer.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Kari Nordmann", "Ola Hansen", "Per Olsen", "Anne Lise Berg", "Siv Lie"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2", "Gruppe 3", "Gruppe 5", "Gruppe 6"])
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2024-03-14T10:02:00", "2024-03-14T10:14:00", "2024-03-14T10:19:00",
                                                                     "2024-03-14T10:25:00", "2024-03-14T10:31:00"])
        XCTAssertEqual(posts.last?.text, "Versjon 2.10 av planen er klar.")
        XCTAssertNil(PadletDates.stamp("Møtet er satt til 2.10"), "a point between figures is a time only after 'kl.'")
        XCTAssertNil(PadletDates.numericDate("2.10"))
        XCTAssertNil(PadletDates.numericDate("14.03.245"))
        // A note's line ends the same way: in a form Padlet does not print, only a name written as one is an author.
        for line in ["Neste møte 20.03.24 10:00", "Konsert i Dampsaga 3/20/24 19:00", "Oppstart 15. august 2024 kl. 09.00",
                     "Onsdag 20.03.24 kl. 18.00", "Kilden 20.03.24 10:00", "Vi møtes 20.03.24 10:00", "Neste møte 20.03.2024 10:00",
                     "Neste møte 20. mars 2024 10:00"] {
            XCTAssertNil(PadletDates.stamp(Substring(line)), line)
        }
        XCTAssertEqual(PadletDates.stamp("TRINE 14.03.24 10:19")?.author, "TRINE")
        XCTAssertEqual(PadletDates.stamp("Gruppe 4 2024-03-14 10:25")?.author, "Gruppe 4")
    }

    /// A board whose export starts at its title, with no creator line: the first post's author line is not the
    /// creator's, whether its author is a group or it stands under a group's header; the organisers' sentence under
    /// the title is the board's description, not more of its title. (The first post became the board's description
    /// and its group heading went into the title.)
    func testABoardWithoutACreatorLine() throws {
        let underAGroup = try loadFixture("""
            Kulturskoleforum 2024

            Skriv inn hovedpunktene fra gruppa. En person skriver for alle.

            Gruppe 3 – Lillestrøm og Nittedal

            Kari Nordmann 14.03.2024 10:14
            Vi trenger flere møteplasser mellom kulturskole og skole.

            Ola Hansen 14. mar. 2024 kl. 10:19
            Lillestrøm har god erfaring med kulturskoletimen.
            """, name: "utenskaper.txt")
        XCTAssertEqual(underAGroup.title, "Kulturskoleforum 2024")
        let posts = underAGroup.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Kari Nordmann", "Ola Hansen"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 3", "Gruppe 3"])
        XCTAssertEqual(posts.map(\.municipalities), [["Lillestrøm", "Nittedal"], ["Lillestrøm", "Nittedal"]])
        XCTAssertEqual(underAGroup.units.filter { $0.kind == .prompt }.map(\.text),
                       ["Skriv inn hovedpunktene fra gruppa. En person skriver for alle."])

        let groupsAsAuthors = try loadFixture("""
            Kulturskulekonferansen 2023

            Gruppe 9 (Sogndal, Luster) 12. mars 2023 kl. 10.15

            Vi manglar lærarar i fleire fag, særleg dans.

            Gruppe 11 (Stad, Kinn og Bremanger) 12. mars 2023 kl. 10.32

            Vi har fått ny rektor.
            """, name: "grupper.txt")
        let answers = groupsAsAuthors.units.filter { $0.kind == .post }
        XCTAssertEqual(answers.map(\.group), ["Gruppe 9", "Gruppe 11"])
        XCTAssertEqual(answers.map(\.municipalities), [["Sogndal", "Luster"], ["Stad", "Kinn", "Bremanger"]])
        XCTAssertEqual(answers.map { $0.posted.map(ISODate.string) }, ["2023-03-12T10:15:00", "2023-03-12T10:32:00"])
        XCTAssertEqual(answers.first?.text, "Vi manglar lærarar i fleire fag, særleg dans.")

        // "Stad:" over its answer, in a post whose author line named the group's places, is one municipality's answer:
        // it stays in the text (it was read as the post's title, and its segment got all three municipalities).
        let places = try loadFixture("""
            Kulturskulekonferansen 2023

            Gruppe 11 (Stad, Kinn og Bremanger) 12. mars 2023 kl. 10.32

            Stad: Vi har fått ny rektor og skal lage ny plan.
            Kinn: Kulturskulen i Florø og Måløy er slått saman.
            """, name: "stader.txt")
        let post = try XCTUnwrap(places.units.first { $0.kind == .post })
        XCTAssertNil(post.title)
        XCTAssertTrue(post.text.hasPrefix("Stad: Vi har fått ny rektor"), post.text)
        XCTAssertEqual(places.units.filter { $0.kind == .segment }.map(\.municipalities), [["Stad"], ["Kinn"]])
    }

    /// A board with a column per group: the group header over the column's author lines gives its posts their
    /// group and municipalities, until the next column, also to an author named after one of its places.
    /// (It was dropped, and the posts had neither.)
    func testAColumnTitledWithAGroupHeader() throws {
        let corpus = try loadFixture("""
            KULTURSKOLERÅDET NORDLAND NOV 12, 2024 02:15PM

            Regionsamling Nordland

            Gruppe 1 – Bodø og Fauske

            ANNE HANSEN NOV 14, 2024 10:12AM
            1. Bodø har kulturskoletime i SFO.

            KARI LIE NOV 14, 2024 10:20AM
            2. Vi deler lærere.

            Gruppe 4 – Bø, Hadsel og Sortland

            KULTURSKOLEN I BØ NOV 14, 2024 10:15AM
            1. Tilbud i skoletida.

            Gruppe 2: Vefsn og Grane

            SIRI KVANDAL NOV 14, 2024 10:13AM
            1. Grane låner gymsalen gratis.
            """, name: "kolonner.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["ANNE HANSEN", "KARI LIE", "KULTURSKOLEN I BØ", "SIRI KVANDAL"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 4", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø", "Fauske"], ["Bodø", "Fauske"], ["Bø", "Hadsel", "Sortland"], ["Vefsn", "Grane"]])
        XCTAssertEqual(posts.map(\.section), [nil, nil, nil, nil])
    }

    /// A group header the PDF wrapped at a hyphen ("Gruppe 4: Nord-" / "Aurdal, Sør-Aurdal") is one header, over a
    /// column or starting a post; the second line was a post of its own.
    func testAGroupHeaderWrappedAtAHyphen() throws {
        let board = try loadFixture("""
            TESTBRETT NOV 12, 2024 02:15PM

            Regionsamling

            Gruppe 4: Nord-
            Aurdal, Sør-Aurdal

            OLA NOV 14, 2024 10:14AM
            Andre post.
            """, name: "kolonne.txt")
        XCTAssertEqual(board.units.filter { $0.kind == .post }.map(\.municipalities), [["Nord-Aurdal", "Sør-Aurdal"]])
        let summary = try loadFixture("""
            Gruppe 3: Gol, Hol

            Vi deler lærere.

            Gruppe 4: Nord-
            Aurdal, Etnedal
            Vi har felles rektor.
            """, name: "referat.txt")
        let posts = summary.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.municipalities), [["Gol", "Hol"], ["Nord-Aurdal", "Etnedal"]])
        XCTAssertEqual(posts.map(\.text), ["Vi deler lærere.", "Vi har felles rektor."])
    }

    /// A participant's question to a named place ("Spørsmål til Larvik: ...", OCR'd or not) is a post; the
    /// organisers' "Spørsmål til gruppene" heads their box.
    func testAQuestionToANamedPlaceIsAPost() throws {
        XCTAssertFalse(PadletTextReader.isPromptBoxTitle("Spørsmål til Larvik: Hvordan fikk dere politikerne med?"))
        XCTAssertFalse(PadletTextReader.isPromptBoxTitle("Spgrsmal til Larvik: Hvordan fikk dere det til?"))
        XCTAssertTrue(PadletTextReader.isPromptBoxTitle("Spørsmål til gruppene"))
        // A conversation's questions by another compound, OCR'd after its picture's debris too (probe round 20).
        XCTAssertTrue(PadletTextReader.isPromptBoxTitle("Samtalespørsmål, samtale 2"))
        XCTAssertTrue(PadletTextReader.isPromptBoxTitle("» “?%@W « &@ Samtalesporsmal, samtale 1"))
        XCTAssertFalse(PadletTextReader.isPromptBoxTitle("Lærarspørsmål frå Voss"))
        let corpus = try loadFixture("""
            KULTURSKOLERÅDET NOV 12, 2024 02:15PM

            Samling

            SIGRID NOV 14, 2024 09:50AM
            Spørsmål til Larvik: Hvordan fikk dere politikerne med?
            Hvem tok initiativet?
            """, name: "sporsmal.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.author), ["SIGRID"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.count, 0)
    }

    /// A board printed in two columns and kept in its layout (`pdftotext -layout`): the left column is read, then
    /// the right, so no post merges with its neighbour; a warning says so. (Each post was two merged before.)
    func testABoardInTwoColumnsIsReadColumnByColumn() throws {
        let left = ["Gruppe 1 – Bodø og Fauske", "", "ANNE HANSEN NOV 14, 2024 10:12AM", "1. Bodø har kulturskoletime i SFO,",
                    "og Fauske har korps.", "", "TROND MYRVANG NOV 14, 2024 10:16AM", "2. Lange avstander og ulike",
                    "ringetider i Saltdal.", "", "ANNE HANSEN NOV 14, 2024 10:21AM", "3. Et nettverk for rektorene."]
        let right = ["Gruppe 2 – Vefsn og Grane", "", "SIRI KVANDAL NOV 14, 2024 10:13AM", "1. Vefsn har felles planleggingsdag",
                     "med grunnskolen.", "", "ÅSMUND LIE NOV 14, 2024 10:18AM", "2. Vi mangler lokaler, og skolen",
                     "eier alle rommene.", "", "SIRI KVANDAL NOV 14, 2024 10:24AM", "3. Kurs i duodji."]
        let page = zip(left, right).map { l, r in r.isEmpty ? l : l.padding(toLength: 46, withPad: " ", startingAt: 0) + r }
        let text = "KULTURSKOLERÅDET NORDLAND NOV 12, 2024 02:15PM\n\nRegionsamling Nordland\n\n" + page.joined(separator: "\n") + "\n"
        let corpus = try loadFixture(text, name: "tospalte.txt")
        XCTAssertTrue(corpus.warnings.contains { $0.contains("two columns") }, "\(corpus.warnings)")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["ANNE HANSEN", "TROND MYRVANG", "ANNE HANSEN", "SIRI KVANDAL", "ÅSMUND LIE", "SIRI KVANDAL"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 1", "Gruppe 2", "Gruppe 2", "Gruppe 2"])
        XCTAssertEqual(posts[1].text, "2. Lange avstander og ulike ringetider i Saltdal.")
        XCTAssertNil(ColumnLayout.unfolded(SourceLine.split("Ord   og   mellomrom\nKort linje.")))
    }

    /// A post whose first line opens with its group and goes on with a sentence ("Gruppe 5: Vi har en koordinator i
    /// Sandefjord.") keeps the sentence as its text, and the place in it is a mention; a header that lists the
    /// group's municipalities stays a header. (The sentence was the title, and the municipality taking part.)
    func testAGroupLabelBeforeTheFirstSentence() throws {
        let corpus = try loadFixture("""
            KULTURSKOLERÅDET NOV 12, 2024 02:15PM

            Samling

            KARI NOV 14, 2024 10:12AM
            Gruppe 5: Vi har en koordinator i Sandefjord.
            Det fungerer godt.

            PER NOV 14, 2024 10:14AM
            Gruppe 6: Larvik og Porsgrunn
            Vi deler lærere.
            """, name: "gruppe-og-tekst.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 5", "Gruppe 6"])
        XCTAssertEqual(posts.map(\.text), ["Vi har en koordinator i Sandefjord. Det fungerer godt.", "Vi deler lærere."])
        XCTAssertEqual(posts.map(\.municipalities), [[], ["Larvik", "Porsgrunn"]])
        XCTAssertEqual(posts.first?.mentions, ["Sandefjord"])
    }

    /// Notes typed without author lines, a paragraph per group that opens with the group ("Gruppe 1: Vi trenger ..."),
    /// give the group and the whole paragraph as the post's text. (The line was taken for a header, and the
    /// answer was lost.)
    func testAGroupLabelOpeningAParagraphOfTypedNotes() throws {
        let corpus = try loadFixture("""
            Innspill fra gruppene

            Gruppe 1: Vi trenger mer samarbeid med skolen i Bodø. Og mer tid.

            Gruppe 2: Økonomien i Ås er stram, men vi får til mye.
            """, name: "notater.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.text), ["Vi trenger mer samarbeid med skolen i Bodø. Og mer tid.",
                                           "Økonomien i Ås er stram, men vi får til mye."])
        XCTAssertEqual(posts.map(\.municipalities), [[], []], "places in the sentence are mentions, not the group's")
        XCTAssertEqual(posts.map(\.mentions), [["Bodø"], ["Ås"]])
    }

    func testTheOrganisersPostsAreThePromptsTheAnswersLinkTo() throws {
        let corpus = try loadFixture(PadletLayoutTests.longStampBoard, name: "long-stamps.txt")
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.question != nil && $0.title != "Board description" }
        XCTAssertEqual(prompts.map(\.text), ["Korleis kan kulturskulen bli ein del av laget rundt barnet?",
                                             "På kva område kan de samarbeide meir med grunnskulen?",
                                             "Kva er dei største hindringane for samarbeid?", "Kven bør kulturskulen alliere seg med?"])
        let segments = corpus.units.filter { $0.kind == .segment }
        let promptText = { (s: InnspillCore.Unit) -> String? in s.prompt.flatMap { id in corpus.units.first { $0.id == id }?.text } }
        XCTAssertEqual(segments.filter { $0.group == "AskØygarden" }.map(\.text), ["Øygarden har tilsett to musikkterapeutar.",
                                                                                   "Kulturskuletimen og DKS."],
                       "a numbered question line without a full stop keeps its answer under it")
        XCTAssertEqual(segments.filter { $0.group == "AskØygarden" }.map(promptText), prompts.prefix(2).map(\.text))
        XCTAssertEqual(segments.filter { $0.group == "Førde" }.map(promptText), prompts.suffix(2).map(\.text))
    }

    func testEveryPostWithItsGroupSectionMunicipalitiesAndURL() throws {
        let corpus = try loadFixture(PadletLayoutTests.board, name: "board-2023.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.url), (1...7).map { "https://padlet.com/torkel/dialog2023/wish/\($0)" })
        XCTAssertEqual(posts.map(\.group), ["AskØygarden", "Stranda, Stryn Valle, Inderøy", "Gruppe 3", "Gruppe 5", "Rom 8",
                                            "Gruppe 4", nil])
        XCTAssertEqual(posts.map(\.section), ["Dialogtema 1", "Dialogtema 1", "Dialogtema 1", "Dialogtema 2 - Gruppeoppgaver",
                                              "Dialogtema 2 - Gruppeoppgaver", "Dialogtema 1", "Dialogtema 2 - Gruppeoppgaver"],
                       "a header's theme names its column wherever the post stands")
        XCTAssertEqual(posts.map(\.municipalities), [["Askøy", "Øygarden"], ["Stranda", "Stryn", "Valle", "Inderøy"], ["Trondheim"],
                                                     ["Sogndal", "Luster", "Sunnfjord"], [], [], []])
        XCTAssertEqual(posts.last?.text, "Dette innlegget har ingen overskrift. Det handler om samarbeid med biblioteket.",
                       "text after a permalink that ends a post is a post of its own")
        XCTAssertEqual(posts[2].text, "Vi trenger flere lærere med bred kompetanse.")
    }

    func testTheQuestionBoxEndsWhereTheNextPostStarts() throws {
        let corpus = try loadFixture(PadletLayoutTests.board, name: "board-2023.txt")
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.title == "Hvordan svarer vi?" }
        XCTAssertEqual(prompts.map(\.text), ["Hva er kulturskolens viktigste rolle i kommunen?", "Hvilke samarbeidspartnere trenger vi?",
                                             "Hva kan vi gjøre sammen?", "Hva trenger vi fra Kulturskolerådet?"])
        XCTAssertEqual(prompts.map(\.section), ["Dialogtema 1", "Dialogtema 1", "Dialogtema 2 - Gruppeoppgaver",
                                                "Dialogtema 2 - Gruppeoppgaver"])
    }

    func testAnswersAreLinkedToTheQuestionsOfTheirColumn() throws {
        let corpus = try loadFixture(PadletLayoutTests.board, name: "board-2023.txt")
        let segments = corpus.units.filter { $0.kind == .segment }
        func questions(ofGroup group: String) -> [String?] { segments.filter { $0.group == group }.map(\.question) }
        XCTAssertEqual(questions(ofGroup: "AskØygarden"), ["Hva er kulturskolens viktigste rolle i kommunen?",
                                                           "Hvilke samarbeidspartnere trenger vi?"])
        XCTAssertEqual(questions(ofGroup: "Rom 8"), ["Hva kan vi gjøre sammen?", "Hva trenger vi fra Kulturskolerådet?"],
                       "'Del 2, spørsmål 1:' answers question 1")
    }

    /// Names that share letters ("AskØygarden": Askøy and Øygarden share the "ø") in a header line.
    func testRunTogetherNamesInAHeader() {
        let found = GazetteerPlaces.shared.headerMunicipalities("AskØygarden")
        XCTAssertEqual(found.municipalities, ["Askøy", "Øygarden"])
        XCTAssertTrue(found.complete)
    }

    /// The OCR'd caption of the question box's picture, then its title again in clean text: the title is no question.
    func testTheBoxTitlePrintedTwiceIsNoQuestion() throws {
        let text = """
            Hege Posaas 3/10/2025 &

            Regionalt dialogmøte

            Dialogtema 1
            » “?%@W « &@ Dialogsporsmal, dialogtema 1

            Dialogsporsmal, dialogtema 1

            « Hva la dere merke til i presentasjonen?

            « Hvordan kan dere samarbeide bedre med skolen?

            Gruppe 1 3/12/259:05AM
            Gruppe 1: Steinkjer, Snåsa og Inderøy

            Spørsmål 1: Vi har faste møter med skolen.
            Spørsmål 2: Trenger mer tid.
            """
        let corpus = try loadFixture(text, name: "box-title.txt")
        let questions = corpus.units.filter { $0.kind == .prompt && $0.question != nil && $0.title != "Board description" }
        XCTAssertEqual(questions.map(\.text), ["Hva la dere merke til i presentasjonen?", "Hvordan kan dere samarbeide bedre med skolen?"])
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.prompt), questions.map(\.id))
    }
}

/// Answers and the questions they answer, wherever each stands.
final class AnswerLinkTests: XCTestCase {
    func testAnswersLinkToAQuestionBoxFurtherDownAndNotToAnotherColumnsQuestions() throws {
        let text = """
            Hege Posaas 3/10/2025 &

            Regionalt dialogmøte

            Dialogtema 1

            Gruppe 1 3/12/25 9:05AM
            Gruppe 1: Steinkjer og Snåsa

            Spørsmål 1: Faste møter med skolen.
            Spørsmål 2: Mer tid.

            Gruppe 1 3/12/25 9:14AM
            Spørsmål 3: Kompetanse på scenekunst.

            Dialogsporsmal, dialogtema 1

            « Hva la dere merke til?

            « Hvordan kan dere samarbeide bedre med skolen?

            « Hva kan kulturskolen bidra med?

            Dialogtema 2
            Gruppe 1 3/12/25 11:02AM

            Del 2, spørsmål 1: Mer samarbeid med NAV.
            Del 2, spørsmål 2: Kulturskoletimen.
            """
        let corpus = try loadFixture(text, name: "later-box.txt")
        let segments = corpus.units.filter { $0.kind == .segment }
        let promptText = { (s: InnspillCore.Unit) -> String? in s.prompt.flatMap { id in corpus.units.first { $0.id == id }?.text } }
        XCTAssertEqual(segments.map(promptText), ["Hva la dere merke til?", "Hvordan kan dere samarbeide bedre med skolen?",
                                                  "Hva kan kulturskolen bidra med?", nil, nil],
                       "a lone 'Spørsmål 3:' answers question 3; Dialogtema 2 has no questions of its own")
        XCTAssertEqual(segments.map(\.question).prefix(3), ["Hva la dere merke til?", "Hvordan kan dere samarbeide bedre med skolen?",
                                                            "Hva kan kulturskolen bidra med?"])
    }

    /// The question box printed again inside a post gives no second set of prompts.
    func testAQuestionBoxPrintedTwiceGivesItsPromptsOnce() throws {
        let text = """
            TORKEL ØIEN MAR 18, 2021 08:15AM

            Samling

            Tema 1

            Spørsmål til tema 1

            1. Kva er kulturskulen si viktigaste oppgåve?
            2. Kven samarbeider de med?

            Rom 4: Kristiansund, Averøy

            Spørsmål 1: Eit breitt tilbod, men lange ventelister.

            Spørsmål 2: Averøy vil prøve
            ut eit tilbod i dans, og kanskje

            Spørsmål til tema 1

            1. Kva er kulturskulen si viktigaste oppgåve?
            2. Kven samarbeider de med?

            eit samarbeid med NAV.
            """
        let corpus = try loadFixture(text, name: "box-twice.txt")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.text), ["Kva er kulturskulen si viktigaste oppgåve?", "Kven samarbeider de med?"])
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.prompt), prompts.map(\.id))
        XCTAssertEqual(segments.last?.text, "Averøy vil prøve ut eit tilbod i dans, og kanskje eit samarbeid med NAV.")
    }
}

/// What a board prints around its posts: comments, reactions, page numbers, titles; and groups that post as themselves.
final class BoardFurnitureTests: XCTestCase {
    func testCommentsReactionsAndPageNumbersAreNotThePostsText() throws {
        let corpus = try loadFixture("""
            NORSK KULTURSKOLERÅD 6. SEPTEMBER 2023, 07:45 UTC

            Kulturskoledagane 2023

            Erfaringsdeling

            INGRID HAUGEN 6. SEPTEMBER 2023, 09:12 UTC

            Gruppe 1: Skien og Porsgrunn

            Vi har hatt kulturskuletime i SFO i to år.

            ♥ 3

            2 kommentarer

            PER OLSEN
            Så bra! Korleis finansierer de dette?

            https://padlet.com/nkr/vt2023/wish/4401

            Side 2 av 3

            KARI NES 6. SEPTEMBER 2023, 09:31 UTC

            Talentprogram

            Gruppe 3: Tønsberg og Færder

            Vi har starta eit talentprogram.

            1 kommentar

            Ola Strand 9/6/23 9:40 AM
            Kven kan søkje?

            Gruppe 4 - Notodden og Tinn 9/6/23 9:50 AM
            Skyss er eit problem.
            """, name: "furniture.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi har hatt kulturskuletime i SFO i to år.", "Vi har starta eit talentprogram.", "Skyss er eit problem."])
        XCTAssertEqual(posts.map(\.title), ["Gruppe 1: Skien og Porsgrunn", "Talentprogram", nil], "a title between the author line and the header")
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 3", "Gruppe 4"])
        XCTAssertEqual(posts.map(\.municipalities), [["Skien", "Porsgrunn"], ["Tønsberg", "Færder"], ["Notodden", "Tinn"]],
                       "a group posting as itself names its municipalities in its author line")
        XCTAssertEqual(posts.map(\.author), ["INGRID HAUGEN", "KARI NES", "Gruppe 4 - Notodden og Tinn"])
        XCTAssertTrue(posts[0].raw.contains("PER OLSEN\nSå bra! Korleis finansierer de dette?"), "the comments stay in the post's raw lines")
    }

    /// What Padlet prints of an attachment (the file's name, the host of an upload or of a link's preview) is no
    /// text; the link's title is.
    func testAttachmentLinesAreNotThePostsText() throws {
        let corpus = try loadFixture("""
            Nordland fylkeskommune 11/5/2024

            Kulturskolesamling Nordland 2024

            Lise Mortensen 11/7/24 10:12AM
            Gruppe 1 – Bodø, Saltdal og Fauske
            Stikkord: samskaping, hele stillinger.
            IMG_4471.jpeg
            padlet-uploads.storage.googleapis.com
            https://padlet.com/nordlandfk/kulturskole2024/wish/3101000002

            Lise Mortensen 11/7/24 10:14AM
            Gruppe 1 – Bodø, Saltdal og Fauske
            Et godt eksempel fra Bodø:
            Kulturskolen i Bodø – Stormen kulturskole
            bodo.kommune.no
            Plakat gruppe 2.jpg
            """, name: "vedlegg.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.text),
                       ["Stikkord: samskaping, hele stillinger.", "Et godt eksempel fra Bodø:\nKulturskolen i Bodø – Stormen kulturskole"])
        // A file's card is no text either (probe28: a post of a file alone read "PDF document · 245 KB"); a size in a
        // list is.
        let lines: [(String, Bool)] = [
            ("Se bodo.kommune.no", false), ("Vi bruker Teams.", false), ("PDF document · 245 KB", true),
            ("Word-dokument • 48,5 kB", true), ("Vi har 3 lærere · 245 KB", false), ("Budsjett · 245 kr", false),
            ("iPad · 64 GB", false), ("Klasse • 4 b", false),
        ]
        for (line, isAttachment) in lines { XCTAssertEqual(PadletLines.isAttachment(Substring(line)), isAttachment, line) }
    }

    /// Columns titled after an icon ("💡 Hva gjør vi bra?") are sections, and a header after an icon ("🎻 Bord 1:
    /// Fredrikstad, Hvaler") or labelled "Team" names its group.
    func testTitlesAndHeadersAfterAnIcon() throws {
        let corpus = try loadFixture("""
            Østfold kulturskolenettverk 3/1/2024

            Kulturskoledagen Østfold

            Skriv bordnummer og kommuner først.

            💡 Hva gjør vi bra?

            Anonym 3/6/24 1:02PM
            🎻 Bord 1: Fredrikstad, Hvaler
            • Elevkonsertene i domkirken

            Anonym 3/6/24 1:05PM
            Team 3 – Halden, Aremark
            – Godt samarbeid med festningen.

            🚧 Hva hindrer oss?

            Anonym 3/6/24 2:02PM
            🎻 Bord 1: Fredrikstad, Hvaler
            • Foreldrebetaling
            """, name: "ikoner.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.section), ["💡 Hva gjør vi bra?", "💡 Hva gjør vi bra?", "🚧 Hva hindrer oss?"])
        XCTAssertEqual(posts.map(\.group), ["Bord 1", "Team 3", "Bord 1"])
        XCTAssertEqual(posts.map(\.municipalities), [["Fredrikstad", "Hvaler"], ["Halden", "Aremark"], ["Fredrikstad", "Hvaler"]])
        XCTAssertEqual(posts[1].text, "– Godt samarbeid med festningen.")
        XCTAssertEqual(corpus.units.first { $0.kind == .prompt }?.text, "Skriv bordnummer og kommuner først.")
    }

    /// A page's furniture between a group's author line ("Team 7") and its header leaves them one post.
    func testAPageBreakBetweenAGroupsAuthorLineAndItsHeader() throws {
        let corpus = try loadFixture("""
            Lene Amundsen 10/22/2024

            Dialogmøte Buskerud

            Team 6 10/24/24 9:51AM
            Team 6 – Kongsberg, Øvre Eiker
            Kongsberg og Øvre Eiker deler lærer på slagverk.

            Team 7 10/24/24 9:53AM
            \u{0C}
            Padlet
            3 / 6
            Dialogmøte Buskerud

            Team 7 – Holmestrand, Horten
            Holmestrand og Horten ligger under kultur.
            """, name: "sideskift.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Team 6", "Team 7"])
        XCTAssertEqual(posts.map(\.municipalities), [["Kongsberg", "Øvre Eiker"], ["Holmestrand", "Horten"]])
        XCTAssertEqual(posts.last?.text, "Holmestrand og Horten ligger under kultur.")
    }

    func testANameQualifiedByItsCountyInAHeaderList() throws {
        let reader = PadletTextReader(places: GazetteerPlaces.shared)
        XCTAssertEqual(reader.groupHeader("Gruppe 9: Herøy (Nordland), Dønna og Alstahaug", strict: true)?.municipalities,
                       ["Herøy (Nordland)", "Dønna", "Alstahaug"])
        XCTAssertEqual(reader.groupHeader("Rom 2: Nes (Akershus), Kvam", strict: true)?.municipalities, ["Nes", "Kvam"])
        XCTAssertEqual(reader.groupHeader("Frøya og Gloppen (Gruppearbeid 2)", strict: true)?.municipalities, ["Frøya", "Gloppen"],
                       "a remark in brackets is passed over")
        let county = reader.groupHeader("Innlandet: Hamar og Ringsaker", strict: true)
        XCTAssertEqual(county?.municipalities, ["Hamar", "Ringsaker"], "a county before the list says where they are")
        XCTAssertEqual(county?.label, "Hamar og Ringsaker")
        XCTAssertEqual(reader.groupHeader("Oslo og Bærum", strict: true)?.municipalities, ["Oslo", "Bærum"], "Oslo is a municipality too")
    }

    /// A name two municipalities share, in the text of a group that takes part from one of them, is that one.
    func testAMentionOfASharedNameIsTheOneTakingPart() throws {
        let corpus = try loadFixture("Gruppe 4: Våler og Åsnes\n\nVåler har kuttet i kulturskolen to år på rad.\n\nGruppe 5: Moss og Råde\n\nVi samarbeider med Våler.\n",
                              name: "shared-names.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.mentions), [["Våler (Innlandet)"], ["Våler"]],
                       "the second group takes part from neither Våler: the shared name, once")
    }

    func testGroupLabelsWithALetterAnAbbreviationOrInBrackets() {
        let reader = PadletTextReader(places: GazetteerPlaces.shared)
        XCTAssertEqual(reader.groupHeader("Gruppe 5a: Notodden og Tinn", strict: true)?.group, "Gruppe 5a", "groups split in two stay two")
        XCTAssertEqual(reader.groupHeader("Gruppe 5b: Skien", strict: true)?.group, "Gruppe 5b")
        XCTAssertEqual(reader.groupHeader("Gr. 21: Hamar, Løten og Stange", strict: true)?.municipalities, ["Hamar", "Løten", "Stange"])
        XCTAssertEqual(reader.groupHeader("Gr. 21: Hamar, Løten og Stange", strict: true)?.group, "Gruppe 21")
        let bracketed = reader.groupHeader("Lillehammer, Gausdal og Øyer (gruppe 20)", strict: true)
        XCTAssertEqual(bracketed?.group, "Gruppe 20")
        XCTAssertEqual(bracketed?.municipalities, ["Lillehammer", "Gausdal", "Øyer"])
        XCTAssertEqual(reader.groupHeader("15 Arendal, Froland, Tvedestrand", strict: false)?.group, "Gruppe 15",
                       "a number before the list after an author line too")
    }

    /// Who took part stays out of the answer, when it is a list of names; the answer after a list without a blank line, and
    /// a sentence that starts with the label, stay the answer (probe27: both were lost).
    func testParticipantListsAndTheAnswersAfterThem() throws {
        let corpus = try loadFixture("""
            Referat frå gruppene

            Gruppe 1
            Deltakere: Kari Nordmann, Ola Hansen og Per Plassholder
            Vi vil ha meir samarbeid.

            Gruppe 3
            Deltakere fra alle kommunene mente at kulturskolen må bli mer synlig.
            Vi trenger en plan.

            Gruppe 4
            Deltakere: Bodø v. Kari Hansen, Saltdal v. Ola Berg
            Felles talentprogram.

            Gruppe 5
            Deltakere:
            Fauske
            Sørfold
            Vi ønsker felles administrasjon.

            Gruppe 6
            Til stades: Gildeskål. Vi snakka om skyss.
            """, name: "deltakere.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi vil ha meir samarbeid.",
                                           "Deltakere fra alle kommunene mente at kulturskolen må bli mer synlig. Vi trenger en plan.",
                                           "Felles talentprogram.", "Vi ønsker felles administrasjon.", "Vi snakka om skyss."])
        XCTAssertEqual(posts.map(\.municipalities), [[], [], ["Bodø", "Saltdal"], ["Fauske", "Sørfold"], ["Gildeskål"]])
        XCTAssertEqual(PadletLines.listAndSentences("Bodø v. Kari Hansen, Saltdal. Vi snakka.").list, "Bodø v. Kari Hansen, Saltdal")
    }

    /// A numbered question of the group's own, with nothing under it and no prompt that asks it, is the answer's text, not
    /// an empty answer (probe27).
    func testAGroupsOwnNumberedQuestionIsItsText() throws {
        let corpus = try loadFixture("Notat\n\nGruppe 2: Ulvik\nVi har gode lærarar.\nSpørsmål 2: Kven skal betale for skyss?\n",
                                     name: "eige.txt")
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.text), ["Vi har gode lærarar.", "Kven skal betale for skyss?"])
    }

    /// Zoom's rooms, compounds of "gruppe" and numbers written out name groups too (probe26: four of eight groups were read
    /// into the group above them).
    func testRoomsCompoundsOfGruppeAndNumberWordsNameGroups() throws {
        XCTAssertEqual(PadletLines.leadingGroupLabel("Breakout Room 2: Askøy")?.label, "Rom 2")
        XCTAssertEqual(PadletLines.leadingGroupLabel("Zoom-rom 3: Fjell og Sund")?.label, "Rom 3")
        XCTAssertEqual(PadletLines.leadingGroupLabel("Samtalegruppe 5: Kvam")?.label, "Samtalegruppe 5")
        XCTAssertEqual(PadletLines.leadingGroupLabel("Gruppe sju: Vaksdal")?.label, "Gruppe 7")
        XCTAssertEqual(PadletLines.leadingGroupLabel("Gruppe fire")?.label, "Gruppe 4")
        XCTAssertNil(PadletLines.leadingGroupLabel("Gruppe tre-fire elever"), "a number word starting a longer word")
        XCTAssertNil(PadletLines.leadingGroupLabel("Gruppeleder 2"), "not a compound ending in gruppe")
        XCTAssertNil(PadletLines.leadingGroupLabel("Målgruppe 1: barn under 10 år"), "a target group is no group at work (probe27)")
        XCTAssertEqual(PadletLines.leadingGroupLabel("Arbeidsgruppe 2: Voss")?.label, "Arbeidsgruppe 2")
        XCTAssertNil(PadletLines.leadingGroupLabel("Team tre"), "numbers written out follow gruppe only")
        XCTAssertNil(PadletLines.leadingGroupLabel("Zoom 3"))
        let corpus = try loadFixture("""
            Oppsummering fra gruppene

            Gruppe 1: Bergen
            Tekst fra gruppe en.

            Breakout Room 2: Askøy
            Tekst fra rom to.

            Samtalegruppe 5: Kvam
            Tekst fra gruppe fem.

            Gruppe sju: Vaksdal
            Tekst fra gruppe sju.
            """, name: "rom.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Rom 2", "Samtalegruppe 5", "Gruppe 7"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bergen"], ["Askøy"], ["Kvam"], ["Vaksdal"]])
        XCTAssertEqual(posts.map(\.text), ["Tekst fra gruppe en.", "Tekst fra rom to.", "Tekst fra gruppe fem.", "Tekst fra gruppe sju."])
    }

    /// A board printed from the browser (a print header on every page), whose header is in the short
    /// form of its posts' author lines.
    func testPrintHeadersAndAShortFormBoardHeader() throws {
        let corpus = try loadFixture("""
            09.11.2022, 14:32
            Nettverkssamling Viken | Padlet

            KULTURSKOLERÅDET VIKEN 11/12/20 09:02AM

            Nettverkssamling Viken

            Skriv gruppenummer og kommuner først.

            Gruppedialog 1

            INGRID LØVLI 11/12/20 10:14AM
            Gruppe 1: Nes, Eidsvoll og Nannestad
            Vi har alle lange ventelister.

            1/3
            09.11.2022, 14:32
            Nettverkssamling Viken | Padlet

            PER ARNE 11/12/20 10:22AM
            Gruppe 3 - Kongsberg og Flesberg
            Samarbeid med DKS.
            """, name: "printed.txt")
        XCTAssertEqual(corpus.title, "Nettverkssamling Viken")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2020-11-12")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi har alle lange ventelister.", "Samarbeid med DKS."], "print headers are not text")
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 3"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.text), ["Skriv gruppenummer og kommuner først."])
    }

    func testShortQuestionLabels() {
        XCTAssertEqual(Segmenter.marker("Q1: The primary schools.")?.number, 1)
        XCTAssertEqual(Segmenter.marker("Sp2: Skulen.")?.number, 2)
        XCTAssertEqual(Segmenter.marker("Oppgåve 3: Nettverk.")?.number, 3)
        XCTAssertNil(Segmenter.marker("Quiz i kulturskolen")?.number)
    }
}

/// A segment's raw text and line are its own lines of the file, as its post's are.
final class SegmentSourceTests: XCTestCase {
    func testASegmentsRawTextIsItsLinesOfTheFile() throws {
        let text = """
            Hege Posaas 4/30/2025 &

            Seminar

            Gruppedialog 1

            Gruppe 1 5/5/25 9:12AM
            Spørsmål 1:
            Det trengs mer \u{FFFD}nansiering
            mot barnehagen.

            Spørsmål 2:
            Viktig a skaffe seg allierte.
            """
        let corpus = try loadFixture(text, name: "segments.txt")
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.text), ["Det trengs mer finansiering mot barnehagen.", "Viktig a skaffe seg allierte."])
        XCTAssertEqual(segments.map(\.raw), ["Spørsmål 1:\nDet trengs mer \u{FFFD}nansiering\nmot barnehagen.", "Spørsmål 2:\nViktig a skaffe seg allierte."],
                       "the file's own text, not the repaired one")
        XCTAssertEqual(segments.map(\.line), [8, 12])
        XCTAssertEqual(segments.map { $0.rawSource?.lineRange }, [8 ... 10, 12 ... 13])
    }
}

/// A board with a column per question, whose titles are the questions, and a post per municipality; and the
/// same as a Padlet CSV, whose sections are the questions.
final class QuestionColumnTests: XCTestCase {
    /// Where the export printed no permalinks, a numbered question after a post's last sentence and before the
    /// next author line is the next column's title.
    func testANumberedQuestionColumnWithoutPermalinks() throws {
        let corpus = try loadFixture("""
            KULTURSKOLERÅDET SEP 05, 2024 09:00AM

            Culture School Forum 2024

            Question 1: What is the biggest challenge?

            SIRI AASEN SEP 05, 2024 10:12AM

            Group 2: Alta and Hammerfest

            Long distances.

            Question 2: What should the council do?

            SIRI AASEN SEP 05, 2024 10:40AM

            Group 2: Alta and Hammerfest

            Offer a mentor programme.

            """, name: "forum.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Long distances.", "Offer a mentor programme."])
        XCTAssertEqual(posts.map(\.section), ["Question 1: What is the biggest challenge?", "Question 2: What should the council do?"])
    }

    func testSectionsNamedByQuestionsInACSVArePrompts() throws {
        let corpus = try loadFixture("""
            Seksjon,Tittel,Brødtekst,Opprettet (UTC)
            1. Hva fungerer godt i samarbeidet med skolen?,Gruppe 1: Bodø og Gildeskål,<p>Kulturskoletimen i SFO.</p>,2024-10-15 08:31:02
            2. Hva hindrer samarbeid?,Gruppe 1: Bodø og Gildeskål,<p>Ulike budsjetter.</p>,2024-10-15 08:45:00
            2. Hva hindrer samarbeid?,"GRUPPE 3 Rana, Hemnes",<p>Tid.</p>,2024-10-15 08:46:00

            """, name: "seksjonar.csv")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Hva fungerer godt i samarbeidet med skolen?", "Hva hindrer samarbeid?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [prompts[0].id, prompts[1].id, prompts[1].id])
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 3"])
    }

    func testQuestionsAsColumnTitlesAreSectionsNotPartOfThePostsBeforeThem() throws {
        for (first, second) in [("2. Hva trenger dere fra fylket?", "1. Hva gjør dere sammen med skolen?"),
                                ("Spørsmål 2: Hva trenger dere fra fylket?", "Hva gjør dere sammen med skolen?")] {
            let corpus = try loadFixture("""
                Kulturskoleforum Vestfold 2022

                TORKEL NOV 03, 2022 09:00AM

                Én kolonne per spørsmål.

                \(first)

                KARI LUND NOV 03, 2022 10:44AM

                Stokke

                Vi trenger felles fagplaner.

                https://padlet.com/torkel/forum/wish/1

                \(second)

                OLA VIK NOV 03, 2022 10:25AM

                Re

                Et prosjekt med Revetal ungdomsskole.

                https://padlet.com/torkel/forum/wish/2

                """, name: "kolonner.txt")
            let posts = corpus.units.filter { $0.kind == .post }
            XCTAssertEqual(posts.map(\.section), [first, second])
            XCTAssertEqual(posts.map(\.text), ["Vi trenger felles fagplaner.", "Et prosjekt med Revetal ungdomsskole."])
            // Each column's question is a prompt that its posts answer.
            let prompts = corpus.units.filter { $0.kind == .prompt }
            XCTAssertEqual(prompts.map(\.text), ["Én kolonne per spørsmål.", "Hva trenger dere fra fylket?", "Hva gjør dere sammen med skolen?"])
            XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [prompts[1].id, prompts[2].id])
        }
    }
}

/// What the PDF puts in a post's way: a column title repeated at a page's top, an attachment's file name,
/// and group labels abbreviated without a dot.
final class PageAndAttachmentTests: XCTestCase {
    private func posts(_ body: String) throws -> [InnspillCore.Unit] {
        let corpus = try loadFixture("""
            KARI HOLTE 14. MARS 2024, 08:30 UTC

            Kulturskoledagene 2024

            Gruppedialog 1

            \(body)

            """, name: "side.txt")
        return corpus.units.filter { $0.kind == .post }
    }

    /// "Gruppedialog 1" printed again at the top of the next page is no new column: the post goes on across it.
    func testTheColumnTitleRepeatedAtAPagesTopDoesNotSplitThePost() throws {
        let found = try posts("""
            OLA BAKKEN 14. MARS 2024, 10:16 UTC

            Gruppe 2: Gjøvik og Østre Toten

            1. Vi har startet et samarbeid om musikk i ungdomsskolen. Det har gitt mange nye elever, og
            \u{0C}Gruppedialog 1

            rektorene er positive til å fortsette neste år.
            2. En fast avtale om hvem som betaler.

            https://padlet.com/nkr/innlandet/wish/1
            """)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.group, "Gruppe 2")
        XCTAssertEqual(found.first?.url, "https://padlet.com/nkr/innlandet/wish/1")
        XCTAssertTrue(found.first?.text.contains("nye elever, og rektorene er positive") ?? false, found.first?.text ?? "")
    }

    /// The board's title printed at the top of the next page is no text of the post it interrupts (a word
    /// hyphenated across the page break is joined), nor the title of a post whose author line ends a page.
    func testTheBoardTitleAtAPagesTopIsNoPartOfAPost() throws {
        let found = try posts("""
            OLA BAKKEN 14. MARS 2024, 10:16 UTC

            Gruppe 2: Gjøvik og Østre Toten

            1. Det har gitt mange nye elever, og sam-
            \u{0C}Kulturskoledagene 2024

            arbeidet med rektorene er godt.

            https://padlet.com/nkr/innlandet/wish/1

            PER ELVERHØY 14. MARS 2024, 13:05 UTC
            \u{0C}Kulturskoledagene 2024

            Gruppe 4: Elverum og Åsnes

            1. Et nettverk for små kulturskoler.

            https://padlet.com/nkr/innlandet/wish/2
            """)
        XCTAssertEqual(found.map(\.text), ["1. Det har gitt mange nye elever, og samarbeidet med rektorene er godt.",
                                           "1. Et nettverk for små kulturskoler."])
        XCTAssertEqual(found.map(\.author), ["OLA BAKKEN", "PER ELVERHØY"])
        XCTAssertEqual(found.map(\.group), ["Gruppe 2", "Gruppe 4"])
        XCTAssertEqual(found.map(\.title), ["Gruppe 2: Gjøvik og Østre Toten", "Gruppe 4: Elverum og Åsnes"])
    }

    /// A number alone beside a page break, or at the end of the file, is the page's number: neither a post
    /// nor part of one. A number alone inside a post is its text.
    func testBarePageNumbersAreNoPosts() throws {
        let found = try posts("""
            OLA BAKKEN 14. MARS 2024, 10:16 UTC

            Gruppe 2: Gjøvik og Østre Toten

            Vi har startet et samarbeid om musikk og

            2
            \u{0C}
            det har gitt mange nye elever.

            https://padlet.com/nkr/innlandet/wish/1
            3
            \u{0C}
            PER ELVERHØY 14. MARS 2024, 13:05 UTC

            Gruppe 4: Elverum og Åsnes

            Hvor mange kommuner er med? Svar:
            12
            av dem.

            https://padlet.com/nkr/innlandet/wish/2

            4
            """)
        XCTAssertEqual(found.map(\.text), ["Vi har startet et samarbeid om musikk og det har gitt mange nye elever.",
                                           "Hvor mange kommuner er med? Svar: 12 av dem."])
        XCTAssertEqual(found.map(\.group), ["Gruppe 2", "Gruppe 4"])
    }

    /// Short posts are posts: an emoji ("👍"), "OK" (no column title, though short and alone before an author
    /// line), or a header with nothing under it, which still says the group took part.
    func testShortPostsAreKept() throws {
        let found = try posts("""
            LIV BAMBLE 14. MARS 2024, 09:30 UTC

            Gruppe 1: Bamble og Kragerø

            👍

            KULTURSKOLEN I NOTODDEN 14. MARS 2024, 09:36 UTC

            Gruppe 3: Notodden og Tinn

            OK

            ANNE LIE 14. MARS 2024, 09:38 UTC

            Gruppe 4: Larvik og Sandefjord

            ANNE LIE 14. MARS 2024, 09:44 UTC

            Fortsettelse fra gruppe 4: Sandefjord har en koordinator.
            """)
        XCTAssertEqual(found.map(\.text), ["👍", "OK", "", "Fortsettelse fra gruppe 4: Sandefjord har en koordinator."])
        XCTAssertEqual(found.map(\.group), ["Gruppe 1", "Gruppe 3", "Gruppe 4", "Gruppe 4"])
        XCTAssertEqual(found.map(\.section), Array(repeating: "Gruppedialog 1", count: 4))
        XCTAssertEqual(found[2].municipalities, ["Larvik", "Sandefjord"])
    }

    /// A post without a header that says who is speaking ("Vi i gruppe 4 mener ...") is that group's; a group
    /// named in passing ("Vi er enige med gruppe 3") names none.
    func testAPostWithoutAHeaderThatSaysWhichGroupIsSpeaking() throws {
        let found = try posts("""
            OLA BAKKEN 14. MARS 2024, 10:16 UTC

            Gruppe 2: Gjøvik og Østre Toten

            Mer samarbeid.

            https://padlet.com/nkr/innlandet/wish/1

            Vi i gruppe 4 mener at skyss er det største hinderet.

            https://padlet.com/nkr/innlandet/wish/2

            Vi er enige med gruppe 3 om lokaler.

            https://padlet.com/nkr/innlandet/wish/3
            """)
        XCTAssertEqual(found.map(\.group), ["Gruppe 2", "Gruppe 4", nil])
        XCTAssertEqual(PadletTextReader.groupSpeaking("Fra gruppe 2: Mer tid."), "Gruppe 2")
    }

    /// An attachment's file name under the header ("Gruppe3_oppsummering.pdf") is no group header, and "Gr 4"
    /// without a dot is group 4.
    func testAFileNameIsNoHeaderAndGrWithoutADotIsAGroup() throws {
        let found = try posts("""
            ANNE LIE 14. MARS 2024, 10:14 UTC

            Gruppe 3: Vinje og Tokke

            Gruppe3_oppsummering.pdf

            https://padlet.com/nkr/innlandet/wish/2

            KARI HOLTE 14. MARS 2024, 10:27 UTC

            Gr 4 Kvinesdal og Sirdal

            Felles lærer i fiolin.

            https://padlet.com/nkr/innlandet/wish/3
            """)
        XCTAssertEqual(found.map(\.group), ["Gruppe 3", "Gruppe 4"])
        XCTAssertEqual(found.map(\.author), ["ANNE LIE", "KARI HOLTE"])
        XCTAssertEqual(found.map(\.municipalities), [["Vinje", "Tokke"], ["Kvinesdal", "Sirdal"]])
    }
}

/// The organisers' question box printed inside a post that stopped mid-sentence.
final class BoxInsideAPostTests: XCTestCase {
    /// The post goes on after the box also when its next sentence starts in upper case, and the box's questions
    /// are prompts.
    func testThePostGoesOnAfterTheBoxWithASentenceInUpperCase() throws {
        let corpus = try loadFixture("""
            Hege Posaas 2/28/2025

            Regionalt dialogseminar Nordland 12. mars

            Dialogøkt 2

            Gruppe 2 – Bodø og Gildeskål 3/12/25 11:10 AM
            Bodø har gode erfaringer med kulturskoletime i SFO, og

            Dialogspørsmål, dialogøkt 2

            • Hva tar dere med fra presentasjonen fra Vefsn?

            • Hvordan kan dere samhandle tettere i deres kommune?

            Gildeskål vil prøve det samme fra høsten.

            Gruppe 5 Rana/Hemnes 3/12/25 11:20 AM
            Vi tar med oss ideen fra Vefsn.

            """, name: "boks.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Bodø har gode erfaringer med kulturskoletime i SFO, og Gildeskål vil prøve det samme fra høsten.",
                                           "Vi tar med oss ideen fra Vefsn."])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.compactMap(\.question),
                       ["Hva tar dere med fra presentasjonen fra Vefsn?", "Hvordan kan dere samhandle tettere i deres kommune?"])
    }

    /// A box printed as its title and picture alone, its questions printed as a list at the top of a post further
    /// down its column: the questions are the box's prompts, and the post is its answer alone. A list of questions
    /// in a column whose box kept its questions stays in the post that wrote it.
    func testTheQuestionsOfABoxPrintedAsItsTitleAloneAreItsPrompts() throws {
        let corpus = try loadFixture("""
            Hege Posaas 2/28/2025

            Regionalt dialogseminar Nordland 12. mars

            Dialogøkt 1
            « &@ Dialogspørsmål, dialogøkt 1

            Gruppe 2 – Bodø og Gildeskål 3/12/25 10:10 AM
            Bodø har gode erfaringer med kulturskoletime i SFO.

            Gruppe 2 – Bodø og Gildeskål 3/12/25 10:20 AM

            « Hva tar dere med fra presentasjonen fra
            Vefsn?

            « Hvordan kan dere samhandle tettere i deres kommune?
             Vi vil gjerne vite mer om hvordan Vefsn startet.

            Dialogøkt 2

            Dialogspørsmål, dialogøkt 2

            • Hva gjør dere nå?

            Gruppe 5 Rana/Hemnes 3/12/25 11:20 AM

            • Hva trenger vi? Hva har vi?
            • Hvem spør vi?

            """, name: "boks-bilde.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Bodø har gode erfaringer med kulturskoletime i SFO.",
                                           "Vi vil gjerne vite mer om hvordan Vefsn startet.",
                                           "• Hva trenger vi? Hva har vi?\n• Hvem spør vi?"])
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.compactMap(\.question), ["Hva tar dere med fra presentasjonen fra Vefsn?",
                                                        "Hvordan kan dere samhandle tettere i deres kommune?",
                                                        "Hva gjør dere nå?"])
        XCTAssertEqual(prompts.map(\.section), ["Dialogøkt 1", "Dialogøkt 1", "Dialogøkt 2"])
        XCTAssertEqual(prompts.map(\.author), [nil, nil, nil], "the box is the organisers', not the group's whose post it was printed in")
    }
}

/// A chat copied from Teams' breakout rooms: a post per message, with its author, time and the author's
/// municipality, the room as the group, and Teams' notices left out.
final class ChatCopyTests: XCTestCase {
    func testAPostPerMessageInItsRoom() throws {
        let text = """
            Temamøte – chat fra grupperommene

            Grupperom 1
            [05.12.2024 10:31] Hansen, Kari (Sandnes kommune)
            Hei! Vi er Sandnes, Sola og Klepp.
            [05.12.2024 10:33] Tjelta, Odd (Sola kommune)
            Vi har felles lærere med skolen.
            👍 2
            Grete Klepp har blitt med i samtalen.
            (redigert)

            Grupperom 2
            [05.12.2024 10:30] Berg, Jonas (Lillestrøm kommune)
            Gruppe 2 her: Lillestrøm, Rælingen og Lørenskog
            [05.12.2024 10:35] Berg, Jonas (Lillestrøm kommune)
            Vi samarbeider om DKS.
            Opptaket har stoppet.
            """
        XCTAssertEqual(CorpusLoader.sniff(text, path: "chat.txt"), .padlet)
        let corpus = try loadFixture(text, name: "chat.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Hei! Vi er Sandnes, Sola og Klepp.", "Vi har felles lærere med skolen.",
                                            "Gruppe 2 her: Lillestrøm, Rælingen og Lørenskog", "Vi samarbeider om DKS."],
                       "a message that names its group says so in its text too")
        XCTAssertEqual(posts.map(\.author), ["Kari Hansen", "Odd Tjelta", "Jonas Berg", "Jonas Berg"])
        XCTAssertEqual(posts.compactMap(\.posted).map(ISODate.string),
                       ["2024-12-05T10:31:00", "2024-12-05T10:33:00", "2024-12-05T10:30:00", "2024-12-05T10:35:00"])
        XCTAssertEqual(posts.map(\.group), ["Grupperom 1", "Grupperom 1", "Grupperom 2", "Grupperom 2"],
                       "the room's message naming its group ('Gruppe 2 her: ...') is of the room's group")
        XCTAssertEqual(posts.map(\.municipalities), [["Sandnes", "Sola"], ["Sandnes", "Sola"], ["Lillestrøm", "Rælingen", "Lørenskog"],
                                                     ["Lillestrøm", "Rælingen", "Lørenskog"]],
                       "a room's group is everyone who wrote in it, and what its group's message names")
        XCTAssertNil(PadletDates.stamp("[05.12.2024 10:31] Vi har felles lærere med skolen."), "a message on the stamp's line is no name")
    }
}

/// Columns and groups named in ways boards and summaries name them besides "Gruppe N".
final class ColumnAndGroupNamingTests: XCTestCase {
    /// A column titled by its round and its question ("Dialogrunde 2: Kva skal til?") is a section, and its question
    /// a prompt the posts under it answer; an author that names places alone is the group.
    func testARoundWithItsQuestionAndAuthorsNamedByPlaces() throws {
        let corpus = try loadFixture("""
            Telemark fylkeskommune 11/5/2024

            Kulturskulesamling Telemark

            Dialogrunde 1: Kva gjer vi godt?

            Kulturskolen i Nome og Midt-Telemark 11/7/24 10:06AM

            Vi har startet et tilbud for ungdom.

            Kulturskulane i Fyresdal og Nissedal 11/7/24 10:09AM

            Babysong saman med helsestasjonen.

            Dialogrunde 2: Kva skal til?

            Seljord, Kviteseid og Tokke 11/7/24 1:06PM

            Frivilligheita er sterk.
            """, name: "runder.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.section), ["Dialogrunde 1: Kva gjer vi godt?", "Dialogrunde 1: Kva gjer vi godt?", "Dialogrunde 2: Kva skal til?"])
        XCTAssertEqual(posts.map(\.text), ["Vi har startet et tilbud for ungdom.", "Babysong saman med helsestasjonen.", "Frivilligheita er sterk."])
        XCTAssertEqual(posts.map(\.group), ["Kulturskolen i Nome og Midt-Telemark", "Kulturskulane i Fyresdal og Nissedal", "Seljord, Kviteseid og Tokke"])
        XCTAssertEqual(posts.map(\.municipalities), [["Nome", "Midt-Telemark"], ["Fyresdal", "Nissedal"], ["Seljord", "Kviteseid", "Tokke"]])
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.section != nil }
        XCTAssertEqual(prompts.map(\.question), ["Kva gjer vi godt?", "Kva skal til?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [prompts[0].id, prompts[0].id, prompts[1].id])
    }

    /// A summary from a word processor: groups named by their places after a list number ("1. Gruppe Bodø/Fauske"),
    /// under sessions titled with their question.
    func testNumberedGroupsNamedByPlacesUnderSessionsWithQuestions() throws {
        let corpus = try loadFixture("""
            Oppsummering fra gruppearbeidet

            Økt 1 – Hva gjør vi bra?

            1. Gruppe Bodø/Fauske
            –\tBudsjettkutt rammer kulturskolen først.

            2. Gruppe Meløy/Gildeskål
            –\tVi savner en tydelig forankring.

            Økt 2 – Hva vil vi utvikle?

            1. Gruppe Bodø/Fauske
            –\tElevene må få vise fram det de lærer.
            """, name: "oppsummering.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe Bodø/Fauske", "Gruppe Meløy/Gildeskål", "Gruppe Bodø/Fauske"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø", "Fauske"], ["Meløy", "Gildeskål"], ["Bodø", "Fauske"]])
        XCTAssertEqual(posts.map(\.section), ["Økt 1 – Hva gjør vi bra?", "Økt 1 – Hva gjør vi bra?", "Økt 2 – Hva vil vi utvikle?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.question), ["Hva gjør vi bra?", "Hva vil vi utvikle?"])
    }

    /// A scanned board: "@ksnes" in a header is Øksnes (OCR read the capital Ø as "@"), icon debris with a stray
    /// letter ("» “?%@W «") and the logo's "Made with Padlet" are no text.
    func testAnOCRdCapitalInAHeaderAndDebris() throws {
        let corpus = try loadFixture("""
            Sigrid Nymo 11/25/2024

            Regionsamling Nord

            Gruppe 7 11/28/24 10:23 AM
            Gruppe 7: @ksnes, Bg og Hadsel
            Vi trenger et nettverk av kulturskoleledere.

            » “?%@W «

            Gruppe 8 11/28/24 10:26AM
            Gruppe 8: Harstad, Tjeldsund
            Videreutdanning for ansatte.

            Made with Padlet
            """, name: "skannet.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.municipalities), [["Øksnes", "Bø", "Hadsel"], ["Harstad", "Tjeldsund"]])
        XCTAssertEqual(posts.map(\.text), ["Vi trenger et nettverk av kulturskoleledere.", "Videreutdanning for ansatte."])
        XCTAssertEqual(GazetteerPlaces.shared.headerMunicipalities("@ygarden og Askøy").municipalities, ["Øygarden", "Askøy"])
        XCTAssertEqual(GazetteerPlaces.shared.headerMunicipalities("Kristiansund, Averøy og Sm@la").municipalities,
                       ["Kristiansund", "Averøy", "Smøla"], "an 'ø' read as '@' inside a name")
        XCTAssertEqual(GazetteerPlaces.shared.headerMunicipalities("Bj0rnafjorden og Austevoll").municipalities, ["Bjørnafjorden", "Austevoll"])
        XCTAssertNil(GazetteerPlaces.withØRestored("Gruppe 10: Hamar"))
        // A name that lost the ligature it starts or goes on with (probe round 20: Flatanger was not found).
        XCTAssertEqual(GazetteerPlaces.shared.headerMunicipalities("Gruppe 3: \u{FFFD}atanger, Osen og Namsos").municipalities,
                       ["Flatanger", "Osen", "Namsos"])
        XCTAssertEqual(GazetteerPlaces.withLigatureRestored("Gru\u{FFFD}e \u{FFFD}atanger", as: "fl"), "Grufle Flatanger")
    }

    /// Posts that take the question as their subject and name the group in their text: the question is the post's,
    /// a prompt each wording once, and the group and municipalities the header's wherever in the text it stands.
    func testPostsTitledByTheirQuestionWithTheGroupInTheText() throws {
        let corpus = try loadFixture("""
            Rogaland fylkeskommune 11/19/2024

            Dialogseminar Rogaland

            Anonym 11/21/24 10:11AM

            Hva fungerer godt i samarbeidet med grunnskolen?
            Gruppe 1 (Stavanger, Sola): UKM er en viktig arena
            for elevene våre.

            Anonym 11/21/24 10:14AM

            Hva hindrer samarbeidet?
            Fra gruppe 2 – Sandnes og Gjesdal
            Lønnsnivået gjør at vi taper lærere.

            Anonym 11/21/24 10:21AM

            HVA FUNGERER GODT I SAMARBEIDET MED GRUNNSKOLEN?
            Fritidskortet kan bli en mulighet.
            Gruppe 4: Hå, Klepp og Time
            """, name: "sporsmal.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2", "Gruppe 4"])
        XCTAssertEqual(posts.map(\.municipalities), [["Stavanger", "Sola"], ["Sandnes", "Gjesdal"], ["Hå", "Klepp", "Time"]])
        XCTAssertEqual(posts.map(\.text), ["UKM er en viktig arena for elevene våre.", "Lønnsnivået gjør at vi taper lærere.",
                                           "Fritidskortet kan bli en mulighet."])
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.question?.hasSuffix("?") == true }
        XCTAssertEqual(prompts.map(\.question), ["Hva fungerer godt i samarbeidet med grunnskolen?", "Hva hindrer samarbeidet?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [prompts[0].id, prompts[1].id, prompts[0].id])
    }

    /// A stream board (newest first): the organiser's post titled "Runde 2" over its question is prompts, not a
    /// column whose title every post of the board takes.
    func testARoundsNameOverTheOrganisersQuestionIsNoColumn() throws {
        let corpus = try loadFixture("""
            Tone Kristiansen 1. okt. 2024

            Kulturskoledagen Agder 2024

            Anonym 3. okt. 2024, 13:37

            Gruppe 5 – Grimstad
            Vi må bli flinkere til å fortelle hva vi gjør.

            Tone Kristiansen 3. okt. 2024, 12:50

            Runde 2
            Hvordan kan vi samarbeide bedre på tvers av kommunegrensene?

            Ingrid Salvesen 3. okt. 2024, 10:15

            Gruppe 1 – Kristiansand
            Digital undervisning kan ikke erstatte fysisk undervisning.
            """, name: "strom.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.section), [nil, nil])
        XCTAssertTrue(corpus.units.contains { $0.kind == .prompt && $0.text == "Hvordan kan vi samarbeide bedre på tvers av kommunegrensene?" })
    }

    /// "Kolonne 3" over a group's box without an author line (an old wall board) is a column, not the last line of
    /// the post before it.
    func testAColumnNamedKolonneOverAnAuthorlessBox() throws {
        let corpus = try loadFixture("""
            Digital samling Innlandet 2021

            Kolonne 2

            Gruppe 8: Nord-Aurdal, Vestre Slidre
            Undervisning i skoletiden gjør at flere elever kan delta.

            Kolonne 3

            Rom 9: Sel, Vågå, Lom
            Det er lettere å samarbeide når vi deler personalrom.
            """, name: "wall.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.section), ["Kolonne 2", "Kolonne 3"])
        XCTAssertEqual(posts.first?.text, "Undervisning i skoletiden gjør at flere elever kan delta.")
    }
}

/// Forms of older boards: comments counted after a post's permalink, lettered columns, participants on one line,
/// and a question box that opens with an instruction.
final class OlderBoardFormsTests: XCTestCase {
    func testCommentsAfterAPermalinkAreThatPostsAndLetteredColumnsAreSections() throws {
        let corpus = try loadFixture("""
            Marit Eira 3/8/2022

            Regional dialogsamling Troms og Finnmark

            Tema A – Kulturskolen som ressurssenter

            Anonym 3/10/22 10:03AM

            Gruppe 5: Alta, Loppa, Hasvik
            Vi har et godt samarbeid med barnehagene.
            https://padlet.com/mariteira/tf2022/wish/t96kB29

            ♡ 3
            2 kommentarer

            Marit Eira 3/10/22 10:05AM
            Takk, dette tar vi med videre!

            Anonym 3/10/22 10:06AM
            Enig!

            Anonym 3/10/22 10:09AM

            Gruppe 6: Storfjord, Lyngen
            Friplasser har gitt flere barn et tilbud.

            Samtale 2 – Veien videre

            Anonym 3/10/22 11:09AM

            Gruppe 6: Storfjord, Lyngen
            Gruppen besto av Kari fra Storfjord og Mona fra Lyngen.
            Felles lærere.
            """, name: "eldre.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi har et godt samarbeid med barnehagene.", "Friplasser har gitt flere barn et tilbud.",
                                           "Felles lærere."], "the comments are no posts; who took part is no answer")
        XCTAssertEqual(posts.map(\.section), ["Tema A – Kulturskolen som ressurssenter", "Tema A – Kulturskolen som ressurssenter",
                                              "Samtale 2 – Veien videre"])
        XCTAssertTrue(posts[0].raw.contains("Enig!"), "the comments stay in the post's raw lines")
        let reader = PadletTextReader(places: GazetteerPlaces.shared)
        XCTAssertEqual(reader.participantMunicipalities("Anne (Bodø), Per (Saltdal) og Lise (Fauske)"), ["Bodø", "Saltdal", "Fauske"])
        XCTAssertEqual(reader.participantMunicipalities("kulturskolelederne i Rana, Hemnes og Nesna"), ["Rana", "Hemnes", "Nesna"])
        XCTAssertEqual(PadletLines.participantsOnLine("Gruppen besto av: Herøy, Dønna og Alstahaug"), "Herøy, Dønna og Alstahaug")
        XCTAssertEqual(reader.participantMunicipalities("Herøy, Dønna og Alstahaug"), ["Herøy (Nordland)", "Dønna", "Alstahaug"],
                       "a list of places alone resolves a shared name as a header does")
    }

    /// A browser's print footer (the page's address and number) and header (date and time before the board's title)
    /// are no post's text.
    func testABrowsersPrintHeaderAndFooter() throws {
        let corpus = try loadFixture("""
            Solfrid Aas 4/16/2024

            Regional samling Agder 2024

            Anonym 4/18/24 9:14AM

            Gruppe 1: Kristiansand og Vennesla
            Vi har et godt samarbeid med barnehagene.

            https://padlet.com/solfridaas/agder2024 1/6
            \u{0C}18.04.2024, 15:02 Regional samling Agder 2024

            Anonym 4/18/24 9:16AM

            Gruppe 2 – Arendal, Grimstad, Froland
            Skyss er en stor utfordring.
            """, name: "utskrift.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.text),
                       ["Vi har et godt samarbeid med barnehagene.", "Skyss er en stor utfordring."])
        XCTAssertFalse(PadletLines.isBareLink("https://padlet.com/kari/board og mer"))
        // A browser pads the page's number to the right edge.
        XCTAssertTrue(PadletLines.isBareLink("https://padlet.com/kari/board                    2/4"))
        XCTAssertTrue(PadletLines.isBareLink("padlet.com/kari/board"), "as a viewer copies it, without its scheme")
        XCTAssertFalse(PadletLines.isBareLink("padlet.com er et verktøy"))
        XCTAssertFalse(PadletLines.isBareLink("https://padlet.com/kari/board  Se 2/4"))
    }

    /// A question's number alone on its line ("2)") is the answer's mark, not an icon's debris.
    func testANumberAloneOnItsLineMarksTheAnswer() throws {
        XCTAssertFalse(PadletLines.isNoise("2)"))
        XCTAssertFalse(PadletLines.isNoise("b)"))
        XCTAssertTrue(PadletLines.isNoise("(o]"))
    }

    /// An instruction before the box's questions is no question 1: "1." in the answers is the first question.
    func testAnInstructionBeforeTheQuestionsIsNoQuestion() throws {
        let corpus = try loadFixture("""
            Dialogsamling Innlandet 2021

            KULTURSKOLERÅDET INNLANDET MAR 11, 2021 09:41AM

            Spørsmål til gruppene

            Skriv gruppenummer og kommuner øverst i boksen. Én boks per gruppe.

            - o Hva gjør kulturskolen i vår kommune godt i dag?
            - o Hva trenger vi for å komme videre?

            Gruppe 1: Hamar, Stange og Løten

            1. Vi har et godt samarbeid med barnehagene.
            2. Vi trenger flere hele stillinger.
            """, name: "boks.txt")
        let questions = corpus.units.filter { $0.kind == .prompt && $0.text.hasSuffix("?") }
        XCTAssertEqual(questions.map(\.text), ["Hva gjør kulturskolen i vår kommune godt i dag?", "Hva trenger vi for å komme videre?"],
                       "the nested list's second bullet is no text")
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), questions.map(\.id))
    }
}

/// Section titles, post titles and authors are repaired as the text is, and each change is in `repairs`.
final class RepairedHeadingsTests: XCTestCase {
    func testALigatureInAColumnsTitleAndAnAtInAnAuthor() throws {
        guard NorwegianDictionaries.shared != nil else { throw XCTSkip("needs hunspell-no") }
        let corpus = try loadFixture("""
            Agder fylkeskommune 11/5/2024

            Kulturskolesamling Agder

            Tema 2 – Fleksible tilbud og \u{FFFD}nansiering

            MARTE GR@NLI 11/7/24 10:06AM
            Gruppe 1: Arendal, Froland
            Vi har startet et tilbud for ungdom.

            MARTE GR@NLI 11/7/24 10:09AM
            Gruppe 2: Grimstad
            Babysong sammen med helsestasjonen.
            """, name: "ligatur.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.section), ["Tema 2 – Fleksible tilbud og finansiering", "Tema 2 – Fleksible tilbud og finansiering"])
        XCTAssertEqual(posts.map(\.author), ["MARTE GRØNLI", "MARTE GRØNLI"])
        XCTAssertEqual(corpus.repairs.map { "\($0.line)|\($0.original)|\($0.repaired)" }, ["7|\u{FFFD}nansiering|finansiering", "7|GR@NLI|GRØNLI"],
                       "each spelling once, for the first unit that has it")
        XCTAssertEqual(TextRepairer.clean.repair(name: "kari@skole.no").0, "kari@skole.no")
    }

    /// A name with a lost ligature takes the letters that make a name the dictionaries know; one no filling
    /// makes known stays as written, so the damage stays visible.
    func testALostLigatureInAnAuthorsName() throws {
        guard NorwegianDictionaries.shared != nil else { throw XCTSkip("needs hunspell-no") }
        let (name, changes) = TextRepairer.clean.repair(name: "So\u{FFFD}e Lien (referent)")
        XCTAssertEqual(name, "Sofie Lien (referent)")
        XCTAssertEqual(changes.map { "\($0.original)|\($0.repaired)|\($0.kind)" }, ["So\u{FFFD}e|Sofie|ligature"])
        XCTAssertEqual(TextRepairer.clean.repair(name: "Xq\u{FFFD}zk Lien").0, "Xq\u{FFFD}zk Lien")
        XCTAssertEqual(TextRepairer.clean.repair(name: "Sofie Lien").1.count, 0)
    }
}

/// A board's creator posting a round's question later on, and names that share their last word.
final class CreatorsRoundPostTests: XCTestCase {
    func testTheCreatorsRoundPostIsPromptsAndSharedLastWordsAreBothNames() throws {
        let corpus = try loadFixture("""
            Dialogsamling Innlandet 2021

            KULTURSKOLERÅDET INNLANDET MAR 11, 2021 09:41AM

            Gruppe 1: Hamar, Stange og Løten

            Vi har et godt samarbeid med barnehagene.

            KULTURSKOLERÅDET INNLANDET MAR 11, 2021 11:15AM

            Runde 2

            Hvilke forventninger har dere til samarbeidet i regionen?

            Gruppe 4: Gjøvik, Østre og Vestre Toten

            Vi ønsker oss et nettverk av kulturskoleledere i regionen.
            """, name: "runde.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 4"], "the creator's round post is no post")
        XCTAssertEqual(posts.last?.municipalities, ["Gjøvik", "Østre Toten", "Vestre Toten"])
        XCTAssertTrue(corpus.units.contains { $0.kind == .prompt && $0.text == "Hvilke forventninger har dere til samarbeidet i regionen?" })
        XCTAssertEqual(GazetteerPlaces.expandingSharedNames("Nord- og Sør-Aurdal"), "Nord-Aurdal og Sør-Aurdal")
        XCTAssertTrue(PadletTextReader.sameName("Kulturskulerådet Møre og Romsdal", "Kulturskuleradet Mgre og Romsdal") == false,
                      "a letter OCR read as another ('g' for 'ø') is no spelling of the same name")
        XCTAssertTrue(PadletTextReader.sameName("Kulturskulerådet Møre og Romsdal", "Kulturskuleradet More og Romsdal"),
                      "the same name with 'å' and 'ø' read without their marks")
        XCTAssertEqual(GazetteerPlaces.expandingSharedNames("Nord og sør i fylket"), "Nord og sør i fylket")
    }
}

/// A board copied from a browser: the creator without a date ("Laga av ... · 3 innlegg"), author lines with the time
/// relative to the day it was copied ("for 3 dagar sidan"), and comments counted inside the post they are under.
final class BrowserCopyTests: XCTestCase {
    func testRelativeTimesAndTheCreatorLine() throws {
        let corpus = try loadFixture("""
            Kulturskulerådet Møre og Romsdal
            Laga av Kulturskulerådet Møre og Romsdal · 3 innlegg

            Dialogsamling Sunnmøre

            Dialogrunde 1 – Kulturskulen i dag

            Kulturskulerådet Møre og Romsdal for 3 dagar sidan
            Spørsmål til runde 1
            1. Kva fungerer godt?
            2. Kva vil de endre?

            Ingrid Hareide for 3 dagar sidan
            Gruppe 1 – Volda og Ørsta
            1. Samarbeid med høgskulen.
            2. Timeplanen.

            2 kommentarar
            Siv Moe for 2 dagar sidan
            Godt poeng!
            Anonym for ein time sidan
            Ikkje gløym Hornindal!

            Kari Nordmann 2 days ago
            Gruppe 2 – Hareid og Ulstein
            1. Korpsa er sterke.
            """, name: "nettlesar.txt")
        XCTAssertEqual(corpus.title, "Dialogsamling Sunnmøre")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Ingrid Hareide", "Kari Nordmann"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.section), ["Dialogrunde 1 – Kulturskulen i dag", "Dialogrunde 1 – Kulturskulen i dag"])
        XCTAssertEqual(posts.compactMap(\.posted), [], "the day the times count from is unknown")
        XCTAssertFalse(posts[0].text.contains("Hornindal"), "a comment is not the post's text")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt && $0.question != nil }.map(\.question), ["Kva fungerer godt?", "Kva vil de endre?"])
        XCTAssertNil(PadletDates.stamp("Vi starta kulturskulen for 3 år sidan"), "a sentence, not a name")
        XCTAssertNil(PadletDates.stamp("Det var for mange år siden"))
        XCTAssertEqual(PadletLines.madeBy("Made by Kari Nordmann | 12 posts"), "Kari Nordmann")
    }
}

/// Two exports put in one file: the second board's header, title and description are the organisers' text, not the
/// last post's; a column titled "Gruppedialog dag 1" is a section, and the question alone at its top its prompt.
final class TwoBoardsInOneFileTests: XCTestCase {
    func testTheSecondBoardsHeaderIsNoPartOfAPost() throws {
        let corpus = try loadFixture("""
            Hege Posaas 3/2/2023 &

            Dialogseminar Troms – dag 1

            Gruppedialog dag 1

            « Hva kjennetegner en god kulturskole?

            Gruppe 1 3/8/23 10:12AM
            Tromsø og Karlsøy
            Synlig i hele kommunen.

            Torkel Øien 3/3/2023 &

            Dialogseminar Troms – dag 2

            Fortsett i samme grupper som i går.

            Gruppedialog dag 2

            « Hva skal vi samarbeide om?

            Gruppe 1 3/9/23 9:41AM
            Tromsø og Karlsøy
            Felles vikarbank.
            """, name: "to-tavler.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Synlig i hele kommunen.", "Felles vikarbank."])
        XCTAssertEqual(posts.map(\.section), ["Gruppedialog dag 1", "Gruppedialog dag 2"])
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.text), ["Hva kjennetegner en god kulturskole?", "Fortsett i samme grupper som i går.", "Hva skal vi samarbeide om?"])
        XCTAssertEqual(prompts.map(\.title), [nil, "Dialogseminar Troms – dag 2", nil])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [prompts[0].id, prompts[2].id],
                       "each answer is linked to its own column's question")
        XCTAssertNil(PadletLines.section("Gruppedialog og mer 1"))
    }
}

/// A post's edit line under its author line ("Oppdatert OCT 15, 2024 10:31AM") is no author's; an answer in emoji
/// ("1. 🎻🎺🥁") is text, while reaction counts ("👍 7", "▲ 5") are not.
final class EditLineAndReactionTests: XCTestCase {
    func testTheEditLineIsNoPostAndEmojiAnswersStay() throws {
        let corpus = try loadFixture("""
            KULTURSKOLERÅDET INNLANDET OCT 10, 2024 09:00AM

            Dialogseminar Innlandet

            INGRID MOEN OCT 15, 2024 10:12AM
            Oppdatert OCT 15, 2024 10:31AM

            Gruppe 1: Lillehammer, Øyer og Gausdal

            1. Et felles tilbud i film.
            2. 🎻🎺🥁

            ▲ 5

            TROND HAUGEN OCT 15, 2024 10:15AM

            Gruppe 2: Hamar og Ringsaker

            1. Ventelistene.

            👍 7
            """, name: "vegg.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["INGRID MOEN", "TROND HAUGEN"])
        XCTAssertEqual(posts.compactMap(\.posted).map(ISODate.string), ["2024-10-15T10:12:00", "2024-10-15T10:15:00"])
        XCTAssertEqual(posts.map(\.text), ["1. Et felles tilbud i film.\n2. 🎻🎺🥁", "1. Ventelistene."])
        XCTAssertNil(PadletDates.stamp("Oppdatert OCT 15, 2024 10:31AM"))
        XCTAssertFalse(PadletLines.isEditStamp("Oppdatert plan for høsten"))
    }
}

/// A permalink the PDF broke over two lines ("https://padlet.com/.../" over "wish/3306119822") is the post's url and
/// ends it, not text; a profile link over a whole permalink is not joined to it.
final class BrokenPermalinkTests: XCTestCase {
    func testAPermalinkOverTwoLines() throws {
        let corpus = try loadFixture("""
            Kari Holm 3/12/2025

            Dialogseminar Østfold

            Runde 1

            Hanne Strand 3/20/25 9:31AM
            Gruppe 1 – Fredrikstad og Hvaler
            Vi har gratis kulturskoletilbud i SFO.
            https://padlet.com/ks_ostfold/dialogseminar-ostfold-
            2025-x7k2/wish/3306120415

            Ola Kristiansen 3/20/25 9:34AM
            Gruppe 2 – Sarpsborg og Halden
            Friplasser hjelper.
            http://padlet.com/olakristiansen
            https://padlet.com/ks_ostfold/dialogseminar-ostfold-2025-x7k2/wish/3306120416
            """, name: "brutt.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi har gratis kulturskoletilbud i SFO.", "Friplasser hjelper."])
        XCTAssertEqual(posts.map(\.url), ["https://padlet.com/ks_ostfold/dialogseminar-ostfold-2025-x7k2/wish/3306120415",
                                          "https://padlet.com/ks_ostfold/dialogseminar-ostfold-2025-x7k2/wish/3306120416"])
    }

    /// A board printed from a browser in the English interface: the author's name over "Oct 9, 2024 9:51 AM", the
    /// board's title over the first post, a count of comments not printed ("2 comments") and likes ("Like 3"); the
    /// organisers' one question is what every post answers.
    func testABoardPrintedFromTheEnglishInterface() throws {
        let corpus = try loadFixture("""
            Kulturskoledagen Rogaland 2024
            Kulturskolerådet Rogaland • Oct 2, 2024

            Kulturskolerådet Rogaland
            Oct 9, 2024 9:40 AM
            Spørsmål til gruppene
            Hvordan kan kulturskolen nå ungdom?

            Anonymous
            Oct 9, 2024 9:51 AM
            Gruppe 1 – Stavanger og Sola
            Ungdom vil bestemme selv.
            2 comments

            Ole Gabrielsen
            Oct 9, 2024 10:03 AM
            Gruppe 2 – Hå og Klepp
            Én time i uka gratis.
            Like 3
            """, name: "engelsk.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Ungdom vil bestemme selv.", "Én time i uka gratis."])
        XCTAssertEqual(posts.map(\.author), [nil, "Ole Gabrielsen"], "'Anonymous' starts a post but names no one")
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2024-10-09T09:51:00", "2024-10-09T10:03:00"])
        let question = try XCTUnwrap(corpus.units.first { $0.kind == .prompt && $0.text == "Hvordan kan kulturskolen nå ungdom?" })
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [question.id, question.id])
        XCTAssertEqual(PadletDates.dateAndTime("Oct 9, 2024 9:51 AM").map(ISODate.string), "2024-10-09T09:51:00")
        XCTAssertNil(PadletDates.dateAndTime("Kari Vik Oct 9, 2024 9:51 AM"))

        let titled = try loadFixture("""
            Kulturskoledagen Rogaland

            Kari Vik Oct 9, 2024 9:51 AM
            Gruppe 1 – Stavanger og Sola
            En.
            """, name: "tittel.txt")
        XCTAssertEqual(titled.title, "Kulturskoledagen Rogaland")
        XCTAssertEqual(titled.units.filter { $0.kind == .post }.map(\.author), ["Kari Vik"])
    }

    /// A post's first line that opens with the place writing ("Bodø kulturskole:") and goes on with a sentence wrapped
    /// onto the next line: the label is its header, the sentence its text (it was the title, and lost from every count).
    func testAPlaceLabelBeforeTheFirstSentenceIsTheHeaderAndTheSentenceText() throws {
        let corpus = try loadFixture("""
            Hege Posaas 4/30/2025

            Nasjonalt dialogseminar

            Gruppedialog 1

            Gruppe 9 5/5/25 9:05AM
            Bodø kulturskole: samskaping med frivilligheten er viktig, men
            økonomi og finansiering er det som stopper oss.

            Gruppe 8 5/5/25 9:07AM
            Stryn, Valle
            Vi trenger mer tid til samarbeid.
            """, name: "steder.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.first?.text, "samskaping med frivilligheten er viktig, men økonomi og finansiering er det som stopper oss.")
        XCTAssertEqual(posts.first?.municipalities, ["Bodø"])
        XCTAssertEqual(posts.last?.municipalities, ["Stryn", "Valle"])
        XCTAssertEqual(posts.last?.text, "Vi trenger mer tid til samarbeid.")
    }

    /// A board with only its title over the posts: the first post's author line and text are a post (its permalink
    /// says so), not the board's creator and description, and its author did not make the board.
    func testTheFirstPostUnderABoardsTitleIsAPostWhenItEndsInAPermalink() throws {
        let corpus = try loadFixture("""
            Kulturskolekartet Innlandet

            Anne Grethe Hagen 14.03.2024, 20:41
            Rena kulturskole
            📍 Rena, Åmot, Innlandet, Norge
            Vi er stolte av korpset vårt som spiller på alle skolene.
            https://padlet.com/kr/kart/wish/1

            Torbjørn Løken 14.03.2024, 20:55
            Løten kulturskole
            📍 Løten, Innlandet, Norge
            Ungdomsbandet vårt spilte på Løten-dagene.
            https://padlet.com/kr/kart/wish/2

            Anne Grethe Hagen 14.03.2024, 21:02
            Vi har også et nytt dansetilbud på Rena.
            https://padlet.com/kr/kart/wish/3
            """, name: "kart.txt")
        XCTAssertEqual(corpus.title, "Kulturskolekartet Innlandet")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.count, 0, "no board description")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Anne Grethe Hagen", "Torbjørn Løken", "Anne Grethe Hagen"])
        XCTAssertEqual(posts.map(\.url), ["https://padlet.com/kr/kart/wish/1", "https://padlet.com/kr/kart/wish/2", "https://padlet.com/kr/kart/wish/3"])
        XCTAssertEqual(posts.first?.municipalities, ["Åmot"])
    }

    /// A board turned into text by a converter that writes every block of the page as a paragraph (mutool): the
    /// author's name, a blank line and the time alone in the export's short form are the post's author line.
    func testAnAuthorAndTimeInBlocksOfTheirOwn() throws {
        let corpus = try loadFixture("""
            Gruppedialog 1

            Kulturskolerådet Møre og Romsdal

            5/6/25 9:02AM

            Spørsmål til gruppene

            1. Hvordan kan kulturskolen bli en del av laget rundt barnet?
            2. Hva hindrer dette i dag?

            Anonym

            5/6/25 9:14AM

            Gruppe 1: Molde og Hustadvika

            1) Kulturskolen må sitte i de tverrfaglige teamene.

            2) Ingen har ansvar for å kalle oss inn.

            Eli Tennfjord

            5/6/25 9:17AM

            Gruppe 2: Ålesund, Giske og Sula

            1) Musikkterapi på Sula.
            """, name: "mutool.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), [nil, "Eli Tennfjord"], "'Anonym' starts a post but names no one")
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2025-05-06T09:14:00", "2025-05-06T09:17:00"])
        XCTAssertEqual(posts.map(\.municipalities), [["Molde", "Hustadvika"], ["Ålesund", "Giske", "Sula"]])
        XCTAssertFalse(corpus.units.contains { $0.text.contains("9:14AM") || $0.text.hasPrefix("Anonym") })
        XCTAssertEqual(PadletDates.dateAndTime("5/6/25 9:14AM").map(ISODate.string), "2025-05-06T09:14:00")
        XCTAssertNil(PadletDates.dateAndTime("Anonym 5/6/25 9:14AM"))
    }

    /// Comments counted "Kommentarer (2)" and written "Kommentar fra ... : ..." are other people's words, not the post's.
    func testCommentsCountedInBrackets() throws {
        let corpus = try loadFixture("""
            Hilde Jensen 3/5/25 10:02AM
            Gruppe 1 (Sortland og Hadsel)
            Vi vil bruke kulturhusene mer.
            Kommentarer (2)
            Kommentar fra Kulturskolerådet Nordland 3/5/25 10:20AM: Spennende!
            Kommentar fra Hilde Jensen 3/5/25 10:24AM: Vi sender en beskrivelse.

            Per Nordvik 3/5/25 10:06AM
            Gruppe 2 (Øksnes og Andøy)
            Rekruttering av lærere.
            """, name: "kommentarer.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.text), ["Vi vil bruke kulturhusene mer.", "Rekruttering av lærere."])
        XCTAssertEqual(PadletLines.commentCount("Kommentarer (2)"), 2)
        XCTAssertNil(PadletLines.commentCount("Kommentarer (se under)"))
    }

    /// A board turned into text without blank lines (`pdftotext -raw`, Acrobat's "Save as text"): a round's title right
    /// over an author line is the column its posts stand in, and the question they answer; a page's header and footer
    /// inside a post are not its text.
    func testAnExportWithoutBlankLines() throws {
        let text = """
            12.11.2024, 14:20 Regional samling Troms
            Kulturskolerådet Troms 11/11/2024
            Regional samling Troms
            Skriv gruppenummer og kommuner øverst i innlegget.
            Spørsmål 1: Hva er kulturskolens styrke i Troms?
            Anonym 11/12/24 9:14AM
            Gruppe 1 Tromsø og Karlsøy
            Bredden. Tromsø har over 40 fag, og Karlsøy har et sterkt
            korpsmiljø.
            Anonym 11/12/24 9:16AM
            Gruppe 2 Harstad og Kvæfjord
            Lærere med lang erfaring og et godt samarbeid med
            https://padlet.com/kulturskoleradet_troms/samling 1/2
            \u{0C}12.11.2024, 14:20 Regional samling Troms
            Festspillene i Nord-Norge.
            Spørsmål 2: Hva må endres for at flere skal delta?
            Anonym 11/12/24 10:31AM
            Gruppe 1 Tromsø og Karlsøy
            Lavere pris.
            Anonym 11/12/24 10:34AM
            Gruppe 2 Harstad og Kvæfjord
            Undervisning på skolen rett etter skoletid.
            padlet.com/kulturskoleradet_troms/samling
            2

            """
        let corpus = try loadFixture(text, name: "raw.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Bredden. Tromsø har over 40 fag, og Karlsøy har et sterkt korpsmiljø.",
                                           "Lærere med lang erfaring og et godt samarbeid med Festspillene i Nord-Norge.",
                                           "Lavere pris.", "Undervisning på skolen rett etter skoletid."])
        XCTAssertEqual(posts.map(\.section), Array(repeating: "Spørsmål 1: Hva er kulturskolens styrke i Troms?", count: 2)
                       + Array(repeating: "Spørsmål 2: Hva må endres for at flere skal delta?", count: 2))
        XCTAssertEqual(posts.map(\.question), ["Hva er kulturskolens styrke i Troms?", "Hva er kulturskolens styrke i Troms?",
                                               "Hva må endres for at flere skal delta?", "Hva må endres for at flere skal delta?"])
    }
}

/// A group named by its members, its header wrapped after a comma, under the author line: the group of the post.
final class NamedGroupHeaderTests: XCTestCase {
    func testAGroupNamedByItsMembersWrappedAfterAComma() throws {
        let corpus = try loadFixture("""
            KULTURSKOLERÅDET NOV 12, 2024 02:15PM

            Samling

            SIGRUN NOV 14, 2024 10:29AM

            Gruppe Eldbjørg, Anne Rita,
            Svetlana, Marthe og Sigrun

            Nyttige punkter: vi må jobbe på systemnivå.
            """, name: "navnegruppe.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe Eldbjørg, Anne Rita, Svetlana, Marthe og Sigrun"])
        XCTAssertEqual(posts.map(\.text), ["Nyttige punkter: vi må jobbe på systemnivå."])
        XCTAssertTrue(PadletTextReader.isListOfNames("Blå"))
        XCTAssertFalse(PadletTextReader.isListOfNames("Vi snakket om skolen"))
    }
}

/// Found by probe round 28: a board exported from the English interface, names typed in lower case, and a sentence
/// that opens a paragraph with a group.
final class EnglishInterfaceAndLowerCaseTests: XCTestCase {
    /// "Nov 9, 2023 at 10:42 AM", "(edited)" after the time, and the mark between the name and the date ("Kari Nordmann ·
    /// Nov 9") all head a post with its author and time.
    func testTheEnglishInterfacesAuthorLines() throws {
        let corpus = try loadFixture("""
            Hege Posaas 11/7/2023 &

            Kulturskoledagen 2023

            Tema 1

            Anonymous  Nov 9, 2023 at 10:42 AM
            Gruppe 1 – Molde og Aukra
            Molde har lyst ut to stillinger.
            https://padlet.com/x/y/wish/1

            Kari Nordmann · Nov 9, 2023 at 1:02 PM (edited)
            Gruppe 2 – Kristiansund og Averøy
            Kristiansund rekrutterer via musikklinja.
            https://padlet.com/x/y/wish/2

            Ola Berg • Nov 9, 2023, 1:58 PM
            Gruppe 3 – Aure og Smøla
            Vi deler lærere.
            """, name: "engelsk.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2", "Gruppe 3"])
        XCTAssertEqual(posts.map(\.author), [nil, "Kari Nordmann", "Ola Berg"])
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2023-11-09T10:42:00", "2023-11-09T13:02:00", "2023-11-09T13:58:00"])
        XCTAssertEqual(posts.map(\.municipalities), [["Molde", "Aukra"], ["Kristiansund", "Averøy"], ["Aure", "Smøla"]])
        XCTAssertEqual(PadletDates.cleanAuthor("Posted by Kari Nordmann on"), "Kari Nordmann")
    }

    /// A sentence that ends with a date is no author line (probe29: "Webinaret er 21 Nov 2024 09:00" split a post, and
    /// "Fristen er 21 november 2024" took a post into the board's title): the new forms need a name before them.
    func testASentenceEndingInADateIsNoAuthorLine() throws {
        XCTAssertNil(PadletDates.stamp("Webinaret er 21 Nov 2024 09:00"))
        XCTAssertNil(PadletDates.stamp("Neste møte er Nov 20, 2023 at 10:00 AM"))
        XCTAssertNil(PadletDates.boardHeader("Fristen er 21 november 2024"))
        XCTAssertNil(PadletDates.stamp("Webinar 21 Nov 2024 09:00"))
        // A time after "at" heads a post only where a paragraph starts (probe30: "Fagdag Nov 20, 2024 at 10:00 AM" in an answer).
        XCTAssertEqual(PadletDates.stamp("Fagdag Nov 20, 2024 at 10:00 AM")?.afterAt, true)
        XCTAssertEqual(PadletDates.stamp("Anonymous  Nov 9, 2023 at 10:42 AM")?.author, "Anonymous")
        // One place in lower case is a user name as often as a place ("lund", "heim"): two make a header.
        let fagdag = try loadFixture("""
            Kulturskolesamling Agder 2024

            Kari Dahl 3/5/24 10:02AM
            Gruppe 1 – Kristiansand og Vennesla
            Vi har mange elever.
            Fagdag Nov 20, 2024 at 10:00 AM
            Vi vil ha mer.
            https://padlet.com/x/agder/wish/7201

            Per Dahl 3/5/24 10:05AM
            Gruppe 2 – Arendal og Froland
            Arendal vil ha fagdag.
            """, name: "fagdag.txt")
        XCTAssertEqual(fagdag.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(GazetteerPlaces.shared.headerMunicipalities("lund").municipalities, [])
        XCTAssertEqual(GazetteerPlaces.shared.headerMunicipalities("lund og sokndal").municipalities, ["Lund", "Sokndal"])
    }

    /// Municipalities typed in lower case in a header are read when the whole header reads as places; a lower-case
    /// word in a sentence is no name.
    func testMunicipalitiesTypedInLowerCase() throws {
        let corpus = try loadFixture("""
            Hege Posaas 3/4/2024 &

            Dialogmøte Vestfold og Telemark

            gruppe 3 - porsgrunn og bamble 3/5/24 10:02AM
            Vi har snakka om kulturskuletimen.
            https://padlet.com/x/y/wish/1

            Anne Li 3/5/24 10:04AM
            Gruppe 5 (notodden, tinn)
            Skyss er den store utgifta.
            https://padlet.com/x/y/wish/2

            Anne Li 3/5/24 10:06AM
            Gruppe 6: vi har lite tid og sola skinner
            Mer tid.
            """, name: "smaa.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 3", "Gruppe 5", "Gruppe 6"])
        XCTAssertEqual(posts.map(\.municipalities), [["Porsgrunn", "Bamble"], ["Notodden", "Tinn"], []])
        XCTAssertEqual(GazetteerPlaces.withWordsCapitalised("sør-varanger og nord-fron"), "Sør-Varanger og Nord-Fron")
        XCTAssertNil(GazetteerPlaces.withWordsCapitalised("Bodø og Fauske"))
    }

    /// A column titled by icons alone ("💡", a keycap "2️⃣") after a post's permalink titles the posts under it; a post's
    /// last paragraph of "👍" stays its text.
    func testAColumnTitledByIconsAlone() throws {
        let corpus = try loadFixture("""
            Hege Posaas 10/14/2024 &

            Kulturskolesamling Nordland 2024

            Økt 1

            Gruppe 1 10/16/24 10:51AM
            Gruppe 1 – Bodø og Saltdal
            Kulturskolen er et sted der barn møtes.

            👍

            Gruppe 2 10/16/24 10:55AM
            Mer tid.
            https://padlet.com/x/y/wish/2

            💡

            Gruppe 3 10/16/24 1:10PM
            Felles festival annethvert år.
            https://padlet.com/x/y/wish/3

            2️⃣ Tiltak

            Gruppe 4 10/16/24 1:12PM
            Felles plan.
            """, name: "ikon.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.section), ["Økt 1", "Økt 1", "💡", "2️⃣ Tiltak"])
        XCTAssertEqual(posts.first?.text, "Kulturskolen er et sted der barn møtes.\n👍")
    }

    /// "Kristiansund, 15. november" under the board's title says where and when: no column's title over every post.
    func testAPlaceAndDayUnderTheTitleIsNoColumn() throws {
        let corpus = try loadFixture("""
            Ragnhild Bø 11/14/2023 &

            Kulturskulesamling Nordmøre 2023

            Kristiansund, 15. november

            Gruppe 1 11/15/23 10:12AM
            Gruppe 1 – Tingvoll og Sunndal
            Vi har ingen rektor no.
            """, name: "stad-dato.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.section), [nil])
        XCTAssertTrue(PadletDates.namesADay("Kristiansund 15.11.2023"))
        XCTAssertFalse(PadletDates.namesADay("Økt 2"))
    }

    /// An avatar's initials over an author line or the creator's line ("KN" over "Kari Nordmann ...") are no post and no
    /// title; letters that are not the name's initials stay.
    func testAvatarInitialsAreNoText() throws {
        let corpus = try loadFixture("""
            HP
            Hege Posaas  Nov 7, 2023
            Kulturskoledagen 2023

            Anonymous Nov 9, 2023 10:44 AM
            Gruppe 2 – Kristiansund og Averøy
            Kristiansund rekrutterer via musikklinja.
            https://padlet.com/x/y/wish/2

            KN
            Kari Nordmann Nov 9, 2023 10:47 AM
            Gruppe 3 – Giske og Sula
            Sula har mentorordning.
            """, name: "avatar.txt")
        XCTAssertEqual(corpus.title, "Kulturskoledagen 2023")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 2", "Gruppe 3"])
        let lines = ["UKM", "Kari Nordmann Nov 9, 2023 10:47 AM"].enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        XCTAssertFalse(PadletTextReader.isAvatar(lines, at: 0), "not Kari Nordmann's initials")
    }

    /// "Gruppe 3 sa det samme i plenum i fjor." opening a paragraph of a post is a sentence about a group: it stays in
    /// the post's text and heads no post of its own.
    func testASentenceAboutAGroupOpeningAParagraph() throws {
        let corpus = try loadFixture("""
            Elin Sørensen 9/11/2024 &

            Kulturskoleforum Troms 2024

            Tone Hansen 9/12/24 11:58AM
            Gruppe 1 – Tromsø, Karlsøy og Balsfjord
            Vi deler på utstyr til teater og scene.

            Gruppe 3 sa det samme i plenum i fjor.
            https://padlet.com/x/y/wish/1
            """, name: "avsnitt.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1"])
        XCTAssertTrue(posts.first?.text.hasSuffix("Gruppe 3 sa det samme i plenum i fjor.") == true)
        XCTAssertTrue(PadletTextReader.goesOnAsASentence("og 3 var enige"))
        // Also where the sentence names a place ("Gruppe 6 sa det samme om Voss."), and on a line of its own after a blank.
        let voss = try loadFixture("""
            Elin Sørensen 9/11/2024 &

            Kulturskoleforum 2024

            Tone Hansen 9/12/24 11:58AM
            Gruppe 5 – Ullensvang
            Vi har snakka om lokale.

            Gruppe 6 sa det samme om Voss.
            https://padlet.com/x/y/wish/1
            """, name: "voss.txt")
        XCTAssertEqual(voss.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 5"])
        XCTAssertFalse(PadletTextReader.goesOnAsASentence("Porsgrunn og Bamble"))
    }
}

/// Found by probe round 20: an organisers' box under their author line, and a municipality's answer under a post's.
final class AuthorLineTests: XCTestCase {
    /// The organisers' question box right under their author line is that line's post: the group header after the box
    /// heads the next post, which takes its group and municipalities (it made an empty post of the organisers' line).
    func testAGroupHeaderAfterTheBoxUnderTheOrganisersAuthorLineHeadsTheNextPost() throws {
        let corpus = try loadFixture("""
            Dialogkonferanse 1 – Sogn og Fjordane

            ASTRID NOV 13, 2019 04:10PM

            Spørsmål til gruppene

            Kva er dei viktigaste utviklingsområda for kulturskulen dykkar?

            Gruppe 1: Førde, Naustdal og Jølster

            ASTRID NOV 14, 2019 10:05AM

            Vi må bli samde om prisar og fagtilbod før 2020.
            """, name: "boks-forfatter.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi må bli samde om prisar og fagtilbod før 2020."])
        XCTAssertEqual(posts.first?.group, "Gruppe 1")
        XCTAssertEqual(posts.first?.municipalities, ["Sunnfjord"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.compactMap(\.question),
                       ["Kva er dei viktigaste utviklingsområda for kulturskulen dykkar?"])
    }

    /// Questions alone, by no group, in a column titled as a question box ("Dialogspørsmål"), are the organisers' box,
    /// also under an author line that is no board creator's. (They were a post.) A group's post of questions there stays.
    func testQuestionsAloneInAColumnTitledAsTheBoxArePrompts() throws {
        let corpus = try loadFixture("""
            Dialogsamling Gudbrandsdalen

            Framtidas kulturskule – Otta, 12. mars 2024

            Dialogspørsmål

            HEIDI (ARRANGØR) 3/11/24 8:55 PM
            Spørsmål 1: Kva er den største utfordringa for kulturskulen i kommunen dykkar?
            Spørsmål 2: Korleis kan kommunane i dalen samarbeide betre om tilbodet?

            KARI 3/12/24 10:05 AM
            Bord 1: Lom, Skjåk
            Kven betaler for skyssen?

            Gruppene

            KARI 3/12/24 10:15 AM
            Bord 3: Nord-Fron, Sel
            Spørsmål 1: Lokala er for små.
            """, name: "boks-kolonne.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.compactMap(\.question),
                       ["Kva er den største utfordringa for kulturskulen i kommunen dykkar?",
                        "Korleis kan kommunane i dalen samarbeide betre om tilbodet?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.compactMap(\.group), ["Bord 1", "Bord 3"])
    }

    /// "- Volda: ..." under an author line is a municipality's answer, the post's text: no group header, no title.
    func testAMunicipalitysAnswerUnderTheAuthorLineIsText() throws {
        let corpus = try loadFixture("""
            Kulturskulesamling Sunnmøre

            Ørsta, 14. september 2023

            Knut Aa. 14.09.2023 13:15
            - Volda: Teatergruppa for ungdom har venteliste.
            - Fjord: Vi har fått eit samarbeid med Geirangerfestivalen.
            https://padlet.com/sunnmore_ks/samling2023/wish/2291043401
            """, name: "kommunesvar.txt")
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertNil(post.group)
        XCTAssertNil(post.title)
        XCTAssertTrue(post.text.hasPrefix("- Volda: Teatergruppa for ungdom har venteliste."), post.text)
        XCTAssertEqual(post.municipalities, ["Volda", "Fjord"])
    }
}

/// A page's foot that prints the board's title and the page's number.
final class PageFooterTests: XCTestCase {
    /// "Padlet – Dialogsamling Gudbrandsdalen      2" is the page's foot: not in the post it falls in, and no post of
    /// its own after the last one. (It stayed in the text, and the last page's foot was a post.)
    func testTheBoardsTitleWithAPageNumberIsFurniture() throws {
        let corpus = try loadFixture("""
            Dialogsamling Gudbrandsdalen

            Otta, 12. mars 2024

            TORE 3/12/24 10:21 AM
            Rom 2 (Lom, Skjåk)
            Spørsmål 1: Lange avstandar til kulturskulen
            på Lom.

            Padlet – Dialogsamling Gudbrandsdalen                                  2
            \u{0C}
            Dialogsamling Gudbrandsdalen

            Spørsmål 2: Vi ønskjer ein felles fagplan.
            https://padlet.com/heidi_gd/dialogsamling-otta/wish/3120558977

            Padlet – Dialogsamling Gudbrandsdalen                                  3
            """, name: "sidefot.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Spørsmål 1: Lange avstandar til kulturskulen på Lom.\nSpørsmål 2: Vi ønskjer ein felles fagplan."])
        XCTAssertTrue(PageFurniture.isTitleWithPageNumber("Dialogsamling Otta    12", title: "Dialogsamling Otta"))
        XCTAssertFalse(PageFurniture.isTitleWithPageNumber("Dialogsamling Otta 2", title: "Dialogsamling Otta"), "a number set close is text")
        XCTAssertFalse(PageFurniture.isTitleWithPageNumber("Vi var på Dialogsamling Otta    2", title: "Dialogsamling Otta"))
    }

    /// A shelf board titles its first column under the board's title, over the first post: that column is the first
    /// post's section and asks its question, as later columns do.
    func testTheFirstColumnsTitleUnderTheBoardsTitleIsAColumn() throws {
        let corpus = try loadFixture("""
            Gruppesamtaler – Kulturskoledagene i Agder 2024

            1. Hva kjennetegner et godt samarbeid mellom kulturskolen og grunnskolen?

            Line Håland 7. nov. 2024 10:42
            Gruppe 1 – Kristiansand og Vennesla
            Et godt samarbeid er når kulturskolen er med i planleggingen fra start.

            2. Hva hindrer samarbeidet i dag?

            Øystein Rør 7. nov. 2024 11:10
            Gruppe 2 (Arendal, Froland)
            Timeplanen. Skoledagen er full.
            """, name: "hylle.txt")
        XCTAssertEqual(corpus.title, "Gruppesamtaler – Kulturskoledagene i Agder 2024")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.section), ["1. Hva kjennetegner et godt samarbeid mellom kulturskolen og grunnskolen?",
                                              "2. Hva hindrer samarbeidet i dag?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.question),
                       ["Hva kjennetegner et godt samarbeid mellom kulturskolen og grunnskolen?", "Hva hindrer samarbeidet i dag?"])
    }

    /// A page's foot with the board's address and the page's number on one line, and the board's title at the next
    /// page's top (also right after a column's title), are furniture: a word hyphenated over the break is joined.
    func testAFooterWithTheBoardsAddressAndPageNumberIsFurniture() throws {
        let corpus = try loadFixture("""
            TORKEL ØIEN 8. FEBRUAR 2023, 13:02 UTC
            Dialogtavle

            HEGE SOLA 9. FEBRUAR 2023, 08:44 UTC
            Gruppe 3 – Sola og Klepp
            Vi treng eit system som gjer at dette ikkje er
            padlet.com/torkel_oien/kd2023                                    Side 2 av 8
            \u{0C}Dialogtavle

            avhengig av eldsjeler, men av ein plan for ressurs-
            padlet.com/torkel_oien/kd2023                                    Side 3 av 8
            \u{0C}Dialogtavle

            senter.
            https://padlet.com/torkel_oien/kd2023/wish/2290000685

            Dag 2 – Vegen vidare

            padlet.com/torkel_oien/kd2023                                    Side 4 av 8
            \u{0C}Dialogtavle

            INGRID SKJOLD 10. FEBRUAR 2023, 08:31 UTC
            Gruppe 2 – Sandnes og Gjesdal
            Vi vil samarbeide om ein felles fagdag.
            """, name: "fot.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi treng eit system som gjer at dette ikkje er avhengig av eldsjeler, men av ein plan for ressurssenter.",
                                           "Vi vil samarbeide om ein felles fagdag."])
        XCTAssertEqual(posts.map(\.section), [nil, "Dag 2 – Vegen vidare"])
        XCTAssertTrue(PadletLines.isBareLink("padlet.com/kari/board      Side 3 av 8"))
        XCTAssertFalse(PadletLines.isBareLink("padlet.com/kari/board er der vi skriv"))
    }

    /// An author line in the long form wrapped with its date on the first line and its time on the second.
    func testAnAuthorLineInTheLongFormWrappedBeforeItsTime() throws {
        let corpus = try loadFixture("""
            HEGE SOLA 9. FEBRUAR 2023, 08:44 UTC
            Gruppe 3 – Sola og Klepp
            Vi har snakka mest om leiarforankring.

            MARI-ANNE BERGSLAND – TIME KULTURSKULE (REFERENT   9. FEBRUAR 2023,
            GRUPPE 4)                                           08:47 UTC
            Gruppe 4 – Time og Hå
            Time og Hå har samarbeidd om ein felles fagdag.
            """, name: "brote.txt")
        let last = try XCTUnwrap(corpus.units.last { $0.kind == .post })
        XCTAssertEqual(last.group, "Gruppe 4")
        XCTAssertEqual(last.author, "MARI-ANNE BERGSLAND – TIME KULTURSKULE (REFERENT GRUPPE 4)")
        XCTAssertEqual(last.posted.map(ISODate.string), "2023-02-09T09:47:00")
        XCTAssertEqual(last.municipalities, ["Time", "Hå"])
        XCTAssertEqual(last.text, "Time og Hå har samarbeidd om ein felles fagdag.")
    }

    /// A map board's pin names the county: a name two municipalities share is the one in it, also where the post's
    /// title named the place already.
    func testAMapPinsCountyResolvesASharedName() throws {
        let corpus = try loadFixture("""
            Kulturskolekartet Innlandet

            Anne Grethe Hagen 15.03.2024, 08:24
            Kulturskolen i Våler
            📍 Våler, Innlandet, Norge
            Liten kulturskole med stort hjerte.

            Lars Erik Sandberg 15.03.2024, 08:27
            Hilsen fra naboene
            📍 Våler, Østfold, Norge
            Vi har samme navn i Østfold!
            """, name: "kart.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.municipalities), [["Våler (Innlandet)"], ["Våler (Østfold)"]])
    }

    /// A pin whose icon the export lost ("Tynset, Innlandet, Norge") is a pin too: the post's place, not its text.
    func testAPinWithoutItsIconIsAPin() throws {
        let corpus = try loadFixture("""
            Kulturskolekartet Innlandet

            Anne Grethe Hagen 15.03.2024, 08:24
            Kulturskolen i Våler
            📍 Våler, Innlandet, Norge
            Liten kulturskole med stort hjerte.

            Bjørg Tynset 15.03.2024, 08:47
            Tynset kulturskole
            Tynset, Innlandet, Norge
            Vi har startet et tilbud i joik for hele Norge.
            """, name: "kart.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.municipalities), [["Våler (Innlandet)"], ["Tynset"]])
        XCTAssertEqual(posts.last?.text, "Vi har startet et tilbud i joik for hele Norge.")
        XCTAssertFalse(PadletTextReader.isPinnedPlace("Vi samarbeider med hele Norge"))
    }

    /// A comment that speaks for a group ("Gruppe 7: Vi vil også gjerne se det.") is still a comment of the post that
    /// counted it, not a post of that group.
    func testACommentThatSpeaksForAGroupIsAComment() throws {
        let corpus = try loadFixture("""
            Kulturskoletimen i Vestfold og Telemark

            Henrik Aas 19.10.2023 13:29
            Gruppe 5 – Skien og Siljan
            Årshjulet gjør det lettere for alle.
            https://padlet.com/vtkulturskole/kulturskoletimen2023/wish/2290001781
            2 kommentarer
            Liv Tangen 19.10.2023 13:44
            Kan dere legge ut årshjulet her?
            Arne Dalen 19.10.2023 13:52
            Gruppe 7: Vi vil også gjerne se det.

            Solfrid Bakka 19.10.2023 13:31
            Gruppe 4 – Notodden, Hjartdal og Tinn
            Det er lett å glemme de minste skolene.
            """, name: "kommentar.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 5", "Gruppe 4"])
        XCTAssertTrue(PadletTextReader.isSentence(afterLabel: "Gruppe 7: Vi vil også gjerne se det."))
        XCTAssertFalse(PadletTextReader.isSentence(afterLabel: "Gruppe 7: Notodden, Hjartdal og Tinn"))
    }
}
