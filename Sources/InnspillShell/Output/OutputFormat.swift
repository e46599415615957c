import Foundation
import InnspillCore

/// Prints a result table in the current `.mode`: aligned text for the terminal,
/// or the same writers `export` uses for csv, tsv, json and markdown.
public enum OutputFormat {
    /// The mode results are written in: a file named for a format (`.once groups.csv`, `.output report.md`) gets that
    /// format while the mode is the terminal's `table`; a mode chosen with `.mode` stays.
    ///
    /// ```swift
    /// OutputFormat.mode(writingTo: "kommuner.csv", in: .table)   // .csv
    /// OutputFormat.mode(writingTo: "rapport.txt", in: .table)    // .table
    /// OutputFormat.mode(writingTo: "kommuner.csv", in: .json)    // .json
    /// ```
    public static func mode(writingTo path: String?, in mode: ShellControls.Mode) -> ShellControls.Mode {
        guard mode == .table, let path else { return mode }
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv": return .tsv
        case "json": return .json
        case "md", "markdown": return .markdown
        default: return mode
        }
    }

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
