import InnspillTestSupport
import XCTest
@testable import InnspillCore

/// Splitting posts into answer segments: no segment without an answer, and a question line
/// with nothing under it goes to the answers it heads.
final class SegmenterTests: XCTestCase {
    func testAQuestionHeadingIsTheQuestionOfTheMunicipalityAnswersUnderIt() {
        let post = """
            Hvordan finansiere kulturskolen?

            -Tingvoll: Liten kommune med stramt budsjett.
            -Sunndal: Samarbeid med næringslivet.
            """
        let segments = Segmenter.segments(of: post)
        XCTAssertEqual(segments.map(\.municipality), ["Tingvoll", "Sunndal"], "the heading is no segment of its own")
        XCTAssertEqual(segments.map(\.question), ["Hvordan finansiere kulturskolen?", "Hvordan finansiere kulturskolen?"])
        XCTAssertFalse(segments.contains { $0.text.isEmpty })
    }

    /// Questions a group asks in its answer, one per line with nothing under them, are that answer's text: every line
    /// of a post ends up in a segment. (They were dropped, so `has barrierer` found the post and none of its segments.)
    func testAGroupsOwnQuestionsInItsAnswerAreItsText() {
        let post = """
            Spørsmål 1:
            Viktig med faste møter.
            Spørsmål 2:
            Bra med en alternativ mestringsarena.
            Hvordan jobbet de med å få prosjektet i gang?
            Hvordan løser man økonomiske barrierer?
            Spørsmål 3:
            Avklare felles mål.
            """
        let segments = Segmenter.segments(of: post)
        XCTAssertEqual(segments.map(\.number), [1, 2, 3])
        XCTAssertEqual(segments.map(\.text), ["Viktig med faste møter.",
                                              "Bra med en alternativ mestringsarena.\nHvordan jobbet de med å få prosjektet i gang?\nHvordan løser man økonomiske barrierer?",
                                              "Avklare felles mål."])
        XCTAssertEqual(segments[1].lines, 2..<6)
        XCTAssertEqual(segments.map(\.question), [nil, nil, nil])
    }

    /// The task's questions as the load's posts restate them: a bulleted one over a block of answers heads it, and
    /// so does one ended with a colon; another question line in that post, over no list, is the group's own.
    func testTaskQuestionsAsHeadingsAndTheGroupsOwnQuestionsUnderThem() {
        let tasks = TaskQuestions(["Hva kan prosjektet bidra med i vår kommune?", "Hva trenger vi svar på før vi søker?"])
        let post = """
            - Hva kan prosjektet bidra med i egen kommune?
            Bevisstgjøring av samarbeidspartnere.
            Medvirkning.
            - Hva trenger vi svar på før vi søker?
            Tidsramme og økonomi.
            Hva er pitchen for å selge det inn til ledelsen?
            Tallmaterialet som viser behovet.
            """
        let segments = Segmenter.segments(of: post, tasks: tasks)
        XCTAssertEqual(segments.map(\.question), ["Hva kan prosjektet bidra med i egen kommune?", "Hva trenger vi svar på før vi søker?"])
        XCTAssertEqual(segments.last?.text, "Tidsramme og økonomi.\nHva er pitchen for å selge det inn til ledelsen?\nTallmaterialet som viser behovet.")
        // Without the task's questions, the bulleted ones are items, and one question line in the middle splits nothing.
        XCTAssertEqual(Segmenter.segments(of: post).count, 0)

        let colon = """
            Hva kan prosjektet bidra med i vår kommune:
            Kulturskolen i pannebrasken.
            Hva trenger vi svar på før vi søker/i løpet av våren?
            Hvor mye tid må avsettes?
            Hva trenger vi å vite?
            - Økonomi: er det fullfinansiert?
            """
        let headed = Segmenter.segments(of: colon, tasks: tasks)
        XCTAssertEqual(headed.map(\.question), ["Hva kan prosjektet bidra med i vår kommune", "Hva trenger vi svar på før vi søker/i løpet av våren?",
                                                "Hva trenger vi å vite?"], "a question over a list heads it")
        XCTAssertEqual(headed[1].text, "Hvor mye tid må avsettes?")
    }

