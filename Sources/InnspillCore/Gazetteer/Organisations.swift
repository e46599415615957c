import Foundation

/// An organisation named in a text.
public struct OrganisationMatch: Sendable, Equatable {
    /// The canonical name ("Norges Musikkorps Forbund").
    public let name: String
    /// The text as it stands ("NMF", "kulturskolerådet").
    public let text: String
    public let range: Range<String.Index>
}

/// Organisations the seminars talk about, found by acronym or name and given canonical names.
///
/// What counts as an organisation: national and regional bodies, associations and national
/// programmes outside the municipality's own services: interest organisations (NMF, Norsk
/// musikkråd, Norsk kulturskoleråd, KS, UKM...), state bodies and ministries (Udir,
/// Kunnskapsdepartementet, Kulturdirektoratet, NAV, Statsforvalteren...) and the national programme
/// Den kulturelle skolesekken (DKS). The municipality's own services and school types are not
/// organisations: PPT, SFO, BUP, barnevern, helsestasjon, and local programmes such as MIKS.
///
/// Acronyms match only as written in capitals ("KS", not "ks"; "Udir", "Nav" also capitalised);
/// full names match in any case and in the genitive ("kulturskolerådets").
///
/// ```swift
/// Organisations.find(in: "Gruppe 18: NMF, Namsos. Få faglig støtte fra kulturskolerådet og KS").map(\.name)
/// // ["Norges Musikkorps Forbund", "Norsk kulturskoleråd", "KS"]
/// Organisations.names(in: "samarbeid med DKS og Udir")  // ["Den kulturelle skolesekken", "Utdanningsdirektoratet"]
/// ```
public enum Organisations {
    /// (canonical name, acronyms matched case-sensitively, names matched in any case)
    static let data: [(String, [String], [String])] = [
        ("Norges Musikkorps Forbund", ["NMF"], ["Norges Musikkorps Forbund", "Norges musikkorpsforbund", "Musikkorpsforbundet"]),
        ("Norsk musikkråd", ["NMR"], ["Norsk musikkråd", "Musikkrådet"]),
        ("Norsk kulturskoleråd", [], ["Norsk kulturskoleråd", "Kulturskolerådet", "Kulturskoleråd", "Norsk kulturskuleråd", "Kulturskulerådet"]),
        ("KS", ["KS"], ["Kommunesektorens organisasjon", "Kommunenes Sentralforbund"]),
        ("Ung kultur møtes", ["UKM"], ["Ung kultur møtes", "Ung kultur møter"]),
        ("Utdanningsdirektoratet", ["UDIR", "Udir"], ["Utdanningsdirektoratet"]),
        ("Den kulturelle skolesekken", ["DKS"], ["Den kulturelle skolesekken", "Den kulturelle skulesekken"]),
        ("Kunnskapsdepartementet", ["KD"], ["Kunnskapsdepartementet", "Kunnskapsdepartement"]),
        ("Kultur- og likestillingsdepartementet", ["KUD"], ["Kultur- og likestillingsdepartementet", "Kulturdepartementet"]),
        ("Kulturdirektoratet", [], ["Kulturdirektoratet", "Norsk kulturråd", "Kulturrådet"]),
        ("Kulturtanken", [], ["Kulturtanken"]),
        ("NAV", ["NAV", "Nav"], ["Arbeids- og velferdsetaten", "Arbeids- og velferdsforvaltningen"]),
        ("Helsedirektoratet", ["Hdir"], ["Helsedirektoratet"]),
        ("Barne-, ungdoms- og familiedirektoratet", ["Bufdir", "BUFDIR"], ["Barne-, ungdoms- og familiedirektoratet"]),
        ("Statsforvalteren", [], ["Statsforvalteren", "Fylkesmannen"]),
        ("Musikkens studieforbund", [], ["Musikkens studieforbund"]),
        ("Norges korforbund", [], ["Norges korforbund", "Korforbundet"]),
        ("Ungdom og Fritid", [], ["Ungdom og Fritid"]),
        ("Frivillighet Norge", [], ["Frivillighet Norge"]),
        ("Noregs Ungdomslag", [], ["Noregs Ungdomslag"]),
        ("FolkOrg", ["FolkOrg"], ["Organisasjon for folkemusikk og folkedans"]),
        ("Norsk kulturforum", ["NKF"], ["Norsk kulturforum"]),
    ]

