import Foundation

/// A quote for a report: one whole sentence of a clustered unit.
public struct ThemeQuote: Sendable, Equatable {
    /// The unit's row in the clustering.
    public var row: Int
    public var text: String

    public init(row: Int, text: String) {
        self.row = row
        self.text = text
    }
}

/// Quotes that show what a theme is about, the way a person writing the report picks them: whole sentences short
/// enough for a slide, that use the theme's own words, from as many groups as there are quotes.
///
/// ```swift
/// let quotes = ThemeQuotes.pick(rows: nearestFirst, count: 3, themeTerms: ["samarbeid", "skol"],
///                               text: { texts[$0] }, group: { groups[$0] }, terms: analyzer.terms(in:))
/// quotes.map(\.text)   // ["Vi trenger mer samarbeid med skolen.", ...]
/// ```
public enum ThemeQuotes {
    /// How many words a quote may have.
    public static let words = 5 ... 30

    /// Picks up to `count` quotes from the units `rows`, nearest the theme's centre first. Each unit offers its
    /// sentence of `words` words with the most distinct `themeTerms` (as `terms` analyses it); units offering more
    /// of them (up to 3) come first, then the nearer. One quote per group (units without a group are each their
    /// own) until every group has given one; a unit with no sentence of the right length offers its opening words.
    public static func pick(rows: [Int], count: Int, themeTerms: Set<String>, text: (Int) -> String,
                            group: (Int) -> String?, terms: (String) -> [String]) -> [ThemeQuote] {
        guard count > 0 else { return [] }
        struct Offer { var row: Int, text: String, hits: Int, whole: Bool, rank: Int }
        var offers: [Offer] = []
        for (rank, row) in rows.enumerated() {
            var best: Offer?
            for sentence in sentences(in: text(row)) {
                let n = sentence.split(whereSeparator: \.isWhitespace).count
                // A line ending in a colon heads what follows ("Lokalt er det ulike utfordringer:"): no quote.
                guard words.contains(n), sentence.last != ":" else { continue }
                let hits = min(3, Set(terms(String(sentence))).intersection(themeTerms).count)
                if best == nil || hits > best!.hits { best = Offer(row: row, text: String(sentence), hits: hits, whole: true, rank: rank) }
            }
            offers.append(best ?? Offer(row: row, text: opening(of: text(row)), hits: 0, whole: false, rank: rank))
        }
        offers.sort { ($0.whole ? 0 : 1, -$0.hits, $0.rank) < ($1.whole ? 0 : 1, -$1.hits, $1.rank) }
        var chosen: [Offer] = []
        var groupsQuoted: Set<String> = []
        // First one quote per group; then, if the theme has fewer groups than quotes, the next best of any group.
        for offer in offers where chosen.count < count && !offer.text.isEmpty {
            if let g = group(offer.row) {
                guard groupsQuoted.insert(g).inserted else { continue }
            }
            chosen.append(offer)
        }
        for offer in offers where chosen.count < count && !offer.text.isEmpty && !chosen.contains(where: { $0.row == offer.row }) {
            chosen.append(offer)
        }
        return chosen.map { ThemeQuote(row: $0.row, text: $0.text) }
    }

    /// The sentences of a text: its lines, each cut after ".", "!" or "?" where a new sentence starts, without the
    /// bullet or number a line starts with.
    ///
    /// ```swift
    /// ThemeQuotes.sentences(in: "- Mer tid. Vi trenger hjelp!\n2. Samarbeid med skolen")
    /// // ["Mer tid.", "Vi trenger hjelp!", "Samarbeid med skolen"]
    /// ```
    public static func sentences(in text: String) -> [Substring] {
        var result: [Substring] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var rest = line.drop { $0.isWhitespace || "-–—•*·▪".contains($0) }
            if let digits = rest.firstIndex(where: { !$0.isNumber }), digits != rest.startIndex,
               [".", ")"].contains(rest[digits]), rest.index(after: digits) < rest.endIndex, rest[rest.index(after: digits)] == " " {
                rest = rest[rest.index(after: digits)...].drop { $0.isWhitespace }
            }
            var start = rest.startIndex
            var i = rest.startIndex
            var open = 0
            while i < rest.endIndex {
                let next = rest.index(after: i)
                if rest[i] == "(" { open += 1 } else if rest[i] == ")" { open = max(0, open - 1) }
                // A sentence ends at . ! ? followed by a space and a capital letter ("kl. 10" does not end one), outside
                // brackets ("(ref. Harry-Potter-dag, Beiarn)" goes on).
                if open == 0, ".!?".contains(rest[i]), next < rest.endIndex, rest[next] == " ",
                   let after = rest[next...].first(where: { !$0.isWhitespace }), after.isUppercase {
                    result.append(rest[start ... i])
                    start = rest[next...].firstIndex { !$0.isWhitespace } ?? rest.endIndex
                    i = start
                    continue
                }
                i = next
            }
            let last = rest[start...].trimmingCharacters(in: .whitespaces)
            if !last.isEmpty { result.append(rest[start...].drop { $0.isWhitespace }) }
        }
        return result.map { $0.hasSuffix(" ") ? Substring($0.trimmingCharacters(in: .whitespaces)) : $0 }
    }

    /// A unit's first words where it has no sentence short enough: the first `words.upperBound` words, "…" after.
    static func opening(of text: String) -> String {
        let all = text.split(whereSeparator: \.isWhitespace)
        return all.prefix(words.upperBound).joined(separator: " ") + (all.count > words.upperBound ? " …" : "")
    }
}
