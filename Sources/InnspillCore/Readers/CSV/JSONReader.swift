import Foundation

/// Reads JSON: an array of objects, or JSON Lines (one object per line).
enum JSONReader {
    /// The line (1-based) each element of a JSON array starts on, in order: one pass over the bytes that
    /// follows strings and nesting (JSONSerialization tells no positions), so a row's `line` is its own.
    /// With `member`, the array is that member's value in the top-level object (`{"posts": [...]}`).
    ///
    /// ```swift
    /// JSONReader.elementLines("[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"}\n]")   // [2, 3]
    /// JSONReader.elementLines("{\"posts\": [\n  {\"text\": \"a\"}\n]}", member: "posts")   // [2]
    /// ```
    static func elementLines(_ text: String, member: String? = nil) -> [Int] {
        var lines: [Int] = []
        var line = 1, depth = 0
        var inString = false, escaped = false, expectingElement = false
        // The array's depth once it opens: 1 for a top-level array, 2 for a member's.
        var arrayDepth = member == nil ? 1 : 0
        var key: [UInt8] = [], lastKey: [UInt8] = []
        let wanted = Array((member ?? "").utf8)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    lastKey = key
                    continue
                }
                if depth == 1 { key.append(byte) }
                continue
            }
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if depth == arrayDepth, expectingElement, !isSpace, byte != UInt8(ascii: "]") {
                lines.append(line)
                expectingElement = false
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                key = []
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if member != nil, depth == 2, byte == UInt8(ascii: "["), lines.isEmpty, lastKey == wanted { arrayDepth = 2 }
                if depth == arrayDepth { expectingElement = true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if member != nil, depth == arrayDepth, byte == UInt8(ascii: "]") { return lines }
                depth -= 1
            case UInt8(ascii: ","): if depth == arrayDepth { expectingElement = true }
            default: break
            }
        }
        return lines
    }

    /// Member names under which an export wraps its records: `{"posts": [...]}`.
    static let recordMembers = ["posts", "wishes", "items", "data", "records", "results", "entries", "rows", "responses", "innlegg", "svar"]

    /// The member of a top-level object that holds the records: one of `recordMembers` whose value is an array
    /// of objects, or else the only member that is; nil when there is none, or several and none of those names.
    static func recordMember(of object: [String: Any]) -> String? {
        let arrays = object.keys.sorted().filter { key in
            guard let array = object[key] as? [Any], !array.isEmpty else { return false }
            return array.allSatisfy { $0 is [String: Any] }
        }
        return recordMembers.first(where: arrays.contains) ?? (arrays.count == 1 ? arrays[0] : nil)
    }

    static func rows(_ text: String, lines: Bool, path: String) throws -> (header: [String], rows: [(cells: [String?], line: Int)]) {
        var objects: [([String: Any], Int)] = []
        if lines {
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let t = line.trimmingSpaces
                if t.isEmpty { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(t.utf8)) as? [String: Any] else {
                    throw InnspillError("line \(i + 1) is not a JSON object", hint: "each line of a JSON Lines file must be one {...} object",
                                        location: .file(path, line: i + 1))
                }
                objects.append((object, i + 1))
            }
        } else {
            let parsed: Any
            do {
                // Fragments allowed, so a lone string or number is reported as "not an array of objects".
                parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            } catch {
                throw InnspillError("not valid JSON: \(JSONReader.reason(error))",
                                    hint: "check the file there: a missing comma, quote or bracket, or an export cut short",
                                    location: .file(path, line: JSONReader.line(of: error, in: text)))
            }
            // A JSON:API document (Padlet's API): the posts among the resources, with what they link to.
            if let document = parsed as? [String: Any], let records = JSONReader.linkedResources(document) {
                let lines = JSONReader.elementLines(text, member: "included")
                for (index, record) in records { objects.append((record, index < lines.count ? lines[index] : 1)) }
            }
            // A Trello board: its cards, with the lists, members and actions they refer to.
            if objects.isEmpty, let board = parsed as? [String: Any], let cards = TrelloBoard.records(board) {
                let lines = JSONReader.elementLines(text, member: "cards")
                for (index, record) in cards { objects.append((record, index < lines.count ? lines[index] : 1)) }
            }
            // An export may wrap its records in an object: {"board": ..., "posts": [ {...}, ... ]}.
            let member = objects.isEmpty ? (parsed as? [String: Any]).flatMap(JSONReader.recordMember) : nil
            guard let array = member.map({ (parsed as! [String: Any])[$0] }) as? [Any] ?? parsed as? [Any] ?? (objects.isEmpty ? nil : []) else {
                throw InnspillError("the JSON is not an array of objects",
                                    hint: "expected [ {\"text\": ...}, ... ], or an object holding one such array (\"posts\": [...])",
                                    location: .file(path, line: nil))
            }
            let lines = JSONReader.elementLines(text, member: member)
            for (i, element) in array.enumerated() {
                let line = i < lines.count ? lines[i] : nil
                guard let object = element as? [String: Any] else {
                    throw InnspillError("element \(i + 1) of the JSON array is not an object", hint: "expected [ {\"text\": ...}, ... ]",
                                        location: .file(path, line: line))
                }
                objects.append((object, line ?? 1))
            }
        }
        if let messages = SlackExport.records(objects.map(\.0)) {
            objects = messages.map { index, record in (record, objects[index].1) }
        }
        objects = objects.flatMap { object, line in JSONReader.answerRows(object).map { (JSONReader.flattened($0), line) } }
        var header: [String] = []
        var seen = Set<String>()
        for (object, _) in objects { for key in object.keys.sorted() where seen.insert(key).inserted { header.append(key) } }
        // Every row is as wide as the header: objects that each bring keys of their own would take quadratic time.
        guard header.count <= JSONReader.maximumKeys else {
            throw InnspillError("the JSON objects have \(header.count) different keys; Innspill reads at most \(JSONReader.maximumKeys)",
                                hint: "give the objects the same keys, like the columns of a table: [ {\"text\": ..., \"group\": ...}, ... ]",
                                location: .file(path, line: nil))
        }
        let rows = objects.map { object, line in
            (cells: header.map { key -> String? in object[key].flatMap(JSONReader.string) }, line: line)
        }
        return (header, rows)
    }

    /// The posts of a JSON:API document (`{"data": ..., "included": [{"id", "type", "attributes", "relationships"}]}`,
    /// as Padlet's API answers), with their index in "included": each post's attributes, and for each resource it
    /// links to (its section, its author) that resource's title or name under the link's name. Comments are left out,
    /// as a CSV export leaves them. Nil for other JSON.
    ///
    /// ```swift
    /// // {"included": [{"id": "s1", "type": "section", "attributes": {"title": "Økt 1"}},
    /// //               {"id": "p1", "type": "post", "attributes": {"body": "Mer tid."},
    /// //                "relationships": {"section": {"data": {"id": "s1", "type": "section"}}}}]}
    /// // gives [(1, ["post_id": "p1", "body": "Mer tid.", "section": "Økt 1"])]
    /// ```
    static func linkedResources(_ document: [String: Any]) -> [(index: Int, record: [String: Any])]? {
        guard let included = document["included"] as? [[String: Any]],
              included.allSatisfy({ $0["type"] is String && $0["id"] != nil }) else { return nil }
        let resources = included + ((document["data"] as? [[String: Any]]) ?? (document["data"] as? [String: Any]).map { [$0] } ?? [])
        func key(_ resource: [String: Any]) -> String { "\(resource["type"]!)/\(resource["id"].flatMap(JSONReader.string) ?? "")" }
        var byKey: [String: [String: Any]] = [:]
        for resource in resources where resource["type"] is String { byKey[key(resource)] = resource }
        let postTypes: Set<String> = ["post", "posts", "wish", "wishes"]
        let posts = included.indices.filter { postTypes.contains((included[$0]["type"] as! String).lowercased()) }
        guard !posts.isEmpty else { return nil }
        return posts.map { index in
            let resource = included[index]
            var record = (resource["attributes"] as? [String: Any]) ?? [:]
            record["post_id"] = resource["id"]
            for (name, link) in (resource["relationships"] as? [String: Any]) ?? [:] {
                guard let data = (link as? [String: Any])?["data"] as? [String: Any], data["type"] is String,
                      let linked = byKey[key(data)]?["attributes"] as? [String: Any],
                      let value = ["title", "name", "username"].lazy.compactMap({ linked[$0] as? String }).first else { continue }
                record[name] = value
            }
            return (index, record)
        }
    }

    /// An object's members as columns, with a nested object's members as columns of their own (Padlet's API nests
    /// a post's subject and body in "attributes" and "content"): under their own name unless the row has that
    /// already, else under their path ("webUrl.live"). An object's name is the value of its member: {"author": {"name":
    /// "Kari Berg", "username": "kberg"}} is written by Kari Berg, {"gruppe": {"namn": "Gruppe 1", "kommunar": ...}} is
    /// group 1 (with its municipalities).
    ///
    /// ```swift
    /// JSONReader.flattened(["id": 1, "attributes": ["content": ["body": "Mer tid."]]]).keys.sorted()  // ["body", "id"]
    /// ```
    static func flattened(_ object: [String: Any]) -> [String: Any] {
        func isNested(_ value: Any) -> Bool { value is [String: Any] }
        guard object.values.contains(where: isNested) else { return object }
        var out: [String: Any] = object.filter { !isNested($0.value) }
        var level = object.keys.sorted().filter { isNested(object[$0]!) }.map { ($0, object[$0] as! [String: Any]) }
        // Breadth first, so a shallower member keeps the plain name.
        while !level.isEmpty {
            var next: [(String, [String: Any])] = []
            for (path, nested) in level {
                for key in nested.keys.sorted() {
                    let value = nested[key]!
                    let names = value is String && out[path] == nil
                        && (["name", "navn", "namn"].contains(key.lowercased()) || JSONReader.titles(key, of: path, nested))
                    let name = names ? path : out[key] == nil ? key : path + "." + key
                    if isNested(value) { next.append((name, value as! [String: Any])) } else if out[name] == nil { out[name] = value }
                }
            }
            level = next
        }
        return out
    }

    /// Whether `key` is the title that names an object under `path` that is a section or a group ({"section": {"title":
    /// "Tema 1"}}) and has no name of its own. (Another object's title is a title: {"attributes": {"title": ...}}.)
    private static func titles(_ key: String, of path: String, _ object: [String: Any]) -> Bool {
        guard ["title", "tittel", "label"].contains(key.lowercased()),
              !object.keys.contains(where: { ["name", "navn", "namn"].contains($0.lowercased()) }) else { return false }
        let field = TableReader.nameKey(String(path.split(separator: ".").last ?? ""))
        return ["section", "group"].contains { TableReader.aliases[$0]!.contains { TableReader.nameKey($0) == field } }
    }

    /// A survey's response that holds its answers in an array of objects (`{"respondent": ..., "answers": [{"question":
    /// ..., "value": ...}]}`) and no text of its own: a row per answer, with the response's other members. An answer's
    /// "value" is its text. Other records stay one row (a post's array of attachments is no answers).
    ///
    /// ```swift
    /// JSONReader.answerRows(["group": "Gruppe 1", "answers": [["question": "Hva?", "value": "Mer tid."]]])
    /// // [["group": "Gruppe 1", "question": "Hva?", "text": "Mer tid."]]
    /// ```
    static func answerRows(_ object: [String: Any]) -> [[String: Any]] {
        let textKeys = Set(TableReader.aliases["text"]!.map(TableReader.nameKey))
        let hasText = { (o: [String: Any]) in o.keys.contains { textKeys.contains(TableReader.nameKey($0)) } }
        guard !hasText(object) else { return [object] }
        let member = object.keys.sorted().first { key in
            guard let answers = object[key] as? [[String: Any]], !answers.isEmpty else { return false }
            return answers.contains { answer in hasText(answer) || answer.keys.contains { JSONReader.valueKeys.contains($0.lowercased()) } }
        }
        guard let member, let answers = object[member] as? [[String: Any]] else { return [object] }
        var response = object
        response[member] = nil
        return answers.map { answer in
            var row = response
            for (key, value) in answer {
                if JSONReader.valueKeys.contains(key.lowercased()), !hasText(answer) { row["text"] = value; continue }
                row[row[key] == nil ? key : member + "." + key] = value
            }
            return row
        }
    }

    /// The keys an answer object gives its text under, besides the names of a text column.
    static let valueKeys: Set<String> = ["value", "verdi"]

    /// The most different keys the objects of one file may have (columns of the table they make).
    static let maximumKeys = 1000

    /// A value as cell text. Line ends written into a string ("a\r\nb") become "\n", as the file's
    /// own line ends do when it is decoded: a "\r" left in a unit's text moved the cursor back at the
    /// prompt and stayed in its exports.
    static func string(_ value: Any) -> String? {
        switch value {
        case is NSNull: return nil
        case let s as String: return TextDecoding.unixLineEnds(s)
        case let n as NSNumber: return n.stringValue
        case let a as [Any]: return a.compactMap(string).joined(separator: ", ")
        // A person or place as an object of its own ({"name": "Kari Berg", "username": "kberg"}): its name.
        case let o as [String: Any] where o["name"] is String || o["navn"] is String:
            return string(o["name"] ?? o["navn"]!)
        default:
            guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// The line a parse error points at: the parser names a line, or a character (byte) offset.
    static func line(of error: Error, in text: String) -> Int? {
        guard let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return nil }
        func number(after word: String) -> Int? {
            guard let range = description.range(of: word + " ") else { return nil }
            return Int(description[range.upperBound...].prefix(while: \.isASCIIDigit))
        }
        if let line = number(after: "line") { return line }
        guard let offset = number(after: "character") else { return nil }
        return text.utf8.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    private static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "it could not be parsed"
    }
}
