/// Norwegian alphabetical order for sorting: æ, ø, å after z (Unicode order has å before æ).
public enum NorwegianOrder {
    /// A key whose plain `<` order is Norwegian alphabetical order (case-insensitive).
    ///
    /// ```swift
    /// ["å", "ø", "æ", "z"].sorted { NorwegianOrder.key($0) < NorwegianOrder.key($1) }   // ["z", "æ", "ø", "å"]
    /// ```
    public static func key(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.lowercased().unicodeScalars {
            switch c {
            case "æ", "ä": out.append("\u{7B}")
            case "ø", "ö": out.append("\u{7C}")
            case "å": out.append("\u{7D}")
            default: out.append(c)
            }
        }
        return String(out)
    }
}
