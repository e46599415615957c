import InnspillTestSupport
import Foundation
import XCTest
@testable import InnspillCore

final class GazetteerFindTests: XCTestCase {
    let g = Gazetteer.standard

    /// The municipalities (display names) a header names, in order.
    func header(_ text: String) -> [String] {
        g.municipalities(inHeader: text).flatMap { $0.candidates.map(\.displayName) }
    }

    func found(_ text: String) -> [String] {
        g.find(in: text).flatMap { $0.candidates.map(\.displayName) }
    }

    /// A name against a dash, quotes or an ellipsis that are not ASCII is still a word of its own: the
    /// screen that lets most texts skip the search took "Hamar—det" for one unknown word.
    func testANameAgainstNonASCIIPunctuationIsFound() {
        XCTAssertEqual(found("Vi kom fra Hamar—det var langt."), ["Hamar"])
        XCTAssertEqual(found("Samarbeid med kulturskolen i «Bodø» og “Tromsø”."), ["Bodø", "Tromsø"])
        XCTAssertEqual(found("Vi besøkte Bergen… og Molde."), ["Bergen", "Molde"])
        XCTAssertEqual(found("Vi snakket om økonomi—og tid."), [], "no name, no match")
    }

    /// Every group header of the 2020 board, read from the file, and the municipalities it names.
    func testEveryGroupHeaderOfThe2020Board() throws {
        let url = try SharedData.file("corpora/padlet-2020-10-09-pilot-for-fremtiden.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let expected: [(line: Int, header: String, municipalities: [String])] = [
            (23, "16 Orkland, Osterøy, Tingvoll, Gjesdal", ["Orkland", "Osterøy", "Tingvoll", "Gjesdal"]),
            (45, "Gruppe 18: NMF, Namsos, Ullensaker", ["Namsos", "Ullensaker"]),
            (62, "Gruppe 12 Ulstein, Hattfjelldal og Vestre Toten", ["Ulstein", "Hattfjelldal", "Vestre Toten"]),
            (81, "Stranda, Stryn Valle, Inderøy", ["Stranda", "Stryn", "Valle", "Inderøy"]),
            (97, "Gruppe 6", []),
            (125, "Gruppe 2 - Bodø og Kongsberg", ["Bodø", "Kongsberg"]),
            (147, "Gruppe 8: Hyllestad/Fjaler, Vanylven", ["Hyllestad", "Fjaler", "Vanylven"]),
            (163, "Gruppe 1 Asker", ["Asker"]),
            (183, "Gruppe 4: Frøya og Gloppen (Gruppearbeid 2)", ["Frøya", "Gloppen"]),
            (197, "Gruppe 17: Vefsn, Malvik, Åfjord", ["Vefsn", "Malvik", "Åfjord"]),
            (237, "Gruppe 6", []),
            (239, "Holmestrand, Karmøy, Kvæfjord", ["Holmestrand", "Karmøy", "Kvæfjord"]),
            (271, "Gruppe 7 Øygarden.", ["Øygarden"]),
            (293, "Gruppe 10", []),
            (315, "Gruppe 15 - Grimstad, Lier, Hustavika, Indre Fosen og NMF", ["Grimstad", "Lier", "Hustadvika", "Indre Fosen"]),
            (383, "Gruppe 13, Steinkjer, Ås, Porsgrunn og NMF Sør", ["Steinkjer", "Ås", "Porsgrunn"]),
            (399, "Gruppe 3: Høyanger, Brønnøy, Gjesdal", ["Høyanger", "Brønnøy", "Gjesdal"]),
            (403, "Rom 9: Nes i Viken, Kvam", ["Nes", "Kvam"]),
            (418, "Gruppe 10, Vadsø og Målselv.", ["Vadsø", "Målselv"]),
            (426, "Gruppe 8: Hyllestad/Fjaler, Vannylven, Høyanger", ["Hyllestad", "Fjaler", "Vanylven", "Høyanger"]),
            (433, "Gruppe 4: Frøya og Gloppen", ["Frøya", "Gloppen"]),
            (446, "Gruppe 2: Bodø og Kongsberg", ["Bodø", "Kongsberg"]),
            (456, "Gruppe 12: Ulstein, Vestre Toten, Hattfjelldal", ["Ulstein", "Vestre Toten", "Hattfjelldal"]),
            (486, "Gruppe 11 Sarpsborg, Ullensvang", ["Sarpsborg", "Ullensvang"]),
            (504, "Rom 18 NMF, Ullensaker, Namsos.", ["Ullensaker", "Namsos"]),
            (521, "Gruppe 15: Grimstad, Lier, Hustavika, Indre Fosen og NMF", ["Grimstad", "Lier", "Hustadvika", "Indre Fosen"]),
            (527, "Orkland, Stjørdal, Tingvoll og Osterøy", ["Orkland", "Stjørdal", "Tingvoll", "Osterøy"]),
            (547, "Gruppe 17: Malvik, Vefsn, Åfjord", ["Malvik", "Vefsn", "Åfjord"]),
            (569, "Gruppe 13: Ås, Steinkjer, Porsgrunn og NMF Sør", ["Ås", "Steinkjer", "Porsgrunn"]),
            (588, "Gruppe 7: Øygarden kulturskule", ["Øygarden"]),
            (593, "Gruppe 1 Asker kommune", ["Asker"]),
            (612, "Stranda, Stryn, Valle, Inderøy", ["Stranda", "Stryn", "Valle", "Inderøy"]),
        ]
        for e in expected {
            XCTAssertEqual(lines[e.line - 1], e.header, "line \(e.line)")
            let matches = g.municipalities(inHeader: e.header)
            XCTAssertEqual(matches.compactMap(\.municipality?.name), e.municipalities, e.header)
            XCTAssertFalse(matches.contains(where: \.isAmbiguous), e.header)
        }
        XCTAssertEqual(g.municipalities(inHeader: "Rom 9: Nes i Viken, Kvam").first?.municipality?.number, "3228")
        XCTAssertEqual(g.municipalities(inHeader: "Rom 9: Nes i Viken, Kvam").first?.text, "Nes i Viken")
        XCTAssertEqual(g.municipalities(inHeader: "Gruppe 15 - Grimstad, Lier, Hustavika").last?.form, .variant)
        XCTAssertEqual(Organisations.names(in: "Gruppe 13, Steinkjer, Ås, Porsgrunn og NMF Sør"), ["Norges Musikkorps Forbund"])
    }

