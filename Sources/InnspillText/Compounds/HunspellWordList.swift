import Foundation

/// The base forms listed in the hunspell `.dic` files of both standards, read
/// once: all of them, and those marked as compound parts (the `COMPOUNDFLAG`,
/// `z` in hunspell-no). Hunspell's own compounding accepts too much to tell a
/// real part from a fragment ("samar" + "beid"), so compound splitting checks
/// left parts against these lists.
struct HunspellWordList: Sendable {
    /// Every base form (lower case).
    let lemmas: Set<String>
    /// Base forms that may start a compound (lower case).
    let compoundParts: Set<String>

    /// The lists from `NorwegianDictionary.directory`, or nil when the files are missing.
    static let shared: HunspellWordList? = HunspellWordList(directory: NorwegianDictionary.directory)

    init?(directory: String) {
        var lemmas: Set<String> = []
        var parts: Set<String> = []
        var found = false
        for standard in WrittenStandard.allCases {
            let base = "\(directory)/\(standard.rawValue)_NO"
            guard let data = FileManager.default.contents(atPath: base + ".dic") else { continue }
            let flag = Self.compoundFlag(affix: base + ".aff").flatMap { $0.asciiValue } ?? UInt8(ascii: "z")
            found = true
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let bytes = raw.bindMemory(to: UInt8.self)
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
                    // ISO-8859-1: each byte is the scalar of the same value; lower-case it.
                    var w = ""
                    w.unicodeScalars.reserveCapacity(wordEnd - lineStart)
                    for k in lineStart ..< wordEnd { w.unicodeScalars.append(Unicode.Scalar(Self.lower(bytes[k]))) }
                    lemmas.insert(w)
                    if hasFlag { parts.insert(w) }
                }
            }
        }
        guard found else { return nil }
        self.lemmas = lemmas
        self.compoundParts = parts
    }

    /// ISO-8859-1 lower case: A-Z and À-Þ (but not ×) move by 0x20.
    private static func lower(_ b: UInt8) -> UInt8 {
        (b >= 0x41 && b <= 0x5A) || (b >= 0xC0 && b <= 0xDE && b != 0xD7) ? b + 0x20 : b
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
