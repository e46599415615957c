import Foundation

/// Splits Norwegian compounds into the dictionary words they are made of,
/// respecting the linking -s- and -e- ("samarbeid-s-prosjekt", "barn-e-hage"),
/// so that "lærer" finds "kulturskolelærerne" and clustering sees shared parts.
///
/// How: a word is cut in two where
/// - the left side is a base form listed in the hunspell `.dic` files and marked
///   as a compound part (at least 4 letters), or any listed base form of at least 5,
///   optionally followed by a linking s or e ("arbeids" counts as "arbeid" + s), or
///   one of the short heads below before a head of 9 letters or more ("fag" + "kompetanse");
/// - the right side is a listed word or an inflection of one that hunspell accepts,
///   at least 4 letters (or a common 3-letter head such as "råd"), not a suffix
///   ("frivillig" + "heten") or function word, with a stem of at least 3 letters
///   ("kulturen" is not "kult" + "uren");
/// - a lexicalised word (listed whole, or an inflection of one: "barnehagen",
///   "fremtiden") is only cut when both sides have at least 5 letters and the
///   left one is a compound part or has at least 6, or when a compound part of 4
///   stands before a head of 9 or more ("full" + "finansiert"); a short head counts
///   as 5 letters in every form ("skole" + "tid", as "skole" + "tiden").
///
/// Of the possible cuts the most balanced wins, and both sides are split again.
/// Hyphenated words are split at their hyphens first. Results are cached. Without
/// the dictionaries nothing is split. Input is expected in lower case.
///
/// ```swift
/// let splitter = CompoundSplitter.shared
/// splitter.split("kulturskolelærerne")   // ["kultur", "skole", "lærerne"]
/// splitter.split("samarbeidsprosjekt")   // ["samarbeid", "prosjekt"]
/// splitter.split("samhandlingsstruktur") // ["samhandling", "struktur"]
/// splitter.split("kulturen")             // ["kulturen"]
/// ```
public final class CompoundSplitter: @unchecked Sendable {
    /// The shared splitter over `NorwegianDictionaries.shared`.
    public static let shared = CompoundSplitter(dictionaries: NorwegianDictionaries.shared)

    /// Shortest left part, shortest right part.
    public static let minimumLeft = 4, minimumRight = 3
    /// The letters of a head after which a listed word's left part may be as short as `minimumLeft`.
    static let longHead = 9

    private let dictionaries: NorwegianDictionaries?
    private let stemmer: SnowballStemmer
    private let wordList: HunspellWordList?
    private let memo = Memo<String, [String]>(limit: 300_000)

    public init(dictionaries: NorwegianDictionaries?, stemmer: SnowballStemmer = .norwegian) {
        self.dictionaries = dictionaries
        self.stemmer = stemmer
        self.wordList = dictionaries == nil ? nil : HunspellWordList.shared
    }

    /// The parts of a lower-case word, left to right (the last one inflected as in the
    /// word); `[word]` when it is not a compound.
    public func split(_ word: String) -> [String] {
        if word.contains("-") {
            let pieces = word.split(separator: "-").map(String.init)
            return pieces.count > 1 ? pieces.flatMap(split) : [word]
        }
        guard dictionaries != nil, wordList != nil, word.count >= Self.minimumLeft + Self.minimumRight else { return [word] }
        return memo.value(for: word, compute: compute)
    }

    /// Whether `word` splits into two or more parts.
    public func isCompound(_ word: String) -> Bool { split(word).count > 1 }

    private func compute(_ word: String) -> [String] {
        guard let (left, right) = bestCut(word) else { return [word] }
        return split(left) + split(right)
    }

    private func isWord(_ s: String) -> Bool {
        guard let d = dictionaries else { return false }
        return d.bokmal.contains(s) || d.nynorsk.contains(s)
    }

    /// Endings that are suffixes, not words, when they end a compound ("frivillig-heten").
    static let suffixLike: Set<String> = [
        "het", "heten", "heter", "hetene", "hetens", "ste", "ene", "erne", "ende", "else", "elser", "ing", "inger",
        "ingen", "ighet", "lighet", "ligheten", "ligheter", "skap", "skapet", "skaper", "elig", "elige", "elt",
    ]

    /// Endings of derived words that take the linking s before the next part ("samhandlingsstruktur",
    /// "kvalitetsarbeid", "ledelsesgruppe", "informasjonsmøte", "vennskapsbyer", "frihetsbegrep").
    static let linkingSuffixes = ["ing", "het", "else", "sjon", "tet", "skap"]

