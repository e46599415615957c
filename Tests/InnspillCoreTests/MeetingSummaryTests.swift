import Foundation
import XCTest
@testable import InnspillCore

/// Meeting summaries written as plain text or Markdown, group by group: read as a board is, with the
/// groups, their municipalities, the task list as prompts and the answers linked to them.
final class MeetingSummaryTests: XCTestCase {
    private func promptText(of segment: InnspillCore.Unit, in corpus: Corpus) -> String? {
        segment.prompt.flatMap { id in corpus.units.first { $0.id == id }?.text }
    }

    func testAPlainTextSummaryIsReadGroupByGroup() throws {
        let corpus = try loadFixture("""
            Referat fra gruppearbeid – Kulturskoledagene Østlandet 2022

            Oppgave til gruppene:
            1. Hva er den viktigste utfordringen for kulturskolen i deres kommune?
            2. Hva kan dere gjøre sammen med andre kommuner?

            Gruppe 2, Oslo

            1. Lange ventelister og for få lokaler.
            2. Dele lærere med Bærum og Nordre Follo.

            GRUPPE 5

            Kommuner: Hamar, Løten og Stange
            1. Å nå ut til barn som ikke går i kulturskolen i dag.
            2. Felles «talentprogram».

            Gruppe 6 – Sarpsborg og Fredrikstad

            Hva er den viktigste utfordringen for kulturskolen i deres kommune?
            At kulturskolen ikke er med i oppvekstplanene.
            Hva kan dere gjøre sammen med andre kommuner?
            Dele på en koordinator for DKS og kulturskole.
            """, name: "referat.txt")
        XCTAssertEqual(corpus.title, "Referat fra gruppearbeid – Kulturskoledagene Østlandet 2022")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 2", "Gruppe 5", "Gruppe 6"])
        XCTAssertEqual(posts.map(\.municipalities), [["Oslo"], ["Hamar", "Løten", "Stange"], ["Sarpsborg", "Fredrikstad"]])
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.text), ["Hva er den viktigste utfordringen for kulturskolen i deres kommune?",
                                             "Hva kan dere gjøre sammen med andre kommuner?"])
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map { promptText(of: $0, in: corpus) }, Array(repeating: prompts.map(\.text), count: 3).flatMap { $0 },
                       "by number, and by the question written out again (Gruppe 6)")
    }

    func testAMarkdownSummaryWithHeadingsPerGroup() throws {
        let corpus = try loadFixture("""
            # Dialogmøte Kulturskolerådet Innlandet – 4. mars 2024

            ## Oppgaver til gruppene

            1. Hvordan kan kulturskolen bidra i laget rundt barnet?
            2. Hva trenger dere fra fylket?

            ## Gruppe 1 – Våler og Åsnes

            ### Spørsmål 1
            - Våler har fått en egen koordinator for **laget rundt barnet**.

            ### Spørsmål 2
            Nettverk. Se også [rammeplanen](https://www.kulturskoleradet.no/rammeplan).

            ## Gruppe 3: Gjøvik, Østre Toten, Vestre Toten

            **1.** Mye godt arbeid, men det er personavhengig.

            > **2.** Fylket kan samle oss.

            ---
            """, name: "referat.md")
        XCTAssertEqual(corpus.title, "Dialogmøte Kulturskolerådet Innlandet – 4. mars 2024")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-03-04")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 3"])
        XCTAssertEqual(posts.map(\.municipalities), [["Våler (Innlandet)", "Åsnes"], ["Gjøvik", "Østre Toten", "Vestre Toten"]])
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.text), ["- Våler har fått en egen koordinator for laget rundt barnet.", "Nettverk. Se også rammeplanen.",
                                              "Mye godt arbeid, men det er personavhengig.", "Fylket kan samle oss."],
                       "Markdown's marks are not text")
        XCTAssertEqual(segments.map { promptText(of: $0, in: corpus) }, ["Hvordan kan kulturskolen bidra i laget rundt barnet?",
                                                                        "Hva trenger dere fra fylket?",
                                                                        "Hvordan kan kulturskolen bidra i laget rundt barnet?",
                                                                        "Hva trenger dere fra fylket?"])
        XCTAssertTrue(posts[0].raw.contains("**laget rundt barnet**"), "raw keeps the file's own text")
    }

    /// A heading that numbers its group first ("## 1. gruppe: Bodø og Gildeskål") names the group by that number; a
    /// numbered answer that starts with the word ("1. Gruppa meiner ...") is no heading.
    func testAGroupNumberedAsAnOrdinalInItsHeading() throws {
        let corpus = try loadFixture("""
            # Dialogmøte Salten, 6. juni 2024

            ## 1. gruppe: Bodø og Gildeskål

            Kulturskolen har gode lærere.

            ## 2. gruppe – Meløy

            1. Gruppa meiner at samarbeidet er godt.
            """, name: "salten.md")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø", "Gildeskål"], ["Meløy"]])
        XCTAssertEqual(PadletLines.leadingGroupLabel("3. rom")?.label, "Rom 3")
        XCTAssertNil(PadletLines.leadingGroupLabel("1. Gruppa meiner at samarbeidet er godt."))
        XCTAssertNil(PadletLines.leadingGroupLabel("12.5 grupper"))
    }

    /// Google Docs' "plain text": the organisers' numbered questions under their title in one paragraph, and a table
    /// written with tabs, a row per group and a column per question.
    /// A minute's head of labelled lines gives its date, also with a label of two words ("Til stades:"); a group's
    /// heading that names who wrote it down ("– referent: Hilde Vik") takes no place from the name.
    func testAMinutesHeadAndAWritersNameInAGroupsHeading() throws {
        let corpus = try loadFixture("""
            # Referat – Kulturskuleforum Vestland

            **Dato:** 24. januar 2024
            **Til stades:** 31 deltakarar

            ## Gruppe 1 (Bergen, Askøy)

            Lokale og tid. Timeplanen er full.

            ## Gruppe 7 (Osterøy, Vaksdal og Modalen) – referent: Hilde Vik

            Vi vil ha ein felles fagdag.

            ## Gruppe 8 (Voss, Vik)

            *Referent: Ingvild Rasmussen*

            Vi vil dele lærarar i dans.
            """, name: "referat.md")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-01-24")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 7", "Gruppe 8"])
        XCTAssertEqual(posts.map(\.author), [nil, "Hilde Vik", "Ingvild Rasmussen"], "who wrote the answers down")
        XCTAssertEqual(posts.last?.text, "Vi vil dele lærarar i dans.", "the writer's line is no part of the answer")
        XCTAssertEqual(PadletTextReader.writer(named: "Skrivar: Per Olsen, Vik kulturskule"), "Per Olsen")
        XCTAssertNil(PadletTextReader.writer(named: "Referent: skriv kort"))
        XCTAssertEqual(posts[1].municipalities, ["Osterøy", "Vaksdal", "Modalen"])
        XCTAssertTrue(corpus.units.allSatisfy { $0.kind != .prompt }, "the head is no prompt")
        XCTAssertNotNil(PadletTextReader.writersNote(in: "Gruppe 3: Voss, Vik, skrivar: Per Lie"))
        XCTAssertNil(PadletTextReader.writersNote(in: "Gruppe 3: Voss og Vik"))
    }

    func testATableWrittenWithTabs() throws {
        let corpus = try loadFixture("""
            Oppsummering – Dialogseminar Østfold

            Referent: Lars Moe

            Spørsmål til gruppene
            1. Hva er kulturskolens rolle mot utenforskap?
            2. Hvilke samarbeid bør vi bygge videre på?

            Innspill fra gruppene
            Gruppe\tKommuner\tSpørsmål 1\tSpørsmål 2
            1\tFredrikstad, Hvaler\tNå barn som ikke deltar i idrett.\tFelles sommerskole.
            2\tSarpsborg, Råde\tVære der barna er.\tFordypning i dans.

            """, name: "referat.txt")
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.question != nil }
        XCTAssertEqual(prompts.map(\.question), ["Hva er kulturskolens rolle mot utenforskap?", "Hvilke samarbeid bør vi bygge videre på?"])
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Nå barn som ikke deltar i idrett.", "Felles sommerskole.", "Være der barna er.", "Fordypning i dans."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 2", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Fredrikstad", "Hvaler"], ["Fredrikstad", "Hvaler"], ["Sarpsborg", "Råde"], ["Sarpsborg", "Råde"]])
        XCTAssertEqual(posts.map(\.question), prompts.map(\.question) + prompts.map(\.question), "'Spørsmål 1' takes the wording asked above")
        XCTAssertEqual(Set(posts.map(\.section)), ["Innspill fra gruppene"], "the line right over the table is its title, not a post")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt && $0.text == "Referent: Lars Moe" }.count, 1, "who wrote it: organisers' text")
        XCTAssertNil(MarkdownTable.tabTable(in: SourceLine.split("–\tBudsjettkutt\n–\tVentelister\n"), at: 0), "a list is no table")
    }

    /// A group's answer as a table by municipality under its heading, in a section's heading (as Word's tables come
    /// through): one post of the group, a segment per municipality, answering the section's one question.
    func testAGroupsTableByMunicipality() throws {
        let corpus = try loadFixture("""
            # Oppsummering dialogmøte Østfold

            # Økt 2: Samarbeid i regionen

            Spørsmål: Hva kan kommunene gjøre sammen?

            ## Gruppe 1: Fredrikstad, Hvaler

            | Kommune | Innspill |
            | --- | --- |
            | Fredrikstad | Et felles talentprogram for hele Nedre Glomma. |
            | Hvaler | Kjøpe lærertimer fra nabokommunen. |

            ## Gruppe 2: Sarpsborg, Rakkestad

            | Kommune | Innspill |
            | --- | --- |
            | Sarpsborg | En felles vikarpool. |
            | Rakkestad | Felles kompetanseheving. |

            Takk for innsatsen!

            """, name: "referat.md")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.section), ["Økt 2: Samarbeid i regionen", "Økt 2: Samarbeid i regionen"])
        XCTAssertEqual(posts.map(\.municipalities), [["Fredrikstad", "Hvaler"], ["Sarpsborg", "Rakkestad"]])
        let prompt = try XCTUnwrap(corpus.units.first { $0.kind == .prompt })
        XCTAssertEqual(prompt.question, "Hva kan kommunene gjøre sammen?", "the label 'Spørsmål:' is not part of the question")
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.municipalities), [["Fredrikstad"], ["Hvaler"], ["Sarpsborg"], ["Rakkestad"]])
        XCTAssertEqual(segments.map(\.text).first, "Et felles talentprogram for hele Nedre Glomma.")
        XCTAssertEqual(Set(segments.map(\.prompt)), [prompt.id])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.text).last, "Takk for innsatsen!",
                       "the words under the last group's table are the organisers'")
    }

    /// Text without group headers stays one unit per paragraph, with Markdown headings as sections.
    func testOtherTextIsOneUnitPerParagraph() throws {
        let corpus = try loadFixture("# Notater\n\n## Innspill\n\nFørste avsnitt med **vekt**.\n\nAndre avsnitt.\n", name: "notater.md")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Første avsnitt med vekt.", "Andre avsnitt."])
        XCTAssertEqual(posts.map(\.section), ["Innspill", "Innspill"])
        XCTAssertEqual(corpus.title, "Notater")
    }

    /// A summary whose task lists lettered questions ("a) Hva ...?") gives them as prompts 1 and 2, and the
    /// groups' lettered answers, also with the letter alone on its line, are linked to them.
    func testLetteredQuestionsAndAnswersAreLinked() throws {
        let corpus = try loadFixture("""
            OPPSUMMERING FRA GRUPPEARBEIDET
            Kulturskoledagene Nordland, Bodø 6. mars 2024

            Spørsmål til gruppene:
            a) Hva er kulturskolens viktigste bidrag i laget rundt barnet?
            b) Hvem bør kulturskolen samarbeide mer med?

            GRUPPE 1 (Bodø, Saltdal)
            a) Gi alle barn en arena for mestring.
            b) Helsestasjonen og PPT.

            GRUPPE 2 (Vefsn)
            A)
            Talentutvikling.
            B)
            Biblioteket.

            """, name: "bokstavar.txt")
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.question != nil }
        XCTAssertEqual(prompts.map(\.question), ["Hva er kulturskolens viktigste bidrag i laget rundt barnet?",
                                                  "Hvem bør kulturskolen samarbeide mer med?"])
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.text), ["Gi alle barn en arena for mestring.", "Helsestasjonen og PPT.", "Talentutvikling.", "Biblioteket."])
        XCTAssertEqual(segments.map(\.prompt), [prompts[0].id, prompts[1].id, prompts[0].id, prompts[1].id])
        XCTAssertEqual(segments.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 2", "Gruppe 2"])
    }

    /// A title with a line under it that dates the meeting: the title, the date, and neither is a prompt or a post.
    func testATitleAndADateLineAboveTheGroups() throws {
        let corpus = try loadFixture("""
            Kafédialog – Kulturskolen i Ofoten
            Referat fra bordene, Narvik 23. oktober 2024

            Bord 1
            Deltakere fra Narvik og Evenes.
            Ventelister på gitar og dans.

            Bord 2
            Deltakere fra Hamarøy.
            Korps og kulturskole må planlegge sammen.

            """, name: "kafe.txt")
        XCTAssertEqual(corpus.title, "Kafédialog – Kulturskolen i Ofoten")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-10-23")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.group), ["Bord 1", "Bord 2"])
        XCTAssertFalse(corpus.units.contains { $0.text.contains("Referat fra bordene") })
    }

    /// A Markdown summary with one group heading that names its group is read as a group's report, and a heading
    /// after the last group ("## Vidare arbeid") ends it: what follows is the organisers' text, a prompt, in no group.
    func testOneGroupHeadingAndAClosingHeading() throws {
        let one = try loadFixture("# Samling i Sogn\n\n## Gruppe 1 – Sogndal og Luster\n\nKulturskuletime i SFO.\n", name: "ei.md")
        XCTAssertEqual(one.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 1"])
        XCTAssertEqual(one.units.filter { $0.kind == .post }.map(\.municipalities), [["Sogndal", "Luster"]])
        let two = try loadFixture("""
            # Samling i Sogn

            ## Gruppe 1 – Sogndal og Luster

            Kulturskuletime i SFO.

            ## Gruppe 2 – Årdal og Lærdal

            Lite fast samarbeid.

            ## Vidare arbeid

            Nytt møte i Førde i mars.

            """, name: "to.md")
        let posts = two.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.text), ["Kulturskuletime i SFO.", "Lite fast samarbeid."])
        let closing = two.units.filter { $0.kind == .prompt }
        XCTAssertEqual(closing.map(\.text), ["Nytt møte i Førde i mars."])
        XCTAssertEqual(closing.map(\.section), ["Vidare arbeid"])
        XCTAssertEqual(posts[1].mentions, [], "Førde is the closing text's, not group 2's")
    }

    /// Numbered questions in the text above the groups ("Gruppene diskuterte to spørsmål:") are prompts, and
    /// the groups' numbered answers link to them.
    func testNumberedQuestionsInTheIntroductionArePrompts() throws {
        let corpus = try loadFixture("""
            REFERAT – Dialogmøte
            Dato: 6. februar 2024
            Sted: Lillestrøm

            Gruppene diskuterte to spørsmål:
            1. Hva fungerer godt i samarbeidet med skolen?
            2. Hva bør Kulturskolerådet gjøre videre?

            Gruppe 1 – Rælingen og Lørenskog
            1. Faste møter.
            2. En veileder.

            """, name: "referat.txt")
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.text.hasSuffix("?") }
        XCTAssertEqual(prompts.map(\.question), ["Hva fungerer godt i samarbeidet med skolen?", "Hva bør Kulturskolerådet gjøre videre?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), prompts.map(\.id))
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.municipalities), [["Rælingen", "Lørenskog"]])
    }

    /// Labelled lines under the title ("Dato: ...", "Sted: ...") give the date and are no board's creator
    /// line: the summary is read as text, not as a Padlet export.
    func testLabelledLinesUnderTheTitleGiveTheDate() throws {
        let text = """
            REFERAT – Dialogmøte
            Dato: 6. februar 2024
            Sted: Lillestrøm

            Gruppe 1 – Rælingen og Lørenskog
            1. Faste møter.

            Gruppe 2 – Asker og Bærum
            1. En veileder.
            """
        XCTAssertEqual(CorpusLoader.sniff(text, path: "referat.txt"), .text)
        let corpus = try loadFixture(text, name: "referat.txt")
        XCTAssertEqual(corpus.title, "REFERAT – Dialogmøte")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-02-06")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 1", "Gruppe 2"])
    }

    /// The organisers' closing text after the last group ("Oppsummering" over a paragraph, or a signature
    /// "Referent: ...") is a prompt of its own, not the last group's answer nor a contribution.
    func testClosingTextAfterTheLastGroupIsNoPartOfIt() throws {
        let groups = """
            Gruppe 1 – Rælingen og Lørenskog
            1. Faste møter.
            2. En veileder.

            Gruppe 2 – Asker og Bærum
            1. Kulturskolen er med i årshjulet.
            2. Påvirke Udir.


            """
        let summary = try loadFixture(groups + """
            Oppsummering
            Alle gruppene ønsker mer kontakt med skoleeier.

            Referent: Torkel Øien
            """, name: "oppsummering.txt")
        XCTAssertEqual(summary.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 1", "Gruppe 2"])
        let closing = summary.units.filter { $0.kind == .prompt }
        XCTAssertEqual(closing.map(\.section), ["Oppsummering"])
        XCTAssertEqual(closing.map(\.text), ["Alle gruppene ønsker mer kontakt med skoleeier.\nReferent: Torkel Øien"])
        XCTAssertEqual(summary.units.filter { $0.kind == .segment && $0.group == "Gruppe 2" }.map(\.text),
                       ["Kulturskolen er med i årshjulet.", "Påvirke Udir."])

        let colon = try loadFixture(groups + "Oppsummering fra plenum:\nFlere pekte på ferjetider.\n", name: "kolon.txt")
        XCTAssertEqual(colon.units.filter { $0.kind == .prompt }.map(\.section), ["Oppsummering fra plenum"])
        let list = try loadFixture(groups + "Vi foreslår også:\n- Felles kurs.\n", name: "liste.txt")
        XCTAssertEqual(list.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 1", "Gruppe 2"])

        let signed = try loadFixture(groups + "Referent: Torkel Øien\n", name: "signert.txt")
        XCTAssertEqual(signed.units.filter { $0.kind == .prompt }.map(\.text), ["Referent: Torkel Øien"])
        XCTAssertEqual(signed.units.filter { $0.kind == .post && $0.group == "Gruppe 2" }.map(\.text),
                       ["1. Kulturskolen er med i årshjulet.\n2. Påvirke Udir."])
    }

    /// A note from Obsidian or Notion: front matter gives the title and date; wiki links are their words, a callout's
    /// type, a task's box and tags are no text.
    func testANoteFromObsidian() throws {
        let corpus = try loadFixture("""
            ---
            title: "Dialogmøte -- Follo"
            date: 2024-04-18
            ---

            > [!note] Spørsmål til gruppene
            > 1. Hva trenger dere fra [[Kulturskolerådet]] og [[KS]]?

            #kulturskole

            ## Gruppe 1 – [[Nordre Follo]] og [[Ås]]
            - [[Nordre Follo|NF]] har innført 30 friplasser. #friplass

            ## Oppfølging
            - [ ] Send referatet #todo
            """, name: "notat.md")
        XCTAssertEqual(corpus.title, "Dialogmøte – Follo")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-04-18")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["- NF har innført 30 friplasser."])
        XCTAssertEqual(posts.map(\.municipalities), [["Nordre Follo", "Ås"]])
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.text), ["Hva trenger dere fra Kulturskolerådet og KS?", "- Send referatet"])
        XCTAssertFalse(corpus.units.contains { $0.text.contains("#") || $0.text.contains("[") || $0.text.contains("title:") })
    }

    /// A date after a label and a tab ("Dato:<TAB>21.03.2024") is the corpus's; a labelled line after groups that all
    /// answered in numbered lists is the organisers' closing words.
    func testATabbedDateAndAClosingLineAfterNumberedAnswers() throws {
        let corpus = try loadFixture("""
            Referat frå dialogmøte
            Dato:\t21.03.2024

            Gruppe 1 – Voss og Ulvik
            \t1.\tKulturskulen må vere ein del av oppveksten.
            \t2.\tEin regional koordinator.

            Gruppe 2 – Kvam
            \t1.\tMeir samspel.
            \t2.\tFelles kurs.

            Neste møte: haust 2024, Voss.
            """, name: "referat.txt")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-03-21")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.text), ["Neste møte: haust 2024, Voss."])
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 1", "Gruppe 2"])
    }

    /// A Word report through pdftotext: pages with a running header and "Side N av M" under them, no blank lines
    /// between paragraphs. It is text, not slides; the furniture goes, a paragraph runs over a page break, and each
    /// group's header starts its post.
    func testAReportThroughPdftotext() throws {
        let corpus = try loadFixture("""
            Dialogseminar Nordmøre
            Rapport fra dialogseminaret, Kristiansund 14. november 2024. Gruppene drøftet to spørsmål om framtida.
            Gruppe 1: Kristiansund og Averøy
            En god kulturskole er synlig i lokalsamfunnet og har et bredt tilbud til alle barn.
            Side 1 av 3
            \u{0C}Dialogseminar Nordmøre
            Grunnskolen og SFO er de viktigste samarbeidspartnerne, og Operaen i Kristiansund er en
            viktig ressurs for alle elevene i begge kommunene våre.
            Gruppe 2: Surnadal, Tingvoll og Sunndal
            I små kommuner må kulturskolelæreren kunne mye, og vi trenger lærere i hele
            Side 2 av 3
            \u{0C}Dialogseminar Nordmøre
            stillinger som kan kombinere kulturskole, grunnskole og korps i hele regionen.
            Takk til alle som deltok på seminaret, og vel møtt til neste samling i Molde.
            Side 3 av 3
            """, name: "rapport.txt")
        XCTAssertEqual(corpus.format, "text")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Kristiansund", "Averøy"], ["Surnadal", "Tingvoll", "Sunndal"]])
        XCTAssertTrue(posts[1].text.contains("hele stillinger som kan kombinere"), posts[1].text)
        XCTAssertFalse(corpus.units.contains { $0.text.contains("Side ") || $0.text.contains("\u{0C}") || $0.text.contains("Dialogseminar Nordmøre") })
        // A question the PDF wrapped at a hyphen is one question.
        XCTAssertEqual(PadletTextReader.joiningWrappedQuestions(SourceLine.split("Spørsmål 1: Hva kjennetegner en god kulturskole i en distrikts-\n"
                                                                              + "kommune?\nSpørsmål 2: Hvem er med?")).map(\.text),
                       ["Spørsmål 1: Hva kjennetegner en god kulturskole i en distriktskommune?", "Spørsmål 2: Hvem er med?"])
    }

    /// A rapporteur's notes with a line per municipality ("Ulstein: ...", "- Volda – ..."): each line is that
    /// municipality's answer, and a group whose header names none takes them; a name two municipalities share or
    /// shared ("Herøy"; "Sande", also Holmestrand's former name) is the one in the county of the others.
    func testALinePerMunicipality() throws {
        let corpus = try loadFixture("""
            Referat gruppearbeid

            Gr 1
            Ulstein: god dialog med skulane, kulturskuletime i 2. trinn.
            Hareid: har mista to lærarar, vanskeleg å rekruttere.
            Herøy: samarbeid med Sande om fiolin.
            Sande: same som Herøy – ferja styrer alt.

            Gr 2
            - Volda – lærarutdanninga ved høgskulen er ein ressurs
            - Ørsta – stor venteliste på dans
            """, name: "notat.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.municipalities), [["Ulstein", "Hareid", "Herøy (Møre og Romsdal)", "Sande"],
                                                      ["Volda", "Ørsta"]])
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.municipalities), [["Ulstein"], ["Hareid"], ["Herøy (Møre og Romsdal)"], ["Sande"],
                                                         ["Volda"], ["Ørsta"]])
        XCTAssertEqual(segments.map(\.text).last, "stor venteliste på dans")
        XCTAssertEqual(Segmenter.placeLabel("Sogndal:"), "Sogndal")
        XCTAssertNil(Segmenter.placeLabel("Vi har 2 lærarar: Kari og Ola."))
    }

    /// A question of short words ("Er vi gode på?") is a question, not OCR's debris of an icon.
    func testAQuestionOfShortWordsIsKept() throws {
        let corpus = try loadFixture("""
            Oppgave
            1. Hva er vi gode på?
            2. Hva mangler?

            Gruppe 1 – Vinje og Tokke
            1. Folkemusikk.
            2. Lokaler.
            """, name: "oppgave.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.text), ["Hva er vi gode på?", "Hva mangler?"])
        XCTAssertTrue(PadletTextReader.looksLikeText("Er vi gode på det?"))
        XCTAssertFalse(PadletTextReader.looksLikeText("Ve ol ke O wmmsamion"))
    }

    /// A summary converted by pandoc: escaped numbers ("1\\.") are the answers' numbers, a footnote's reference is
    /// no text, a bracketed span with attributes is its words, and crossed-out words are gone.
    func testPandocsMarksAreRead() throws {
        let corpus = try loadFixture("""
            # Økt 1

            1.  Hva er de største utfordringene?

            2.  Hva fungerer godt?

            **Gruppe 1 -- Alta og Loppa**

            1\\. Lange avstander for elever fra Loppa.[^1]

            2\\. Samarbeidet med [Alta kulturhus]{.underline} fungerer ~~ikke~~ godt.

            **Gruppe 2 -- Vadsø og Vardø**

            1\\. Økonomien.
            """, name: "pandoc.md")
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.text), ["Lange avstander for elever fra Loppa.", "Samarbeidet med Alta kulturhus fungerer godt.",
                                              "Økonomien."])
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(segments.map(\.prompt), [prompts[0].id, prompts[1].id, prompts[0].id])
        XCTAssertEqual(MarkdownLine.inline("[^2]: Loppa deler rektor med Hasvik."), "Loppa deler rektor med Hasvik.")
        XCTAssertEqual(MarkdownLine.inline("C:\\Users\\kari"), "C:\\Users\\kari", "a backslash before a letter stays")
    }

    /// A group's header over a line of its municipalities alone, as a flip chart is typed out ("ARK 1 – GRUPPE 1" over
    /// "LARVIK + SANDEFJORD"): the line gives the municipalities and is no text.
    func testAHeadersMunicipalitiesOnTheLineUnderIt() throws {
        let corpus = try loadFixture("""
            ARK 1 – GRUPPE 1
            LARVIK + SANDEFJORD

            - FORESTILLINGER FOR BARNEHAGENE

            ARK 2 – GRUPPE 2
            TØNSBERG, FÆRDER

            - MUSIKKTEATER
            """, name: "flippover.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Larvik", "Sandefjord"], ["Tønsberg", "Færder"]])
        XCTAssertEqual(posts.map(\.text), ["- FORESTILLINGER FOR BARNEHAGENE", "- MUSIKKTEATER"])
    }

    /// Headings under a group's heading that name its municipalities ("### Sogndal" under "## Gruppe 1") are parts of
    /// that group's post, and its municipalities; not groups of their own.
    func testMunicipalitySubheadingsArePartsOfTheGroupsPost() throws {
        let corpus = try loadFixture("""
            # Referat

            ## Gruppe 1

            ### Sogndal

            Kulturskulen har lærarar i grunnskulen.

            ### Luster

            Samarbeidet er personavhengig.

            ## Gruppe 2

            ### Vik

            Vik må byggje opp att leiinga.
            """, name: "referat.md")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Sogndal", "Luster"], ["Vik"]])
        XCTAssertEqual(posts.first?.text, "Sogndal:\nKulturskulen har lærarar i grunnskulen.\nLuster:\nSamarbeidet er personavhengig.")
    }

    /// Where every group answered in list items (a word processor's "–" and a tab), a paragraph after the last
    /// group's list is the organisers' closing words; where an earlier group wrote a paragraph after its list too,
    /// the last group's is its own.
    func testAParagraphAfterTheLastGroupsListIsClosingTextWhereEveryGroupAnsweredInLists() throws {
        let groups = "Oppsummering fra gruppearbeidet\n\nGruppe 1 – Bodø og Fauske\n–\tBudsjettkutt rammer oss.\n–\tDigital undervisning.\n\n"
        let closing = "Gruppe 2 – Meløy og Gildeskål\n–\tVi savner forankring.\n\nTakk til alle som deltok! Spørsmål til kultur@nfk.no.\n"
        let corpus = try loadFixture(groups + closing, name: "word.txt")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.text),
                       ["– Budsjettkutt rammer oss.\n– Digital undervisning.", "– Vi savner forankring."])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.text), ["Takk til alle som deltok! Spørsmål til kultur@nfk.no."])

        let ownParagraphs = try loadFixture(groups.replacingOccurrences(of: "undervisning.\n", with: "undervisning.\n\nVi er fornøyde.\n")
                                            + closing, name: "avsnitt.txt")
        XCTAssertEqual(ownParagraphs.units.filter { $0.kind == .post }.last?.text,
                       "– Vi savner forankring.\nTakk til alle som deltok! Spørsmål til kultur@nfk.no.")
    }

    /// A title inside an earlier group's answer ("Utfordringer" over a paragraph) says the groups use titles
    /// of their own: one after the last group's header is then its answer too.
    func testTitlesInsideTheGroupsAnswersStayThere() throws {
        let corpus = try loadFixture("""
            Gruppe 1 – Rælingen og Lørenskog
            Vi snakket mye.

            Utfordringer
            Lite tid og få lokaler.

            Gruppe 2 – Asker og Bærum
            Vi snakket om skolen.

            Utfordringer
            Lange ventelister.
            """, name: "titler.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertTrue(posts.last?.text.hasSuffix("Lange ventelister.") ?? false, posts.last?.text ?? "")
    }
}

