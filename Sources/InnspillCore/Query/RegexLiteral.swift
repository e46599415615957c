/// A regular expression written as filters write it, `/pattern/flags` (`\/` for a slash
/// inside; flags `i m s x`), compiled with PCRE2. `kwic /regex/` reads its argument
/// with it, so both commands accept the same regexes with the same messages.
///
/// ```swift
/// let (matcher, length) = try RegexLiteral.parse("/foreldre ?betal\\w*/i width 30")
/// // length == 24: the rest of the line ("width 30") is the command's
/// ```
public enum RegexLiteral {
    /// Compiles the regex literal that starts `text` (at its `/`) and returns it with the
    /// number of characters it took. Errors point at `column` plus the place in `text`.
    public static func parse(_ text: String, column: Int = 0) throws -> (matcher: PatternMatcher, length: Int) {
        let token = try Lexer(text, columnOffset: column).regexLiteral(at: 0)
        guard case .regex(let pattern, let flags, let patternColumn) = token.kind else {
            preconditionFailure("regexLiteral returns a regex token")
        }
        return (try compile(pattern, flags: flags, column: patternColumn + column), token.length)
    }

    /// Compiles a pattern whose first character is at `column`, with the filter's message for a bad one.
    static func compile(_ pattern: String, flags: String, column: Int) throws -> PatternMatcher {
        do {
            return try PatternMatcher(pattern: pattern, flags: flags)
        } catch {
            throw InnspillError("bad regex: \(error.message)",
                                hint: "see https://www.pcre.org/current/doc/html/pcre2pattern.html; write \\/ for a slash",
                                location: .column(column + error.offset))
        }
    }
}
