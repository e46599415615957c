import Foundation

/// The readers' view of places and organisations, over `Gazetteer.standard`
/// and `Organisations`.
struct GazetteerPlaces: PlaceNames {
    static let shared = GazetteerPlaces()
    let gazetteer = Gazetteer.standard
    /// The county of each municipality by the name units carry, looked up once: every unit asks.
    private let countyOfName: [String: String]

    init() {
        var counties: [String: String] = [:]
        for municipality in gazetteer.municipalities { counties[municipality.displayName] = municipality.county }
        countyOfName = counties
    }

    /// Words that may stand in a header between names without making it prose.
    private static let fillers: Set<String> = ["og", "and", "kommune", "kommunar", "kommuner", "kulturskole", "kulturskule",
                                               "kommunes", "i", "sør", "nord", "kulturskolen", "kulturskulen",
                                               "herad", "heradet", "kommunen", "kulturskolene", "kulturskulane", "kulturskolane",
                                               "kulturskoler", "kulturskular"]

    func headerMunicipalities(_ text: String) -> (municipalities: [String], complete: Bool) {
        if let numbered = municipalities(numbered: text) { return (numbered, true) }
        let text = GazetteerPlaces.expandingSharedNames(text)
        // Damaged readings of the header, where it has damage, and the one that names the most places (the text as it
        // stands on a tie): "Sm@la", "Bj0rnafjorden", "@ksnes", where OCR read an "ø" as "@" or "0"; "�atanger", where
        // a PDF lost the ligature a name starts or goes on with.
        var readings = [GazetteerPlaces.withØRestored(text)].compactMap { $0 }
        if text.unicodeScalars.contains("\u{FFFD}") {
            readings += TextRepairer.ligatures.map { GazetteerPlaces.withLigatureRestored(text, as: $0) }
        }
        var best = readings.map(municipalities(inHeader:)).reduce(municipalities(inHeader: text)) { best, other in
            other.municipalities.count > best.municipalities.count ? other : best
        }
        // Names typed in lower case ("porsgrunn og bamble", "Porsgrunn og bamble" in a Padlet name field) are read
        // capitalised, but only when that reads the whole header as two places or more: "sola" or "time" in a sentence is
        // no name, nor is a user name alone ("lund", "heim").
        if let capitalised = GazetteerPlaces.withWordsCapitalised(text), case let found = municipalities(inHeader: capitalised),
           found.complete, found.municipalities.count >= 2, found.municipalities.count > best.municipalities.count {
            best = found
        }
        return best
    }

