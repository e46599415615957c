import ChartKit
import Foundation

/// Fixed tables the golden tests draw. Changing one changes its goldens: rerun with
/// INNSPILL_UPDATE_GOLDEN=1 and look at the diff (and the PNGs) before committing.
enum Fixtures {
    static let source = "Kilde: Dialogseminar 9.2.2023, 38 innspill"

    static func counts(_ pairs: [(String, Double)], title: String = "Innspill per tema",
                       subtitle: String = "") -> ChartSpec {
        ChartSpec(shape: .categoryCounts, columns: ["tema", "innspill"],
                  rows: pairs.map { [.text($0.0), .number($0.1)] }, title: title, subtitle: subtitle, source: source)
    }

    /// Long Norwegian labels, a zero and one negative-free spread of values.
    static let themes = counts([
        ("Økonomi og finansiering av kulturskoletilbudet i små distriktskommuner", 14),
        ("Samarbeid mellom grunnskole, kulturskole og frivillige lag og foreninger", 11),
        ("Rekruttering og kompetanse", 9),
        ("Tilgjengelighet for barn og unge med særskilte behov", 7),
        ("Lokaler", 5),
        ("Bodø", 3),
        ("Tromsø", 2),
        ("Ålesund og Sunnmøre", 1),
        ("Æsj – ingen innspill", 0),
    ], subtitle: "Hvilke tema tok gruppene opp? Hver gruppe kan ha flere tema.")

    static let one = counts([("Dialogtema 1: Kulturskolen som lokalt ressurssenter", 38)], title: "Én kategori")

    static let zeros = counts([("Bodø", 0), ("Tromsø", 0), ("Kautokeino", 0)], title: "Bare nuller")

    /// 240 municipalities: shown as the top N and "og N til".
    static let many: ChartSpec = {
        let stems = ["Nord", "Sør", "Øst", "Vest", "Øvre", "Nedre", "Store", "Lille", "Indre", "Ytre", "Nye", "Gamle"]
        let places = ["Aurskog", "Bjørnafjorden", "Gjøvik", "Hå", "Lærdal", "Måsøy", "Rørvik", "Sømna", "Træna", "Våler",
                      "Ås", "Æsøy", "Fjære", "Øksnes", "Åfjord", "Hægebostad", "Sauda", "Giske", "Lebesby", "Vefsn"]
        var pairs: [(String, Double)] = []
        for i in 0..<240 {
            let name = "\(stems[i % stems.count])-\(places[(i / stems.count) % places.count])"
            pairs.append((name, Double((i * 37 + 11) % 53)))
        }
        return counts(pairs, title: "Innspill per kommune")
    }()

    static let hostile = counts([
        ("<script>alert('x')</script>", 4), ("Forskning & utvikling \"FoU\"", 3), ("a < b > c", 2), ("]]> &amp; &#0;", 1),
    ], title: "Tittel med <b>tagger</b> & \"sitat\"")

    static let terms: ChartSpec = {
        let words = ["kulturskole", "samarbeid", "finansiering", "kommune", "elever", "lærere", "rekruttering",
                     "tilgjengelighet", "frivillighet", "lokaler", "ressurssenter", "dialog", "musikk", "dans", "teater",
                     "visuell kunst", "rammeplan", "fylkeskommune", "skolefritidsordning", "inkludering", "mangfold",
                     "kompetanse", "økonomi", "søskenmoderasjon", "venteliste", "nynorsk", "kor", "korps", "bibliotek",
                     "grunnskole", "videregående", "talentutvikling", "fritid", "barnehage", "samskaping", "åpenhet",
                     "kvalitet", "ledelse", "nettverk", "digitalisering"]
        let rows: [[ChartCell]] = words.enumerated().map { i, w in [.text(w), .number(Double(120 - i * 3 - (i * i) % 7))] }
        return ChartSpec(shape: .weightedTerms, columns: ["term", "frekvens"], rows: rows,
                         title: "Hyppigste ord", source: source)
    }()

    static let crosstab: ChartSpec = {
        let sections = ["Dialogtema 1: Kulturskolen som ressurssenter", "Dialogtema 2: Inkludering og mangfold",
                        "Dialogtema 3: Rekruttering", "Plenum"]
        let clusters = ["Finansiering", "Samarbeid med skolen", "Lokaler og utstyr", "Kompetanse", "Ventelister"]
        var rows: [[ChartCell]] = []
        for (i, s) in sections.enumerated() {
            for (j, c) in clusters.enumerated() {
                rows.append([.text(s), .text(c), .number(Double((i * 7 + j * 5 + 3) % 11))])
            }
        }
        return ChartSpec(shape: .crosstab, columns: ["seksjon", "klynge", "innspill"], rows: rows,
                         title: "Tema per dialogtema", subtitle: "Antall innspill per klynge", source: source)
    }()

