import InnspillTestSupport
import Foundation
import InnspillText
import XCTest
@testable import InnspillCore

final class RepairTests: XCTestCase {
    override func setUpWithError() throws {
        guard NorwegianDictionaries.shared != nil else {
            throw XCTSkip("needs hunspell-no (/usr/share/hunspell/nb_NO, nn_NO): apt-get install hunspell-no")
        }
    }

    /// Repairs one token in OCR mode; the token itself when unchanged.
    func fixed(_ token: String) -> String { TextRepairer.ocr.repair(token).text }

    /// Damaged tokens from the 2025 OCR export and what they should become.
    func testDamagedTokensFromThe2025Export() {
        let table: [(String, String)] = [
            ("bgr", "bør"), ("gjgres", "gjøres"), ("@ygarden", "Øygarden"), ("mgter", "møter"),
            ("gkonomi", "økonomi"), ("ngdvendigvis", "nødvendigvis"), ("0ss", "oss"), ("pa", "på"),
            ("ogsa", "også"), ("ogsd", "også"), ("ogsé", "også"), ("mé", "må"), ("gé", "gå"), ("Ma", "Må"),
            ("veere", "være"), ("Veere", "Være"), ("vaere", "være"), ("leerere", "lærere"), ("lerere", "lærere"),
            ("Spersmal", "Spørsmål"), ("Dialogspersmal", "Dialogspørsmål"), ("Etterspgrsel", "Etterspørsel"),
            ("ASK@Y", "ASKØY"), ("Ostergy", "Osterøy"), ("Ostergys", "Osterøys"), ("MUSIKKRAD", "MUSIKKRÅD"),
            ("kulturskolelaerere", "kulturskolelærere"), ("baerer", "bærer"), ("aerlig", "ærlig"),
            ("svaert", "svært"), ("Veaere", "Være"), ("Avgjerende", "Avgjørende"), ("Avgjgrende", "Avgjørende"),
            ("gjennomfering", "gjennomføring"), ("fullfert", "fullført"), ("herer", "hører"), ("metes", "møtes"),
            ("preve", "prøve"), ("sterste", "største"), ("samfunnsakter", "samfunnsaktør"), ("mél", "mål"),
            ("nér", "når"), ("gér", "går"), ("pé", "på"), ("mélrettet", "målrettet"), ("&r", "år"),
            ("opplering", "opplæring"), ("leringsmiljo", "læringsmiljø"), ("oppvekstmiljo", "oppvekstmiljø"),
            ("talmodighet", "tålmodighet"), ("forstaelse", "forståelse"), ("tjenesteomrade", "tjenesteområde"),
            ("byrakratisk", "byråkratisk"), ("ordinare", "ordinære"), ("kunsthindverk", "kunsthåndverk"),
            ("arkitekthggskolen", "arkitekthøgskolen"), ("bergrer", "berører"), ("mogteplasser", "møteplasser"),
            ("sgknadsskriving", "søknadsskriving"), ("Eldbjgrg", "Eldbjørg"), ("@nsker", "Ønsker"),
            ("2-lerer-ordning", "2-lærer-ordning"), ("abygge", "å bygge"), ("Aveare", "Å være"),
            ("hatydelige", "ha tydelige"), ("lamerke", "la merke"), ("famed", "få med"), ("dpen", "åpen"),
            ("pd", "på"), ("sd", "så"), ("nar", "når"), ("Nar", "Når"), ("gjore", "gjøre"), ("lofte", "løfte"),
            ("TRINESJ@LYST", "TRINESJØLYST"), ("Dialogsporsmal", "Dialogspørsmål"), ("moteplassene", "møteplassene"),
            ("arshjul", "årshjul"), ("dialogokt", "dialogøkt"), ("ber", "ber"), ("megter", "møter"),
            ("miljparbeidere", "miljøarbeidere"),
        ]
        for (damaged, expected) in table {
            XCTAssertEqual(fixed(damaged), expected, damaged)
        }
    }

    /// Tokens that are right as written, or that are not ours to change.
    /// A "0" for "ø", where "o" would make a word too ("b0r": "bør", not "bor"); "0ss" is still "oss".
    /// "ae" in a short word is "æ" ("naer" is "nær", not the "nåer" hunspell also knows); in a noun in -a with the
    /// plural ending ("arenaer") it stays.
    func testAeInAShortWordIsAnÆ() {
        XCTAssertEqual(["naer", "arenaer"].map(fixed), ["nær", "arenaer"])
    }

