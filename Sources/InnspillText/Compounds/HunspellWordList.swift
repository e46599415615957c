import Foundation

/// The base forms listed in the hunspell `.dic` files of both standards, read
/// once: all of them, and those marked as compound parts (the `COMPOUNDFLAG`,
/// `z` in hunspell-no). Hunspell's own compounding accepts too much to tell a
/// real part from a fragment ("samar" + "beid"), so compound splitting checks
/// left parts against these lists.
///
/// The half a million words are kept as ISO-8859-1 bytes in `Latin1WordSet`s, one per
/// file, read side by side on two threads: about 0.1 s, where sets of Swift strings
/// took 0.6 s, paid by the first `kwic`, `freq` or `search` of every session.
struct HunspellWordList: Sendable {
    /// Per file: every base form, and those that may start a compound (lower case).
    private let lists: [(lemmas: Latin1WordSet, compoundParts: Latin1WordSet)]

    /// The lists from `NorwegianDictionary.directory`, or nil when the files are missing.
    static let shared: HunspellWordList? = HunspellWordList(directory: NorwegianDictionary.directory)

    init?(directory: String) {
        let standards = WrittenStandard.allCases
        let lists = Parallel.map(standards.count, minimumChunk: 1) { Self.read("\(directory)/\(standards[$0].rawValue)_NO") }
        self.lists = lists.compactMap { $0 }
        guard !self.lists.isEmpty else { return nil }
    }

    /// Whether `word` (lower case) is a listed base form.
    func isLemma(_ word: String) -> Bool { lists.contains { $0.lemmas.contains(word) } }

    /// Whether `word` (lower case) is a base form marked as a compound part.
    func isCompoundPart(_ word: String) -> Bool { lists.contains { $0.compoundParts.contains(word) } }

    /// The words of `base`.dic, flagged by the compound flag of `base`.aff; nil when the file is missing.
    private static func read(_ base: String) -> (lemmas: Latin1WordSet, compoundParts: Latin1WordSet)? {
        guard let data = FileManager.default.contents(atPath: base + ".dic") else { return nil }
        let flag = compoundFlag(affix: base + ".aff").flatMap { $0.asciiValue } ?? UInt8(ascii: "z")
        // About one word per 14 bytes of .dic; compound parts are fewer.
        var lemmas = Latin1WordSet(capacity: data.count / 14)
        var parts = Latin1WordSet(capacity: data.count / 40)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var word: [UInt8] = []
            var lineStart = 0
            var first = true
            let n = bytes.count
            while lineStart < n {
                var end = lineStart
                while end < n, bytes[end] != 10 { end += 1 }
                defer { lineStart = end + 1 }
                if first { first = false; continue }  // the word count
                // word [/flags] [morphology]
                var wordEnd = lineStart
                while wordEnd < end, bytes[wordEnd] != UInt8(ascii: "/"), bytes[wordEnd] != 9, bytes[wordEnd] != 32, bytes[wordEnd] != 13 { wordEnd += 1 }
                guard wordEnd > lineStart else { continue }
                var hasFlag = false
                if wordEnd < end, bytes[wordEnd] == UInt8(ascii: "/") {
                    var k = wordEnd + 1
                    while k < end, bytes[k] != 9, bytes[k] != 32, bytes[k] != 13 {
                        if bytes[k] == flag { hasFlag = true }
                        k += 1
                    }
                }
                word.removeAll(keepingCapacity: true)
                for k in lineStart ..< wordEnd { word.append(Latin1WordSet.lower(bytes[k])) }
                word.withUnsafeBufferPointer { w in
                    lemmas.insert(w)
                    if hasFlag { parts.insert(w) }
                }
            }
        }
        return (lemmas, parts)
    }

    private static func compoundFlag(affix path: String) -> Character? {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .isoLatin1) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("COMPOUNDFLAG ") {
            return line.dropFirst("COMPOUNDFLAG ".count).trimmingCharacters(in: .whitespaces).first
        }
        return nil
    }
}

/// A set of words in ISO-8859-1 (every Norwegian letter is one byte), kept back to back
/// in one byte buffer with an open-addressing index of their starts: no object per
/// word, so half a million words are read in milliseconds.
///
/// ```swift
/// var set = Latin1WordSet()
/// Array("skole".utf8).withUnsafeBufferPointer { set.insert($0) }
/// set.contains("skole")     // true
/// set.contains("skule")     // false
/// ```
struct Latin1WordSet: Sendable {
    /// The words' bytes, back to back.
    private var bytes: [UInt8] = []
    /// Word i is `bytes[starts[i] ..< starts[i + 1]]`.
    private var starts: [UInt32] = [0]
    /// Open addressing: 0 for an empty slot, else the word's hash (high 32 bits) and its
    /// number + 1 (low 32 bits); the size is a power of two, at most half full.
    private var slots: [UInt64]

    /// An empty set with room for about `capacity` words before it grows.
    init(capacity: Int = 512) {
        var size = 1024
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        bytes.reserveCapacity(capacity * 10)
        starts.reserveCapacity(capacity + 1)
    }

    /// How many distinct words the set holds.
    var count: Int { starts.count - 1 }

    /// ISO-8859-1 lower case: A-Z and À-Þ (but not ×) move by 0x20.
    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 {
        (b >= 0x41 && b <= 0x5A) || (b >= 0xC0 && b <= 0xDE && b != 0xD7) ? b + 0x20 : b
    }

    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 33  // spread the high bits into the low ones the index uses
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return h ^ (h >> 33)
    }

    /// The slot holding `word`, or the empty slot where it would go.
    private func slot(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                starts.withUnsafeBufferPointer { starts in
                    let mask = slots.count - 1
                    let tag = hash & 0xFFFF_FFFF_0000_0000
                    var i = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let entry = slots[i]
                        if entry == 0 { return i }
                        if entry & 0xFFFF_FFFF_0000_0000 == tag {
                            let n = Int(entry & 0xFFFF_FFFF) - 1
                            let lo = Int(starts[n]), hi = Int(starts[n + 1])
                            if hi - lo == word.count, memcmp(bytes.baseAddress! + lo, word.baseAddress!, word.count) == 0 { return i }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    /// Adds a word given as ISO-8859-1 bytes.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        guard !word.isEmpty else { return }
        if count * 2 >= slots.count { grow() }
        let h = Self.hash(word)
        let s = slot(of: word, hash: h)
        guard slots[s] == 0 else { return }
        bytes.append(contentsOf: word)
        starts.append(UInt32(bytes.count))
        slots[s] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(count)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { all in
            for entry in old where entry != 0 {
                let n = Int(entry & 0xFFFF_FFFF) - 1
                let lo = Int(starts[n]), hi = Int(starts[n + 1])
                var i = Int(truncatingIfNeeded: Self.hash(UnsafeBufferPointer(rebasing: all[lo ..< hi]))) & mask
                while slots[i] != 0 { i = (i + 1) & mask }
                slots[i] = entry
            }
        }
    }

    /// Whether the set holds `word` (as given: no case folding); false for words with
    /// letters outside ISO-8859-1.
    func contains(_ word: String) -> Bool {
        let n = word.unicodeScalars.count
        guard n > 0, n <= 256 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { buffer in
            var k = 0
            for s in word.unicodeScalars {
                guard s.value <= 0xFF else { return false }
                buffer[k] = UInt8(s.value)
                k += 1
            }
            let w = UnsafeBufferPointer(buffer)
            return slots[slot(of: w, hash: Self.hash(w))] != 0
        }
    }
}
