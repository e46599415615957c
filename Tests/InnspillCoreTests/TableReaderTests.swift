import Foundation
import XCTest
@testable import InnspillCore

/// Table exports (CSV, JSON Lines) of form tools: their time stamps and the names of their columns.
final class TableReaderTests: XCTestCase {
    /// ISO 8601 with fractions of a second and an offset, as JavaScript's and most form tools' exports
    /// write it, is the same time as without the fraction (shown in Norwegian time, like every marked zone).
    func testAnOffsetAfterFractionsOfASecondIsRead() throws {
        let plain = try XCTUnwrap(TableReader.date("2024-09-19T10:14:31+02:00", utc: false))
        XCTAssertEqual(ISODate.string(plain), "2024-09-19T10:14:31")
        for form in ["2024-09-19T10:14:31.000+02:00", "2024-09-19T10:14:31.123456+0200", "2024-09-19T10:14:31.5+02"] {
            let date = try XCTUnwrap(TableReader.date(form, utc: false), form)
            XCTAssertEqual(ISODate.string(date), "2024-09-19T10:14:31", form)
        }
        // A UTC time is shown in Norwegian summer time, two hours on.
        let utc = try XCTUnwrap(TableReader.date("2024-09-19T08:14:31.000Z", utc: false))
        XCTAssertEqual(ISODate.string(utc), "2024-09-19T10:14:31")
        XCTAssertNil(TableReader.date("2024-09-19T10:14:31+2 timer", utc: false))
    }

    /// Google Forms writes the year first, with slashes, and its zone as GMT with hours ("2023/03/15 1:55:56 PM GMT+1"):
    /// Norwegian winter time is that time (probe26: the column's times were all lost).
    func testGoogleFormsTimes() throws {
        let cases = ["2023/03/15 1:55:56 PM GMT+1": "2023-03-15T13:55:56", "2023/03/15 13:55:56": "2023-03-15T13:55:56",
                     "2023/03/15 12:55:56 PM GMT": "2023-03-15T13:55:56", "2024/06/15 10:00:00 AM GMT+2": "2024-06-15T10:00:00",
                     "2023/03/15 1:55:56 PM GMT+01:00": "2023-03-15T13:55:56"]
        for (written, expected) in cases {
            XCTAssertEqual(TableReader.date(written, utc: false).map(ISODate.string), expected, written)
        }
        XCTAssertEqual(TableReader.date("4/23/25 10:14:05", utc: false).map(ISODate.string), "2025-04-23T10:14:05", "month first still")
        // A time no reader knows is said, not left out in silence.
        let corpus = try loadFixture("Tidspunkt,Kommune,Hva er viktig?\n\"i går kl 10\",Bodø,Samarbeid.\n", name: "tid.csv")
        XCTAssertTrue(corpus.warnings.contains { $0.contains("line 2: 'i går kl 10' in column 'Tidspunkt' is no time Innspill reads") },
                      "\(corpus.warnings)")
    }

    /// The named entities Padlet's and word processors' HTML bodies use are decoded, not left as written (probe26), and a
    /// nynorsk interface's "Innhald" is the text. A column "tid" is a field: it holds durations as often as times (probe27).
    func testEntitiesAndNynorskHeaders() throws {
        XCTAssertEqual(HTMLText.plain("<p>Skolene &hellip; stort sett &ndash; &laquo;ingen&raquo; l&aelig;rere &bull; &eacute;n</p>"),
                       "Skolene … stort sett – «ingen» lærere • én")
        let corpus = try loadFixture("Seksjon,Tittel,Innhald,Forfattar,Oppretta\nTema 1,Gruppe 2: Førde,Vi treng fleire lærarar.,kari,2024-03-14 10:15\n",
                                     name: "nynorsk.csv")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.text), ["Vi treng fleire lærarar."])
        let notes = try loadFixture("gruppe\tsvar\ttid\nGruppe 1\tMer tid.\t2024-10-17 09:41\n", name: "notater.tsv")
        XCTAssertEqual(notes.units.first { $0.kind == .post }?.extra["tid"], "2024-10-17 09:41")
    }

    /// A Padlet post titled by its question ("Spørsmål 1", "Svar på spørsmål 2", or the question's words) answers it, as a
    /// number in its body would say (probe26: none was linked).
    func testAPostTitledByItsQuestionAnswersIt() throws {
        let corpus = try loadFixture("""
            Section,Title,Body,Post color,Created at (UTC)
            Tema 1,Dialogspørsmål,"1. Hva er kulturskolens rolle i kommunen?
            2. Hva trenger dere fra fylket?",red,2024-03-14 08:00:00 UTC
            Tema 1,Spørsmål 1,"Gruppe 2: Hamar
            Vi mener kulturskolen er viktig.",,2024-03-14 08:30:00 UTC
            Tema 1,Svar på spørsmål 2,"Gruppe 2: Hamar
            Nettverk og felles kurs.",,2024-03-14 08:40:00 UTC
            Tema 1,Hva trenger dere fra fylket?,"Gruppe 5 - Elverum og Våler
            Penger og nettverk.",,2024-03-14 08:45:00 UTC
            """, name: "titler.csv")
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.question), ["Hva er kulturskolens rolle i kommunen?", "Hva trenger dere fra fylket?",
                                                  "Hva trenger dere fra fylket?"])
        XCTAssertEqual(segments.map { $0.prompt != nil }, [true, true, true])
    }

    /// Excel's "sep=;" line names the separator: the title is the heading under it (probe26: the title was "sep=").
    func testExcelsSeparatorLineIsNoTitle() throws {
        let corpus = try loadFixture("sep=;\nGruppesvar – dialogseminar Rogaland 2024;;\n;;\nGruppe;Kommuner;Svar\nGruppe 1;Sola;Lokaler.\n",
                                     name: "excel.csv")
        XCTAssertEqual(corpus.title, "Gruppesvar – dialogseminar Rogaland 2024")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.text), ["Lokaler."])
    }

    /// Seconds since 1970 (Slack's "ts", with microseconds) and milliseconds are times in UTC, shown in Norwegian
    /// time; eight digits are a day, not a time.
    /// A display name beside the account's is the author ("Author name" over "Author": anne.lise); a group posting as
    /// itself ("Gruppe 3") is the group where the subject names only its places, whose municipalities they stay.
    func testTheAuthorsDisplayNameAndAGroupPostingAsItself() throws {
        let corpus = try loadFixture("""
            Subject,Body,Author,Author name,Created At
            "Porsanger og Alta","Vi deler en lærer.",,Gruppe 3,2024-03-14 10:14:00
            "Gruppe 6 – Nes og Gran","Ny kultursal.",anne.lise,Anne Lise Berg,2024-03-14 10:15:00
            "Bodø","Flere lærere.",Gruppe 1, ,2024-03-14 10:16:00
            """, name: "visningsnavn.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Gruppe 3", "Anne Lise Berg", "Gruppe 1"], "the account's name where no display name is")
        XCTAssertEqual(posts.map(\.group), ["Gruppe 3", "Gruppe 6", "Gruppe 1"])
        XCTAssertFalse(corpus.warnings.contains { $0.contains("Author_column") }, "\(corpus.warnings)")
        XCTAssertEqual(posts.first?.municipalities, ["Porsanger", "Alta"])
    }

    func testUnixTimesAreRead() throws {
        let seconds = try XCTUnwrap(TableReader.date("1738054930.000100", utc: false))
        XCTAssertEqual(ISODate.string(seconds), "2025-01-28T10:02:10")
        let milliseconds = try XCTUnwrap(TableReader.date("1738054930123", utc: false))
        XCTAssertEqual(ISODate.string(milliseconds), "2025-01-28T10:02:10")
        XCTAssertNil(TableReader.unixTime("20250128"))
        XCTAssertNil(TableReader.unixTime("1738054930.5.1"))
        XCTAssertNil(TableReader.unixTime("17380549301"))
    }

    /// An English Excel's dates ("4/23/25 10:14:05", month first) and day-first dates with slashes: the column decides
    /// which order its dates are in.
    func testDatesWithSlashes() throws {
        func iso(_ text: String, dayFirst: Bool = false) -> String? { TableReader.slashDate(text, dayFirst: dayFirst).map(ISODate.string) }
        XCTAssertEqual(iso("4/23/25 10:14:05"), "2025-04-23T10:14:05")
        XCTAssertEqual(iso("4/23/2025 2:05 PM"), "2025-04-23T14:05:00")
        XCTAssertEqual(iso("4/5/25 12:30 AM"), "2025-04-05T00:30:00")
        XCTAssertEqual(iso("4/5/25", dayFirst: true), "2025-05-04")
        XCTAssertEqual(iso("23/4/2025 10:14"), "2025-04-23T10:14:00")
        XCTAssertNil(iso("Gruppe 1/2"))
        XCTAssertNil(iso("13/13/2025"))
        XCTAssertTrue(TableReader.slashDatesPutDayFirst(["4/5/25", "23/4/25"]))
        XCTAssertFalse(TableReader.slashDatesPutDayFirst(["4/5/25", "4/23/25"]))
        let corpus = try loadFixture("""
            ID,Start time,Completion time,Hva er viktigst?
            1,5/4/25 10:02:11,5/4/25 10:14:05,Gode lærere.
            2,23/4/25 10:02:11,23/4/25 10:16:00,Lokaler.
            """, name: "forms.csv")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map { $0.posted.map(ISODate.string) },
                       ["2025-04-05T10:14:05", "2025-04-23T10:16:00"])
        let nynorsk = try loadFixture("Seksjon,Emne,Brødtekst,Forfattar,Oppretta\nØkt 1,Gruppe 1,Meir tid.,Kari,2025-03-12 09:41:17\n",
                                      name: "padlet-nn.csv")
        XCTAssertEqual(nynorsk.units.first { $0.kind == .post }?.posted.map(ISODate.string), "2025-03-12T09:41:17")
    }

    /// A nested object's name is its member's value: {"gruppe": {"namn": ..., "kommunar": ...}} gives the group and its
    /// municipalities, and no author.
    func testANestedObjectsName() throws {
        let corpus = try loadFixture("""
            {"innsendt": "15.10.2025 kl. 14:10", "gruppe": {"namn": "Gruppe 1", "kommunar": "Ålesund og Giske"}, "svar": "Ny kulturskule."}
            """, name: "skjema.jsonl")
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(post.group, "Gruppe 1")
        XCTAssertEqual(post.municipalities, ["Ålesund", "Giske"])
        XCTAssertNil(post.author)
        XCTAssertEqual(JSONReader.flattened(["author": ["name": "Kari Berg", "username": "kberg"]])["author"] as? String, "Kari Berg")
        // A section or group titled rather than named ({"section": {"title": "Tema 1"}}); another object's title is a title.
        XCTAssertEqual(JSONReader.flattened(["section": ["title": "Tema 1", "id": 4]])["section"] as? String, "Tema 1")
        XCTAssertNil(JSONReader.flattened(["attributes": ["title": "Gruppe 1"]])["attributes"])
    }

    /// A form tool's "innsendt" (submitted) column is the time a unit was posted, and a municipality written
    /// with the nynorsk "herad" ("Voss herad") is that municipality, without a warning that it was left out.
    func testSubmittedTimesAndMunicipalitiesNamedHerad() throws {
        let corpus = try loadFixture("""
            {"tekst": "Meir samarbeid med skulen.", "kommunar": "Voss herad", "innsendt": "2024-09-19T10:14:31.000+02:00"}
            {"tekst": "Skyss er det største hinderet.", "kommunar": "Kvam herad og Ulvik", "innsendt": "2024-09-19T10:20:00.000+02:00"}

            """, name: "skjema.jsonl")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.municipalities), [["Voss"], ["Kvam", "Ulvik"]])
        XCTAssertEqual(posts.compactMap(\.posted).map(ISODate.string), ["2024-09-19T10:14:31", "2024-09-19T10:20:00"])
        XCTAssertFalse(corpus.warnings.contains { $0.contains("not a municipality of 2024") }, "\(corpus.warnings)")
    }

    /// A municipality column naming a place two municipalities share, with nothing to tell which, holds the shared
    /// name once and no county; beside a neighbour it is the one in the neighbour's county. (It was both
    /// municipalities, in two counties: one group from Våler counted as two places.)
    func testASharedNameCountsOnce() throws {
        let corpus = try loadFixture("gruppe,kommune,tekst\nGruppe 4,Våler,Lokaler er et stort problem.\nGruppe 5,Våler og Åsnes,Lange avstander.\n",
                                     name: "vaaler.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.municipalities), [["Våler"], ["Våler (Innlandet)", "Åsnes"]])
        XCTAssertEqual(posts.map(\.counties), [[], ["Innlandet"]])
    }
}

