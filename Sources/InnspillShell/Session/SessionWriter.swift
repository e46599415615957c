import Foundation

/// A command line `.save` keeps, with the file it wrote, if any: the path as typed and where that was, so the
/// session file can name the file from its own folder.
///
/// ```swift
/// // typed in /work as 'chart bar to rapport/fylker.png', saved as rapport/2025.innspill:
/// JournalLine("chart bar to rapport/fylker.png", writing: "rapport/fylker.png", in: context)
///     .text(from: "/work/rapport")   // "chart bar to fylker.png"
/// ```
public struct JournalLine: Equatable, Sendable {
    public let line: String
    /// The path of the file the command wrote, as it stands in `line`.
    let typedPath: String?
    /// That path resolved where the command ran.
    let absolutePath: String?

    init(_ line: String) {
        self.line = line
        typedPath = nil
        absolutePath = nil
    }

    init(_ line: String, writing path: String?, in context: CommandContext) {
        self.line = line
        typedPath = path
        absolutePath = path.map { URL(fileURLWithPath: context.resolve($0)).standardizedFileURL.path }
    }

    /// The line as a session file in `folder` writes it: a file written inside that folder named from there,
    /// one outside it by its absolute path. (A session file's relative paths are read from its own folder.)
    func text(from folder: String) -> String {
        guard let typed = typedPath, let absolute = absolutePath else { return line }
        let inside = URL(fileURLWithPath: folder).standardizedFileURL.path
        let prefix = inside.hasSuffix("/") ? inside : inside + "/"
        let written = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
        guard written != typed else { return line }
        // The path as the line has it: quoted when it was typed so.
        for form in ["\"\(typed)\"", "'\(typed)'", typed] {
            if let range = line.range(of: form, options: .backwards) {
                return line.replacingCharacters(in: range, with: SessionQuoting.quote(written))
            }
        }
        return line
    }
}

/// Writes the text of a session file from the journal of state-changing commands.
enum SessionWriter {
    /// The session file's text; `folder` is where it is written, from which its paths of files written are named.
    static func text(journal: [JournalLine], folder: String) -> String {
        var lines = [
            "# Innspill session written by .save",
            "# Run it with: innspill FILE   (or .read FILE at the prompt)",
        ]
        lines.append(contentsOf: journal.map { $0.text(from: folder) })
        return lines.joined(separator: "\n") + "\n"
    }
}
