import Foundation

/// Case-insensitive comparison and Norwegian collation of text values, without
/// allocating per compared string in the common case.
///
/// - Equality folds case (`Ø` = `ø`, `Å` = `å`) and canonical composition
///   (`a` + U+030A = `å`), but keeps letters apart (`ø` ≠ `o`).
/// - Order is the Norwegian alphabet: `a`…`z`, then `æ`, `ø`, `å` (`ä`, `ö`
///   sort as `æ`, `ø`; accented Latin letters as their base letter), runs of
///   digits compare as numbers (`Gruppe 2` < `Gruppe 10`), and ties are broken
///   by the exact characters so the order is total and deterministic.
///
/// ```swift
/// NorwegianText.equalFolded("BODØ", "bodø")                 // true
/// NorwegianText.compare("Ålesund", "Zürich") == .orderedDescending // å after z
/// ```
public enum NorwegianText {
    /// The lowercased, NFC form used as a grouping key.
    public static func fold(_ s: String) -> String {
        var plain = true
        for b in s.utf8 where b >= 0x41 && (b <= 0x5A || b >= 0x80) { plain = false; break }
        if plain { return s }
        return s.precomposedStringWithCanonicalMapping.lowercased()
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

    /// Norwegian collation order; see the type's documentation.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let r = primaryCompare(a, b)
        if r != .orderedSame { return r }
        // Tie-break: lowercased scalars, then exact bytes.
        let fa = fold(a), fb = fold(b)
        if fa != fb { return fa.unicodeScalars.lexicographicallyPrecedes(fb.unicodeScalars) ? .orderedAscending : .orderedDescending }
        if a == b { return .orderedSame }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? .orderedAscending : .orderedDescending
    }

    /// `compare(a, b) == .orderedAscending`, for `sort(by:)`.
    public static func precedes(_ a: String, _ b: String) -> Bool { compare(a, b) == .orderedAscending }

    /// Primary weight of a lowercased scalar: ASCII punctuation and digits first,
    /// then a…z, æ, ø, å, then everything else by code point.
    @inline(__always)
    static func weight(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { return 0x100 + (v - 0x61) }
            if v >= 0x41 && v <= 0x5A { return 0x100 + (v - 0x41) }
            return v
        }
        switch v {
        case 0xE6, 0xC6, 0xE4, 0xC4: return 0x100 + 26         // æ ä
        case 0xF8, 0xD8, 0xF6, 0xD6, 0x153, 0x152: return 0x100 + 27 // ø ö œ
        case 0xE5, 0xC5: return 0x100 + 28                      // å
        case 0xE0...0xE3, 0xC0...0xC3: return 0x100              // à á â ã -> a
        case 0xE7, 0xC7: return 0x102                            // ç -> c
        case 0xE8...0xEB, 0xC8...0xCB: return 0x104              // è é ê ë -> e
        case 0xEC...0xEF, 0xCC...0xCF: return 0x108              // ì í î ï -> i
        case 0xF1, 0xD1: return 0x10D                            // ñ -> n
        case 0xF2...0xF5, 0xD2...0xD5: return 0x10E              // ò ó ô õ -> o
        case 0xFC, 0xDC: return 0x118                            // ü -> y (Norwegian)
        case 0xF9...0xFB, 0xD9...0xDB: return 0x114              // ù ú û -> u
        case 0xFD, 0xFF, 0xDD: return 0x118                      // ý ÿ -> y
        default:
            if let l = lower(s), l != s { return weight(l) }
            return 0x1000 + v
        }
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Compares by primary weights with digit runs as numbers.
    static func primaryCompare(_ a: String, _ b: String) -> ComparisonResult {
        var ia = a.precomposedIfNeeded.unicodeScalars.makeIterator()
        var ib = b.precomposedIfNeeded.unicodeScalars.makeIterator()
        var ca = ia.next(), cb = ib.next()
        while true {
            guard let x = ca else { return cb == nil ? .orderedSame : .orderedAscending }
            guard let y = cb else { return .orderedDescending }
            if isDigit(x) && isDigit(y) {
                // Compare the two digit runs as numbers: skip leading zeros, longer run wins, then digit by digit.
                var da: [UInt32] = [], db: [UInt32] = []
                var xa: Unicode.Scalar? = x, yb: Unicode.Scalar? = y
                while let d = xa, isDigit(d) { if !(da.isEmpty && d == "0") { da.append(d.value) }; xa = ia.next() }
                while let d = yb, isDigit(d) { if !(db.isEmpty && d == "0") { db.append(d.value) }; yb = ib.next() }
                if da.count != db.count { return da.count < db.count ? .orderedAscending : .orderedDescending }
                for (p, q) in zip(da, db) where p != q { return p < q ? .orderedAscending : .orderedDescending }
                ca = xa; cb = yb
                continue
            }
            let wx = weight(x), wy = weight(y)
            if wx != wy { return wx < wy ? .orderedAscending : .orderedDescending }
            ca = ia.next(); cb = ib.next()
        }
    }
}

extension String {
    /// Self when every scalar is below U+0300 (nothing to compose), else the NFC form.
    var precomposedIfNeeded: String {
        for b in utf8 where b >= 0xCC { return precomposedStringWithCanonicalMapping }
        return self
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