/// Minutes of two sessions, with their questions listed under a label each, and a closing line under a rule.
final class SessionMinutesTests: XCTestCase {
    func testEachSessionsAnswersLinkToItsOwnQuestionsAndARuleEndsTheLastGroup() throws {
        let corpus = try loadFixture("""
            # Referat frå dialogsamling

            ## Oppgåver til gruppene

            Økt 1 – Kulturskulen i kommunen:

            1. Kva rolle har kulturskulen i dag?
            2. Kven burde kulturskulen samarbeide meir med?

            Økt 2 – Vegen vidare:

            1. Kva er det viktigaste tiltaket?

            # Økt 1

            ## Gruppe 1 (Ålesund, Giske)

            1. Ein stor kulturskule.
            2. Barnevernet.

            # Økt 2

            ## Gruppe 1 (Ålesund, Giske)

            1. Kulturskuletime i SFO.

            ---

            *Referatet er sendt til alle deltakarane.*
            """, name: "referat.md")
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.question != nil }
        XCTAssertEqual(prompts.map(\.text), ["Kva rolle har kulturskulen i dag?", "Kven burde kulturskulen samarbeide meir med?",
                                             "Kva er det viktigaste tiltaket?"], "the labels are no prompts")
        XCTAssertEqual(prompts.map(\.section), ["Økt 1", "Økt 1", "Økt 2"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment && $0.group == "Gruppe 1" }.map(\.prompt),
                       [prompts[0].id, prompts[1].id, prompts[2].id], "question 1 of Økt 2 is not question 1 of Økt 1")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.last?.text, "1. Kulturskuletime i SFO.")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.last?.text, "Referatet er sendt til alle deltakarane.",
                       "the closing line under the rule is the organisers' text")
    }
}

