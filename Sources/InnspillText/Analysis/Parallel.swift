import Dispatch

/// A fixed-size array that concurrent workers fill, each writing its own slots.
final class SlotArray<T>: @unchecked Sendable {
    private var storage: [T?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { storage[i] = value }
    var values: [T] { storage.map { $0! } }
}

enum Parallel {
    /// `transform` applied to 0..<count on all cores, results in order.
    static func map<T>(_ count: Int, minimumChunk: Int = 64, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        if count <= minimumChunk { return (0 ..< count).map(transform) }
        let slots = SlotArray<[T]>(count: (count + minimumChunk - 1) / minimumChunk)
        let chunks = (count + minimumChunk - 1) / minimumChunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * minimumChunk, hi = min(count, lo + minimumChunk)
            slots.set(c, (lo ..< hi).map(transform))
        }
        return slots.values.flatMap { $0 }
    }
}
