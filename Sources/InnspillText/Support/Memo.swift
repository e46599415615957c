import Foundation

/// A thread-safe memo of a pure function of words: the stemmer, the folder and the
/// compound splitter each compute a word once. Stops growing at `limit` entries.
///
/// ```swift
/// let memo = Memo<String, String>(limit: 300_000)
/// let stem = memo.value(for: "skulane") { expensiveStem($0) }
/// ```
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The remembered value, or `compute(key)` remembered. `compute` runs outside the lock.
    func value(for key: Key, compute: (Key) -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let result = compute(key)
        lock.lock()
        if values.count < limit { values[key] = result }
        lock.unlock()
        return result
    }
}
