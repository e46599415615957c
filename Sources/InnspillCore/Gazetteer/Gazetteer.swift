import Foundation
import InnspillText

/// The municipalities of Norway of 2024 with their counties, Sámi and Kven parallel names,
/// former names from the reforms of 2017-2020 and 2024, and frequent misspellings.
///
/// ```swift
/// let g = Gazetteer.standard
/// g.lookup("Orkdal").map(\.name)          // ["Orkland"]
/// g.lookup("hustavika").map(\.name)       // ["Hustadvika"]
/// g.lookup("Herøy").map(\.displayName)    // ["Herøy (Møre og Romsdal)", "Herøy (Nordland)"]
/// g.county(of: "Kárášjohka")              // "Finnmark"
/// g.municipalities(inHeader: "Gruppe 8: Hyllestad/Fjaler, Vannylven").map(\.text)
///                                         // ["Hyllestad", "Fjaler", "Vannylven"]
/// g.find(in: "Vi har lært mye av Larviks modell").first?.municipality?.name  // "Larvik"
/// ```
/// Immutable and safe to share between threads.
public final class Gazetteer: Sendable {
    /// The shared instance with the built-in data.
    public static let standard = Gazetteer()

    /// All 357 municipalities, by number.
    public let municipalities: [Municipality]
    /// The 15 counties of 2024, sorted by county number.
    public let counties: [String]

    struct Entry: Sendable, Hashable {
        let index: Int  // into municipalities
        let form: GazetteerMatch.Form
    }

    private let byNumber: [String: Int]
    private let index: [String: [Entry]]
    private let folded: [String: [Entry]]
    /// The folded keys of six Characters or more, as Characters, for `nearMiss`.
    private let nearMissKeys: [(characters: [Character], entries: [Entry])]
    /// Lower-cased county names (2024, former, parallel) and regions -> counties of 2024.
    private let countyIndex: [String: [String]]
    /// The first word (up to the first space) of every key of `countyIndex`.
    private let countyFirstWords: Set<String>
    /// The first two UTF-8 bytes of every county first word, for `mayStartACountyName`.
    private let countyFirstWordBytePairs: FirstTwoSet
    private let longestKeyWords: Int
    /// The first word (split at spaces and hyphens) of every key, for a quick rejection of texts.
    private let firstWords: Set<String>
    /// The first two UTF-8 bytes of every first word, for `mayNameAMunicipality` to pass over
    /// ASCII words without making them Strings.
    private let firstWordBytePairs: FirstTwoSet

