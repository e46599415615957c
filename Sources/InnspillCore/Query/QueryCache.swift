import Foundation
import InnspillText

/// Dictionary-encoded columns of the units' repeated fields (section, group,
/// municipalities, ...) and their word counts, built once per units array and
/// reused by every filter and `group by` on it. This is what makes a filter plus
/// a `group by` over a million units take milliseconds: a condition is tested
/// once per distinct value, then each unit costs an array look-up.
///
/// The cache recognises the units array by its storage: it keeps a reference to
/// the array it was built for, so that storage cannot change or be reused while
/// cached; a different array (a new load, an unload) starts a fresh cache.
/// `QueryContext` uses `QueryCache.shared` unless told otherwise.
///
/// ```swift
/// QueryCache.shared.prepare(ws.units)   // after a load, to take the one-off cost then
/// ```
public final class QueryCache: @unchecked Sendable {
    /// The cache filters and grouping use by default.
    public static let shared = QueryCache()

    /// Fields kept as dictionary-encoded text columns.
    static let textFields: Set<String> = ["corpus", "kind", "title", "section", "question", "group", "author"]
    /// Fields kept as dictionary-encoded list columns.
    static let listFields: Set<String> = ["municipalities", "counties", "mentions", "organisations"]

    private let lock = NSLock()
    private var pinned: [Unit] = []
    private var base: UnsafeRawPointer?
    private var count = -1
    private var texts: [String: TextColumn] = [:]
    private var lists: [String: ListColumn] = [:]
    private var words: [Int32]?
    private var tokens: TokenColumn?
    /// Bumped whenever the cache is reset, so a column built for other units is not stored.
    private var generation = 0

    public init() {}

    /// Builds the columns of the usual grouping and filter fields now, rather than on first use,
    /// several at a time on machines with several cores. Call it after a load.
    public func prepare(_ units: [Unit], fields: [String] = ["section", "group", "corpus", "kind", "municipalities", "counties"]) {
        units.withUnsafeBufferPointer { whole in
            // The buffer stays valid for the whole call; it crosses into the workers as an address.
            let address = Int(bitPattern: whole.baseAddress), count = whole.count
            DispatchQueue.concurrentPerform(iterations: fields.count) { n in
                let buf = UnsafeBufferPointer(start: UnsafePointer<Unit>(bitPattern: address), count: count)
                let name = fields[n]
                if QueryCache.textFields.contains(name) { _ = textColumn(name, units: units, buf) }
                if QueryCache.listFields.contains(name) { _ = listColumn(name, units: units, buf) }
                if name == "words" { _ = wordCounts(units: units, buf) }
                if name == "text" { _ = tokenColumn(units: units, buf) }
            }
        }
    }

    /// Drops every column and the reference to the units.
    public func clear() {
        lock.lock()
        defer { lock.unlock() }
        reset()
    }

    private func reset() {
        pinned = []
        base = nil
        count = -1
        texts = [:]
        lists = [:]
        words = nil
        tokens = nil
        generation += 1
    }

    /// Makes the cache belong to `units`; the caller holds the lock.
    private func bind(_ units: [Unit], _ buf: UnsafeBufferPointer<Unit>) {
        let b = buf.baseAddress.map { UnsafeRawPointer($0) }
        if b == base && buf.count == count { return }
        reset()
        pinned = units
        base = b
        count = buf.count
    }

    /// The cached value, or one built outside the lock (so other columns can build meanwhile)
    /// and stored unless the cache moved on to other units in between.
    private func cached<T>(_ units: [Unit], _ buf: UnsafeBufferPointer<Unit>, get: () -> T?, build: () -> T,
                           store: (T) -> Void) -> T {
        lock.lock()
        bind(units, buf)
        if let value = get() { lock.unlock(); return value }
        let started = generation
        lock.unlock()
        let value = build()
        lock.lock()
        defer { lock.unlock() }
        guard generation == started else { return value }
        if let existing = get() { return existing }
        store(value)
        return value
    }

    func textColumn(_ field: String, extra: Bool = false, units: [Unit], _ buf: UnsafeBufferPointer<Unit>) -> TextColumn? {
        guard extra || QueryCache.textFields.contains(field) else { return nil }
        let key = extra ? "extra:" + field : field
        return cached(units, buf, get: { texts[key] }, build: {
            let read: (Int) -> String?
            switch (extra, field) {
            case (true, _): read = { buf[$0].extra[field] }
            case (_, "corpus"): read = { buf[$0].corpus }
            case (_, "kind"): read = { buf[$0].kind.rawValue }
            case (_, "title"): read = { buf[$0].title }
            case (_, "section"): read = { buf[$0].section }
            case (_, "question"): read = { buf[$0].question }
            case (_, "group"): read = { buf[$0].group }
            default: read = { buf[$0].author }
            }
            var builder = ColumnBuilder()
            var ids = [Int32](repeating: 0, count: buf.count)
            for i in 0..<buf.count { ids[i] = builder.id(read(i)) }
            return TextColumn(ids: ids, dictionary: builder.finish())
        }, store: { texts[key] = $0 })
    }