    static let wideCrosstab: ChartSpec = {
        let groups = (1...24).map { "Gruppe \($0)" }
        let themes = ["Økonomi", "Samarbeid", "Lokaler", "Kompetanse", "Ventelister", "Inkludering", "Digitalisering",
                      "Ledelse", "Frivillighet", "Rammeplan"]
        var rows: [[ChartCell]] = []
        for (i, g) in groups.enumerated() {
            for (j, t) in themes.enumerated() {
                rows.append([.text(g), .text(t), .number(Double((i * 13 + j * 7) % 9 == 0 ? 0 : (i * 3 + j * 5) % 17))])
            }
        }
        return ChartSpec(shape: .crosstab, columns: ["gruppe", "tema", "innspill"], rows: rows,
                         title: "Gruppe × tema", source: source)
    }()

    static let oneCell = ChartSpec(shape: .crosstab, columns: ["seksjon", "klynge", "innspill"], rows: [
        [.text("Dialogtema 1"), .text("Finansiering"), .number(0)],
    ], title: "Én celle, verdi null", source: source)

    /// Posts within one seminar day, three sections.
    static let day: ChartSpec = {
        let base = TimeFormat.parse("2023-02-09T09:00Z")!
        var rows: [[ChartCell]] = []
        for (k, section) in ["Dialogtema 1", "Dialogtema 2", "Dialogtema 3"].enumerated() {
            for m in stride(from: 0, to: 330, by: 3) {
                let start = Double(k * 90)
                let x = Double(m) - start
                let count = x < 0 || x > 120 ? 0 : Int(6 * sin(x / 120 * .pi) + 0.5)
                if count > 0 || m % 30 == 0 {
                    rows.append([.time(base + Double(m * 60)), .text(section), .number(Double(count))])
                }
            }
        }
        return ChartSpec(shape: .timeSeries, columns: ["posted", "section", "innspill"], rows: rows,
                         title: "Innspill gjennom dagen", source: source)
    }()

    /// Posts on the days of four seminars, one series.
    static let seminars = ChartSpec(shape: .timeSeries, columns: ["dato", "innspill"], rows: [
        [.text("2020-01-15"), .number(42)], [.text("2020-10-09"), .number(18)],
        [.text("2023-02-09"), .number(38)], [.text("2025-05-05"), .number(61)],
    ], title: "Innspill per seminar", source: "Kilde: fire dialogseminar 2020–2025")

    static let onePoint = ChartSpec(shape: .timeSeries, columns: ["posted", "innspill"],
                                    rows: [[.text("2023-02-09T10:15Z"), .number(0)]], title: "Ett tidspunkt, null innspill")

    static func tree(leaves: Int) -> ChartSpec {
        // A deterministic agglomeration: merge neighbours pairwise, then pairs of pairs.
        var active = Array(0..<leaves)
        var rows: [[ChartCell]] = []
        var sizes = Array(repeating: 1, count: leaves)
        var height = 0.2
        var next = leaves
        while active.count > 1 {
            var merged: [Int] = []
            var i = 0
            while i + 1 < active.count {
                let l = active[i], r = active[i + 1]
                let size = sizes[l] + sizes[r]
                rows.append([.number(Double(l)), .number(Double(r)), .number(height + Double(i % 3) * 0.05), .number(Double(size))])
                sizes.append(size)
                merged.append(next)
                next += 1
                i += 2
            }
            if i < active.count { merged.append(active[i]) }
            active = merged
            height += 0.35
        }
        let names = ["Bodø", "Tromsø", "Ålesund", "Kautokeino", "Lærdal", "Hå", "Øksnes",
                     "Gruppe 7 – kulturskolen som lokalt ressurssenter i distriktet"]
        let labels = (0..<leaves).map { names[$0 % names.count] + ($0 < names.count ? "" : " \($0 / names.count + 1)") }
        return ChartSpec(shape: .mergeTree, columns: ["left", "right", "height", "size"], rows: rows,
                         title: "Klynger av innspill", source: source, leafLabels: labels)
    }

