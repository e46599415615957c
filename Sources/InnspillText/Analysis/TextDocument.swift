/// A document as the text engine sees it: its text, the group that wrote it
/// (for coverage: how many distinct groups used a term), and any labels to
/// break statistics down by (`freq by FIELD`). It knows nothing of corpora or units.
///
/// ```swift
/// let doc = TextDocument("Vi treng meir samarbeid.", group: "Gruppe 8", labels: ["Vanylven"])
/// let answer = TextDocument(post.dropFirst(3), group: "Gruppe 8")   // a slice: no copy
/// ```
public struct TextDocument: Sendable, Hashable {
    /// The text as given, without a copy: an answer segment's is a slice of its post's, so
    /// analysing segments does not hold their texts a second time.
    public let textSlice: Substring
    public var group: String?
    public var labels: [String]

    public init(_ text: String, group: String? = nil, labels: [String] = []) {
        self.init(Substring(text), group: group, labels: labels)
    }

    public init(_ text: Substring, group: String? = nil, labels: [String] = []) {
        self.textSlice = text
        self.group = group
        self.labels = labels
    }

    /// The text (a copy when `textSlice` is part of a larger text).
    public var text: String { String(textSlice) }
}