    /// A header in capitals without æ, ø and å, as typed on an English keyboard or OCR'd, names its places as the
    /// same header in mixed case does. (Only "AURLAND" was found.) An acronym of three letters stays no place.
    func testAHeaderInCapitalsWithoutTheirLettersNamesItsPlaces() {
        XCTAssertEqual(header("GRUPPE 5 - AURLAND, LAERDAL OG ARDAL"), ["Aurland", "Lærdal", "Årdal"])
        XCTAssertEqual(header("Gruppe 5 - Aurland, Laerdal og Ardal"), ["Aurland", "Lærdal", "Årdal"])
        XCTAssertEqual(header("GRUPPE 2: TROMSO OG NMF"), ["Tromsø"])
        XCTAssertEqual(header("GRUPPE 3: UKM OG DKS"), [])
    }

    func testOtherHeaderForms() {
        XCTAssertEqual(header("Dialogtema 1 - AskØygarden"), ["Askøy", "Øygarden"])
        XCTAssertEqual(header("Askøy-Øygarden"), ["Askøy", "Øygarden"])
        XCTAssertEqual(header("Dialogtema 2 - Gruppe: Førde"), ["Sunnfjord"])
        XCTAssertEqual(header("Trondheim, Gruppe 3"), ["Trondheim"])
        XCTAssertEqual(header("Gruppe 2, Oslo"), ["Oslo"])
        XCTAssertEqual(header("Kommunar: Sogndal, Luster, Førde"), ["Sogndal", "Luster", "Sunnfjord"])
        XCTAssertEqual(header("Gruppe 3: Gran, Lunner og Hole"), ["Gran", "Lunner", "Hole"])
        XCTAssertEqual(header("Gruppe 5: Hustadvik & Aukra"), ["Hustadvika", "Aukra"])
        XCTAssertEqual(header("Gruppe 5: Kárášjohka og Porsanger"), ["Karasjok", "Porsanger"])
        for none in ["Svar fra Rom 8.", "GRUPPE 5", "Gruppe nrvet-ikke 5/5/25 9:12AM", "Gruppe som Eva skriver for",
                     "Gruppe Eldbjørg, Anne Rita, Svetlana, Marthe og Sigrun", "Grupperom 1", "Dialogtema 2 - Gruppeoppgaver"] {
            XCTAssertEqual(header(none), [], none)
        }
    }

