import Foundation
import InnspillText

/// Options for CSV and TSV output.
///
/// ```swift
/// let csv = TableExport.csv(table, options: .excel)   // BOM, ';', decimal comma: opens right in Norwegian Excel
/// ```
public struct CSVOptions: Sendable, Equatable {
    /// The cell separator (`sep=;` on the command line).
    public var separator: Character
    /// Start with a UTF-8 byte order mark, so Excel reads æ, ø, å right.
    public var bom: Bool
    /// Write decimals with a comma (0,25), as Norwegian Excel expects with `;`.
    public var decimalComma: Bool
    /// Prefix text cells that start with = + - @ (or a tab or carriage return) with `'`,
    /// so a note cannot run as a spreadsheet formula. On by default. A dash before a space
    /// ("- Klargjøre ...", how half the answers' lists start) begins no formula: it is kept as written.
    public var neutraliseFormulas: Bool
    /// Line ending; RFC 4180 uses CRLF.
    public var lineEnding: String

    public init(separator: Character = ",", bom: Bool = false, decimalComma: Bool = false,
                neutraliseFormulas: Bool = true, lineEnding: String = "\r\n") {
        self.separator = separator
        self.bom = bom
        self.decimalComma = decimalComma
        self.neutraliseFormulas = neutraliseFormulas
        self.lineEnding = lineEnding
    }

    /// Plain RFC 4180 CSV: `,`, no BOM.
    public static let standard = CSVOptions()
    /// For Norwegian Excel (`excel`): `;`, BOM, decimal comma.
    public static let excel = CSVOptions(separator: ";", bom: true, decimalComma: true)
    /// Tab-separated values.
    public static let tsv = CSVOptions(separator: "\t")
}

/// Cell encoding shared by the writers.
enum Cells {
    /// One CSV/TSV cell: quoted when it holds the separator, a quote or a line break (RFC 4180),
    /// formula-neutralised when it is text.
    static func csv(_ text: String, isText: Bool, options: CSVOptions) -> String {
        var s = text
        if options.neutraliseFormulas, isText, let first = s.unicodeScalars.first,
           first == "=" || first == "+" || first == "-" && !s.hasPrefix("- ") || first == "@" || first == "\t" || first == "\r" {
            s = "'" + s
        }
        if s.contains(options.separator) || s.contains("\"") || s.contains("\n") || s.contains("\r") {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    static func csv(_ value: Value, options: CSVOptions) -> String {
        switch value {
        case .number(let d) where options.decimalComma:
            return csv(decimalComma(d), isText: false, options: options)
        case .integer, .number, .date, .null:
            return csv(value.display, isText: false, options: options)
        case .text, .list:
            return csv(value.display, isText: true, options: options)
        }
    }

    /// A number with a decimal comma (0,25), as Norwegian readers and Excel write it.
    static func decimalComma(_ d: Double) -> String { Value.format(d).replacingOccurrences(of: ".", with: ",") }

    /// A Markdown table cell: pipes and backslashes escaped, line breaks as `<br>`.
    static func markdown(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "\r\n", "\n", "\r": out += "<br>"
            default: out.append(ch)
            }
        }
        return out
    }
}

/// A small JSON writer with a fixed key order, so the same table gives the same bytes.
enum JSON {
    /// `s` as a JSON string: quotes, backslashes and control characters escaped, and U+2028/U+2029
    /// too (JavaScript reads them as line ends). Written on UTF-8 bytes, copying runs that need no
    /// escape whole: appending scalar by scalar made `export units` of 100,000 posts take 10 s.
    ///
    /// ```swift
    /// JSON.string("Bodø \"sa\"\n")   // "\"Bodø \\\"sa\\\"\\n\""
    /// ```
    static func string(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 2)
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case ..<0x20: escape = String(format: "\\u%04x", UInt32(byte))
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: escape = nil
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< i]))
                    out.append(contentsOf: escape.utf8)
                    runStart = i + length
                }
                i += length
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func value(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .text(let s): return string(s)
        case .integer(let i): return String(i)
        case .number(let d): return d.isFinite ? Value.format(d) : "null"
        case .date(let d): return string(ISODate.string(d))
        case .list(let items): return "[" + items.map(string).joined(separator: ", ") + "]"
        }
    }

    /// An object with keys in the given order.
    static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
}

