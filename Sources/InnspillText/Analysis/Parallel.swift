import Dispatch
import Foundation

/// A fixed-size array that concurrent workers fill or empty, each its own slots. The lock keeps
/// the array's own bookkeeping (its copy-on-write check) from being raced.
final class SlotArray<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    init(_ values: [T]) { storage = values }
    func set(_ i: Int, _ value: T) { lock.withLock { storage[i] = value } }
    /// Slot i's value, leaving the slot empty (so the value is freed when the taker is done with it).
    func take(_ i: Int) -> T {
        lock.withLock {
            defer { storage[i] = nil }
            return storage[i]!
        }
    }
    var values: [T] { lock.withLock { storage.map { $0! } } }
}

/// A buffer that concurrent work reads and changes in place, each element by one task only (so no
/// two tasks touch the same element). A write assigns, so the buffer must be initialized, unless
/// the elements are plain values (no references), which may be written into uninitialized memory.
///
/// ```swift
/// drafts.withUnsafeMutableBufferPointer { buffer in
///     let shared = DisjointWrites(buffer)
///     _ = Parallel.map(buffer.count) { i in shared.update(i) { draft in draft.lines = [] } }
/// }
/// ```
public struct DisjointWrites<Element>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Element>
    public init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
    public subscript(i: Int) -> Element {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }
    /// Element i changed in place (no copy of it is made).
    public func update<Result>(_ i: Int, _ change: (inout Element) throws -> Result) rethrows -> Result {
        try change(&buffer[i])
    }
}

/// Work spread over all cores, results in input order (so output stays deterministic).
///
/// ```swift
/// let lengths = Parallel.map(texts.count) { texts[$0].count }
/// ```
public enum Parallel {
    /// `transform` applied to 0..<count on all cores in chunks of `minimumChunk`, results in order.
    public static func map<T>(_ count: Int, minimumChunk: Int = 64, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        if count <= minimumChunk { return (0 ..< count).map(transform) }
        let chunks = (count + minimumChunk - 1) / minimumChunk
        let slots = SlotArray<[T]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * minimumChunk, hi = min(count, lo + minimumChunk)
            slots.set(c, (lo ..< hi).map(transform))
        }
        return slots.values.flatMap { $0 }
    }
}
