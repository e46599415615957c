import Foundation
import InnspillText

/// A filter expression compiled once into closures, ready to run over many units.
///
/// ```swift
/// let registry = ws.fields
/// let filter = try Filter("municipality = Bodø and words > 20", fields: registry, context: context)
/// ws.selection = filter.select(ws.units, indices: ws.selection)
/// ```
///
/// Speed (release build, 1,000,000 units made from gen_corpus.py posts, one core; see
/// QueryBenchmarkTests): with the columns cached (`QueryCache`), `filter section =
/// "Dialogtema 1"` takes 3.9 ms and `group by municipality` of the 249,000 units it keeps
/// 13.4 ms (17 ms together); `municipality in (Bodø, Tromsø, Ålesund)` 10 ms; `words > 40
/// and posted >= 2023-02-10` 22 ms; `has kulturskolen` 78 ms. The first use builds the
/// columns it needs (section + group + municipalities: 377 ms in all; `QueryCache.prepare`
/// does it at load time instead); without a cache the same filter and group take 218 ms.
/// Conditions on repeated fields are tested once per distinct value, not once per unit.
/// A compiled filter owns regex match data: use it from one thread at a time.
public struct Filter {
    /// The expression as written.
    public let source: String
    public let expression: Expression
    private let context: QueryContext
    /// The predicate without columns, for `matches` on single units.
    private let single: Predicate

    /// Parses and compiles `source`; errors carry columns (plus `columnOffset`).
    public init(_ source: String, fields: FieldRegistry, context: QueryContext = QueryContext(), columnOffset: Int = 0) throws {
        let expression = try QueryParser.parse(source, fields: fields, columnOffset: columnOffset)
        self.init(expression: expression, source: source, context: context)
    }

    /// Compiles a parsed expression.
    public init(expression: Expression, source: String? = nil, context: QueryContext = QueryContext()) {
        self.source = source ?? expression.description
        self.expression = expression
        self.context = context
        single = Compiler(context: context, columns: nil).compile(expression)
    }

    /// True when the unit satisfies the expression.
    public func matches(_ unit: Unit) -> Bool {
        withUnsafePointer(to: unit) { single(UnsafeBufferPointer(start: $0, count: 1), 0) }
    }

    /// The indices (into `units`) among `indices` whose units satisfy the expression, in the given order.
    public func select(_ units: [Unit], indices: [Int]) -> [Int] {
        units.withUnsafeBufferPointer { buf in
            let columns = context.cache.map { ColumnSource(cache: $0, units: units, buffer: buf) }
            let predicate = Compiler(context: context, columns: columns).compile(expression)
            var result: [Int] = []
            result.reserveCapacity(indices.count / 4)
            for i in indices where predicate(buf, i) { result.append(i) }
            return result
        }
    }

    /// Like `select(_:indices:)`, calling `check` every `chunk` units so a long filter can be
    /// interrupted (`check` throws to stop); the expression is compiled once for all chunks.
    ///
    /// ```swift
    /// let selected = try filter.select(ws.units, indices: ws.selection, check: control.checkStop)
    /// ```
    public func select(_ units: [Unit], indices: [Int], chunk: Int = 100_000, check: () throws -> Void) throws -> [Int] {
        try units.withUnsafeBufferPointer { buf in
            let columns = context.cache.map { ColumnSource(cache: $0, units: units, buffer: buf) }
            let predicate = Compiler(context: context, columns: columns).compile(expression)
            var result: [Int] = []
            var n = 0
            for i in indices {
                if n % max(1, chunk) == 0 { try check() }
                n += 1
                if predicate(buf, i) { result.append(i) }
            }
            return result
        }
    }

    /// The indices of all units that satisfy the expression.
    public func select(_ units: [Unit]) -> [Int] {
        select(units, indices: Array(units.indices))
    }
}

/// The cache bound to one units array, for the compiler and grouping.
struct ColumnSource {
    let cache: QueryCache
    let units: [Unit]
    let buffer: UnsafeBufferPointer<Unit>

    func text(_ field: FieldDescriptor) -> TextColumn? {
        if field.isExtra {
            guard field.type == .text else { return nil }
            return cache.textColumn(field.name, extra: true, units: units, buffer)
        }
        return cache.textColumn(field.name, units: units, buffer)
    }

    func list(_ field: FieldDescriptor) -> ListColumn? {
        field.isExtra ? nil : cache.listColumn(field.name, units: units, buffer)
    }

