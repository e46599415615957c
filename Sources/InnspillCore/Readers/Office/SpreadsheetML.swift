import Foundation

/// An Excel 2003 XML spreadsheet (SpreadsheetML: one XML file, "XML-regneark 2003" in Excel's Save as, still
/// written by survey tools and older exports), read into the sheets a workbook gives: a row per `<Row>`, its cells
/// where `ss:Index` puts them, a merged cell's columns left empty. Rich text in a cell is its words.
///
/// ```swift
/// let xml = #"<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Svar"><Table><Row><Cell><Data ss:Type="String">Svar</Data></Cell></Row></Table></Worksheet></Workbook>"#
/// SpreadsheetML.isSpreadsheet(Data(xml.utf8))                                      // true
/// try SpreadsheetML.sheets(Data(xml.utf8), path: "svar.xml")[0].rows[0].cells     // ["Svar"]
/// ```
enum SpreadsheetML {
    /// Whether the bytes are an XML file whose root is a SpreadsheetML workbook.
    static func isSpreadsheet(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
        return head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).hasPrefix("<?xml")
            && head.contains("urn:schemas-microsoft-com:office:spreadsheet") && head.contains("<Workbook")
    }

    static func sheets(_ data: Data, path: String) throws -> [Workbook.Sheet] {
        let root = try OfficeXML.parse(data, part: path)
        return root.all("Worksheet").enumerated().map { k, worksheet in
            var rows: [CSVParser.Row] = []
            var number = 0
            for row in worksheet.first("Table")?.all("Row") ?? [] {
                number = row["Index"].flatMap { Int($0) } ?? number + 1
                var cells: [String] = []
                for cell in row.all("Cell") {
                    if let index = cell["Index"].flatMap({ Int($0) }), index - 1 > cells.count {
                        cells += Array(repeating: "", count: index - 1 - cells.count)
                    }
                    cells.append(cell.first("Data").map(words) ?? "")
                    cells += Array(repeating: "", count: cell["MergeAcross"].flatMap { Int($0) } ?? 0)
                }
                // (Trailing empty cells are no column: a workbook's rows hold only the cells with a value.)
                while cells.last?.isEmpty == true { cells.removeLast() }
                if !cells.isEmpty { rows.append(CSVParser.Row(cells: cells, line: number)) }
            }
            return Workbook.Sheet(name: worksheet["Name"] ?? "Sheet\(k + 1)", rows: rows)
        }
    }

    /// An element's words: its character data, or its children's where it has any (rich text is written as runs,
    /// `<Data><B>Gruppe 1</B><Font>: Bodø</Font></Data>`).
    private static func words(_ element: OfficeXML) -> String {
        element.children.isEmpty ? element.text : element.children.map(words).joined() + element.text
    }
}
