import Foundation

// The word scan that the place finder and the organisation finder share. It runs on the text of
// every unit a load makes (3.4 per post), and most words in it are never looked at again: only
// capitalised words can start a municipality name, and only a few first letters can start an
// organisation's. So the scan is written by hand over the UTF-8 bytes and keeps each word as a
// compact span of byte offsets and flags (32 bytes, no references to count); the String views a
// finder needs (`Word`, with its range, text and lower-case form) are built only for the words it
// examines. Scanning `unicodeScalars` and storing a Substring, a Character and String indices per
// word cost about a third of the time of finding places.

extension Gazetteer {
    /// One word of a text: its UTF-8 byte offsets and what the finders ask of every word.
    struct WordSpan: Equatable {
        /// Byte offsets in the text's UTF-8, `start..<end`.
        var start: Int
        var end: Int
        /// The first two scalars of the word (the second 0 for a one-letter word), for cheap first tests.
        var firstTwo: UInt64
        /// The first non-space scalar after the word, nil at the end of the text.
        var followedBy: Unicode.Scalar?
        private var flags: UInt8

        private static let capitalisedFlag: UInt8 = 1, allCapsFlag: UInt8 = 2, internalCapitalFlag: UInt8 = 4,
                           sentenceInitialFlag: UInt8 = 8, hyphenFlag: UInt8 = 16

        init(start: Int, end: Int, firstTwo: UInt64, followedBy: Unicode.Scalar?, capitalised: Bool, allCaps: Bool,
             internalCapital: Bool, sentenceInitial: Bool, hasHyphen: Bool) {
            self.start = start
            self.end = end
            self.firstTwo = firstTwo
            self.followedBy = followedBy
            flags = (capitalised ? Self.capitalisedFlag : 0) | (allCaps ? Self.allCapsFlag : 0)
                | (internalCapital ? Self.internalCapitalFlag : 0) | (sentenceInitial ? Self.sentenceInitialFlag : 0)
                | (hasHyphen ? Self.hyphenFlag : 0)
        }

        /// Starts with a capital letter.
        var capitalised: Bool { flags & Self.capitalisedFlag != 0 }
        /// At least two capitals and no small letter ("NMF").
        var allCaps: Bool { flags & Self.allCapsFlag != 0 }
        /// A capital after the first letter, and small letters too ("AskØygarden", "Askøy-Øygarden").
        var internalCapital: Bool { flags & Self.internalCapitalFlag != 0 }
        /// First word after a sentence boundary, a list bullet or a blank line.
        var sentenceInitial: Bool { flags & Self.sentenceInitialFlag != 0 }
        /// Letters joined by an inner hyphen ("Askøy-Øygarden").
        var hasHyphen: Bool { flags & Self.hyphenFlag != 0 }

        /// `firstTwo` with ASCII capitals made small.
        var firstTwoLowercased: UInt64 {
            WordSpan.pack(WordSpan.asciiLowercased(UInt32(firstTwo >> 32)), WordSpan.asciiLowercased(UInt32(truncatingIfNeeded: firstTwo)))
        }

        private static func asciiLowercased(_ value: UInt32) -> UInt32 { value >= 0x41 && value <= 0x5A ? value | 0x20 : value }

        /// Packs two scalar values as `firstTwo` does.
        static func pack(_ first: UInt32, _ second: UInt32) -> UInt64 { UInt64(first) << 32 | UInt64(second) }
    }

    /// A set of `WordSpan.firstTwo` values, the first test a finder puts to every word. Pairs of
    /// ASCII scalars are answered from a table of bits; hashing a UInt64 for every word of every
    /// unit took a twentieth of a CSV load.
    ///
    /// ```swift
    /// let starts = Gazetteer.FirstTwoSet(["nmf", "ks"].map { Gazetteer.WordSpan.pack($0.unicodeScalars.first!.value, 0) })
    /// starts.contains(Gazetteer.WordSpan.pack(0x6E, 0))   // true ("n")
    /// ```
    struct FirstTwoSet: Sendable {
        private var asciiPairs = [UInt64](repeating: 0, count: 128 * 128 / 64)
        private var others: Set<UInt64> = []

        init(_ values: some Sequence<UInt64>) {
            for value in values {
                if let bit = FirstTwoSet.asciiBit(value) { asciiPairs[bit >> 6] |= 1 << UInt64(bit & 63) } else { others.insert(value) }
            }
        }

        @inline(__always)
        func contains(_ value: UInt64) -> Bool {
            guard let bit = FirstTwoSet.asciiBit(value) else { return others.contains(value) }
            return asciiPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }

