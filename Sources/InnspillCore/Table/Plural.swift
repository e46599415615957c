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
}
