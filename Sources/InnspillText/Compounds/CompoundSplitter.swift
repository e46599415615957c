import Foundation

/// Splits Norwegian compounds into the dictionary words they are made of,
/// respecting the linking -s- and -e- ("samarbeid-s-prosjekt", "barn-e-hage"),
/// so that "lærer" finds "kulturskolelærerne" and clustering sees shared parts.
///
/// A word is cut in two where the left side is a base form the hunspell `.dic`
/// files mark as a compound part (at least 4 letters; or any listed base form
/// of at least 5), optionally followed by a linking s or e, and the right side
/// is a word hunspell accepts (at least 3 letters, not a function word, with a
/// stem of at least 3 letters, so that "kulturen" is not "kult" + "uren"). A
/// word listed whole in the `.dic` files, or an inflection of one (lexicalised:
/// "fremtiden", "samarbeid"), is only cut when both sides have at least 5 letters
/// (the left one counting its linking letter). Of the possible cuts the most balanced wins, and both
/// sides are split again. Results are cached. Without the dictionaries nothing
/// is split. Input is expected in lower case.
///
/// ```swift
/// let splitter = CompoundSplitter.shared
/// splitter.split("kulturskolelærerne")   // ["kultur", "skole", "lærerne"]
/// splitter.split("samarbeidsprosjekt")   // ["samarbeid", "prosjekt"]
/// splitter.split("kulturen")             // ["kulturen"]
/// ```
public final class CompoundSplitter: @unchecked Sendable {
    /// The shared splitter over `NorwegianDictionaries.shared`.
    public static let shared = CompoundSplitter(dictionaries: NorwegianDictionaries.shared)

    /// Shortest left part, shortest right part.
    public static let minimumLeft = 4, minimumRight = 3

    private let dictionaries: NorwegianDictionaries?
    private let stemmer: SnowballStemmer
    private let wordList: HunspellWordList?
    private let lock = NSLock()
    private var cache: [String: [String]] = [:]

    public init(dictionaries: NorwegianDictionaries?, stemmer: SnowballStemmer = .norwegian) {
        self.dictionaries = dictionaries
        self.stemmer = stemmer
        self.wordList = dictionaries == nil ? nil : HunspellWordList.shared
    }

    /// The parts of a lower-case word, left to right (the last one inflected as in the
    /// word); `[word]` when it is not a compound.
    public func split(_ word: String) -> [String] {
        guard dictionaries != nil, wordList != nil, word.count >= Self.minimumLeft + Self.minimumRight else { return [word] }
        lock.lock()
        let cached = cache[word]
        lock.unlock()
        if let cached { return cached }
        let result = compute(word)
        lock.lock()
        if cache.count < 300_000 { cache[word] = result }
        lock.unlock()
        return result
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

    /// The most balanced cut into two words, if any.
    func bestCut(_ word: String) -> (String, String)? {
        let chars = Array(word)
        let n = chars.count
        guard let wordList else { return nil }
        let stem = stemmer.stem(word)
        let stemLength = stem.count
        // A listed word, or an inflection of one, is lexicalised.
        let lexicalised = wordList.lemmas.contains(word)
            || (stemLength < n && (stemLength ... n).contains { wordList.lemmas.contains(String(chars[..<$0])) })
        let minimumPart = lexicalised ? 5 : 0
        var best: (score: (Int, Int, Int, Int), left: String, right: String)?
        for i in Self.minimumLeft ... (n - Self.minimumRight) {
            let left = String(chars[..<i])
            for linker in ["", "s", "e"] {
                var start = i
                if !linker.isEmpty {
                    guard i < n, String(chars[i]) == linker else { continue }
                    start = i + 1
                }
                guard n - start >= Self.minimumRight else { continue }
                let right = String(chars[start...])
                guard left.count + linker.count >= minimumPart, right.count >= minimumPart else { continue }
                guard !NorwegianStopwords.all.contains(right), !NorwegianStopwords.all.contains(left) else { continue }
                let score = (min(left.count + linker.count, right.count), right.count, linker.isEmpty ? 0 : 1, -i)
                if let b = best, !(score > b.score) { continue }
                guard wordList.compoundParts.contains(left) || (left.count >= 5 && wordList.lemmas.contains(left)), isWord(right), stemmer.stem(right).count >= 3 else { continue }
                best = (score, left, right)
            }
        }
        return best.map { ($0.left, $0.right) }
    }
}
