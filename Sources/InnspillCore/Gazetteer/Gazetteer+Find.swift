import Foundation
import InnspillText

extension Gazetteer {
    /// Municipality names in free text, in order: multiword names ("Vestre Toten", "Nes i Viken"),
    /// genitives ("Larviks"), county qualifiers ("Våler i Hedmark") and two names run together by
    /// PDF extraction ("AskØygarden" -> Askøy and Øygarden). A name must be capitalised; names that
    /// are also common words ("Time", "Hole", "Lier", "Ås", "Gran", "Nes", "Bø"...) count only where
    /// the context makes them a place: inside a sentence, before "kommune"/"kulturskole", as a label
    /// ("Nes: ..."), or qualified by a county. A name shared by several municipalities is resolved
    /// by the counties of the other names in the text, or kept with all candidates.
    ///
    /// ```swift
    /// let found = Gazetteer.standard.find(in: "Time er knapp. Vi besøkte Kulturkarusellen i Bergen.")
    /// found.map(\.text)   // ["Bergen"]
    /// ```
    public func find(in text: String) -> [GazetteerMatch] {
        guard mayNameAMunicipality(text) else { return [] }
        return scan(text, header: false)
    }

    /// The municipalities named in a group header or a participant line, which are lists separated
    /// by commas, "og", "and", "&", slashes or plain spaces: "Gruppe 18: NMF, Namsos, Ullensaker",
    /// "16 Orkland, Osterøy, Tingvoll, Gjesdal", "Rom 9: Nes i Viken, Kvam",
    /// "Gruppe 8: Hyllestad/Fjaler, Vannylven", "Stranda, Stryn Valle, Inderøy",
    /// "Dialogtema 1 - AskØygarden". More permissive than `find(in:)`: names that are common words
    /// count wherever capitalised, and a capitalised word one letter off a name that is not a
    /// dictionary word counts as that name (form `.fuzzy`).
    ///
    /// ```swift
    /// Gazetteer.standard.municipalities(inHeader: "Gruppe 15 - Grimstad, Lier, Hustavika, Indre Fosen og NMF")
    ///     .compactMap(\.municipality?.name)  // ["Grimstad", "Lier", "Hustadvika", "Indre Fosen"]
    /// ```
    public func municipalities(inHeader header: String) -> [GazetteerMatch] {
        scan(header, header: true)
    }

    // MARK: - Scanning

    static let placeFollowers: Set<String> = [
        "kommune", "kommunes", "kulturskole", "kulturskolen", "kulturskule", "kulturskulen",
        "kulturskoles", "bibliotek", "folkebibliotek", "kommunestyre", "sentrum",
    ]

    /// `find(in:)` over the text's words when the caller has them already (the readers share them
    /// with `Organisations.find(in:words:)`). No byte pre-scan here: with the words scanned, `scan`
    /// rules out a word on its span as cheaply, and a second pass over the text was 4 % of a load.
    func find(in text: String, words: Words) -> [GazetteerMatch] {
        scan(text, header: false, words: words)
    }

    private func scan(_ text: String, header: Bool, words: Words? = nil) -> [GazetteerMatch] {
        let words = words ?? Gazetteer.words(in: text)
        var raw: [(match: GazetteerMatch, entries: [Entry])] = []
        var i = 0
        while i < words.count {
            guard words.spans[i].capitalised else { i += 1; continue }
            let w = words[i]
            if let found = matchAt(i, words, text, header: header) {
                raw.append(contentsOf: found.matches)
                i += found.consumed
                continue
            }
            if w.internalCapital, !w.allCaps {
                raw.append(contentsOf: runTogether(w, text))
            } else if w.span.hasHyphen, w.text.contains("-") {
                raw.append(contentsOf: hyphenParts(w, text, header: header))
            } else if header, w.allCaps, w.text.count >= 4, let found = entry(foldedKey: w.lower) {
                // A name in capitals typed or OCR'd without its æ, ø or å ("LAERDAL", "ARDAL"), as a mixed-case one is
                // found below; four letters or more, so no acronym is read as a place.
                raw.append((make(w.range, text, found, .fuzzy), found))
            } else if header, !w.allCaps, isUnknownWord(w.lower), Organisations.canonicalName(for: String(w.text)) == nil {
                let near = ocrMiss(w.lower)
                    ?? nearMiss(String(w.text))
                if !near.isEmpty {
                    raw.append((make(w.range, text, near, .fuzzy), near))
                }
            }
            i += 1
        }
        return resolve(raw, text: text, words: words)
    }

