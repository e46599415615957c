/// The terms of an analysed corpus, numbered in order of first appearance, with
/// their display forms, compound parts and the written forms they come from.
///
/// ```swift
/// let v = AnalyzedCorpus([TextDocument("Kulturskulen og kulturskolen")]).vocabulary
/// v.id(of: "kulturskol")          // 0
/// v.display[0]                    // "kulturskolen"
/// v.forms                         // ["kulturskulen", "og", "kulturskolen"]
/// ```
public struct Vocabulary: Sendable {
    /// Term text by id.
    public let terms: [String]
    /// How each term is best shown: its most frequent written form (lower case; ties by text).
    public let display: [String]
    /// Ids of each term's compound parts (empty when none).
    public let parts: [[Int32]]
    /// The distinct written forms (lower case, normalised) by form id; numbers, URLs and
    /// abbreviations as written.
    public let forms: [String]
    let ids: [String: Int32]
    let formIDs: [String: Int32]

    /// The id of a written word form (any case), if the corpus has it.
    public func formID(of word: String) -> Int32? { formIDs[TermAnalyzer.normalize(word)] }

    /// The id of a term, if the corpus has it.
    public func id(of term: String) -> Int32? { ids[term] }

    public var count: Int { terms.count }
}

/// One token of an analysed document, compactly: 12 bytes, as there is one for every token of
/// every document (the largest part of a large corpus's analysis). Its term id is not kept here,
/// as it follows from the form: ask the corpus (`AnalyzedCorpus.term(of:)`).
public struct Occurrence: Sendable, Hashable {
    /// The written form's id (low 28 bits) and the flags (high 4 bits).
    private let formAndFlags: UInt32
    /// UTF-16 offsets of the token in the document text.
    public let start: Int32, end: Int32

    static let stop: UInt8 = 1, counts: UInt8 = 2, breakBefore: UInt8 = 4, word: UInt8 = 8
    /// Form ids are below this (268 million distinct forms: far more than fit in memory as strings).
    static let formLimit: Int32 = 1 << 28

    init(form: Int32, start: Int32, end: Int32, flags: UInt8) {
        precondition(form >= 0 && form < Occurrence.formLimit && flags < 16, "form id or flags out of range")
        formAndFlags = UInt32(form) | UInt32(flags) << 28
        self.start = start
        self.end = end
    }

    /// Written-form id in the corpus vocabulary (`Vocabulary.forms`).
    public var form: Int32 { Int32(formAndFlags & 0x0FFF_FFFF) }
    var flags: UInt8 { UInt8(formAndFlags >> 28) }

    public var isStopword: Bool { flags & Self.stop != 0 }
    /// Whether statistics count it (see `AnalyzedToken.counts`).
    public var counts: Bool { flags & Self.counts != 0 }
    /// Whether it is a word (stop word or not), as opposed to a number, URL or abbreviation.
    public var isWord: Bool { flags & Self.word != 0 }
    /// Whether punctuation or a line break separates it from the token before (n-grams do not cross it).
    public var breaksBefore: Bool { flags & Self.breakBefore != 0 }
    public var utf16Range: Range<Int> { Int(start) ..< Int(end) }
}
