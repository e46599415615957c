import Foundation

/// What a unit of a corpus is: a post (one Padlet post or group box), a segment
/// (one answer inside a post), a prompt (a question the organisers posed) or a
/// slide (one slide or programme block).
public enum UnitKind: String, Sendable, CaseIterable, Codable {
    case post, segment, prompt, slide
}

/// One contribution with its metadata, as read from an export and repaired.
///
/// ```swift
/// var unit = Unit(kind: .post, text: "Finansiering er viktig.", line: 12)
/// unit.group = "Gruppe 2"
/// unit.municipalities = ["Bodø", "Kongsberg"]
/// ```
public struct Unit: Sendable, Equatable {
    /// Workspace-wide id, unique across loaded corpora; assigned when a corpus is loaded.
    public var id: Int = 0
    /// Name of the corpus the unit belongs to.
    public var corpus: String = ""
    public var kind: UnitKind
    /// A heading the unit carries (a slide title, a CSV subject).
    public var title: String?
    /// The Padlet column or theme the unit belongs to.
    public var section: String?
    /// The question text the unit answers, where known.
    public var question: String?
    /// The id of the prompt unit this unit answers, where known.
    public var prompt: Int?
    /// The group that wrote the unit ("Gruppe 18", "Rom 9").
    public var group: String?
    public var author: String?
    /// When the unit was posted.
    public var posted: Date?
    /// Municipalities taking part (named in the header or participant list).
    public var municipalities: [String] = []
    /// Counties derived from `municipalities`.
    public var counties: [String] = []
    /// Municipalities named in the text.
    public var mentions: [String] = []
    /// Organisations named (NMF, KS, UKM, ...).
    public var organisations: [String] = []
    /// The repaired text.
    public var text: String
    /// The text as it stood in the source file.
    public var raw: String {
        get { rawSource.text }
        set { rawSource = .text(newValue) }
    }
    /// Where `raw` is: a string of its own, or a run of lines of the corpus's source text (what a
    /// reader keeps, so that the units do not hold a second copy of the file).
    public var rawSource: RawSource
    /// First line of the unit in the source file (1-based).
    public var line: Int
    /// A Padlet permalink or other address of the unit.
    public var url: String?
    /// For a segment: the id of its post.
    public var parent: Int?
    /// Extra columns of a CSV or JSON source, by column name.
    public var extra: [String: String] = [:]

    public init(kind: UnitKind, text: String, raw: String? = nil, line: Int) {
        self.kind = kind
        self.text = text
        self.rawSource = .text(raw ?? text)
        self.line = line
    }

    /// Number of words in `text` (whitespace-separated tokens containing a letter or digit).
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                inWord = true
                count += 1
            }
        }
        return count
    }
}

/// Where a unit's raw text is (see `Unit.raw`): a string of its own, or a run of lines of the
/// source text that the units of one corpus share.
///
/// ```swift
/// let source = SourceText("Gruppe 2\n0konomi er viktig.")
/// unit.rawSource = .lines(source, 1 ... 2)
/// unit.raw   // "Gruppe 2\n0konomi er viktig."
/// ```
public enum RawSource: Sendable, Equatable {
    case text(String)
    /// Lines of a source text, 1-based.
    case lines(SourceText, ClosedRange<Int>)

    public static func == (a: RawSource, b: RawSource) -> Bool {
        switch (a, b) {
        case (.lines(let s, let x), .lines(let t, let y)) where s === t: x == y
        default: a.text == b.text
        }
    }

    /// The raw text itself.
    public var text: String {
        switch self {
        case .text(let text): text
        case .lines(let source, let numbers): String(source.lines(numbers))
        }
    }
}
