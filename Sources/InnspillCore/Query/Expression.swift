import Foundation

/// A parsed filter expression. `description` prints it back in canonical form
/// (fields by canonical name, values quoted where needed), for session files and `selections`.
public indirect enum Expression: CustomStringConvertible {
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

    /// Reads `2023-02-09`, `2023-02-09T10:00`, `2023-02-09 10:00:30` (and a trailing Z).
    public init?(_ text: String) {
        guard let d = ISODate.parse(text) else { return nil }
        let t = text.trimmingCharacters(in: .whitespaces)
        let digits = t.filter(\.isNumber).count
        let length: TimeInterval = digits <= 8 ? 86_400 : (digits <= 12 ? 60 : 1)
        start = d
        end = d.addingTimeInterval(length)
    }
}

/// A literal value of a condition, already read as the field's type.
public enum Operand: CustomStringConvertible {
    case none
    case text(String)
    case number(Double)
    case date(DateSpan, String)
    case list([Operand])
    case pattern(PatternMatcher, regex: Bool)
    /// `has`: the words of the phrase.
    case words([String])

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
        case .words(let w): return w.count == 1 ? Operand.quoteIfNeeded(w[0]) : Operand.quoteIfNeeded(w.joined(separator: " "), always: true)
        }
    }

    static func quoteIfNeeded(_ s: String, always: Bool = false) -> String {
        let plain = !always && !s.isEmpty && !Lexer.keywords.contains(s.lowercased()) && s.allSatisfy {
            !$0.isWhitespace && !"()\",'`“«/".contains($0) && !Lexer.operatorChars.contains($0)
        }
        if plain { return s }
        return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// One condition: a field, an operator and a value (`words > 20`, `municipality in (Bodø, Tromsø)`).
public struct Condition: CustomStringConvertible {
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
