/// One token of a filter expression, with its 0-based column (in characters).
struct Token: Equatable {
    enum Kind: Equatable {
        /// A bare word: a field name, a value, or a keyword (`and`, `or`, `not`, `in`, `has`, `is`, `null`).
        case word(String)
        /// A quoted string (`"Dialogtema 1"` or `'…'`).
        case string(String)
        /// A back-quoted field name (`` `Created At` ``).
        case quotedField(String)
        /// `/pattern/flags`; `patternColumn` is the column of the pattern's first character.
        case regex(pattern: String, flags: String, patternColumn: Int)
        /// One of `= != < <= > >= ~`.
        case op(String)
        case lparen, rparen, comma, end
    }
    var kind: Kind
    var column: Int
    /// Length in characters in the source.
    var length: Int

    /// The keyword this word token is, lowercased, if it is one.
    var keyword: String? {
        if case .word(let w) = kind {
            let l = w.lowercased()
            if Lexer.keywords.contains(l) { return l }
        }
        return nil
    }
}

/// Splits a filter expression into tokens; errors carry the column of the problem.
struct Lexer {
    static let keywords: Set<String> = ["and", "or", "not", "in", "has", "is", "null"]
    static let operatorChars: Set<Character> = ["=", "!", "<", ">", "~", "&", "|"]
    static let validOperators: [String: String] = ["=": "=", "==": "=", "!=": "!=", "<>": "!=", "<": "<",
                                                   "<=": "<=", ">": ">", ">=": ">=", "~": "~"]

    let chars: [Character]
    let offset: Int

    init(_ source: String, columnOffset: Int = 0) {
        chars = Array(source)
        offset = columnOffset
    }

    func error(_ message: String, hint: String? = nil, at column: Int) -> InnspillError {
        InnspillError(message, hint: hint, location: .column(column + offset))
    }

    /// The `/pattern/flags` starting at `start` (where the `/` is); `\/` is a slash inside.
    func regexLiteral(at start: Int) throws -> Token {
        let n = chars.count
        var i = start + 1
        var pattern = ""
        var closed = false
        while i < n {
            let d = chars[i]
            if d == "\\", i + 1 < n {
                if chars[i + 1] == "/" { pattern.append("/") } else { pattern.append(d); pattern.append(chars[i + 1]) }
                i += 2; continue
            }
            if d == "/" { closed = true; i += 1; break }
            pattern.append(d); i += 1
        }
        guard closed else {
            throw error("unbalanced regex: the / at column \(start + offset + 1) is not closed",
                        hint: "end the regex with / (and flags, e.g. /finans\\w*/i); write \\/ for a slash inside",
                        at: start)
        }
        var flags = ""
        while i < n, chars[i].isLetter {
            guard "imsx".contains(chars[i]) else {
                throw error("unknown regex flag '\(chars[i])'", hint: "the flags are i (ignore case), m (multiline), s (dot matches newline), x (extended)", at: i)
            }
            flags.append(chars[i]); i += 1
        }
        return Token(kind: .regex(pattern: pattern, flags: flags, patternColumn: start + 1), column: start, length: i - start)
    }

    func tokens() throws -> [Token] {
        var result: [Token] = []
        var i = 0
        let n = chars.count
        while i < n {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            let start = i
            switch c {
            case "(":
                result.append(Token(kind: .lparen, column: i, length: 1)); i += 1
            case ")":
                result.append(Token(kind: .rparen, column: i, length: 1)); i += 1
            case ",":
                result.append(Token(kind: .comma, column: i, length: 1)); i += 1
            case "\"", "'", "`", "“", "”", "«":
                let close: Character = c == "“" ? "”" : (c == "«" ? "»" : c)
                var value = ""
                i += 1
                var closed = false
                while i < n {
                    let d = chars[i]
                    if d == "\\", i + 1 < n, chars[i + 1] == close || chars[i + 1] == "\\" {
                        value.append(chars[i + 1]); i += 2; continue
                    }
                    if d == close || (c == "”" && d == "”") { closed = true; i += 1; break }
                    value.append(d); i += 1
                }
                guard closed else {
                    throw error("unbalanced quote: the \(c) at column \(start + offset + 1) is not closed",
                                hint: "add a closing \(close) after the value", at: start)
                }
                let kind: Token.Kind = c == "`" ? .quotedField(value) : .string(value)
                result.append(Token(kind: kind, column: start, length: i - start))
            case "/" where result.last.map({ $0.kind == .op("~") }) ?? false:
                let regex = try regexLiteral(at: start)
                result.append(regex)
                i = start + regex.length
            default:
                if Lexer.operatorChars.contains(c) {
                    var op = ""
                    while i < n, Lexer.operatorChars.contains(chars[i]) { op.append(chars[i]); i += 1 }
                    guard let canonical = Lexer.validOperators[op] else {
                        throw unknownOperator(op, at: start)
                    }
                    result.append(Token(kind: .op(canonical), column: start, length: i - start))
                } else {
                    var word = ""
                    while i < n {
                        let d = chars[i]
                        if d.isWhitespace || d == "(" || d == ")" || d == "," || d == "\"" || d == "`"
                            || d == "“" || d == "«" || Lexer.operatorChars.contains(d) { break }
                        word.append(d); i += 1
                    }
                    result.append(Token(kind: .word(word), column: start, length: i - start))
                }
            }
        }
        result.append(Token(kind: .end, column: n, length: 0))
        return result
    }

    func unknownOperator(_ op: String, at column: Int) -> InnspillError {
        let hint: String
        switch op {
        case "&", "&&": hint = "write 'and' to combine conditions"
        case "|", "||": hint = "write 'or' to combine conditions"
        case "!": hint = "write 'not' before a condition, or != for 'not equal'"
        case "=>": hint = "did you mean '>='?"
        case "=<": hint = "did you mean '<='?"
        case "=~", "~=", "!~": hint = "write ~ for a regex or substring match (not ~ for the opposite: not text ~ /x/)"
        default: hint = "the operators are = != < <= > >= ~ in has is"
        }
        return error("unknown operator '\(op)'", hint: hint, at: column)
    }
}