        /// The bit of a pair of ASCII scalars (a second scalar of 0 included), nil for other pairs.
        @inline(__always)
        private static func asciiBit(_ value: UInt64) -> Int? {
            let first = value >> 32, second = value & 0xFFFF_FFFF
            return first < 128 && second < 128 ? Int(first << 7 | second) : nil
        }
    }

    /// A word as the finders read it: its span with its range and text in the String. Built on
    /// demand from a `Words` collection.
    struct Word {
        let span: WordSpan
        let range: Range<String.Index>
        let text: Substring

        /// The word in lower case (computed: most words never need it).
        var lower: String { Word.lowercased(text) }

        /// `text.lowercased()`, for an ASCII word byte by byte into one new String: the generic
        /// `lowercased()` of a Substring copies it to a String first, and the finders lower-case
        /// words of every unit (a twentieth of finding places). For ASCII text both give the same.
        static func lowercased(_ text: Substring) -> String {
            let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
                return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for k in bytes.indices {
                        let byte = bytes[k]
                        buffer[k] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                    }
                    return bytes.count
                }
            }
            return (ascii ?? nil) ?? text.lowercased()
        }
        var capitalised: Bool { span.capitalised }
        var allCaps: Bool { span.allCaps }
        var internalCapital: Bool { span.internalCapital }
        var sentenceInitial: Bool { span.sentenceInitial }
        var followedBy: Character? { span.followedBy.map(Character.init) }
    }

    /// The words of a text (letters and combining marks, joined by inner hyphens), in order.
    /// Indexed by word number; `spans` gives the cheap per-word facts without building a `Word`.
    ///
    /// ```swift
    /// let words = Gazetteer.words(in: "Vi møtte Askøy-Øygarden.")
    /// words.map(\.text)               // ["Vi", "møtte", "Askøy-Øygarden"]
    /// words.spans[2].capitalised      // true
    /// words.spans[2].start            // 10 (a UTF-8 byte offset: "ø" takes two bytes)
    /// ```
    struct Words: RandomAccessCollection {
        let text: String
        let spans: [WordSpan]

        var startIndex: Int { 0 }
        var endIndex: Int { spans.count }

        subscript(position: Int) -> Word {
            let span = spans[position]
            let range = index(atByte: span.start)..<index(atByte: span.end)
            return Word(span: span, range: range, text: text[range])
        }

        private func index(atByte offset: Int) -> String.Index {
            text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        }
    }

    /// The words of a text, with what a finder needs to know about their surroundings.
    static func words(in text: String) -> Words {
        let spans = text.utf8.withContiguousStorageIfAvailable(WordScanner.spans(in:))
            ?? Array(text.utf8).withUnsafeBufferPointer(WordScanner.spans(in:))
        return Words(text: text, spans: spans)
    }
}

/// The byte scanner behind `Gazetteer.words(in:)`: decodes UTF-8 itself, answers ASCII from the
/// byte and other scalars below U+0800 (Latin, Greek, Cyrillic, combining marks) from a table built
/// once from the Unicode properties, and asks the properties only for the rest.
enum WordScanner {
    /// What the scanner needs to know of a scalar.
    private struct Kind: OptionSet {
        let rawValue: UInt8
        /// A letter or a combining (nonspacing) mark: part of a word.
        static let word = Kind(rawValue: 1)
        static let upper = Kind(rawValue: 2)
        static let lower = Kind(rawValue: 4)
    }

    private static let tableSize = 0x800

    /// `kindFromProperties` for every scalar below U+0800.
    private static let table: [Kind] = (0..<tableSize).map { value in
        Unicode.Scalar(UInt32(value)).map(kindFromProperties) ?? []
    }