    /// After the municipalities' answers, "Oppsummering:" standing alone heads the group's joint answer, which is no
    /// one municipality's. (It ran on in the last municipality's answer, so Åfjord got the group's summary.)
    func testAJointAnswerAfterTheMunicipalitiesIsNoOnesAlone() {
        let post = """
            Hva tenker vi prosjektet kan bidra med i vår kommune?
            Malvik:
            - Klar plan for barn og unge.
            Åfjord:
            - Samarbeid utover skolealder.
            Oppsummering:
            - Vil kunne nå nye målgrupper.
            """
        let segments = Segmenter.segments(of: post, places: ["Malvik", "Åfjord"])
        XCTAssertEqual(segments.map(\.municipality), ["Malvik", "Åfjord", nil])
        XCTAssertEqual(segments.last?.text, "Oppsummering:\n- Vil kunne nå nye målgrupper.")
        XCTAssertEqual(segments.last?.question, "Hva tenker vi prosjektet kan bidra med i vår kommune?")
        XCTAssertEqual(segments[1].text, "- Samarbeid utover skolealder.")
    }

    /// Answers that all carry the same number are a list whose numbering the export lost: they answer in order. (All
    /// three answered question 1.) A number used twice among others stays: a heading and its answer.
    func testAnswersThatAllCarryOneNumberAnswerInOrder() {
        let post = """
            1. Nyttige punkter
            Inspirerende å høre om Larvik.
            1. Hva vil vi vite mer om?
            Finansiering.
            1. Hva skal til for å lage god samhandling lokalt
            Et samarbeidsforum.
            """
        XCTAssertEqual(Segmenter.segments(of: post).map(\.number), [1, 2, 3])
        let mixed = """
            1. Nysgjerrig på Vestre Toten
            1. At Vestre Toten er med rundt bordet.
            2. Elevens medvirkning.
            """
        XCTAssertEqual(Segmenter.segments(of: mixed).map(\.number), [1, 1, 2])
    }

    /// A bulleted task question among other items of a list is an item ("- Hvor mye tid ...", "- Hvordan kan
    /// kunnskap deles med andre?", "- Er det mulig ...").
    func testATaskQuestionInAListOfQuestionsIsAnItem() {
        let tasks = TaskQuestions(["Hvordan kan kunnskap og erfaring deles med andre?", "Hva trenger vi svar på før vi søker?"])
        let post = """
            Hva trenger vi svar på før vi søker?
            - Hvor mye tid er det behov for at det settes av
            - Hvordan kan kunnskap og erfaring deles med andre?
            - Er det mulig å bli med i en lettversjon
            """
        let segments = Segmenter.segments(of: post, tasks: tasks)
        XCTAssertEqual(segments.count, 1)
        XCTAssertEqual(segments.first?.question, "Hva trenger vi svar på før vi søker?")
    }

    /// A task question is one the prompts ask, or one that two posts hold; known by its first five words.
    func testTaskQuestionsAreThePromptsAndTheQuestionsTwoPostsHold() {
        func draft(_ kind: UnitKind, _ lines: [String], question: String? = nil) -> DraftUnit {
            var d = DraftUnit(kind: kind, firstLine: 1)
            d.lines = lines.enumerated().map { SourceLine(number: $0.offset + 1, text: Substring($0.element)) }
            d.question = question
            return d
        }
        let tasks = TaskQuestions(drafts: [
            draft(.prompt, ["Hva er det viktigste dere tar med dere?"], question: "Hva er det viktigste dere tar med dere?"),
            draft(.post, ["Hva trenger vi svar på før vi søker?", "Tid.", "Hva er pitchen?"]),
            draft(.post, ["- Hva trenger vi svar på før", "vi søker/i løpet av våren?", "Penger."]),
            draft(.post, ["Hva er pitchen for oss?"]),
        ], repairer: nil)
        XCTAssertTrue(tasks.contains("Hva trenger vi svar på?"), "held by two posts, one wrapped over two lines")
        XCTAssertTrue(tasks.contains("3. Hva er det viktigste dere tar med dere hjem?"), "the prompt's")
        XCTAssertFalse(tasks.contains("Hva er pitchen?"), "one post's own, and 'Hva er pitchen for oss?' another's")
        XCTAssertFalse(tasks.contains("Tid."))
    }

