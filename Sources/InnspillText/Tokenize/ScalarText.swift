/// A text as an array of Unicode scalars with their UTF-8 and UTF-16 offsets, so
/// the tokenizer can look ahead cheaply and still report ranges.
struct ScalarText {
    let text: String
    /// The scalars.
    let scalars: [Unicode.Scalar]
    /// `utf8[i]` is the UTF-8 offset of scalar i; `utf8[count]` is the UTF-8 length.
    let utf8: [Int32]
    /// `utf16[i]` is the UTF-16 offset of scalar i; `utf16[count]` is the UTF-16 length.
    let utf16: [Int32]
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        let n = text.utf8.count
        var scalars: [Unicode.Scalar] = []
        var utf8: [Int32] = []
        var utf16: [Int32] = []
        scalars.reserveCapacity(n)
        utf8.reserveCapacity(n + 1)
        utf16.reserveCapacity(n + 1)
        var o8: Int32 = 0, o16: Int32 = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            utf8.append(o8)
            utf16.append(o16)
            let v = s.value
            o8 += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            o16 += v < 0x10000 ? 1 : 2
        }
        utf8.append(o8)
        utf16.append(o16)
        self.scalars = scalars
        self.utf8 = utf8
        self.utf16 = utf16
    }

    var count: Int { scalars.count }

    subscript(i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    func index(_ i: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: Int(utf8[i]))
    }

    func string(_ r: Range<Int>) -> String {
        let lo = Int(utf8[r.lowerBound]), hi = Int(utf8[r.upperBound])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo ..< hi]), as: UTF8.self) }
    }

    func utf16Range(_ r: Range<Int>) -> Range<Int> { Int(utf16[r.lowerBound]) ..< Int(utf16[r.upperBound]) }

    func token(_ r: Range<Int>, _ kind: TokenKind) -> Token {
        Token(text: string(r), kind: kind, range: index(r.lowerBound) ..< index(r.upperBound), utf16Range: utf16Range(r))
    }
}

/// Character classes the tokenizer needs.
enum ScalarClass {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }  // Latin-1 and Latin Extended letters
        if v == 0xFFFD { return true }  // a lost ligature inside a word ("de\u{FFFD}nere")
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        if v <= 0x24F { return false }
        return s.properties.generalCategory == .decimalNumber
    }

    /// Combining marks and soft hyphens continue a word.
    @inline(__always)
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0xAD { return false }
        if v == 0xAD || v == 0x200D { return true }
        if v < 0x300 { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isAlnum(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    @inline(__always)
    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s.value == 0x2010 || s.value == 0x2011 }

    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s.value == 0x2019 }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    /// Whether `s` is one of the ASCII characters in `set`.
    @inline(__always)
    static func isAny(_ s: Unicode.Scalar, _ set: StaticString) -> Bool {
        set.withUTF8Buffer { $0.contains(UInt8(truncatingIfNeeded: s.value)) } && s.value < 0x80
    }
}