    init() {
        var list: [Municipality] = []
        var rows: [(number: String, name: String, official: String)] = []
        for line in Gazetteer.municipalityData.split(separator: "\n") {
            let f = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 2 else { continue }
            rows.append((f[0], f[1], f.count > 2 ? f[2] : f[1]))
        }
        var nameCount: [String: Int] = [:]
        for r in rows { nameCount[r.name, default: 0] += 1 }
        for r in rows {
            let county = Gazetteer.countyNames[String(r.number.prefix(2))] ?? "?"
            let parallel = r.official.components(separatedBy: " - ").filter { $0 != r.name }
            let display = (nameCount[r.name] ?? 0) > 1 ? "\(r.name) (\(county))" : r.name
            list.append(Municipality(number: r.number, name: r.name, officialName: r.official,
                                     parallelNames: parallel, county: county, displayName: display))
        }
        municipalities = list
        var byNumber: [String: Int] = [:]
        for (i, m) in list.enumerated() { byNumber[m.number] = i }
        self.byNumber = byNumber
        counties = Gazetteer.countyNames.sorted { $0.key < $1.key }.map(\.value)

        var index: [String: [Entry]] = [:]
        func add(_ name: String, _ i: Int, _ form: GazetteerMatch.Form) {
            let k = Gazetteer.key(name)
            let e = Entry(index: i, form: form)
            if !(index[k]?.contains(e) ?? false) { index[k, default: []].append(e) }
        }
        for (i, m) in list.enumerated() {
            add(m.name, i, .current)
            for p in m.parallelNames { add(p, i, .current) }
            if m.officialName != m.name { add(m.officialName, i, .current) }
        }
        for line in Gazetteer.formerNameData.split(separator: "\n") {
            let f = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 2 else { continue }
            for n in f[1].split(separator: ",") { if let i = byNumber[String(n)] { add(f[0], i, .former) } }
        }
        for line in Gazetteer.aliasData.split(separator: "\n") {
            let f = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 2, let i = byNumber[f[1]] else { continue }
            add(f[0], i, .variant)
        }
        // Current names before former ones, then by number.
        for (k, v) in index {
            index[k] = v.sorted { a, b in
                let ra = a.form == .former ? 1 : 0, rb = b.form == .former ? 1 : 0
                return ra != rb ? ra < rb : list[a.index].number < list[b.index].number
            }
        }
        self.index = index
        var folded: [String: [Entry]] = [:]
        for (k, v) in index.sorted(by: { $0.key < $1.key }) {
            let fk = Gazetteer.fold(k)
            for e in v where !(folded[fk]?.contains(e) ?? false) { folded[fk, default: []].append(e) }
        }
        self.folded = folded
        nearMissKeys = folded.compactMap { key, entries in key.count >= 6 ? (Array(key), entries) : nil }
        var firstWords: Set<String> = []
        for k in index.keys {
            if let f = k.split(whereSeparator: { $0 == " " || $0 == "-" }).first { firstWords.insert(String(f)) }
        }
        self.firstWords = firstWords
        firstWordBytePairs = FirstTwoSet(firstWords.map(Gazetteer.firstTwoBytes))
        // Keys a text can match word by word (not the " - " joined official names).
        longestKeyWords = index.keys.filter { !$0.contains(" - ") }.map { $0.split(separator: " ").count }.max() ?? 1

        var countyIndex: [String: [String]] = [:]
        for c in Gazetteer.countyNames.values {
            countyIndex[Gazetteer.key(c)] = [c]
            for p in Gazetteer.countyParallelNames[c] ?? [] { countyIndex[Gazetteer.key(p)] = [c] }
        }
        for (old, now) in Gazetteer.formerCounties { countyIndex[Gazetteer.key(old)] = now }
        for (region, county) in Gazetteer.regions { countyIndex[Gazetteer.key(region)] = [county] }
        self.countyIndex = countyIndex
        countyFirstWords = Set(countyIndex.keys.map { String($0.split(separator: " ", omittingEmptySubsequences: false)[0]) })
        countyFirstWordBytePairs = FirstTwoSet(countyFirstWords.map(Gazetteer.firstTwoBytes))
    }