/// Output formats of `export FILE` for a table, chosen by the file's extension.
public enum TableFormat: String, Sendable, CaseIterable {
    case csv, tsv, json, markdown

    /// The format for `path`'s extension (.csv, .tsv, .json, .md, .markdown), or an error.
    public init(path: String) throws {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "md", "markdown": self = .markdown
        case let ext:
            throw InnspillError(ext.isEmpty ? "'\(path)' has no extension to tell the format"
                                            : "cannot export a table as '.\(ext)'",
                                hint: "end the file name with .csv, .tsv, .json or .md")
        }
    }
}

/// Writers for result tables: `export FILE.csv|.tsv|.json|.md [fields=a,b]` and `.mode`.
///
/// ```swift
/// try TableExport.write(table, to: "out/kommuner.csv", csv: .excel)
/// print(TableExport.render(table, as: .markdown))
/// ```
public enum TableExport {
    /// The table in a format, as text.
    public static func render(_ table: Table, as format: TableFormat, csv options: CSVOptions = .standard) -> String {
        switch format {
        case .csv: return csv(table, options: options)
        case .tsv:
            var o = options
            o.separator = "\t"
            return csv(table, options: o)
        case .json: return json(table)
        case .markdown: return markdown(table, decimalComma: options.decimalComma)
        }
    }

    /// Writes the table atomically, the format from the extension; `fields` picks and orders columns.
    public static func write(_ table: Table, to path: String, fields: [String]? = nil,
                             csv options: CSVOptions = .standard) throws {
        let format = try TableFormat(path: path)
        let t = try fields.map { try table.selectingColumns($0) } ?? table
        try AtomicFile.write(Data(render(t, as: format, csv: options).utf8), to: path)
    }

    /// RFC 4180 CSV (or TSV with a tab separator), header row first.
    public static func csv(_ table: Table, options: CSVOptions = .standard) -> String {
        var out = options.bom ? "\u{FEFF}" : ""
        let sep = String(options.separator)
        out += table.columns.map { Cells.csv($0.name, isText: true, options: options) }.joined(separator: sep)
        out += options.lineEnding
        for row in table.rows {
            out += table.columns.indices.map { i in Cells.csv(i < row.count ? row[i] : .null, options: options) }
                .joined(separator: sep)
            out += options.lineEnding
        }
        return out
    }

    /// A JSON object: title, shape, columns (name, type), rows (objects in column order), notes, metadata.
    public static func json(_ table: Table) -> String {
        var out = "{\n"
        out += "  \"title\": \(JSON.string(table.title)),\n"
        out += "  \"shape\": \(JSON.string(table.shape.rawValue)),\n"
        out += "  \"columns\": [" + table.columns.map {
            JSON.object([("name", JSON.string($0.name)), ("type", JSON.string($0.kind.rawValue))])
        }.joined(separator: ", ") + "],\n"
        if table.rows.isEmpty {
            out += "  \"rows\": [],\n"
        } else {
            out += "  \"rows\": [\n"
            out += table.rows.map { row in
                "    " + JSON.object(table.columns.indices.map { i in
                    (table.columns[i].name, JSON.value(i < row.count ? row[i] : .null))
                })
            }.joined(separator: ",\n")
            out += "\n  ],\n"
        }
        out += "  \"notes\": [" + table.notes.map(JSON.string).joined(separator: ", ") + "],\n"
        out += "  \"metadata\": " + JSON.object(table.metadata.keys.sorted().map { ($0, JSON.string(table.metadata[$0]!)) }) + "\n"
        return out + "}\n"
    }