    /// A name OCR damaged the way it damages æ, ø and å ("Bodg", "Tgnsberg", "Askgy", "Fgrde"): the municipalities
    /// whose name one such letter put back gives, or nil when none does. Exact look-ups, so short names count too,
    /// which `nearMiss` leaves alone.
    private func ocrMiss(_ lower: String) -> [Entry]? {
        let letters = Array(lower)
        let readAs: [Character: Character] = ["g": "ø", "o": "ø", "0": "ø", "@": "ø", "a": "å", "4": "å", "d": "å", "é": "å", "e": "æ"]
        var found: [Entry] = []
        for (i, c) in letters.enumerated() {
            guard let original = readAs[c] else { continue }
            var candidate = letters
            candidate[i] = original
            if let entries = entry(forKey: String(candidate)) { found += entries.map { Entry(index: $0.index, form: .fuzzy) } }
        }
        return found.isEmpty ? nil : found
    }

    private func isUnknownWord(_ lower: String) -> Bool {
        guard let d = NorwegianDictionaries.shared else { return true }
        return !d.contains(lower)
    }

    private func make(_ range: Range<String.Index>, _ text: String, _ entries: [Entry],
                      _ form: GazetteerMatch.Form, resolved: Bool = false) -> GazetteerMatch {
        var seen: Set<Int> = []
        let ms = entries.filter { seen.insert($0.index).inserted }.map { municipality(at: $0.index) }
        return GazetteerMatch(text: String(text[range]), range: range, candidates: ms, form: form,
                              resolvedByContext: resolved)
    }

    private static func form(of entries: [Entry]) -> GazetteerMatch.Form {
        if entries.contains(where: { $0.form == .current }) { return .current }
        if entries.contains(where: { $0.form == .variant }) { return .variant }
        return entries.first?.form ?? .current
    }

    /// The longest name starting at word `i`, with its qualifier; nil when none is accepted.
    private func matchAt(_ i: Int, _ words: Words, _ text: String, header: Bool)
        -> (matches: [(match: GazetteerMatch, entries: [Entry])], consumed: Int)? {
        let w = words[i]
        let maxN = min(maxKeyWords, words.count - i)
        guard maxN >= 1 else { return nil }
        // Most capitalised words (sentence starts) are ruled out on their first two bytes, before they are lower-cased.
        guard w.span.hasHyphen || mayBeAFirstWord(w.span) else { return nil }
        let lower = w.lower  // once: the tests and keys below all start from it
        guard mayStartAName(w, lower: lower) else { return nil }
        for n in stride(from: maxN, through: 1, by: -1) {
            let last = words[i + n - 1]
            if n > 1 {
                guard last.capitalised else { continue }
                var adjacent = true
                for k in i..<(i + n - 1) where !Gazetteer.onlySpaces(text, words[k].range.upperBound, words[k + 1].range.lowerBound) {
                    adjacent = false
                }
                guard adjacent else { continue }
            }
            var key = n == 1 ? lower : ([lower] + words[(i + 1)..<(i + n)].map(\.lower)).joined(separator: " ")
            if words.spans[i..<(i + n)].contains(where: \.hasHyphen), key.contains("-") { key = key.replacingOccurrences(of: "-", with: " ") }
            var entries = entry(forKey: key)
            if entries == nil, key.count > 3, key.hasSuffix("s"), !key.hasSuffix("ss") {
                let stem = String(key.dropLast())
                if let e = entry(forKey: stem), !stem.hasSuffix("s") { entries = e }
            }
            guard var found = entries else { continue }
            if w.allCaps, !header, n == 1, w.text.count < 3 { return nil }
            var end = last.range.upperBound
            var consumed = n
            // A county qualifier: "i Hedmark", "i Møre og Romsdal", "(Nordland)".
            var qualified = false
            if i + n < words.count {
                let q = words[i + n]
                let afterName = text[end..<q.range.lowerBound]
                let bracketed = afterName.trimmingSpaces == "("
                let start = bracketed ? i + n : (q.lower == "i" || q.lower == "på") ? i + n + 1 : -1
                if start >= 0, start < words.count, bracketed || Gazetteer.onlySpaces(text, q.range.upperBound, words[start].range.lowerBound) {
                    for m in stride(from: min(3, words.count - start), through: 1, by: -1) {
                        let ck = words[start..<(start + m)].map(\.lower).joined(separator: " ")
                        if let cs = countiesForKey(ck.replacingOccurrences(of: "-", with: " ")) ?? countiesForKey(ck) {
                            let narrowed = found.filter { cs.contains(municipality(at: $0.index).county) }
                            if !narrowed.isEmpty {
                                let cur = narrowed.filter { $0.form != .former }
                                found = cur.isEmpty ? narrowed : cur
                                end = words[start + m - 1].range.upperBound
                                if bracketed, end < text.endIndex, text[end] == ")" { end = text.index(after: end) }
                                consumed = start + m - i
                                qualified = true
                            }
                            break
                        }
                    }
                }
            }
            if !header, !qualified, n == 1, !accepted(i, words, found, lower: lower) { return nil }
            let range = w.range.lowerBound..<end
            return ([(make(range, text, found, Gazetteer.form(of: found)), found)], consumed)
        }
        return nil
    }