    func testSharedNamesResolveFromContextOrStayAmbiguous() {
        // Herøy with Ulstein (Møre og Romsdal) and with Alstahaug (Nordland).
        let a = g.municipalities(inHeader: "Gruppe 4: Herøy, Ulstein")
        XCTAssertEqual(a.first?.municipality?.number, "1515")
        XCTAssertTrue(a.first?.resolvedByContext ?? false)
        XCTAssertEqual(g.municipalities(inHeader: "Herøy og Alstahaug").first?.municipality?.number, "1818")
        XCTAssertEqual(g.municipalities(inHeader: "Herøy (Nordland)").first?.municipality?.number, "1818")
        XCTAssertEqual(g.municipalities(inHeader: "Våler i Hedmark").first?.municipality?.number, "3419")
        XCTAssertEqual(g.find(in: "Kulturskolen i Våler, Østfold").first?.municipality?.number, "3114")
        // Alone, Herøy keeps both candidates.
        let alone = g.municipalities(inHeader: "Gruppe 9: Herøy")
        XCTAssertEqual(alone.count, 1)
        XCTAssertTrue(alone[0].isAmbiguous)
        XCTAssertEqual(alone[0].candidates.map(\.displayName), ["Herøy (Møre og Romsdal)", "Herøy (Nordland)"])
        XCTAssertNil(alone[0].municipality)
        XCTAssertEqual(alone[0].fieldValue, "Herøy", "one value, the shared name, while the context leaves it open")
        XCTAssertEqual(g.municipalities(inHeader: "Gruppe 4: Herøy, Ulstein").first?.fieldValue, "Herøy (Møre og Romsdal)")
        // Nes: Nes in Akershus, or Nesbyen (Nes in Buskerud until 2020). Alone, the municipality that bears the name
        // today is meant; beside Gol and Hemsedal, Nesbyen.
        XCTAssertEqual(header("Rom 3: Nes"), ["Nes"])
        XCTAssertEqual(header("Rom 3: Nes, Eidsvoll og Ullensaker"), ["Nes", "Eidsvoll", "Ullensaker"])
        XCTAssertEqual(header("Rom 3: Nes, Gol og Hemsedal"), ["Nesbyen", "Gol", "Hemsedal"])
        XCTAssertEqual(header("Nes (Akershus)"), ["Nes"])
        // Bø in Vesterålen beside Hadsel; Bø in Telemark (Midt-Telemark since 2020) beside Seljord.
        XCTAssertEqual(header("Bø og Hadsel"), ["Bø", "Hadsel"])
        XCTAssertEqual(header("Bø og Seljord"), ["Midt-Telemark", "Seljord"])
        // A traditional region in one county qualifies a name as a county does, and counts as context.
        XCTAssertEqual(header("Herøy (Sunnmøre)"), ["Herøy (Møre og Romsdal)"])
        XCTAssertEqual(header("Sande (Sunnmøre) og Herøy (Møre og Romsdal)"), ["Sande", "Herøy (Møre og Romsdal)"])
        XCTAssertEqual(g.find(in: "Vi i Herøy og resten av Helgeland").first?.municipality?.number, "1818")
        // OCR's "g" for "ø" and "a" for "å" in a header's names (short names too, which near misses leave alone).
        XCTAssertEqual(header("Gruppe 3: Bodg, Fauske"), ["Bodø", "Fauske"])
        XCTAssertEqual(header("Gruppe 4: Tgnsberg og Rgst"), ["Tønsberg", "Røst"])
        XCTAssertEqual(header("Gruppe 2: Fgrde, Askgy"), ["Sunnfjord", "Askøy"])
        // Two shared names together narrow each other to the one county both have a place in; Nes and Våler share none.
        XCTAssertEqual(header("Gruppe 2: Herøy og Sande"), ["Herøy (Møre og Romsdal)", "Sande"])
        XCTAssertEqual(header("Nes og Våler"), ["Nes", "Våler (Østfold)", "Våler (Innlandet)"])
        XCTAssertEqual(g.municipalities(inHeader: "Nes og Våler").map(\.fieldValue), ["Nes", "Våler"])
        XCTAssertTrue(g.counties(named: "Vesterålen").contains("Nordland"))
    }

