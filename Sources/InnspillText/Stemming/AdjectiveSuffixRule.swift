/// Gives back the adjective suffix Snowball's Norwegian stemmer takes off ("-lig", "-ig", "-elig", "-leg", "-eg"), so an
/// adjective is not its base noun: "tidlig" (early) is not "tid" (time), "faglig" not "fag". An adjective's forms and its
/// noun in -het keep one term: "tidlig", "tidlige"; "mulig", "muligheter". (Snowball's step 3 would make them all "tid",
/// "fag", "mul".)
///
/// ```swift
/// AdjectiveSuffixRule.apply(stem: "tid", of: "tidlige")     // "tidlig"
/// AdjectiveSuffixRule.apply(stem: "tid", of: "tiden")       // "tid"
/// AdjectiveSuffixRule.apply(stem: "mul", of: "muligheter")  // "mulig"
/// ```
enum AdjectiveSuffixRule {
    /// The suffixes step 3 removes that make adjectives, longest first.
    private static let suffixes = ["elig", "eleg", "eig", "lig", "leg", "ig", "eg"]
    /// What may follow such a suffix in the word: an adjective's endings, or a noun's in -het.
    private static let endings: Set<String> = [
        "", "e", "ere", "est", "ste", "este", "t", "het", "heten", "heter", "hetene", "hetens", "hetenes", "hets",
    ]

    static func apply(stem: String, of word: String) -> String {
        guard stem.count < word.count, word.hasPrefix(stem) else { return stem }
        let rest = word.dropFirst(stem.count)
        for suffix in suffixes where rest.hasPrefix(suffix) && endings.contains(String(rest.dropFirst(suffix.count))) {
            return stem + suffix
        }
        return stem
    }
}
