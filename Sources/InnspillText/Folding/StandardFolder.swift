import Foundation

/// Folds the two written standards onto one key: a nynorsk (or radical bokmål)
/// word becomes its bokmål form, so "kulturskule"/"kulturskole",
/// "elevane"/"elevene", "ikkje"/"ikke" and "korleis"/"hvordan" meet.
///
/// How: a table of whole words (function words, irregular forms), then parts
/// replaced everywhere ("skule" -> "skole"), then, for a word the nynorsk
/// dictionary knows and the bokmål one does not, suffix and inner rules
/// ("-ane" -> "-ene", "-leg" -> "-lig", "ei" -> "e") whose result must be a bokmål
/// word. Without the hunspell dictionaries only the table and the part rules apply.
/// Bokmål words are returned unchanged. Input is expected in lower case.
///
/// ```swift
/// let folder = StandardFolder.shared
/// folder.fold("kulturskulen")   // "kulturskolen"
/// folder.fold("elevane")        // "elevene"
/// folder.fold("korleis")        // "hvordan"
/// folder.fold("samarbeid")      // "samarbeid"
/// ```
public final class StandardFolder: @unchecked Sendable {
    /// The shared folder, checking rules against `NorwegianDictionaries.shared`.
    public static let shared = StandardFolder(dictionaries: NorwegianDictionaries.shared)

    private let dictionaries: NorwegianDictionaries?
    private let memo = Memo<String, String>(limit: 300_000)

    /// A folder checking its rules against `dictionaries` (nil: table and part rules only).
    public init(dictionaries: NorwegianDictionaries?) {
        self.dictionaries = dictionaries
    }

    /// Whether the rules are checked against the hunspell dictionaries.
    public var usesDictionaries: Bool { dictionaries != nil }

    /// The bokmål key of a lower-case word.
    public func fold(_ word: String) -> String {
        if let known = FoldingTable.words[word] { return known }
        return memo.value(for: word, compute: compute)
    }

    private func compute(_ word: String) -> String {
        guard word.count >= 2 else { return word }
        var w = word
        for (from, to) in FoldingTable.substrings where w.contains(from) {
            w = w.replacingOccurrences(of: from, with: to)
        }
        for (from, to) in FoldingTable.prefixes where w.hasPrefix(from) && w.count > from.count + 1 {
            w = to + w.dropFirst(from.count)
        }
        if w != word, let known = FoldingTable.words[w] { return known }
        guard let dictionaries else { return w }
        if dictionaries.bokmal.contains(w) || !dictionaries.nynorsk.contains(w) { return w }
        return checkedRule(w, bokmal: dictionaries.bokmal) ?? w
    }

    /// The first rule result bokmål knows: suffix rules, then inner rules, then inner + suffix.
    private func checkedRule(_ w: String, bokmal: NorwegianDictionary) -> String? {
        let suffixed = Self.suffixCandidates(w)
        for c in suffixed where bokmal.contains(c) { return c }
        let inner = Self.innerCandidates(w)
        for c in inner where bokmal.contains(c) { return c }
        for i in inner {
            for c in Self.suffixCandidates(i) where bokmal.contains(c) { return c }
        }
        return nil
    }

    static func suffixCandidates(_ w: String) -> [String] {
        var out: [String] = []
        for (from, to) in FoldingTable.suffixes where w.hasSuffix(from) && w.count >= from.count + 3 {
            out.append(String(w.dropLast(from.count)) + to)
        }
        return out
    }

    static func innerCandidates(_ w: String) -> [String] {
        var out: [String] = []
        for (from, to) in FoldingTable.checkedPrefixes where w.hasPrefix(from) {
            out.append(to + w.dropFirst(from.count))
        }
        for (from, to) in FoldingTable.infixes {
            var ranges: [Range<String.Index>] = []
            var search = w.startIndex ..< w.endIndex
            while let r = w.range(of: from, range: search) {
                ranges.append(r)
                search = r.upperBound ..< w.endIndex
            }
            for r in ranges { out.append(w.replacingCharacters(in: r, with: to)) }
            if ranges.count > 1 { out.append(w.replacingOccurrences(of: from, with: to)) }
        }
        return out
    }
}