    /// The first two UTF-8 bytes of a word (the second 0 for a one-byte word), packed as `WordSpan.pack` does.
    private static func firstTwoBytes(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8.prefix(2))
        return WordSpan.pack(UInt32(bytes[0]), bytes.count > 1 ? UInt32(bytes[1]) : 0)
    }

    // MARK: Lookup

    /// The municipality with a 2024 number ("0301").
    public func municipality(number: String) -> Municipality? {
        byNumber[number].map { municipalities[$0] }
    }

    /// The municipalities a name can mean: case-insensitive and tolerant of hyphens versus spaces,
    /// of "aa" for "å" and of letters without their marks ("Baerum", "Bodo", "Karasjohka").
    /// Former names and misspellings give the 2024 municipality; a county qualifier narrows a shared
    /// name ("Nes i Viken", "Herøy (Nordland)", "Våler i Hedmark"). Current names come before
    /// former ones; empty when the name is unknown.
    ///
    /// ```swift
    /// Gazetteer.standard.lookup("Nes").map(\.name)   // ["Nes", "Nesbyen"] (Nesbyen was Nes until 2020)
    /// Gazetteer.standard.lookup("Meldal").map(\.name) // ["Orkland"]
    /// ```
    public func lookup(_ name: String) -> [Municipality] {
        entries(for: name).map { municipalities[$0.index] }
    }

    func entries(for name: String) -> [Entry] {
        let k = Gazetteer.key(name)
        guard !k.isEmpty else { return [] }
        if let e = index[k] { return e }
        if let (base, qualifier) = Gazetteer.splitQualifier(k), let inCounties = countyIndex[qualifier] {
            let narrowed = entries(for: base).filter { inCounties.contains(municipalities[$0.index].county) }
            if !narrowed.isEmpty { return preferCurrent(narrowed) }
        }
        if k.contains(" - ") {
            var all: [Entry] = []
            for part in k.components(separatedBy: " - ") {
                for e in entries(for: part) where !all.contains(where: { $0.index == e.index }) { all.append(e) }
            }
            if !all.isEmpty { return all }
        }
        if k.hasSuffix(" kommune") { return entries(for: String(k.dropLast(8))) }
        return folded[Gazetteer.fold(k)] ?? []
    }

    /// A current name (or a variant of one) wins over a former one of the same spelling: with a county qualifier,
    /// and where the context leaves a shared name open.
    func preferCurrent(_ e: [Entry]) -> [Entry] {
        let current = e.filter { $0.form != .former }
        return current.isEmpty ? e : current
    }

    /// Whether a word or phrase is a municipality name (current, former or variant), also in the
    /// genitive ("Larviks", "Osterøys"). Used by the repairer to leave names alone.
    public func isName(_ word: String) -> Bool {
        let k = Gazetteer.key(word)
        if index[k] != nil { return true }
        if k.count > 3, k.hasSuffix("s"), !k.hasSuffix("ss"), index[String(k.dropLast())] != nil { return true }
        return false
    }

    /// The county of a municipality name, or nil when the name is unknown or names municipalities
    /// in different counties ("Herøy"). Also accepts a municipality number.
    public func county(of name: String) -> String? {
        if let i = byNumber[name] { return municipalities[i].county }
        let found = Set(lookup(name).map(\.county))
        return found.count == 1 ? found.first : nil
    }

    /// The counties of 2024 a county name means: itself, or those a former county became
    /// ("Viken" -> Østfold, Akershus, Buskerud; "Hordaland" -> Vestland). Empty when not a county.
    public func counties(named name: String) -> [String] {
        countyIndex[Gazetteer.key(name)] ?? []
    }

    // MARK: Keys

    /// Lower-cased, NFC, hyphens and dashes as spaces (except the " - " between parallel names),
    /// single spaces, no trailing full stop.
    static func key(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        let chars = Array(s.precomposedStringWithCanonicalMapping.lowercased())
        for (i, c) in chars.enumerated() {
            if c == " " || c == "\t" || c == "\n" || c == "\u{A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if c == "-" || c == "–" || c == "—" {
                let spaced = i > 0 && chars[i - 1] == " " && i + 1 < chars.count && chars[i + 1] == " "
                if spaced { out += " -"; pendingSpace = true } else { pendingSpace = !out.isEmpty }
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        while out.hasSuffix(".") { out.removeLast() }
        return out
    }

    /// A key without marks: æ -> ae, ø/ö -> o, å/aa -> a, á -> a, š -> s, ŋ -> n ...
    static func fold(_ key: String) -> String {
        var out = ""
        for c in key {
            switch c {
            case "æ", "ä": out += "ae"
            case "ø", "ö", "ó", "ò": out += "o"
            case "å", "á", "à", "â": out += "a"
            case "é", "è", "ê": out += "e"
            case "š": out += "s"
            case "č": out += "c"
            case "ŋ": out += "n"
            case "đ": out += "d"
            case "ŧ": out += "t"
            case "ž": out += "z"
            case "ï", "í": out += "i"
            default: out.append(c)
            }
        }
        return out.replacingOccurrences(of: "aa", with: "a")
    }

    /// "nes i viken" -> ("nes", "viken"); "herøy (nordland)" -> ("herøy", "nordland").
    static func splitQualifier(_ k: String) -> (String, String)? {
        if k.hasSuffix(")"), let open = k.lastIndex(of: "(") {
            let base = k[..<open].trimmingCharacters(in: .whitespaces)
            let q = k[k.index(after: open)..<k.index(before: k.endIndex)].trimmingCharacters(in: .whitespaces)
            if !base.isEmpty, !q.isEmpty { return (base, q) }
        }
        for sep in [" i ", " på "] {
            if let r = k.range(of: sep) {
                let base = String(k[..<r.lowerBound]), q = String(k[r.upperBound...])
                if !base.isEmpty, !q.isEmpty { return (base, q) }
            }
        }
        return nil
    }

    // MARK: Internal access for the finder

    /// False when no capitalised word of the text can start a name: a byte scan that lets `find`
    /// skip most texts. Conservative: true for any word with a capital inside it.
    func mayNameAMunicipality(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes -> Bool in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                var firstLength = 1
                if b >= 0x80 {
                    // Words hold letters, not dashes, quotes or ellipses ("Hamar—det", "«Bodø»").
                    let (isLetter, length) = WordScanner.isLetter(bytes, at: i)
                    if !isLetter { i += length; continue }
                    firstLength = length
                } else if !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
                    i += 1
                    continue
                }
                // A word: ASCII letters and other letters and combining marks.
                let start = i
                var hasInnerCapital = false, hasNonASCII = b >= 0x80
                var j = i + firstLength
                while j < n {
                    let c = bytes[j]
                    if c >= 0x80 {
                        let (isLetter, length) = WordScanner.isLetter(bytes, at: j)
                        guard isLetter else { break }
                        hasNonASCII = true
                        j += length
                        continue
                    }
                    if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A {
                        if c <= 0x5A { hasInnerCapital = true }
                        j += 1
                        continue
                    }
                    break
                }
                i = j
                let first = bytes[start]
                let capital = first >= 0x41 && first <= 0x5A || first >= 0x80
                guard capital else { continue }
                if hasInnerCapital { return true }
                // An ASCII word of three letters or more (in lower case, and so is its stem without
                // "s") can only be a first word, or one with an "s", if its first two bytes are a first word's.
                if !hasNonASCII, j - start >= 3,
                   !firstWordBytePairs.contains(WordSpan.pack(UInt32(first | 0x20), UInt32(bytes[start + 1] | 0x20))) { continue }
                let original = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self)
                if hasNonASCII, original.dropFirst().contains(where: \.isUppercase) { return true }  // "AskØygarden"
                let word = original.lowercased()
                if firstWords.contains(word) { return true }
                if word.hasSuffix("s"), firstWords.contains(String(word.dropLast())) { return true }
            }
            return false
        }
    }

    /// The first two bytes of a word in lower case when its first two scalars are ASCII letters
    /// (the second 0 for a one-letter word), else nil: then the word's lower case starts with
    /// exactly these bytes, and a byte-pair set can rule it out without lower-casing it.
    static func asciiLetterPair(_ span: WordSpan) -> UInt64? {
        let first = UInt32(span.firstTwo >> 32), second = UInt32(truncatingIfNeeded: span.firstTwo)
        func isLetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        guard isLetter(first), isLetter(second) || second == 0 && span.end - span.start == 1 else { return nil }
        return WordSpan.pack(first | 0x20, second == 0 ? 0 : second | 0x20)
    }

    /// False when the word in lower case, or its stem without a genitive "s", cannot be in
    /// `firstWords`: a word of three bytes or more that starts with two ASCII letters no first
    /// word starts with. (Shorter words and others are left to the look-up.)
    func mayBeAFirstWord(_ span: WordSpan) -> Bool {
        guard span.end - span.start >= 3, let pair = Gazetteer.asciiLetterPair(span) else { return true }
        return firstWordBytePairs.contains(pair)
    }

    /// False when the word in lower case cannot be the first word of a county name.
    func mayStartACountyName(_ span: WordSpan) -> Bool {
        guard let pair = Gazetteer.asciiLetterPair(span) else { return true }
        return countyFirstWordBytePairs.contains(pair)
    }

    func entry(forKey k: String) -> [Entry]? { index[k] }
    /// The entries of a key written without æ, ø and å ("laerdal", "ardal", "tromso"), as `lookup` finds them.
    func entry(foldedKey k: String) -> [Entry]? { folded[Gazetteer.fold(k)] }
    func countiesForKey(_ k: String) -> [String]? { countyIndex[k] }
    /// Whether some key starts with this word (split at spaces and hyphens).
    func startsAKey(_ word: String) -> Bool { firstWords.contains(word) }
    /// Whether some county name starts with this word (split at spaces).
    func startsACountyName(_ word: String) -> Bool { countyFirstWords.contains(word) }
    var maxKeyWords: Int { longestKeyWords }
    func municipality(at i: Int) -> Municipality { municipalities[i] }

    /// Keys of at least `minLength` letters, for near-miss matching in headers.
    func nearMiss(_ word: String) -> [Entry] {
        let k = Gazetteer.fold(Gazetteer.key(word))
        guard k.count >= 6, !k.contains(" ") else { return [] }
        let characters = Array(k)
        var found: Set<Int> = []
        // Keys as Characters made once: counting and splitting every key for every word was most of the time.
        for (key, entries) in nearMissKeys where abs(key.count - characters.count) <= 1 {
            if Gazetteer.withinOneEdit(key, characters) { for e in entries { found.insert(e.index) } }
        }
        return found.sorted { municipalities[$0].number < municipalities[$1].number }
            .map { Entry(index: $0, form: .fuzzy) }
    }

    static func withinOneEdit(_ x: [Character], _ y: [Character]) -> Bool {
        if x == y { return true }
        if abs(x.count - y.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        edits += (x.count - i) + (y.count - j)
        return edits <= 1
    }
}