/// Tables saved from spreadsheets: merged cells, and columns named as Norwegian users name them.
final class SpreadsheetTableTests: XCTestCase {
    /// Excel saves a merged group cell as its value over empty cells: the rows under it are in that group
    /// (with a warning), a bare group number is "Gruppe N", and "Innspill"/"Registrert av" are text and author.
    func testMergedGroupCellsAreFilledDownWithAWarning() throws {
        let corpus = try loadFixture("""
            Gruppe\tKommune\tInnspill\tRegistrert av
            1\tBodø\tKulturskoletime i SFO.\tKari Vik
            \tSaltdal\tEn lærer i begge skolene.\tKari Vik
            2\tGrane\tLange avstander.\tPer Moe
            \tHattfjeldal\tSamisk kulturskoletilbud.\tPer Moe

            """, name: "excel.tsv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 2", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.author), ["Kari Vik", "Kari Vik", "Per Moe", "Per Moe"])
        XCTAssertEqual(posts.first?.text, "Kulturskoletime i SFO.")
        XCTAssertTrue(corpus.warnings.contains { $0.contains("2 empty cells in column 'Gruppe' took the value above them") }, "\(corpus.warnings)")
    }

    /// A group column whose values repeat on neighbouring rows was typed row by row: an empty cell there is
    /// a row without a group, and stays so.
    func testAColumnTypedRowByRowIsNotFilledDown() {
        var rows: [(cells: [String?], line: Int)] = [(["Gruppe 1"], 2), (["Gruppe 1"], 3), ([nil], 4), (["Gruppe 2"], 5)]
        XCTAssertEqual(TableReader.fillDown(&rows, column: 0), 0)
        XCTAssertNil(rows[2].cells[0])
        var merged: [(cells: [String?], line: Int)] = [(["Gruppe 1", "a"], 2), ([nil, "b"], 3), (["", "c"], 4), (["Gruppe 2", "d"], 5),
                                                       ([nil, "e"], 6), ([nil, nil], 7)]
        XCTAssertEqual(TableReader.fillDown(&merged, column: 0), 3, "the empty last row is no row of group 2")
        XCTAssertEqual(merged.map { $0.cells[0] }, ["Gruppe 1", "Gruppe 1", "Gruppe 1", "Gruppe 2", "Gruppe 2", nil])
    }
}

