import Foundation
import InnspillText

/// Repairs text damaged on its way out of a PDF or a scanner, and says what it changed:
/// - lost ligatures: U+FFFD where "fi", "fl", "ff", "ffi" or "ffl" stood ("�nansiering" ->
///   "finansiering", "�ere" -> "flere", "re�eksjon" -> "refleksjon");
/// - OCR damage to æ, ø and å (in OCR mode): ø read as g, @, 0 or o ("bgr" -> "bør",
///   "@ygarden" -> "Øygarden", "0ss" -> "oss"), å as a, d, é, 4 or & ("ogsa" -> "også",
///   "mé" -> "må", "for 4 bygge" -> "for å bygge"), æ as ae, ee or e ("veere" -> "være",
///   "leerere" -> "lærere"), and words run together with a lost "å", "ha", "la" or "få"
///   ("abygge" -> "å bygge", "famed" -> "få med");
/// - letters lost to a wrong encoding: U+FFFD where "æ", "ø" or "å" makes a word and no ligature
///   does ("v\u{FFFD}re" -> "være"), reported as kind `encoding`.
///
/// A token changes only when it is not a word as written (hunspell nb_NO or nn_NO, or a
/// municipality name) and a candidate is; names, acronyms, numbers, URLs and e-mail addresses are
/// left alone. The exceptions, in OCR mode only, are a few short words that OCR makes from
/// common ones and that are rare in their own right ("pa", "ma", "na", "nar", "fa", "moter"...),
/// those whose context tells ("felles mal" -> "felles mål", not "en mal"; "sa" -> "så", not "sa at"),
/// and a lone "a", "4", "&", "d" or "8" where "å" fits: before a word that looks like an infinitive.
/// Deterministic; results per token are cached, so clean text costs little.
///
/// ```swift
/// let repairer = TextRepairer.forDocument(wholeFile)      // OCR mode when the file looks scanned
/// let outcome = repairer.repair("Vi ma jobbe for 4 bygge\nopp en �nansiering")
/// outcome.text   // "Vi må jobbe for å bygge\nopp en finansiering"
/// for change in outcome.changes { print(unitFirstLine + change.lineOffset, change.original, change.repaired) }
/// ```
public final class TextRepairer: Sendable {
    /// Whether the OCR repairs of æ, ø and å are made.
    public enum OCRMode: String, Sendable {
        /// Decide for each text repaired, by `looksOCRDamaged(_:)`. Weak on single lines:
        /// prefer `forDocument(_:)`, which decides once for a whole file.
        case auto
        /// Always (the text is known to be OCR output).
        case on
        /// Never: only U+FFFD (lost ligatures and letters), and "@" inside a word where "ø" makes it a word.
        case off
    }

    public let mode: OCRMode
    let dictionaries: NorwegianDictionaries?
    let gazetteer: Gazetteer
    private let ocrCache = TokenCache()
    private let cleanCache = TokenCache()

    /// - Parameters:
    ///   - dictionaries: the hunspell dictionaries; without them (hunspell-no not installed)
    ///     nothing is repaired.
    ///   - gazetteer: names that count as words and are never changed.
    ///   - ocr: whether OCR damage to æ, ø, å is repaired.
    public init(dictionaries: NorwegianDictionaries? = NorwegianDictionaries.shared,
                gazetteer: Gazetteer = .standard, ocr: OCRMode = .auto) {
        self.dictionaries = dictionaries
        self.gazetteer = gazetteer
        self.mode = ocr
    }

    /// Deciding OCR mode for each text (see `OCRMode.auto`).
    public static let shared = TextRepairer(ocr: .auto)
    /// Always repairing OCR damage.
    public static let ocr = TextRepairer(ocr: .on)
    /// Only U+FFFD (lost ligatures and letters) and "@" for "ø".
    public static let clean = TextRepairer(ocr: .off)

    /// The shared repairer for a whole file: `ocr` when the file looks like OCR output, else `clean`.
    public static func forDocument(_ text: String) -> TextRepairer {
        looksOCRDamaged(text) ? ocr : clean
    }

    /// Whether a text looks like OCR output that lost æ, ø and å: the damaged forms of common
    /// words ("pa", "ogsa", "ma", "bgr", "veere"...) occur at least 3 times and at least as often as
    /// their correct forms ("på", "også", "må"...). (Half as often was tried: typed text with three
    /// slips beside four correct words then had its "sa", "PA" and "Lone Star" changed too.)
    public static func looksOCRDamaged(_ text: String) -> Bool {
        let (damaged, correct) = markerCounts(text)
        return damaged >= 3 && damaged >= correct
    }

    static let damagedMarkers: Set<String> = [
        "pa", "ogsa", "ogsd", "ogsé", "ma", "mé", "na", "nar", "nér", "pd", "pé", "bgr", "veere", "vaere",
        "gjore", "gjgre", "gnsker", "hgre", "lgse", "gkonomi", "sma", "gé", "leerere", "laerere",
        "lerere", "spersmal", "sporsmal", "gar", "gér",
    ]
    static let correctMarkers: Set<String> = [
        "på", "også", "må", "nå", "når", "bør", "være", "gjøre", "ønsker", "høre", "løse", "økonomi",
        "små", "få", "gå", "lærere", "målet", "spørsmål", "både", "går",
    ]

    /// Counts of damaged and correct marker words: a byte scan over words of at most 12 bytes
    /// (small strings, no allocation), lower-casing ASCII letters only.
    ///
    /// This runs over the whole of every file a load reads (`forDocument`), before anything else.
    /// A word made of ASCII letters and the two-byte sequences led by 0xC3 (U+00C0...U+00FF: æ, ø,
    /// å, é...) equals a marker exactly when its bytes do, so it is packed into two integers and looked up
    /// in a sorted table; other words (a combining mark, another script) can equal a marker only
    /// as canonically equivalent Strings and go through the Set look-up as before.
    ///
    /// The text is counted in pieces on all cores, cut where no word is (at a byte that is neither a
    /// letter nor part of a non-ASCII character): on one core this was a tenth of what a load does
    /// before its work is spread over the cores.
    static func markerCounts(_ text: String) -> (Int, Int) {
        var copy = text
        let bounds = copy.withUTF8 { bytes -> [Int] in
            let pieces = bytes.count < 1 << 20 ? 1 : 4 * ProcessInfo.processInfo.activeProcessorCount
            var bounds = [0]
            for k in 1 ..< pieces {
                var cut = max(bounds[k - 1], bytes.count * k / pieces)
                while cut < bytes.count, isWordByte(bytes[cut]) { cut += 1 }
                bounds.append(cut)
            }
            bounds.append(bytes.count)
            return bounds
        }
        let counts = Parallel.map(bounds.count - 1, minimumChunk: 1) { piece in
            var copy = text
            return copy.withUTF8 { markerCounts(UnsafeBufferPointer(rebasing: $0[bounds[piece] ..< bounds[piece + 1]])) }
        }
        return counts.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
    }

