/// Character n-grams of a word, an alternative feature to compound splitting for
/// clustering ("kulturskule" and "kulturskolen" share most of theirs).
public enum CharacterNGrams {
    /// The n-grams of `word` (lower-cased, marked with "<" and ">" at its ends), for each n in `sizes`.
    ///
    /// ```swift
    /// CharacterNGrams.grams(of: "Skole", sizes: 3 ... 3)   // ["<sk", "sko", "kol", "ole", "le>"]
    /// ```
    public static func grams(of word: String, sizes: ClosedRange<Int> = 3 ... 5) -> [String] {
        let chars = Array("<" + TermAnalyzer.normalize(word) + ">")
        var out: [String] = []
        for n in sizes where n >= 1 && n <= chars.count {
            for i in 0 ... (chars.count - n) { out.append(String(chars[i ..< i + n])) }
        }
        return out
    }
}
