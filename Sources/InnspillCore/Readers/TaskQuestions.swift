import InnspillText

/// The questions of a seminar's task as the groups restate them over their answers: a question line that two or more
/// posts hold, or that a prompt asks. A question is known by its first five words, so "Hva trenger vi svar på før vi
/// søker?" and "Hva trenger vi svar på før vi søker/i løpet av våren?" are one.
///
/// The segmenter asks them to tell a task question written as a bulleted heading ("- Hva kan prosjektet bidra med i
/// egen kommune?") from a group's own question inside its answer ("Hva er pitchen for å selge det inn til ledelsen?").
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
    /// posts. Only lines that open with a question word are repaired (with `repairer`) and compared, on all cores.
    init(drafts: borrowing [DraftUnit], repairer: LineRepairing?) {
        let found = Parallel.map(drafts.count, minimumChunk: 256) { i -> (isPrompt: Bool, keys: Set<String>) in
            let draft = drafts[i]
            if draft.kind == .prompt { return (true, draft.question.flatMap(TaskQuestions.key).map { [$0] } ?? []) }
            guard draft.kind == .post else { return (false, []) }
            var keys = Set<String>()
            let lines = draft.lines
            for k in lines.indices {
                let t = lines[k].trimmed.trimmingSpaces
                guard TaskQuestions.opensWithQuestionWord(t) else { continue }
                // A question wrapped over two lines of the source ends on the next.
                let next = lines.index(after: k) < lines.endIndex ? lines[k + 1].trimmed.trimmingSpaces : ""
                guard t.hasSuffix("?") || !".!:".contains(t.last ?? ".") && next.hasSuffix("?") else { continue }
                let line = repairer?.repair(line: String(t)).0 ?? String(t)
                if let key = TaskQuestions.key(line) { keys.insert(key) }
            }
            return (false, keys)
        }
        var posts: [String: Int] = [:]
        var asked = Set<String>()
        for (isPrompt, keys) in found {
            if isPrompt { asked.formUnion(keys) } else { for key in keys { posts[key, default: 0] += 1 } }
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
        let t = Substring(line).trimmingSpaces
        guard opensWithQuestionWord(t) else { return nil }
        let words = withoutMark(t).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(5)
        return words.joined(separator: " ")
    }

    /// Whether a line, after a bullet or number, starts with a question word ("Hva", "Kva", "Hvordan" ...).
    static func opensWithQuestionWord(_ t: Substring) -> Bool {
        // Every line of a load comes here: a question word starts with h or k (after a mark of up to 4 bytes).
        guard t.utf8.prefix(6).contains(where: { $0 | 0x20 == UInt8(ascii: "h") || $0 | 0x20 == UInt8(ascii: "k") || $0 | 0x20 == UInt8(ascii: "n") }) else {
            return false
        }
        let lower = withoutMark(t).prefix(12).lowercased()
        return Segmenter.interrogatives.contains { lower.hasPrefix($0 + " ") }
    }

    /// A line without its bullet ("- ", "• ") or number ("1. ", "2) ").
    static func withoutMark(_ t: Substring) -> Substring {
        let (isItem, body) = PadletTextReader.listItem(t)
        return isItem ? body.trimmingSpaces : t
    }
}
