import Foundation

/// What a unit of a corpus is: a post (one Padlet post or group box), a segment
/// (one answer inside a post), a prompt (a question the organisers posed) or a
/// slide (one slide or programme block).
public enum UnitKind: String, Sendable, CaseIterable, Codable {
    case post, segment, prompt, slide

    /// Whether groups write units of this kind (posts and their answer segments; prompts and slides are the organisers').
    public var isWrittenByGroups: Bool { self == .post || self == .segment }
}

/// One contribution with its metadata, as read from an export and repaired.
///
/// ```swift
/// var unit = Unit(kind: .post, text: "Finansiering er viktig.", line: 12)
/// unit.group = "Gruppe 2"
/// unit.municipalities = ["Bodø", "Kongsberg"]
/// ```
///
/// A large load holds millions of units (3.4 per post: a post and its answer segments), so a unit
/// is kept small: what a post and its segments have in common (corpus, title, section, group,
/// author, time, address, extra columns) is held once in a `SharedMetadata` they point to, copied
/// only when one of them changes it, and a segment's text is a slice of its post's text.
public struct Unit: Sendable, Equatable {
    /// The question text the unit answers, where known.
    public var question: String?
    /// Municipalities taking part (named in the header or participant list).
    public var municipalities: [String] = []
    /// Counties derived from `municipalities`.
    public var counties: [String] = []
    /// Municipalities named in the text.
    public var mentions: [String] = []
    /// Organisations named (NMF, KS, UKM, ...).
    public var organisations: [String] = []
    /// The repaired text without a copy: a segment's is a slice of its post's text. Read it where a
    /// `Substring` will do (matching, tokenizing); `text` makes a String of a segment's on every read.
    public private(set) var textSlice: Substring
    private var shared: SharedMetadata
    /// Where `raw` is, or nil when the raw text is `text` itself (a segment's).
    public var rawSource: RawSource?
    // `id`, `line`, `prompt` and `parent` are kept in 32 bits (0 for none: ids and lines start at 1),
    // which with `kind` fits in the 136-byte stride where four Ints, two of them optional, made 168
    // (a large load holds millions of units). Declared after `rawSource`, they fill its padding.
    private var storedID: Int32 = 0
    private var storedLine: Int32
    private var storedPrompt: Int32 = 0
    private var storedParent: Int32 = 0
    public var kind: UnitKind

    /// Workspace-wide id, unique across loaded corpora; assigned when a corpus is loaded.
    public var id: Int {
        get { Int(storedID) }
        set { storedID = Unit.stored(id: newValue) }
    }
    /// First line of the unit in the source file (1-based).
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// The id of the prompt unit this unit answers, where known.
    public var prompt: Int? {
        get { storedPrompt == 0 ? nil : Int(storedPrompt) }
        set { storedPrompt = Unit.stored(id: newValue) }
    }
    /// For a segment: the id of its post.
    public var parent: Int? {
        get { storedParent == 0 ? nil : Int(storedParent) }
        set { storedParent = Unit.stored(id: newValue) }
    }

    /// An id in 32 bits, 0 for none (or not yet assigned). Ids count units from 1, so they fit: the
    /// units of 2^31 ids would not fit in memory.
    private static func stored(id: Int?) -> Int32 {
        guard let id, id > 0 else { return 0 }
        return Int32(clamping: id)
    }

    public init(kind: UnitKind, text: String, raw: String? = nil, line: Int) {
        self.kind = kind
        self.textSlice = Substring(text)
        self.rawSource = raw.map(RawSource.text)
        self.storedLine = Int32(clamping: line)
        self.shared = SharedMetadata()
    }

    /// A unit with all of its shared metadata at once, as the loader makes units from a reader's
    /// drafts (a setter a field is a key-path write each, and a large load makes millions).
    init(kind: UnitKind, text: String, line: Int, metadata: Metadata) {
        self.init(kind: kind, text: text, line: line)
        shared.fields = metadata
    }