    private static func kindFromProperties(_ u: Unicode.Scalar) -> Kind {
        let p = u.properties
        var kind: Kind = []
        if u.isASCII {
            if (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A { kind.insert(.word) }
        } else if p.isAlphabetic || p.generalCategory == .nonspacingMark {
            kind.insert(.word)
        }
        if u.isASCII ? (u.value >= 0x41 && u.value <= 0x5A) : p.isUppercase {
            kind.insert(.upper)
        } else if p.isLowercase {
            kind.insert(.lower)
        }
        return kind
    }

    /// The kind of a scalar, from the table (passed as a buffer: reading the static in the loop
    /// checked its lazy initialisation on every scalar).
    @inline(__always)
    private static func kind(of value: UInt32, _ table: UnsafeBufferPointer<Kind>) -> Kind {
        value < tableSize ? table[Int(value)] : kindFromProperties(Unicode.Scalar(value)!)
    }

    /// Whether the scalar starting at byte `i` of valid UTF-8 is part of a word (a letter or a
    /// combining mark), and its length in bytes.
    static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (isLetter: Bool, length: Int) {
        let (value, length) = decode(bytes, i)
        return table.withUnsafeBufferPointer { (kind(of: value, $0).contains(.word), length) }
    }

    /// The scalar starting at byte `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let b1 = UInt32(bytes[i + 1] & 0x3F)
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | b1, 2) }
        let b2 = UInt32(bytes[i + 2] & 0x3F)
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | b1 << 6 | b2, 3) }
        return ((b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// The words of valid UTF-8 text. A word is a run of letters and combining marks, with single
    /// hyphens between letters ("Askøy-Øygarden"). A word is sentence-initial at the start of the
    /// text and after `. ! ? : ; • « » " “ ” ( )`, a blank line, or a dash, star or bullet that
    /// starts a line.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Gazetteer.WordSpan] {
        table.withUnsafeBufferPointer { spans(in: bytes, table: $0) }
    }

    private static func spans(in bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<Kind>) -> [Gazetteer.WordSpan] {
        var out: [Gazetteer.WordSpan] = []
        // About one word in six bytes of prose: one allocation instead of one per doubling.
        out.reserveCapacity(bytes.count / 6 + 4)
        let end = bytes.count
        var i = 0
        var boundary = true  // a sentence boundary seen since the last word
        var lineStart = true
        var newlines = 0
        while i < end {
            let (c, length) = decode(bytes, i)
            let cKind = kind(of: c, table)
            if cKind.contains(.word) {
                let word = scanWord(bytes, from: i, first: c, firstKind: cKind, length: length, sentenceInitial: boundary, table: table)
                out.append(word)
                boundary = false
                lineStart = false
                newlines = 0
                i = word.end
                continue
            }
            switch c {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2022, 0xAB, 0xBB, 0x22, 0x201C, 0x201D, 0x28, 0x29:  // . ! ? : ; • « » " “ ” ( )
                boundary = true
            case 0x0A:
                newlines += 1
                lineStart = true
                if newlines >= 2 { boundary = true }
            case 0x2D, 0x2013, 0x2014, 0x2A, 0xA2, 0xB7:  // - – — * ¢ ·
                if lineStart { boundary = true }
            case 0x20, 0x09, 0x0D:
                break
            default:
                lineStart = false
            }
            i += length
        }
        return out
    }

    /// The word whose first scalar `first` (of `length` bytes) starts at byte `start`.
    @inline(__always)
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, first: UInt32, firstKind: Kind,
                                 length: Int, sentenceInitial: Bool, table: UnsafeBufferPointer<Kind>) -> Gazetteer.WordSpan {
        let end = bytes.count
        var upper = firstKind.contains(.upper) ? 1 : 0
        var lower = upper == 0 && firstKind.contains(.lower) ? 1 : 0
        var internalCapital = false, hyphen = false
        var second: UInt32 = 0
        var j = start + length
        while j < end {
            // Most of a word is small ASCII letters: counted without decoding them or looking up their kind
            // (the table says `[.word, .lower]` for each).
            let byte = bytes[j]
            if byte >= 0x61 && byte <= 0x7A {
                lower += 1
                if j == start + length { second = UInt32(byte) }
                j += 1
                continue
            }
            let (d, dLength) = decode(bytes, j)
            let dKind = kind(of: d, table)
            if dKind.contains(.word) {
                if dKind.contains(.upper) { upper += 1; internalCapital = true } else if dKind.contains(.lower) { lower += 1 }
                if j == start + length { second = d }
                j += dLength
                continue
            }
            // A hyphen between letters joins them; the hyphen can be the word's second scalar ("A-b").
            if d == 0x2D, j + 1 < end, kind(of: decode(bytes, j + 1).value, table).contains(.word) {
                if j == start + length { second = d }
                hyphen = true
                j += 1
                continue
            }
            break
        }
        var k = j
        while k < end, bytes[k] == 0x20 { k += 1 }
        return Gazetteer.WordSpan(
            start: start, end: j, firstTwo: Gazetteer.WordSpan.pack(first, second),
            followedBy: k < end ? Unicode.Scalar(decode(bytes, k).value) : nil,
            capitalised: firstKind.contains(.upper), allCaps: lower == 0 && upper > 1,
            internalCapital: internalCapital && lower > 0, sentenceInitial: sentenceInitial, hasHyphen: hyphen)
    }
}
