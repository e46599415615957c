import Foundation

/// Case-insensitive comparison of text values, without allocating per compared
/// string in the common case: equality folds case (`Ø` = `ø`, `Å` = `å`) and
/// canonical composition (`a` + U+030A = `å`), but keeps letters apart (`ø` ≠ `o`).
/// (Order is `NorwegianOrder`'s, from the text engine.)
///
/// ```swift
/// NorwegianText.equalFolded("BODØ", "bodø")                 // true
/// ```
public enum NorwegianText {
    /// The lowercased, NFC form used as a grouping key.
    public static func fold(_ s: String) -> String {
        var plain = true
        for b in s.utf8 where b >= 0x41 && (b <= 0x5A || b >= 0x80) { plain = false; break }
        if plain { return s }
        let folded = s.precomposedStringWithCanonicalMapping.lowercased()
        // A soft hyphen (U+00AD, from Word and web pages; C2 AD) is no letter of its word: "vente­liste" is "venteliste".
        guard s.utf8.contains(0xAD) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0 != "\u{AD}" }))
    }

    /// True when the string has no scalar that canonical composition could change
    /// (everything below U+0300), so scalar-wise folding is exact.
    @inline(__always)
    static func isSimple(_ s: Unicode.Scalar) -> Bool { s.value < 0x300 }

    /// Lowercase of one scalar for the fast paths; nil when the mapping is not one scalar.
    @inline(__always)
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v + 32)! : s }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return Unicode.Scalar(v + 32)! }
        if v < 0x100 { return s }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        guard mapped.count == 1 else { return nil }
        return mapped.first!
    }

    /// Case-insensitive equality (`Ø` = `ø`), exact for any input.
    public static func equalFolded(_ a: String, _ b: String) -> Bool {
        FoldedText(b).matches(a)
    }
}

/// A text value folded once (lowercase, NFC) and matched against many strings
/// without allocating: the filter's `=` on text fields.
struct FoldedText: Sendable {
    let folded: String
    let scalars: [Unicode.Scalar]
    let bytes: [UInt8]

    init(_ s: String) {
        folded = NorwegianText.fold(s)
        scalars = Array(folded.unicodeScalars)
        bytes = Array(folded.utf8)
    }

    /// Case-insensitive equality of `candidate` with the folded text.
    @inline(__always)
    func matches(_ candidate: String) -> Bool {
        // Fast path over bytes: ASCII is lowercased byte by byte; anything else goes scalar-wise.
        let r: Bool? = candidate.utf8.withContiguousStorageIfAvailable { buf -> Bool? in
            var i = 0
            let n = buf.count
            if n == 0 { return bytes.isEmpty }
            // A mismatch is final unless a combining mark (U+0300 and up) further on could compose.
            func mismatch() -> Bool? {
                var j = i
                while j < n { if buf[j] >= 0xCC { return nil }; j += 1 }
                return false
            }
            while i < n {
                let b = buf[i]
                if b >= 0x80 { return nil }
                if i >= bytes.count { return mismatch() }
                let l = (b >= 0x41 && b <= 0x5A) ? b + 32 : b
                if l != bytes[i] { return mismatch() }
                i += 1
            }
            return i == bytes.count
        } ?? nil
        if let r { return r }
        return slowMatches(candidate)
    }

    func slowMatches(_ candidate: String) -> Bool {
        var k = 0
        for s in candidate.unicodeScalars {
            guard NorwegianText.isSimple(s), let l = NorwegianText.lower(s) else {
                return NorwegianText.fold(candidate) == folded
            }
            if k >= scalars.count || scalars[k] != l {
                // A combining mark later on could still compose; only then go the exact way.
                for t in candidate.utf8 where t >= 0xCC { return NorwegianText.fold(candidate) == folded }
                return false
            }
            k += 1
        }
        return k == scalars.count
    }
}
