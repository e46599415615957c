/// What `TextRepairer.repair(_:)` made of a text: the repaired text and every change.
///
/// ```swift
/// let outcome = TextRepairer.ocr.repair("Viktig a skaffe\nseg allierte pa jobben")
/// outcome.text     // "Viktig å skaffe\nseg allierte på jobben"
/// outcome.changes  // [Change(lineOffset: 0, original: "a skaffe", repaired: "å skaffe", kind: .ocr),
///                  //  Change(lineOffset: 1, original: "pa", repaired: "på", kind: .ocr)]
/// ```
public struct RepairOutcome: Sendable, Equatable {
    /// One change: where (line within the repaired text, 0-based), what stood there, what replaced it.
    public struct Change: Sendable, Equatable, CustomStringConvertible {
        /// Line within the text, 0 for the first; the reader adds the unit's first source line.
        public var lineOffset: Int
        /// The token as it stood (without surrounding punctuation). A lone "å" read as "a", "4", "&"
        /// or "d" is reported with the word after it ("4 bygge" -> "å bygge") so the change can be judged.
        public var original: String
        public var repaired: String
        public var kind: Repair.Kind

        public init(lineOffset: Int, original: String, repaired: String, kind: Repair.Kind) {
            self.lineOffset = lineOffset
            self.original = original
            self.repaired = repaired
            self.kind = kind
        }

        public var description: String { "\(lineOffset): \(original) -> \(repaired) (\(kind.rawValue))" }
    }

    public var text: String
    public var changes: [Change]

    public init(text: String, changes: [Change]) {
        self.text = text
        self.changes = changes
    }
}