    func testFreeTextAvoidsCommonWords() {
        XCTAssertEqual(found("Time er en utfordring. Tid er en utfordring!"), [])
        XCTAssertEqual(found("Lier i dalen og hole veier."), [])
        XCTAssertEqual(found("Gran og furu vokser her. Sel er et dyr."), [])
        XCTAssertEqual(found("Vi har snakket med Anne Lund og Kari Strand."), [])
        XCTAssertEqual(found("Kulturskolene i Lier og Ås samarbeider."), ["Lier", "Ås"])
        XCTAssertEqual(found("Time kommune har en ny plan."), ["Time"])
        XCTAssertEqual(found("Gruppe 13: Ås, Steinkjer, Porsgrunn og NMF Sør"), ["Ås", "Steinkjer", "Porsgrunn"])
        XCTAssertEqual(found("Stranda, Stryn Valle, Inderøy"), ["Stranda", "Stryn", "Valle", "Inderøy"])
        XCTAssertEqual(found("Hole og Ringerike samarbeider."), ["Hole", "Ringerike"])
        // Two names that are common words: the one inside the sentence has a capital only a name has.
        XCTAssertEqual(found("Lom og Sel samarbeider om lærere."), ["Lom", "Sel"])
        XCTAssertEqual(found("Ål og Hol har felles kulturskole."), ["Ål", "Hol"])
        XCTAssertEqual(found("Sel og ål lever i havet."), [], "no capital inside the sentence: animals")
        XCTAssertEqual(found("Time og tid. Sola skinner, og sola varmer."), [])
        XCTAssertEqual(found("Nes:\n- Samskaping på tvers"), ["Nes"])
        XCTAssertEqual(found("-Tingvoll: Gi en utviklingsretning"), ["Tingvoll"])
    }

    /// A place name after a given name is a surname, also at a line's start and for names that are no
    /// common word: participant lists and hosts are written so ("- Kari Nes, Suldal", "Vertskap: Line Ås").
    func testSurnamesAfterGivenNamesAreNoPlaces() {
        XCTAssertEqual(found("- Kari Nes, Suldal kulturskule"), ["Suldal"])
        XCTAssertEqual(found("Siri Fjell og Per Sørfold var med."), [])
        XCTAssertEqual(found("Vertskap: Line Ås\nVertskap: Anne Lødingen (Kulturskolerådet)"), [])
        XCTAssertEqual(found("Kari reiste til Sørfold."), ["Sørfold"], "a given name elsewhere in the sentence changes nothing")
        XCTAssertEqual(found("KARI SØRFOLD skrev."), ["Sørfold"], "capitals are a heading's, not a given name's")
    }

    func testFreeTextFromTheExports() {
        XCTAssertEqual(found("Hustadvika har jobbet en del med laget rundt barnet"), ["Hustadvika"])
        XCTAssertEqual(found("Viktig strukturgrep å ha felles møter! Gol har strukturen på plass"), ["Gol"])
        XCTAssertEqual(found("Grue er fysisk plassert og organisert sammen med skolen"), ["Grue"])
        XCTAssertEqual(found("Hva vil dere løfte frem som nyttige punkter fra Larviks praksis?"), ["Larvik"])
        XCTAssertEqual(found("Hva i Vestre Totens og Osterøys presentasjon merket du deg ved"), ["Vestre Toten", "Osterøy"])
        XCTAssertEqual(found("En kulturskole tenker de trenger studietur til Vestre\nToten!"), ["Vestre Toten"])
        XCTAssertEqual(found("er god til å tenke \"utenfor boksen\" (ref. Harry-Potter-dag, Beiarn)"), ["Beiarn"])
        XCTAssertEqual(found("samarbeidet mellom Osterøy og arkitekthøgskolen i Bergen"), ["Osterøy", "Bergen"])
        XCTAssertEqual(found("ASKER KULTURSKOLE 5/5/25 9:54AM"), ["Asker"])
        XCTAssertEqual(found("Bedre samarbeid med fokus på Søndre Asker (Tofte og Sætre)."), ["Asker"])
        XCTAssertEqual(found("Samarbeid med Nord-Odal og Sør-Varanger."), ["Nord-Odal", "Sør-Varanger"])
        XCTAssertEqual(found("Dialogtema 1 - AskØygarden"), ["Askøy", "Øygarden"])
        XCTAssertEqual(found("Vi møtte folk fra ÅLESUND og Ålesunds kulturskole."), ["Ålesund", "Ålesund"])
        XCTAssertEqual(found("ingen navn her, bare små ord."), [])
        let m = g.find(in: "Vi besøkte Nes i Viken i fjor")
        XCTAssertEqual(m.first?.text, "Nes i Viken")
        XCTAssertEqual(m.first?.municipality?.number, "3228")
        let text = "Før Ålesund og Hustavika"
        for match in g.find(in: text) { XCTAssertEqual(String(text[match.range]), match.text) }
    }