/// Exports from other tools: a title above the header, Norwegian column names, placeholders.
final class OtherToolsTableTests: XCTestCase {
    /// Mentimeter puts the presentation's title and a blank row above the header: they are left out with a
    /// warning, and a word cloud's task without a question mark ("Ett ord om dagen i dag") is a question too.
    func testATitleAboveTheHeaderAndAWordCloudsTask() throws {
        let corpus = try loadFixture("""
            Temamøte 20. november 2024,,,
            ,,,
            Voter ID,Hvilken kommune jobber du i?,Hva hindrer oss?,Ett ord om dagen i dag
            1,Bergen,Økonomi og foreldrebetaling,inspirerende
            2,Tromsø,Mangel på lærere,

            """, name: "menti.csv")
        XCTAssertTrue(corpus.warnings.contains { $0.contains("the header is on line 3; the 2 rows above it (a title) were left out") },
                      "\(corpus.warnings)")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.text), ["Hva hindrer oss?", "Ett ord om dagen i dag"])
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Økonomi og foreldrebetaling", "inspirerende", "Mangel på lærere"], "row by row")
        XCTAssertEqual(posts.map(\.municipalities), [["Bergen"], ["Bergen"], ["Tromsø"]])
        XCTAssertEqual(posts.first?.line, 4)
        XCTAssertEqual(corpus.title, "Temamøte 20. november 2024", "the title row is the corpus's title")
        XCTAssertEqual(TableReader.preambleRows([["Tekst"], ["Mer tid."]]), 0, "a table of one column has no title row")
    }

    /// A row whose quoted cell after the text runs over lines (a comment typed with line breaks in Excel): the unit's
    /// raw is the whole row.
    func testARowOverSeveralLinesIsTheRaw() throws {
        let corpus = try loadFixture("Tiltak;Gruppe;Kommentar\r\nFelles kulturskoletime;Gruppe 2;\"Krever avtale.\r\nBør prøves i Klepp.\"\r\n"
                                     + "Talentsatsing;Gruppe 1;Med konserthuset.\r\n", name: "stemmer.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.raw), ["Felles kulturskoletime;Gruppe 2;\"Krever avtale.\nBør prøves i Klepp.\"",
                                          "Talentsatsing;Gruppe 1;Med konserthuset."])
        XCTAssertEqual(posts.map(\.line), [2, 4])
    }

    /// Survey tools that write the header over several rows: Qualtrics (ids, questions, ImportId) and SurveyMonkey
    /// (questions, then "Response" or each checkbox option, with "Other (please specify)" the question's free text);
    /// their end time is the posted time.
    func testHeadersOverSeveralRows() throws {
        let qualtrics = try loadFixture("""
            StartDate,EndDate,ResponseId,Q1,Q2,Q3,Q4
            Start Date,End Date,Response ID,Gruppenummer,Hvilke kommuner er med i gruppa?,Hva er kulturskolens viktigste bidrag?,Navn på den som fyller ut (valgfritt)
            "{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1_TEXT""}","{""ImportId"":""QID2_TEXT""}","{""ImportId"":""QID3_TEXT""}","{""ImportId"":""QID4_TEXT""}"
            2025-03-05 10:02:11,2025-03-05 10:21:44,R_1a,Gruppe 1,"Ringsaker,Hamar",Et sted der alle barn kan uttrykke seg.,Siri Bakken

            """, name: "qualtrics.csv")
        let post = try XCTUnwrap(qualtrics.units.first { $0.kind == .post })
        XCTAssertEqual(qualtrics.units.filter { $0.kind == .post }.count, 1, "the header rows are no posts")
        XCTAssertEqual(post.question, "Hva er kulturskolens viktigste bidrag?")
        XCTAssertEqual(post.group, "Gruppe 1")
        XCTAssertEqual(post.municipalities, ["Ringsaker", "Hamar"])
        XCTAssertEqual(post.posted.map(ISODate.string), "2025-03-05T10:21:44")
        XCTAssertEqual(post.author, "Siri Bakken", "the form's question for a name gives the author")
        let monkey = try loadFixture("""
            Respondent ID,Start Date,End Date,Hvilken gruppe var du i?,Hvilke kommuner var med i gruppa? (kryss av alle som passer),,,Hva bør kulturskolen prioritere?
            ,,,Response,Sandefjord,Larvik,Other (please specify),Open-Ended Response
            114587230961,2025-04-23 10:02:11,2025-04-23 10:14:05,Gruppe 1,Sandefjord,,Re,Flere elever fra familier som ikke har råd.

            """, name: "surveymonkey.csv")
        let answer = try XCTUnwrap(monkey.units.first { $0.kind == .post })
        XCTAssertEqual(monkey.units.filter { $0.kind == .post }.map(\.text), ["Flere elever fra familier som ikke har råd."])
        XCTAssertEqual(answer.question, "Hva bør kulturskolen prioritere?")
        XCTAssertEqual(answer.group, "Gruppe 1")
        XCTAssertEqual(Set(answer.municipalities), ["Sandefjord", "Tønsberg"], "a ticked option and the former Re written as other")
    }

    /// A group's sheet saved as CSV with labelled rows over its table ("Kommunar:" beside the municipalities, "Gruppe:
    /// 2"): the rows above the header are left out, and a label that names a field gives every row its value.
    func testLabelledRowsAboveTheHeader() throws {
        let corpus = try loadFixture("""
            Kommunar:;Herøy, Ulstein, Hareid
            Gruppe: 2;
            ;
            Spørsmål;Svar
            Kva gjer kulturskulen godt?;Vi lagar musikal saman med skulen.
            Kva manglar?;Fleire lærarar i heile stillingar.

            """, name: "gruppe2.csv")
        XCTAssertTrue(corpus.warnings.contains { $0.contains("'Kommunar: Herøy, Ulstein, Hareid', 'Gruppe: 2' is every row's") },
                      "\(corpus.warnings)")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi lagar musikal saman med skulen.", "Fleire lærarar i heile stillingar."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 2", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), Array(repeating: ["Herøy (Møre og Romsdal)", "Ulstein", "Hareid"], count: 2))
        XCTAssertEqual(posts.map(\.question), ["Kva gjer kulturskulen godt?", "Kva manglar?"])
        XCTAssertNil(TableReader.label(of: ["Temamøte 20. november 2024: oppsummering", ""]), "a title with a colon is no label")
    }

    /// A cell that opens with its municipalities ("Kommunar: Voss og Volda.") and goes on into its answer on the same
    /// line: the list gives the municipalities, the sentences stay the text, and `raw` keeps the whole row.
    func testAMunicipalityListBeforeTheAnswerOnOneLine() throws {
        let corpus = try loadFixture("""
            gruppe,tekst
            Gruppe 1,"Kommunar: Voss og Volda. Vi snakka om friplassar, og om at Larvik har gode ordningar."
            Gruppe 2,"Kommunar: Stryn, Stranda
            Vi vil ha fleire lærarar."

            """, name: "kommunar.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Vi snakka om friplassar, og om at Larvik har gode ordningar.", "Vi vil ha fleire lærarar."])
        XCTAssertEqual(posts.map(\.municipalities), [["Voss", "Volda"], ["Stryn", "Stranda"]])
        XCTAssertEqual(posts.first?.mentions, ["Larvik"], "a place in the answer is mentioned, not taking part")
        XCTAssertEqual(posts.map { $0.raw.hasPrefix("Gruppe") && $0.raw.contains("Kommunar:") }, [true, true], "\(posts.map(\.raw))")
        XCTAssertEqual(PadletLines.municipalityList("Kommunar: Bø i Telemark, Nome")?.rest, "", "no sentence after the list")
        // So with the group before it: "Gruppe 3: Voss og Ulvik. Vi la ...".
        let chat = try loadFixture("tekst\n\"Gruppe 3: Voss og Ulvik. Vi la notatane våre på tavla.\"\n", name: "chat.csv")
        let post = try XCTUnwrap(chat.units.first { $0.kind == .post })
        XCTAssertEqual(post.group, "Gruppe 3")
        XCTAssertEqual(post.municipalities, ["Voss", "Ulvik"])
        XCTAssertEqual(post.text, "Vi la notatane våre på tavla.")
    }

    /// A Kahoot report saved as CSV: the quiz question's rows (a right answer among given ones) are left out, the
    /// open questions' rows are posts, and each group's nickname ("Gr1 Skien", "Gr3 Bø og Nome") gives its group and
    /// municipalities.
    func testAQuizReportKeepsTheOpenAnswersOfGroupsByTheirNicknames() throws {
        let corpus = try loadFixture("""
            Question Number;Question;Answer 1;Answer 2;Correct Answers;Player;Answer;Score (points)
            1;Hvor mange kommuner har kulturskole?;Alle;Nesten alle;Alle;Gr1 Skien;Alle;912
            1;Hvor mange kommuner har kulturskole?;Alle;Nesten alle;Alle;Gr3 Bø og Nome;Nesten alle;0
            2;Beskriv fremtidens kulturskole med ett ord;;;;Gr1 Skien;inkluderende;0
            2;Beskriv fremtidens kulturskole med ett ord;;;;Gr3 Bø og Nome;nærhet;0

            """, name: "kahoot.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["inkluderende", "nærhet"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 3"])
        XCTAssertEqual(posts.map(\.municipalities), [["Skien"], ["Midt-Telemark", "Nome"]], "Bø beside Nome is Bø in Telemark")
        XCTAssertEqual(posts.map(\.question), Array(repeating: "Beskriv fremtidens kulturskole med ett ord", count: 2))
        XCTAssertTrue(corpus.warnings.contains { $0.contains("2 rows answer a quiz question") }, "\(corpus.warnings)")
        XCTAssertEqual(PadletLines.leadingGroupLabel("Gr12 Porsgrunn")?.label, "Gruppe 12")
        XCTAssertNil(PadletLines.leadingGroupLabel("Grue kommune"), "a word that starts with gr")
    }

    /// A Miro board's notes: the task note in a frame named for it ("Oppgave: Hva ...?") is the prompt, and the groups'
    /// notes, in frames named after them, its answers.
    func testATaskNoteIsThePrompt() throws {
        let corpus = try loadFixture("""
            Frame,Type,Content,Created by
            Oppgave,text,<p><strong>Oppgave:</strong> Hva skal kulturskolen i Agder være kjent for i 2030?</p>,Mona Fjeld
            Gruppe 1 – Kristiansand og Vennesla,sticky_note,<p>Mangfold – kulturskolen speiler byen</p>,Jonas Aas
            Gruppe 1 – Kristiansand og Vennesla,sticky_note,<p>Oppgave: lage en plan?</p>,Jonas Aas

            """, name: "miro.csv")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.question), ["Hva skal kulturskolen i Agder være kjent for i 2030?"])
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1"], "a group's note stays its post, labelled or not")
        XCTAssertNil(TableReader.task(SourceLine.split("Oppgave: Hva nå?\nVi svarer.")), "a task with an answer under it")
    }

    /// Column names in nynorsk and of other tools: "Kommune(r) i gruppa", "Bord", "Registrert", "skrive_av"; a
    /// form's placeholder answer ("—") is no post, and a time keeps its seconds.
    func testNorwegianColumnNamesAndPlaceholders() throws {
        let corpus = try loadFixture("""
            Registrert;Bord;Kommune(r) i gruppa;skrive_av;Svar
            24.09.2024 13:05:41;Bord 2;Voss, Ulvik;Kari Li;Kulturskulelærarar i musikkfaget.
            24.09.2024 13:06:12;Bord 3;Sogndal og Luster;Per Å;—

            """, name: "skjema.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.count, 1)
        XCTAssertEqual(posts.first?.group, "Bord 2")
        XCTAssertEqual(posts.first?.municipalities, ["Voss", "Ulvik"])
        XCTAssertEqual(posts.first?.author, "Kari Li")
        XCTAssertEqual(posts.first?.posted.map(ISODate.string), "2024-09-24T13:05:41")
        XCTAssertTrue(TableReader.isPlaceholder("..."))
        XCTAssertFalse(TableReader.isPlaceholder("Nei."))
        XCTAssertFalse(TableReader.isPlaceholder("👍"), "an emoji says something")
    }

    /// A results export of a poll tool ("Response", "Time"); a group posting as itself with its municipalities in the
    /// author column ("Gruppe 2 (Fauske, Saltdal)"); municipalities given by their 2024 numbers ("5028, 5029").
    func testResponsesGroupsInTheAuthorColumnAndMunicipalityNumbers() throws {
        let slido = try loadFixture("Poll,Question,Response,Votes,Participant,Time\nPoll 1,Hva er viktigst?,Inkludering,4,Anonymous,2026-10-08 13:06:30\n",
                                    name: "slido.csv")
        let answer = slido.units.first { $0.kind == .post }
        XCTAssertEqual(answer?.text, "Inkludering")
        XCTAssertEqual(answer?.posted.map(ISODate.string), "2026-10-08T13:06:30")
        let authors = try loadFixture("Section,Body,Author\nDel 1,<p>Felles rektor.</p>,\"Gruppe 2 (Fauske, Saltdal)\"\n", name: "padlet.csv")
        XCTAssertEqual(authors.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 2"])
        XCTAssertEqual(authors.units.filter { $0.kind == .post }.map(\.municipalities), [["Fauske", "Saltdal"]])
        let numbers = try loadFixture("Gruppe;Kommunenr;Svar\nGruppe 1;5001;Gode erfaringer.\nGruppe 2;\"5028, 5029\";Et felles tilbud.\n",
                                      name: "skjema.csv")
        XCTAssertEqual(numbers.units.filter { $0.kind == .post }.map(\.municipalities), [["Trondheim"], ["Melhus", "Skaun"]])
        XCTAssertNil(GazetteerPlaces.shared.municipalities(numbered: "5028 elever"))
        XCTAssertNil(GazetteerPlaces.shared.municipalities(numbered: "9999"), "no municipality has that number")
    }

    /// The person who wrote down a group's answers ("Referent") is its author; a group named in a body's first line
    /// before a colon ("Gruppe 5 Eidsvoll og Hurdal:") is the post's group, as "Gruppe 6: Nannestad" is.
    func testAReferentColumnAndAGroupLineEndingInAColon() throws {
        let referent = try loadFixture("Gruppe\tSvar\tReferent\nGruppe 1\tSamarbeid med Kilden.\tAnne Moi\n", name: "excel.tsv")
        XCTAssertEqual(referent.units.filter { $0.kind == .post }.map(\.author), ["Anne Moi"])
        let csv = try loadFixture("Seksjon,Emne,Brødtekst\nRunde 2,,\"Gruppe 5 Eidsvoll og Hurdal:\nVi starter med et møte.\"\n",
                                  name: "padlet.csv")
        let post = csv.units.first { $0.kind == .post }
        XCTAssertEqual(post?.group, "Gruppe 5")
        XCTAssertEqual(post?.municipalities, ["Eidsvoll", "Hurdal"])
        XCTAssertEqual(post?.text, "Vi starter med et møte.")
    }

    /// A group's municipalities merged as its name is are filled down with it; alone, a column of municipalities
    /// with empty cells is not (those who skip a question leave it empty).
    func testMunicipalitiesAreFilledDownWithTheirGroup() throws {
        let merged = try loadFixture("Bord\tKommuner\tInnspill\nBord 1\tHamar, Stange\tLærere i barnehagene.\n\t\tForeldrebetalingen.\n",
                                     name: "bord.tsv")
        XCTAssertEqual(merged.units.filter { $0.kind == .post }.map(\.municipalities), [["Hamar", "Stange"], ["Hamar", "Stange"]])
        let skipped = try loadFixture("Kommuner\tInnspill\nHamar\tLærere i barnehagene.\n\tForeldrebetalingen.\nLøten\tMer tid.\n",
                                      name: "skjema.tsv")
        XCTAssertEqual(skipped.units.filter { $0.kind == .post }.map(\.municipalities), [["Hamar"], [], ["Løten"]])
    }

    /// A note under the table, after an empty row, is no group's: its group is not filled down into it, and it is the
    /// organisers' text (a prompt), not a post. Empty rows at the file's end do not hide it.
    func testANoteUnderTheTableIsTheOrganisers() throws {
        let corpus = try loadFixture("Bord\tKommuner\tInnspill\nBord 1\tHamar, Stange\tLærere i barnehagene.\n\t\tForeldrebetalingen.\n"
                                     + "\t\t\n\t\tTotalt 2 innspill fra 1 bord.\n\t\t\n", name: "bord.tsv")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.group), ["Bord 1", "Bord 1"])
        let notes = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(notes.map(\.text), ["Totalt 2 innspill fra 1 bord."])
        XCTAssertEqual(notes.map(\.group), [nil])
    }

    /// Microsoft Forms: a column of free answers named without a question mark ("Andre innspill") is a question, and
    /// the column Forms leaves empty ("Tidspunkt for siste endring") no prompt; Nettskjema's "$created" is the time.
    func testFormsColumnsOfFreeAnswersAndEmptyColumns() throws {
        let forms = try loadFixture("""
            ID;Fullføringstidspunkt;Tidspunkt for siste endring;Gruppe;Kommuner i gruppa;Hva er kulturskolens viktigste oppgave?;Andre innspill
            1;14.11.2024 10:29:00;;Gruppe 1;Trondheim, Malvik;UKM er en viktig arena.;
            2;14.11.2024 10:31:23;;Gruppe 2;Stjørdal, Meråker;Vi har for lite tid.;Elevkonsertene på sykehjemmet betyr mye.

            """, name: "forms.csv")
        XCTAssertEqual(forms.units.filter { $0.kind == .prompt }.map(\.text), ["Hva er kulturskolens viktigste oppgave?", "Andre innspill"])
        XCTAssertEqual(forms.units.filter { $0.kind == .post }.map(\.text),
                       ["UKM er en viktig arena.", "Vi har for lite tid.", "Elevkonsertene på sykehjemmet betyr mye."])
        let nettskjema = try loadFixture("""
            "$submission_id","$created","Gruppenummer","1. Kva fungerer godt i samarbeidet?"
            31244871,"2024-10-24 13:03:00","1","Vi treng fleire heile stillingar."

            """, name: "nettskjema.csv")
        XCTAssertEqual(nettskjema.units.first { $0.kind == .post }?.posted.map(ISODate.string), "2024-10-24T13:03:00")
    }

    /// A survey tool's JSON: responses wrapped in an object, each holding its answers in an array: a post per answer,
    /// with the respondent's group and municipalities, and a prompt per question. A post's array of attachments
    /// is no answers.
    func testASurveysNestedAnswersAreAPostEach() throws {
        let corpus = try loadFixture("""
            {"survey": {"title": "Dialogmøte Finnmark"},
             "responses": [
              {"submitted_at": "2024-11-20T09:14:00+01:00", "respondent": {"group": "Gruppe 1", "municipalities": ["Alta", "Loppa"]},
               "answers": [{"question": "Hva fungerer godt?", "value": "Interkommunalt samarbeid."},
                           {"question": "Hva hindrer oss?", "value": "Avstander."}]},
              {"submitted_at": "2024-11-20T09:17:00+01:00", "respondent": {"group": "Gruppe 4", "municipalities": ["Kárášjohka/Karasjok"]},
               "answers": [{"question": "Hva fungerer godt?", "value": "Samarbeidet med DKS."}]}
             ]}
            """, name: "survey.json")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Interkommunalt samarbeid.", "Avstander.", "Samarbeidet med DKS."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 4"])
        XCTAssertEqual(posts.map(\.municipalities), [["Alta", "Loppa"], ["Alta", "Loppa"], ["Karasjok"]])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.text), ["Hva fungerer godt?", "Hva hindrer oss?"])
        let post: [String: Any] = ["body": "Mer tid.", "attachments": [["url": "a.png", "value": "x"]]]
        XCTAssertEqual(JSONReader.answerRows(post).count, 1)
    }

    /// An organiser's post of no group that introduces a list of questions as the question box does is prompts.
    func testAPostIntroducingAListOfQuestionsIsPrompts() throws {
        let csv = "Seksjon,Emne,Innhold,Forfatter\n"
            + "Økt 1,Slik svarer dere,\"<p>Skriv gruppenummer i emnefeltet.</p><p>Spørsmål til økt 1:</p><ol><li>Hva betyr ressurssenter hos dere?</li>"
            + "<li>Hvem samarbeider dere med?</li></ol>\",Marit Sæther\n"
            + "Økt 1,\"Gruppe 1: Ålesund, Haram\",<p>1. Et ressurssenter.</p><p>2. Biblioteket.</p>,\n"
        let corpus = try loadFixture(csv, name: "padlet.csv")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Skriv gruppenummer i emnefeltet. Spørsmål til økt 1:", "Hva betyr ressurssenter hos dere?",
                                                 "Hvem samarbeider dere med?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 1"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [prompts[1].id, prompts[2].id])
    }
}

