/// One sentence of a text: where it is and its text (trimmed).
public struct Sentence: Sendable, Hashable {
    public let text: String
    public let range: Range<String.Index>
    public let utf16Range: Range<Int>
}

/// Splits text into sentences. A sentence ends at `.`, `!`, `?` or `…` followed by
/// a space and a capital letter, digit, quote or bullet (not at the dots of
/// "f.eks.", "bl.a.", "ca.", "jf.", numbers or initials), at a blank line, and at a
/// line break before a bullet or a capital letter or after a line ending in `:`.
///
/// ```swift
/// SentenceSplitter().sentences(in: "Vi har bl.a. kor, korps osv. Neste år blir det ca. 20 elever. Bra!")
///     .map(\.text)   // ["Vi har bl.a. kor, korps osv.", "Neste år blir det ca. 20 elever.", "Bra!"]
/// ```
public struct SentenceSplitter: Sendable {
    public init() {}

    public func sentences(in text: String) -> [Sentence] {
        let st = ScalarText(text)
        let s = st.scalars
        var tokens: [(Range<Int>, TokenKind)] = []
        Tokenizer().scan(st) { tokens.append(($0, $1)) }
        // Scalars covered by a token (their dots never end a sentence).
        var boundaries: [Int] = []  // scalar offsets where a new sentence may start
        var t = 0
        var i = 0
        while i < s.count {
            while t < tokens.count, tokens[t].0.upperBound <= i { t += 1 }
            if t < tokens.count, tokens[t].0.contains(i) {
                // A sentence-final abbreviation ("osv.") may end a sentence.
                let (r, kind) = tokens[t]
                if kind == .abbreviation, NorwegianAbbreviations.sentenceFinal.contains(st.string(r).lowercased()),
                   startsNewSentence(st, after: r.upperBound, strict: true) {
                    boundaries.append(r.upperBound)
                }
                i = r.upperBound
                continue
            }
            let c = s[i]
            if c == "." || c == "!" || c == "?" || c.value == 0x2026 {
                var j = i + 1
                while j < s.count, ".!?\u{2026}\"»”’')]".unicodeScalars.contains(s[j]) { j += 1 }
                if c == ".", j == i + 1, isInitialOrOrdinal(st, before: i) {
                    i = j
                    continue
                }
                if startsNewSentence(st, after: j, strict: false) { boundaries.append(j) }
                i = j
                continue
            }
            if c == "\n" {
                if lineBreakIsBoundary(st, at: i) { boundaries.append(i + 1) }
            }
            i += 1
        }
        // Cut.
        var out: [Sentence] = []
        var start = 0
        for b in boundaries + [s.count] where b > start {
            append(st, start ..< b, to: &out)
            start = b
        }
        return out
    }

    private func append(_ st: ScalarText, _ r: Range<Int>, to out: inout [Sentence]) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, ScalarClass.isSpace(st.scalars[lo]) { lo += 1 }
        while hi > lo, ScalarClass.isSpace(st.scalars[hi - 1]) { hi -= 1 }
        guard lo < hi else { return }
        out.append(Sentence(text: st.string(lo ..< hi), range: st.index(lo) ..< st.index(hi),
                            utf16Range: st.utf16Range(lo ..< hi)))
    }

    /// A single letter or a number before a dot ("H. Ibsen", "9. oktober") does not end a sentence
    /// unless a capital follows a number ... which we cannot tell from an ordinal; we keep them together.
    private func isInitialOrOrdinal(_ st: ScalarText, before i: Int) -> Bool {
        var k = i
        while k > 0, ScalarClass.isAlnum(st.scalars[k - 1]) { k -= 1 }
        let word = i - k
        guard word > 0 else { return false }
        if word == 1, ScalarClass.isLetter(st.scalars[k]) { return true }
        // An ordinal: digits, then a dot, then a space and a lower-case word.
        if (k ..< i).allSatisfy({ ScalarClass.isDigit(st.scalars[$0]) }), word <= 2 {
            var j = i + 1
            while j < st.count, st.scalars[j] == " " { j += 1 }
            if j < st.count, let c = st[j], ScalarClass.isLetter(c), Character(c).isLowercase { return true }
        }
        return false
    }

    /// Whether the text after a terminator starts a new sentence: whitespace, then a
    /// capital, digit, quote, bullet or the end. With `strict`, a line break or a capital is needed.
    private func startsNewSentence(_ st: ScalarText, after j: Int, strict: Bool) -> Bool {
        var k = j
        var sawSpace = false
        var sawNewline = false
        while k < st.count, ScalarClass.isSpace(st.scalars[k]) {
            sawSpace = true
            if st.scalars[k] == "\n" { sawNewline = true }
            k += 1
        }
        if k >= st.count { return true }
        if !sawSpace { return false }
        if sawNewline { return true }
        let c = st.scalars[k]
        if ScalarClass.isLetter(c) { return Character(c).isUppercase }
        if strict { return false }
        return ScalarClass.isDigit(c) || "\"«“'‘(-–—•*".unicodeScalars.contains(c)
    }

    /// A line break ends a sentence before a blank line, a bullet or a capital,
    /// or after a line ending in ":".
    private func lineBreakIsBoundary(_ st: ScalarText, at i: Int) -> Bool {
        var p = i
        while p > 0, st.scalars[p - 1] == " " || st.scalars[p - 1] == "\t" || st.scalars[p - 1] == "\r" { p -= 1 }
        if p > 0, st.scalars[p - 1] == ":" { return true }
        var k = i + 1
        while k < st.count, st.scalars[k] == " " || st.scalars[k] == "\t" || st.scalars[k] == "\r" { k += 1 }
        guard k < st.count else { return true }
        let c = st.scalars[k]
        if c == "\n" { return true }
        if "-–—•*·▪◦".unicodeScalars.contains(c) { return true }
        if ScalarClass.isLetter(c) { return Character(c).isUppercase }
        return false
    }
}
