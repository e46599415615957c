import Foundation

/// Parses filter expressions:
///
/// ```text
/// expr       := or
/// or         := and ("or" and)*
/// and        := unary ("and" unary)*
/// unary      := "not" unary | primary
/// primary    := "(" expr ")" | "has" VALUE | condition
/// condition  := FIELD ("=" | "!=" | "<" | "<=" | ">" | ">=") VALUE
///             | FIELD ["not"] "in" "(" VALUE ("," VALUE)* ")"
///             | FIELD "~" ("STRING" | /REGEX/flags)
///             | FIELD "has" VALUE
///             | FIELD "is" ["not"] "null"
/// VALUE      := WORD+ | "quoted string" | 'quoted string'
/// ```
/// Bare words next to each other form one value (`municipality = Vestre Toten`).
///
/// ```swift
/// let expr = try QueryParser.parse("section = \"Dialogtema 1\" and words > 20", fields: registry)
/// ```
public enum QueryParser {
    /// Parses `source`; error columns are 0-based characters of `source` plus `columnOffset`
    /// (pass the column where the expression starts on the command line).
    public static func parse(_ source: String, fields: FieldRegistry, columnOffset: Int = 0) throws -> Expression {
        var parser = try Parser(source: source, fields: fields, offset: columnOffset)
        return try parser.parseAll()
    }
}

private struct Parser {
    let tokens: [Token]
    let fields: FieldRegistry
    let offset: Int
    let chars: [Character]
    var pos = 0
    /// Columns of open parentheses, for the unbalanced-parenthesis error.
    var openParens: [Int] = []
    /// Parentheses and `not`s around the place being parsed.
    var depth = 0
    /// The most parentheses and `not`s one condition may sit inside: the parser and the
    /// evaluator recurse once per level, and a deeper expression would overflow the stack.
    static let maximumDepth = 100

    init(source: String, fields: FieldRegistry, offset: Int) throws {
        tokens = try Lexer(source, columnOffset: offset).tokens()
        self.fields = fields
        self.offset = offset
        chars = Array(source)
    }

    var current: Token { tokens[pos] }

