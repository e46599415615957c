import Foundation

/// A channel's day file from a Slack workspace export (`#kanal/2025-01-28.json`): an array of messages, each with
/// `type: "message"`, the sender's id in `user` and name in `user_profile.real_name`, the time as seconds since 1970
/// in `ts`, and its text in Slack's markup (`<@U05KMYKL3>` for a person, `<https://…|label>` for a link, `&amp;`,
/// `*bold*`, `:emoji:`).
///
/// Its records are turned into the rows a table of posts would have (text, author, ts, question): people joining
/// and leaving, bots' messages (a calendar's reminder) and the host's own messages are left out; a message the host
/// opens a thread with asks the question the thread's replies answer.
///
/// ```swift
/// SlackExport.records(messages)   // nil when the objects are not Slack messages
/// // [(2, ["text": "Gruppe 1: Det betyr ...", "author": "Sunniva Dale", "ts": "1738056258.000100", "question": "Hva betyr ...?"])]
/// ```
enum SlackExport {
    /// The objects as a table's records, each with the index of the message it comes from, or nil when they are not
    /// Slack messages (most have `type: "message"` and `ts`).
    static func records(_ objects: [[String: Any]]) -> [(index: Int, record: [String: Any])]? {
        func isMessage(_ object: [String: Any]) -> Bool { object["type"] as? String == "message" && object["ts"] is String }
        let messageCount = objects.count { isMessage($0) }
        guard messageCount > 0, messageCount * 2 > objects.count else { return nil }
        var names: [String: String] = [:]
        for message in objects where isMessage(message) {
            if let user = message["user"] as? String, let profile = message["user_profile"] as? [String: Any],
               let name = ["real_name", "display_name", "name"].lazy.compactMap({ profile[$0] as? String }).first(where: { !$0.isEmpty }) {
                names[user] = name
            }
        }
        let spoken = objects.indices.filter { index in
            isMessage(objects[index]) && (objects[index]["subtype"] as? String).map { !systemSubtypes.contains($0) } ?? true
        }
        // A thread's first message (its own ts is its thread_ts, and it has replies) is the host's question.
        let openers = spoken.map { objects[$0] }.filter { message in
            (message["reply_count"] as? Int ?? 0) > 0 && message["thread_ts"] as? String == message["ts"] as? String
        }
        let hosts = Set(openers.compactMap { $0["user"] as? String })
        var questionOfThread: [String: String] = [:]
        for opener in openers {
            guard let thread = opener["thread_ts"] as? String else { continue }
            questionOfThread[thread] = plainText(opener["text"] as? String ?? "", names: names)
                .split(separator: "\n").map { $0.trimmingSpaces }.last { $0.hasSuffix("?") }.map(String.init)
        }
        return spoken.compactMap { index in
            let message = objects[index]
            guard let user = message["user"] as? String, !hosts.contains(user) else { return nil }
            var record: [String: Any] = ["text": plainText(message["text"] as? String ?? "", names: names), "ts": message["ts"]!]
            record["author"] = names[user] ?? user
            if let thread = message["thread_ts"] as? String, let question = questionOfThread[thread] { record["question"] = question }
            return (index, record)
        }
    }

    /// Messages Slack writes itself, or a bot or an app sends: not what anyone in the channel wrote.
    static let systemSubtypes: Set<String> = ["channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
                                              "channel_archive", "channel_unarchive", "group_join", "group_leave", "bot_message",
                                              "bot_add", "bot_remove", "pinned_item", "unpinned_item", "reminder_add", "tombstone"]

    /// Slack's markup as plain text: a person's mention as their name, a link as its label (or its address), entities
    /// decoded, and `*bold*`, `_italic_`, `~struck~` and `:emoji:` codes taken out.
    ///
    /// ```swift
    /// SlackExport.plainText("<@U05> har lenka: <https://padlet.com/x|tavla vår> :wave: *viktig* &amp; mer", names: ["U05": "Knut"])
    /// // "Knut har lenka: tavla vår viktig & mer"
    /// ```
    static func plainText(_ text: String, names: [String: String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let inside = rest[rest.index(after: open)..<close]
            if inside.hasPrefix("@") {
                let id = inside.dropFirst().prefix { $0 != "|" }
                out += names[String(id)] ?? String(inside.split(separator: "|").last ?? id)
            } else if inside.hasPrefix("#") || inside.hasPrefix("!") {
                out += inside.split(separator: "|").last.map { "#" + $0 } ?? ""
            } else {
                out += inside.split(separator: "|", maxSplits: 1).last ?? inside
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        out = out.replacingOccurrences(of: #"(?<![\w:]):[a-z0-9_+\-]+:(?![\w:])"#, with: "", options: .regularExpression)
        out = out.replacingOccurrences(of: #"(?<!\w)([*_~])(\S(?:[^\n]*?\S)?)\1(?!\w)"#, with: "$2", options: .regularExpression)
        out = out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        // An emoji taken out of "alle! :wave: Her" leaves two spaces.
        out = out.replacingOccurrences(of: #"[ \t]{2,}"#, with: " ", options: .regularExpression)
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }.joined(separator: "\n")
    }
}
