import InnspillText

/// The formats `load` reads; `auto` sniffs the content.
public enum LoadFormat: String, Sendable, CaseIterable {
    case auto
    /// A Padlet board exported as PDF and turned into text.
    case padlet
    /// A Padlet CSV export (older or newer header, any interface language).
    case padletCSV = "padlet-csv"
    /// A slide deck or programme turned into text (pages separated by form feeds or blank-page marks).
    case slides
    case csv, tsv, json, jsonl
    /// Plain text or Markdown: one unit per paragraph.
    case text
    /// A meeting's transcript (WebVTT, or Teams' saved as text): a post per rapporteur's turn; or its chat (Zoom's,
    /// Google Meet's): a post per message.
    case transcript
    /// An e-mail thread saved as text: a post per group's reply.
    case email
}

/// Explicit column choices for generic CSV/TSV/JSON (`load FILE text=Svar group=Gruppe`).
public struct ColumnMapping: Sendable, Equatable {
    /// The unit fields a column can be mapped to.
    public static let keys = ["text", "group", "section", "author", "posted", "title", "question", "municipalities"]
    /// Field -> column name.
    public var columns: [String: String] = [:]
    public init() {}
}

/// How to load a file.
public struct LoadOptions: Sendable {
    public var format: LoadFormat
    /// Repair lost ligatures, OCR damage and hyphenation.
    public var repair: Bool
    public var mapping: ColumnMapping
    /// The corpus name; by default the file name without its extension.
    public var name: String?
    /// Asked now and then during long reads whether to stop (Ctrl-C), and told how far the read has come.
    public var control: WorkControl

    public init(format: LoadFormat = .auto, repair: Bool = true, mapping: ColumnMapping = ColumnMapping(),
                name: String? = nil, control: WorkControl = .none) {
        self.format = format
        self.repair = repair
        self.mapping = mapping
        self.name = name
        self.control = control
    }
}
