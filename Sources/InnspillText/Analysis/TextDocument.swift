/// A document as the text engine sees it: its text, the group that wrote it
/// (for coverage: how many distinct groups used a term), and any labels to
/// break statistics down by (`freq by FIELD`). It knows nothing of corpora or units.
///
/// ```swift
/// let doc = TextDocument("Vi treng meir samarbeid.", group: "Gruppe 8", labels: ["Vanylven"])
/// ```
public struct TextDocument: Sendable, Hashable {
    public var text: String
    public var group: String?
    public var labels: [String]

    public init(_ text: String, group: String? = nil, labels: [String] = []) {
        self.text = text
        self.group = group
        self.labels = labels
    }
}
