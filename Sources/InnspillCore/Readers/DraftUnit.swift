import Foundation

/// A unit as a reader finds it, before repair and reflow: its metadata and the
/// source lines of its body. `Normaliser` turns drafts into units.
public struct DraftUnit: Sendable {
    public var kind: UnitKind
    public var title: String?
    public var section: String?
    public var question: String?
    /// Number of the prompt the unit answers or, for a prompt, its own number.
    public var questionNumber: Int?
    public var group: String?
    public var author: String?
    public var posted: Date?
    public var municipalities: [String] = []
    public var url: String?
    public var extra: [String: String] = [:]
    /// Lines of the header (author line, group header), kept only for `raw`.
    public var headerLines: [SourceLine] = []
    /// Lines of the body, in order (blank lines mark paragraphs).
    public var lines: [SourceLine] = []
    /// The first line of the unit in the source file (1-based).
    public var firstLine: Int

    public init(kind: UnitKind, firstLine: Int) {
        self.kind = kind
        self.firstLine = firstLine
    }

    /// Whether the body has any non-blank line.
    public var hasText: Bool { lines.contains { !$0.isBlank } }
}

/// What a reader found in a file.
public struct ReadResult: Sendable {
    public var title: String?
    public var date: Date?
    public var format: String
    public var drafts: [DraftUnit] = []
    public var warnings: [String] = []

    public init(format: String) { self.format = format }
}

/// What the readers need to know about places and organisations; implemented over the gazetteer.
public protocol PlaceNames: Sendable {
    /// Municipalities named in a group header or participant line ("Gruppe 18: NMF, Namsos, Ullensaker"),
    /// as 2024 names, and whether every part of the list was recognised (a municipality or an organisation).
    func headerMunicipalities(_ text: String) -> (municipalities: [String], complete: Bool)
    /// Municipalities named in running text, and organisations (canonical names) named in its headings
    /// (title, group) or the text, each once, in order. A name two municipalities share is the one of
    /// `taking` (the municipalities taking part) when it is one of them.
    func names(in text: String, headings: [String], taking: [String]) -> (mentions: [String], organisations: [String])
    /// Counties of the given municipalities, without repeats, in order.
    func counties(of municipalities: [String]) -> [String]
    /// Whether the text names a county, of 2024 or a former one ("Innlandet", "Viken").
    func isCounty(_ text: String) -> Bool
}
