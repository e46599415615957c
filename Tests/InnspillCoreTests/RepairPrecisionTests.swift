import InnspillTestSupport
import Foundation
import InnspillText
import XCTest
@testable import InnspillCore

/// Every change the repairer makes on the whole 2025 OCR export, reviewed by eye: all 401 are
/// right (two are incomplete: "Handverkslgftet" -> "Handverksløftet" keeps the "a" of "Hånd-").
/// When the repairer changes, this list changes: review the difference, then update it.
final class RepairPrecisionTests: XCTestCase {
    static let reviewed = """
        8|pa|på
        12|Dialogspersmal|Dialogspørsmål
        12|dialogokt|dialogøkt
        16|bgr|bør
        16|gjgres|gjøres
        20|a skaffe|å skaffe
        21|veere|være
        23|ogsa|også
        27|leerere|lærere
        29|kulturskolelaerere|kulturskolelærere
        30|Ma|Må
        30|leerere|lærere
        33|mé|må
        34|ogsd|også
        34|pa|på
        34|Veere|Være
        40|@ygarden|Øygarden
        40|Ogsa|Også
        42|pa|på
        43|ngdvendigvis|nødvendigvis
        43|Etterspgrsel|Etterspørsel
        45|gkonomi|økonomi
        49|Kulturskoleleerere|Kulturskolelærere
        49|a|å
        50|pa|på
        55|baerer|bærer
        60|a ha|å ha
        60|megter|møter
        61|pa|på
        61|gnsker|ønsker
        71|0ss|oss
        81|lofte|løfte
        81|« Hva|• Hva
        84|« Er|• Er
        87|& skape|å skape
        87|« Hva|• Hva
        90|« Hva|• Hva
        94|leerer|lærer
        99|mgtepunkter|møtepunkter
        100|@ygarden|Øygarden
        100|na|nå
        101|hgre|høre
        105|ma|må
        105|pa|på
        105|a skape|å skape
        107|ma|må
        107|tgrre|tørre
        107|& invitere|å invitere
        108|4 bygge|å bygge
        109|utgjgre|utgjøre
        117|sa|så
        122|& finne|å finne
        122|4 fa|å få
        123|Bade|Både
        124|lerere|lærere
        125|ma|må
        125|gé|gå
        130|ma|må
        131|veere|være
        136|& skape|å skape
        136|moteplassene|møteplassene
        137|bade|både
        138|ma|må
        138|gjore|gjøre
        139|nar|når
        140|pa|på
        143|a veere|å være
        150|mé|må
        150|fi|få
        152|a veere|å være
        153|kommunestyremgter|kommunestyremøter
        157|ber|bør
        157|& vise|å vise
        157|pa|på
        158|pa|på
        158|bade|både
        158|leering|læring
        163|ASK@Y|ASKØY
        166|lgfter|løfter
        169|gkonomi|økonomi
        178|lgse|løse
        182|mgtes|møtes
        185|Kjgper|Kjøper
        186|& lgse|å løse
        187|gatt|gått
        187|& bygge|å bygge
        190|arshjul|årshjul
        191|ar|år
        191|&r|år
        197|palagt|pålagt
        197|4|å
        199|gar|går
        200|&|å
        201|gvrige|øvrige
        202|bgr|bør
        202|pavirkning|påvirkning
        202|pa|på
        203|ma|må
        203|pa|på
        203|nar|når
        205|ogsa|også
        206|gé|gå
        206|pa|på
        206|gar|går
        208|ma|må
        218|gnsker|ønsker
        218|4 jobbe|å jobbe
        220|ogsé|også
        227|hgy|høy
        231|Far|Får
        233|opplering|opplæring
        233|ma|må
        243|MUSIKKRAD|MUSIKKRÅD
        246|Spersmal|Spørsmål
        248|Avgjerende|Avgjørende
        248|moter|møter
        248|pa|på
        250|mél|mål
        251|pé|på
        252|Avgjgrende|Avgjørende
        260|Spersmal|Spørsmål
        262|gjennomfering|gjennomføring
        266|pa|på
        268|mél|mål
        268|fullfert|fullført
        273|malbare|målbare
        273|malet|målet
        277|& bygge|å bygge
        280|a fa|å få
        281|4 starte|å starte
        282|lgser|løser
        282|gkonomiske|økonomiske
        284|Spersmal|Spørsmål
        286|sosiallerer|sosiallærer
        287|mélrettet|målrettet
        287|miljparbeidere|miljøarbeidere
        289|& informere|å informere
        289|a legge|å legge
        291|& skape|å skape
        292|fa|få
        294|s|så
        296|mal|mål
        298|mgte|møte
        300|veert|vært
        302|aktgrer|aktører
        302|mal|mål
        304|mélgruppe|målgruppe
        306|& veere|å være
        306|aerlig|ærlig
        306|pa|på
        308|ma|må
        308|vaere|være
        310|far|får
        312|Spersmal|Spørsmål
        314|Veaere|Være
        314|& bygge|å bygge
        321|4 fa|å få
        331|ngkkel|nøkkel
        337|a legge|å legge
        341|4 se|å se
        341|framstar|framstår
        341|sd|så
        341|nér|når
        342|4 jobbe|å jobbe
        349|tjenesteomrade|tjenesteområde
        350|4 fa|å få
        353|dialogmgter|dialogmøter
        355|Rektormgter|Rektormøter
        355|vaere|være
        356|& leere|å lære
        356|& kjenne|å kjenne
        368|TRINESJ@LYST|TRINESJØLYST
        371|a hgre|å høre
        376|gér|går
        377|fi|få
        381|ordinare|ordinære
        382|Foregar|Foregår
        382|bade|både
        383|pa|på
        385|a lage|å lage
        400|gnsker|ønsker
        400|a videreutvikle|å videreutvikle
        402|pa|på
        403|pa|på
        404|pa|på
        411|Eldbjgrg|Eldbjørg
        415|4 jobbe|å jobbe
        415|pa|på
        415|systemniva|systemnivå
        416|¢ gnsker|• ønsker
        418|gnsker|ønsker
        418|a vite|å vite
        419|¢ hvordan|• hvordan
        420|a innlemme|å innlemme
        420|ledernivaene|ledernivåene
        421|¢ la|• la
        423|fa|få
        424|¢ lamerke|• la merke
        425|nar|når
        425|¢ blir|• blir
        426|herer|hører
        426|far|får
        427|ma|må
        427|¢ noen|• noen
        428|e Jsette|• Jsette
        434|Eldbjgrg|Eldbjørg
        439|e hvem|• hvem
        442|« viktig|• viktig
        444|famed|få med
        444|» viktig|• viktig
        446|fa|få
        446|mgtepunkt|møtepunkt
        446|¢ hvordan|• hvordan
        449|e er|• er
        452|innfgre|innføre
        452|¢ hvordan|• hvordan
        458|Eldbjgrg|Eldbjørg
        472|svaert|svært
        473|far|får
        475|s|så
        475|4 samarbeide|å samarbeide
        477|aktgrer|aktører
        477|a samarbeide|å samarbeide
        478|sd|så
        479|gjgres|gjøres
        480|veere|være
        480|4 legge|å legge
        482|mogteplasser|møteplasser
        485|nar|når
        489|& kunne|å kunne
        489|pé|på
        492|byrakratisk|byråkratisk
        492|& fa|å få
        498|Eldbjgrg|Eldbjørg
        505|pa|på
        508|lgsninger|løsninger
        510|& bli|å bli
        512|pé|på
        516|& ta|å ta
        518|& tenke|å tenke
        521|hgy|høy
        528|mgter|møter
        531|Kulturskolelerere|Kulturskolelærere
        532|grunnskolelerere|grunnskolelærere
        532|pa|på
        533|ma|må
        533|vaere|være
        534|ma|må
        534|pa|på
        542|bgr|bør
        546|a|å
        547|fa|få
        547|8 komme|å komme
        557|pa|på
        560|samfunnsakter|samfunnsaktør
        564|leererkrefter|lærerkrefter
        564|hgres|høres
        566|talmodighet|tålmodighet
        569|mgter|møter
        569|sgknadsskriving|søknadsskriving
        573|a delta|å delta
        577|pa|på
        578|& gjore|å gjøre
        579|sgknadsskrivinga|søknadsskrivinga
        582|ma|må
        583|pa|på
        589|ma|må
        594|ma|må
        594|metes|møtes
        594|mal|mål
        595|malgruppe|målgruppe
        599|aktgrer|aktører
        599|a ta|å ta
        603|& gjere|å gjere
        604|pa|på
        608|& fa|å få
        609|& ta|å ta
        611|bergrer|berører
        611|gér|går
        614|ogsa|også
        614|Sa|Så
        618|Bade|Både
        618|pa|på
        621|Dialogsporsmal|Dialogspørsmål
        621|dialogokt|dialogøkt
        623|Ostergys|Osterøys
        623|« Hva|• Hva
        624|pa|på
        626|« Hvordan|• Hvordan
        627|forstaelse|forståelse
        630|sterste|største
        630|&|å
        630|« Ostergy|• Osterøy
        633|« Hvilke|• Hvilke
        634|& fa|å få
        637|oktene|øktene
        637|veere|være
        639|leringsmiljo|læringsmiljø
        639|oppvekstmiljo|oppvekstmiljø
        647|mgteplasser|møteplasser
        650|pd|på
        650|s|så
        651|& dra|å dra
        657|ber|bør
        657|veere|være
        657|nar|når
        661|lgper|løper
        664|& vekke|å vekke
        664|fa|få
        664|forstaelse|forståelse
        668|pa|på
        669|& finne|å finne
        673|mé|må
        673|ma|må
        674|preve|prøve
        692|bade|både
        674|4 fa|å få
        694|leering|læring
        695|lerere|lærere
        695|ogsa|også
        701|bgr|bør
        701|fa|få
        705|Sa|Så
        705|a kunne|å kunne
        705|pa|på
        705|mater|måter
        708|4 ofre|å ofre
        709|a skape|å skape
        713|ma|må
        717|pa|på
        718|Ostergys|Osterøys
        728|Ostergy|Osterøy
        729|arkitekthggskolen|arkitekthøgskolen
        739|a tenke|å tenke
        740|A tenke|Å tenke
        740|pa|på
        742|a kjgpe|å kjøpe
        743|gar|går
        744|&|å
        747|malsetting|målsetting
        748|gjennomfgrere|gjennomførere
        754|pa|på
        755|leererkurs|lærerkurs
        769|Ostergy|Osterøy
        775|4 bygge|å bygge
        777|& ha|å ha
        778|Handverkslgftet|Handverksløftet
        778|veert|vært
        779|4 veere|å være
        779|4 gjore|å gjøre
        780|Spersmal|Spørsmål
        780|gnskes|ønskes
        781|lgse|løse
        783|pa|på
        800|¢ hatydelige|• ha tydelige
        802|d kunne|å kunne
        802|« for|• for
        804|hakjennskap|ha kjennskap
        804|¢ 3|• 3
        806|sa|så
        808|e abygge|• å bygge
        809|¢ noen|• noen
        810|ma|må
        810|pa|på
        811|e Aveare|• Å være
        811|dpen|åpen
        811|pd|på
        813|¢ framsnakking|• framsnakking
        820|stgrste|største
        824|elevundersgkelse|elevundersøkelse
        825|undersgkelser|undersøkelser
        827|» Kulturskolen|• Kulturskolen
        828|lgsningsfaktor|løsningsfaktor
        830|e Nar|• Når
        830|foregar|foregår
        831|4 se|å se
        831|A fi|Å få
        832|& flyte|å flyte
        834|pa|på
        834|¢ Har|• Har
        835|ma|må
        835|gjore|gjøre
        837|pa|på
        837|» mangel|• mangel
        839|e har|• har
        842|¢ Ressurser|• Ressurser
        846|e Selvom|• Selvom
        847|& holde|å holde
        847|pa|på
        848|& ha|å ha
        857|e F.eks|• F.eks
        858|kunsthandverksted|kunsthåndverksted
        858|handverkslgft|handverksløft
        861|kunsthindverk|kunsthåndverk
        861|¢ @nsker|• Ønsker
        862|& fa|å få
        864|e 2-lerer-ordning|• 2-lærer-ordning
        866|¢ Kombinasjonsstillinger|• Kombinasjonsstillinger
        868|¢ Bruke|• Bruke
        870|¢ Sgrge|• Sørge
        871|ngdvendig|nødvendig
        """