    static let network: ChartSpec = {
        let terms = ["kulturskole", "kommune", "samarbeid", "finansiering", "elever", "lærere", "lokaler",
                     "frivillighet", "rekruttering", "økonomi", "inkludering", "skole", "dans", "musikk"]
        var rows: [[ChartCell]] = []
        for i in 0..<terms.count {
            for j in (i + 1)..<terms.count where (i * 5 + j * 3) % 4 == 0 || i == 0 {
                rows.append([.text(terms[i]), .text(terms[j]), .number(Double(1 + (i + j) % 6))])
            }
        }
        return ChartSpec(shape: .edgeList, columns: ["kilde", "mål", "vekt"], rows: rows,
                         title: "Ord som står sammen", source: source)
    }()

    /// 200 municipalities tied to 12 themes: more nodes than fit.
    static let bigNetwork: ChartSpec = {
        let themes = ["Økonomi", "Samarbeid", "Lokaler", "Kompetanse", "Ventelister", "Inkludering", "Digitalisering",
                      "Ledelse", "Frivillighet", "Rammeplan", "Rekruttering", "Talent"]
        var rows: [[ChartCell]] = []
        for (i, row) in many.rows.prefix(200).enumerated() {
            rows.append([row[0], .text(themes[i % themes.count]), .number(Double(1 + i % 4))])
            if i % 3 == 0 { rows.append([row[0], .text(themes[(i * 7) % themes.count]), .number(1)]) }
        }
        return ChartSpec(shape: .edgeList, columns: ["kommune", "tema", "innspill"], rows: rows,
                         title: "Kommuner og tema", source: source)
    }()

    static let oneEdge = ChartSpec(shape: .edgeList, columns: ["kilde", "mål", "vekt"],
                                   rows: [[.text("kulturskole"), .text("kommune"), .number(0)]], title: "Én kant med vekt null")

    /// Keyness: positive and negative weights.
    static let keyness = ChartSpec(shape: .weightedTerms, columns: ["term", "keyness"], rows: [
        [.text("finansiering"), .number(18.4)], [.text("kulturskolerektor"), .number(11.25)], [.text("søskenmoderasjon"), .number(6.5)],
        [.text("dans"), .number(0)], [.text("samarbeid"), .number(-4.75)], [.text("frivillighet og lag"), .number(-12.1)],
    ], title: "Kjennetegnende ord 2025 mot 2023", source: source)

    static var manyEnglish: ChartSpec {
        var s = many
        s.language = .en
        s.title = "Posts per municipality"
        s.source = "Source: Dialogue seminar 9 Feb 2023"
        return s
    }

    /// Posts per day over six weeks on two boards, at times of day (so the chart bins them into days).
    static let weeks: ChartSpec = {
        let start = TimeFormat.parse("2025-04-14T00:00Z")!
        var rows: [[ChartCell]] = []
        for day in 0..<42 {
            for (k, board) in ["Padlet nord", "Padlet sør"].enumerated() {
                let n = (day * 7 + k * 3) % 5 + (day == 21 ? 9 : 0)
                for i in 0..<n { rows.append([.time(start + Double(day * 86_400 + 28_800 + i * 1800 + k * 600)), .text(board), .number(1)]) }
            }
        }
        return ChartSpec(shape: .timeSeries, columns: ["posted", "board", "innspill"], rows: rows,
                         title: "Innspill per dag", subtitle: "Seminaret var 5. mai", source: source)
    }()

    /// 240 municipalities by three sections, in long form.
    static let hundredsCrosstab: ChartSpec = {
        var rows: [[ChartCell]] = []
        for (i, row) in many.rows.enumerated() {
            for (k, section) in ["Dialogtema 1", "Dialogtema 2", "Dialogtema 3"].enumerated() {
                rows.append([row[0], .text(section), .number(Double((i * 5 + k * 11) % 9))])
            }
        }
        return ChartSpec(shape: .crosstab, columns: ["kommune", "seksjon", "innspill"], rows: rows,
                         title: "Innspill per kommune og dialogtema", source: source)
    }()

    /// Twelve groups posting through the day: more series than colours.
    static let manySeries: ChartSpec = {
        let base = TimeFormat.parse("2023-02-09T08:00Z")!
        var rows: [[ChartCell]] = []
        for g in 1...12 {
            for m in stride(from: 0, to: 240, by: 20) {
                rows.append([.time(base + Double(m * 60)), .text("Gruppe \(g)"), .number(Double((g * 3 + m / 20) % 7))])
            }
        }
        return ChartSpec(shape: .timeSeries, columns: ["posted", "gruppe", "innspill"], rows: rows,
                         title: "Innspill per gruppe gjennom dagen", source: source)
    }()
}
