import InnspillCore

/// The words after a command name, split like a shell would: spaces separate,
/// double or single quotes group (`name 3 "Økonomi og finansiering"`, also “…” and «…»), and a
/// comma stands alone (`group by section, cluster`) except inside an option's
/// value (`fields=id,group,text`). Columns are kept so an
/// error can point at the word it is about.
///
/// ```swift
/// var args = try Arguments("top 5 k=3 \"a b\"", column: 6)
/// try args.takeKeywordInt("top")   // 5
/// args.option("k")                  // "3"
/// try args.next()?.text             // "a b"
/// ```
public struct Arguments {
    public struct Token: Equatable {
        public var text: String
        /// Whether the word was written in quotes (so it is never an option or keyword).
        public var quoted: Bool
        /// Column of the token's first character in the whole command line.
        public var column: Int
    }

    /// The text after the command name, as typed (for a command that parses it itself, as
    /// `filter` does its expression).
    public var raw: String { source }
    private let source: String
    /// Column of `raw`'s first character in the whole command line.
    public let column: Int
    public private(set) var tokens: [Token]
    private var options: [String: Token] = [:]

    public init(_ raw: String, column: Int = 0) throws {
        source = raw
        self.column = column
        tokens = try Arguments.split(raw, column: column)
        var kept: [Token] = []
        for token in tokens {
            if !token.quoted, Arguments.isOption(token.text), let eq = token.text.firstIndex(of: "=") {
                let key = String(token.text[..<eq]).lowercased()
                var value = String(token.text[token.text.index(after: eq)...])
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                options[key] = Token(text: value, quoted: false, column: token.column + key.count + 1)
            } else {
                kept.append(token)
            }
        }
        tokens = kept
    }

    /// Whether no positional words are left.
    public var isEmpty: Bool { tokens.isEmpty }

    /// Takes the next positional word.
    public mutating func next() -> Token? {
        tokens.isEmpty ? nil : tokens.removeFirst()
    }

    /// Takes the next positional word, or fails naming what was expected.
    public mutating func require(_ what: String, usage: String) throws -> Token {
        guard let token = next() else {
            throw InnspillError("missing \(what)", hint: "usage: \(usage)", location: .column(column + source.count))
        }
        return token
    }

    /// Takes `KEYWORD VALUE` anywhere among the words (`top 10`), returning the value.
    public mutating func takeKeyword(_ keyword: String) throws -> Token? {
        guard let i = tokens.firstIndex(where: { !$0.quoted && $0.text.lowercased() == keyword }) else { return nil }
        guard i + 1 < tokens.count else {
            throw InnspillError("'\(keyword)' needs a value", location: .column(tokens[i].column))
        }
        let value = tokens[i + 1]
        tokens.removeSubrange(i...i + 1)
        return value
    }

    /// Takes `KEYWORD N` (a whole number within `range`).
    /// The numbers a count of rows or units may be (`top N`, `list N`, `group by ... top N`): one range, one message.
    public static let counts: ClosedRange<Int> = 1...1_000_000_000

    public mutating func takeKeywordInt(_ keyword: String, range: ClosedRange<Int> = Arguments.counts) throws -> Int? {
        guard let token = try takeKeyword(keyword) else { return nil }
        return try Arguments.integer(token, name: keyword, range: range)
    }

    /// Takes a bare flag word (`raw`, `desc`) if present.
    public mutating func takeFlag(_ word: String) -> Bool {
        guard let i = tokens.firstIndex(where: { !$0.quoted && $0.text.lowercased() == word }) else { return false }
        tokens.remove(at: i)
        return true
    }

    /// The keys of the `key=value` options given, in the order typed.
    public var optionKeys: [String] {
        options.sorted { $0.value.column < $1.value.column }.map(\.key)
    }

    /// The value of `key=value`, if given.
    public func option(_ key: String) -> String? {
        options[key]?.text
    }

    /// The value of `key=N` as a whole number within `range`.
    public func intOption(_ key: String, range: ClosedRange<Int>) throws -> Int? {
        guard let token = options[key] else { return nil }
        return try Arguments.integer(token, name: key, range: range)
    }

    /// The value of `key=word`, which must be one of `choices`.
    public func choiceOption(_ key: String, _ choices: [String]) throws -> String? {
        guard let token = options[key] else { return nil }
        let value = token.text.lowercased()
        guard choices.contains(value) else {
            throw InnspillError("\(key)=\(token.text) is not a choice", hint: "use one of: \(choices.joined(separator: ", "))",
                                location: .column(token.column))
        }
        return value
    }

