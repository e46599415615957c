/// Which group wrote a unit. A group belongs to its corpus: "Gruppe 3" at the 2020 seminar and "Gruppe 3"
/// at the 2025 seminar are two groups, so every "how many groups" across loaded corpora counts them apart.
///
/// ```swift
/// unit.groupKey                                  // GroupKey(corpus: "s2020", name: "Gruppe 3")
/// Set(units.compactMap(\.groupKey)).count        // distinct groups, each corpus's apart
/// GroupKey.labels(of: units, at: indices)        // "Gruppe 3 (s2020)", "Gruppe 3 (s2025)", "Gruppe 4"
/// ```
///
/// `Grouping` counts the same identity with interned ids (corpus id, group id) for speed.
public struct GroupKey: Hashable, Sendable {
    public let corpus: String
    public let name: String

    public init(corpus: String, name: String) {
        self.corpus = corpus
        self.name = name
    }

    /// The label of each unit's group, for tables that name groups: the group's own name, followed by its
    /// corpus in brackets where groups of two corpora share that name. Nil for a unit with no group.
    public static func labels(of units: [Unit], at indices: [Int]) -> [String?] {
        var corporaOfName: [String: String] = [:]
        var shared: Set<String> = []
        for i in indices {
            guard let name = units[i].group else { continue }
            let corpus = units[i].corpus
            if let seen = corporaOfName[name] {
                if seen != corpus { shared.insert(name) }
            } else {
                corporaOfName[name] = corpus
            }
        }
        return indices.map { i in
            guard let name = units[i].group else { return nil }
            return shared.contains(name) ? "\(name) (\(units[i].corpus))" : name
        }
    }
}

extension Unit {
    /// The group that wrote the unit, told apart by corpus; nil when no group is known.
    public var groupKey: GroupKey? { group.map { GroupKey(corpus: corpus, name: $0) } }
}