    /// A GitHub-flavoured Markdown table (numbers right-aligned), notes below it; decimals with a comma where the
    /// report is in Norwegian (`decimalComma`).
    public static func markdown(_ table: Table, decimalComma: Bool = false) -> String {
        var out = "| " + table.columns.map { Cells.markdown($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.kind == .integer || $0.kind == .number ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in table.rows {
            out += "| " + table.columns.indices.map { i in
                guard i < row.count else { return "" }
                if decimalComma, case .number(let d) = row[i] { return Cells.decimalComma(d) }
                return Cells.markdown(row[i].display)
            }.joined(separator: " | ") + " |\n"
        }
        if !table.notes.isEmpty {
            out += "\n" + table.notes.map { Cells.markdown($0) }.joined(separator: "  \n") + "\n"
        }
        return out
    }
}

/// Output formats of `export units FILE`.
public enum UnitFormat: String, Sendable, CaseIterable {
    /// `markdown`: each unit's text as a quote for a report, with who wrote it under it.
    case json, jsonl, csv, markdown

    public init(path: String) throws {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "csv": self = .csv
        case "md", "markdown": self = .markdown
        case let ext:
            throw InnspillError(ext.isEmpty ? "'\(path)' has no extension to tell the format"
                                            : "cannot export units as '.\(ext)'",
                                hint: "end the file name with .json, .jsonl, .csv or .md (quotes for a report)")
        }
    }
}

/// `export units FILE.json|.jsonl|.csv [fields=a,b]`: the units of a selection with all their fields.
///
/// Keys, in this order: id, corpus, title, date, section, question, prompt, group, author,
/// posted (ISO 8601), municipalities, counties, mentions, organisations, kind, text, raw,
/// line, url, parent, words, cluster, tags, then one key per extra column (name order).
/// Unknown values are null, unknown lists `[]`; in CSV lists are joined with "; ".
///
/// ```swift
/// try UnitExport.write(ws.units, indices: ws.selection, to: "utvalg.jsonl", context: context)
/// ```
public enum UnitExport {
    public static let standardKeys = ["id", "corpus", "title", "date", "section", "question", "prompt", "group",
                                      "author", "posted", "municipalities", "counties", "mentions", "organisations",
                                      "kind", "text", "raw", "line", "url", "parent", "words", "cluster", "tags"]

    /// The keys an export of these units has: the standard ones, then the extra columns found.
    public static func keys(_ units: [Unit], indices: [Int]) -> [String] {
        var extras = Set<String>()
        for i in indices { extras.formUnion(units[i].extra.keys) }
        let standard = Set(standardKeys)
        return standardKeys + extras.sorted(by: NorwegianOrder.precedes).map { standard.contains($0) ? "extra." + $0 : $0 }
    }

    /// One unit as table cells, for the given keys.
    static func cells(_ unit: Unit, keys: [String], context: QueryContext) -> [Value] {
        keys.map { key in
            switch key {
            case "id": return .integer(unit.id)
            case "corpus": return .text(unit.corpus)
            case "title": return unit.title.map { .text($0) } ?? .null
            case "date": return context.corpusDates[unit.corpus].map { .date($0) } ?? .null
            case "section": return unit.section.map { .text($0) } ?? .null
            case "question": return unit.question.map { .text($0) } ?? .null
            case "prompt": return unit.prompt.map { .integer($0) } ?? .null
            case "group": return unit.group.map { .text($0) } ?? .null
            case "author": return unit.author.map { .text($0) } ?? .null
            case "posted": return unit.posted.map { .date($0) } ?? .null
            case "municipalities": return .list(unit.municipalities)
            case "counties": return .list(unit.counties)
            case "mentions": return .list(unit.mentions)
            case "organisations": return .list(unit.organisations)
            case "kind": return .text(unit.kind.rawValue)
            case "text": return .text(unit.text)
            case "raw": return .text(unit.raw)
            case "line": return .integer(unit.line)
            case "url": return unit.url.map { .text($0) } ?? .null
            case "parent": return unit.parent.map { .integer($0) } ?? .null
            case "words": return .integer(WordCount.count(unit.text))
            case "cluster": return (context.cluster?(unit.id) ?? nil).map { .text($0) } ?? .null
            case "tags": return .list(context.tags?(unit.id) ?? [])
            default:
                let name = key.hasPrefix("extra.") && unit.extra[key] == nil ? String(key.dropFirst(6)) : key
                return unit.extra[name].map { .text($0) } ?? .null
            }
        }
    }