    /// A byte that can be part of a word for `markerCounts`: an ASCII letter or a byte of a non-ASCII character.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// `markerCounts` of one piece of the text's bytes.
    private static func markerCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var damaged = 0, correct = 0
        let table = packedMarkers  // read the static once
        let n = bytes.count
        var i = 0
        while i < n {
            // A word: ASCII letters and non-ASCII bytes ("på", "mé", "ogsé").
            var j = i
            var latin = true  // only ASCII letters and bytes of U+00C0...U+00FF
            while j < n, isWordByte(bytes[j]) {
                if bytes[j] >= 0x80, bytes[j] != 0xC3, bytes[j] > 0xBF { latin = false }
                j += 1
            }
            if j == i { i += 1; continue }
            if j - i <= 12 {
                let word = UnsafeBufferPointer(rebasing: bytes[i..<j])
                let kind = latin ? table.kind(of: word) : markerKind(ofUnusual: word)
                if kind == .damaged { damaged += 1 } else if kind == .correct { correct += 1 }
            }
            i = j
        }
        return (damaged, correct)
    }

    enum MarkerKind { case none, damaged, correct }

    /// The marker kind of a word by String comparison (canonical equivalence), ASCII capitals made small.
    private static func markerKind(ofUnusual word: UnsafeBufferPointer<UInt8>) -> MarkerKind {
        let w = String(decoding: word.lazy.map(PackedMarkers.folded), as: UTF8.self)
        return damagedMarkers.contains(w) ? .damaged : correctMarkers.contains(w) ? .correct : .none
    }

    /// The markers as ASCII-lower-cased bytes packed into two integers, sorted, for a binary search.
    struct PackedMarkers {
        /// A word of at most 16 bytes: bytes 0-7 in `high`, 8-15 in `low`, first byte most significant, zero-padded.
        struct Key: Comparable {
            var high: UInt64 = 0, low: UInt64 = 0
            static func < (a: Key, b: Key) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }
        }
        private let keys: [Key]
        private let kinds: [MarkerKind]
        /// The longest marker in bytes: a longer word of ASCII and Latin-1 letters is none.
        private let longest: Int
        /// For each first byte (ASCII capitals made small), a bit for each length in bytes of the
        /// markers starting with it: most words are ruled out by this before they are packed.
        private let lengthsByFirstByte: [UInt16]

        init(damaged: Set<String>, correct: Set<String>) {
            let all = damaged.map { (PackedMarkers.key(Array($0.utf8)[...]), MarkerKind.damaged) }
                + correct.map { (PackedMarkers.key(Array($0.utf8)[...]), MarkerKind.correct) }
            let sorted = all.sorted { $0.0 < $1.0 }
            keys = sorted.map(\.0)
            kinds = sorted.map(\.1)
            longest = (damaged.union(correct)).map(\.utf8.count).max() ?? 0
            var lengths = [UInt16](repeating: 0, count: 256)
            for marker in damaged.union(correct) { lengths[Int(PackedMarkers.folded(marker.utf8.first!))] |= 1 << marker.utf8.count }
            lengthsByFirstByte = lengths
        }

        static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

        /// The key of a word, ASCII capitals made small (the word has at most 16 bytes).
        static func key<C: Collection>(_ bytes: C) -> Key where C.Element == UInt8 {
            var key = Key()
            var shift = 0
            for b in bytes {
                let byte = UInt64(folded(b))
                if shift < 64 { key.high |= byte << (56 - shift) } else { key.low |= byte << (120 - shift) }
                shift += 8
            }
            return key
        }

        func kind(of word: UnsafeBufferPointer<UInt8>) -> MarkerKind {
            guard word.count <= longest, lengthsByFirstByte[Int(PackedMarkers.folded(word[0]))] & (1 << word.count) != 0 else { return .none }
            let target = PackedMarkers.key(word)
            var lo = 0, hi = keys.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if keys[mid] < target { lo = mid + 1 } else { hi = mid }
            }
            return lo < keys.count && keys[lo] == target ? kinds[lo] : .none
        }
    }

    static let packedMarkers = PackedMarkers(damaged: damagedMarkers, correct: correctMarkers)

    // MARK: - Repairing

    /// Repairs a text of one or more lines. `next` is the line after the text, if it goes on: read, not repaired, as
    /// the context of the words at the text's end ("bade" at a line's end, "og" on the next: "både").
    ///
    /// ```swift
    /// repairer.repair("Foregar undervisningen bade", followedBy: "i grunnskolen og pa kulturskolen?").text
    /// // "Foregår undervisningen både"
    /// ```
    public func repair(_ text: String, followedBy next: Substring? = nil) -> RepairOutcome {
        let ocr: Bool
        switch mode {
        case .on: ocr = true
        case .off: ocr = false
        case .auto: ocr = TextRepairer.looksOCRDamaged(text)
        }
        guard dictionaries != nil else { return RepairOutcome(text: text, changes: []) }
        // Clean text without a replacement character or an "@" has nothing to repair.
        if !ocr, !TextRepairer.mayNeedCleanRepair(text) { return RepairOutcome(text: text, changes: []) }
        var lines: [String] = []
        var changes: [RepairOutcome.Change] = []
        let textLines = text.newlineSeparatedLines
        for (offset, line) in textLines.enumerated() {
            let after = offset + 1 < textLines.count ? textLines[offset + 1] : next
            let (fixed, lineChanges) = repairLine(String(line), ocr: ocr, followedBy: after)
            lines.append(fixed)
            changes += lineChanges.map { RepairOutcome.Change(lineOffset: offset, original: $0.0, repaired: $0.1, kind: $0.2) }
        }
        return RepairOutcome(text: lines.joined(separator: "\n"), changes: changes)
    }

    /// One chunk of a line between spaces: leading punctuation, the token, trailing punctuation.
    struct Chunk {
        var lead: Substring
        var core: String
        var trail: Substring
        var gap: String  // the whitespace after the chunk
        var repaired: String?
        var kind: Repair.Kind = .ocr
    }

    /// Whether the text has a U+FFFD (EF BF BD), an "@", a ligature character (U+FB00-FB06: EF AC 80-86) or a symbol
    /// font's glyph (U+F000-F0FF: EF 80-83 xx): a byte scan.
    static func mayNeedCleanRepair(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            for i in 0..<bytes.count {
                let b = base[i]
                if b == 0x40 { return true }
                guard b == 0xEF, i + 2 < bytes.count else { continue }
                let (second, third) = (base[i + 1], base[i + 2])
                if second == 0xBF && third == 0xBD || second == 0xAC && third <= 0x86 || second <= 0x83 { return true }
            }
            return false
        }
    }

    func repairLine(_ line: String, ocr: Bool, followedBy next: Substring?) -> (String, [(String, String, Repair.Kind)]) {
        // Clean text: nothing to do unless there is a replacement character or an "@".
        if !ocr, !TextRepairer.mayNeedCleanRepair(line) { return (line, []) }
        guard line.utf8.count > TextRepairer.windowBytes else { return repairWindow(line, ocr: ocr, followedBy: next) }
        // A line far longer than any written one (a file of one line) is repaired a window at a time:
        // the word records of a whole 50 MB line took 40 times its size. The words at a window's
        // edge lose their neighbour across it as context; no exported line comes near a window.
        var text = ""
        var changes: [(String, String, Repair.Kind)] = []
        let windows = TextRepairer.windows(of: line)
        for (k, window) in windows.enumerated() {
            let (fixed, windowChanges) = repairWindow(String(window), ocr: ocr, followedBy: k == windows.count - 1 ? next : nil)
            text += fixed
            changes += windowChanges
        }
        return (changes.isEmpty ? line : text, changes)
    }

    /// The longest line repaired in one piece, in bytes.
    static let windowBytes = 65_536

    /// A line cut into pieces of about `windowBytes`, each cut made just after a space or tab (a piece
    /// runs on to the next one when there is none), so the pieces joined are the line.
    static func windows(of line: String) -> [Substring] {
        var pieces: [Substring] = []
        let utf8 = line.utf8
        var start = utf8.startIndex
        while let target = utf8.index(start, offsetBy: windowBytes, limitedBy: utf8.endIndex), target < utf8.endIndex {
            guard let space = utf8[target...].firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { break }
            let cut = utf8.index(after: space)
            pieces.append(line[start ..< cut])
            start = cut
        }
        if start < utf8.endIndex { pieces.append(line[start...]) }
        return pieces
    }

    /// `repairLine` on a line, or a window of one, in one piece.
    private func repairWindow(_ line: String, ocr: Bool, followedBy next: Substring?) -> (String, [(String, String, Repair.Kind)]) {
        var chunks = TextRepairer.chunks(line)
        if chunks.isEmpty { return (line, []) }
        var changes: [(String, String, Repair.Kind)] = []
        for i in chunks.indices {
            let core = chunks[i].core
            guard !core.isEmpty else { continue }
            if let (fixed, kind) = repairToken(core, ocr: ocr) {
                chunks[i].repaired = fixed
                chunks[i].kind = kind
            }
        }
        if ocr { applyContext(&chunks, followedBy: next) }
        // A list bullet OCR read as a lone "e" starting the line ("e Sette av tid"): no Norwegian word is
        // "e", and as a word it ran the item into the line before and counted in every statistic.
        if ocr, chunks.count > 1, chunks[0].lead.isEmpty, chunks[0].core == "e", chunks[0].trail.isEmpty {
            chunks[0].repaired = "•"
            chunks[0].kind = .ocr
        }
        // A bullet of a Symbol or Wingdings font kept as the font's private-use glyph ("\u{F0B7} Flere tilbud", as Acrobat
        // saves a PDF as text): a bullet. (An indented line's spaces are a chunk of their own.)
        // In OCR text, a lone "¢", "«" or "»" starting a line is how the scan read a round bullet ("¢ Kombinasjonsstillinger",
        // "« Hva kan vare kulturskolens rolle?"): a quotation mark opens a quote with no space after it.
        let first = chunks[0].lead.isEmpty && chunks[0].core.isEmpty && chunks[0].trail.isEmpty && chunks.count > 1 ? 1 : 0
        if chunks.count > first + 1, chunks[first].core.isEmpty, chunks[first].trail.isEmpty,
           chunks[first].lead.unicodeScalars.count == 1, let glyph = chunks[first].lead.unicodeScalars.first {
            if let kind = TextRepairer.bulletKind(glyph, before: chunks[first + 1], ocr: ocr) {
                chunks[first].core = String(chunks[first].lead)
                chunks[first].lead = ""
                chunks[first].repaired = "•"
                chunks[first].kind = kind
            }
        }
        var reportedWithTheOneBefore = false
        for i in chunks.indices {
            if reportedWithTheOneBefore { reportedWithTheOneBefore = false; continue }
            guard let fixed = chunks[i].repaired, fixed != chunks[i].core else { continue }
            if TextRepairer.loneA.contains(chunks[i].core) || fixed == "•", i + 1 < chunks.count, !chunks[i + 1].core.isEmpty {
                // Reported with the word after it, as it stood, so the change can be judged; a word repaired too is
                // one change with it ("4 fa" -> "å få", not "4 fa" -> "å fa" and "fa" -> "få").
                let next = chunks[i + 1].core
                let nextFixed = chunks[i + 1].repaired.flatMap { $0 == next ? nil : $0 }
                changes.append((chunks[i].core + " " + next, fixed + " " + (nextFixed ?? next), chunks[i].kind))
                reportedWithTheOneBefore = nextFixed != nil
            } else {
                changes.append((chunks[i].core, fixed, chunks[i].kind))
            }
        }
        if changes.isEmpty { return (line, []) }
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        for c in chunks { out += c.lead; out += c.repaired ?? c.core; out += c.trail; out += c.gap }
        return (out, changes)
    }

    /// Letters (with combining marks), digits, and the characters OCR makes of æ, ø, å.
    @inline(__always)
    static func isCore(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII {
            let v = u.value
            return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || v >= 0x30 && v <= 0x39 || v == 0x40 || v == 0x26
        }
        if u == "\u{FFFD}" { return true }
        let p = u.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.numericType != nil
    }

    /// The line cut at spaces and tabs into chunks; works on Unicode scalars for speed.
    static func chunks(_ line: String) -> [Chunk] {
        var out: [Chunk] = []
        let u = line.unicodeScalars
        let end = u.endIndex
        var i = u.startIndex
        while i < end, u[i] == " " || u[i] == "\t" { i = u.index(after: i) }
        if i > u.startIndex { out.append(Chunk(lead: "", core: "", trail: "", gap: String(line[u.startIndex..<i]))) }
        while i < end {
            var j = i
            while j < end, u[j] != " ", u[j] != "\t" { j = u.index(after: j) }
            var g = j
            while g < end, u[g] == " " || u[g] == "\t" { g = u.index(after: g) }
            var s = i, e = j
            while s < e, !isCore(u[s]) { s = u.index(after: s) }
            while e > s, !isCore(u[u.index(before: e)]) { e = u.index(before: e) }
            out.append(Chunk(lead: line[i..<s], core: String(line[s..<e]), trail: line[e..<j], gap: String(line[j..<g])))
            i = g
        }
        return out
    }

    // MARK: - Tokens

    /// The repaired token, or nil when it stays.
    func repairToken(_ token: String, ocr: Bool) -> (String, Repair.Kind)? {
        // No word is this long: a run of symbols or a glued line; not worth a dictionary look-up.
        guard token.utf8.count <= 96 else { return nil }
        let cache = ocr ? ocrCache : cleanCache
        if let hit = cache.get(token) { return hit.value }
        let result = computeToken(token, ocr: ocr)
        cache.set(token, result)
        return result
    }

    private func computeToken(_ token: String, ocr: Bool) -> (String, Repair.Kind)? {
        if token.contains("://") || token.lowercased().hasPrefix("www.") { return nil }
        if token.contains("@"), token.contains("."), !token.hasPrefix("@") { return nil }  // e-mail
        // Hyphenated and slashed compounds: each part on its own.
        if token.contains("-") || token.contains("/") {
            var parts: [String] = [], seps: [Character] = []
            var cur = ""
            for c in token { if c == "-" || c == "/" { parts.append(cur); seps.append(c); cur = "" } else { cur.append(c) } }
            parts.append(cur)
            guard parts.count > 1 else { return nil }
            var changed = false
            var kind: Repair.Kind = .ocr
            var out = ""
            for (n, part) in parts.enumerated() {
                if !part.isEmpty, let (fixed, k) = repairPart(part, ocr: ocr, wholeToken: false) { out += fixed; changed = true; kind = k } else { out += part }
                if n < seps.count { out.append(seps[n]) }
            }
            return changed ? (out, kind) : nil
        }
        return repairPart(token, ocr: ocr, wholeToken: true)
    }

    /// Whether both bokmål and nynorsk know the word (in lower case).
    func inBoth(_ s: String) -> Bool {
        guard let d = dictionaries else { return false }
        let l = s.lowercased()
        return d.bokmal.contains(l) && d.nynorsk.contains(l)
    }

    func isWord(_ s: String) -> Bool {
        guard let d = dictionaries else { return false }
        if d.contains(s) { return true }
        let lower = s.lowercased()
        if lower != s, d.contains(lower) { return true }
        return gazetteer.isName(s)
    }

    /// `wholeToken` is false for a part of a hyphenated or slashed compound: the short words OCR makes
    /// ("fi", "pa") are words of their own there ("wi-fi").
    private func repairPart(_ part: String, ocr: Bool, wholeToken: Bool) -> (String, Repair.Kind)? {
        // A ligature kept as its own character ("\u{FB01}nansiering", as Acrobat saves a PDF as text) is its letters.
        if part.unicodeScalars.contains(where: { TextRepairer.ligatureCharacters[$0.value] != nil }) {
            let letters = part.unicodeScalars.map { TextRepairer.ligatureCharacters[$0.value] ?? String($0) }.joined()
            return (repairPart(letters, ocr: ocr, wholeToken: wholeToken)?.0 ?? letters, .ligature)
        }
        if part.contains("\u{FFFD}") {
            // A lost character alone ("Takk for i dag \u{FFFD}", an emoji) makes no word.
            guard part.contains(where: \.isLetter) else { return nil }
            // A lost ligature or a Latin-1 "æ", "ø", "å"; where both make a word, the one both
            // written standards know ("m\u{FFFD}" -> "må", not the abbreviation "mfl").
            let lig = ligature(part), letter = lostLetter(part)
            if let lig, let letter, !inBoth(lig), inBoth(letter) { return (letter, .encoding) }
            if let lig { return (lig, .ligature) }
            return letter.map { ($0, .encoding) }
        }
        let letters = part.filter(\.isLetter).count
        let digits = part.filter(\.isNumber).count
        guard letters > 0 else { return nil }
        if digits > 1 { return nil }
        if digits == 1 {
            // A digit read for a letter: "0ss", "4pne"; not "2lerer" or "5G".
            guard let d = part.first(where: \.isNumber), "048".contains(d) else { return nil }
        }
        // A lone letter ("a", "d") is judged by its context, never alone ("a)" in a list stays).
        if part.count == 1 { return nil }
        let caps = part.filter(\.isUppercase).count
        let allCaps = caps == letters && letters >= 2
        if !ocr {
            // Clean text: only an "@" standing for "ø" inside a word ("@kulturskolen" stays).
            guard part.contains("@"), letters >= 2 else { return nil }  // "@W" in icon noise is not a word
            let candidate = TextRepairer.replacingAt(part)
            return isWord(candidate) ? (candidate, .ocr) : nil
        }
        if wholeToken, let fixed = TextRepairer.ambiguousWords[part.lowercased()] {
            return (TextRepairer.matchCase(fixed, like: part), .ocr)
        }
        // A handle ("@kulturhuset"): "@" before a word as written.
        if part.first == "@", isWord(String(part.dropFirst())) { return nil }
        if let fixed = damagedStem(part) { return (fixed, .ocr) }
        if let fixed = ringlessStaarOrGaar(part) { return (fixed, .ocr) }
        if isWord(part) { return nil }
        if allCaps, letters <= 4, !part.contains(where: { "@&40é".contains($0) }) { return nil }  // an acronym
        // Mixed case inside a word ("AvKlare", "iPad") is not ours, except an "@".
        if !allCaps, part.dropFirst().contains(where: \.isUppercase), !part.contains("@") { return nil }
        if let best = substitute(part, allCaps: allCaps) { return (best, .ocr) }
        if part.contains("@"), letters >= 2 {
            // "@" inside a word is always damage: a name we cannot check ("TRINESJ@LYST").
            return (TextRepairer.replacingAt(part), .ocr)
        }
        if let split = splitRunTogether(part) { return (split, .ocr) }
        return nil
    }

    /// "@" as "ø", in the case of its neighbours; "Ø" at the start of a word.
    static func replacingAt(_ s: String) -> String {
        let chars = Array(s)
        let letters = chars.filter(\.isLetter)
        let upper = !letters.isEmpty && letters.allSatisfy(\.isUppercase) && letters.count >= 2
        var out = ""
        for (i, c) in chars.enumerated() {
            if c == "@" { out += (upper || i == 0) ? "Ø" : "ø" } else { out.append(c) }
        }
        return out
    }

    // MARK: Ligatures

    static let ligatures = ["fi", "fl", "ff", "ffi", "ffl"]

    /// Each U+FFFD replaced by the ligature letters that make a word; nil when none does.
    /// The ligature characters of Unicode's presentation forms and their letters.
    static let ligatureCharacters: [UInt32: String] = [0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
                                                       0xFB05: "st", 0xFB06: "st"]

    /// What OCR reads a round list bullet as, alone at a line's start.
    static let bulletsReadByOCR: Set<Unicode.Scalar> = ["¢", "«", "»"]

    /// The kind of repair that makes `glyph`, alone at a line's start before the word `next`, a bullet: a symbol font's
    /// glyph always, one of `bulletsReadByOCR` in OCR text before a word (not before icon debris: "» “?%@W"); nil else.
    static func bulletKind(_ glyph: Unicode.Scalar, before next: Chunk, ocr: Bool) -> Repair.Kind? {
        if symbolFontGlyphs.contains(glyph.value) { return .encoding }
        guard ocr, bulletsReadByOCR.contains(glyph), let start = (next.repaired ?? next.core).first,
              start.isLetter || start.isNumber else { return nil }
        return .ocr
    }

    /// The private-use glyphs Symbol and Wingdings fonts draw bullets with: \u{F0B7} (•), \u{F0A7} (▪), \u{F0D8} (➢),
    /// \u{F076} (❖), \u{F0FC} (✓), \u{F0A8} (□), \u{F06E} (■), \u{F0E0} (→).
    static let symbolFontGlyphs: Set<UInt32> = [0xF0B7, 0xF0A7, 0xF0D8, 0xF076, 0xF0FC, 0xF0A8, 0xF06E, 0xF0E0]

    func ligature(_ part: String) -> String? {
        fill(part, with: TextRepairer.ligatures)
    }

    /// Each U+FFFD replaced by the letter æ, ø or å that makes a word: a byte of a Latin-1 or
    /// Windows-1252 file read as UTF-8 ("v\u{FFFD}re" -> "være"); nil when none does.
    func lostLetter(_ part: String) -> String? {
        let pieces = part.split(separator: "\u{FFFD}", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count >= 2, pieces.count <= 4 else { return nil }
        var valid: [String] = []
        var partial = [pieces[0]]
        for piece in pieces.dropFirst() {
            partial = partial.flatMap { p in ["å", "ø", "æ"].map { p + $0 + piece } }
        }
        for candidate in partial where isWord(candidate) { valid.append(candidate) }
        // Several fit ("v\u{FFFD}re": være, våre): the most frequent word first.
        return valid.first { TextRepairer.frequentWords.contains($0.lowercased()) } ?? valid.first
    }

    static let frequentWords: Set<String> = [
        "på", "må", "så", "få", "nå", "går", "får", "når", "også", "både", "være", "før", "bør", "gjøre",
        "først", "første", "større", "særlig", "mål", "år", "økonomi", "ønsker", "hører", "møte", "møter",
        "lære", "lærer", "lærere", "også", "kjøre", "små", "står", "gå", "stå", "slå", "blå", "følge",
        "spørsmål", "spørsmålet", "spørsmåla", "spørsmålene",
    ]

    /// The first combination of fillers (in order) for the holes that makes a word.
    private func fill(_ part: String, with fillers: [String]) -> String? {
        let pieces = part.split(separator: "\u{FFFD}", omittingEmptySubsequences: false).map(String.init)
        let holes = pieces.count - 1
        guard holes >= 1, holes <= 3 else { return nil }
        var choice = [Int](repeating: 0, count: holes)
        let n = fillers.count
        while true {
            var candidate = pieces[0]
            for h in 0..<holes { candidate += fillers[choice[h]] + pieces[h + 1] }
            // A word with a vowel: not an abbreviation such as "mfl".
            if candidate.contains(where: { "aeiouyæøåAEIOUYÆØÅ".contains($0) }), isWord(candidate) { return candidate }
            var k = holes - 1
            while k >= 0 {
                choice[k] += 1
                if choice[k] < n { break }
                choice[k] = 0
                k -= 1
            }
            if k < 0 { return nil }
        }
    }

    // MARK: OCR substitutions

    struct Option {
        let from: Int       // index of the first character replaced
        let length: Int     // characters replaced
        let to: String      // lower-case replacement
        let cost: Int       // 0 for a character that is never right inside a word
        let rank: Int       // preference among equally cheap candidates (lower first)
    }

    /// Damaged stems of common seminar words that hunspell accepts anyway as odd compounds
    /// ("dialogsporsmal" = dialog+spor+smal, "moteplassene" = mote+plassene). In OCR mode a token
    /// containing one is repaired when the result is a word.
    static let damagedStems: [(String, String)] = [
        ("sporsmal", "spørsmål"), ("spgrsmal", "spørsmål"), ("moteplass", "møteplass"), ("motepunkt", "møtepunkt"),
        ("motested", "møtested"), ("arshjul", "årshjul"), ("dialogokt", "dialogøkt"), ("arsplan", "årsplan"),
    ]

    func damagedStem(_ part: String) -> String? {
        let lower = part.lowercased()
        for (damaged, fixed) in TextRepairer.damagedStems {
            guard let r = lower.range(of: damaged) else { continue }
            // Same length in characters, so the case of the original can be kept letter by letter.
            var out = ""
            let start = lower.distance(from: lower.startIndex, to: r.lowerBound)
            for (k, c) in part.enumerated() {
                if k >= start, k < start + damaged.count {
                    let f = fixed[fixed.index(fixed.startIndex, offsetBy: k - start)]
                    out += c.isUppercase ? f.uppercased() : String(f)
                } else {
                    out.append(c)
                }
            }
            return isWord(out) || isCompound(out) ? out : nil
        }
        return nil
    }

    /// A verb in "-står" or "-går" with its ring lost ("framstar", "Foregar", "bestar"), which hunspell takes for a
    /// compound with "star" or "gar"; the word with "å" when that is one ("framstår"), else nil ("filmstar").
    func ringlessStaarOrGaar(_ part: String) -> String? {
        let lower = part.lowercased()
        guard lower.count >= 6, lower.hasSuffix("star") || lower.hasSuffix("gar"), part.allSatisfy(\.isLetter) else { return nil }
        var chars = Array(part)
        chars[chars.count - 2] = chars[chars.count - 2].isUppercase ? "Å" : "å"
        let candidate = String(chars)
        return dictionaries?.contains(candidate.lowercased()) == true ? candidate : nil
    }

    /// Short words OCR makes from common ones, and that are rare in their own right; changed in OCR
    /// mode even though they are words.
    static let ambiguousWords: [String: String] = [
        "pa": "på", "ma": "må", "na": "nå", "nar": "når", "fa": "få", "fi": "få",
        "malet": "målet", "malene": "målene", "moter": "møter", "gar": "går",
        "ar": "år", "hoy": "høy", "sma": "små", "gjore": "gjøre", "gatt": "gått",
        "forstaelse": "forståelse", "pavirkning": "påvirkning", "malgruppe": "målgruppe",
    ]

    static func options(for chars: [Character]) -> [Option] {
        var out: [Option] = []
        let short = chars.filter(\.isLetter).count <= 3
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let l = Character(c.lowercased())
            let next: Character? = i + 1 < chars.count ? Character(chars[i + 1].lowercased()) : nil
            let next2: Character? = i + 2 < chars.count ? Character(chars[i + 2].lowercased()) : nil
            switch l {
            case "@": out.append(Option(from: i, length: 1, to: "ø", cost: 0, rank: 0))
            case "é": out.append(Option(from: i, length: 1, to: "å", cost: 0, rank: 0))
            case "&", "4", "8": out.append(Option(from: i, length: 1, to: "å", cost: 0, rank: 1))
            case "0":
                // OCR reads "ø" as "0" for its stroke: where both make a word, "ø" ("b0r" is "bør", "gj0re" "gjøre").
                out.append(Option(from: i, length: 1, to: "ø", cost: 0, rank: 0))
                out.append(Option(from: i, length: 1, to: "o", cost: 0, rank: 1))
            case "g": out.append(Option(from: i, length: 1, to: "ø", cost: 1, rank: 0))
            case "a":
                // "ae" for "æ", but not the plural of a noun in -a ("arenaer", "kameraene"; a stem of one or two letters is no
                // such noun: "naer" is "nær", "vaer" "vær").
                let tail = String(chars[i...]).lowercased()
                if next == "e", next2 != nil || i > 0, i < 3 || !["aer", "aene", "aerne"].contains(tail) {
                    out.append(Option(from: i, length: 2, to: "æ", cost: 1, rank: 0))
                }
                out.append(Option(from: i, length: 1, to: "å", cost: 1, rank: 1))
                if !short { out.append(Option(from: i, length: 1, to: "æ", cost: 1, rank: 4)) }
            case "d": out.append(Option(from: i, length: 1, to: "å", cost: 1, rank: 2))
            case "e":
                if next == "e" { out.append(Option(from: i, length: 2, to: "æ", cost: 1, rank: 0)) }
                // "megter": "ø" read as "eg" inside a word.
                if !short, next == "g", i > 0, i + 2 < chars.count { out.append(Option(from: i, length: 2, to: "ø", cost: 1, rank: 4)) }
                if next == "a", next2 == "e" { out.append(Option(from: i, length: 3, to: "æ", cost: 1, rank: 1)) }
                if next == "a" { out.append(Option(from: i, length: 2, to: "æ", cost: 1, rank: 2)) }
                if !short {
                    out.append(Option(from: i, length: 1, to: "ø", cost: 1, rank: 2))
                    out.append(Option(from: i, length: 1, to: "æ", cost: 1, rank: 3))
                }
            case "o":
                if !short { out.append(Option(from: i, length: 1, to: "ø", cost: 1, rank: 2)) }
                // "mogteplasser": "ø" read as "og" inside a word.
                if !short, next == "g", i > 0, i + 2 < chars.count { out.append(Option(from: i, length: 2, to: "ø", cost: 1, rank: 4)) }
            // "miljparbeidere": "ø" read as "p" inside a word.
            case "p": if !short, i > 0, i + 1 < chars.count { out.append(Option(from: i, length: 1, to: "ø", cost: 1, rank: 5)) }
            case "i": if !short, chars.count >= 6 { out.append(Option(from: i, length: 1, to: "å", cost: 1, rank: 5)) }
            default: break
            }
            i += 1
        }
        return out
    }

    /// The cheapest set of substitutions (at most two uncertain ones) that makes a word; failing
    /// that, for a long token, one that makes a compound of two words hunspell lacks
    /// ("sgknadsskriving" -> "søknadsskriving", "Handverkslgftet" -> "Håndverksløftet").
    func substitute(_ part: String, allCaps: Bool) -> String? {
        let chars = Array(part)
        var opts = TextRepairer.options(for: chars)
        if allCaps {
            // Capitals are mostly names in author lines ("BJERKESTRAND"): only the surer readings.
            opts = opts.filter { $0.cost == 0 || $0.to == "å" && "aA".contains(chars[$0.from]) || "gG".contains(chars[$0.from]) }
        }
        if let found = substitute(chars, opts, allCaps: allCaps, valid: isWord) { return found }
        guard part.count >= 8 else { return nil }
        // Compounds hunspell lacks: only a "g" between consonants, which no word has ("sgkn", "lgft").
        let sure = opts.filter { o in
            if o.cost == 0 { return true }
            guard o.length == 1, "gG".contains(chars[o.from]) else { return false }
            let before = o.from > 0 ? chars[o.from - 1] : nil
            let after = o.from + 1 < chars.count ? chars[o.from + 1] : nil
            return TextRepairer.isConsonant(after) && (before == nil || TextRepairer.isConsonant(before))
        }
        // Each candidate costs dozens of dictionary look-ups here: a word with dozens of such "g"s
        // ("Si0gigggg...") took 1.5 s in a release build, and no real compound has more than a few.
        guard !sure.isEmpty, sure.count <= 8 else { return nil }
        return substitute(chars, sure, allCaps: allCaps, valid: { self.isCompound($0) })
    }

    static func isConsonant(_ c: Character?) -> Bool {
        guard let c, c.isLetter else { return false }
        return !"aeiouyæøåéAEIOUYÆØÅÉ".contains(c)
    }

    /// Two dictionary words of at least three letters, perhaps joined by "s" or "e":
    /// "søknad|s|skriving", "håndverks|løftet". The changed letters must be in the parts.
    func isCompound(_ word: String) -> Bool {
        let w = Array(word.lowercased())
        guard w.count >= 7 else { return false }
        for k in stride(from: w.count - 3, through: 3, by: -1) {
            let tail = String(w[k...])
            guard tail.count >= 4 || k >= 5, let d = dictionaries, d.contains(tail) else { continue }
            let head = String(w[..<k])
            if d.contains(head) { return true }
            if let last = head.last, last == "s" || last == "e", head.count >= 3, d.contains(String(head.dropLast())) { return true }
        }
        return false
    }

    private func substitute(_ chars: [Character], _ opts: [Option], allCaps: Bool, valid: (String) -> Bool) -> String? {
        guard !opts.isEmpty else { return nil }
        let forced = opts.filter { $0.cost == 0 }.count
        let maxSubs = min(forced + (chars.count >= 10 ? 3 : 2), 5)
        guard opts.count <= 40 else { return nil }
        // Every forced place must be replaced: with more of them than substitutions allowed, no candidate
        // can pass, and the search below would try every combination for nothing ("e@@@@@@@@@@@@nt").
        guard Set(opts.filter { $0.cost == 0 }.map(\.from)).count <= maxSubs else { return nil }
        // A word the seminars write all the time wins over a rarer one, whatever it costs: hunspell takes "Sporsmal"
        // for a compound ("spor" + "smal"), which one cheap "0" -> "o" makes of "Sp0rsmal", but "Spørsmål" is meant.
        var best: (rare: Int, cost: Int, subs: Int, rank: Int, text: String)?
        var chosen: [Option] = []
        func build() -> String {
            var out = ""
            var i = 0
            var k = 0
            while i < chars.count {
                if k < chosen.count, chosen[k].from == i {
                    let o = chosen[k]
                    let original = chars[i]
                    let upper = allCaps || original.isUppercase || (original == "@" && i == 0)
                    out += upper ? o.to.uppercased() : o.to
                    i += o.length
                    k += 1
                } else {
                    out.append(chars[i])
                    i += 1
                }
            }
            return out
        }
        func search(_ start: Int, _ cost: Int, _ rank: Int) {
            if !chosen.isEmpty {
                // Every character that is never right inside a word must be replaced.
                let candidate = build()
                let mustAll = opts.filter { $0.cost == 0 }.map(\.from)
                let covered = Set(chosen.map(\.from))
                if mustAll.allSatisfy({ covered.contains($0) }) {
                    let rare = TextRepairer.frequentWords.contains(candidate.lowercased()) ? 0 : 1
                    let better: Bool
                    if let b = best {
                        better = (rare, cost, chosen.count, rank, candidate) < (b.rare, b.cost, b.subs, b.rank, b.text)
                    } else { better = true }
                    if better, valid(candidate) { best = (rare, cost, chosen.count, rank, candidate) }
                }
            }
            guard chosen.count < maxSubs else { return }
            var k = start
            while k < opts.count {
                let o = opts[k]
                let lastEnd = chosen.last.map { $0.from + $0.length } ?? 0
                if o.from >= lastEnd, cost + o.cost <= 2 {
                    if let b = best, b.rare == 0, cost + o.cost > b.cost { k += 1; continue }
                    chosen.append(o)
                    search(k + 1, cost + o.cost, rank + o.rank)
                    chosen.removeLast()
                }
                k += 1
            }
        }
        search(0, 0, 0)
        return best?.text
    }

    /// "abygge" -> "å bygge", "hatydelige" -> "ha tydelige", "famed" -> "få med",
    /// "iforhold" -> "i forhold".
    func splitRunTogether(_ part: String) -> String? {
        let lower = part.lowercased()
        let heads: [(String, String, Bool)] = [  // (as written, repaired, needs an infinitive after)
            ("a", "å", true), ("4", "å", true), ("ha", "ha", false), ("la", "la", false),
            ("fa", "få", false),
        ]
        for (head, fixed, infinitive) in heads where lower.hasPrefix(head) {
            let rest = String(part.dropFirst(head.count))
            guard rest.count >= 3, rest.allSatisfy(\.isLetter) else { continue }
            var tail: String? = isWord(rest) ? rest : nil
            if tail == nil, rest.count >= 4 { tail = substitute(rest, allCaps: false) }
            guard let t = tail, t.first?.isLowercase == true else { continue }
            if infinitive, !TextRepairer.looksInfinitive(t) { continue }
            let h = part.first?.isUppercase == true ? fixed.prefix(1).uppercased() + fixed.dropFirst() : fixed
            return h + " " + t
        }
        return nil
    }

    // MARK: Context

    /// A lone "å" as OCR reads it.
    static let loneA: Set<String> = ["a", "A", "4", "&", "d", "8"]
    /// Words a number follows as a name ("Gruppe 4", "Rom 4", "Spørsmål 4"), where "4" is never a lost "å".
    static let numberLabels: Set<String> = Set(PadletLines.groupWords).union([
        "grupper", "tema", "dialogtema", "temaer", "spørsmål", "spm", "del", "punkt", "nr", "side", "sak", "oppgave",
        "runde", "økt", "sal", "klasse", "trinn", "uke",
    ])
    /// Words a bare infinitive follows: modal verbs, "fikk", "lot", and the infinitive marker.
    static let beforeInfinitive: Set<String> = [
        "å", "kan", "kunne", "skal", "skulle", "vil", "ville", "må", "måtte", "bør", "burde", "får", "fikk", "fått",
        "lot", "la", "lar", "få", "tør", "turde", "pleier", "ma", "bgr",
    ]
    static let shortInfinitives: Set<String> = [
        "se", "ha", "gå", "få", "stå", "dra", "bli", "be", "gi", "ta", "nå", "slå", "tro", "bo", "så",
        "le", "fly", "ro", "sy", "snu", "dø", "spå", "la", "nå", "tå", "gi", "ri",
        // nynorsk
        "sjå", "bu", "tru", "førebu", "busetje",
    ]
    /// Words after which "å" cannot stand although they end in -e: adjectives, determiners...
    static let notInfinitives: Set<String> = [
        "unge", "andre", "gamle", "store", "nye", "gode", "hele", "mange", "flere", "eldre", "yngre",
        "ulike", "egne", "de", "ene", "alle", "disse", "samme", "siste", "neste", "beste", "første",
        "fine", "lille", "små", "kvinne", "elevene", "barne", "gutte", "jente", "skole", "side",
        "gruppe", "time", "timer", "uke", "uker", "ganger", "personer", "eldste", "voksne", "ansatte",
        "lærere", "rette", "ekstra", "e", "te", "sine", "mine", "dine", "våre", "deres", "hverandre",
        "dere", "meg", "deg", "seg", "oss", "henne", "ingenting", "gjerne", "kanskje", "alltid", "ofte",
        "sammen", "hjemme", "borte", "inne", "ute", "oppe", "nede", "ikke", "bare", "helst",
    ]

    static func looksInfinitive(_ word: String) -> Bool {
        let w = word.lowercased()
        if shortInfinitives.contains(w) { return true }
        if notInfinitives.contains(w) { return false }
        // Bokmål -e ("bygge", "skape"), and -a ("delta", nynorsk "skapa"); the passive -es and nynorsk -ast ("møtes", "møtast").
        return w.count >= 3 && (w.hasSuffix("e") && !w.hasSuffix("ene") && !w.hasSuffix("ste") || w.hasSuffix("a"))
            || w.count >= 5 && (w.hasSuffix("es") || w.hasSuffix("ast"))
    }

    static let pronouns: Set<String> = [
        "han", "hun", "ho", "de", "dei", "vi", "me", "jeg", "eg", "du", "dere", "de", "man", "ein",
        "noen", "nokon", "alle", "som", "hva", "kva", "den", "det", "han", "hvem",
    ]

    /// Words a past participle follows in the perfect ("har fått", "hadde fått").
    static let perfectAuxiliaries: Set<String> = ["har", "hadde", "ha", "hatt"]
    /// Words before "møte" (neuter, a meeting) that "mote" (fashion) does not follow.
    static let beforeAMeeting: Set<String> = [
        "et", "eit", "ett", "godt", "nytt", "neste", "første", "felles", "fysisk", "fysiske", "digitalt",
        "digitale", "eget", "hvert", "kvart", "dette", "hvilket", "kort", "kortere", "lengre", "fast", "faste",
    ]
    /// Words that follow "står" ("står på", "står sammen"), and not the noun "star".
    static let afterStår: Set<String> = [
        "pa", "på", "i", "for", "bak", "sammen", "fram", "frem", "foran", "igjen", "ved", "opp", "ut", "til",
        "alene", "overfor", "ikke", "fast", "stille", "sterkt", "sterkere", "klar", "klare", "som",
    ]

    /// Words before a masculine noun ("en mal", "ein fast mal"), which "mål" (neuter) never follows.
    static let masculineDeterminers: Set<String> = ["en", "ein", "min", "din", "sin", "hver", "kvar"]

    /// Context rules of OCR mode: a lone "å", "sa", "far", "bade", "mal", "mater", "fatt", "matte", "mote", "star".
    /// `next` is the next line, for a rule
    /// that reads on past the line's end (its words are split only when that rule asks).
    func applyContext(_ chunks: inout [Chunk], followedBy next: Substring?) {
        func word(_ i: Int) -> String? {
            guard i >= 0, i < chunks.count, !chunks[i].core.isEmpty else { return nil }
            return chunks[i].repaired ?? chunks[i].core
        }
        for i in chunks.indices {
            let core = chunks[i].core
            // "Vi @nsker": a word's "Ø" read as "@" in the middle of a sentence is a small letter, unless the word is a
            // name ("i @ygarden").
            if core.first == "@", let repaired = chunks[i].repaired, repaired.first == "Ø", i > 0, let prev = word(i - 1),
               prev.last?.isLetter == true, !chunks[i - 1].trail.contains(where: { ".!?:".contains($0) }), chunks[i].lead.isEmpty {
                let small = "ø" + repaired.dropFirst()
                if dictionaries?.contains(small) == true, !gazetteer.isName(repaired) { chunks[i].repaired = small }
                continue
            }
            guard chunks[i].repaired == nil, !core.isEmpty else { continue }
            if TextRepairer.loneA.contains(core), chunks[i].trail.isEmpty {
                // At the end of a wrapped line ("interessert i a" / "jobbe ..."): after a word.
                // Not a number a label goes before ("Gruppe 4", "Rom 4", "Spørsmål 4").
                if word(i + 1) == nil, ["a", "4", "&"].contains(core), let prev = word(i - 1),
                   prev.last?.isLetter == true, chunks[i - 1].trail.isEmpty,
                   core != "4" || !TextRepairer.numberLabels.contains(prev.lowercased()) {
                    chunks[i].repaired = "å"
                    continue
                }
                guard let next = word(i + 1), chunks[i + 1].lead.isEmpty,
                      next.allSatisfy(\.isLetter), TextRepairer.looksInfinitive(next), isWord(next) else { continue }
                // Not after a number ("1 person", "4 5 ..."); "a" and "d" need a word before them or a sentence start.
                if let prev = word(i - 1), prev.allSatisfy(\.isNumber) { continue }
                if core == "d" || core == "8", word(i - 1) == nil { continue }
                chunks[i].repaired = core == "A" ? "Å" : "å"
                continue
            }
            if core == "s", chunks[i].lead.isEmpty, chunks[i].trail.isEmpty, let prev = word(i - 1), prev.last?.isLetter == true {
                // "ikke s tilfeldig", "har s mange"; also at the end of a wrapped line.
                if let next = word(i + 1) { if next.first?.isLetter == true { chunks[i].repaired = "så" } } else {
                    chunks[i].repaired = "så"
                }
                continue
            }
            guard core.utf8.count <= 5 else { continue }  // the words below are short
            let lower = core.lowercased()
            if lower == "ber", let next = word(i + 1), chunks[i].trail.isEmpty,
               TextRepairer.looksInfinitive(next), !next.hasSuffix("ene"), isWord(next) {
                // "Vi ber bli flinkere": "ber" does not take a bare infinitive; "bør" does.
                chunks[i].repaired = TextRepairer.matchCase("bør", like: core)
                continue
            }
            if lower == "sa" {
                // "sa" (said) after its subject ("hun sa"), before what was said ("sa at", "sa til meg") or after a
                // quote ("«...», sa rektor"); "så" elsewhere ("og sa har", "Sa viktig").
                let prev = word(i - 1)?.lowercased()
                let next = word(i + 1)?.lowercased()
                let afterQuote = i > 0 && chunks[i - 1].trail.contains(where: { "»\"”".contains($0) })
                if !(prev.map(TextRepairer.pronouns.contains) ?? false), !["at", "til"].contains(next ?? ""), !afterQuote {
                    chunks[i].repaired = TextRepairer.matchCase("så", like: core)
                }
            } else if lower == "mal" {
                // "mål" (a goal, neuter: "felles mål", "et mål"), unless a masculine word before it, or before its
                // adjective, says it is a template ("en mal", "ein fast mal").
                let masculine = TextRepairer.masculineDeterminers
                if !masculine.contains(word(i - 1)?.lowercased() ?? ""), !masculine.contains(word(i - 2)?.lowercased() ?? "") {
                    chunks[i].repaired = TextRepairer.matchCase("mål", like: core)
                }
            } else if lower == "mater" {
                // "måter" (ways: "på mange mater"), unless it is a verb with its subject or particle ("vi mater",
                // "Lærerne mater inn data").
                if !TextRepairer.pronouns.contains(word(i - 1)?.lowercased() ?? ""), word(i + 1)?.lowercased() != "inn" {
                    chunks[i].repaired = TextRepairer.matchCase("måter", like: core)
                }
            } else if lower == "far" {
                let prev = word(i - 1)?.lowercased() ?? ""
                let next = word(i + 1)?.lowercased() ?? ""
                let subject = TextRepairer.pronouns.contains(prev) && !["den", "det", "hva", "kva"].contains(prev)
                let question = (prev.isEmpty || chunks[i - 1].trail.contains(where: { ".!?".contains($0) }))
                    && ["vi", "de", "man", "jeg", "du", "dere", "han", "hun", "alle", "noen"].contains(next)
                if subject || question || ["igjen", "ikke", "ting"].contains(next) {
                    chunks[i].repaired = TextRepairer.matchCase("får", like: core)
                }
            } else if lower == "bade" {
                // "både ... og": an "og" within the next eight words, on this line or the next; not the verb after a
                // word that takes an infinitive ("fikk bade i bassenget og spille", "å bade").
                if TextRepairer.beforeInfinitive.contains(word(i - 1)?.lowercased() ?? "") { continue }
                let following = next.map { TextRepairer.chunks(String($0.prefix(200))).prefix(8).map(\.core) } ?? []
                let after = chunks[(i + 1)...].map(\.core) + following
                if after.prefix(8).contains(where: { $0.lowercased() == "og" }) {
                    chunks[i].repaired = TextRepairer.matchCase("både", like: core)
                }
            } else if lower == "fatt" {
                // "fått" after "har"/"hadde" ("har fatt til", "har vi fatt"); "fatt i" is "få fatt i" ("har fått fatt i").
                let before = [word(i - 1), word(i - 2)].compactMap { $0?.lowercased() }
                if before.contains(where: TextRepairer.perfectAuxiliaries.contains), word(i + 1)?.lowercased() != "i" {
                    chunks[i].repaired = TextRepairer.matchCase("fått", like: core)
                }
            } else if lower == "matte" {
                // "måtte" after its subject ("vi matte") or before an infinitive ("matte vente"); "matte" (maths) elsewhere.
                let prev = word(i - 1)?.lowercased() ?? ""
                let subject = TextRepairer.pronouns.contains(prev) && !["hva", "kva", "hvem", "som", "den", "det"].contains(prev)
                if subject || word(i + 1).map({ TextRepairer.looksInfinitive($0) && isWord($0) }) == true {
                    chunks[i].repaired = TextRepairer.matchCase("måtte", like: core)
                }
            } else if lower == "mote" {
                // "møte" (a meeting: "et godt mote", "neste mote"); "mote" (fashion: "kurset i mote", "laget mote med
                // gjenbruk") elsewhere.
                if TextRepairer.beforeAMeeting.contains(word(i - 1)?.lowercased() ?? "") {
                    chunks[i].repaired = TextRepairer.matchCase("møte", like: core)
                }
            } else if core == "star" {
                // "står" after its subject ("det star") or before its particle ("Elevene star pa scenen", "star sammen");
                // "Star" with its capital is a name ("Lone Star").
                let subject = TextRepairer.pronouns.contains(word(i - 1)?.lowercased() ?? "")
                if subject || TextRepairer.afterStår.contains(word(i + 1)?.lowercased() ?? "") {
                    chunks[i].repaired = TextRepairer.matchCase("står", like: core)
                }
            }
        }
    }

    static func matchCase(_ s: String, like model: String) -> String {
        let letters = model.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return s.uppercased() }
        if model.first?.isUppercase == true { return s.prefix(1).uppercased() + s.dropFirst() }
        return s
    }
}