/// A form's export (Google Forms, Nettskjema, Microsoft Forms): a row per respondent and a column per question.
final class FormExportTests: XCTestCase {
    /// Each question column is a prompt, and each answer a post that answers it, with the respondent's group,
    /// municipalities and time; an unanswered question is no post.
    func testAColumnPerQuestionGivesAPromptEachAndAPostPerAnswer() throws {
        let corpus = try loadFixture("""
            Tidsmerke,Gruppenummer,Kommune(r),1. Hva fungerer godt i samarbeidet med skolen?,2. Hva hindrer samarbeid?
            09.02.2023 10:12:45,1,"Sunnfjord, Kinn",Faste møter med rektor.,Ulike budsjett.
            09.02.2023 10:20:11,3,"Askøy, Øygarden",Musikkterapi i skolen.,

            """, name: "skjema.csv")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Hva fungerer godt i samarbeidet med skolen?", "Hva hindrer samarbeid?"])
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Faste møter med rektor.", "Ulike budsjett.", "Musikkterapi i skolen."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1", "Gruppe 3"])
        XCTAssertEqual(posts.map(\.municipalities), [["Sunnfjord", "Kinn"], ["Sunnfjord", "Kinn"], ["Askøy", "Øygarden"]])
        XCTAssertEqual(posts.compactMap(\.posted).map(ISODate.string), ["2023-02-09T10:12:45", "2023-02-09T10:12:45", "2023-02-09T10:20:11"], "with the seconds")
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.prompt), [prompts[0].id, prompts[1].id, prompts[0].id])
        XCTAssertEqual(segments.map(\.question), posts.map(\.question))
    }

    /// A respondent who left the group's number empty and typed it into the municipalities' answer ("gruppe 15 –
    /// Leirfjord og Alstahaug") is that group's; a list of municipalities alone names none.
    func testAGroupNumberTypedWithTheMunicipalitiesNamesTheGroup() throws {
        let corpus = try loadFixture("""
            Tidsmerke,Gruppenummer,Kommune(r),1. Hva fungerer godt i samarbeidet med skolen?
            09.02.2023 10:12:45,,gruppe 15 – Leirfjord og Alstahaug,Felles kulturskole for dans.
            09.02.2023 10:20:11,,"Askøy, Øygarden",Musikkterapi i skolen.

            """, name: "skjema.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 15", nil])
        XCTAssertEqual(posts.map(\.municipalities), [["Leirfjord", "Alstahaug"], ["Askøy", "Øygarden"]])
    }

    /// A checkbox exported one column per option, ticked "1" or "0": the municipalities ticked, not answers; and a
    /// checkbox of other options is one field.
    func testACheckboxExportedAColumnPerOption() throws {
        let corpus = try loadFixture("""
            "$submission_id";"Gruppe";"Kva kommunar er med? - Bergen";"Kva kommunar er med? - Askøy";"Kva kommunar er med? - Voss";"Kva fag har de? - Dans";"Kva fag har de? - Teater";"Kva gjer kulturskulen best?"
            "1";"Gruppe A";"1";"1";"0";"1";"1";"Breidda i tilbodet."
            "2";"Gruppe B";"0";"0";"1";"0";"1";"Samspelet."
            """, name: "nettskjema.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Breidda i tilbodet.", "Samspelet."])
        XCTAssertEqual(posts.map(\.municipalities), [["Bergen", "Askøy"], ["Voss"]])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.question), ["Kva gjer kulturskulen best?"])
        XCTAssertEqual(posts.map { $0.extra["Kva fag har de?"] }, ["Dans, Teater", "Teater"])
        XCTAssertEqual(posts.map { $0.extra["$submission_id"] }, ["1", "2"])
    }

    /// A grid's rows ("Hvor enige er dere? [Kulturskolen er synlig]") answered with ratings, and a key of numbers
    /// ("Svar-ID"), are fields, not questions.
    func testGridRatingsAndNumbersAreFields() throws {
        let corpus = try loadFixture("""
            "Tidsmerke","Gruppe","Hvor enige er dere? [Kulturskolen er synlig]","Svar-ID","Hva er dere stolte av?"
            "10.04.2025 13:05:41","Gruppe 1","Helt enig","101","Korpssamarbeidet."
            "10.04.2025 13:09:02","Gruppe 2","Litt uenig","102","Dansen."
            """, name: "google.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Korpssamarbeidet.", "Dansen."])
        XCTAssertEqual(posts.map { $0.extra["Hvor enige er dere? [Kulturskolen er synlig]"] }, ["Helt enig", "Litt uenig"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.question), ["Hva er dere stolte av?"])
    }

    /// A choice among given answers ("Vil du være med neste år?" answered "Ja" and "Nei", "Hvilken rolle har du?") is a
    /// field, not a question whose answers are posts; a question answered in words of one's own stays one, even in few
    /// words, and so does a word cloud's ("Hvilket ord beskriver dagen?"). (probe26: 15 posts for 3 answers.)
    func testChoicesAmongGivenAnswersAreFields() throws {
        let corpus = try loadFixture("""
            Tidsmerke,Kommune,Deltok du fysisk eller digitalt?,Vil du være med neste år?,Hvilken rolle har du?,Hvilket ord beskriver dagen?,Hva var det viktigste du lærte?
            18.10.2024 15:01:12,Tromsø,Fysisk,Ja,Rektor,Inspirerende,At vi må samarbeide mer med skolen.
            18.10.2024 15:02:40,Balsfjord,Digitalt,Ja,Lærer,Lærerikt,Samarbeid.
            18.10.2024 15:04:05,Karlsøy,Digitalt,Nei,Rektor,Inspirerende,Lite nytt for oss.
            18.10.2024 15:06:30,Lyngen,Fysisk,Ja,Lærer,Nyttig,Kulturskoletimen.
            """, name: "evaluering.csv")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Hvilket ord beskriver dagen?", "Hva var det viktigste du lærte?"])
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.count, 8)
        XCTAssertEqual(posts.prefix(2).map(\.text), ["Inspirerende", "At vi må samarbeide mer med skolen."])
        XCTAssertEqual(posts.map { $0.extra["Vil du være med neste år?"] }, ["Ja", "Ja", "Ja", "Ja", "Nei", "Nei", "Ja", "Ja"])
        XCTAssertEqual(posts.first?.extra["Hvilken rolle har du?"], "Rektor")
        XCTAssertFalse(corpus.warnings.contains { $0.contains("only the form's choices") }, "\(corpus.warnings)")
        // A respondent who only chose wrote nothing: no unit, and a warning says so (probe27).
        let chooser = try loadFixture("""
            Kommune,Deltok du fysisk?,Hva lærte du?
            Bodø,Ja,Mye.
            Rana,Nei,
            Alta,Ja,Lite.
            Vefsn,Ja,Nok.
            """, name: "velgere.csv")
        XCTAssertEqual(chooser.units.filter { $0.kind == .post }.map(\.municipalities), [["Bodø"], ["Alta"], ["Vefsn"]])
        XCTAssertTrue(chooser.warnings.contains { $0.contains("1 row answers only the form's choices (line 3)") }, "\(chooser.warnings)")
        XCTAssertTrue(FormColumns.asksAChoice("Hvor nyttig var dagen?"))
        XCTAssertFalse(FormColumns.asksAChoice("Hva var det viktigste du lærte?"))
        XCTAssertFalse(FormColumns.asksAChoice("Andre innspill"), "no question")
        XCTAssertFalse(FormColumns.asksAChoice("Hvilke fag mangler dere?"), "a list of one's own")
        // Two or three answers alike are not yet choices, and a form of choices only is still read (probe27: nothing was).
        let small = try loadFixture("Tidsmerke,Kommune,Hvilken rolle har du?\n1.1.2024 10:00,Bodø,Rektor\n1.1.2024 10:05,Rana,Rektor\n",
                                    name: "liten.csv")
        XCTAssertEqual(small.units.filter { $0.kind == .post }.map(\.text), ["Rektor", "Rektor"])
    }

    /// A second header row writing out the questions the first numbers: their wording, not a row of answers. A value
    /// read in part is named in the warning with what was read of it.
    func testASecondHeaderRowOfQuestions() throws {
        let corpus = try loadFixture("""
            Gruppe;Kommuner;Spørsmål 1;Spørsmål 2
            ;;Hva fungerer godt?;Hva er vanskelig?
            Gruppe 1;Trondheim (inkl. Klæbu);Kulturskoletimen.;Ventelister.
            """, name: "bred.csv")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Hva fungerer godt?", "Hva er vanskelig?"])
        XCTAssertEqual(prompts.map(\.line), [2, 2])
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.question), ["Hva fungerer godt?", "Hva er vanskelig?"])
        XCTAssertEqual(posts.map(\.municipalities), [["Trondheim"], ["Trondheim"]])
        XCTAssertTrue(corpus.warnings.contains { $0.contains("'Trondheim (inkl. Klæbu)' (line 3; read as Trondheim)") }, "\(corpus.warnings)")
    }

    /// A dot-voting sheet: the proposals ("Tiltak") are the text, the votes a field, and the totals row no post.
    func testADotVotingSheet() throws {
        let corpus = try loadFixture("""
            Nr;Tiltak;Foreslått av;Kommuner;Stemmer
            1;Felles kulturskoletime på hele Jæren;Gruppe 2;Time, Klepp, Hå;14
            2;Felles vikarbank for kulturskolelærere;Gruppe 3;Sola, Randaberg;9
            ;Sum;;;23
            """, name: "stemmer.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Felles kulturskoletime på hele Jæren", "Felles vikarbank for kulturskolelærere"])
        XCTAssertEqual(posts.map { $0.extra["Stemmer"] }, ["14", "9"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 2", "Gruppe 3"], "a column of group names is the group's")
    }

    /// A question written once over its group's answers (merged cells) is every one's question.
    func testAMergedQuestionIsFilledDownWithItsGroup() throws {
        let corpus = try loadFixture("Gruppe\tSpørsmål\tInnspill\nGruppe 1 – Hamar og Stange\t\t\n\tHva er viktigst?\tDet brede tilbudet.\n"
                                     + "\t\tSamarbeidet med katedralskolen.\n", name: "flett.tsv")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.question), ["Hva er viktigst?", "Hva er viktigst?"])
    }

    /// A form's short questions for the group and its municipalities ("Hvilken gruppe er dere?", "Hvilke kommuner er
    /// med i gruppa?") fill those fields; the time is found under Microsoft Forms' Norwegian name.
    func testQuestionsForTheGroupAndItsMunicipalities() throws {
        let corpus = try loadFixture("""
            ID;Fullføringstidspunkt;Hvilken gruppe er dere?;Hvilke kommuner er med i gruppa?;1. Hva fungerer godt?
            1;14.11.2024 10:21;2;Molde og Aukra;Faste møter.

            """, name: "forms.csv")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.question), ["Hva fungerer godt?"])
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Molde", "Aukra"]])
        XCTAssertEqual(posts.compactMap(\.posted).map(ISODate.string), ["2024-11-14T10:21:00"])
        XCTAssertEqual(TableReader.fieldAsked(by: "Hvordan samarbeider kommunene med skolen?"), nil)
    }

    /// A long table with a question column (a poll's title, "Spørsmål"): each question is a prompt before its first
    /// answer, and the answers link to it; a column of question numbers asks nothing in words.
    func testAQuestionColumnGivesAPromptPerQuestion() throws {
        let corpus = try loadFixture("""
            Poll,Answer,Participant,Submitted at (UTC)
            Hva hindrer samarbeid?,Ulike ringetider.,Kari,2024-11-14 09:31:40
            Hva trenger dere?,Lokaler.,Per,2024-11-14 09:33:00
            Hva hindrer samarbeid?,Skyss.,Ola,2024-11-14 09:35:00

            """, name: "slido.csv")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Hva hindrer samarbeid?", "Hva trenger dere?"])
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.prompt), [prompts[0].id, prompts[1].id, prompts[0].id])
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.author), ["Kari", "Per", "Ola"])
        let numbers = try loadFixture("Spørsmål\tSvar\n1\tMer tid.\n2\tLokaler.\n", name: "nummer.tsv")
        XCTAssertEqual(numbers.units.filter { $0.kind == .prompt }.count, 0)
    }

    /// An answer that opens with its group ("Gruppe 5 (Nes og Eidsvoll): ...") gives the group and its municipalities,
    /// and the answer is the rest; a first line that is the group's header alone stays a header.
    func testAnAnswerOpeningWithItsGroup() throws {
        let corpus = try loadFixture("""
            Answer
            Gruppe 5 (Nes og Eidsvoll): Felles planleggingsdag i august.
            "Gruppe 7: Lier og Drammen
            Mer tid."

            """, name: "svar.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 5", "Gruppe 7"])
        XCTAssertEqual(posts.map(\.municipalities), [["Nes", "Eidsvoll"], ["Lier", "Drammen"]])
        XCTAssertEqual(posts.map(\.text), ["Felles planleggingsdag i august.", "Mer tid."])
    }

    /// A body written in Markdown reads as its words: a bold group header is the header, "### Spørsmål 1" a label.
    func testABodyInMarkdown() throws {
        let corpus = try loadFixture("""
            Section,Title,Body,Created at (UTC)
            Dialogtema 1,,"**Gruppe 2: Drammen og Lier**

            ### Spørsmål 1
            Ungdomsråd.",2024-11-14 09:21:30

            """, name: "markdown.csv")
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(post.group, "Gruppe 2")
        XCTAssertEqual(post.municipalities, ["Drammen", "Lier"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.text), ["Ungdomsråd."])
    }

    /// Padlet's Norwegian interface of 2026 names its columns otherwise: "Publisert" (ISO, milliseconds, UTC) is the
    /// time, "Innleggs-URL" the post's link (not the attachment's), "Sist endret" and the colour are no fields.
    func testTheNorwegianColumnsOf2026() throws {
        let corpus = try loadFixture("""
            Seksjon,Tittel,Innhold,Vedlegg,Forfatter,Publisert,Sist endret,Innleggs-URL,Farge
            Runde 1,Gruppe 1: Sogndal og Luster,Lærerne!,https://padlet-uploads.example/bilde.jpg,Anonym,2026-02-05T08:14:33.000Z,2026-02-05T08:20:00.000Z,https://padlet.com/k/s/wish/17,blå

            """, name: "sogn.csv")
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(corpus.format, "padlet-csv")
        XCTAssertEqual(post.posted.map(ISODate.string), "2026-02-05T09:14:33")
        XCTAssertEqual(post.url, "https://padlet.com/k/s/wish/17")
        XCTAssertEqual(post.extra.keys.sorted(), ["Vedlegg"])
    }

    /// A post in the colour of the board's question boxes that names no group is the organisers' ("Siste runde"); a
    /// colour a group's post has too marks nobody.
    func testTheOrganisersColourMakesAPrompt() throws {
        let header = "Section,Title,Body,Post color,Created at (UTC)\n"
        let box = "Tema 1,Dialogspørsmål,1. Hva kan vi samarbeide om?,blue,2024-03-14 08:40:00 UTC\n"
        let group = "Tema 1,Gruppe 1: Bodø,1. Om SFO.,COLOUR,2024-03-14 09:10:00 UTC\n"
        let last = "Oppsummering,Siste runde,Skriv ett stikkord: Hva tar dere med hjem?,blue,2024-03-14 11:05:00 UTC\n"
        let marked = try loadFixture(header + box + group.replacingOccurrences(of: "COLOUR", with: "") + last, name: "farge.csv")
        XCTAssertEqual(marked.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 1"])
        let prompt = try XCTUnwrap(marked.units.last { $0.kind == .prompt })
        XCTAssertEqual(prompt.title, "Siste runde")
        XCTAssertEqual(prompt.question, "Skriv ett stikkord: Hva tar dere med hjem?")
        XCTAssertEqual(prompt.section, "Oppsummering")
        let shared = try loadFixture(header + box + group.replacingOccurrences(of: "COLOUR", with: "blue") + last, name: "farge.csv")
        XCTAssertEqual(shared.units.filter { $0.kind == .post }.map(\.title), ["Gruppe 1: Bodø", "Siste runde"])
    }

    /// Without a text column or a column named by a question, the error says both were looked for.
    func testATableWithNeitherIsRefused() {
        XCTAssertThrowsError(try loadFixture("navn,dato\nKari,2024-03-14\n", name: "ingen.csv")) { error in
            XCTAssertTrue("\(error)".contains("no text column found"), "\(error)")
            XCTAssertTrue("\(error)".contains("columns named by questions"), "\(error)")
        }
    }
}