    func wordCounts(_ field: FieldDescriptor) -> [Int32]? {
        !field.isExtra && field.name == "words" ? cache.wordCounts(units: units, buffer) : nil
    }
}

/// Parses, compiles and runs `expression` over a selection in one call.
///
/// ```swift
/// ws.selection = try select(ws.units, indices: ws.selection, where: "words > 20",
///                           fields: ws.fields, context: context, columnOffset: 7)
/// ```
public func select(_ units: [Unit], indices: [Int], where expression: String, fields: FieldRegistry,
                   context: QueryContext = QueryContext(), columnOffset: Int = 0) throws -> [Int] {
    try Filter(expression, fields: fields, context: context, columnOffset: columnOffset).select(units, indices: indices)
}

typealias Predicate = (UnsafeBufferPointer<Unit>, Int) -> Bool

struct Compiler {
    let context: QueryContext
    let columns: ColumnSource?

    func compile(_ e: Expression) -> Predicate {
        switch e {
        case .and(let a, let b):
            let pa = compile(a), pb = compile(b)
            return { pa($0, $1) && pb($0, $1) }
        case .or(let a, let b):
            let pa = compile(a), pb = compile(b)
            return { pa($0, $1) || pb($0, $1) }
        case .not(let a):
            let pa = compile(a)
            return { !pa($0, $1) }
        case .condition(let c):
            return compile(c)
        }
    }

    func compile(_ c: Condition) -> Predicate {
        if c.op == .has, !c.field.isExtra, c.field.name == "text", let columns {
            return compileHas(c, tokens: columns.cache.tokenColumn(units: columns.units, columns.buffer))
        }
        if let columns, let column = columns.text(c.field) {
            return compile(c, column: column)
        }
        if let columns, let column = columns.list(c.field) {
            return compile(c, column: column)
        }
        let access = FieldAccess(c.field, context: context, wordCounts: columns?.wordCounts(c.field))
        if c.op == .has {
            let matcher = HasMatcher(c.operand, context: context)
            if let text = access.text { return { b, i in text(b, i).map(matcher.matches) ?? false } }
            if let list = access.list { return { b, i in list(b, i).contains(where: matcher.matches) } }
            return { _, _ in false }
        }
        if let text = access.text {
            if c.op == .isNull { return { b, i in Compiler.isBlank(text(b, i)) } }
            if c.op == .isNotNull { return { b, i in !Compiler.isBlank(text(b, i)) } }
            let test = textTest(c)
            return { b, i in test(text(b, i)) }
        }
        if let list = access.list {
            switch c.op {
            case .isNull: return { b, i in !list(b, i).contains { !Compiler.isBlank($0) } }
            case .isNotNull: return { b, i in list(b, i).contains { !Compiler.isBlank($0) } }
            case .notEqual, .notIn:
                // "not any value equals": units without the value, including those with no value.
                var positive = c
                positive.op = c.op == .notEqual ? .equal : .in
                let test = textTest(positive)
                return { b, i in !list(b, i).contains { test($0) } }
            default:
                let test = textTest(c)
                return { b, i in list(b, i).contains { test($0) } }
            }
        }
        if let integer = access.integer {
            switch c.op {
            case .isNull: return { b, i in integer(b, i) == nil }
            case .isNotNull: return { b, i in integer(b, i) != nil }
            case .match:
                guard case .pattern(let p, _) = c.operand else { return { _, _ in false } }
                return { b, i in integer(b, i).map { p.matches(String($0)) } ?? false }
            default:
                let test = numberTest(c)
                return { b, i in test(integer(b, i).map(Double.init)) }
            }
        }
        if let date = access.date {
            switch c.op {
            case .isNull: return { b, i in date(b, i) == nil }
            case .isNotNull: return { b, i in date(b, i) != nil }
            case .match:
                guard case .pattern(let p, _) = c.operand else { return { _, _ in false } }
                return { b, i in date(b, i).map { p.matches(ISODate.string($0)) } ?? false }
            default:
                let test = dateTest(c)
                return { b, i in test(date(b, i)) }
            }
        }
        return { _, _ in false }
    }

    /// The value test evaluated once per distinct value of the column (index 0: no value).
    func table(_ c: Condition, _ dictionary: ColumnDictionary) -> [Bool] {
        if c.op == .has {
            let matcher = HasMatcher(c.operand, context: context)
            return dictionary.values.enumerated().map { $0.offset != 0 && matcher.matches($0.element) }
        }
        let test = textTest(c)
        return dictionary.values.enumerated().map { test($0.offset == 0 ? nil : $0.element) }
    }