    /// The text with every word that starts in lower case capitalised, but for the little words between names ("og",
    /// "i"); nil when there is no such word.
    ///
    /// ```swift
    /// GazetteerPlaces.withWordsCapitalised("porsgrunn og sør-varanger")   // "Porsgrunn og Sør-Varanger"
    /// ```
    static func withWordsCapitalised(_ text: String) -> String? {
        let small: Set<Substring> = ["og", "i", "and"]
        func capitalises(_ word: Substring) -> Bool { word.first?.isLowercase == true && !small.contains(word) }
        // Most headers are written with capitals: the words tell before anything is built.
        guard text.split(whereSeparator: { !$0.isLetter }).contains(where: capitalises) else { return nil }
        var out = "", start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex { $0.isLetter != text[start].isLetter } ?? text.endIndex
            let run = text[start..<end]
            out += capitalises(run) ? run.prefix(1).uppercased() + run.dropFirst() : String(run)
            start = end
        }
        return out
    }

    /// The text with each U+FFFD read as `letters`, capitalised where it starts a word.
    ///
    /// ```swift
    /// GazetteerPlaces.withLigatureRestored("Gruppe 3: \u{FFFD}atanger og Osen", as: "fl")   // "Gruppe 3: Flatanger og Osen"
    /// ```
    static func withLigatureRestored(_ text: String, as letters: String) -> String {
        var out = ""
        var previous: Character?
        for c in text {
            if c == "\u{FFFD}" {
                out += previous?.isLetter == true ? letters : letters.prefix(1).uppercased() + letters.dropFirst()
            } else {
                out.append(c)
            }
            previous = c
        }
        return out
    }

    /// The text with each "@" or "0" between two letters read as "ø" ("Ø" between capitals), and an "@" that starts a
    /// word as "Ø"; nil when there is none.
    ///
    /// ```swift
    /// GazetteerPlaces.withØRestored("Kristiansund, Averøy og Sm@la")   // "Kristiansund, Averøy og Smøla"
    /// GazetteerPlaces.withØRestored("Gruppe 7: @ksnes og Bø")            // "Gruppe 7: Øksnes og Bø"
    /// ```
    static func withØRestored(_ text: String) -> String? {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "0") }) else { return nil }
        let chars = Array(text)
        var out = ""
        var changed = false
        for (i, c) in chars.enumerated() {
            let letterAfter = i + 1 < chars.count && chars[i + 1].isLetter
            let letterBefore = i > 0 && chars[i - 1].isLetter
            if c == "@" || c == "0", letterBefore, letterAfter {
                out += chars[i - 1].isUppercase && chars[i + 1].isUppercase ? "Ø" : "ø"
                changed = true
            } else if c == "@", letterAfter, !letterBefore {
                out += "Ø"
                changed = true
            } else {
                out.append(c)
            }
        }
        return changed ? out : nil
    }

    /// The municipalities a list of 2024 municipality numbers names ("5028, 5029", a spreadsheet's "Kommunenr"
    /// column); nil unless the text is such a list.
    ///
    /// ```swift
    /// GazetteerPlaces.shared.municipalities(numbered: "5028, 5029")   // ["Melhus", "Skaun"]
    /// ```
    func municipalities(numbered text: String) -> [String]? {
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        let numbers = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" || $0 == "/" }).filter { $0 != "og" }
        guard !numbers.isEmpty, numbers.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let names = numbers.compactMap { gazetteer.municipality(number: String($0))?.displayName }
        return names.count == numbers.count ? names : nil
    }

    private func municipalities(inHeader text: String) -> (municipalities: [String], complete: Bool) {
        let matches = gazetteer.municipalities(inHeader: text)
        var names: [String] = []
        for match in matches where !names.contains(match.fieldValue) { names.append(match.fieldValue) }
        // What is left once names and organisations are taken out must be separators and fillers.
        var rest = GazetteerPlaces.removing(matches.map(\.range), from: text)
        for organisation in Organisations.find(in: rest).reversed() { rest.replaceSubrange(organisation.range, with: " ") }
        let leftover = rest.lowercased().split(whereSeparator: { !$0.isLetter }).filter { !GazetteerPlaces.fillers.contains(String($0)) }
        return (names, leftover.isEmpty)
    }

    /// Two names that share their last word written once ("Østre og Vestre Toten", "Nord- og Sør-Aurdal") written out
    /// in full ("Østre Toten og Vestre Toten"), so both are found; other text as it is.
    ///
    /// ```swift
    /// GazetteerPlaces.expandingSharedNames("Gjøvik, Østre og Vestre Toten")   // "Gjøvik, Østre Toten og Vestre Toten"
    /// ```
    static func expandingSharedNames(_ text: String) -> String {
        guard text.contains(" og ") else { return text }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var k = 0
        while k + 2 < words.count {
            let first = words[k].hasSuffix("-") ? String(words[k].dropLast()) : words[k]
            let second = words[k + 2]
            guard directionWords.contains(first), words[k + 1] == "og",
                  let name = GazetteerPlaces.nameAfterDirection(second, next: k + 3 < words.count ? words[k + 3] : nil) else { k += 1; continue }
            words[k] = first + (words[k].hasSuffix("-") || second.contains("-") ? "-" : " ") + name
            k += 3
        }
        return words.joined(separator: " ")
    }

    /// The name after a direction that starts a name: "Sør-Aurdal" gives "Aurdal"; "Vestre" followed by "Toten" gives
    /// "Toten"; nil when the word is no direction.
    private static func nameAfterDirection(_ word: String, next: String?) -> String? {
        if let hyphen = word.firstIndex(of: "-"), directionWords.contains(String(word[..<hyphen])) {
            let name = word[word.index(after: hyphen)...]
            return name.first?.isUppercase == true ? String(name) : nil
        }
        guard directionWords.contains(word), let next, next.first?.isUppercase == true else { return nil }
        return String(next.prefix(while: { $0.isLetter || $0 == "-" }))
    }

    private static let directionWords: Set<String> = ["Østre", "Vestre", "Nordre", "Søndre", "Nord", "Sør", "Øvre", "Nedre", "Indre", "Ytre"]

    /// `text` with each range replaced by a space. Ranges may overlap: in "AskØygarden" the names
    /// Askøy and Øygarden share their "ø".
    private static func removing(_ ranges: [Range<String.Index>], from text: String) -> String {
        var rest = ""
        var kept = text.startIndex
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if range.lowerBound > kept { rest += text[kept..<range.lowerBound] }
            if range.upperBound > kept { rest += " "; kept = range.upperBound }
        }
        rest += text[kept...]
        return rest
    }

    func names(in text: String, headings: [String], taking: [String]) -> (mentions: [String], organisations: [String]) {
        let words = Gazetteer.words(in: text)
        var mentions: [String] = []
        for match in gazetteer.find(in: text, words: words) {
            for name in narrowing([match.fieldValue], to: taking) where !mentions.contains(name) { mentions.append(name) }
        }
        var organisations: [String] = []
        for match in headings.flatMap(Organisations.find(in:)) + Organisations.find(in: text, words: words)
        where !organisations.contains(match.name) {
            organisations.append(match.name)
        }
        return (mentions, organisations)
    }

    func narrowing(_ names: [String], to taking: [String]) -> [String] {
        guard !taking.isEmpty else { return names }
        return names.map { name in
            guard countyOfName[name] == nil else { return name }   // one municipality's name
            let bearing = gazetteer.lookup(name).map(\.displayName).filter(taking.contains)
            return bearing.count == 1 ? bearing[0] : name
        }
    }

    func isCounty(_ text: String) -> Bool { !gazetteer.counties(named: text).isEmpty }

    func counties(of municipalities: [String]) -> [String] {
        var result: [String] = []
        for name in municipalities {
            // (A name municipalities of two counties share, "Våler", says no county.)
            let county = countyOfName[name] ?? gazetteer.county(of: name)
            if let county, !result.contains(county) { result.append(county) }
        }
        return result
    }
}
