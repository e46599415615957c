/// A text as an array of Unicode scalars with their UTF-8 and UTF-16 offsets, so
/// the tokenizer can look ahead cheaply and still report ranges. One value can be
/// loaded with text after text (the analysed corpus reads thousands of documents
/// through one).
struct ScalarText {
    private(set) var text: String = ""
    /// The scalars.
    private(set) var scalars: [Unicode.Scalar] = []
    /// `utf8[i]` is the UTF-8 offset of scalar i; `utf8[count]` is the UTF-8 length.
    private(set) var utf8: [Int32] = []
    /// `utf16[i]` is the UTF-16 offset of scalar i; `utf16[count]` is the UTF-16 length.
    private(set) var utf16: [Int32] = []

    init() {}

    init(_ text: String) { load(text) }

    /// Reads `text`: its scalars and their offsets, decoded from its UTF-8 in one pass.
    mutating func load(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        let n = text.utf8.count
        var scalars = [Unicode.Scalar](repeating: "\0", count: n)
        var utf8 = [Int32](repeating: 0, count: n + 1)
        var utf16 = [Int32](repeating: 0, count: n + 1)
        var count = 0
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            scalars.withUnsafeMutableBufferPointer { scalars in
                utf8.withUnsafeMutableBufferPointer { offsets8 in
                    utf16.withUnsafeMutableBufferPointer { offsets16 in
                        var i = 0
                        var o16: Int32 = 0
                        while i < n {
                            let b = UInt32(bytes[i])
                            var v = b, length = 1
                            if b >= 0xF0 {
                                v = (b & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6 | UInt32(bytes[i + 3]) & 0x3F
                                length = 4
                            } else if b >= 0xE0 {
                                v = (b & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F
                                length = 3
                            } else if b >= 0xC0 {
                                v = (b & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F
                                length = 2
                            }
                            // A String's bytes are valid UTF-8, so every value is a scalar.
                            scalars[count] = Unicode.Scalar(v).unsafelyUnwrapped
                            offsets8[count] = Int32(i)
                            offsets16[count] = o16
                            o16 += length == 4 ? 2 : 1
                            count += 1
                            i += length
                        }
                        offsets8[count] = Int32(n)
                        offsets16[count] = o16
                    }
                }
            }
        }
        scalars.removeLast(n - count)
        utf8.removeLast(n - count)
        utf16.removeLast(n - count)
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
        if let s = text.utf8.withContiguousStorageIfAvailable({ String(decoding: UnsafeBufferPointer(rebasing: $0[lo ..< hi]), as: UTF8.self) }) {
            return s
        }
        return String(text[index(r.lowerBound) ..< index(r.upperBound)])
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
        if v < 0x100 { return v == 0x85 || v == 0xA0 }
        return s.properties.isWhitespace
    }

    /// Whether `s` is one of the ASCII characters in `set`.
    @inline(__always)
    static func isAny(_ s: Unicode.Scalar, _ set: StaticString) -> Bool {
        set.withUTF8Buffer { $0.contains(UInt8(truncatingIfNeeded: s.value)) } && s.value < 0x80
    }
}
