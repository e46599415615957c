import Foundation

/// A Trello board exported as JSON (Menu → Print, export and share → Export as JSON): one object with the board's
/// `lists`, its `cards` (each in a list through `idList`), its `members` and its `actions`, newest first.
///
/// Each open card in an open list is a post: its name and description are the text, its list is its group (organisers
/// name a list after a group: "Gruppe 2 – Herøy, Sande og Ulstein"), the member who made it is the author and the time
/// it was made is when it was posted. A description's Markdown is read as a Markdown cell of any table is. Cards in a list of questions ("Spørsmål til gruppene") ask what the others answer.
///
/// ```swift
/// TrelloBoard.records(board)   // nil when the object is not a Trello board
/// // [(1, ["text": "Skyss og ferje\n\nElevene fra Sande ...", "group": "Gruppe 2 – Herøy, Sande og Ulstein",
/// //       "author": "Guro Myklebust", "posted": "2025-02-06T08:42:51.867Z", "question": "Hvordan kan ...?"])]
/// ```
enum TrelloBoard {
    /// The board's cards as a table's records, each with its index in `cards`; nil when `board` has no cards in lists.
    static func records(_ board: [String: Any]) -> [(index: Int, record: [String: Any])]? {
        guard let cards = board["cards"] as? [[String: Any]], let lists = board["lists"] as? [[String: Any]],
              !cards.isEmpty, cards.allSatisfy({ $0["idList"] is String }) else { return nil }
        func byID(_ objects: [[String: Any]]?) -> [String: [String: Any]] {
            Dictionary((objects ?? []).compactMap { o in (o["id"] as? String).map { ($0, o) } }, uniquingKeysWith: { a, _ in a })
        }
        let listOf = byID(lists), members = byID(board["members"] as? [[String: Any]]), labels = byID(board["labels"] as? [[String: Any]])
        func isClosed(_ object: [String: Any]?) -> Bool { object?["closed"] as? Bool == true }
        func memberName(_ member: [String: Any]?) -> String? {
            ["fullName", "username"].lazy.compactMap { member?[$0] as? String }.first { !$0.isEmpty }
        }
        // Who made each card and when, from the board's createCard actions.
        var made: [String: (author: String?, date: String?)] = [:]
        for action in (board["actions"] as? [[String: Any]]) ?? [] where action["type"] as? String == "createCard" {
            guard let card = ((action["data"] as? [String: Any])?["card"] as? [String: Any])?["id"] as? String else { continue }
            let creator = memberName(action["memberCreator"] as? [String: Any]) ?? memberName(members[action["idMemberCreator"] as? String ?? ""])
            made[card] = (creator, action["date"] as? String)
        }
        let open = cards.indices.filter { !isClosed(cards[$0]) && !isClosed(listOf[cards[$0]["idList"] as! String]) }
        func listName(_ card: [String: Any]) -> String { listOf[card["idList"] as! String]?["name"] as? String ?? "" }
        let asking = open.filter { isQuestionList(listName(cards[$0])) }
        let questions = asking.compactMap { cards[$0]["name"] as? String }
        let asks = Set(asking)
        return open.filter { !asks.contains($0) }.map { index in
            let card = cards[index]
            let name = card["name"] as? String ?? "", description = String((card["desc"] as? String ?? "").trimmingWhitespace)
            var record: [String: Any] = ["text": description.isEmpty ? name : name + "\n\n" + description, "group": listName(card)]
            let id = card["id"] as? String ?? ""
            record["author"] = made[id]?.author ?? (card["idMembers"] as? [String])?.lazy.compactMap { memberName(members[$0]) }.first
            record["posted"] = made[id]?.date ?? objectIDTime(id)
            if questions.count == 1 { record["question"] = questions[0] }
            let names = ((card["idLabels"] as? [String]) ?? []).compactMap { labels[$0]?["name"] as? String }.filter { !$0.isEmpty }
            if !names.isEmpty { record["labels"] = names.joined(separator: ", ") }
            return (index, record)
        }
    }

    /// Whether a list holds the organisers' questions rather than a group's answers.
    static func isQuestionList(_ name: String) -> Bool {
        let first = name.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        return ["spørsmål", "spørsmåla", "spørsmålene", "oppgave", "oppgåve", "oppgaver", "oppgåver", "questions", "question", "tasks",
                "task"].contains(first)
    }

    /// The time a Trello id was made: its first eight hex digits are seconds since 1970 (a MongoDB object id), written
    /// as ISO 8601 in UTC. Nil for other ids.
    static func objectIDTime(_ id: String) -> String? {
        guard id.utf8.count == 24, id.allSatisfy(\.isHexDigit), let seconds = UInt32(id.prefix(8), radix: 16) else { return nil }
        return ISODate.string(Date(timeIntervalSince1970: TimeInterval(seconds))) + "Z"
    }
}