    /// A municipality's line under a numbered answer ("1. ..." over "- Bamble: ...") answers the same question; one
    /// after the next number, that one.
    func testAMunicipalitysLineUnderANumberedAnswerAnswersItsQuestion() {
        let post = """
            1. Den gir barn en arena der de lykkes.
              - Bamble: samarbeid med biblioteket
              - Kragerø: sommerkurs i kunst
            2. Et felles tilbud i sommerferien.
            - Bamble: felles lærere
            """
        let segments = Segmenter.segments(of: post)
        XCTAssertEqual(segments.map(\.municipality), [nil, "Bamble", "Kragerø", nil, "Bamble"])
        XCTAssertEqual(segments.map(\.number), [1, 1, 1, 2, 2])
    }

    /// "Del 2, spørsmål 1:" is question 1 (of part 2), not question 21.
    /// A question alone on a post's first line is the question of the answer under it; a post that only asks is
    /// no segment of a question.
    func testAQuestionOpeningThePostIsTheQuestionOfTheAnswerUnderIt() {
        let segments = Segmenter.segments(of: "Hvordan kan kulturskolen bidra i arbeidet med folkehelse?\n- Vi trenger lærere.\n- Mer tid.")
        XCTAssertEqual(segments.map(\.question), ["Hvordan kan kulturskolen bidra i arbeidet med folkehelse?"])
        XCTAssertEqual(segments.map { String($0.text) }, ["- Vi trenger lærere.\n- Mer tid."])
        XCTAssertEqual(Segmenter.segments(of: "Hvordan kan vi samarbeide bedre?").count, 0)
    }

    /// A bare number before a question answered on the same line ("1 Korleis finansiere? Fleire kommunar ..."): a
    /// marker, as "1." is. A bare number before other words is a sentence.
    func testABareNumberBeforeAQuestionAndItsAnswer() {
        let segments = Segmenter.segments(of: "1 Korleis finansiere? Fleire kommunar går saman.\n2 Kva skal vi prioritere? Breidde.")
        XCTAssertEqual(segments.map(\.number), [1, 2])
        XCTAssertEqual(segments.map { String($0.text) }, ["Korleis finansiere? Fleire kommunar går saman.", "Kva skal vi prioritere? Breidde."])
        XCTAssertNil(Segmenter.marker("3 kommunar deltok? Nei."), "no question word")
        XCTAssertNil(Segmenter.marker("3 Kommunar deltok i gruppa. Kva no? Ingen veit."), "no question word first")
        XCTAssertNotNil(Segmenter.marker("2 Hvordan få med politikerne? Vi må synes."))
    }

    func testAQuestionLabelAfterAPartNumberGivesTheQuestionsNumber() {
        XCTAssertEqual(Segmenter.marker("Del 2, spørsmål 1: Felles talentprogram.")?.number, 1)
        XCTAssertEqual(Segmenter.marker("Del 2, spørsmål 1: Felles talentprogram.")?.rest, "Felles talentprogram.")
        XCTAssertEqual(Segmenter.marker("Del 1 spørsmål 12: Mer tid.")?.number, 12)
        XCTAssertEqual(Segmenter.marker("Spørsmål 3: Rom.")?.number, 3)
    }

