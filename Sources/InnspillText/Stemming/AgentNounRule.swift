/// Snowball stems the Norwegian agent nouns in -er unevenly: "lærer" -> "lær" but
/// "lærere" -> "lærer" and "lærerne" -> "lærern". Before stemming, this rule
/// takes their inflected forms back to the base in -er when the dictionary knows
/// it, so all forms share one stem ("lærer", "læreren", "lærere", "lærerne" -> "lær").
enum AgentNounRule {
    private static let definite = ["erne", "eren", "erens", "ernes", "erenes", "erene"]
    private static let notNouns: Set<String> = ["moderne", "gjerne", "fjerne", "kjerne", "stjerne", "hjerne", "interne", "eksterne"]

    /// The base in -er of an inflected agent noun, or the word unchanged.
    static func apply(_ w: String) -> String {
        guard w.count >= 6, w.contains("er"), !notNouns.contains(w), let nb = NorwegianDictionaries.shared?.bokmal else { return w }
        for suffix in definite where w.hasSuffix(suffix) {
            let base = String(w.dropLast(suffix.count - 2))
            return base.count >= 5 && nb.contains(base) ? base : w
        }
        if w.hasSuffix("ere") {
            let base = String(w.dropLast())
            return base.count >= 5 && nb.contains(base) && nb.contains(base + "ne") ? base : w
        }
        return w
    }
}
