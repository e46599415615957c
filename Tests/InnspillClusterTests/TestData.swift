import Foundation
import InnspillCluster
import InnspillText

/// Collects progress updates from any thread.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [ProgressUpdate] = []

    @Sendable func add(_ u: ProgressUpdate) { lock.lock(); list.append(u); lock.unlock() }
    var updates: [ProgressUpdate] { lock.lock(); defer { lock.unlock() }; return list }
    /// Step names in the order they first appeared.
    var names: [String] {
        var seen: [String] = []
        for u in updates where !seen.contains(u.step) { seen.append(u.step) }
        return seen
    }
}

/// Made-up corpora with a known number of topics: each topic has its own words (made of
/// syllables, so no two topics share one), and every unit mixes some words of its topic
/// with filler words all topics share.
enum HandMade {
    static func corpus(topics k: Int, perTopic: Int, vocabulary: Int, own: Int, shared: Int, seed: UInt64) -> (texts: [String], gold: [Int]) {
        var rng = SeededGenerator(seed: seed)
        let syllables = ["ka", "lo", "mi", "ter", "sun", "bra", "vik", "nor", "ul", "pe", "sta", "fos", "ren", "dal", "hei", "mar"]
        var used: Set<String> = []
        func word() -> String {
            while true {
                let w = (0 ..< 3).map { _ in syllables[rng.next(below: syllables.count)] }.joined()
                if used.insert(w).inserted { return w }
            }
        }
        let words = (0 ..< k).map { _ in (0 ..< vocabulary).map { _ in word() } }
        let fillers = (0 ..< 40).map { _ in word() }
        var texts: [String] = [], gold: [Int] = []
        for i in 0 ..< k * perTopic {
            let topic = i % k
            let text = (0 ..< own).map { _ in words[topic][rng.next(below: vocabulary)] }
                + (0 ..< shared).map { _ in fillers[rng.next(below: fillers.count)] }
            texts.append(text.joined(separator: " "))
            gold.append(topic)
        }
        return (texts, gold)
    }

    /// Words split at spaces (the made-up words need no analysis).
    static let words: @Sendable (String) -> [String] = { $0.split(separator: " ").map(String.init) }
}

/// A large sparse matrix with planted clusters: each unit has 6 of its topic's 20 columns
/// and 3 of 200 columns every topic uses.
enum Planted {
    static func matrix(units: Int, topics: Int, seed: UInt64) -> (matrix: SparseMatrix, gold: [Int]) {
        var rng = SeededGenerator(seed: seed)
        var rows: [[(Int, Float)]] = []
        var gold: [Int] = []
        for i in 0 ..< units {
            let topic = i % topics
            var entries: [Int: Float] = [:]
            for _ in 0 ..< 6 { entries[topic * 20 + rng.next(below: 20), default: 0] += 1 }
            for _ in 0 ..< 3 { entries[topics * 20 + rng.next(below: 200), default: 0] += 1 }
            rows.append(entries.map { ($0.key, $0.value) })
            gold.append(topic)
        }
        return (SparseMatrix(rows: rows, columnCount: topics * 20 + 200), gold)
    }
}

/// Cuts a merge tree (SciPy convention) into `k` clusters: the partition its first
/// `leaves - k` merges make, as a cluster number per leaf.
func cut(_ tree: [DendrogramMerge], leaves n: Int, into k: Int) -> [Int] {
    var parent = Array(0 ..< (2 * n - 1))
    func find(_ x: Int) -> Int { var x = x; while parent[x] != x { x = parent[x] }; return x }
    for (i, m) in tree.prefix(n - k).enumerated() {
        parent[m.left] = n + i
        parent[m.right] = n + i
    }
    return (0 ..< n).map(find)
}
