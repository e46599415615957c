import InnspillCore

/// Prints a result table in the current `.mode`: aligned text for the terminal,
/// or the same writers `export` uses for csv, tsv, json and markdown.
public enum OutputFormat {
    public static func render(_ table: Table, mode: ShellControls.Mode, width: Int) -> String {
        switch mode {
        case .table: return TableRenderer.text(table, width: width)
        case .csv: return TableExport.render(table, as: .csv)
        case .tsv: return TableExport.render(table, as: .tsv)
        case .json: return TableExport.render(table, as: .json)
        case .markdown: return TableExport.render(table, as: .markdown)
        }
    }
}