/// A Padlet map board's CSV: each post has a location as the map names it.
final class MapBoardTests: XCTestCase {
    /// The location's parts that are municipalities are the post's: a town ("Kirkenes"), the county and the
    /// country are not; coordinates stay fields of their own.
    func testTheLocationGivesTheMunicipality() throws {
        let corpus = try loadFixture("""
            Title,Body,Location name,Latitude,Longitude,Created at (UTC)
            Kirkenes,<p>Grensekommune.</p>,"Kirkenes, Sør-Varanger, Troms og Finnmark, Norge",69.7271,30.0451,2024-02-06 09:15:10
            Unjárga,<p>Liten kulturskole.</p>,"Nesseby, Troms og Finnmark, Norge",70.1523,28.8569,2024-02-06 09:22:05

            """, name: "kart.csv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.municipalities), [["Sør-Varanger"], ["Nesseby"]])
        XCTAssertEqual(posts.map { $0.extra["Latitude"] }, ["69.7271", "70.1523"])
    }

    /// A map board printed from Padlet: the pin's place ("📍 Leknes, Vestvågøy, Nordland") gives the municipality and
    /// is no text; a title of municipalities' schools ("Vestvågøy og Flakstad kulturskoler") is the group; the map's
    /// attribution ("Kartdata ©2024 Google") is no post's text.
    func testAPrintedMapBoardsPinsAndTitles() throws {
        let corpus = try loadFixture("""
            Kulturskolerådet Nordland 11/12/2024

            Kulturskolekartet Nordland

            Anonym 11/18/24 9:14AM
            Vefsn
            📍 Mosjøen, Vefsn, Nordland
            Et band for ungdom.

            Anonym 11/18/24 9:26AM
            Vestvågøy og Flakstad kulturskoler
            📍 Leknes, Vestvågøy, Nordland
            Vi har felles rektor.

            Anonym 11/18/24 9:30AM
            📍 Bodø, Nordland
            Sommerskole.

            Kartdata ©2024 Google
            """, name: "kart.txt")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Et band for ungdom.", "Vi har felles rektor.", "Sommerskole."])
        XCTAssertEqual(posts.map(\.municipalities), [["Vefsn"], ["Vestvågøy", "Flakstad"], ["Bodø"]])
        XCTAssertEqual(posts.map(\.group), ["Vefsn", "Vestvågøy og Flakstad kulturskoler", nil])
    }
}

/// Where each row of a JSON export stands in its file.
final class JSONLineTests: XCTestCase {
    /// Each object of a JSON array has the line it starts on (strings with brackets and escaped quotes do not
    /// count), and an element that is no object is named with its line.
    func testEachObjectOfAnArrayHasItsOwnLine() throws {
        XCTAssertEqual(JSONReader.elementLines("[\n  {\"text\": \"a\"},\n  {\"text\": \"b [\\\"x\\\"] {\",\n   \"gruppe\": \"2\"},\n\n  {\"text\": \"c\"}\n]"), [2, 3, 6])
        let corpus = try loadFixture("[\n  {\"text\": \"Mer tid.\"},\n  {\"text\": \"Felles planer.\",\n   \"gruppe\": \"2\"}\n]\n", name: "svar.json")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.line), [2, 3])
        XCTAssertThrowsError(try loadFixture("[\n  {\"text\": \"a\"},\n  \"b\"\n]\n", name: "feil.json")) { error in
            XCTAssertTrue("\(error)".contains("feil.json:3"), "\(error)")
        }
    }

    /// An export that wraps its records in an object ({"board": ..., "sections": [...], "posts": [...]}) is read from
    /// the member holding them, each row with its own line; an object without such a member is refused.
    func testRecordsWrappedInAnObject() throws {
        let json = """
            {"board": "Samling", "sections": [{"id": 1}],
             "posts": [
              {"subject": "Gruppe 1 – Trondheim og Malvik", "body": "Mer tid."},
              {"subject": "Gruppe 2 – Levanger", "body": "Felles planer."}
             ]}
            """
        XCTAssertEqual(JSONReader.elementLines(json, member: "posts"), [3, 4])
        let posts = try loadFixture(json, name: "tavle.json").units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.line), [3, 4])
        let single = try loadFixture("{\"svar\": [{\"text\": \"Mer tid.\"}]}", name: "svar.json")
        XCTAssertEqual(single.units.filter { $0.kind == .post }.map(\.text), ["Mer tid."])
        XCTAssertThrowsError(try loadFixture("{\"a\": [{\"text\": \"x\"}], \"b\": [{\"text\": \"y\"}]}", name: "to.json")) { error in
            XCTAssertTrue("\(error)".contains("not an array of objects"), "\(error)")
        }
    }
}