    /// A segment of `post`: its text a slice of the post's, its metadata the post's own (not a copy).
    ///
    /// ```swift
    /// let answer = Unit(segmentOf: post, text: post.textSlice.dropFirst(3))
    /// answer.group == post.group   // true
    /// ```
    public init(segmentOf post: Unit, text: Substring) {
        self.kind = .segment
        self.textSlice = text
        self.rawSource = nil
        self.storedLine = post.storedLine
        self.shared = post.shared
        self.storedParent = Unit.stored(id: post.id)
        self.municipalities = post.municipalities
    }

    /// The repaired text.
    public var text: String {
        get { String(textSlice) }
        set { textSlice = Substring(newValue) }
    }

    /// The text as it stood in the source file.
    public var raw: String {
        get { rawSource?.text ?? text }
        set { rawSource = .text(newValue) }
    }

    /// Name of the corpus the unit belongs to.
    public var corpus: String {
        get { shared.fields.corpus }
        set { setShared(\.corpus, newValue) }
    }
    /// A heading the unit carries (a slide title, a CSV subject).
    public var title: String? {
        get { shared.fields.title }
        set { setShared(\.title, newValue) }
    }
    /// The Padlet column or theme the unit belongs to.
    public var section: String? {
        get { shared.fields.section }
        set { setShared(\.section, newValue) }
    }
    /// The group that wrote the unit ("Gruppe 18", "Rom 9").
    public var group: String? {
        get { shared.fields.group }
        set { setShared(\.group, newValue) }
    }
    public var author: String? {
        get { shared.fields.author }
        set { setShared(\.author, newValue) }
    }
    /// When the unit was posted.
    public var posted: Date? {
        get { shared.fields.posted }
        set { setShared(\.posted, newValue) }
    }
    /// A Padlet permalink or other address of the unit.
    public var url: String? {
        get { shared.fields.url }
        set { setShared(\.url, newValue) }
    }
    /// Extra columns of a CSV or JSON source, by column name.
    public var extra: [String: String] {
        get { shared.fields.extra }
        set { setShared(\.extra, newValue) }
    }

    /// Sets one field of the shared metadata, copying it first if another unit holds it too (copy on
    /// write); setting the value it has already copies nothing.
    private mutating func setShared<Value: Equatable>(_ field: WritableKeyPath<Metadata, Value>, _ value: Value) {
        guard shared.fields[keyPath: field] != value else { return }
        if !isKnownUniquelyReferenced(&shared) { shared = SharedMetadata(shared.fields) }
        shared.fields[keyPath: field] = value
    }

    public static func == (a: Unit, b: Unit) -> Bool {
        a.id == b.id && a.kind == b.kind && a.question == b.question && a.prompt == b.prompt && a.parent == b.parent
            && a.line == b.line && a.municipalities == b.municipalities && a.counties == b.counties
            && a.mentions == b.mentions && a.organisations == b.organisations && a.textSlice == b.textSlice
            && a.raw == b.raw && (a.shared === b.shared || a.shared.fields == b.shared.fields)
    }

    /// Number of words in `text` (whitespace-separated tokens containing a letter or digit).
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in textSlice.unicodeScalars {
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

extension Unit {
    /// What a post and its segments have in common: the fields a `SharedMetadata` holds once for them.
    struct Metadata: Equatable {
        var corpus = ""
        var title: String?
        var section: String?
        var group: String?
        var author: String?
        var posted: Date?
        var url: String?
        var extra: [String: String] = [:]
    }
}

/// The metadata a post and its segments share (see `Unit`). Changed only through a unit's setters,
/// which copy it first unless the unit holds the only reference; so no two units or threads ever
/// see it change, which is why it may be `Sendable`.
private final class SharedMetadata: @unchecked Sendable {
    var fields: Unit.Metadata

    init(_ fields: Unit.Metadata = Unit.Metadata()) { self.fields = fields }
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

    /// The file's lines the raw text is, when it is a run of them.
    public var lineRange: ClosedRange<Int>? {
        if case .lines(_, let range) = self { return range }
        return nil
    }

    /// The raw text itself.
    public var text: String {
        switch self {
        case .text(let text): text
        case .lines(let source, let numbers): source.lines(numbers)
        }
    }
}
