/// A text as an array of Unicode scalars with their `String.Index` and UTF-16
/// offsets, so the tokenizer can look ahead cheaply and still report ranges.
struct ScalarText {
    let text: String
    /// The scalars; `scalars.count == count`.
    let scalars: [Unicode.Scalar]
    /// `indices[i]` is where scalar i starts; `indices[count] == text.endIndex`.
    let indices: [String.Index]
    /// `utf16[i]` is the UTF-16 offset of scalar i; `utf16[count]` is the UTF-16 length.
    let utf16: [Int]

    init(_ text: String) {
        self.text = text
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        var utf16: [Int] = []
        let view = text.unicodeScalars
        scalars.reserveCapacity(text.utf8.count)
        indices.reserveCapacity(text.utf8.count + 1)
        utf16.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        var i = view.startIndex
        while i < view.endIndex {
            let s = view[i]
            scalars.append(s)
            indices.append(i)
            utf16.append(offset)
            offset += s.utf16.count
            i = view.index(after: i)
        }
        indices.append(view.endIndex)
        utf16.append(offset)
        self.scalars = scalars
        self.indices = indices
        self.utf16 = utf16
    }

    var count: Int { scalars.count }

    subscript(i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    func string(_ r: Range<Int>) -> String { String(text.unicodeScalars[indices[r.lowerBound] ..< indices[r.upperBound]]) }

    func token(_ r: Range<Int>, _ kind: TokenKind) -> Token {
        Token(text: string(r), kind: kind, range: indices[r.lowerBound] ..< indices[r.upperBound],
              utf16Range: utf16[r.lowerBound] ..< utf16[r.upperBound])
    }
}

/// Character classes the tokenizer needs.
enum ScalarClass {
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        if s.value == 0xFFFD { return true }  // a lost ligature inside a word ("de\u{FFFD}nere")
        return s.properties.isAlphabetic
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x30 && s.value <= 0x39 }
        return s.properties.generalCategory == .decimalNumber
    }

    /// Combining marks and soft hyphens continue a word.
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return false }
        if s.value == 0xAD || s.value == 0x200D { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isAlnum(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s.value == 0x2010 || s.value == 0x2011 }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s.value == 0x2019 }

    static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
}
