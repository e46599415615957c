import Foundation

/// What the analyzer decided about one written word form.
struct WordAnalysis: Sendable {
    let key: String
    let parts: [String]
    /// Each part as it was written in the word ("aktivitet" for the part "aktivit" of "aktivitetsfond").
    let partWords: [String]
    let isStopword: Bool
}

/// A cache of word analyses for one set of `AnalyzerOptions`, sharded so that
/// concurrent callers (the vectorizer's workers) rarely wait on each other.
final class TermCache: @unchecked Sendable {
    private static let shardCount = 16
    private let locks = (0 ..< TermCache.shardCount).map { _ in NSLock() }
    /// Raw storage (not a class property) so lookups skip dynamic exclusivity checks; each shard
    /// is only touched under its lock.
    private let shards: UnsafeMutablePointer<[String: WordAnalysis]>
    private let limit = 400_000 / TermCache.shardCount

    init() {
        shards = .allocate(capacity: Self.shardCount)
        shards.initialize(repeating: [:], count: Self.shardCount)
    }

    deinit {
        shards.deinitialize(count: Self.shardCount)
        shards.deallocate()
    }

    func value(_ word: String, _ compute: () -> WordAnalysis) -> WordAnalysis {
        let s = Int(UInt(bitPattern: word.hashValue) % UInt(Self.shardCount))
        locks[s].lock()
        if let known = shards[s][word] {
            locks[s].unlock()
            return known
        }
        locks[s].unlock()
        let v = compute()
        locks[s].lock()
        if shards[s].count < limit { shards[s][word] = v }
        locks[s].unlock()
        return v
    }

    private static let registryLock = NSLock()
    nonisolated(unsafe) private static var registry: [AnalyzerOptions: TermCache] = [:]

    /// The cache for some options (a few option sets are kept; older ones are dropped).
    static func shared(for options: AnalyzerOptions) -> TermCache {
        registryLock.lock()
        defer { registryLock.unlock() }
        if let c = registry[options] { return c }
        if registry.count >= 8 { registry.removeAll() }
        let c = TermCache()
        registry[options] = c
        return c
    }
}
