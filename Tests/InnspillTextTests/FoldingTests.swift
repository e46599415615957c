import InnspillTestSupport
import XCTest
@testable import InnspillText

/// Nynorsk forms found in ../shared/corpora (mostly the nynorsk groups of the 2020
/// Padlet: Vanylven, Hyllestad/Fjaler, Høyanger, Øygarden) and their bokmål forms.
let realFoldingPairs: [(nynorsk: String, bokmal: String)] = [
    ("kulturskule", "kulturskole"), ("kulturskulen", "kulturskolen"), ("kulturskular", "kulturskoler"),
    ("ikkje", "ikke"), ("ein", "en"), ("kva", "hva"), ("korleis", "hvordan"), ("dei", "de"),
    ("kommunane", "kommunene"), ("kommunar", "kommuner"), ("samlingane", "samlingene"), ("samlingar", "samlinger"),
    ("forventningar", "forventninger"), ("personar", "personer"), ("tenester", "tjenester"), ("teneste", "tjeneste"),
    ("hemmeleg", "hemmelig"), ("mykje", "mye"), ("eigen", "egen"), ("rettleiing", "veiledning"),
    ("kvarandre", "hverandre"), ("delar", "deler"), ("fleire", "flere"), ("framtida", "fremtiden"),
    ("følgje", "følge"), ("kjem", "kommer"), ("desse", "disse"), ("utfordringane", "utfordringene"),
    ("tilsette", "ansatte"), ("vere", "være"), ("handverk", "håndverk"), ("kunsthandverk", "kunsthåndverk"),
]

final class FoldingTests: XCTestCase {
    /// Every pair is real: the nynorsk form occurs in the shared corpora.
    func testPairsComeFromTheCorpora() throws {
        let dir = try SharedData.file("corpora")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
        var words: Set<String> = []
        for f in files {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            words.formUnion(Tokenizer().words(in: text))
        }
        for (nn, _) in realFoldingPairs { XCTAssertTrue(words.contains(nn), "\(nn) is not in the shared corpora") }
    }

    /// Both forms of a pair get the same term when folding (and stemming) is on, and not without folding.
    func testPairsShareOneKey() {
        let folded = TermAnalyzer(options: AnalyzerOptions(mode: .fold))
        let stemmed = TermAnalyzer(options: AnalyzerOptions(mode: .stem))
        var unfolded = 0
        for (nn, nb) in realFoldingPairs {
            XCTAssertEqual(folded.key(for: nn), folded.key(for: nb), "\(nn) / \(nb)")
            if stemmed.key(for: nn) != stemmed.key(for: nb) { unfolded += 1 }
        }
        XCTAssertGreaterThan(unfolded, realFoldingPairs.count / 2, "folding should matter for most pairs")
    }

    func testFoldingNeedsNoDictionaryForTheTable() {
        let bare = StandardFolder(dictionaries: nil)
        XCTAssertEqual(bare.fold("ikkje"), "ikke")
        XCTAssertEqual(bare.fold("kulturskulen"), "kulturskolen")
        XCTAssertEqual(bare.fold("samarbeid"), "samarbeid")
        XCTAssertEqual(bare.fold("kunsthandverk"), "kunsthåndverk", "a nynorsk form bokmål's dictionary allows too")
    }

    /// Rules only produce bokmål words, and leave bokmål words alone.
    func testRuleOutputsAreBokmalWords() throws {
        guard let d = NorwegianDictionaries.shared else { throw XCTSkip("needs hunspell-no (apt-get install hunspell-no)") }
        let folder = StandardFolder.shared
        XCTAssertTrue(folder.usesDictionaries)
        for (nn, nb) in realFoldingPairs {
            let f = folder.fold(nn)
            XCTAssertTrue(d.bokmal.contains(f), "\(nn) -> \(f) is not a bokmål word")
            XCTAssertEqual(folder.fold(nb), nb, "bokmål \(nb) changed")
        }
        for w in ["kulturen", "arbeid", "samarbeid", "vane", "var", "svar", "elevene", "skulle", "kor", "prosjektet"] {
            XCTAssertEqual(folder.fold(w), w)
        }
        // Rule-made (not in the table).
        XCTAssertEqual(folder.fold("elevane"), "elevene")
        XCTAssertEqual(folder.fold("spennande"), "spennende")
        XCTAssertEqual(folder.fold("moglegheiter"), "muligheter")
    }
}