/// Tables written in Markdown inside a summary: read as a table export is, a post per row.
final class MarkdownTableTests: XCTestCase {
    /// pandoc's grid table: borders of "+" and "-", "+===+" under the header, a row's cells over several lines, joined
    /// where a word was wrapped at its hyphen.
    func testAGridTable() throws {
        let corpus = try loadFixture("""
            # Økt 2

            +-------------+----------------------+----------------------------------+
            | Gruppe      | Kommuner             | Innspill                         |
            +=============+======================+==================================+
            | Gruppe 1    | Alta, Loppa          | Vi vil prioritere samarbeid med  |
            |             |                      | grunnskolen.                     |
            +-------------+----------------------+----------------------------------+
            | Gruppe 2    | Hammerfest, Hasvik   | Felles lærere på strykeinstru-   |
            |             |                      | menter.                          |
            +-------------+----------------------+----------------------------------+
            """, name: "grid.md")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi vil prioritere samarbeid med grunnskolen.", "Felles lærere på strykeinstrumenter."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Alta", "Loppa"], ["Hammerfest", "Hasvik"]])
        XCTAssertEqual(posts.map(\.line), [6, 9])
        XCTAssertNil(MarkdownTable.gridTable(in: SourceLine.split("+---+\nBare tekst.\n"), at: 0))
    }

    /// A question alone over a table ("Spørsmål: ...?") is the organisers' prompt and the rows' question; the words
    /// after the table are no part of it, and after the last group they are the organisers' closing words.
    func testTheQuestionOverATableAndTheWordsUnderIt() throws {
        let corpus = try loadFixture("""
            # Økt 2

            Spørsmål: Hvilke samarbeid vil dere prioritere?

            | Gruppe   | Kommuner    | Innspill                     |
            |----------|-------------|------------------------------|
            | Gruppe 1 | Alta, Loppa | Samarbeid med grunnskolen.   |
            | Gruppe 2 | Hasvik      | Felles lærere på strykere.   |

            Takk til alle som bidro! Neste samling blir i Vadsø.
            """, name: "spm.md")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.question), Array(repeating: "Hvilke samarbeid vil dere prioritere?", count: 2))
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.text), ["Hvilke samarbeid vil dere prioritere?", "Takk til alle som bidro! Neste samling blir i Vadsø."])
        XCTAssertEqual(prompts.map(\.line), [3, 10])
    }

    /// pandoc's footnotes are the document's notes, not the last group's answer; an image with its size is no text.
    func testFootnotesAndImages() throws {
        let corpus = try loadFixture("""
            Seminaret samlet 38 deltakere.[^1]

            ![](media/image1.jpeg){width="6.3in" height="3.5in"}

            **Gruppe 1 -- Alta og Loppa**

            Lange avstander.

            **Gruppe 2 -- Karasjok**

            Joikeprosjekt.[^2]

            [^1]: Fra 11 kommuner.

            [^2]: Karasjok har fått midler fra Sametinget til et joikeprosjekt i
                2024.
            """, name: "noter.md")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Lange avstander.", "Joikeprosjekt."])
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.suffix(2).map(\.text), ["Fra 11 kommuner.", "Karasjok har fått midler fra Sametinget til et joikeprosjekt i 2024."])
        XCTAssertFalse(corpus.units.contains { $0.text.contains("width") || $0.text.contains("image1") })
        XCTAssertEqual(MarkdownLine.inline("Se [rapporten](https://ks.no/r){target=\"_blank\"} her."), "Se rapporten her.")
    }

    func testCellsAreSplitAtUnescapedBars() {
        XCTAssertEqual(MarkdownTable.cells("| a | b \\| c |"), ["a", "b | c"])
        XCTAssertEqual(MarkdownTable.cells("a | b"), ["a", "b"])
        XCTAssertEqual(MarkdownTable.cells("| | x |"), ["", "x"])
    }

    func testATableNeedsItsDelimiterRow() {
        let lines = SourceLine.split("Bodø | Fauske er naboer.\nNoe annet.\n\n| Gruppe | Svar |\n|:---|---:|\n| Gruppe 1 | Mer tid. |\n\nTekst.")
        let tables = MarkdownTable.tables(in: lines)
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables.first?.header, ["Gruppe", "Svar"])
        XCTAssertEqual(tables.first?.headerLine, 4)
        XCTAssertEqual(tables.first?.rows.map(\.line), [6])
        XCTAssertEqual(tables.first?.indices, 3..<6)
    }

    /// The questions listed under "## Spørsmål" are prompts, the date under the title after a blank line is the
    /// corpus's, and the table's rows are posts with their group and municipalities, answering the prompts.
    func testASummaryWithAQuestionListAndATableOfAnswers() throws {
        let corpus = try loadFixture("""
            # Dialogseminar Fremtidens kulturskole – oppsummering

            Dato: 12. mars 2025

            ## Spørsmål

            1. Hva er den viktigste endringen dere ønsker?
            2. Hvordan kan kulturskolen samarbeide med grunnskolen?

            ## Svar fra gruppene

            | Gruppe | Kommuner | Spørsmål 1 | Spørsmål 2 |
            |---|---|---|---|
            | Gruppe 1 | Bodø, Fauske | Mer tid til undervisning. | Felles planleggingsdager<br>med skolen. |
            | Gruppe 2 | Tromsø | Et tydeligere **samfunnsoppdrag**. | Kulturskoletimen i SFO. |
            """, name: "oppsummering.md")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2025-03-12")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.text), ["Hva er den viktigste endringen dere ønsker?",
                                             "Hvordan kan kulturskolen samarbeide med grunnskolen?"])
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Mer tid til undervisning.", "Felles planleggingsdager med skolen.",
                                           "Et tydeligere samfunnsoppdrag.", "Kulturskoletimen i SFO."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 2", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø", "Fauske"], ["Bodø", "Fauske"], ["Tromsø"], ["Tromsø"]])
        XCTAssertEqual(posts.map(\.line), [14, 14, 15, 15])
        XCTAssertEqual(posts.map(\.section), Array(repeating: "Svar fra gruppene", count: 4))
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.prompt), [prompts[0].id, prompts[1].id, prompts[0].id, prompts[1].id],
                       "a column named by a question's number answers the question listed above")
    }

    /// A table under a group's heading holds that group's answers; a table without a column of answers is text.
    func testATableUnderAGroupsHeadingAndATableOfNumbers() throws {
        let corpus = try loadFixture("""
            # Referat fra gruppene

            ## Gruppe 1 – Bodø og Fauske

            | Spørsmål | Svar |
            |---|---|
            | 1. Hva fungerer godt? | Samarbeidet med SFO. |
            | 2. Hva må endres? | Mer tid. |

            ## Gruppe 2 – Tromsø

            | Spørsmål | Svar |
            |---|---|
            | 1. Hva fungerer godt? | Kulturskoletimen. |

            ## Elevtall

            | Kommune | Elever |
            |---|---|
            | Bodø | 900 |
            | Tromsø | 1200 |
            """, name: "referat.md")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø", "Fauske"], ["Bodø", "Fauske"], ["Tromsø"]])
        // The organisers' table after the groups' is their text, not a group's answer.
        let closing = corpus.units.filter { $0.kind == .prompt && $0.question == nil }
        XCTAssertEqual(closing.map(\.section), ["Elevtall"])
        XCTAssertTrue(closing.last?.text.contains("| Bodø | 900 |") == true, closing.last?.text ?? "")
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.question != nil }
        XCTAssertEqual(prompts.map(\.text), ["Hva fungerer godt?", "Hva må endres?"], "each question once")
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [prompts[0].id, prompts[1].id, prompts[0].id])
    }
}

