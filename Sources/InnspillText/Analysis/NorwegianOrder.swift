import Foundation

/// Norwegian collation, the one order every sorted list of words and names uses
/// (frequency labels, groups, stop words, KWIC contexts, result tables):
///
/// - the Norwegian alphabet: `a`…`z`, then `æ`, `ø`, `å` (`ä`, `ö` sort as `æ`, `ø`;
///   accented Latin letters as their base letter, `ü` as `y`), case-insensitive;
/// - runs of digits compare as numbers (`Gruppe 2` < `Gruppe 10`);
/// - ties are broken by the lower-cased text, then the exact characters, so the order
///   is total and deterministic.
///
/// ```swift
/// ["Ålesund", "Ørland", "Zebra", "Gruppe 10", "Gruppe 2"].sorted(by: NorwegianOrder.precedes)
/// // ["Gruppe 2", "Gruppe 10", "Zebra", "Ørland", "Ålesund"]
/// ```
public enum NorwegianOrder {
    /// The order of two strings.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let r = primaryCompare(a, b)
        if r != .orderedSame { return r }
        // Tie-break: lower-cased precomposed scalars, then exact bytes.
        let fa = a.precomposedIfNeeded.lowercased(), fb = b.precomposedIfNeeded.lowercased()
        if fa != fb { return fa.unicodeScalars.lexicographicallyPrecedes(fb.unicodeScalars) ? .orderedAscending : .orderedDescending }
        if a == b { return .orderedSame }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? .orderedAscending : .orderedDescending
    }

    /// `compare(a, b) == .orderedAscending`, for `sort(by:)`.
    public static func precedes(_ a: String, _ b: String) -> Bool { compare(a, b) == .orderedAscending }

    /// Primary weight of a scalar: ASCII punctuation and digits first, then a…z, æ, ø, å,
    /// then everything else by code point.
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
            let lower = s.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let l = lower.first, l != s { return weight(l) }
            return 0x1000 + v
        }
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// The order without the tie-breaks: texts that differ only in case or accents are the
    /// same here (what a filter's `<` and `>` compare).
    public static func primaryCompare(_ a: String, _ b: String) -> ComparisonResult {
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
    /// Self when no byte could start a combining mark (nothing to compose), else the NFC form.
    var precomposedIfNeeded: String {
        for b in utf8 where b >= 0xCC { return precomposedStringWithCanonicalMapping }
        return self
    }
}