/// A bounded, thread-safe memo of token repairs.
final class TokenCache: @unchecked Sendable {
    struct Entry { let value: (String, Repair.Kind)? }
    private var map: [String: Entry] = [:]
    private let lock = NSLock()

    func get(_ key: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return map[key]
    }

    func set(_ key: String, _ value: (String, Repair.Kind)?) {
        lock.lock()
        defer { lock.unlock() }
        if map.count >= 500_000 { map.removeAll(keepingCapacity: true) }
        map[key] = Entry(value: value)
    }
}

/// The readers' interface: one line at a time.
extension TextRepairer: LineRepairing {
    public func repair(line: String, followedBy next: Substring?) -> (String, [(original: String, repaired: String, kind: Repair.Kind)]) {
        let outcome = repair(line, followedBy: next)
        return (outcome.text, outcome.changes.map { (original: $0.original, repaired: $0.repaired, kind: $0.kind) })
    }

    public func repair(name: String) -> (String, [(original: String, repaired: String, kind: Repair.Kind)]) {
        guard TextRepairer.mayNeedCleanRepair(name) else { return (name, []) }
        var changes: [(original: String, repaired: String, kind: Repair.Kind)] = []
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            if word.contains("\u{FFFD}") {
                // "So\u{FFFD}e": the letters lost between the name's own, as in any word.
                let core = word.trimmingCharacters(in: .letters.union(CharacterSet(charactersIn: "\u{FFFD}")).inverted)
                guard let (repaired, kind) = repairPart(core, ocr: false, wholeToken: true) else { return String(word) }
                changes.append((original: core, repaired: repaired, kind: kind))
                return word.replacingOccurrences(of: core, with: repaired)
            }
            // "GR@NLI", "@YVIND": an "@" among letters, in no e-mail address.
            guard word.contains("@"), !word.contains("."), word.filter(\.isLetter).count >= 2,
                  word.allSatisfy({ $0.isLetter || $0 == "@" || $0 == "-" }) else { return String(word) }
            let repaired = TextRepairer.replacingAt(String(word))
            changes.append((original: String(word), repaired: repaired, kind: .ocr))
            return repaired
        }
        return (changes.isEmpty ? name : words.joined(separator: " "), changes)
    }
}
