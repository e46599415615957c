/// One of the 357 municipalities of Norway of 2024.
///
/// ```swift
/// let karasjok = Gazetteer.standard.municipality(number: "5610")!
/// karasjok.name            // "Karasjok"
/// karasjok.officialName    // "Kárášjohka - Karasjok"
/// karasjok.parallelNames   // ["Kárášjohka"]
/// karasjok.county          // "Finnmark"
/// ```
public struct Municipality: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// The four-digit municipality number of 2024 ("0301", "5610").
    public let number: String
    /// The Norwegian name ("Karasjok", "Herøy").
    public let name: String
    /// The official name with its Sámi or Kven parallel names, joined by " - " in the official
    /// order ("Kárášjohka - Karasjok"); the same as `name` where there are none.
    public let officialName: String
    /// Sámi and Kven parallel names ("Kárášjohka"; "Porsáŋgu", "Porsanki").
    public let parallelNames: [String]
    /// The county of 2024 ("Finnmark", "Akershus").
    public let county: String
    /// The name, with the county in brackets where two municipalities share it
    /// ("Herøy (Nordland)", "Våler (Østfold)"); use it as the value of a `municipalities` field.
    public let displayName: String

    public var id: String { number }
    /// The two-digit county number ("56").
    public var countyNumber: String { String(number.prefix(2)) }
    public var description: String { displayName }
}

/// A municipality name found in a text.
///
/// ```swift
/// let m = Gazetteer.standard.find(in: "Kulturskolen i Herøy og Ulstein")[0]
/// m.text           // "Herøy"
/// m.isAmbiguous    // false: Ulstein is in Møre og Romsdal, so Herøy (Møre og Romsdal)
/// m.municipality?.displayName  // "Herøy (Møre og Romsdal)"
/// ```
public struct GazetteerMatch: Sendable, Equatable {
    /// How the matched text names the municipality.
    public enum Form: String, Sendable {
        /// The 2024 name or a Sámi/Kven parallel name.
        case current
        /// A former municipality, merged or renamed since.
        case former
        /// An informal form or a frequent misspelling ("Hustavika", "Nes i Viken").
        case variant
        /// A near miss of a name (one letter off), accepted in headers only.
        case fuzzy
    }

    /// The text as it stands, with any qualifier ("Nes i Viken", "Larviks", "Herøy (Nordland)").
    public let text: String
    /// Where `text` is in the searched string.
    public let range: Range<String.Index>
    /// The municipalities the text can mean, most likely first; one unless ambiguous.
    public let candidates: [Municipality]
    public let form: Form
    /// True when a name shared by several municipalities was narrowed to one by the context
    /// (a county or other municipalities named in the same text).
    public let resolvedByContext: Bool

    /// Whether the text can mean more than one municipality.
    public var isAmbiguous: Bool { candidates.count > 1 }
    /// The municipality meant, or nil when ambiguous.
    public var municipality: Municipality? { candidates.count == 1 ? candidates[0] : nil }

    /// The value a unit's `municipalities` field holds for the match, one for one place: the municipality's
    /// `displayName` ("Våler (Østfold)"), or the shared name alone ("Våler") while the context leaves open
    /// which of the municipalities bearing it is meant (counting both would count one group's place twice).
    ///
    /// ```swift
    /// Gazetteer.standard.find(in: "Vi kommer fra Våler.")[0].fieldValue            // "Våler"
    /// Gazetteer.standard.find(in: "Vi kommer fra Våler og Åsnes.")[0].fieldValue   // "Våler (Innlandet)"
    /// ```
    public var fieldValue: String {
        if let municipality { return municipality.displayName }
        let names = Set(candidates.map(\.name))
        return names.count == 1 ? candidates[0].name : candidates[0].displayName
    }
}
