import Foundation

/// An RFC 4180 CSV/TSV parser working on UTF-8 bytes: quoted cells with
/// embedded separators, quotes ("") and line breaks, CRLF or LF rows.
/// Hand-written rather than taken from SwiftCSV or CSV.swift because loading
/// must run at over 100 MB/s and report the line of an unterminated quote;
/// both libraries build a String per character or lack line numbers.
///
/// ```swift
/// var text = "a,b\n1,\"x\ny\"\n"
/// let rows = try text.withUTF8 { try CSVParser.parse($0, separator: UInt8(ascii: ","), path: "f.csv") }
/// rows[1].cells   // ["1", "x\ny"]
/// ```
public enum CSVParser {
    public struct Row {
        public var cells: [String]
        /// Line in the file where the row starts (1-based).
        public var line: Int
    }

    /// The separator of a comma-separated file: ";" when its header row has more semicolons than
    /// commas outside quotes, as Excel writes CSV in Norwegian (where the comma is the decimal mark),
    /// else ",". The header names its columns without either mark; rows above it that label a value
    /// ("Kommunar:;Herøy, Ulstein") are passed over, as are rows with neither mark, up to ten.
    ///
    /// ```swift
    /// var text = "tekst;gruppe\n\"Mer tid, og rom\";Gruppe 1\n"
    /// text.withUTF8 { CSVParser.commaOrSemicolon($0) }   // UInt8(ascii: ";")
    /// ```
    public static func commaOrSemicolon(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var commas = 0, semicolons = 0, inQuotes = false
        var lines = 0
        var firstField = true
        var labelled = false  // the row's first field ends in ":"
        var previous: UInt8 = 0
        for byte in buffer {
            defer { if byte != UInt8(ascii: " ") { previous = byte } }
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            guard !inQuotes else { continue }
            if byte == UInt8(ascii: "\n") {
                lines += 1
                if (commas > 0 || semicolons > 0) && !labelled || lines >= 10 { break }
                commas = 0; semicolons = 0; firstField = true; labelled = false
                continue
            }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                if firstField { labelled = previous == UInt8(ascii: ":"); firstField = false }
                if byte == UInt8(ascii: ",") { commas += 1 } else { semicolons += 1 }
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// The rows of CSV bytes the caller holds, such as a string's UTF-8 (no copy of the file).
    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>, separator: UInt8, path: String,
                             shouldStop: () throws -> Void = {}) throws -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        cell.reserveCapacity(256)
        var line = 1
        var rowStart = 1
        var quoteStartLine = 0
        var i = 0
        let n = buffer.count
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var inQuotes = false
        var cellWasQuoted = false
        func endCell() {
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
            cellWasQuoted = false
        }
        func endRow() {
            endCell()
            if !(cells.count == 1 && cells[0].isEmpty) { rows.append(Row(cells: cells, line: rowStart)) }
            cells = []
        }
        while i < n {
            if i & 0xFFFFF == 0 { try shouldStop() }
            let b = buffer[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < n, buffer[i + 1] == quote { cell.append(quote); i += 2; continue }
                    inQuotes = false
                    i += 1
                    continue
                }
                if b == lf { line += 1 }
                // Copy a run of ordinary bytes at once.
                var j = i
                while j < n, buffer[j] != quote, buffer[j] != lf { j += 1 }
                if j > i { cell.append(contentsOf: buffer[i..<j]); i = j; continue }
                cell.append(b)
                i += 1
                continue
            }
            if b == separator { endCell(); i += 1; continue }
            if b == lf || b == cr {
                endRow()
                if b == cr, i + 1 < n, buffer[i + 1] == lf { i += 1 }
                i += 1
                line += 1
                rowStart = line
                continue
            }
            if b == quote, cell.isEmpty, !cellWasQuoted {
                inQuotes = true
                cellWasQuoted = true
                quoteStartLine = line
                i += 1
                continue
            }
            var j = i
            while j < n, buffer[j] != separator, buffer[j] != lf, buffer[j] != cr, buffer[j] != quote { j += 1 }
            if j > i { cell.append(contentsOf: buffer[i..<j]); i = j } else { cell.append(b); i += 1 }
        }
        if inQuotes {
            throw InnspillError("unterminated quote in a cell starting on line \(quoteStartLine)",
                                hint: "the file may be cut short; close the quote or export the file again",
                                location: .file(path, line: quoteStartLine))
        }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }
}
