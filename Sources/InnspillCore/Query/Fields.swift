import Foundation
import InnspillText

/// The type of a field, which decides how filter values are read and compared.
public enum FieldType: String, Sendable, Equatable, CaseIterable {
    /// Free text, compared case-insensitively in Norwegian order.
    case text
    /// Whole numbers (`words`, `line`, `id`).
    case integer
    /// Dates and times in UTC (`posted`, `date`).
    case date
    /// Several text values; a comparison matches if any value matches.
    case list
}

/// One field an expression, `group by`, `sort` or `export` can name.
public struct FieldDescriptor: Sendable, Equatable {
    /// The canonical name (`municipalities`).
    public var name: String
    public var type: FieldType
    /// Other accepted names (`municipality`).
    public var aliases: [String]
    /// One line for `fields` and `.help`.
    public var summary: String
    /// True for a column read from a CSV/JSON source (`Unit.extra`).
    public var isExtra: Bool

    public init(name: String, type: FieldType, aliases: [String] = [], summary: String, isExtra: Bool = false) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.summary = summary
        self.isExtra = isExtra
    }
}

/// What the query language needs from outside the units: the term-key function of
/// the text engine for `has`, the shell's tags and clusters, corpus dates.
///
/// ```swift
/// var context = QueryContext()
/// context.termKey = { analyzer.key($0) }            // stem + bokmål/nynorsk folding
/// context.tags = { id in workspace.tags[id].map { $0.sorted() } ?? [] }
/// ```
public struct QueryContext {
    /// Maps a word to the key `has` compares: by default the text engine's
    /// `TermAnalyzer().key(for:)` (lower case, nynorsk folded to bokmål, stemmed), so
    /// `has kulturskolen` also finds "kulturskulen"; pass the shell's analyzer to follow
    /// `set fold`, or `{ NorwegianText.fold($0) }` for whole words only.
    public var termKey: (String) -> String
    /// The keys of a word's compound parts (`TermAnalyzer().parts(of:)`), so `has lærer` finds "kulturskolelærerne" as
    /// `coverage` and `kwic` do; `{ _ in [] }` for whole words only.
    public var termParts: (String) -> [String]
    /// Tags of the unit with this id (`tags` field).
    public var tags: ((Int) -> [String])?
    /// Cluster number or name of the unit with this id (`cluster` field), nil when unclustered.
    public var cluster: ((Int) -> String?)?
    /// The seminar date of each corpus by corpus name (`date` field).
    public var corpusDates: [String: Date]
    /// Column cache for repeated fields and word counts; nil evaluates every unit afresh.
    public var cache: QueryCache?

    public init(termKey: @escaping (String) -> String = QueryContext.defaultTermKey,
                termParts: @escaping (String) -> [String] = QueryContext.defaultTermParts,
                tags: ((Int) -> [String])? = nil,
                cluster: ((Int) -> String?)? = nil,
                corpusDates: [String: Date] = [:],
                cache: QueryCache? = .shared) {
        self.termKey = termKey
        self.termParts = termParts
        self.tags = tags
        self.cluster = cluster
        self.corpusDates = corpusDates
        self.cache = cache
    }

    /// `TermAnalyzer().key(for:)` with the text engine's default options.
    public static let defaultTermKey: @Sendable (String) -> String = { TermAnalyzer().key(for: $0) }
    /// `TermAnalyzer().parts(of:)` with the text engine's default options.
    public static let defaultTermParts: @Sendable (String) -> [String] = { TermAnalyzer().parts(of: $0) }
}