    /// The examples in the doc comments.
    func testDocumentationExamples() {
        XCTAssertEqual(g.lookup("Orkdal").map(\.name), ["Orkland"])
        XCTAssertEqual(g.lookup("hustavika").map(\.name), ["Hustadvika"])
        XCTAssertEqual(g.municipalities(inHeader: "Gruppe 8: Hyllestad/Fjaler, Vannylven").map(\.text), ["Hyllestad", "Fjaler", "Vannylven"])
        XCTAssertEqual(g.find(in: "Vi har lært mye av Larviks modell").first?.municipality?.name, "Larvik")
        let m = g.find(in: "Kulturskolen i Herøy og Ulstein")[0]
        XCTAssertEqual(m.text, "Herøy")
        XCTAssertEqual(m.municipality?.displayName, "Herøy (Møre og Romsdal)")
        XCTAssertEqual(g.find(in: "Time er knapp. Vi besøkte Kulturkarusellen i Bergen.").map(\.text), ["Bergen"])
        XCTAssertEqual(g.municipality(number: "5610")?.parallelNames, ["Kárášjohka"])
        XCTAssertEqual(g.county(of: "Herøy (Nordland)"), "Nordland")
        XCTAssertEqual(Organisations.find(in: "Gruppe 18: NMF, Namsos. Få faglig støtte fra kulturskolerådet og KS").map(\.name),
                       ["Norges Musikkorps Forbund", "Norsk kulturskoleråd", "KS"])
        XCTAssertEqual(Organisations.names(in: "samarbeid med DKS og Udir"), ["Den kulturelle skolesekken", "Utdanningsdirektoratet"])
    }

    func testOrganisations() {
        XCTAssertEqual(Organisations.names(in: "Gruppe 18: NMF, Namsos, Ullensaker"), ["Norges Musikkorps Forbund"])
        XCTAssertEqual(Organisations.names(in: "Få faglig støtte fra kulturskolerådet og KS"), ["Norsk kulturskoleråd", "KS"])
        XCTAssertEqual(Organisations.names(in: "Hva betaler vi for når vi betaler kontingent til kulturskolerådet?"), ["Norsk kulturskoleråd"])
        XCTAssertEqual(Organisations.names(in: "Stor mestring på UKM! samarbeid med DKS, og Udir"),
                       ["Ung kultur møtes", "Den kulturelle skolesekken", "Utdanningsdirektoratet"])
        XCTAssertEqual(Organisations.names(in: "KIM ANDRE VIAN BJERKESTRAND - NORSK MUSIKKRÅD (OG REFERENT FOR GRUPPE 3)"), ["Norsk musikkråd"])
        XCTAssertEqual(Organisations.names(in: "NAV og Kunnskapsdepartementet, Norges Musikkorps Forbund"),
                       ["NAV", "Kunnskapsdepartementet", "Norges Musikkorps Forbund"])
        XCTAssertEqual(Organisations.names(in: "DKS-produksjoner og kulturskolerådets rammeplan"), ["Den kulturelle skolesekken", "Norsk kulturskoleråd"])
        // Services of the municipality are not organisations; lower-case acronyms are words.
        XCTAssertEqual(Organisations.names(in: "PPT og SFO, barnevern og MIKS; ks og nav"), [])
        XCTAssertEqual(Organisations.canonicalName(for: "Kulturskolerådet"), "Norsk kulturskoleråd")
        XCTAssertNil(Organisations.canonicalName(for: "ks"))
    }
}