    func listColumn(_ field: String, units: [Unit], _ buf: UnsafeBufferPointer<Unit>) -> ListColumn? {
        guard QueryCache.listFields.contains(field) else { return nil }
        return cached(units, buf, get: { lists[field] }, build: {
            var builder = ColumnBuilder()
            var offsets = [Int32](repeating: 0, count: buf.count + 1)
            var ids: [Int32] = []
            ids.reserveCapacity(buf.count * 2)
            let read: (Int) -> [String]
            switch field {
            case "municipalities": read = { buf[$0].municipalities }
            case "counties": read = { buf[$0].counties }
            case "mentions": read = { buf[$0].mentions }
            default: read = { buf[$0].organisations }
            }
            for i in 0..<buf.count {
                for v in read(i) {
                    let id = builder.id(v)
                    if id != 0 { ids.append(id) }
                }
                offsets[i + 1] = Int32(ids.count)
            }
            return ListColumn(offsets: offsets, ids: ids, dictionary: builder.finish())
        }, store: { lists[field] = $0 })
    }

    /// The words of every unit's text as vocabulary ids, for `has`.
    func tokenColumn(units: [Unit], _ buf: UnsafeBufferPointer<Unit>) -> TokenColumn {
        cached(units, buf, get: { tokens }, build: {
            var vocabulary = WordVocabulary()
            var offsets = [Int32](repeating: 0, count: buf.count + 1)
            var ids: [Int32] = []
            for i in 0..<buf.count {
                var text = buf[i].text
                text.makeContiguousUTF8()
                text.utf8.withContiguousStorageIfAvailable { bytes in
                    HasMatcher.forEachWord(bytes) { ids.append(vocabulary.id($0)); return true }
                }
                offsets[i + 1] = Int32(ids.count)
            }
            return TokenColumn(offsets: offsets, ids: ids, vocabulary: vocabulary.words)
        }, store: { tokens = $0 })
    }

    func wordCounts(units: [Unit], _ buf: UnsafeBufferPointer<Unit>) -> [Int32] {
        cached(units, buf, get: { words }, build: {
            var w = [Int32](repeating: 0, count: buf.count)
            for i in 0..<buf.count { w[i] = Int32(truncatingIfNeeded: WordCount.count(buf[i].text)) }
            return w
        }, store: { words = $0 })
    }
}

/// The distinct values of a column: id 0 is "no value" (nil or blank); each id also
/// has a merged id shared by values equal after trimming and case folding, and each
/// merged id a name (its most common spelling).
struct ColumnDictionary {
    /// Exact values by id; index 0 is "" (no value).
    let values: [String]
    /// Merged id of each exact id; 0 stays 0.
    let merged: [Int32]
    /// Name of each merged id (index 0 is "").
    let names: [String]
}

final class TextColumn {
    let ids: [Int32]
    let dictionary: ColumnDictionary
    init(ids: [Int32], dictionary: ColumnDictionary) { self.ids = ids; self.dictionary = dictionary }
}

final class ListColumn {
    let offsets: [Int32]
    let ids: [Int32]
    let dictionary: ColumnDictionary
    init(offsets: [Int32], ids: [Int32], dictionary: ColumnDictionary) {
        self.offsets = offsets; self.ids = ids; self.dictionary = dictionary
    }
}

final class TokenColumn {
    let offsets: [Int32]
    let ids: [Int32]
    let vocabulary: [String]
    init(offsets: [Int32], ids: [Int32], vocabulary: [String]) {
        self.offsets = offsets; self.ids = ids; self.vocabulary = vocabulary
    }
}

/// Distinct words by their bytes.
struct WordVocabulary {
    private var table = ByteTable()
    private(set) var words: [String] = []

    @inline(__always)
    mutating func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (id, inserted) = table.id(bytes)
        if inserted { words.append(String(decoding: bytes, as: UTF8.self)) }
        return Int32(id)
    }
}

/// Assigns ids to distinct values by their bytes, counting each spelling. A struct kept in
/// a local variable, so the hot loop has no exclusivity checks.
struct ColumnBuilder {
    private var table = ByteTable()
    private var values: [String] = [""]
    private var counts: [Int] = [0]

    @inline(__always)
    mutating func id(_ value: String?) -> Int32 {
        guard let value, !Compiler.isBlankText(value) else { return 0 }
        let (found, inserted) = table.id(value)
        let id = found + 1
        if inserted {
            values.append(value)
            counts.append(0)
        }
        counts[id] += 1
        return Int32(id)
    }

    func finish() -> ColumnDictionary {
        var byKey: [String: Int32] = [:]
        var merged: [Int32] = [0]
        var best: [Int] = [0]
        for e in 1..<values.count {
            let key = NorwegianText.fold(values[e].trimmingCharacters(in: .whitespacesAndNewlines))
            if let m = byKey[key] {
                merged.append(m)
                let b = best[Int(m)]
                if counts[e] > counts[b] || (counts[e] == counts[b] && NorwegianOrder.precedes(values[e], values[b])) {
                    best[Int(m)] = e
                }
            } else {
                let m = Int32(best.count)
                byKey[key] = m
                merged.append(m)
                best.append(e)
            }
        }
        let names = best.map { values[$0].trimmingCharacters(in: .whitespacesAndNewlines) }
        return ColumnDictionary(values: values, merged: merged, names: names)
    }
}