/// The fields a selection has: the Unit's own, `words`, `date`, `cluster`, `tags`,
/// and the extra CSV/JSON columns found in the units.
///
/// ```swift
/// let registry = workspace.fields
/// registry.field(named: "municipality")?.name   // "municipalities"
/// ```
public struct FieldRegistry: Sendable {
    /// The built-in fields, in the order `fields` lists them.
    public static let builtIn: [FieldDescriptor] = [
        FieldDescriptor(name: "id", type: .integer, summary: "workspace-wide unit id"),
        FieldDescriptor(name: "corpus", type: .text, summary: "name of the loaded corpus"),
        FieldDescriptor(name: "kind", type: .text, summary: "post, segment, prompt or slide"),
        FieldDescriptor(name: "title", type: .text, summary: "heading of the unit"),
        FieldDescriptor(name: "date", type: .date, summary: "seminar date of the corpus"),
        FieldDescriptor(name: "section", type: .text, aliases: ["column", "theme"], summary: "Padlet column or theme"),
        FieldDescriptor(name: "question", type: .text, summary: "question the unit answers"),
        FieldDescriptor(name: "prompt", type: .integer, summary: "id of the prompt unit answered"),
        FieldDescriptor(name: "group", type: .text, summary: "group that wrote the unit"),
        FieldDescriptor(name: "author", type: .text, summary: "author line"),
        FieldDescriptor(name: "posted", type: .date, aliases: ["time"], summary: "when the unit was posted"),
        FieldDescriptor(name: "municipalities", type: .list, aliases: ["municipality", "kommune", "kommuner"],
                        summary: "municipalities taking part"),
        FieldDescriptor(name: "counties", type: .list, aliases: ["county", "fylke"], summary: "counties of the municipalities"),
        FieldDescriptor(name: "mentions", type: .list, aliases: ["mention"], summary: "municipalities named in the text"),
        FieldDescriptor(name: "organisations", type: .list, aliases: ["organisation", "organizations", "organization"],
                        summary: "organisations named"),
        FieldDescriptor(name: "text", type: .text, summary: "the repaired text"),
        FieldDescriptor(name: "raw", type: .text, summary: "the text as in the source"),
        FieldDescriptor(name: "words", type: .integer, summary: "number of words in the text"),
        FieldDescriptor(name: "line", type: .integer, summary: "first line in the source file"),
        FieldDescriptor(name: "url", type: .text, summary: "permalink"),
        FieldDescriptor(name: "parent", type: .integer, summary: "id of the post of a segment"),
        FieldDescriptor(name: "cluster", type: .text, summary: "cluster number or name from 'cluster'"),
        FieldDescriptor(name: "tags", type: .list, aliases: ["tag"], summary: "tags given with 'tag'"),
    ]

    /// All fields: built-in ones, then extra columns in name order.
    public let fields: [FieldDescriptor]

    /// The built-in fields plus these extra column names (typed by `extraTypes`, text by default).
    public init(extraColumns: [String] = [], extraTypes: [String: FieldType] = [:]) {
        var all = FieldRegistry.builtIn
        var taken = Set(all.flatMap { [$0.name] + $0.aliases })
        for name in extraColumns.sorted(by: NorwegianOrder.precedes) where !taken.contains(name.lowercased()) {
            taken.insert(name.lowercased())
            all.append(FieldDescriptor(name: name, type: extraTypes[name] ?? .text,
                                       summary: "column of the source file", isExtra: true))
        }
        fields = all
    }

    /// The registry for these units: extra columns are found in `Unit.extra`, and typed
    /// integer or date when every sampled non-empty value reads as one.
    public init(units: [Unit]) {
        var samples: [String: [String]] = [:]
        // Columns come per corpus: the first 1,000 units of each run of a corpus tell them.
        var corpus: String?
        var seenInRun = 0
        for unit in units where !unit.extra.isEmpty {
            if unit.corpus != corpus { corpus = unit.corpus; seenInRun = 0 }
            seenInRun += 1
            if seenInRun > 1000 { continue }
            for (key, value) in unit.extra {
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { if samples[key] == nil { samples[key] = [] }; continue }
                if samples[key, default: []].count < 200 { samples[key, default: []].append(trimmed) }
            }
        }
        var types: [String: FieldType] = [:]
        for (key, values) in samples where !values.isEmpty {
            if values.allSatisfy({ Int($0) != nil }) { types[key] = .integer }
            else if values.allSatisfy({ ISODate.parse($0) != nil }) { types[key] = .date }
        }
        self.init(extraColumns: Array(samples.keys), extraTypes: types)
    }