    /// `has` over the cached words of the texts: the term key runs once per distinct word.
    func compileHas(_ c: Condition, tokens: TokenColumn) -> Predicate {
        let matcher = HasMatcher(c.operand, context: context)
        let positions = tokens.vocabulary.map { matcher.position(of: $0) }
        let expected = matcher.expected
        let ids = tokens.ids, offsets = tokens.offsets
        if expected.count == 1 {
            return { _, i in
                var k = Int(offsets[i])
                let end = Int(offsets[i + 1])
                while k < end { if positions[Int(ids[k])] == 0 { return true }; k += 1 }
                return false
            }
        }
        let n = expected.count
        return { _, i in
            let start = Int(offsets[i]), end = Int(offsets[i + 1])
            guard end - start >= n else { return false }
            var k = start
            while k + n <= end {
                var j = 0
                while j < n, positions[Int(ids[k + j])] == expected[j] { j += 1 }
                if j == n { return true }
                k += 1
            }
            return false
        }
    }

    func compile(_ c: Condition, column: TextColumn) -> Predicate {
        let ids = column.ids
        switch c.op {
        case .isNull: return { _, i in ids[i] == 0 }
        case .isNotNull: return { _, i in ids[i] != 0 }
        default:
            let match = table(c, column.dictionary)
            return { _, i in match[Int(ids[i])] }
        }
    }

    func compile(_ c: Condition, column: ListColumn) -> Predicate {
        let ids = column.ids, offsets = column.offsets
        switch c.op {
        case .isNull: return { _, i in offsets[i] == offsets[i + 1] }
        case .isNotNull: return { _, i in offsets[i] != offsets[i + 1] }
        case .notEqual, .notIn:
            var positive = c
            positive.op = c.op == .notEqual ? .equal : .in
            let match = table(positive, column.dictionary)
            return { _, i in
                var k = Int(offsets[i])
                let end = Int(offsets[i + 1])
                while k < end { if match[Int(ids[k])] { return false }; k += 1 }
                return true
            }
        default:
            let match = table(c, column.dictionary)
            return { _, i in
                var k = Int(offsets[i])
                let end = Int(offsets[i + 1])
                while k < end { if match[Int(ids[k])] { return true }; k += 1 }
                return false
            }
        }
    }

    @inline(__always)
    static func isBlankText(_ s: String) -> Bool {
        if s.isEmpty { return true }
        if let first = s.utf8.first, first > 0x20 { return false }
        return s.allSatisfy(\.isWhitespace)
    }

    static func isBlank(_ s: String?) -> Bool {
        guard let s else { return true }
        return isBlankText(s)
    }

    /// A test of one text value; `!=` and `not in` are true for a missing value.
    func textTest(_ c: Condition) -> (String?) -> Bool {
        switch (c.op, c.operand) {
        case (.equal, .text(let s)):
            let f = FoldedText(s)
            return { $0.map(f.matches) ?? false }
        case (.notEqual, .text(let s)):
            let f = FoldedText(s)
            return { !($0.map(f.matches) ?? false) }
        case (.in, .list(let items)), (.notIn, .list(let items)):
            let folded = items.map { FoldedText($0.textValue) }
            let negate = c.op == .notIn
            return { v in
                let hit = v.map { v in folded.contains { $0.matches(v) } } ?? false
                return hit != negate
            }
        case (.match, .pattern(let p, _)):
            return { $0.map(p.matches) ?? false }
        case (.less, .text(let s)), (.lessOrEqual, .text(let s)), (.greater, .text(let s)), (.greaterOrEqual, .text(let s)):
            let op = c.op
            // A number compares values that are numbers as numbers, with a decimal comma or point ("4,2" > 3.8, as a
            // Norwegian spreadsheet writes them); other values in Norwegian alphabetical order.
            let number = Compiler.number(s)
            return { v in
                guard let v else { return false }
                let r: ComparisonResult
                if let number, let value = Compiler.number(v) {
                    r = value < number ? .orderedAscending : value > number ? .orderedDescending : .orderedSame
                } else {
                    r = NorwegianOrder.primaryCompare(v, s)
                }
                switch op {
                case .less: return r == .orderedAscending
                case .lessOrEqual: return r != .orderedDescending
                case .greater: return r == .orderedDescending
                default: return r != .orderedAscending
                }
            }
        default:
            return { _ in false }
        }
    }

