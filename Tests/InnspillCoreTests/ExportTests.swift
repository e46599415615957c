import Foundation
import InnspillCore
import XCTest

final class ExportWriterTests: XCTestCase {
    let table = Table(title: "Units by municipality",
                      columns: [Column("municipality"), Column("count", .integer), Column("share", .number)],
                      rows: [[.text("Bodø"), .integer(3), .number(0.5)],
                             [.text("=SUM(A1:A2)"), .integer(1), .number(0.125)],
                             [.text("a \"quoted\"; x, y\nz"), .integer(-2), .null],
                             [.text("-1 | pipe"), .integer(0), .number(0.25)]],
                      shape: .categoryCounts, notes: ["a note"], metadata: ["field": "municipalities"])

    func testCSVQuotesAndNeutralisesFormulas() {
        XCTAssertEqual(TableExport.csv(table), """
        municipality,count,share\r
        Bodø,3,0.5\r
        '=SUM(A1:A2),1,0.125\r
        "a ""quoted""; x, y
        z",-2,\r
        '-1 | pipe,0,0.25\r

        """)
    }

    func testExcelCSVHasBOMSemicolonsAndDecimalCommas() {
        let csv = TableExport.csv(table, options: .excel)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}municipality;count;share\r\n"))
        XCTAssertTrue(csv.contains("Bodø;3;\"0,5\"\r\n") == false)
        XCTAssertTrue(csv.contains("Bodø;3;0,5\r\n"))
        XCTAssertTrue(csv.contains("\"a \"\"quoted\"\"; x, y\nz\";-2;\r\n"))
        XCTAssertEqual(Array(Data(csv.utf8).prefix(3)), [0xEF, 0xBB, 0xBF])
    }

    func testNeutralisingAllFormulaStarts() {
        let t = Table(title: "x", columns: [Column("a")], rows: [[.text("+1")], [.text("@cmd")], [.text("-x")], [.text("=1")], [.text("ok=")],
                                                                   [.text("- Klargjøre hvordan vi jobber")]])
        XCTAssertEqual(TableExport.csv(t, options: CSVOptions(lineEnding: "\n")), "a\n'+1\n'@cmd\n'-x\n'=1\nok=\n- Klargjøre hvordan vi jobber\n",
                       "a list's dash before a space begins no formula: kept as written")
        XCTAssertEqual(TableExport.csv(t, options: CSVOptions(neutraliseFormulas: false, lineEnding: "\n")), "a\n+1\n@cmd\n-x\n=1\nok=\n- Klargjøre hvordan vi jobber\n")
    }

    func testTSV() {
        let t = Table(title: "x", columns: [Column("a"), Column("b")], rows: [[.text("x\ty"), .text("z")]])
        XCTAssertEqual(TableExport.render(t, as: .tsv), "a\tb\r\n\"x\ty\"\tz\r\n")
    }

    func testJSONIsDeterministicWithColumnOrder() {
        XCTAssertEqual(TableExport.json(table), """
        {
          "title": "Units by municipality",
          "shape": "categoryCounts",
          "columns": [{"name": "municipality", "type": "text"}, {"name": "count", "type": "integer"}, {"name": "share", "type": "number"}],
          "rows": [
            {"municipality": "Bodø", "count": 3, "share": 0.5},
            {"municipality": "=SUM(A1:A2)", "count": 1, "share": 0.125},
            {"municipality": "a \\"quoted\\"; x, y\\nz", "count": -2, "share": null},
            {"municipality": "-1 | pipe", "count": 0, "share": 0.25}
          ],
          "notes": ["a note"],
          "metadata": {"field": "municipalities"}
        }

        """)
        let data = Data(TableExport.json(table).utf8)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data))
    }

    /// For a Norwegian report (`export x.md lang=nb`) decimals are written with a comma; counts and text as they are.
    func testMarkdownWithDecimalCommas() {
        let rows = TableExport.markdown(table, decimalComma: true).split(separator: "\n")
        XCTAssertEqual(rows[2], "| Bodø | 3 | 0,5 |")
        XCTAssertEqual(rows[3], "| =SUM(A1:A2) | 1 | 0,125 |")
    }

    func testMarkdownEscapesPipes() {
        XCTAssertEqual(TableExport.markdown(table), """
        | municipality | count | share |
        | --- | ---: | ---: |
        | Bodø | 3 | 0.5 |
        | =SUM(A1:A2) | 1 | 0.125 |
        | a "quoted"; x, y<br>z | -2 |  |
        | -1 \\| pipe | 0 | 0.25 |

        a note

        """)
    }

    func testFormatFromExtensionAndFields() throws {
        XCTAssertEqual(try TableFormat(path: "a/b.MD"), .markdown)
        XCTAssertEqual(try TableFormat(path: "b.tsv"), .tsv)
        XCTAssertThrowsError(try TableFormat(path: "b.xlsx")) { e in
            XCTAssertEqual((e as? InnspillError)?.message, "cannot export a table as '.xlsx'")
            XCTAssertEqual((e as? InnspillError)?.hint, "end the file name with .csv, .tsv, .json or .md")
        }
        let picked = try table.selectingColumns(["count", "Municipality"])
        XCTAssertEqual(picked.columns.map(\.name), ["count", "municipality"])
        XCTAssertEqual(picked.rows[0], [.integer(3), .text("Bodø")])
        XCTAssertThrowsError(try table.selectingColumns(["cont"])) { e in
            XCTAssertEqual((e as? InnspillError)?.hint, "did you mean 'count'?")
        }
    }

    // MARK: - units

    func sampleUnits() -> [InnspillCore.Unit] {
        var a = InnspillCore.Unit(kind: .post, text: "Økonomi er viktig.", raw: "0konomi er viktig.", line: 3)
        a.id = 1; a.corpus = "s"; a.group = "Gruppe 1"; a.section = "Tema 1"
        a.municipalities = ["Bodø", "Tromsø"]; a.posted = ISODate.make(year: 2023, month: 2, day: 9, hour: 10, minute: 5)
        a.extra = ["Rom": "9"]
        var b = InnspillCore.Unit(kind: .segment, text: "=HYPERLINK(\"x\")", line: 4)
        b.id = 2; b.corpus = "s"; b.parent = 1
        return [a, b]
    }

    /// `export units sitater.md`: each unit's text as a quote for a report, its group and municipalities and id under it
    /// (ux26: quotes could only go to CSV or JSON); fields= chooses what stands under it.
    func testUnitsAsMarkdownQuotes() throws {
        var units = sampleUnits()
        units[0].text = "Økonomi er viktig.\n\nMer tid."
        XCTAssertEqual(try UnitExport.render(units, indices: [0, 1], format: .markdown),
                       "> Økonomi er viktig.\n>\n> Mer tid.\n>\n> — Gruppe 1 · Bodø, Tromsø (#1)\n\n> =HYPERLINK(\"x\")\n>\n> — (#2)\n")
        XCTAssertEqual(try UnitExport.render(units, indices: [0], format: .markdown, fields: ["section", "text"]),
                       "> Økonomi er viktig.\n>\n> Mer tid.\n>\n> — Tema 1 (#1)\n")
        XCTAssertEqual(try UnitFormat(path: "sitater.md"), .markdown)
    }

    func testUnitsJSONLHasEveryKeyInFixedOrder() throws {
        let context = QueryContext(tags: { $0 == 1 ? ["sitat"] : [] }, corpusDates: ["s": ISODate.make(year: 2023, month: 2, day: 9)!])
        let out = try UnitExport.render(sampleUnits(), indices: [0, 1], format: .jsonl, context: context)
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(String(lines[0]), #"{"id": 1, "corpus": "s", "title": null, "date": "2023-02-09", "section": "Tema 1", "question": null, "prompt": null, "group": "Gruppe 1", "author": null, "posted": "2023-02-09T10:05:00", "municipalities": ["Bodø", "Tromsø"], "counties": [], "mentions": [], "organisations": [], "kind": "post", "text": "Økonomi er viktig.", "raw": "0konomi er viktig.", "line": 3, "url": null, "parent": null, "words": 3, "cluster": null, "tags": ["sitat"], "Rom": "9"}"#)
        XCTAssertTrue(lines[1].contains(#""text": "=HYPERLINK(\"x\")""#), "JSON is not neutralised")
        XCTAssertTrue(lines[1].hasSuffix(#""tags": [], "Rom": null}"#))
        for line in lines { XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(line.utf8))) }
    }

    func testUnitsJSONArrayAndCSV() throws {
        let json = try UnitExport.render(sampleUnits(), indices: [0, 1], format: .json, fields: ["id", "municipality"])
        XCTAssertEqual(json, "[\n  {\"id\": 1, \"municipalities\": [\"Bodø\", \"Tromsø\"]},\n  {\"id\": 2, \"municipalities\": []}\n]\n")
        XCTAssertEqual(try UnitExport.render([], indices: [], format: .json), "[]\n")
        let csv = try UnitExport.render(sampleUnits(), indices: [0, 1], format: .csv, fields: ["id", "text", "municipalities", "posted"],
                                        csv: CSVOptions(lineEnding: "\n"))
        XCTAssertEqual(csv, "id,text,municipalities,posted\n1,Økonomi er viktig.,Bodø; Tromsø,2023-02-09T10:05:00\n2,\"'=HYPERLINK(\"\"x\"\")\",,\n")
        XCTAssertThrowsError(try UnitExport.render(sampleUnits(), indices: [0], format: .csv, fields: ["txt"])) { e in
            XCTAssertEqual((e as? InnspillError)?.message, "unknown field 'txt'")
            XCTAssertEqual((e as? InnspillError)?.hint, "did you mean 'text'?")
        }
    }
}

final class ExportAtomicFileTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testWritesAndReplaces() throws {
        let path = folder.appendingPathComponent("t.csv").path
        try AtomicFile.write(Data("old".utf8), to: path)
        try AtomicFile.write(Data("new".utf8), to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
        XCTAssertEqual(try contents(), ["t.csv"], "no temporary file left")
    }

    func testFailureWhileWritingLeavesTheOldFileIntact() throws {
        struct Boom: Error {}
        let path = folder.appendingPathComponent("units.jsonl").path
        try AtomicFile.write(Data("old contents\n".utf8), to: path)
        XCTAssertThrowsError(try AtomicFile.write(to: path) { out in
            try out.write(String(repeating: "half a file ", count: 20_000))
            throw Boom()
        }) { XCTAssertTrue($0 is Boom) }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old contents\n")
        XCTAssertEqual(try contents(), ["units.jsonl"], "the temporary file is removed")
    }

    func testMissingFolderIsAClearError() {
        let path = folder.appendingPathComponent("x/y.csv").path
        XCTAssertThrowsError(try AtomicFile.write(Data(), to: path)) { e in
            XCTAssertEqual((e as? InnspillError)?.message,
                           "cannot write '\(path)': folder '\(folder.path)/x' does not exist")
        }
        // A relative path names the folder as the user wrote it.
        let relative = "innspill-no-such-folder-\(UUID().uuidString)/y.csv"
        XCTAssertThrowsError(try AtomicFile.write(Data(), to: relative)) { e in
            XCTAssertEqual((e as? InnspillError)?.message,
                           "cannot write '\(relative)': folder '\(relative.dropLast(6))' does not exist")
            XCTAssertEqual((e as? InnspillError)?.hint, "create the folder first or choose another path")
        }
    }

    func testTargetThatIsAFolder() throws {
        let path = folder.appendingPathComponent("dir").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: path)) { e in
            XCTAssertEqual((e as? InnspillError)?.message, "cannot write '\(path)': it is a folder")
        }
    }

    func testExportWritersGoThroughAtomicFile() throws {
        let table = Table(title: "t", columns: [Column("a"), Column("n", .integer)], rows: [[.text("Bodø"), .integer(1)]])
        let csv = folder.appendingPathComponent("t.csv").path
        try TableExport.write(table, to: csv, csv: .excel)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: csv)), Data("\u{FEFF}a;n\r\nBodø;1\r\n".utf8))
        let md = folder.appendingPathComponent("t.md").path
        try TableExport.write(table, to: md, fields: ["n"])
        XCTAssertEqual(try String(contentsOfFile: md, encoding: .utf8), "| n |\n| ---: |\n| 1 |\n")
        var u = InnspillCore.Unit(kind: .post, text: "hei", line: 1)
        u.id = 7
        let jsonl = folder.appendingPathComponent("u.jsonl").path
        try UnitExport.write([u], indices: [0], to: jsonl, fields: ["id", "text"])
        XCTAssertEqual(try String(contentsOfFile: jsonl, encoding: .utf8), "{\"id\": 7, \"text\": \"hei\"}\n")
        XCTAssertThrowsError(try UnitExport.write([u], indices: [0], to: folder.appendingPathComponent("u.xml").path)) { e in
            XCTAssertEqual((e as? InnspillError)?.message, "cannot export units as '.xml'")
        }
    }
}