    /// The field with this name or alias (case-insensitive), if any.
    public func field(named name: String) -> FieldDescriptor? {
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower || $0.aliases.contains(lower) }
    }

    /// The field with this name, or an error with a "did you mean" hint located at `column`.
    /// In a filter (`inFilter`), a name like no field may be a word to look for, and the hint says how.
    public func resolve(_ name: String, column: Int? = nil, inFilter: Bool = false) throws -> FieldDescriptor {
        if let f = field(named: name) { return f }
        let names = fields.flatMap { [$0.name] + $0.aliases }
        let hint: String
        if let best = Suggestion.closest(to: name, in: names) {
            hint = "did you mean '\(best)'?"
        } else {
            hint = "'fields' lists the fields" + (inFilter ? "; to find a word in the text write: has \(name)" : "")
        }
        throw InnspillError("unknown field '\(name)'", hint: hint, location: column.map { .column($0) })
    }

    /// The `fields` listing: name, type, aliases, units with a value, and example values
    /// (the most common, up to three) from the given units.
    public func listing(units: [Unit], indices: [Int]? = nil, context: QueryContext = QueryContext()) -> Table {
        var table = Table(title: "Fields", columns: [Column("field"), Column("type"), Column("aliases"),
                                                     Column("filled", .integer), Column("examples")])
        let idx = indices ?? Array(units.indices)
        let counts = units.withUnsafeBufferPointer { buf in
            context.cache.map { ColumnSource(cache: $0, units: units, buffer: buf).wordCounts(fields.first { $0.name == "words" }!) }
        } ?? nil
        for field in fields {
            let access = FieldAccess(field, context: context, wordCounts: field.name == "words" && !field.isExtra ? counts : nil)
            var filled = 0
            var seen: [String: Int] = [:]
            var order: [String] = []
            units.withUnsafeBufferPointer { buf in
                for (n, i) in idx.enumerated() {
                    let values = access.strings(buf, i)
                    if !values.isEmpty { filled += 1 }
                    // Examples come from the first 20,000 units; that is plenty to show the kind of values.
                    guard n < 20_000 else { continue }
                    for v in values {
                        var s = v.replacingOccurrences(of: "\n", with: " ")
                        if s.count > 30 { s = String(s.prefix(29)) + "…" }
                        if seen[s] == nil { order.append(s) }
                        seen[s, default: 0] += 1
                    }
                }
            }
            let examples = order.enumerated().sorted { a, b in
                let ca = seen[a.element]!, cb = seen[b.element]!
                return ca != cb ? ca > cb : a.offset < b.offset
            }.prefix(3).map(\.element)
            table.rows.append([.text(field.name), .text(field.type.rawValue),
                               field.aliases.isEmpty ? .null : .text(field.aliases.joined(separator: ", ")),
                               .integer(filled), .text(examples.joined(separator: " | "))])
        }
        table.notes = ["text compares case-insensitively; list fields match if any value matches"]
        return table
    }
}

/// Reads one field of a unit, as the field's type; the evaluator and grouping use it.
struct FieldAccess {
    let field: FieldDescriptor
    let text: ((UnsafeBufferPointer<Unit>, Int) -> String?)?
    let list: ((UnsafeBufferPointer<Unit>, Int) -> [String])?
    let integer: ((UnsafeBufferPointer<Unit>, Int) -> Int?)?
    let date: ((UnsafeBufferPointer<Unit>, Int) -> Date?)?

