import Foundation
import InnspillCore

/// Tab completion at the prompt: command names first, then what each command
/// takes — paths, field names, the values a field holds (municipality names
/// with æøå, sections, groups, tags), plugin names and options.
public struct Completion {
    public var context: CommandContext
    /// Names of the compiled-in chart plugins.
    public var plugins: [String]

    public init(context: CommandContext, plugins: [String]) {
        self.context = context
        self.plugins = plugins
    }

    /// The start of the word being completed and the candidates for it.
    public func candidates(forLineBeforeCursor line: String) -> (Int, [String]) {
        let chars = Array(line)
        // The word being typed starts after the last space, comma, '(' or an opening quote.
        var start = chars.count
        var inQuote = false
        for (i, c) in chars.enumerated() where c == "\"" { inQuote.toggle(); if inQuote { start = i } }
        if !inQuote {
            start = chars.count
            while start > 0, !" ,(".contains(chars[start - 1]) { start -= 1 }
        }
        let word = String(chars[start...])
        let before = String(chars[..<start])
        let words = before.split(whereSeparator: { $0 == " " }).map(String.init)
        guard let commandName = words.first else {
            return (start, CommandRegistry.names.filter { $0.hasPrefix(word.lowercased()) }.sorted())
        }
        guard let command = CommandRegistry.command(named: commandName) else { return (start, []) }
        var pool: [String] = []
        let fieldNames = context.workspace.fields.fields.map(\.name)
        // A path follows 'to' (chart ... to FILE), or stands first for commands that take one.
        if words.last?.lowercased() == "to" || command.completion.first == .paths && words.count == 1 {
            return (start, paths(matching: word))
        }
        // A keyword's own words, and nothing else, right after it.
        for case .after(let keyword, let options) in command.completion where words.last?.lowercased() == keyword {
            return (start, options.filter { Completion.matches($0, word) })
        }
        for source in command.completion {
            switch source {
            case .after: continue
            case .paths: continue
            case .columns: pool += context.lastResult?.columns.map(\.name) ?? []
            case .words(let options): pool += options
            case .plugins: pool += plugins
            case .commands: pool += CommandRegistry.names
            case .corpora: pool += context.workspace.corpora.map(\.name)
            case .selections: pool += context.workspace.savedSelections.keys
            case .fields:
                // After "FIELD =" or "FIELD in (" offer the field's values, else field names.
                if let field = fieldBeforeOperator(before), let values = values(of: field) {
                    let quoted = values.map { $0.contains(" ") || $0.contains(",") ? "\"\($0)\"" : $0 }
                    let typed = word.hasPrefix("\"") ? word : word
                    return (start, quoted.filter { Completion.matches($0, typed) }.sorted())
                }
                pool += fieldNames
                // The Norwegian and singular names ("kommune", "fylke") when no field's own name fits what is typed.
                if !word.isEmpty, !fieldNames.contains(where: { Completion.matches($0, word) }) {
                    pool += context.workspace.fields.fields.flatMap(\.aliases)
                }
            }
        }
        return (start, Array(Set(pool.filter { Completion.matches($0, word) })).sorted())
    }

    static func matches(_ candidate: String, _ typed: String) -> Bool {
        candidate.lowercased().hasPrefix(typed.lowercased()) ||
            candidate.lowercased().hasPrefix("\"" + typed.lowercased().drop(while: { $0 == "\"" }))
    }

    /// The field name in `... FIELD =`, `FIELD !=`, `FIELD in (`, `FIELD in (a,` before the cursor.
    private func fieldBeforeOperator(_ before: String) -> String? {
        var tokens = before.replacingOccurrences(of: "(", with: " ( ").replacingOccurrences(of: ",", with: " , ")
            .split(separator: " ").map(String.init)
        // Drop values already typed inside "in ( a , b ,".
        if let open = tokens.lastIndex(of: "("), !tokens[open...].contains(")"), open >= 2, tokens[open - 1].lowercased() == "in" {
            tokens = Array(tokens[..<(open - 1)]) + ["="]
        }
        guard tokens.count >= 2, ["=", "!=", "~"].contains(tokens[tokens.count - 1]) else { return nil }
        return tokens[tokens.count - 2]
    }

    /// The distinct values a field takes in the loaded units (nil for fields that are not text).
    func values(of field: String) -> [String]? {
        let ws = context.workspace
        let registry = ws.fields
        guard let descriptor = registry.field(named: field), ![.integer, .date].contains(descriptor.type) else { return nil }
        if descriptor.name == "kind" { return UnitKind.allCases.map(\.rawValue) }
        let all = (try? registry.values(of: field, units: ws.units, indices: Array(ws.units.indices),
                                        context: QueryEnvironment.context(ws, clusters: context.clusters))) ?? []
        return Array(Set(all.joined()))
    }

    /// Files and folders whose path starts with `prefix` (relative to the base folder), quoted where they hold a space.
    private func paths(matching prefix: String) -> [String] {
        let typed = prefix.hasPrefix("\"") ? String(prefix.dropFirst()) : prefix
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let namePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let folder = folderPart.isEmpty ? context.baseDirectory : context.resolve(folderPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasPrefix(namePart) && (!$0.hasPrefix(".") || namePart.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            let path = folderPart + name + (isDirectory.boolValue ? "/" : "")
            // A path with a space is quoted, as the command line needs it; a folder's quote stays open to go on typing.
            guard prefix.hasPrefix("\"") || path.contains(" ") else { return path }
            return "\"" + path + (isDirectory.boolValue ? "" : "\"")
        }
    }
}
