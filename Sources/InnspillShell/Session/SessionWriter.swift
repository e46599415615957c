/// Writes the text of a session file from the journal of state-changing commands.
enum SessionWriter {
    static func text(journal: [String]) -> String {
        var lines = [
            "# Innspill session written by .save",
            "# Run it with: innspill FILE   (or .read FILE at the prompt)",
        ]
        lines.append(contentsOf: journal)
        return lines.joined(separator: "\n") + "\n"
    }
}