    /// More ways groups number their answers (probe26): "1:", "1 - ", "Svar på spørsmål 1:", "Sp. 1 – "; a range is no
    /// number ("1 – 2 timer"). A question's label under unnumbered lines cuts the post, and what stands above "2" answers 1.
    func testMoreAnswerNumbersAndALabelUnderTheFirstAnswer() {
        XCTAssertEqual(Segmenter.marker("1: Samarbeid med skolen.")?.number, 1)
        XCTAssertEqual(Segmenter.marker("1: Samarbeid med skolen.")?.rest, "Samarbeid med skolen.")
        XCTAssertEqual(Segmenter.marker("2 - Penger.")?.rest, "Penger.")
        XCTAssertEqual(Segmenter.marker("2 – Penger.")?.number, 2)
        XCTAssertNil(Segmenter.marker("1 – 2 timer i uka"))
        XCTAssertNil(Segmenter.marker("10:15 Pause"), "a time, not an answer")
        XCTAssertEqual(Segmenter.marker("Svar på spørsmål 2: Lærere som kan samisk.")?.number, 2)
        XCTAssertEqual(Segmenter.marker("Svar på spørsmål 2: Lærere som kan samisk.")?.rest, "Lærere som kan samisk.")
        XCTAssertEqual(Segmenter.marker("Sp. 1 – Gode tilbud for alle barn.")?.rest, "Gode tilbud for alle barn.")
        XCTAssertNil(Segmenter.marker("Spørsmål 2: Vi har for lite pengar. Kven skal betale?")?.question,
                     "an answer that ends with the group's own question is no question (probe27)")
        XCTAssertEqual(Segmenter.marker("2. Kva meiner de, t.d. om skyss?")?.question, "Kva meiner de, t.d. om skyss?")
        XCTAssertNil(Segmenter.marker("Spm 2 og 3 henger sammen for oss."), "a sentence about the questions")
        XCTAssertEqual(Segmenter.marker("Spørsmål 2 Rektorene må eie det.")?.number, 2)
        let segments = Segmenter.segments(of: "Vi savner en felles plan.\nSpørsmål 2: Rektorene må eie samarbeidet.")
        XCTAssertEqual(segments.map(\.text), ["Vi savner en felles plan.", "Rektorene må eie samarbeidet."])
        XCTAssertEqual(segments.map(\.number), [1, 2])
    }

    /// A question written out after its label is the question, as after a bare number ("1. Kva ...?"), so the
    /// answer under it is the segment's text without the question's words.
    func testAQuestionAfterALabelIsTheSegmentsQuestion() {
        XCTAssertEqual(Segmenter.marker("Spørsmål 1: Kva er dei største utfordringane?")?.question, "Kva er dei største utfordringane?")
        XCTAssertEqual(Segmenter.marker("Spørsmål 1: Kva er dei største utfordringane?")?.rest, "")
        let segments = Segmenter.segments(of: "Spørsmål 1: Kva er dei største utfordringane?\nVi manglar lærarar.\n"
            + "Spørsmål 2: Kva kan kulturskulen bidra med?\nSamarbeid.")
        XCTAssertEqual(segments.map(\.text), ["Vi manglar lærarar.", "Samarbeid."])
        XCTAssertEqual(segments.map(\.question), ["Kva er dei største utfordringane?", "Kva kan kulturskulen bidra med?"])
        XCTAssertEqual(segments.map(\.number), [1, 2])
    }

    /// A word processor's list ("1.<TAB>Hva ...?"), a bulleted label ("•<TAB>Spørsmål 2: ...") and "Til spørsmål 1:"
    /// number their lines; a bullet before other text does not.
    func testTabsBulletsAndTilBeforeAQuestionsNumber() {
        XCTAssertEqual(Segmenter.marker("1.\tHva fungerer godt?")?.number, 1)
        XCTAssertEqual(Segmenter.marker("1.\tHva fungerer godt?")?.question, "Hva fungerer godt?")
        XCTAssertEqual(Segmenter.marker("•\tSpørsmål 2: Ferjetider.")?.number, 2)
        XCTAssertEqual(Segmenter.marker("•\tSpørsmål 2: Ferjetider.")?.rest, "Ferjetider.")
        XCTAssertEqual(Segmenter.marker("Til spørsmål 1: Kulturskoletime i SFO.")?.number, 1)
        XCTAssertEqual(Segmenter.marker("• Til spørsmål 1: Kulturskoletime i SFO.")?.rest, "Kulturskoletime i SFO.")
        XCTAssertNil(Segmenter.marker("• Kulturskoletime i SFO."))
        XCTAssertEqual(Segmenter.marker("- 2. Øvingsrom.")?.number, 2)
        XCTAssertEqual(Segmenter.marker("- 2. Øvingsrom.")?.rest, "Øvingsrom.")
        XCTAssertNil(Segmenter.marker("- Tingvoll har lite tid."))
        XCTAssertNil(Segmenter.marker("- 16 Orkland, Osterøy, Tingvoll Hva tenker vi prosjektet kan bidra med?"))
        XCTAssertEqual(Segmenter.marker("-Tingvoll: lite tid.")?.municipality, "Tingvoll")
        XCTAssertNil(Segmenter.marker("Til slutt: mer tid."))
    }