    /// Fails on the first `key=value` option (by column) whose key is not in `allowed`, naming the
    /// options `command` takes. The shell calls it before a command runs (`ShellCommand.checkOptions`),
    /// so a mistyped option never runs the command, writes a file or changes the state.
    ///
    /// ```swift
    /// try Arguments("out.csv foo=1", column: 7).expectOptions(["fields", "sep"], of: "export")
    /// // error: unknown option 'foo=' (column 15); hint: export takes fields= sep=
    /// try Arguments("2 min=5", column: 7).expectOptions([], keywords: ["top", "min"], of: "ngrams")
    /// // error: unknown option 'min=' (column 10); hint: write 'min 5': ngrams takes min before its value, as in 'top 10'
    /// ```
    public func expectOptions(_ allowed: [String], keywords: [String] = [], of command: String) throws {
        guard let (key, token) = options.filter({ !allowed.contains($0.key) }).min(by: { $0.value.column < $1.value.column }) else {
            return
        }
        let hint = keywords.contains(key) ? "write '\(key) \(token.text)': \(command) takes \(key) before its value, as in 'top 10'"
            : allowed.isEmpty ? "\(command) takes no key=value options"
            : "\(command) takes \(allowed.map { $0 + "=" }.joined(separator: " "))"
        throw InnspillError("unknown option '\(key)='", hint: hint, location: .column(token.column - key.count - 1))
    }

    /// Fails if positional words are left over.
    public func expectEnd(usage: String? = nil) throws {
        guard let extra = tokens.first else { return }
        // A word right after an unquoted `key=value` is most likely the rest of the value: title=Tema 2020.
        let before = raw.prefix(max(0, extra.column - column)).trimmingCharacters(in: .whitespaces)
        if let word = before.split(separator: " ").last, let eq = word.firstIndex(of: "="), eq != word.startIndex,
           let first = word[word.index(after: eq)...].first, first != "\"", first != "'" {
            let key = word[..<eq]
            throw InnspillError("unexpected '\(extra.text)'",
                                hint: "a value with spaces goes in quotes: \(key)=\"\(word[word.index(after: eq)...]) \(extra.text)\"",
                                location: .column(extra.column))
        }
        throw InnspillError("unexpected '\(extra.text)'", hint: usage.map { "usage: \($0)" }, location: .column(extra.column))
    }

    /// Parses a whole number, with a message naming the option when it is not one. A range up to
    /// `Int.max` reads as "at least" its lower bound.
    ///
    /// ```swift
    /// try Arguments.integer(token, name: "ID", range: 1...Int.max)
    /// // "show first": error: ID needs a whole number, not 'first'; hint: write a whole number of at least 1
    /// ```
    public static func integer(_ token: Token, name: String, range: ClosedRange<Int>) throws -> Int {
        let openEnded = range.upperBound == Int.max
        guard let n = Int(token.text) else {
            let allowed = openEnded ? "of at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
            throw InnspillError("\(name) needs a whole number, not '\(token.text)'",
                                hint: "write a whole number \(allowed)", location: .column(token.column))
        }
        guard range.contains(n) else {
            let allowed = openEnded ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
            throw InnspillError("\(name) must be \(allowed), not \(n)", location: .column(token.column))
        }
        return n
    }

    /// Whether a word is `key=value` (a key of letters and underscores); a comma in it belongs to the value.
    private static func isOption(_ word: String) -> Bool {
        guard let eq = word.firstIndex(of: "="), eq != word.startIndex else { return false }
        return word[..<eq].allSatisfy { $0.isLetter || $0 == "_" }
    }

    /// The quotes that group words, each with the one that closes it: a text pasted from a word processor or
    /// written the Norwegian way brings its own (“…”, „…“, «…», ‘…’).
    static let closingQuote: [Character: Character] = [
        "\"": "\"", "'": "'", "\u{201C}": "\u{201D}", "\u{201D}": "\u{201D}", "\u{201E}": "\u{201C}", "«": "»", "\u{2018}": "\u{2019}",
    ]

    /// What a backslash outside quotes makes an ordinary character: a space, a quote or a comma, which mean the same
    /// escaped in a regex. Before anything else it is itself (`kwic /\w+\./`); a path's other escapes (`\(1\)`) are
    /// undone where a file is opened (`CorpusLoader.existingPath`).
    private static func isEscapable(_ character: Character) -> Bool {
        character.isWhitespace || character == "," || closingQuote[character] != nil
    }

    static func split(_ raw: String, column: Int) throws -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0
        var quote: Character?
        var quotedToken = false
        var col = column
        var inToken = false
        func flush() {
            if inToken { tokens.append(Token(text: current, quoted: quotedToken, column: start)) }
            current = ""
            inToken = false
            quotedToken = false
        }
        var escaped = false
        let characters = Array(raw)
        for (i, ch) in characters.enumerated() {
            defer { col += 1 }
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
                continue
            }
            if escaped {
                current.append(ch)
                escaped = false
            } else if ch == "\\", i + 1 < characters.count, isEscapable(characters[i + 1]) {
                // "dir\ test/Padlet\ export.csv", as a shell's tab completion writes a space in a path.
                if !inToken { start = col; inToken = true }
                escaped = true
            } else if let closing = closingQuote[ch] {
                // A quote that opens the word makes it quoted (never an option or keyword);
                // one inside it (title="Tema 2") only groups the value.
                if !inToken { start = col; inToken = true; quotedToken = true }
                quote = closing
            } else if ch.isWhitespace {
                flush()
            } else if ch == ",", !isOption(current) {
                flush()
                tokens.append(Token(text: ",", quoted: false, column: col))
            } else {
                if !inToken { start = col; inToken = true }
                current.append(ch)
            }
        }
        if quote != nil {
            throw InnspillError("unbalanced quote", hint: "close the quote that starts at column \(start + 1)",
                                location: .column(start))
        }
        flush()
        return tokens
    }
}
