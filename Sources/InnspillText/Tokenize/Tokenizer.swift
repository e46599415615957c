/// Splits Norwegian text into words, numbers, URLs, e-mail addresses and
/// abbreviations, keeping æøå and accents, and hyphenated compounds
/// ("SFO-tilbud") as one token (see `Token.parts` for the parts).
///
/// ```swift
/// let tokens = Tokenizer().tokens(in: "Se f.eks. https://padlet.com/x om SFO-tilbud i 2020.")
/// tokens.map(\.text)   // ["Se", "f.eks.", "https://padlet.com/x", "om", "SFO-tilbud", "i", "2020"]
/// tokens.map(\.kind)   // [.word, .abbreviation, .url, .word, .word, .word, .number]
/// Tokenizer().words(in: "Kva er kulturskulen?")   // ["kva", "er", "kulturskulen"]
/// ```
public struct Tokenizer: Sendable {
    public init() {}

    /// All tokens of `text`, in order.
    public func tokens(in text: String) -> [Token] {
        let st = ScalarText(text)
        var out: [Token] = []
        out.reserveCapacity(st.count / 5)
        scan(st) { range, kind in out.append(st.token(range, kind)) }
        return out
    }

    /// The words of `text` in lower case (numbers, URLs and abbreviations left out).
    public func words(in text: String) -> [String] {
        tokens(in: text).compactMap { $0.kind == .word ? $0.folded : nil }
    }

    /// The scanner: calls `emit` with each token's scalar range and kind.
    func scan(_ st: ScalarText, _ emit: (Range<Int>, TokenKind) -> Void) {
        let s = st.scalars
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if !ScalarClass.isAlnum(c) {
                i += 1
                continue
            }
            // Most tokens are a run of letters ending at a space or the end: no URL, e-mail
            // address or abbreviation can start there, and the word loop goes on after the run.
            var j = i
            while j < n, ScalarClass.isLetter(s[j]) { j += 1 }
            if !(j == n || ScalarClass.isSpace(s[j])) {
                // A URL or e-mail address: look at the whole chunk up to a space.
                if let end = urlEnd(st, at: i) {
                    emit(i ..< end.end, end.kind)
                    i = end.end
                    continue
                }
                if j > i, let end = abbreviationEnd(st, at: i) {
                    emit(i ..< end, .abbreviation)
                    i = end
                    continue
                }
            }
            var hasLetter = j > i
            while j < n {
                let x = s[j]
                if ScalarClass.isLetter(x) { hasLetter = true; j += 1; continue }
                if ScalarClass.isDigit(x) || ScalarClass.isMark(x) { j += 1; continue }
                // Joiners between two alphanumerics.
                guard j + 1 < n, ScalarClass.isAlnum(s[j + 1]), j > i else { break }
                let prev = s[j - 1]
                if ScalarClass.isHyphen(x) { j += 1; continue }
                if ScalarClass.isApostrophe(x), ScalarClass.isLetter(prev), ScalarClass.isLetter(s[j + 1]) { j += 1; continue }
                if x == "." || x == "," || x == ":", ScalarClass.isDigit(prev), ScalarClass.isDigit(s[j + 1]) { j += 1; continue }
                break
            }
            emit(i ..< j, hasLetter ? .word : .number)
            i = j
        }
    }

    // MARK: - URLs and e-mail addresses

    private static let urlStarts: [[Unicode.Scalar]] = ["https://", "http://", "www."].map { Array($0.unicodeScalars) }
    private static let domains: Set<String> = ["no", "com", "org", "net", "io", "eu", "se", "dk", "info", "uk", "de", "fi"]

    private func urlEnd(_ st: ScalarText, at i: Int) -> (end: Int, kind: TokenKind)? {
        let s = st.scalars
        // Only at the start of a chunk.
        if i > 0, !ScalarClass.isSpace(s[i - 1]), !ScalarClass.isAny(s[i - 1], "(<\"'[") && s[i - 1].value != 0xAB { return nil }
        var end = i
        var at = -1, innerDot = false, slash = false
        while end < s.count {
            let c = s[end]
            if ScalarClass.isSpace(c) || ScalarClass.isAny(c, "<>\"") || c.value == 0xAB || c.value == 0xBB { break }
            if c == "@" { at = end }
            if c == ".", end + 1 < s.count, ScalarClass.isAlnum(s[end + 1]) { innerDot = true }
            if c == "/" { slash = true }
            end += 1
        }
        // Most words: no inner dot, no @, no "://".
        guard innerDot || at >= 0 || slash else { return nil }
        // Trim trailing punctuation.
        while end > i, ScalarClass.isAny(s[end - 1], ".,;:!?)]}'") || s[end - 1].value == 0x2019 { end -= 1 }
        guard end > i else { return nil }
        for start in Self.urlStarts where end - i > start.count {
            var ok = true
            for (k, u) in start.enumerated() {
                var v = s[i + k].value
                if v >= 0x41 && v <= 0x5A { v += 0x20 }
                if v != u.value { ok = false; break }
            }
            if ok { return (end, .url) }
        }
        guard innerDot else { return nil }
        if at > i, at < end - 1 {
            let domain = st.string(at + 1 ..< end)
            if domain.contains("."), domain.unicodeScalars.allSatisfy({ ScalarClass.isAlnum($0) || $0 == "." || $0 == "-" }) {
                return (end, .email)
            }
        }
        // A bare domain: "kulturskoleradet.no", "padlet.com/board": a known top-level
        // domain after the last dot of the host, and labels of letters, digits and hyphens.
        if at < 0 {
            var hostEnd = i
            while hostEnd < end, s[hostEnd] != "/" { hostEnd += 1 }
            var lastDot = hostEnd - 1
            while lastDot > i, s[lastDot] != "." { lastDot -= 1 }
            let tldLength = hostEnd - lastDot - 1
            guard lastDot > i, tldLength >= 2, tldLength <= 4 else { return nil }
            let tld = st.string(lastDot + 1 ..< hostEnd).lowercased()
            guard Self.domains.contains(tld) else { return nil }
            var labelLength = 0, longest = 0, previousLabel = 0, ok = true
            for k in i ..< lastDot + 1 {
                let c = s[k]
                if c == "." {
                    if labelLength == 0 { ok = false; break }
                    longest = max(longest, labelLength)
                    previousLabel = labelLength
                    labelLength = 0
                } else if ScalarClass.isAlnum(c) || c == "-" {
                    labelLength += 1
                } else {
                    ok = false
                    break
                }
            }
            if ok, longest >= 2, slash || previousLabel >= 3 { return (end, .url) }
        }
        return nil
    }

    // MARK: - Abbreviations

    private func abbreviationEnd(_ st: ScalarText, at i: Int) -> Int? {
        let s = st.scalars
        // Only when the letters are followed by a dot, and at a word start.
        if i > 0, ScalarClass.isAlnum(s[i - 1]) || s[i - 1] == "." { return nil }
        var j = i
        while j < s.count, ScalarClass.isLetter(s[j]) { j += 1 }
        guard j < s.count, s[j] == "." else { return nil }
        var best: Int?
        var k = i
        var candidate = ""
        while k < s.count, k - i < NorwegianAbbreviations.maxLength {
            let x = s[k]
            guard ScalarClass.isLetter(x) || x == "." else { break }
            candidate.unicodeScalars.append(x)
            if x == ".", NorwegianAbbreviations.all.contains(candidate.lowercased()) { best = k + 1 }
            k += 1
        }
        // "f.eks.x" is not an abbreviation followed by a word.
        if let b = best, b < s.count, ScalarClass.isAlnum(s[b]) { return nil }
        return best
    }
}