    /// Lettered answers ("a) ...", "B) ...", "b)" alone on its line) answer the questions of their letters'
    /// places; a letter needs its bracket ("a. " and "A: " start sentences too).
    func testLetteredAnswersAreNumberedByTheirLetter() {
        XCTAssertEqual(Segmenter.marker("a) Gi alle barn en arena for mestring.")?.number, 1)
        XCTAssertEqual(Segmenter.marker("B) NAV og flyktningetjenesten.")?.rest, "NAV og flyktningetjenesten.")
        XCTAssertEqual(Segmenter.marker("c)")?.number, 3)
        XCTAssertNil(Segmenter.marker("a. Gi alle barn"))
        XCTAssertNil(Segmenter.marker("A: Nettverk"))
        XCTAssertNil(Segmenter.marker("x) Ikke en bokstav i lista."))
        XCTAssertFalse(PadletLines.isNoise("b)"), "a lettered answer alone on its line is no icon debris")
        XCTAssertTrue(PadletLines.isNoise("(o]"))
        let segments = Segmenter.segments(of: "a) Mestring.\nb) Helsestasjonen og PPT.")
        XCTAssertEqual(segments.map(\.number), [1, 2])
        XCTAssertEqual(segments.map { String($0.text) }, ["Mestring.", "Helsestasjonen og PPT."])
    }

    /// A line that answers two questions in a row is split at the next number or letter after a finished
    /// sentence; a number inside a sentence ("2. etasje") splits nothing.
    func testAnswersInARowOnOneLineAreSplit() {
        XCTAssertEqual(Segmenter.segments(of: "1. Faste møter. 2. Mer tid.").map { String($0.text) }, ["Faste møter.", "Mer tid."])
        XCTAssertEqual(Segmenter.segments(of: "1. Faste møter. 2. Mer tid.").map(\.number), [1, 2])
        XCTAssertEqual(Segmenter.segments(of: "A) Talentutvikling. B) Biblioteket.").map(\.number), [1, 2])
        XCTAssertEqual(Segmenter.inlineAnswers("1. Vi møtes i 2. etasje.", numbered: 1), ["1. Vi møtes i 2. etasje."])
        XCTAssertEqual(Segmenter.inlineAnswers("1. Vi møtes. 3. Ikke neste nummer.", numbered: 1).count, 1)
    }

    /// A post that opens with a question's number answers that question, also with no other marker.
    func testAPostOpeningWithOneNumberAnswersThatQuestion() {
        XCTAssertEqual(Segmenter.segments(of: "3. Kompetanse på scenekunst.\nOg musikk.").map(\.number), [3])
        XCTAssertEqual(Segmenter.segments(of: "Vi har tre ønsker:\n1. Mer tid.").count, 0, "a number further down is a list of one")
    }

    /// "1." alone on its line numbers the answer on the next.
    func testANumberAloneOnItsLineNumbersTheLinesUnderIt() {
        let segments = Segmenter.segments(of: "1.\nFaste møte.\n2.\nUlike budsjett.")
        XCTAssertEqual(segments.map(\.number), [1, 2])
        XCTAssertEqual(segments.map(\.text), ["Faste møte.", "Ulike budsjett."])
    }

    /// A numbered question with nothing under it heads the answers per municipality after it: they answer
    /// that question, and no empty segment is made for it.
    func testANumberedQuestionHeadsTheMunicipalityAnswersUnderIt() {
        let segments = Segmenter.segments(of: "1. Hva er viktigst?\n- Kristiansund: Ventelister.\n- Averøy: Lokaler.\n2. Hvem?\nSkolen.")
        XCTAssertEqual(segments.map(\.text), ["Ventelister.", "Lokaler.", "Skolen."])
        XCTAssertEqual(segments.map(\.number), [1, 1, 2])
        XCTAssertEqual(segments.map(\.municipality), ["Kristiansund", "Averøy", nil])
        XCTAssertEqual(segments.map(\.question), ["Hva er viktigst?", "Hva er viktigst?", "Hvem?"])
    }

