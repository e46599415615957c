import Foundation

/// A value computed on first use, once, by whichever thread asks first: the parts of
/// an analysed corpus that only some commands need (KWIC's alphabetical ranks, the
/// search postings) are not paid for by the others.
///
/// ```swift
/// let ranks = Once<[Int32]>()
/// let r = ranks.value { expensiveRanks() }   // computed here
/// let again = ranks.value { expensiveRanks() }   // remembered
/// ```
final class Once<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func value(_ compute: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let v = compute()
        stored = v
        return v
    }
}
