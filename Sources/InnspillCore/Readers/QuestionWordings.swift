import InnspillText

/// One wording for each question a seminar's groups restate in their own words. Groups copy the task's questions over
/// their answers with small changes ("Hva trenger vi svar på før vi søker/ i løpet av våren?", "Hva må vi ha svar på
/// før vi søker/i løpet av våren?", "Hva trenger vi svar på?"), and counting answers by question needs them as one.
///
/// Two wordings are one question when they open with the same five words (`TaskQuestions.key`), or when their words
/// (stemmed, without stop words) are three quarters the same: "Hva tenker vi prosjektet kan bidra med i vår kommune?"
/// and "Hva kan prosjektet bidra med i vår kommune" are; "Hva kan prosjektet bidra med?" and "Hva kan kommunen bidra
/// med i prosjektet?" are not (two of three). A question asked by a prompt names its wordings; else the wording most
/// units have (the first of them on a tie). Two prompts' questions are never made one.
///
/// ```swift
/// let wordings = QuestionWordings(["Hva trenger vi svar på før vi søker?", "Hva trenger vi svar på før vi søker?",
///                                  "Hva trenger vi svar på?"], prompts: [])
/// wordings.wording(of: "Hva trenger vi svar på?")   // "Hva trenger vi svar på før vi søker?"
/// ```
struct QuestionWordings {
    private var chosen: [String: String] = [:]

    /// The wordings of `questions` (one entry per unit that has the question, in the units' order) and of the prompts'
    /// questions `prompts`.
    init(_ questions: [String], prompts: [String]) {
        var count: [String: Int] = [:]
        var wordings: [String] = []  // distinct, in order of first use
        for question in prompts + questions {
            if count[question] == nil { wordings.append(question) }
            count[question, default: 0] += 1
        }
        let promptQuestions = Set(prompts)
        var merged = Partition(wordings.count, prompts: wordings.indices.filter { promptQuestions.contains(wordings[$0]) })

        var byKey: [String: Int] = [:]
        for (i, wording) in wordings.enumerated() {
            guard let key = TaskQuestions.key(wording) else { continue }
            if let first = byKey[key] { merged.join(first, i) } else { byKey[key] = i }
        }
        let words = wordings.map(QuestionWordings.contentWords)
        for (i, j) in QuestionWordings.similarPairs(words) { merged.join(i, j) }

        var best: [Int: Int] = [:]  // a question's root -> the index of its wording
        for i in wordings.indices {
            let root = merged.root(i)
            guard let current = best[root] else {
                best[root] = i
                continue
            }
            let isPrompt = promptQuestions.contains(wordings[i]), currentIsPrompt = promptQuestions.contains(wordings[current])
            if !currentIsPrompt && (isPrompt || count[wordings[i]]! > count[wordings[current]]!) { best[root] = i }
        }
        for i in wordings.indices {
            let wording = wordings[best[merged.root(i)]!]
            if wording != wordings[i] { chosen[wordings[i]] = wording }
        }
    }

    /// The wording that stands for `question`'s question (`question` itself when no other does).
    func wording(of question: String) -> String { chosen[question] ?? question }

    /// Whether every question keeps its own wording.
    var isEmpty: Bool { chosen.isEmpty }

    /// The stems of a question's words that are not stop words, each once.
    static func contentWords(_ question: String) -> Set<String> {
        let words = question.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return Set(words.filter { !NorwegianStopwords.all.contains($0) }.map(SnowballStemmer.norwegian.stem))
    }

    /// The pairs of word sets whose overlap is at least three quarters of their union (sets of one word: the same word,
    /// as a heading "Forventningar:" is "Forventninger:"). Compared on the rarest words of
    /// each set only (prefix filtering): two sets that close share one of them, so a load's many distinct questions
    /// are not each compared with every other.
    static func similarPairs(_ sets: [Set<String>]) -> [(Int, Int)] {
        var frequency: [String: Int] = [:]
        for set in sets { for word in set { frequency[word, default: 0] += 1 } }
        var withWord: [String: [Int]] = [:]
        var pairs: [(Int, Int)] = []
        for (i, set) in sets.enumerated() where !set.isEmpty {
            let rarestFirst = set.sorted { (frequency[$0]!, $0) < (frequency[$1]!, $1) }
            // A set within 3/4 of another shares a word with it among its first n - ceil(3n/4) + 1 rarest.
            let prefix = rarestFirst.prefix(set.count - (3 * set.count + 3) / 4 + 1)
            var candidates = Set<Int>()
            for word in prefix {
                candidates.formUnion(withWord[word] ?? [])
                withWord[word, default: []].append(i)
            }
            for j in candidates.sorted() {
                let shared = set.intersection(sets[j]).count
                if 4 * shared >= 3 * set.union(sets[j]).count { pairs.append((j, i)) }
            }
        }
        return pairs
    }

    /// Wordings joined into questions (union-find), refusing to join two prompts' questions.
    private struct Partition {
        private var parent: [Int]
        private var hasPrompt: [Bool]

        init(_ count: Int, prompts: [Int]) {
            parent = Array(0 ..< count)
            hasPrompt = Array(repeating: false, count: count)
            for i in prompts { hasPrompt[i] = true }
        }

        mutating func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }

        mutating func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            guard ra != rb, !(hasPrompt[ra] && hasPrompt[rb]) else { return }
            let (low, high) = (min(ra, rb), max(ra, rb))
            parent[high] = low
            hasPrompt[low] = hasPrompt[low] || hasPrompt[high]
        }
    }
}