    func testEveryChangeOnThe2025ExportIsReviewed() throws {
        guard NorwegianDictionaries.shared != nil else { throw XCTSkip("needs hunspell-no") }
        let url = try SharedData.file("corpora/padlet-2025-05-05-nasjonalt-dialogseminar.ocr.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(TextRepairer.looksOCRDamaged(text))
        let repairer = TextRepairer.forDocument(text)
        XCTAssertTrue(repairer === TextRepairer.ocr)
        let outcome = repairer.repair(text)
        let made = outcome.changes.map { "\($0.lineOffset + 1)|\($0.original)|\($0.repaired)" }
        let expected = Self.reviewed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let added = made.filter { !expected.contains($0) }
        let lost = expected.filter { !made.contains($0) }
        XCTAssertTrue(added.isEmpty, "changes not reviewed yet:\n" + added.joined(separator: "\n"))
        XCTAssertTrue(lost.isEmpty, "reviewed changes no longer made:\n" + lost.joined(separator: "\n"))
        XCTAssertEqual(made.count, expected.count)
        XCTAssertTrue(outcome.changes.allSatisfy { $0.kind == .ocr })
    }

    /// The clean 2020 export gets no changes, even when forced through OCR mode.
    func testClean2020ExportIsLeftAlone() throws {
        guard NorwegianDictionaries.shared != nil else { throw XCTSkip("needs hunspell-no") }
        let url = try SharedData.file("corpora/padlet-2020-10-09-pilot-for-fremtiden.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertFalse(TextRepairer.looksOCRDamaged(text))
        XCTAssertEqual(TextRepairer.forDocument(text).repair(text).changes, [])
        XCTAssertEqual(TextRepairer.ocr.repair(text).changes, [])
    }
}
