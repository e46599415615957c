import InnspillText

/// The questions of a seminar's task as the groups restate them over their answers: a question line that two or more
/// posts hold, or that a prompt asks. A question is known by its first five words, so "Hva trenger vi svar på før vi
/// søker?" and "Hva trenger vi svar på før vi søker/i løpet av våren?" are one.
///
/// The segmenter asks them to tell a task question written as a heading ("- Hva kan prosjektet bidra med i egen
/// kommune?", "Hva tenker vi prosjektet kan bidra med:") from a group's own question inside its answer ("Hva er
/// pitchen for å selge det inn til ledelsen?").
///
/// ```swift
/// let tasks = TaskQuestions(["Hva trenger vi svar på før vi søker?"])
/// tasks.contains("- Hva trenger vi svar på før vi søker/i løpet av våren?")   // true
/// tasks.contains("Hva er pitchen for å selge det inn?")                        // false
/// ```
struct TaskQuestions: Sendable {
    private var keys: Set<String>

    /// No task questions known: the segmenter reads each post on its own.
    static let none = TaskQuestions([])

    /// The task questions of `questions`, each a line as written ("1. Hva ...?", "- Hva ...?").
    init(_ questions: [String]) {
        keys = Set(questions.compactMap { TaskQuestions.key($0) })
    }

    /// The task questions of a load's drafts: the questions its prompts ask, and the question lines found in two or more
    /// posts. Lines are compared on all cores by their first words as written; each distinct opening is then repaired
    /// once (with `repairer`), as the segmenter sees the repaired text.
    init(drafts: borrowing [DraftUnit], repairer: LineRepairing?) {
        // Each draft's question openings with their keys as written (a few per post), and whether the draft is a prompt.
        let found = Parallel.map(drafts.count, minimumChunk: 256) { i -> (isPrompt: Bool, openings: [(key: String, opening: Substring)]) in
            let draft = drafts[i]
            if draft.kind == .prompt {
                return (true, draft.question.flatMap { TaskQuestions.opening(Substring($0).trimmingSpaces) }.map { [$0] } ?? [])
            }
            guard draft.kind == .post else { return (false, []) }
            var openings: [(key: String, opening: Substring)] = []
            let lines = draft.lines
            for k in lines.indices {
                let t = lines[k].trimmed.trimmingSpaces
                // A question wrapped over two lines of the source ends on the next.
                let asks = t.utf8.last == UInt8(ascii: "?")
                    || k + 1 < lines.endIndex && lines[k + 1].trimmed.trimmingSpaces.utf8.last == UInt8(ascii: "?") && !".!:".contains(t.last ?? ".")
                guard asks, let found = TaskQuestions.opening(t), !openings.contains(where: { $0.key == found.key }) else { continue }
                openings.append(found)
            }
            return (false, openings)
        }
        // Keyed as repaired, each distinct opening repaired once. (A post holding two spellings of one question, such
        // as "lofte"/"løfte", counts twice: rare, and the question is the task's all the same.)
        var repaired: [String: String] = [:]
        var posts: [String: Int] = [:]
        var asked = Set<String>()
        for (isPrompt, openings) in found {
            for (written, opening) in openings {
                let key: String
                if let known = repaired[written] {
                    key = known
                } else {
                    key = repairer.flatMap { TaskQuestions.key($0.repair(line: String(opening), followedBy: nil).0) } ?? written
                    repaired[written] = key
                }
                if isPrompt { asked.insert(key) } else { posts[key, default: 0] += 1 }
            }
        }
        keys = asked.union(posts.filter { $0.value >= 2 }.keys)
    }

    var isEmpty: Bool { keys.isEmpty }

    /// Whether `line` asks one of the task's questions.
    func contains(_ line: some StringProtocol) -> Bool {
        guard !keys.isEmpty, let key = TaskQuestions.key(line) else { return false }
        return keys.contains(key)
    }

    /// The first five words of a question line, lower-cased, without its bullet or number; nil when the line does
    /// not open with a question word.
    static func key(_ line: some StringProtocol) -> String? {
        opening(Substring(line).trimmingSpaces)?.key
    }

    /// The key of a question line (`key`), and its opening: its first five words as written.
    static func opening(_ t: Substring) -> (key: String, opening: Substring)? {
        let body = withoutMark(t)
        guard Segmenter.opensWithQuestionWord(body) else { return nil }
        // On bytes rather than lowercased().split(...): the line's first words alone, without copying the line. A word is
        // ASCII letters and digits, and the Latin letters of U+00C0...U+00FF (æ, ø, å, é ...), lower-cased.
        var key: [UInt8] = []
        key.reserveCapacity(48)
        let bytes = body.utf8
        var i = bytes.startIndex
        var end = i
        var words = 0
        var inWord = false
        while i < bytes.endIndex {
            let b = bytes[i]
            let ascii = b >= 0x30 && b <= 0x39 || b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")
            let next = bytes.index(after: i)
            guard ascii || b == 0xC3 && next < bytes.endIndex else {
                inWord = false
                i = next
                continue
            }
            if !inWord {
                if words == 5 { break }
                if words > 0 { key.append(0x20) }
                words += 1
                inWord = true
            }
            if ascii {
                key.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i = next
            } else {
                let c = bytes[next]
                key += [0xC3, c >= 0x80 && c <= 0x9E && c != 0x97 ? c + 0x20 : c]
                i = bytes.index(after: next)
            }
            end = i
        }
        return (String(decoding: key, as: UTF8.self), Substring(bytes[..<end]))
    }

    /// A line without its bullet ("- ", "• ") or number ("1. ", "2) ").
    static func withoutMark(_ t: Substring) -> Substring {
        // A line that starts with a letter, other than a bullet's "o" or "e", has no mark: most lines, told on a byte.
        func isPlainLetter(_ byte: UInt8?) -> Bool {
            guard let folded = byte.map({ $0 | 0x20 }) else { return false }
            return folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z") && folded != UInt8(ascii: "o") && folded != UInt8(ascii: "e")
        }
        var bytes = t.utf8.makeIterator()
        let first = bytes.next()
        if isPlainLetter(first) { return t }
        // "- Hva ..." and "* Hva ...", the commonest marks, also on bytes.
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*"), bytes.next() == 0x20, isPlainLetter(bytes.next()) { return t.dropFirst(2) }
        let (isItem, body) = PadletTextReader.listItem(t)
        return isItem ? body.trimmingSpaces : t
    }
}
