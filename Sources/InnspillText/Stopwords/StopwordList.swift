/// The stop words in force: the built-in bokmål and nynorsk lists plus the
/// user's additions, minus the user's removals. A value type the shell keeps in
/// its state (`stopwords add|remove|list|reset`, saved by `.save`).
///
/// ```swift
/// var stop = StopwordList()
/// stop.contains("ikkje")        // true
/// stop.add(["kulturskole"])
/// stop.remove(["mange"])
/// stop.added                    // ["kulturskole"]
/// stop.reset()                  // back to the built-in lists
/// ```
public struct StopwordList: Sendable, Hashable {
    /// Which built-in lists are used.
    public var standards: Set<WrittenStandard>
    /// Words the user added (lower case).
    public private(set) var added: Set<String> = []
    /// Built-in words the user removed (lower case).
    public private(set) var removed: Set<String> = []

    /// Both built-in lists (the default), or only some.
    public init(standards: Set<WrittenStandard> = [.bokmal, .nynorsk]) {
        self.standards = standards
    }

    /// A list with no words at all (nothing is a stop word).
    public static let none = StopwordList(standards: [])

    /// The built-in words for the chosen standards.
    public var builtIn: Set<String> {
        var s: Set<String> = []
        if standards.contains(.bokmal) { s.formUnion(NorwegianStopwords.bokmal) }
        if standards.contains(.nynorsk) { s.formUnion(NorwegianStopwords.nynorsk) }
        return s
    }

    /// Whether `word` (any case) is a stop word.
    public func contains(_ word: String) -> Bool {
        let w = word.lowercased()
        if added.contains(w) { return true }
        if removed.contains(w) { return false }
        if standards.contains(.bokmal), NorwegianStopwords.bokmal.contains(w) { return true }
        if standards.contains(.nynorsk), NorwegianStopwords.nynorsk.contains(w) { return true }
        return false
    }

    /// Adds words (lower-cased). Returns the words that were not stop words before.
    @discardableResult
    public mutating func add(_ words: [String]) -> [String] {
        var new: [String] = []
        for w in words.map({ $0.lowercased() }) where !w.isEmpty {
            if !contains(w) { new.append(w) }
            removed.remove(w)
            if !builtIn.contains(w) { added.insert(w) }
        }
        return new
    }

    /// Removes words (lower-cased). Returns the words that were stop words before.
    @discardableResult
    public mutating func remove(_ words: [String]) -> [String] {
        var gone: [String] = []
        for w in words.map({ $0.lowercased() }) where !w.isEmpty {
            if contains(w) { gone.append(w) }
            added.remove(w)
            if builtIn.contains(w) { removed.insert(w) }
        }
        return gone
    }

    /// Forgets the user's additions and removals.
    public mutating func reset() {
        added = []
        removed = []
    }

    /// Every stop word in force, in Norwegian order.
    public func list() -> [String] {
        builtIn.subtracting(removed).union(added).sorted(by: NorwegianOrder.precedes)
    }

    /// The user's changes as `stopwords` commands, for `.save` (sorted, so stable).
    public var commands: [String] {
        var out: [String] = []
        if !added.isEmpty { out.append("stopwords add " + added.sorted(by: NorwegianOrder.precedes).joined(separator: " ")) }
        if !removed.isEmpty { out.append("stopwords remove " + removed.sorted(by: NorwegianOrder.precedes).joined(separator: " ")) }
        return out
    }
}