final class CompoundTests: XCTestCase {
    /// Compounds from ../shared/corpora and their parts.
    let table: [(String, [String])] = [
        ("kulturskolelærere", ["kultur", "skole", "lærere"]),
        ("samarbeidsprosjekt", ["samarbeid", "prosjekt"]),
        ("samarbeidspartnere", ["samarbeid", "partnere"]),
        ("samarbeidsmodeller", ["samarbeid", "modeller"]),
        ("utviklingsprosjektet", ["utvikling", "prosjektet"]),
        ("veiledningsprosjektet", ["veiledning", "prosjektet"]),
        ("ungdomsskolen", ["ungdom", "skolen"]),
        ("kulturskoleutvikling", ["kultur", "skole", "utvikling"]),
        ("lærernivå", ["lærer", "nivå"]),
        ("kompetanseutvikling", ["kompetanse", "utvikling"]),
        ("helsestasjonen", ["helse", "stasjonen"]),
        ("arbeidsverktøy", ["arbeid", "verktøy"]),       // listed linking form "arbeids" reported as "arbeid"
        ("grunnskolene", ["grunn", "skolene"]),          // not grunn + s + kolene
        ("læringsrom", ["læring", "rom"]),
        ("absolutt-programmet", ["absolutt", "programmet"]),
        // A listed word of a short part before a long head: "finansiert" finds "fullfinansiert".
        ("fullfinansiert", ["full", "finansiert"]), ("fullfinansiere", ["full", "finansiere"]),
        ("elevmedvirkning", ["elev", "medvirkning"]),
        // A derived word that takes the linking s, known to hunspell but not listed on its own (ux25).
        // ("samskapingsprosjekter" stays whole: hunspell does not know "samskaping".)
        ("samhandlingsstruktur", ["samhandling", "struktur"]), ("samhandlingsmodellen", ["samhandling", "modellen"]),
        // A listed word's short head is cut in every form, so "tid" finds "skoletid" as it finds "skoletiden" (ux26:
        // which form a corpus held decided whether its term had parts).
        ("skoletid", ["skole", "tid"]), ("skoletiden", ["skole", "tiden"]), ("skuletida", ["skule", "tida"]),
        ("kunstfag", ["kunst", "fag"]), ("fagkompetanse", ["fag", "kompetanse"]),
        ("fagene", ["fagene"]), ("tidlig", ["tidlig"]), ("dagsaktuell", ["dagsaktuell"]),
        // Not compounds, or lexicalised: left whole.
        ("kulturen", ["kulturen"]), ("stillingen", ["stillingen"]), ("fremtiden", ["fremtiden"]),
        ("samarbeid", ["samarbeid"]), ("prosjektet", ["prosjektet"]), ("kommunene", ["kommunene"]),
        ("forventninger", ["forventninger"]), ("utfordringer", ["utfordringer"]), ("barnehagen", ["barnehagen"]),
        ("frivilligheten", ["frivilligheten"]), ("ungdommene", ["ungdommene"]), ("mellomrommet", ["mellomrommet"]),
        ("selvfølgelig", ["selvfølgelig"]), ("undervisning", ["undervisning"]), ("fullstendig", ["fullstendig"]),
    ]

    func testCompoundTable() throws {
        guard NorwegianDictionaries.shared != nil else { throw XCTSkip("needs hunspell-no (apt-get install hunspell-no)") }
        for (word, parts) in table {
            XCTAssertEqual(CompoundSplitter.shared.split(word), parts, word)
        }
    }

    func testLærerFindsKulturskolelærerne() throws {
        guard NorwegianDictionaries.shared != nil else { throw XCTSkip("needs hunspell-no (apt-get install hunspell-no)") }
        let corpus = AnalyzedCorpus([TextDocument("Kulturskolelærerne samarbeider."), TextDocument("Ingen her.")])
        let hits = try corpus.kwic(.parse("lærer")).lines
        XCTAssertEqual(hits.map(\.hit), ["Kulturskolelærerne"])
        // Without compounds, no hit.
        let plain = AnalyzedCorpus(corpus.documents, analyzer: TermAnalyzer(options: AnalyzerOptions(compounds: false)))
        XCTAssertEqual(try plain.kwic(.parse("lærer")).lines.count, 0)
        XCTAssertEqual(TermAnalyzer().parts(of: "samarbeidsprosjekt"), ["samarbeid", "prosjekt"])
        XCTAssertEqual(TermAnalyzer().parts(of: "SFO-tilbud"), ["sfo", "tilbud"])
    }

    func testWithoutDictionariesNothingSplits() {
        XCTAssertEqual(CompoundSplitter(dictionaries: nil).split("samarbeidsprosjekt"), ["samarbeidsprosjekt"])
    }
}