/// Padlet CSV bodies written in the rich-text editor: its lists, and a box with one question.
final class PadletCSVListTests: XCTestCase {
    private func load(_ rows: String) throws -> Corpus {
        try loadFixture("Section,Title,Body,Created at (UTC)\n" + rows, name: "tavle.csv")
    }

    /// `<li><p>...</p></li>` keeps each item's number on its line, and `<ol start="2">` starts at 2: the box's
    /// questions are prompts 1 and 2, and the answers link to them.
    func testRichTextListsKeepTheirNumbers() throws {
        let corpus = try load("""
            Gruppedialog 1,Spørsmål til gruppene,"<ol><li><p>Hva fungerer godt?</p></li><li><p>Hva trenger dere?</p></li></ol>",2024-03-14 08:40:00
            Gruppedialog 1,Gruppe 3 – Vinje/Tokke,"<ol><li><p>Faste møter.</p></li></ol><ol start=""2""><li>Mer tid.</li></ol>",2024-03-14 09:12:44

            """)
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Hva fungerer godt?", "Hva trenger dere?"])
        XCTAssertEqual(prompts.map(\.line), [2, 2], "lines made from HTML are on the row's line of the file")
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.text), ["Faste møter.", "Mer tid."])
        XCTAssertEqual(segments.map(\.prompt), prompts.map(\.id))
    }

    /// A paragraph after a list is no part of the list's last item.
    func testAParagraphAfterAListIsALineOfItsOwn() throws {
        let corpus = try load("""
            Dialogtema 1,Gruppe 4: Nome,"<ul><li>Det fungerer godt.</li><li>Det er vanskelig å rekruttere.</li></ul><p>Vi er enige om resten.</p>",2024-03-14 09:12:44

            """)
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(post.text.components(separatedBy: "\n").last, "Vi er enige om resten.")
    }

    /// "Anonymous" (Slido, Padlet in English) and "Anonym" name no one: the unit has no author.
    func testAnAnonymousAuthorIsNoAuthor() throws {
        let corpus = try loadFixture("Tekst,Author,Votes\nKommer det nye midler?,Anonymous,8\nHva gjør Bodø?,Ola Nordmann,3\n",
                                     name: "slido.csv")
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.map(\.author), [nil, "Ola Nordmann"])
        XCTAssertTrue(Normaliser.namesNoOne(" Anonym "))
        XCTAssertFalse(Normaliser.namesNoOne("Anonyme Alkoholikere"))
    }

    /// Padlet's older export writes an author "Display Name (username)": the username is left out, a bracket
    /// that is part of a name is not, and other CSVs keep the author as written.
    func testAuthorsWithoutTheirPadletUsernames() throws {
        XCTAssertEqual(TableReader.withoutUsername("Kulturskolen i Sirdal (sirdalks)"), "Kulturskolen i Sirdal")
        XCTAssertEqual(TableReader.withoutUsername("Kari (Gruppe 2)"), "Kari (Gruppe 2)")
        XCTAssertEqual(TableReader.withoutUsername("(sirdalks)"), "(sirdalks)")
        let old = try loadFixture("Subject,Body,Author,Created At\nGruppe 1,<p>Mer tid.</p>,Liv Andebu (livandebu),2019-10-01 10:00:00\n",
                                  name: "gammel.csv")
        XCTAssertEqual(old.units.first { $0.kind == .post }?.author, "Liv Andebu")
        let other = try loadFixture("tekst,forfatter\nMer tid.,Kari (rektor)\n", name: "annen.csv")
        XCTAssertEqual(other.units.first { $0.kind == .post }?.author, "Kari (rektor)")
    }

    /// A post titled only "Oppgave" holds the organisers' task: its questions are prompts, and a column that
    /// asks one question has its unnumbered answers linked to it.
    func testATaskTitledOppgaveAndUnnumberedAnswersToAColumnsOneQuestion() throws {
        let corpus = try load("""
            Gruppedialog 1,Oppgave,"<p>1. Hva fungerer godt?</p><p>2. Hva trenger dere?</p>",2024-03-14 08:40:00
            Gruppedialog 1,Gruppe 1: Bodø,<p>1. Faste møter.</p><p>2. Mer tid.</p>,2024-03-14 09:00:00
            Gruppedialog 2,Spørsmål,<p>Hva tar dere med hjem?</p>,2024-03-14 11:00:00
            Gruppedialog 2,Gruppe 1: Bodø,<p>Ideen om en felles fagdag.</p>,2024-03-14 11:40:00

            """)
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Hva fungerer godt?", "Hva trenger dere?", "Hva tar dere med hjem?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .post }.count, 2)
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), prompts.map(\.id))
    }

    /// Items of a bullet list that carry their own numbers ("<ul><li>1. ...</li>") are numbered answers.
    func testNumberedItemsOfABulletList() throws {
        let corpus = try load("""
            Tema 1,Spørsmål til gruppene,"<ol><li>Hva fungerer?</li><li>Hva hindrer?</li></ol>",2024-09-19 10:40:00
            Tema 1,Gruppe 3 - Hamar,"<ul><li><p>1. Samarbeid med DKS.</p></li><li>2. Mangler lokaler.</li></ul>",2024-09-19 10:52:40

            """)
        let prompts = corpus.units.filter { $0.kind == .prompt }
        let segments = corpus.units.filter { $0.kind == .segment }
        XCTAssertEqual(segments.map(\.text), ["Samarbeid med DKS.", "Mangler lokaler."])
        XCTAssertEqual(segments.map(\.prompt), prompts.map(\.id))
    }

    /// A box titled "Spørsmål" that asks one question, unnumbered, asks question 1: "1." answers it.
    func testABoxWithOneQuestionAsksQuestionOne() throws {
        let corpus = try load("""
            Gruppedialog 2,Spørsmål,<p>Hva tar dere med hjem fra i dag?</p>,2024-03-14 11:00:00
            Gruppedialog 2,"Gruppe 9: Seljord, Kviteseid",<p>1. Kulturskolen kan spille på skoleavslutningene.</p>,2024-03-14 11:44:30

            """)
        let prompt = try XCTUnwrap(corpus.units.first { $0.kind == .prompt })
        XCTAssertEqual(prompt.question, "Hva tar dere med hjem fra i dag?")
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [prompt.id])
    }
}