    func error(_ message: String, hint: String? = nil, at column: Int) -> InnspillError {
        InnspillError(message, hint: hint, location: .column(column + offset))
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .end: return "the end"
        default: return "'" + String(chars[t.column..<min(chars.count, t.column + t.length)]) + "'"
        }
    }

    mutating func parseAll() throws -> Expression {
        if case .end = current.kind {
            throw error("empty filter expression", hint: "e.g. filter section = \"Dialogtema 1\" and words > 20", at: 0)
        }
        let e = try parseOr()
        switch current.kind {
        case .end: return e
        case .rparen:
            throw error("unbalanced parenthesis: ')' has no matching '('", hint: "remove it or add '(' before", at: current.column)
        case .comma:
            // "Prioritet > 3,8": a decimal comma, as Norwegian writes numbers, between digits.
            let column = current.column
            if column > 0, column + 1 < chars.count, chars[column - 1].isASCIIDigit, chars[column + 1].isASCIIDigit {
                throw error("unexpected ','", hint: "write a decimal number with a point: 3.8 (values written 3,8 compare as numbers)",
                            at: column)
            }
            throw error("unexpected ','", hint: "for several values write FIELD in (A, B); join conditions with 'and' or 'or'",
                        at: column)
        default:
            throw error("unexpected \(describe(current))", hint: "join conditions with 'and' or 'or'; quote a value with spaces", at: current.column)
        }
    }

    mutating func parseOr() throws -> Expression {
        var operands = [try parseAnd()]
        while current.keyword == "or" {
            pos += 1
            operands.append(try parseAnd())
        }
        return Parser.balanced(operands[...], Expression.or)
    }

    mutating func parseAnd() throws -> Expression {
        var operands = [try parseUnary()]
        while current.keyword == "and" {
            pos += 1
            operands.append(try parseUnary())
        }
        return Parser.balanced(operands[...], Expression.and)
    }

    /// Joins a chain `a and b and c ...` as a balanced tree, in order: the same meaning and
    /// evaluation order as a left-leaning one, but only log2(n) deep, so a generated chain of
    /// thousands of conditions cannot overflow the stack of whatever walks the tree.
    static func balanced(_ operands: ArraySlice<Expression>, _ join: (Expression, Expression) -> Expression) -> Expression {
        if operands.count == 1 { return operands[operands.startIndex] }
        let middle = operands.startIndex + operands.count / 2
        return join(balanced(operands[..<middle], join), balanced(operands[middle...], join))
    }

    /// Counts one more level of parentheses or `not` around what follows, failing past the limit.
    mutating func enterLevel(at column: Int) throws {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw error("the expression nests more than \(Parser.maximumDepth) parentheses and 'not's deep",
                        hint: "write it flatter, e.g. FIELD in (A, B, C) instead of nested groups", at: column)
        }
    }

    mutating func parseUnary() throws -> Expression {
        if current.keyword == "not" {
            try enterLevel(at: current.column)
            pos += 1
            defer { depth -= 1 }
            return .not(try parseUnary())
        }
        return try parsePrimary()
    }

    mutating func parsePrimary() throws -> Expression {
        let t = current
        switch t.kind {
        case .lparen:
            try enterLevel(at: t.column)
            defer { depth -= 1 }
            pos += 1
            openParens.append(t.column)
            let e = try parseOr()
            guard case .rparen = current.kind else {
                if case .end = current.kind {
                    throw error("unbalanced parenthesis: '(' is not closed", hint: "add ')' at the end of the group", at: t.column)
                }
                throw error("expected ')' to close the '(' at column \(t.column + offset + 1), found \(describe(current))",
                            hint: "join conditions with 'and' or 'or'", at: current.column)
            }
            openParens.removeLast()
            pos += 1
            return e
        case .rparen:
            throw error("unbalanced parenthesis: ')' has no matching '('", hint: "remove it or add '(' before", at: t.column)
        case .end:
            throw error("missing condition at the end", hint: "e.g. ... and words > 20", at: t.column)
        case .word where t.keyword == "has":
            let text = fields.field(named: "text")!
            pos += 1
            return .condition(try parseHas(field: text, fieldColumn: t.column))
        case .word(let w) where t.keyword != nil:
            throw error("expected a condition, found the keyword '\(w)'", hint: "e.g. section = \"Dialogtema 1\"", at: t.column)
        case .word(let name), .quotedField(let name):
            let field: FieldDescriptor
            do { field = try fields.resolve(name, column: t.column + offset, inFilter: true) }
            pos += 1
            return .condition(try parseCondition(field: field, fieldColumn: t.column))
        case .string(let s):
            throw error("expected a field name, found the text \"\(s)\"",
                        hint: "write FIELD = VALUE (section = \"\(s)\"), or has \"\(s)\" to find it in the text", at: t.column)
        case .op(let o):
            throw error("expected a field name before '\(o)'", hint: "e.g. words \(o) 20", at: t.column)
        default:
            throw error("expected a condition, found \(describe(t))", hint: "e.g. section = \"Dialogtema 1\"", at: t.column)
        }
    }

    mutating func parseCondition(field: FieldDescriptor, fieldColumn: Int) throws -> Condition {
        let t = current
        switch t.kind {
        case .op(let o):
            pos += 1
            if o == "~" { return try parseMatch(field: field, fieldColumn: fieldColumn, opToken: t) }
            let op = ComparisonOperator(rawValue: o)!
            let (text, column) = try parseValue(after: t, field: field)
            return Condition(field: field, op: op, operand: try operand(text, column: column, field: field, op: op), column: fieldColumn)
        case .word where t.keyword == "in":
            pos += 1
            return try parseIn(field: field, fieldColumn: fieldColumn, negated: false, inToken: t)
        case .word where t.keyword == "not":
            pos += 1
            guard current.keyword == "in" else {
                throw error("expected 'in' after '\(field.name) not'", hint: "write not \(field.name) = VALUE, or \(field.name) not in (A, B)", at: current.column)
            }
            let inToken = current
            pos += 1
            return try parseIn(field: field, fieldColumn: fieldColumn, negated: true, inToken: inToken)
        case .word where t.keyword == "has":
            pos += 1
            return try parseHas(field: field, fieldColumn: fieldColumn)
        case .word where t.keyword == "is":
            pos += 1
            var negated = false
            if current.keyword == "not" { negated = true; pos += 1 }
            guard current.keyword == "null" else {
                throw error("expected 'null' after 'is\(negated ? " not" : "")'",
                            hint: "write \(field.name) is null or \(field.name) is not null; compare values with =", at: current.column)
            }
            pos += 1
            return Condition(field: field, op: negated ? .isNotNull : .isNull, operand: .none, column: fieldColumn)
        case .end:
            throw error("missing operator after '\(field.name)'",
                        hint: "e.g. \(field.name) = VALUE; the operators are = != < <= > >= ~ in has is", at: t.column)
        case .word(let w), .string(let w):
            throw error("unknown operator '\(w)'", hint: "the operators are = != < <= > >= ~ in has is", at: t.column)
        default:
            throw error("expected an operator after '\(field.name)', found \(describe(t))",
                        hint: "the operators are = != < <= > >= ~ in has is", at: t.column)
        }
    }

    /// A value: a quoted string or one or more bare words (joined as written).
    mutating func parseValue(after opToken: Token, field: FieldDescriptor) throws -> (String, Int) {
        let t = current
        switch t.kind {
        case .string(let s):
            pos += 1
            return (s, t.column)
        case .word(let w) where w.lowercased() == "null":
            throw error("compare with null using 'is null'", hint: "write \(field.name) is null or \(field.name) is not null", at: t.column)
        case .word where t.keyword == nil:
            var end = t.column + t.length
            pos += 1
            while case .word = current.kind, current.keyword == nil {
                end = current.column + current.length
                pos += 1
            }
            return (String(chars[t.column..<end]), t.column)
        default:
            throw error("missing value after \(describe(opToken))", hint: example(field, after: opToken), at: t.column)
        }
    }

    /// A hint showing a value written after `opToken`: in an `in (...)` list, or after an operator.
    func example(_ field: FieldDescriptor, after opToken: Token) -> String {
        switch opToken.kind {
        case .lparen, .comma: return "write \(field.name) in (A, B, \"C D\")"
        default: break
        }
        let o = describe(opToken).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        switch field.type {
        case .integer: return "e.g. \(field.name) \(o) 20"
        case .date: return "e.g. \(field.name) \(o) 2023-02-09 or 2023-02-09T10:00"
        case .text, .list: return "e.g. \(field.name) \(o) \"some value\""
        }
    }

    /// Reads a literal as the field's type.
    func operand(_ text: String, column: Int, field: FieldDescriptor, op: ComparisonOperator) throws -> Operand {
        switch field.type {
        case .text, .list:
            return .text(text)
        case .integer:
            let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            guard let d = Double(t), d.isFinite else {
                throw error("cannot compare the number field '\(field.name)' with '\(text)'",
                            hint: "write a number, e.g. \(field.name) \(op.rawValue) 20", at: column)
            }
            return .number(d)
        case .date:
            guard let span = DateSpan(text) else {
                let what = Double(text) != nil ? "the number" : (text.contains(" ") ? "the text" : "the word")
                throw error("cannot compare the date field '\(field.name)' with \(what) '\(text)'",
                            hint: "write a date as 2023-02-09 or a time as 2023-02-09T10:00", at: column)
            }
            return .date(span, text)
        }
    }

    mutating func parseIn(field: FieldDescriptor, fieldColumn: Int, negated: Bool, inToken: Token) throws -> Condition {
        guard case .lparen = current.kind else {
            throw error("expected '(' after 'in'", hint: "write \(field.name) in (A, B, \"C D\")", at: current.column)
        }
        let open = current
        pos += 1
        var items: [Operand] = []
        while true {
            if case .end = current.kind {
                throw error("unbalanced parenthesis: '(' is not closed", hint: "end the list with ')'", at: open.column)
            }
            if case .rparen = current.kind, items.isEmpty {
                throw error("empty list after 'in'", hint: "write \(field.name) in (A, B)", at: current.column)
            }
            let (text, column) = try parseValue(after: items.isEmpty ? open : tokens[pos - 1], field: field)
            items.append(try operand(text, column: column, field: field, op: .equal))
            switch current.kind {
            case .comma: pos += 1
            case .rparen:
                pos += 1
                return Condition(field: field, op: negated ? .notIn : .in, operand: .list(items), column: fieldColumn)
            case .end:
                throw error("unbalanced parenthesis: '(' is not closed", hint: "end the list with ')'", at: open.column)
            default:
                throw error("expected ',' or ')' in the list, found \(describe(current))",
                            hint: "separate values with commas; quote values with spaces", at: current.column)
            }
        }
    }

    mutating func parseMatch(field: FieldDescriptor, fieldColumn: Int, opToken: Token) throws -> Condition {
        let t = current
        switch t.kind {
        case .regex(let pattern, let flags, let patternColumn):
            pos += 1
            let matcher = try RegexLiteral.compile(pattern, flags: flags, column: patternColumn + offset)
            return Condition(field: field, op: .match, operand: .pattern(matcher, regex: true), column: fieldColumn)
        case .string(let s):
            pos += 1
            return Condition(field: field, op: .match, operand: .pattern(PatternMatcher(substring: s), regex: false), column: fieldColumn)
        case .word where t.keyword == nil:
            let (text, _) = try parseValue(after: opToken, field: field)
            return Condition(field: field, op: .match, operand: .pattern(PatternMatcher(substring: text), regex: false), column: fieldColumn)
        default:
            throw error("missing value after '~'", hint: "write \(field.name) ~ \"substring\" or \(field.name) ~ /regex/i", at: t.column)
        }
    }

    mutating func parseHas(field: FieldDescriptor, fieldColumn: Int) throws -> Condition {
        guard field.type == .text || field.type == .list else {
            throw error("'has' finds words in text, and '\(field.name)' is a \(field.type == .integer ? "number" : field.type.rawValue) field",
                        hint: "compare it with = < > instead", at: fieldColumn)
        }
        let t = current
        let text: String
        var quoted = false
        switch t.kind {
        case .string(let s): text = s; quoted = true; pos += 1
        case .word where t.keyword == nil: text = Parser.word(t); pos += 1
        default:
            throw error("missing word after 'has'", hint: "e.g. has finansiering", at: t.column)
        }
        let words = HasMatcher.tokenize(text, keepingStars: true)
        guard !words.isEmpty else {
            throw error("'has' needs a word with letters or digits", hint: "e.g. has finansiering", at: t.column)
        }
        // One word in quotes is matched as written ("skolen", not "skole" or "skulen"; "skul*" not "skole"); several are
        // a phrase of stems; "finans*" is every word that starts so, in either written standard.
        return Condition(field: field, op: .has, operand: .words(words, exact: quoted && words.count == 1),
                         column: fieldColumn)
    }

    static func word(_ t: Token) -> String {
        if case .word(let w) = t.kind { return w }
        return ""
    }
}