    /// Three-letter words that may end a compound ("elevråd", "læringsrom"); other heads need 4 letters.
    static let shortHeads: Set<String> = [
        "råd", "rom", "dag", "tid", "lag", "hus", "fag", "mål", "sal", "lek", "kor", "ben", "vei", "sak", "mat",
        "ord", "art", "bok", "lys", "liv", "ark", "bil", "fly", "arv", "ris", "syn", "ånd", "sum",
    ]

    /// Whether `right` can end a compound: a word whose base form is listed (it, or a listed
    /// word it starts with, at most 4 letters shorter), not a suffix or function word.
    private func isHead(_ right: String, _ wordList: HunspellWordList) -> Bool {
        guard !Self.suffixLike.contains(right), !NorwegianStopwords.all.contains(right) else { return false }
        if right.count < 4 { return Self.shortHeads.contains(right) }
        if wordList.isLemma(right) { return isWord(right) }
        let chars = Array(right)
        let shortest = max(3, chars.count - 4)
        guard (shortest ..< chars.count).contains(where: { wordList.isLemma(String(chars[..<$0])) }) else { return false }
        return isWord(right) && stemmer.stem(right).count >= 3
    }

    /// The most balanced cut into two words, if any.
    func bestCut(_ word: String) -> (String, String)? {
        guard let wordList else { return nil }
        let chars = Array(word)
        let n = chars.count
        let stemLength = stemmer.stem(word).count
        // A listed word, or an inflection of one, is lexicalised.
        let lexicalised = wordList.isLemma(word)
            || (stemLength < n && (stemLength ... n).contains { wordList.isLemma(String(chars[..<$0])) })
        let minimumPart = lexicalised ? 5 : 0
        var best: (score: (Int, Int, Int, Int), left: String, right: String)?
        for i in Self.minimumRight ... (n - Self.minimumRight) {
            let left = String(chars[..<i])
            // A word of three letters before a long head ("fag" + "kompetanse").
            let shortLeft = i < Self.minimumLeft
            if shortLeft, !(Self.shortHeads.contains(left) && n - i >= Self.longHead) { continue }
            // A short compound part before a long head is cut from a listed word too ("full" + "finansiert").
            let longHead = shortLeft || n - i >= Self.longHead && wordList.isCompoundPart(left)
            // A derived word that always takes the linking s ("samhandling-s-struktur", "samskaping-s-prosjekter") is a
            // left part when hunspell knows it, listed or not: most such words are not listed on their own.
            let listed = shortLeft || wordList.isCompoundPart(left) || (left.count >= (lexicalised ? 6 : 5) && wordList.isLemma(left))
            let derived = !listed && i < n && chars[i] == "s" && left.count >= 7
                && Self.linkingSuffixes.contains(where: left.hasSuffix) && isWord(left)
            guard left.count >= minimumPart || longHead || derived, !NorwegianStopwords.all.contains(left), listed || derived
            else { continue }
            // A listed linking form ("arbeids") is tried as its base plus the linking s.
            let linkingForm = left.hasSuffix("s") && !wordList.isCompoundPart(left)
                && wordList.isLemma(String(left.dropLast()))
            for linker in ["", "s", "e"] {
                if linker.isEmpty, linkingForm { continue }
                if derived, linker != "s" { continue }
                var start = i
                if !linker.isEmpty {
                    guard i < n, String(chars[i]) == linker else { continue }
                    start = i + 1
                }
                let right = String(chars[start...])
                // A listed word's short head counts as it does in the word's other forms: "skoletid" is cut as
                // "skoletiden" is ("skole" + "tid"), and a count of "tid" does not hang on which form was written.
                guard n - start >= max(Self.minimumRight, minimumPart)
                        || minimumPart > 0 && left.count >= minimumPart && Self.shortHeads.contains(stemmer.stem(right)) else { continue }
                // "program" + "met", "ungdom" + "mene": a doubled consonant is the word's own.
                if right.count <= 4, linker.isEmpty, chars[i - 1] == chars[i] { continue }
                let score = (min(left.count, right.count), right.count, linker.isEmpty ? 1 : 0, -i)
                if let b = best, !(score > b.score) { continue }
                guard isHead(right, wordList) else { continue }
                best = (score, left, right)
            }
        }
        return best.map { ($0.left, $0.right) }
    }
}