/// Tables whose rows carry the group in the body or the question in a column.
final class TableAnswerTests: XCTestCase {
    func testAGroupHeaderOpeningTheBodyOfAnUntitledPost() throws {
        let csv = "Emne,Innhold,Vedlegg,Forfatter,Opprettet,Oppdatert\n"
            + ",<p><strong>Gruppe 7: Lier og Drammen</strong></p><p>1. Vi trenger mer tid.</p><p>2. Samarbeid med NAV.</p>,,Anne Lie,2023-02-09 10:00:00 UTC,\n"
        let post = try XCTUnwrap(try loadFixture(csv, name: "untitled.csv").units.first { $0.kind == .post })
        XCTAssertEqual(post.group, "Gruppe 7")
        XCTAssertEqual(post.municipalities, ["Lier", "Drammen"])
        XCTAssertEqual(post.text, "1. Vi trenger mer tid.\n2. Samarbeid med NAV.")
    }

    /// A numbered list in an HTML body keeps its numbers, so its items answer the questions of those numbers;
    /// a "Post URL" column is the post's url, before an attachment's link.
    func testANumberedHTMLListAnswersByNumber() throws {
        let csv = "Section,Title,Body,Attachment link,Post URL,Created at (UTC)\n"
            + "Tema 1,Gruppe 3: Bodø,<ol><li>Faste møter.</li><li>Ulike budsjett.</li></ol><ul><li>Og mer.</li></ul>,https://example.no/a.png,"
            + "https://padlet.com/x/y/wish/7,2024-03-14 09:12:00 UTC\n"
        let corpus = try loadFixture(csv, name: "ol.csv")
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(post.text, "1. Faste møter.\n2. Ulike budsjett.\n- Og mer.")
        XCTAssertEqual(post.url, "https://padlet.com/x/y/wish/7")
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.prefix(2).map(\.text), ["Faste møter.", "Ulike budsjett.\n- Og mer."])
    }

    func testSegmentsKeepTheQuestionOfTheirRow() throws {
        let json = #"[{"gruppe": "Gruppe 1", "spørsmål": "Hva hindrer samarbeid?", "svar": "Timeplaner."}]"#
        let corpus = try loadFixture(json, name: "svar.json")
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.question), ["Hva hindrer samarbeid?"])
    }
}