    static let acronyms: [String: String] = {
        var d: [String: String] = [:]
        for (canon, acr, _) in data { for a in acr { d[a] = canon } }
        return d
    }()

    /// Lower-cased names split into words -> canonical name.
    static let names: [String: String] = {
        var d: [String: String] = [:]
        for (canon, _, ns) in data { for n in ns { d[key(n)] = canon } }
        return d
    }()

    /// First word of a name (lower case, also in the genitive) -> the lengths in words of the names it starts.
    static let firstWords: [String: [Int]] = {
        var d: [String: Set<Int>] = [:]
        for k in names.keys {
            let parts = k.split(separator: " ")
            guard let first = parts.first else { continue }
            d[String(first), default: []].insert(parts.count)
            if parts.count == 1 { d[String(first) + "s", default: []].insert(1) }
        }
        return d.mapValues { $0.sorted(by: >) }
    }()

    /// The first two letters of every name's first word: the cheap test a word passes before
    /// it is lower-cased and looked up (find runs on every unit's text).
    static let firstWordPrefixes = Gazetteer.FirstTwoSet(firstWords.keys.map(firstTwo))

    /// The first two scalars of every acronym, as written: the cheap test before an acronym look-up.
    static let acronymPrefixes = Gazetteer.FirstTwoSet(acronyms.keys.map(firstTwo))

    private static func firstTwo(_ s: String) -> UInt64 {
        let scalars = Array(s.unicodeScalars.prefix(2))
        return Gazetteer.WordSpan.pack(scalars[0].value, scalars.count > 1 ? scalars[1].value : 0)
    }

    static func key(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The canonical name for an acronym or a name ("NMF", "kulturskolerådet"), or nil.
    public static func canonicalName(for text: String) -> String? {
        if let c = acronyms[text] { return c }
        let k = key(text)
        if let c = names[k] { return c }
        if k.hasSuffix("s"), let c = names[String(k.dropLast())] { return c }
        return nil
    }

    /// The organisations named in a text, in order of appearance.
    public static func find(in text: String) -> [OrganisationMatch] {
        find(in: text, words: Gazetteer.words(in: text))
    }

    /// `find(in:)` over the text's words when the caller has them already.
    static func find(in text: String, words: Gazetteer.Words) -> [OrganisationMatch] {
        var out: [OrganisationMatch] = []
        let firstWordPrefixes = firstWordPrefixes, acronymPrefixes = acronymPrefixes  // read the statics once
        var i = 0
        outer: while i < words.count {
            let span = words.spans[i]
            // Full names, longest first; words joined by single spaces or line breaks.
            let lengths = firstWordPrefixes.contains(span.firstTwoLowercased) ? firstWords[words[i].lower] ?? [] : []
            for n in lengths where i + n <= words.count {
                var gapsOK = true
                for k in i..<(i + n - 1) {
                    let gap = text[words[k].range.upperBound..<words[k + 1].range.lowerBound]
                    if !gap.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "," }) { gapsOK = false; break }
                }
                guard gapsOK else { continue }
                let k = words[i..<(i + n)].map(\.lower).joined(separator: " ")
                var canon = names[k]
                if canon == nil, k.hasSuffix("s") { canon = names[String(k.dropLast())] }
                if let canon {
                    let r = words[i].range.lowerBound..<words[i + n - 1].range.upperBound
                    out.append(OrganisationMatch(name: canon, text: String(text[r]), range: r))
                    i += n
                    continue outer
                }
            }
            // Acronyms, also before a hyphen ("DKS-produksjon") and in the genitive ("NMFs").
            guard span.capitalised, acronymPrefixes.contains(span.firstTwo) else { i += 1; continue }
            let w = words[i]
            let head = w.text.split(separator: "-", maxSplits: 1).first.map(String.init) ?? String(w.text)
            var canon = acronyms[head]
            var len = head.count
            if canon == nil, head.count > 2, head.hasSuffix("s") {
                canon = acronyms[String(head.dropLast())]
                if canon != nil { len = head.count }
            }
            if let canon {
                let r = w.range.lowerBound..<text.index(w.range.lowerBound, offsetBy: len)
                out.append(OrganisationMatch(name: canon, text: String(text[r]), range: r))
            }
            i += 1
        }
        return out
    }

    /// The canonical names of the organisations in a text, each once, in order of appearance.
    public static func names(in text: String) -> [String] {
        var seen: Set<String> = []
        return find(in: text).map(\.name).filter { seen.insert($0).inserted }
    }
}