    /// False when no key of the index can start with this word: the first word of a key that
    /// `matchAt` builds from a word without a hyphen is the word in lower case, or its stem without
    /// a genitive "s". One look-up instead of one per name length. `lower` is the word in lower case.
    private func mayStartAName(_ w: Word, lower: String) -> Bool {
        guard !w.span.hasHyphen else { return true }
        return startsAKey(lower) || lower.hasSuffix("s") && startsAKey(String(lower.dropLast()))
    }

    /// Free-text rule for single-word names: not a surname after a given name ("Kari Nes", "Per Sørfold"),
    /// and a name that is also a common word only where the context makes it a place.
    private func accepted(_ i: Int, _ words: Words, _ entries: [Entry], lower: String) -> Bool {
        let w = words[i]
        if i > 0, words.spans[i - 1].capitalised, !words.spans[i - 1].allCaps, words.text[words[i - 1].range.upperBound..<w.range.lowerBound] == " ",
           Gazetteer.givenNames.contains(words[i - 1].lower) {
            return false
        }
        var stem = lower
        if entry(forKey: stem) == nil, stem.hasSuffix("s") { stem.removeLast() }
        guard Gazetteer.commonWordNames.contains(stem) else { return true }
        if w.allCaps { return i + 1 < words.count && Gazetteer.placeFollowers.contains(words[i + 1].lower) }
        if i + 1 < words.count, Gazetteer.placeFollowers.contains(words[i + 1].lower) { return true }
        if w.followedBy == ":" { return true }
        // In a list with another name: "Ås, Steinkjer", "Lier og Grimstad"; also one that is a common word, written with
        // its capital inside the sentence, where only a name has one ("Lom og Sel samarbeider").
        func isOtherName(_ k: Int) -> Bool {
            guard k >= 0, k < words.count, words[k].capitalised else { return false }
            let l = words[k].lower
            return entry(forKey: l) != nil && (!Gazetteer.commonWordNames.contains(l) || !words[k].sentenceInitial && !words[k].allCaps)
        }
        let listNext = w.followedBy == "," || i + 1 < words.count && words[i + 1].lower == "og"
        if listNext, isOtherName(w.followedBy == "," ? i + 1 : i + 2) { return true }
        if i >= 1, words[i - 1].lower == "og", isOtherName(i - 2) { return true }
        if i >= 1, isOtherName(i - 1), words[i - 1].followedBy == "," { return true }
        if w.sentenceInitial { return false }
        // A surname after a first name: "Anne Lund".
        if i > 0 {
            let p = words[i - 1]
            if p.capitalised, !p.sentenceInitial, entry(forKey: p.lower) == nil,
               countiesForKey(p.lower) == nil, !p.lower.hasPrefix("kultur") { return false }
        }
        return true
    }

    /// "AskØygarden" -> Askøy (sharing the Ø) and Øygarden.
    private func runTogether(_ w: Word, _ text: String) -> [(match: GazetteerMatch, entries: [Entry])] {
        let s = w.text
        var idx = s.index(after: s.startIndex)
        while idx < s.endIndex {
            if s[idx].isUppercase {
                let right = String(s[idx...])
                if let re = entry(forKey: Gazetteer.key(right)) {
                    let left = String(s[..<idx])
                    for k in 0...3 {
                        guard let cut = s.index(idx, offsetBy: k, limitedBy: s.endIndex) else { break }
                        let candidate = left + String(s[idx..<cut])
                        if let le = entry(forKey: Gazetteer.key(candidate)) {
                            return [(make(s.startIndex..<cut, text, le, Gazetteer.form(of: le)), le),
                                    (make(idx..<s.endIndex, text, re, Gazetteer.form(of: re)), re)]
                        }
                    }
                    return [(make(idx..<s.endIndex, text, re, Gazetteer.form(of: re)), re)]
                }
            }
            idx = s.index(after: idx)
        }
        return []
    }