    /// A text that is a number, with a decimal point or comma ("4,2", "-3.5", "12"); nil for other text.
    static func number(_ text: String) -> Double? {
        let t = text.trimmingSpaces
        guard let first = t.first, first.isASCIIDigit || first == "-", t.count <= 30,
              t.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == "-" }) else { return nil }
        return Double(t.replacingOccurrences(of: ",", with: "."))
    }

    func numberTest(_ c: Condition) -> (Double?) -> Bool {
        switch (c.op, c.operand) {
        case (.in, .list(let items)), (.notIn, .list(let items)):
            let values = items.compactMap(\.numberValue)
            let negate = c.op == .notIn
            return { v in (v.map { values.contains($0) } ?? false) != negate }
        case (let op, .number(let n)):
            switch op {
            case .equal: return { $0 == n }
            case .notEqual: return { $0 != n }
            case .less: return { $0.map { $0 < n } ?? false }
            case .lessOrEqual: return { $0.map { $0 <= n } ?? false }
            case .greater: return { $0.map { $0 > n } ?? false }
            case .greaterOrEqual: return { $0.map { $0 >= n } ?? false }
            default: return { _ in false }
            }
        default:
            return { _ in false }
        }
    }

    func dateTest(_ c: Condition) -> (Date?) -> Bool {
        switch (c.op, c.operand) {
        case (.in, .list(let items)), (.notIn, .list(let items)):
            let spans = items.compactMap(\.spanValue)
            let negate = c.op == .notIn
            return { v in (v.map { d in spans.contains { d >= $0.start && d < $0.end } } ?? false) != negate }
        case (let op, .date(let span, _)):
            let start = span.start, end = span.end
            switch op {
            case .equal: return { $0.map { $0 >= start && $0 < end } ?? false }
            case .notEqual: return { !($0.map { $0 >= start && $0 < end } ?? false) }
            case .less: return { $0.map { $0 < start } ?? false }
            case .lessOrEqual: return { $0.map { $0 < end } ?? false }
            case .greater: return { $0.map { $0 >= end } ?? false }
            case .greaterOrEqual: return { $0.map { $0 >= start } ?? false }
            default: return { _ in false }
            }
        default:
            return { _ in false }
        }
    }
}

extension Operand {
    var textValue: String {
        switch self {
        case .text(let s): return s
        case .date(_, let s): return s
        case .number(let d): return Value.format(d)
        default: return description
        }
    }
    var numberValue: Double? { if case .number(let d) = self { return d }; return nil }
    var spanValue: DateSpan? { if case .date(let s, _) = self { return s }; return nil }
    var wordsValue: [String] { if case .words(let w, _) = self { return w }; return [] }
    var isExactWord: Bool { if case .words(_, true) = self { return true }; return false }
}

/// `has WORD` / `has "two words"`: the text's words are compared by the term key
/// (stem with bokmål/nynorsk folding); one word also matches a compound's part ("lærer" in
/// "kulturskolelærerne"), one word in quotes only its own form ("skolen"), a word ending in
/// "*" every word that starts with what comes before it in either written standard, as in kwic and coverage
/// ("finans*": finansiering, finansielle; "synlig*": synlege), and a phrase must appear as consecutive words. Words are cut
/// from the UTF-8 bytes (letters, digits and combining marks), and each distinct word is
/// looked at once per filter.
final class HasMatcher {
    /// A phrase position's key: a term key, or the start of the words a "word*" matches.
    enum Key: Equatable { case term(String), prefix(WordStart) }
    let keys: [Key]
    /// For each phrase position, the first position with the same key (so repeated words work).
    let expected: [Int]
    private let keyOf: (String) -> [String]
    /// Whether a key is a term key, so that a word's term key is worked out at all, and whether one is a "word*".
    private let hasTerms: Bool, hasPrefixes: Bool
    private var memo = ByteTable()
    private var memoPositions: [Int] = []

    /// The matcher of a `has` operand under `context`'s term keys.
    convenience init(_ operand: Operand, context: QueryContext) {
        self.init(words: operand.wordsValue, exact: operand.isExactWord, termKey: context.termKey, termParts: context.termParts)
    }

