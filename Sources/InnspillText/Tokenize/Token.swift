/// What a token is: a word, a number, a URL, an e-mail address or a known abbreviation.
public enum TokenKind: String, Sendable, Hashable, CaseIterable {
    /// Letters (with any digits, marks, inner apostrophes and hyphens): "skole", "SFO-tilbud", "3D-kurs".
    case word
    /// Digits with inner separators: "2020", "3.0", "1,5", "09:51", "10-60".
    case number
    /// "https://padlet.com/x", "www.kulturskoleradet.no".
    case url
    /// "navn@kommune.no".
    case email
    /// A known abbreviation with its dots: "f.eks.", "bl.a.", "ca.".
    case abbreviation
}

/// One token of a text, with where it is, so that KWIC and search can highlight it.
///
/// ```swift
/// let t = Tokenizer().tokens(in: "Et SFO-tilbud.")[1]
/// t.text                  // "SFO-tilbud"
/// t.kind                  // .word
/// t.utf16Range            // 3..<13
/// t.parts                 // ["SFO", "tilbud"]
/// ```
public struct Token: Sendable, Hashable {
    /// The token as written in the text.
    public let text: String
    public let kind: TokenKind
    /// Where the token is in the text it came from.
    public let range: Range<String.Index>
    /// The same place as UTF-16 offsets (as `NSRange` counts them).
    public let utf16Range: Range<Int>

    public init(text: String, kind: TokenKind, range: Range<String.Index>, utf16Range: Range<Int>) {
        self.text = text
        self.kind = kind
        self.range = range
        self.utf16Range = utf16Range
    }

    /// Whether the token is a hyphenated compound ("SFO-tilbud").
    public var isHyphenated: Bool { kind == .word && text.contains("-") }

    /// The hyphen-separated parts of a hyphenated word; `[text]` otherwise.
    public var parts: [String] {
        guard isHyphenated else { return [text] }
        return text.split(separator: "-").map(String.init)
    }

    /// The token in lower case ("SFO-tilbud" -> "sfo-tilbud").
    public var folded: String { text.lowercased() }
}
