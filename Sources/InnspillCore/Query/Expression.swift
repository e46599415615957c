import Foundation

/// A parsed filter expression. `description` prints it back in canonical form
/// (fields by canonical name, values quoted where needed), for session files and `selections`.
public indirect enum Expression: Sendable, CustomStringConvertible {
    case and(Expression, Expression)
    case or(Expression, Expression)
    case not(Expression)
    case condition(Condition)

    public var description: String {
        switch self {
        case .and(let a, let b): return "\(a.wrapped(for: .and)) and \(b.wrapped(for: .and))"
        case .or(let a, let b): return "\(a) or \(b)"
        case .not(let e): return "not \(e.wrapped(for: .not))"
        case .condition(let c): return c.description
        }
    }

    private enum Context { case and, not }
    private func wrapped(for context: Context) -> String {
        switch (self, context) {
        case (.or, _), (.and, .not): return "(\(description))"
        default: return description
        }
    }

    /// The unit kinds the expression asks for by name: `kind = prompt`, `kind in (post, prompt)`, `not kind != segment`.
    /// A kind it only leaves out (`kind != slide`) is not asked for.
    ///
    /// ```swift
    /// try QueryParser.parse("kind in (post, prompt) and group = \"Gruppe 3\"", fields: fields).kindsAskedFor   // ["post", "prompt"]
    /// try QueryParser.parse("kind != slide", fields: fields).kindsAskedFor                                      // []
    /// ```
    public var kindsAskedFor: Set<String> { kinds(negated: false) }

    private func kinds(negated: Bool) -> Set<String> {
        switch self {
        case .and(let a, let b), .or(let a, let b): return a.kinds(negated: negated).union(b.kinds(negated: negated))
        case .not(let e): return e.kinds(negated: !negated)
        case .condition(let c):
            guard c.field.name == "kind" else { return [] }
            let asks: Bool
            switch c.op {
            case .equal, .in: asks = !negated
            case .notEqual, .notIn: asks = negated
            default: return []
            }
            guard asks else { return [] }
            let values: [Operand]
            if case .list(let items) = c.operand { values = items } else { values = [c.operand] }
            return Set(values.compactMap { if case .text(let kind) = $0 { return kind.lowercased() } else { return nil } })
        }
    }

    /// The fields the expression names, in order of appearance.
    public var fields: [FieldDescriptor] {
        switch self {
        case .and(let a, let b), .or(let a, let b): return a.fields + b.fields
        case .not(let e): return e.fields
        case .condition(let c): return [c.field]
        }
    }
}

/// The comparison operators of the filter language.
public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in` = "in", notIn = "not in", match = "~", has = "has", isNull = "is null", isNotNull = "is not null"
}

/// A time span a date literal stands for: `2023-02-09` is the whole day,
/// `2023-02-09T10:00` the whole minute; `=` means "within", `<` "before the start",
/// `<=` "before the end", `>` "from the end on", `>=` "from the start on".
public struct DateSpan: Sendable, Equatable {
    public var start: Date
    public var end: Date

    /// Reads `2023-02-09`, `2023-02-09T10:00`, `2023-02-09 10:00:30` (and a trailing Z),
    /// the Norwegian `9.2.2023`, a month `2023-02` and a year `2023`.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4,
           let day = ISODate.make(year: y, month: m, day: d), Self.valid(day, y, m, d) {
            start = day
            end = day.addingTimeInterval(86_400)
            return
        }
        let dashes = t.split(separator: "-", omittingEmptySubsequences: false)
        if t.count == 4, let y = Int(t), let from = ISODate.make(year: y, month: 1, day: 1),
           let to = ISODate.make(year: y + 1, month: 1, day: 1) {
            start = from
            end = to
            return
        }
        if dashes.count == 2, dashes[0].count == 4, let y = Int(dashes[0]), let m = Int(dashes[1]), (1...12).contains(m),
           let from = ISODate.make(year: y, month: m, day: 1),
           let to = ISODate.make(year: m == 12 ? y + 1 : y, month: m == 12 ? 1 : m + 1, day: 1) {
            start = from
            end = to
            return
        }
        guard let d = ISODate.parse(t), t.count < 10 || Self.validDay(t, d) else { return nil }
        let digits = t.filter(\.isNumber).count
        let length: TimeInterval = digits <= 8 ? 86_400 : (digits <= 12 ? 60 : 1)
        start = d
        end = d.addingTimeInterval(length)
    }

    /// True when the date is the day written (2023-02-30 is not a day).
    static func valid(_ date: Date, _ y: Int, _ m: Int, _ d: Int) -> Bool {
        ISODate.string(date).hasPrefix(String(format: "%04d-%02d-%02d", y, m, d))
    }

    static func validDay(_ text: String, _ date: Date) -> Bool {
        ISODate.string(date).hasPrefix(String(text.prefix(10)))
    }
}

/// A literal value of a condition, already read as the field's type.
public enum Operand: Sendable, CustomStringConvertible {
    case none
    case text(String)
    case number(Double)
    case date(DateSpan, String)
    case list([Operand])
    case pattern(PatternMatcher, regex: Bool)
    /// `has`: the words of the phrase; `exact` for one word in quotes, matched in the form written.
    case words([String], exact: Bool)

    public var description: String {
        switch self {
        case .none: return ""
        case .text(let s): return Operand.quoteIfNeeded(s)
        case .number(let d): return Value.format(d)
        case .date(_, let s): return s
        case .list(let items): return "(" + items.map(\.description).joined(separator: ", ") + ")"
        case .pattern(let p, let regex):
            if regex { return "/" + p.pattern.replacingOccurrences(of: "/", with: "\\/") + "/" + p.flags }
            return Operand.quoteIfNeeded(p.displaySubstring ?? p.pattern, always: true)
        case .words(let w, let exact):
            return w.count == 1 && !exact ? Operand.quoteIfNeeded(w[0]) : Operand.quoteIfNeeded(w.joined(separator: " "), always: true)
        }
    }

    /// A value as it is typed in an expression: bare where it can be, else in double quotes.
    ///
    /// ```swift
    /// Operand.quoteIfNeeded("Bodø")           // Bodø
    /// Operand.quoteIfNeeded("Dialogtema 1")   // "Dialogtema 1"
    /// ```
    public static func quoteIfNeeded(_ s: String, always: Bool = false) -> String {
        let plain = !always && !s.isEmpty && !Lexer.keywords.contains(s.lowercased()) && s.allSatisfy {
            !$0.isWhitespace && !"()\",'`“«/".contains($0) && !Lexer.operatorChars.contains($0)
        }
        if plain { return s }
        return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// One condition: a field, an operator and a value (`words > 20`, `municipality in (Bodø, Tromsø)`).
public struct Condition: Sendable, CustomStringConvertible {
    public var field: FieldDescriptor
    public var op: ComparisonOperator
    public var operand: Operand
    /// Column of the field name in the expression.
    public var column: Int

    public var description: String {
        let name = Operand.quoteIfNeeded(field.name).hasPrefix("\"") ? "`\(field.name)`" : field.name
        switch op {
        case .isNull, .isNotNull: return "\(name) \(op.rawValue)"
        case .has where field.name == "text": return "has \(operand)"
        default: return "\(name) \(op.rawValue) \(operand)"
        }
    }
}