    init(_ field: FieldDescriptor, context: QueryContext, wordCounts: [Int32]? = nil) {
        self.field = field
        var text: ((UnsafeBufferPointer<Unit>, Int) -> String?)?
        var list: ((UnsafeBufferPointer<Unit>, Int) -> [String])?
        var integer: ((UnsafeBufferPointer<Unit>, Int) -> Int?)?
        var date: ((UnsafeBufferPointer<Unit>, Int) -> Date?)?
        if field.isExtra {
            let key = field.name
            let raw: (UnsafeBufferPointer<Unit>, Int) -> String? = { b, i in
                guard let v = b[i].extra[key] else { return nil }
                return v.isEmpty ? nil : v
            }
            switch field.type {
            case .integer: integer = { b, i in raw(b, i).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
            case .date: date = { b, i in raw(b, i).flatMap { ISODate.parse($0) } }
            default: text = raw
            }
        } else {
            switch field.name {
            case "id": integer = { b, i in b[i].id }
            case "corpus": text = { b, i in b[i].corpus }
            case "kind": text = { b, i in b[i].kind.rawValue }
            case "title": text = { b, i in b[i].title }
            case "section": text = { b, i in b[i].section }
            case "question": text = { b, i in b[i].question }
            case "prompt": integer = { b, i in b[i].prompt }
            case "group": text = { b, i in b[i].group }
            case "author": text = { b, i in b[i].author }
            case "posted": date = { b, i in b[i].posted }
            case "date":
                let dates = context.corpusDates
                date = { b, i in dates[b[i].corpus] }
            case "municipalities": list = { b, i in b[i].municipalities }
            case "counties": list = { b, i in b[i].counties }
            case "mentions": list = { b, i in b[i].mentions }
            case "organisations": list = { b, i in b[i].organisations }
            case "text": text = { b, i in b[i].text }
            case "raw": text = { b, i in b[i].raw }
            case "words":
                if let counts = wordCounts, !counts.isEmpty {
                    integer = { _, i in Int(counts[i]) }
                } else {
                    integer = { b, i in WordCount.count(b[i].text) }
                }
            case "line": integer = { b, i in b[i].line }
            case "url": text = { b, i in b[i].url }
            case "parent": integer = { b, i in b[i].parent }
            case "cluster":
                let cluster = context.cluster
                text = { b, i in cluster?(b[i].id) ?? nil }
            case "tags":
                let tags = context.tags
                list = { b, i in tags?(b[i].id) ?? [] }
            default: text = { _, _ in nil }
            }
        }
        self.text = text
        self.list = list
        self.integer = integer
        self.date = date
    }

    /// The field's values as display strings (empty when null).
    func strings(_ b: UnsafeBufferPointer<Unit>, _ i: Int) -> [String] {
        if let text { return text(b, i).flatMap { $0.isEmpty ? nil : [$0] } ?? [] }
        if let list { return list(b, i) }
        if let integer { return integer(b, i).map { [String($0)] } ?? [] }
        if let date { return date(b, i).map { [ISODate.string($0)] } ?? [] }
        return []
    }

    /// The field's value as a table cell.
    func value(_ b: UnsafeBufferPointer<Unit>, _ i: Int) -> Value {
        if let text { return text(b, i).map { .text($0) } ?? .null }
        if let list { return .list(list(b, i)) }
        if let integer { return integer(b, i).map { .integer($0) } ?? .null }
        if let date { return date(b, i).map { .date($0) } ?? .null }
        return .null
    }
}

/// `Unit.wordCount` over UTF-8 bytes: ASCII and Latin-1 letters (æ, ø, å, é...) are
/// classified from their bytes, other scalars by their Unicode properties; the same count, faster.
enum WordCount {
    static func count(_ text: String) -> Int {
        let fast: Int? = text.utf8.withContiguousStorageIfAvailable { buf in
            var count = 0
            var inWord = false
            var i = 0
            let n = buf.count
            while i < n {
                let b = buf[i]
                var space = false, wordy = false
                if b < 0x80 {
                    space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
                    wordy = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                    i += 1
                } else if b == 0xC3, i + 1 < n {
                    // U+00C0...U+00FF: letters except × and ÷.
                    let c = buf[i + 1]
                    wordy = c != 0x97 && c != 0xB7
                    i += 2
                } else {
                    let length = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2)
                    var value = UInt32(b) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
                    var k = 1
                    while k < length, i + k < n { value = value << 6 | (UInt32(buf[i + k]) & 0x3F); k += 1 }
                    if let scalar = Unicode.Scalar(value) {
                        space = scalar.properties.isWhitespace
                        wordy = !space && scalar.properties.isAlphabetic
                    }
                    i += length
                }
                if space {
                    inWord = false
                } else if !inWord, wordy {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
        if let fast { return fast }
        var copy = text
        copy.makeContiguousUTF8()
        return count(copy)
    }
}
