import Foundation

/// One loaded file or board: its units, what was repaired and what was noticed.
/// Immutable once built; a workspace takes its units into `Workspace.units` and keeps the rest as a `CorpusInfo`.
public final class Corpus: Sendable {
    /// Short name used at the prompt (`seminar-2023`).
    public let name: String
    /// The board or deck title, where the export names one.
    public let title: String?
    /// The seminar date, where the export names one.
    public let date: Date?
    /// The file the corpus was read from.
    public let sourcePath: String
    /// The format that read it (padlet, padlet-csv, csv, json, slides, text...).
    public let format: String
    public let units: [Unit]
    /// Every change the repair step made, in source order.
    public let repairs: [Repair]
    /// Things a person should know about the read (replaced bytes, guessed encodings).
    public let warnings: [String]

    public init(name: String, title: String?, date: Date?, sourcePath: String, format: String,
                units: [Unit], repairs: [Repair] = [], warnings: [String] = []) {
        self.name = name
        self.title = title
        self.date = date
        self.sourcePath = sourcePath
        self.format = format
        self.units = units
        self.repairs = repairs
        self.warnings = warnings
    }
}

/// What the workspace keeps of a corpus once its units have joined `Workspace.units`, which holds
/// the units of every corpus so that they are not kept twice: where the corpus came from, how many
/// units it has, what was repaired and what was noticed.
///
/// ```swift
/// try workspace.add(corpus)
/// workspace.corpora[0].unitCount   // == corpus.units.count
/// ```
public struct CorpusInfo: Sendable {
    public let name: String
    public let title: String?
    public let date: Date?
    public let sourcePath: String
    public let format: String
    public let unitCount: Int
    public let postCount: Int
    /// Every change the repair step made, with the corpus's own unit ids (from 1).
    public let repairs: [Repair]
    public let warnings: [String]

    init(_ corpus: Corpus) {
        name = corpus.name
        title = corpus.title
        date = corpus.date
        sourcePath = corpus.sourcePath
        format = corpus.format
        unitCount = corpus.units.count
        var posts = 0
        for i in corpus.units.indices where corpus.units[i].kind == .post { posts += 1 }
        postCount = posts
        repairs = corpus.repairs
        warnings = corpus.warnings
    }
}

/// One change made by the repair step, kept so a person can audit it.
public struct Repair: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case ligature, ocr, hyphenation, noise, encoding
    }
    /// Id of the unit the change is in (0 when outside any unit).
    public var unit: Int
    /// Line in the source file.
    public var line: Int
    public var original: String
    public var repaired: String
    public var kind: Kind

    public init(unit: Int, line: Int, original: String, repaired: String, kind: Kind) {
        self.unit = unit
        self.line = line
        self.original = original
        self.repaired = repaired
        self.kind = kind
    }
}
