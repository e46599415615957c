import Foundation

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

    public init() {}

    /// Builds the columns of the usual grouping and filter fields now, rather than on first use.
    public func prepare(_ units: [Unit], fields: [String] = ["section", "group", "corpus", "kind", "municipalities", "counties"]) {
        units.withUnsafeBufferPointer { buf in
            for name in fields {
                if QueryCache.textFields.contains(name) { _ = textColumn(name, units: units, buf) }
                if QueryCache.listFields.contains(name) { _ = listColumn(name, units: units, buf) }
                if name == "words" { _ = wordCounts(units: units, buf) }
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

    func textColumn(_ field: String, extra: Bool = false, units: [Unit], _ buf: UnsafeBufferPointer<Unit>) -> TextColumn? {
        guard extra || QueryCache.textFields.contains(field) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        bind(units, buf)
        let key = extra ? "extra:" + field : field
        if let c = texts[key] { return c }
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
        let builder = ColumnBuilder()
        var ids = [Int32](repeating: 0, count: buf.count)
        for i in 0..<buf.count { ids[i] = builder.id(read(i)) }
        let c = TextColumn(ids: ids, dictionary: builder.finish())
        texts[key] = c
        return c
    }

    func listColumn(_ field: String, units: [Unit], _ buf: UnsafeBufferPointer<Unit>) -> ListColumn? {
        guard QueryCache.listFields.contains(field) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        bind(units, buf)
        if let c = lists[field] { return c }
        let builder = ColumnBuilder()
        var offsets = [Int32](repeating: 0, count: buf.count + 1)
        var ids: [Int32] = []
        ids.reserveCapacity(buf.count * 2)
        func add(_ values: [String]) { for v in values { let id = builder.id(v); if id != 0 { ids.append(id) } } }
        for i in 0..<buf.count {
            switch field {
            case "municipalities": add(buf[i].municipalities)
            case "counties": add(buf[i].counties)
            case "mentions": add(buf[i].mentions)
            default: add(buf[i].organisations)
            }
            offsets[i + 1] = Int32(ids.count)
        }
        let c = ListColumn(offsets: offsets, ids: ids, dictionary: builder.finish())
        lists[field] = c
        return c
    }

    func wordCounts(units: [Unit], _ buf: UnsafeBufferPointer<Unit>) -> [Int32] {
        lock.lock()
        defer { lock.unlock() }
        bind(units, buf)
        if let w = words { return w }
        var w = [Int32](repeating: 0, count: buf.count)
        for i in 0..<buf.count { w[i] = Int32(truncatingIfNeeded: WordCount.count(buf[i].text)) }
        words = w
        return w
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

/// Assigns ids to distinct values by their bytes, counting each spelling.
final class ColumnBuilder {
    private var index: [ByteKey: Int32] = [:]
    private var values: [String] = [""]
    private var counts: [Int] = [0]
    private var last: String?
    private var lastId: Int32 = 0

    @inline(__always)
    func id(_ value: String?) -> Int32 {
        guard let value, !Compiler.isBlankText(value) else { return 0 }
        if let l = last, ByteKey(string: l) == ByteKey(string: value) {
            counts[Int(lastId)] += 1
            return lastId
        }
        let id: Int32
        if let found = index[ByteKey(string: value)] {
            id = found
        } else {
            id = Int32(values.count)
            index[ByteKey(string: value)] = id
            values.append(value)
            counts.append(0)
        }
        counts[Int(id)] += 1
        last = value
        lastId = id
        return id
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
                if counts[e] > counts[b] || (counts[e] == counts[b] && NorwegianText.precedes(values[e], values[b])) {
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