    func testANumberedQuestionKeepsItsAnswerUnderIt() {
        let segments = Segmenter.segments(of: "1. Hva kan vi samarbeide om?\nSFO og DKS.\n2. Hva står i veien?\nTimeplanene.")
        XCTAssertEqual(segments.map(\.question), ["Hva kan vi samarbeide om?", "Hva står i veien?"])
        XCTAssertEqual(segments.map(\.text), ["SFO og DKS.", "Timeplanene."])
    }

    /// A segment's text is a slice of the post's text, not a copy, wherever its lines follow each other
    /// there; where they do not (an empty line between), it is joined.
    func testSegmentsAreSlicesOfThePostsText() {
        let post = "Innledning her.\n1. Mer tid til øving.\nOg rom.\n-Tingvoll: Stramt budsjett.\n2. Gratis plass."
        let segments = Segmenter.segments(of: post)
        XCTAssertEqual(segments.map(\.text), ["Innledning her.", "Mer tid til øving.\nOg rom.", "Stramt budsjett.", "Gratis plass."])
        let base = post.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        XCTAssertNotNil(base ?? nil)
        for segment in segments {
            XCTAssertEqual(segment.text.base.utf8.withContiguousStorageIfAvailable { $0.baseAddress }, base, "'\(segment.text)' is a copy")
        }
        let gapped = Segmenter.segments(of: "1. Mer tid.\n\nOg rom.\n2. Gratis plass.")
        XCTAssertEqual(gapped.map(\.text), ["Mer tid.\nOg rom.", "Gratis plass."])
    }

    func testRestatingAPromptIsToldFromAnsweringIt() {
        XCTAssertTrue(Segmenter.restates("Hva kan vi samarbeide om?", "1. Hva kan vi samarbeide om?"))
        XCTAssertTrue(Segmenter.restates("Hva kan kulturskolen og skolen samarbeide om?", "Hva kan kulturskolen og skolen samarbeide om"))
        XCTAssertFalse(Segmenter.restates("Gå dit barna er: SFO, fritidsklubben, skolen. Gratis prøveundervisning?",
                                          "Hvordan kan kulturskolen nå barn og unge som ikke går i kulturskolen i dag?"))
        XCTAssertFalse(Segmenter.restates("?", "Hva kan vi samarbeide om?"))
    }

    /// The demo board's third answer of Gruppe 1 ends in a question mark with nothing under it:
    /// it answers prompt 3, whose question it takes.
    func testAnAnswerEndingInAQuestionMarkIsTheAnswerToItsPrompt() throws {
        let path = SharedData.packageRoot.appendingPathComponent("Corpora/demo/dialogseminar-2024.txt").path
        let corpus = try CorpusLoader.loadFile(path, options: LoadOptions())
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.filter { $0.text.trimmingCharacters(in: .whitespaces).isEmpty }.map(\.id), [], "no empty segments")
        let answer = try XCTUnwrap(segments.first { $0.text.hasPrefix("Gå dit barna er") })
        XCTAssertEqual(answer.text, "Gå dit barna er: SFO, fritidsklubben, skolen. Gratis prøveundervisning?")
        XCTAssertEqual(answer.question, "Hvordan kan kulturskolen nå barn og unge som ikke går i kulturskolen i dag?")
        XCTAssertNotNil(answer.prompt)
    }
}