    /// Resolves `fields=a,b` against the available keys (aliases such as `municipality` accepted).
    static func pick(_ fields: [String]?, from keys: [String]) throws -> [String] {
        guard let fields else { return keys }
        return try fields.map { name in
            if let k = keys.first(where: { $0.lowercased() == name.lowercased() }) { return k }
            if let f = FieldRegistry(extraColumns: []).field(named: name), keys.contains(f.name) { return f.name }
            throw InnspillError("unknown field '\(name)'",
                                hint: Suggestion.closest(to: name, in: keys).map { "did you mean '\($0)'?" }
                                    ?? "the fields are " + keys.joined(separator: ", "))
        }
    }

    /// Writes the units atomically, streamed; the format comes from the extension.
    public static func write(_ units: [Unit], indices: [Int], to path: String, fields: [String]? = nil,
                             context: QueryContext = QueryContext(), csv options: CSVOptions = .standard) throws {
        let format = try UnitFormat(path: path)
        let keys = try pick(fields, from: keys(units, indices: indices))
        try AtomicFile.write(to: path) { out in
            try render(units, indices: indices, keys: keys, format: format, context: context, csv: options) { try out.write($0) }
        }
    }

    /// The units as text in a format (for small selections and tests).
    public static func render(_ units: [Unit], indices: [Int], format: UnitFormat, fields: [String]? = nil,
                              context: QueryContext = QueryContext(), csv options: CSVOptions = .standard) throws -> String {
        let keys = try pick(fields, from: keys(units, indices: indices))
        var out = ""
        try render(units, indices: indices, keys: keys, format: format, context: context, csv: options) { out += $0 }
        return out
    }

    static func render(_ units: [Unit], indices: [Int], keys: [String], format: UnitFormat, context: QueryContext,
                       csv options: CSVOptions, emit: (String) throws -> Void) throws {
        switch format {
        case .csv:
            let sep = String(options.separator)
            try emit((options.bom ? "\u{FEFF}" : "") + keys.map { Cells.csv($0, isText: true, options: options) }
                .joined(separator: sep) + options.lineEnding)
            for i in indices {
                let row = cells(units[i], keys: keys, context: context)
                try emit(row.map { Cells.csv($0, options: options) }.joined(separator: sep) + options.lineEnding)
            }
        case .json, .jsonl:
            if format == .json { try emit(indices.isEmpty ? "[]\n" : "[\n") }
            for (n, i) in indices.enumerated() {
                let row = cells(units[i], keys: keys, context: context)
                let object = JSON.object(zip(keys, row).map { ($0.0, JSON.value($0.1)) })
                if format == .jsonl {
                    try emit(object + "\n")
                } else {
                    try emit("  " + object + (n + 1 < indices.count ? ",\n" : "\n"))
                }
            }
            if format == .json, !indices.isEmpty { try emit("]\n") }
        case .markdown:
            for (n, i) in indices.enumerated() {
                try emit((n > 0 ? "\n" : "") + quote(units[i], keys: keys, context: context))
            }
        }
    }

    /// A unit as a Markdown quote for a report: its text, then a line naming who wrote it, from `keys` other than the
    /// text's (by default its group and municipalities), and its id.
    ///
    /// ```
    /// > Kostnaden for å legge til rette for den enkelte elev er lav.
    /// >
    /// > — Asker kulturskole · Asker (#161)
    /// ```
    static func quote(_ unit: Unit, keys: [String], context: QueryContext) -> String {
        let shown = keys.starts(with: standardKeys) || keys.isEmpty ? ["group", "municipalities"] : keys.filter { !["id", "text", "raw"].contains($0) }
        let who = cells(unit, keys: shown, context: context).compactMap { value -> String? in
            let written = if case .list(let items) = value { items.joined(separator: ", ") } else { value.display }
            return written.isEmpty ? nil : written
        }
        let lines = unit.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
        // (A paragraph of its own in the quote: on the next line alone, Markdown would run it into the text's last one.)
        return lines.joined(separator: "\n") + "\n>\n> — " + (who.isEmpty ? "" : who.joined(separator: " · ") + " ") + "(#\(unit.id))\n"
    }
}