    /// "Askøy-Øygarden": the capitalised parts of a hyphenated word that are names.
    private func hyphenParts(_ w: Word, _ text: String, header: Bool) -> [(match: GazetteerMatch, entries: [Entry])] {
        var out: [(match: GazetteerMatch, entries: [Entry])] = []
        var start = w.text.startIndex
        let s = w.text
        while start < s.endIndex {
            let end = s[start...].firstIndex(of: "-") ?? s.endIndex
            let part = s[start..<end]
            if part.first?.isUppercase == true, let e = entry(forKey: part.lowercased()) {
                let common = Gazetteer.commonWordNames.contains(part.lowercased())
                if header || !common { out.append((make(start..<end, text, e, Gazetteer.form(of: e)), e)) }
            }
            start = end < s.endIndex ? s.index(after: end) : end
        }
        // Only when every capitalised part is a name: "Askøy-Øygarden", not "Harry-Potter".
        let capitalisedParts = s.split(separator: "-").filter { $0.first?.isUppercase == true }.count
        return out.count == capitalisedParts && out.count >= 2 ? out : []
    }

    /// Whether only spaces (and at most one line break: "Vestre\nToten") separate two words.
    static func onlySpaces(_ text: String, _ from: String.Index, _ to: String.Index) -> Bool {
        guard from <= to else { return false }
        let gap = text[from..<to]
        var breaks = 0
        for c in gap {
            if c == "\n" || c == "\r\n" { breaks += 1; continue }
            if c != " " && c != "\u{A0}" { return false }
        }
        return !gap.isEmpty && breaks <= 1
    }

    /// Narrows shared names by the counties of the other names and the counties named in the text.
    private func resolve(_ raw: [(match: GazetteerMatch, entries: [Entry])], text: String,
                         words: Words) -> [GazetteerMatch] {
        guard !raw.isEmpty else { return [] }
        var known: Set<String> = []
        for r in raw where r.match.candidates.count == 1 { known.insert(r.match.candidates[0].county) }
        var i = 0
        while i < words.count {
            var step = 1
            // A county name's first word is the word in lower case (the words of a key are joined by spaces).
            if words.spans[i].capitalised, mayStartACountyName(words.spans[i]), startsACountyName(words[i].lower) {
                for m in stride(from: min(3, words.count - i), through: 1, by: -1) {
                    let k = words[i..<(i + m)].map(\.lower).joined(separator: " ")
                    if let cs = countiesForKey(k) { cs.forEach { known.insert($0) }; step = m; break }
                }
            }
            i += step
        }
        let byKnown = raw.map { r in
            let m = r.match
            guard m.isAmbiguous, !known.isEmpty else { return m }
            let narrowed = m.candidates.filter { known.contains($0.county) }
            guard narrowed.count == 1 else { return m }
            return GazetteerMatch(text: m.text, range: m.range, candidates: narrowed, form: m.form,
                                  resolvedByContext: true)
        }
        // Shared names named together narrow each other: "Herøy og Sande" are the two in Møre og Romsdal, the
        // one county both have a place in.
        let stillShared = byKnown.filter(\.isAmbiguous)
        let together = Set(stillShared.map(\.text)).count < 2 ? byKnown : byKnown.map { m in
            guard m.isAmbiguous else { return m }
            let others = Set(stillShared.filter { $0.text != m.text }.flatMap { $0.candidates.map(\.county) })
            let narrowed = m.candidates.filter { others.contains($0.county) }
            guard narrowed.count == 1 else { return m }
            return GazetteerMatch(text: m.text, range: m.range, candidates: narrowed, form: m.form, resolvedByContext: true)
        }
        // Where the context leaves it open, a municipality that bears the name today is meant rather than one that
        // bore it once: "Nes" is Nes in Akershus, not Nesbyen (Nes in Buskerud until 2020).
        return zip(together, raw).map { m, r in
            guard m.isAmbiguous else { return m }
            let current = Set(preferCurrent(r.entries).map { municipality(at: $0.index) })
            let bearing = m.candidates.filter(current.contains)
            guard !bearing.isEmpty, bearing.count < m.candidates.count else { return m }
            return GazetteerMatch(text: m.text, range: m.range, candidates: bearing, form: m.form,
                                  resolvedByContext: m.resolvedByContext)
        }
    }
}