    func testAZeroIsAnØBeforeAnO() {
        XCTAssertEqual(["b0r", "gj0re", "f0rst", "0ss"].map(fixed), ["bør", "gjøre", "først", "oss"])
    }

    /// A word the seminars use all the time wins over a compound hunspell builds with fewer changes: "Sp0rsmal" is
    /// "Spørsmål" (two letters), not "Sporsmal" ("spor" + "smal", one).
    func testAFrequentWordWinsOverACheaperCompound() {
        XCTAssertEqual(fixed("Sp0rsmal"), "Spørsmål")
        XCTAssertEqual(fixed("sp0rsmalet"), "spørsmålet")
    }

    /// A word's "Ø" read as "@" is a small letter in the middle of a sentence, a capital after one ends, and a name's
    /// capital always.
    func testTheCaseOfAnØReadAsAnAt() {
        XCTAssertEqual(fixed("Vi @nsker mer tid."), "Vi ønsker mer tid.")
        XCTAssertEqual(fixed("Det er bra. @nsker mer tid."), "Det er bra. Ønsker mer tid.")
        XCTAssertEqual(fixed("Vi samarbeider med @ygarden."), "Vi samarbeider med Øygarden.")
    }

    func testTokensThatMustStay() {
        let table = [
            "bra", "Gol", "Grue", "PPT", "UKM", "MIKS", "DKS", "SFO", "NMF", "KS", "VK", "Larvik", "Larviks",
            "Hustadvika", "Posaas", "Hege", "Svetlana", "Sigrun", "BJERKESTRAND", "DEPENDABLEPUMA",
            "SIGRUNFOSTAD", "kulturskole", "samskaping", "samarbeidskulturen", "utfordringsbildet",
            "komfortsona", "mattetime", "arenaer", "kulturarenaer", "Fyrverkeriet", "Beiarn", "Harry-Potter-dag",
            "5/5/259:08AM", "5/5/25", "9:12AM", "2025", "3.0", "18-25", "1.", "https://padlet.com/hpo5/wish/9kmlZVkjEYNeWpgV",
            "post@kulturskolen.no", "idémyldring", "idé", "AvKlare", "iPad", "MIKS-skolene", "PPT-tjenesten",
            "spes.ped", "f.eks.", "QoD", "Qo", "Do", "(]", "Vere", "vare", "var", "gjere", "ber", "ÆØÅ",
            "være", "på", "også", "Øygarden", "Osterøy", "in", "it", "What's", "mote", "spor", "smal", "a)", "b)",
            "@kulturhuset", "wi-fi", "\u{FFFD}",
        ]
        for token in table {
            let outcome = TextRepairer.ocr.repair(token)
            XCTAssertEqual(outcome.text, token, token)
            XCTAssertTrue(outcome.changes.isEmpty, "\(token): \(outcome.changes)")
        }
    }

    /// "å" read as a lone "a", "4", "&", "d" or "8": only before a word that looks like an infinitive.
    /// A lone "å" and the word after it, both repaired, are one change in the log: "4 fa" -> "å få".
    func testALoneAAndTheWordAfterItAreOneChange() {
        let outcome = TextRepairer.ocr.repair("interessert i 4 fa til noe")
        XCTAssertEqual(outcome.text, "interessert i å få til noe")
        XCTAssertEqual(outcome.changes.map { "\($0.original) -> \($0.repaired)" }, ["4 fa -> å få"])
    }

    /// Ligatures kept as their own characters (Acrobat's text) are their letters, and a symbol font's bullet glyph a
    /// bullet, in clean text as in OCR'd text; each is a logged change.
    func testLigatureCharactersAndSymbolFontBullets() {
        for repairer in [TextRepairer.clean, TextRepairer.ocr] {
            let outcome = repairer.repair("\u{F0B7} Hvordan kan tilbudene \u{FB01}nansieres og bli \u{FB02}eksible og o\u{FB03}sielle?")
            XCTAssertEqual(outcome.text, "• Hvordan kan tilbudene finansieres og bli fleksible og offisielle?")
            XCTAssertEqual(outcome.changes.map(\.kind), [.encoding, .ligature, .ligature, .ligature])
        }
        XCTAssertEqual(TextRepairer.clean.repair("Et \u{F0B7} midt i").text, "Et \u{F0B7} midt i", "only a line's first mark is a bullet")
    }