/// JSON from other tools: nested authors, their keys for time and user.
final class JSONShapeTests: XCTestCase {
    /// Padlet's API nests a post's subject and body ({"attributes": {"content": {"subject": ..., "body": ...}}}):
    /// nested members are columns of their own, and "createdAt" is the time posted.
    func testNestedMembersAreColumns() throws {
        let corpus = try loadFixture("""
            {"data": [
              {"id": "1", "attributes": {"content": {"subject": "Gruppe 1: Sunnfjord og Kinn", "body": "<p>Valfag.</p>"},
                                         "createdAt": "2023-02-09T10:12:00Z", "webUrl": {"live": "https://padlet.com/x/wish/1"}}}
            ]}
            """, name: "api.json")
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(post.group, "Gruppe 1")
        XCTAssertEqual(post.municipalities, ["Sunnfjord", "Kinn"])
        XCTAssertEqual(post.text, "Valfag.")
        XCTAssertNotNil(post.posted)
        XCTAssertEqual(post.extra["live"], "https://padlet.com/x/wish/1")
    }

    /// A JSON:API document (Padlet's API with its sections and users included): each post takes the title of the
    /// section and the name of the user it links to; comments are no posts; an organiser's post of questions one to
    /// a paragraph, without numbers, asks them in order.
    func testLinkedResourcesOfAJSONAPIDocument() throws {
        let corpus = try loadFixture("""
            {"data": {"id": "b1", "type": "board", "attributes": {"title": "Dialogseminar Vestland"}},
             "included": [
              {"id": "u1", "type": "user", "attributes": {"name": "Kari Nesheim"}},
              {"id": "s2", "type": "section", "attributes": {"title": "Økt 2 – Veien videre"}},
              {"id": "p0", "type": "post", "attributes": {"content": {"subject": "Spørsmål til økt 2",
                 "body": "<p>Hva tar vi med oss hjem?</p><p>Hvem må vi snakke med først?</p>"}},
               "relationships": {"section": {"data": {"id": "s2", "type": "section"}}}},
              {"id": "p1", "type": "post", "attributes": {"content": {"subject": "Gruppe 1 – Bergen og Askøy",
                 "body": "<p>1) Faste møter.</p><p>2) Kommunalsjefen.</p>"}, "createdAt": "2025-03-12T09:21:40.000Z"},
               "relationships": {"section": {"data": {"id": "s2", "type": "section"}}, "author": {"data": {"id": "u1", "type": "user"}}}},
              {"id": "c1", "type": "comment", "attributes": {"body": "Enig!"}, "relationships": {"post": {"data": {"id": "p1", "type": "post"}}}}
             ]}
            """, name: "api.json")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["1) Faste møter.\n2) Kommunalsjefen."], "the comment is no post")
        XCTAssertEqual(posts.map(\.author), ["Kari Nesheim"])
        XCTAssertEqual(posts.map(\.section), ["Økt 2 – Veien videre"])
        XCTAssertEqual(posts.map(\.extra["post_id"]), ["p1"])
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Hva tar vi med oss hjem?", "Hvem må vi snakke med først?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), prompts.map(\.id))
        XCTAssertNil(JSONReader.linkedResources(["data": [["text": "a"]]]), "other JSON is read as before")
    }

    /// An author given as an object is its name; "created_at" is the time posted; "user" the author; a form's
    /// "Kommuner i gruppa" the municipalities.
    func testNestedAuthorsAndOtherToolsKeys() throws {
        let corpus = try loadFixture("""
            [{"text": "Mer tid.", "author": {"name": "Kari Berg", "username": "kberg"}, "created_at": "2024-09-19T10:14:31.000+02:00"},
             {"text": "Felles planer.", "author": "Per Moe", "Kommuner i gruppa": "Alta og Hammerfest"}]

            """, name: "api.json")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Kari Berg", "Per Moe"])
        XCTAssertEqual(posts.first?.posted.map(ISODate.string), "2024-09-19T10:14:31")
        XCTAssertEqual(posts.last?.municipalities, ["Alta", "Hammerfest"])
        let chat = try loadFixture("{\"user\": \"Per Moe\", \"text\": \"Enig.\"}\n", name: "chat.jsonl")
        XCTAssertEqual(chat.units.first { $0.kind == .post }?.author, "Per Moe")
    }
}
