/// A count with its noun in the right number, for messages and table notes.
///
/// ```swift
/// Plural.count(1, "unit")                       // "1 unit"
/// Plural.count(3, "unit")                       // "3 units"
/// Plural.count(2, "unit has", "units have")     // "2 units have"
/// ```
public enum Plural {
    /// `n` and `one` when `n` is 1, else `n` and `many` (by default `one` + "s").
    public static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : many ?? one + "s")"
    }

    /// How many units of each kind `indices` of `units` are, in the kinds' order, kinds with none left out.
    ///
    /// ```swift
    /// Plural.kinds(of: corpus.units.indices, in: corpus.units)   // "42 posts, 98 segments, 9 prompts"
    /// ```
    public static func kinds(of indices: some Sequence<Int>, in units: [Unit]) -> String {
        // Counted by index: filtering copied every unit (a struct of many strings) once per kind.
        var counts: [UnitKind: Int] = [:]
        for i in indices { counts[units[i].kind, default: 0] += 1 }
        return UnitKind.allCases.compactMap { kind in counts[kind].map { count($0, kind.rawValue) } }.joined(separator: ", ")
    }
}