    func testLoneAInContext() {
        let cases: [(String, String)] = [
            ("Viktig a skaffe seg allierte", "Viktig å skaffe seg allierte"),
            ("Jobbe systematisk for 4 bygge opp", "Jobbe systematisk for å bygge opp"),
            ("Viktig & skape moteplassene", "Viktig å skape møteplassene"),
            ("interessert i 4 fa til noe", "interessert i å få til noe"),
            ("for 8 komme videre", "for å komme videre"),
            ("for d kunne jobbe bedre", "for å kunne jobbe bedre"),
            ("A tenke pa tvers", "Å tenke på tvers"),
            ("1 person kan skrive", "1 person kan skrive"),
            ("Kulturskolelærere er interessert i a", "Kulturskolelærere er interessert i å"),
            ("Gruppe 4", "Gruppe 4"),
            ("Rom 4", "Rom 4"),
            ("Svar til spørsmål 4", "Svar til spørsmål 4"),
            ("a) første punkt, b) andre punkt", "a) første punkt, b) andre punkt"),
            ("Plan a er best", "Plan a er best"),
            ("vi har 4 ansatte", "vi har 4 ansatte"),
            ("barn & unge", "barn & unge"),
            ("kunst & kultur", "kunst & kultur"),
            ("Vi ber bli flinkere", "Vi bør bli flinkere"),
            ("Vi ber om hjelp", "Vi ber om hjelp"),
            ("Bade Gol og Grue kulturskoler", "Både Gol og Grue kulturskoler"),
            ("og sa har noen av de andre", "og så har noen av de andre"),
            ("hun sa at det var fint", "hun sa at det var fint"),
            ("Far vi utnyttet den optimalt?", "Får vi utnyttet den optimalt?"),
            ("far og mor", "far og mor"),
            ("at arbeidet ikke blir s tilfeldig", "at arbeidet ikke blir så tilfeldig"),
            ("Rektor sa at de var positive", "Rektor sa at de var positive"),
            ("En far sa til meg", "En far sa til meg"),
            ("«Vi må samarbeide», sa rektor", "«Vi må samarbeide», sa rektor"),
            ("Sa viktig", "Så viktig"),
            ("om vi har felles mal eller", "om vi har felles mål eller"),
            ("vi har en mal for søknader", "vi har en mal for søknader"),
            ("ein fast mal for søknader", "ein fast mal for søknader"),
            ("pa mange mater", "på mange måter"),
            ("Lærerne mater inn data", "Lærerne mater inn data"),
            ("Det er nødvendig a førebu elevane", "Det er nødvendig å førebu elevane"),
            ("opne for a sjå kvarandre", "opne for å sjå kvarandre"),
            ("folk til a møtes", "folk til å møtes"),
            ("Vi har fatt til et godt samarbeid", "Vi har fått til et godt samarbeid"),
            ("Vi har fatt fatt i rektor", "Vi har fått fatt i rektor"),
            ("Fag som matte og norsk", "Fag som matte og norsk"),
            ("siste mote fra Paris", "siste mote fra Paris"),
            ("Rising Star i Oslo", "Rising Star i Oslo"),
            ("Har vi fatt svar?", "Har vi fått svar?"),
            ("Vi fikk fatt i rektor", "Vi fikk fatt i rektor"),
            ("Vi matte vente lenge", "Vi måtte vente lenge"),
            ("Elevene matte vente", "Elevene måtte vente"),
            ("timer i matte og norsk", "timer i matte og norsk"),
            ("Det var et godt mote", "Det var et godt møte"),
            ("et mote med rektor i morgen", "et møte med rektor i morgen"),
            ("Vi laget mote med gjenbruk", "Vi laget mote med gjenbruk"),
            ("Hun sa at kurset i mote var fullt", "Hun sa at kurset i mote var fullt"),
            ("Elevene star pa scenen", "Elevene står på scenen"),
            ("det star i planen", "det står i planen"),
            ("Rising Star er et band", "Rising Star er et band"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(TextRepairer.ocr.repair(input).text, expected, input)
        }
    }

    /// The 2025 export's list bullets, OCR'd as a lone "e" starting a line, become bullets again (so the
    /// item starts a line of its own and "e" is no word in the statistics); an "e" elsewhere stays.
    func testABulletReadAsALoneEIsABulletAgain() {
        let cases: [(String, String)] = [
            ("e Sette av tid", "• Sette av tid"),
            ("e abygge over tid", "• å bygge over tid"),
            ("e 2-lerer-ordning", "• 2-lærer-ordning"),
            ("vitamin e og C", "vitamin e og C"),
            ("e", "e"),
            ("e-post til alle", "e-post til alle"),
            ("e.g. this", "e.g. this"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(TextRepairer.ocr.repair(input).text, expected, input)
        }
        XCTAssertEqual(TextRepairer.clean.repair("e Sette av tid").text, "e Sette av tid", "clean text is not OCR'd")
        let changes = TextRepairer.ocr.repair("e Jsette av tid").changes
        XCTAssertEqual(changes.map(\.original), ["e Jsette"], "reported with the word after it")
        XCTAssertEqual(changes.map(\.repaired), ["• Jsette"])
    }

    /// The same board's round bullets OCR'd as "¢", "«" or "»" alone at a line's start; a quotation mark that opens a
    /// quote (no space after it) and a mark before icon debris stay.
    func testABulletReadAsACentOrAQuotationMarkIsABulletAgain() {
        let cases: [(String, String)] = [
            ("¢ Kombinasjonsstillinger", "• Kombinasjonsstillinger"),
            ("« Hva kan vi gjore sammen?", "• Hva kan vi gjøre sammen?"),
            ("» mangel pa kultur for samarbeid", "• mangel på kultur for samarbeid"),
            ("¢ @nsker mer", "• Ønsker mer"),
            ("«Kulturskolen for alle» sa hun", "«Kulturskolen for alle» sa hun"),
            ("» “?%@W « &@ Dialogspersmal", "» “?%@W « &@ Dialogspørsmål"),
            ("Det koster 5 ¢ per elev", "Det koster 5 ¢ per elev"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(TextRepairer.ocr.repair(input).text, expected, input)
        }
        XCTAssertEqual(TextRepairer.clean.repair("¢ Kombinasjonsstillinger").text, "¢ Kombinasjonsstillinger", "clean text is not OCR'd")
    }

    func testLigatures() {
        let cases: [(String, String)] = [
            ("\u{FFFD}nansiering", "finansiering"), ("\u{FFFD}ere", "flere"), ("re\u{FFFD}eksjon", "refleksjon"),
            ("o\u{FFFD}entlig", "offentlig"), ("\u{FFFD}nne", "finne"), ("Kon\u{FFFD}ikt", "Konflikt"),
            ("e\u{FFFD}ektiv", "effektiv"), ("\u{FFFD}eksibel", "fleksibel"), ("pro\u{FFFD}lering", "profilering"),
        ]
        for (input, expected) in cases {
            // Ligatures are repaired in every mode.
            XCTAssertEqual(TextRepairer.clean.repair(input).text, expected, input)
            XCTAssertEqual(TextRepairer.ocr.repair(input).text, expected, input)
        }
        let outcome = TextRepairer.clean.repair("Hvordan sikre \u{FFFD}nansiering?\nVi trenger \u{FFFD}ere og re\u{FFFD}eksjon.")
        XCTAssertEqual(outcome.text, "Hvordan sikre finansiering?\nVi trenger flere og refleksjon.")
        XCTAssertEqual(outcome.changes, [
            RepairOutcome.Change(lineOffset: 0, original: "\u{FFFD}nansiering", repaired: "finansiering", kind: .ligature),
            RepairOutcome.Change(lineOffset: 1, original: "\u{FFFD}ere", repaired: "flere", kind: .ligature),
            RepairOutcome.Change(lineOffset: 1, original: "re\u{FFFD}eksjon", repaired: "refleksjon", kind: .ligature),
        ])
        // A replacement character that makes no word stays.
        XCTAssertEqual(TextRepairer.clean.repair("x\u{FFFD}q").text, "x\u{FFFD}q")
        // Where no ligature fits but æ, ø or å does, it was a Latin-1 byte: kind encoding.
        let lost = TextRepairer.clean.repair("Vi m\u{FFFD} v\u{FFFD}re der, ogs\u{FFFD} i \u{FFFD}konomien.")
        XCTAssertEqual(lost.text, "Vi må være der, også i økonomien.")
        XCTAssertTrue(lost.changes.allSatisfy { $0.kind == .encoding })
    }

    func testCleanModeLeavesOCRLookalikesAlone() {
        let text = "Vi ma se pa dette og bgr gjøre mer."
        XCTAssertEqual(TextRepairer.clean.repair(text).text, text)
        XCTAssertFalse(TextRepairer.looksOCRDamaged("Vi må se på dette, også når det er vanskelig."))
        XCTAssertTrue(TextRepairer.looksOCRDamaged("Vi ma se pa dette, ogsa nar det er vanskelig."))
        XCTAssertFalse(TextRepairer.looksOCRDamaged("Vi ma se pa dette. Spørsmål til lærere: hva må vi gjøre, og når? Ogsa dette."),
                       "three damaged markers beside five correct ones: typed text with a few slips, as often as OCR output")
    }

    func testChangesCarryLineOffsetsAndKeepPunctuation() {
        let outcome = TextRepairer.ocr.repair("Hei.\n«Hva kan vi gjore?» pa UKM!\n\n(ogsa)")
        XCTAssertEqual(outcome.text, "Hei.\n«Hva kan vi gjøre?» på UKM!\n\n(også)")
        XCTAssertEqual(outcome.changes.map(\.lineOffset), [1, 1, 3])
        XCTAssertEqual(outcome.changes.map(\.original), ["gjore", "pa", "ogsa"])
        XCTAssertTrue(outcome.changes.allSatisfy { $0.kind == .ocr })
        // The reader's line interface gives the same.
        let (line, changes) = TextRepairer.ocr.repair(line: "Vi ma  bygge pa  tvers ", followedBy: nil)
        XCTAssertEqual(line, "Vi må  bygge på  tvers ")
        XCTAssertEqual(changes.count, 2)
    }

    /// The examples in the doc comments.
    func testDocumentationExamples() {
        let outcome = TextRepairer.ocr.repair("Viktig a skaffe\nseg allierte pa jobben")
        XCTAssertEqual(outcome.text, "Viktig å skaffe\nseg allierte på jobben")
        XCTAssertEqual(outcome.changes, [
            RepairOutcome.Change(lineOffset: 0, original: "a skaffe", repaired: "å skaffe", kind: .ocr),
            RepairOutcome.Change(lineOffset: 1, original: "pa", repaired: "på", kind: .ocr),
        ])
        XCTAssertEqual(TextRepairer.ocr.repair("Vi ma jobbe for 4 bygge\nopp en \u{FFFD}nansiering").text,
                       "Vi må jobbe for å bygge\nopp en finansiering")
    }

    func testDeterministicAndCached() {
        let text = "Kulturskolen mé nok heretter samarbeide mer mot skolen, ogsd med tanke pa rekruttering."
        let a = TextRepairer.ocr.repair(text), b = TextRepairer.ocr.repair(text)
        XCTAssertEqual(a, b)
        XCTAssertEqual(TextRepairer(ocr: .on).repair(text), a)
    }

    func testSpeedOnCleanText() throws {
        let url = try SharedData.file("corpora/padlet-2020-10-09-pilot-for-fremtiden.txt")
        let clean = try String(contentsOf: url, encoding: .utf8)
        let big = String(repeating: clean + "\n", count: 100)  // about 3 MB
        let repairer = TextRepairer.forDocument(big)
        XCTAssertTrue(repairer === TextRepairer.clean)
        var t0 = Date()
        XCTAssertEqual(repairer.repair(big).changes.count, 0)
        let cleanSeconds = Date().timeIntervalSince(t0)
        t0 = Date()
        _ = TextRepairer.ocr.repair(big)
        let ocrSeconds = Date().timeIntervalSince(t0)
        let mb = Double(big.utf8.count) / 1_000_000
        print(String(format: "repair speed: clean mode %.0f MB/s, OCR mode %.1f MB/s", mb / cleanSeconds, mb / ocrSeconds))
        XCTAssertLessThan(cleanSeconds, 5)
    }
}

/// A line far longer than a window is repaired a window at a time: the same text where nothing
/// changes, and the same repairs as its windows repaired alone.
final class RepairWindowTests: XCTestCase {
    func testALongLineIsCutJustAfterSpacesIntoWindowsThatJoinToTheLine() {
        let word = "kulturskolen "
        let line = String(repeating: word, count: 3 * TextRepairer.windowBytes / word.utf8.count) + "slutt"
        let windows = TextRepairer.windows(of: line)
        XCTAssertEqual(windows.count, 3)
        XCTAssertEqual(windows.joined(), line)
        for window in windows.dropLast() {
            XCTAssertEqual(window.last, " ", "a window ends just after a space")
            XCTAssertGreaterThan(window.utf8.count, TextRepairer.windowBytes)
        }
        XCTAssertEqual(TextRepairer.windows(of: "kort linje").map(String.init), ["kort linje"])
        let unbroken = String(repeating: "x", count: 2 * TextRepairer.windowBytes)
        XCTAssertEqual(TextRepairer.windows(of: unbroken).map(String.init), [unbroken], "no space: one piece")
    }

    /// "både ... og" read on past a line's end, as the PDF wrapped it; and "-står"/"-går" verbs whose ring OCR lost,
    /// which hunspell takes for compounds with "star" and "gar".
    func testContextAcrossALineEndAndRinglessVerbs() throws {
        guard NorwegianDictionaries.shared != nil else {
            throw XCTSkip("needs hunspell-no (/usr/share/hunspell/nb_NO, nn_NO): apt-get install hunspell-no")
        }
        let repairer = TextRepairer.ocr
        XCTAssertEqual(repairer.repair("Foregar undervisningen bade", followedBy: "i grunnskolen og pa kulturskolen?").text,
                       "Foregår undervisningen både")
        XCTAssertEqual(repairer.repair("tverrfaglighet, bade\nmusikk og kunst").text, "tverrfaglighet, både\nmusikk og kunst")
        XCTAssertEqual(repairer.repair("Vi skal bade", followedBy: "i sjøen i morgen").text, "Vi skal bade", "no 'og' after it: to bathe")
        XCTAssertEqual(repairer.repair("Vi skal bade").text, "Vi skal bade")
        XCTAssertEqual(repairer.repair("Barna fikk bade i bassenget", followedBy: "og spille i band samme dag.").text,
                       "Barna fikk bade i bassenget", "after 'fikk' it is the verb, 'og' or not")
        XCTAssertEqual(repairer.repair("Larvik framstar samlet").text, "Larvik framstår samlet")
        XCTAssertEqual(repairer.repair("Hvordan bestar det").text, "Hvordan består det")
        XCTAssertEqual(repairer.repair("en filmstar og en gitar").text, "en filmstar og en gitar", "no '-står' word: as written")
    }

    func testALongLineGetsTheRepairsOfItsWindows() throws {
        guard NorwegianDictionaries.shared != nil else {
            throw XCTSkip("needs hunspell-no (/usr/share/hunspell/nb_NO, nn_NO): apt-get install hunspell-no")
        }
        let filler = String(repeating: "skolen og kulturskolen samarbeider ", count: 2_000)
        let line = "Vi ma " + filler + "gkonomi er viktig " + filler + "det er ogsa bra"
        XCTAssertGreaterThan(line.utf8.count, 2 * TextRepairer.windowBytes)
        let (text, changes) = TextRepairer.ocr.repairLine(line, ocr: true, followedBy: nil)
        let expected = TextRepairer.windows(of: line).map { TextRepairer.ocr.repairLine(String($0), ocr: true, followedBy: nil) }
        XCTAssertEqual(text, expected.map(\.0).joined())
        XCTAssertEqual(changes.map { "\($0.0)>\($0.1)" }, expected.flatMap(\.1).map { "\($0.0)>\($0.1)" })
        XCTAssertTrue(text.hasPrefix("Vi må "), String(text.prefix(20)))
        XCTAssertTrue(text.contains("økonomi er viktig"))
        XCTAssertTrue(text.hasSuffix("det er også bra"))
        let clean = "Vi " + filler
        XCTAssertEqual(TextRepairer.ocr.repairLine(clean, ocr: true, followedBy: nil).0, clean, "nothing to repair: the line as it was")
    }
}