/// Questions under a numbered question ("1. Hva gjør vi godt" over "a) i samarbeid med grunnskolen?"), and the
/// answers that name them: "1a)", "1 b)", "1.a", a letter under "Spm. 1:", and numbers in Roman numerals.
final class NestedNumberingTests: XCTestCase {
    func testSubQuestionsAndTheirAnswers() throws {
        let corpus = try loadFixture("""
            Kulturskolerådet Rogaland 10/10/2024

            Regionsamling Rogaland

            Kulturskolerådet Rogaland 10/15/24 9:02AM
            Spørsmål til gruppene
            1. Hva gjør kulturskolen godt i dag
            a) i samarbeid med grunnskolen?
            b) i samarbeid med frivilligheten?
            2. Hva trenger vi for å nå flere barn og unge?

            Gruppe 1 10/15/24 10:03AM
            Gruppe 1: Stavanger og Sola
            1a) Kulturskoletimen er innført.
            1b) Vi låner ut lærere til korpsene.
            2) Gratis kjernetilbud.

            Gruppe 2 10/15/24 10:06AM
            Gruppe 2 – Klepp og Hå
            Spm. 1:
            a) Felles musikkdag.
            b) Vi dirigerer to skolekorps.
            Spm. 2: Tilbud i bygdene.

            Gruppe 3 10/15/24 10:09AM
            Gruppe 3: Lund og Sokndal
            I. Dalane-samarbeidet.
            II. Skyss mellom Lund og Egersund.
            """, name: "nestet.txt")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.text), ["Hva gjør kulturskolen godt i dag", "i samarbeid med grunnskolen?",
                                             "i samarbeid med frivilligheten?", "Hva trenger vi for å nå flere barn og unge?"])
        let (one, oneA, oneB, two) = (prompts[0].id, prompts[1].id, prompts[2].id, prompts[3].id)
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.text), ["Kulturskoletimen er innført.", "Vi låner ut lærere til korpsene.", "Gratis kjernetilbud.",
                                              "Felles musikkdag.", "Vi dirigerer to skolekorps.", "Tilbud i bygdene.",
                                              "Dalane-samarbeidet.", "Skyss mellom Lund og Egersund."])
        XCTAssertEqual(segments.map(\.prompt), [oneA, oneB, two, oneA, oneB, two, one, two])
        XCTAssertEqual(Segmenter.subNumbered("1.a Felles dag.")?.letter, 1)
        XCTAssertEqual(Segmenter.subNumbered("1 b) Felles dag.")?.number, 1)
        XCTAssertNil(Segmenter.subNumbered("1.5 timer i uka."))
        XCTAssertNil(Segmenter.subNumbered("3.august var vi samlet."))
        XCTAssertNil(Segmenter.romanNumbered("Ida mener dette."))
    }

    /// A heading alone over the municipalities' answers ("Forventninger:") is no answer of its own: it is their question.
    func testAHeadingAloneOverTheAnswersIsTheirQuestion() {
        let text = "Forventninger:\n-Stjørdal: Lære av andre.\n-Tingvoll: Rektorstilling er vakant.\nFelles:\nRelevans."
        let segments = Segmenter.segments(of: text)
        XCTAssertEqual(segments.map(\.text), ["Lære av andre.", "Rektorstilling er vakant.", "Felles:\nRelevans."])
        XCTAssertEqual(segments.map(\.question), ["Forventninger", "Forventninger", "Forventninger"])
        XCTAssertEqual(Segmenter.heading("Våre innspill:"), "Våre innspill")
        XCTAssertNil(Segmenter.heading("Vi foreslår dette, og mer:"), "a sentence is no heading")
        XCTAssertNil(Segmenter.heading("Prosjektet kan bidra til at vi blir flere:"))
    }

    /// A post written in headed parts ("Bakgrunn:", "Forventninger:") is cut at each heading standing alone, as at its
    /// first: the expectations were read as part of the background (ux24 A2, Gruppe 1 of the 2020 board).
    func testAPostInHeadedPartsIsCutAtEachHeading() {
        let text = "Bakgrunn:\n- Kommunesammenslåing.\nForventninger:\n- Klarere rammer\n- Et løft"
        let segments = Segmenter.segments(of: text)
        XCTAssertEqual(segments.map(\.question), ["Bakgrunn", "Forventninger"])
        XCTAssertEqual(segments.map(\.text), ["- Kommunesammenslåing.", "- Klarere rammer\n- Et løft"])
        XCTAssertEqual(segments.map(\.headed), [true, true])
        let notHeaded = Segmenter.segments(of: "Vi har tenkt mye.\nForventninger:\n- Klarere rammer")
        XCTAssertTrue(notHeaded.isEmpty, "a post that does not open with a heading is not cut at one: \(notHeaded.map(\.question))")
    }

    /// Under "Spørsmål som ønskes besvart:" a numbered list is the group's own questions, part of its answer: not answers
    /// to the task's questions 1 and 2 (Grupperom 1 on the 2025 board).
    func testTheGroupsOwnQuestionsAreNoAnswers() {
        let text = "Hva merket du deg?\nBra å bygge ned siloer.\nSpørsmål som ønskes besvart:\n1. Hvordan løse taushetsplikten?\n2. Hvem var initiativtaker?"
        let segments = Segmenter.segments(of: text)
        XCTAssertEqual(segments.count, 1, "\(segments.map(\.text))")
        XCTAssertEqual(segments.first?.question, "Hva merket du deg?")
        XCTAssertTrue(segments.first?.text.hasSuffix("2. Hvem var initiativtaker?") == true)
        XCTAssertTrue(Segmenter.introducesOwnQuestions("Spørsmål vi har til Larvik:"))
        XCTAssertFalse(Segmenter.introducesOwnQuestions("Spørsmål 2:"), "a label of an answer")
    }

    /// A group's short wording of a task's question, over its answer, is that question: the same first word and its
    /// words in the question's order (Grupperom 1's "Hvordan samhandle tettere?" on the 2025 board).
    func testAQuestionShortenedByAGroup() {
        let asked = "Hvordan kan dere i deres kommune samhandle tettere for barn og unges beste?"
        XCTAssertTrue(Segmenter.shortens("Hvordan samhandle tettere?", asked))
        XCTAssertFalse(Segmenter.shortens("Hva samhandle tettere?", asked), "another first word")
        XCTAssertFalse(Segmenter.shortens("Hvordan tettere samhandle?", asked), "another order")
        XCTAssertFalse(Segmenter.shortens("Hvordan samhandle?", asked), "two words are too few to tell")
    }

    /// A post with no markers that opens with a heading answers what the heading names: the round's question asked aloud,
    /// written over the answer or before it on its line (where it stays in the text, part of the sentence).
    func testAPostOpeningWithAHeadingAnswersWhatItNames() {
        let over = Segmenter.segments(of: "Forventninger:\n- Kompetanseheving på samskaping\n- Konkrete verktøy")
        XCTAssertEqual(over.map(\.text), ["- Kompetanseheving på samskaping\n- Konkrete verktøy"])
        XCTAssertEqual(over.map(\.question), ["Forventninger"])
        XCTAssertEqual(over.map(\.headed), [true])
        let before = Segmenter.segments(of: "Forventninger: Inspirasjon fra andre kulturskoler, god veiledning.\nOg verktøy.")
        XCTAssertEqual(before.map(\.text), ["Forventninger: Inspirasjon fra andre kulturskoler, god veiledning.\nOg verktøy."])
        XCTAssertEqual(before.map(\.question), ["Forventninger"])
        XCTAssertTrue(Segmenter.segments(of: "- Økonomi: er pilotprosjektet fullfinansiert?\n- Samlinger: hvor?").allSatisfy { $0.question == nil },
                      "a list item's label is no heading")
        XCTAssertEqual(Segmenter.segments(of: "Vi vil ha mer tid: det er alt.").count, 0, "a sentence with a colon is no heading")
        XCTAssertEqual(Segmenter.segments(of: "Gruppen besto av:\nAsker / Kari, rektor\nBodø / Ola, lærer").count, 0,
                       "a participant list's label is no heading")
        // Over the lines before the first marker, a heading names what they answer.
        let overFirst = Segmenter.segments(of: "Forventninger:\nHjelp til utvikling.\n1. Hva kan prosjektet bidra med?\n- Veiledning.\n"
                                                + "2. Hva trenger vi?\n- Penger.")
        XCTAssertEqual(overFirst.map(\.question), ["Forventninger", "Hva kan prosjektet bidra med?", "Hva trenger vi?"])
        XCTAssertEqual(overFirst.first?.text, "Hjelp til utvikling.")
    }
}