    init(words: [String], exact: Bool = false, termKey: @escaping (String) -> String,
         termParts: @escaping (String) -> [String] = { _ in [] }) {
        let keyOf: (String) -> [String]
        if exact {
            // The form as written, without regard to case, Ø and ø alike.
            keyOf = { [NorwegianText.fold($0)] }
        } else if words.count == 1 {
            keyOf = { word in let folded = NorwegianText.fold(word); return [termKey(folded)] + termParts(folded) }
        } else {
            keyOf = { [termKey(NorwegianText.fold($0))] }
        }
        self.keyOf = keyOf
        // (Quoted, a "word*" starts forms in its own written standard only.)
        let keys = words.map {
            $0.hasSuffix("*") ? Key.prefix(WordStart(NorwegianText.fold(String($0.dropLast())), asWritten: exact)) : Key.term(keyOf($0)[0])
        }
        self.keys = keys
        hasTerms = keys.contains { if case .term = $0 { return true } else { return false } }
        hasPrefixes = keys.contains { if case .prefix = $0 { return true } else { return false } }
        expected = keys.map { keys.firstIndex(of: $0)! }
    }

    /// The phrase position of a word's key, or of one of its compound parts' for a single word, or of a "word*" it
    /// starts with (-1 when not in the phrase).
    func position(of word: String) -> Int {
        if hasTerms, let p = keyOf(word).lazy.compactMap({ self.keys.firstIndex(of: .term($0)) }).first { return p }
        guard hasPrefixes else { return -1 }
        let folded = NorwegianText.fold(word)
        return keys.firstIndex { if case .prefix(let start) = $0 { return start.begins(folded) } else { return false } } ?? -1
    }

    /// The phrase position of the word's key (-1 when not in the phrase).
    @inline(__always)
    private func position(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let (id, inserted) = memo.id(word)
        if !inserted { return memoPositions[id] }
        let p = position(of: String(decoding: word, as: UTF8.self))
        memoPositions.append(p)
        return p
    }

    func matches(_ text: String) -> Bool {
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { buf -> Bool in
            let k = expected.count
            var window: [Int] = []
            window.reserveCapacity(k + 1)
            var found = false
            HasMatcher.forEachWord(buf) { w in
                let p = position(w)
                if k == 1 {
                    if p == 0 { found = true; return false }
                    return true
                }
                window.append(p)
                if window.count > k { window.removeFirst() }
                if window == expected { found = true; return false }
                return true
            }
            return found
        } ?? false
    }

    /// Calls `body` with the bytes of each run of letters, digits and combining marks;
    /// stops when it returns false.
    static func forEachWord(_ buf: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        var start = -1
        var i = 0
        let n = buf.count
        while i < n {
            let b = buf[i]
            var length = 1
            let wordy: Bool
            if b < 0x80 {
                wordy = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
            } else if b == 0xC3, i + 1 < n {
                let c = buf[i + 1]
                wordy = c != 0x97 && c != 0xB7
                length = 2
            } else {
                length = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2)
                var value = UInt32(b) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
                var k = 1
                while k < length, i + k < n { value = value << 6 | (UInt32(buf[i + k]) & 0x3F); k += 1 }
                if let s = Unicode.Scalar(value) {
                    let p = s.properties
                    // (A soft hyphen inside a word, "vente\u{AD}liste", is part of it: `fold` takes it out.)
                    wordy = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || s.value == 0xAD
                } else {
                    wordy = false
                }
            }
            if wordy {
                if start < 0 { start = i }
            } else if start >= 0 {
                if !body(UnsafeBufferPointer(rebasing: buf[start..<i])) { return }
                start = -1
            }
            i = min(n, i + length)
        }
        if start >= 0 { _ = body(UnsafeBufferPointer(rebasing: buf[start..<n])) }
    }

    /// The words of `text`, as `has` cuts them; with `keepingStars`, a word a "*" follows keeps it ("finans*").
    static func tokenize(_ text: String, keepingStars: Bool = false) -> [String] {
        var copy = text
        copy.makeContiguousUTF8()
        var words: [String] = []
        copy.utf8.withContiguousStorageIfAvailable { buf in
            forEachWord(buf) { word in
                let end = word.baseAddress! - buf.baseAddress! + word.count
                let starred = keepingStars && end < buf.count && buf[end] == UInt8(ascii: "*")
                words.append(String(decoding: word, as: UTF8.self) + (starred ? "*" : ""))
                return true
            }
        }
        return words
    }
}
