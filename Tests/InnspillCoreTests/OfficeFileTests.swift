import Foundation
import XCTest
import ZIPFoundation
@testable import InnspillCore

/// Excel, Word and PowerPoint files (Office Open XML) and their OpenDocument twins read as the exports they hold. Each fixture is a zip
/// of the XML parts the applications write, built here so the XML can be read beside what is asserted.
final class OfficeFileTests: XCTestCase {
    // MARK: Excel

    /// Microsoft Forms' "Open results in Excel": shared and inline strings, times as day numbers with a custom
    /// format, a group number as a number, the multi-select municipalities; a summary sheet of counts is left out
    /// with a note, and a hidden sheet is not read.
    func testAFormsWorkbook() throws {
        let strings = ["ID", "Completion time", "Gruppe", "Hvilke kommuner er med?", "Hva er kulturskolens viktigste oppgave?",
                       "Kristiansand;Vennesla;", "Være et ressurssenter for hele kommunen.", "Kommune", "Antall"]
        let answers = sheet([
            [s(0), s(1), s(2), s(3), s(4)],
            [n(1), n(45770.426446759262, style: 1), n(1), s(5), s(6)],
            [n(2), n(45770.4375, style: 1), n(2), inline("Grimstad;Lillesand;"), inline("Nå barna som ikke går i kulturskolen.")],
        ])
        let counts = sheet([[s(7), s(8)], [inline("Grimstad"), n(3)]])
        let hidden = sheet([[inline("Tekst")], [inline("Skjult kladd som ikke skal leses.")]])
        let corpus = try loadFixture(data: workbook(sheets: [("Form1", answers), ("Oppsummering", counts), ("Kladd", hidden)],
                                                    hidden: ["Kladd"], strings: strings), name: "skjema.xlsx")
        XCTAssertEqual(corpus.format, "xlsx")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Være et ressurssenter for hele kommunen.", "Nå barna som ikke går i kulturskolen."])
        XCTAssertEqual(posts.map(\.municipalities), [["Kristiansand", "Vennesla"], ["Grimstad", "Lillesand"]])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2025-04-23T10:14:05", "2025-04-23T10:30:00"])
        XCTAssertEqual(posts.map(\.question), ["Hva er kulturskolens viktigste oppgave?", "Hva er kulturskolens viktigste oppgave?"])
        XCTAssertEqual(posts.map(\.line), [2, 3], "a row's line is its number in the sheet")
        XCTAssertFalse(corpus.units.contains { $0.text.contains("Skjult") }, "a hidden sheet is not read")
        XCTAssertTrue(corpus.warnings.contains { $0.contains("left out 'Oppsummering'") }, "\(corpus.warnings)")
    }

    /// A wide summary sheet: the group's name merged down over its rows is every row's; a formula's last value and
    /// a date with a built-in format are read; cells skipped in the XML (no A2) stay empty columns.
    func testMergedCellsFormulasAndSkippedCells() throws {
        let rows = sheet([
            [inline("Gruppe"), inline("Dato"), inline("Innspill")],
            [inline("Gruppe 4: Voss, Vaksdal"), n(45405, style: 2), inline("Felles stillinger med grunnskolen.")],
            [cell("C3", #"t="str""#, "<f>A1</f><v>Mer tid til samspill på tvers av kommunene.</v>")],
        ], merged: ["A2:A3"])
        let corpus = try loadFixture(data: workbook(sheets: [("Ark1", rows)]), name: "oppsummering.xlsx")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Felles stillinger med grunnskolen.", "Mer tid til samspill på tvers av kommunene."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 4", "Gruppe 4"], "the merged group cell is both rows'")
        XCTAssertEqual(posts.map(\.municipalities), [["Voss", "Vaksdal"], ["Voss", "Vaksdal"]])
        XCTAssertEqual(posts.first?.posted.map(ISODate.string), "2024-04-23")
        XCTAssertEqual(posts.map(\.line), [2, 3], "a unit's line is its row")
        XCTAssertEqual(posts.first?.raw, "Gruppe 4: Voss, Vaksdal\t2024-04-23\tFelles stillinger med grunnskolen.",
                       "a unit's raw is its row, the cells between tabs")
    }

    /// Answers kept on a sheet per group: each sheet's rows are its group's.
    func testASheetPerGroup() throws {
        let header = [inline("Kommune"), inline("Svar")]
        let first = sheet([header, [inline("Bodø"), inline("Vi trenger flere lærere i fulle stillinger.")]])
        let second = sheet([header, [inline("Narvik"), inline("Samarbeid med korpsene om dirigenter.")]])
        let corpus = try loadFixture(data: workbook(sheets: [("Gruppe 1", first), ("Gruppe 2", second)]), name: "grupper.xlsx")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø"], ["Narvik"]])
    }

    func testDayNumbersAndFormats() {
        XCTAssertEqual(DayNumbers.text(45770.426446759262, shown: .dateAndTime, epoch: DayNumbers.epoch1900), "2025-04-23T10:14:05")
        XCTAssertEqual(DayNumbers.text(44308, shown: .date, epoch: DayNumbers.epoch1904), "2025-04-23",
                       "a Mac workbook counts from 1904, 1,462 days later")
        XCTAssertEqual(DayNumbers.text(0.5, shown: .time, epoch: DayNumbers.epoch1900), "12:00:00")
        XCTAssertEqual(DayNumbers.shown(code: "[$-414]dd.mm.yyyy hh:mm"), .dateAndTime)
        XCTAssertEqual(DayNumbers.shown(code: "mmm"), .date)
        XCTAssertEqual(DayNumbers.shown(code: "h:mm AM/PM"), .time)
        XCTAssertNil(DayNumbers.shown(code: "0.00"))
        XCTAssertNil(DayNumbers.shown(code: "#,##0\" dager\""), "letters in quotes are not the format's")
        XCTAssertNil(DayNumbers.shown(code: "General"))
        XCTAssertEqual(DayNumbers.plain(3, written: "3"), "3")
        XCTAssertEqual(DayNumbers.plain(4.2, written: "4.2"), "4.2")
        XCTAssertEqual(CellReference("$AB$12").map { [$0.column, $0.row] }, [27, 12])
        XCTAssertEqual(Workbook.unescaped("Linje 1_x000D_\nLinje 2_x0009_slutt _x005F_x0041_ _xZZ"), "Linje 1\nLinje 2\tslutt _x0041_ _xZZ")
    }

    /// Excel 2003's XML spreadsheet: a row per `<Row>`, cells where `ss:Index` puts them, and the rows read as a
    /// form's answers are.
    func testAnExcel2003XMLSpreadsheet() throws {
        func cell(_ text: String, index: Int? = nil) -> String {
            "<Cell\(index.map { " ss:Index=\"\($0)\"" } ?? "")><Data ss:Type=\"String\">\(text)</Data></Cell>"
        }
        let xml = """
            <?xml version="1.0"?>
            <?mso-application progid="Excel.Sheet"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
             <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>Kulturskolerådet</Author></DocumentProperties>
             <Worksheet ss:Name="Innspill"><Table>
              <Row>\(cell("Tidspunkt"))\(cell("Gruppe"))\(cell("Kommuner"))\(cell("Hva bør kommunene samarbeide om?"))</Row>
              <Row><Cell><Data ss:Type="DateTime">2025-10-02T10:05:00.000</Data></Cell>\(cell("Gruppe 1"))\(cell("Nord-Aurdal, Etnedal"))\(cell("Felles lærere i dans."))</Row>
              <Row ss:Index="4">\(cell("Gruppe 2", index: 2))\(cell("Vang"))\(cell("Digital undervisning."))</Row>
             </Table></Worksheet></Workbook>
            """
        let corpus = try loadFixture(data: Data(xml.utf8), name: "regneark.xml")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Felles lærere i dans.", "Digital undervisning."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Nord-Aurdal", "Etnedal"], ["Vang"]])
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2025-10-02T10:05:00", nil])
        XCTAssertEqual(posts.map(\.question), ["Hva bør kommunene samarbeide om?", "Hva bør kommunene samarbeide om?"])
        XCTAssertEqual(posts.map(\.line), [2, 4], "a row's line is its row number")
    }

    // MARK: Word

    /// A meeting summary written in Word: the numbers of the task list and of each group's answers are drawn
    /// from the numbering part, not written in the text; headings are the groups'; a table of municipalities'
    /// answers; deleted text and comments are not the document's text; a footnote is a note.
    func testAWordSummary() throws {
        let body = [
            paragraph("Oppsummering dialogmøte Hardanger", style: "Tittel"),
            paragraph("Spørsmål til gruppene", style: "Overskrift1"),
            paragraph("Hva gjør kulturskolen godt i dag?", list: 1),
            paragraph("Hva bør vi samarbeide mer om?", list: 1),
            paragraph("Gruppe 1: Voss, Ulvik", style: "Overskrift2"),
            paragraph("Vi når mange elever gjennom skolen.", list: 2),
            #"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>"#
                + #"<w:r><w:t xml:space="preserve">Vi vil samarbeide mer med </w:t></w:r><w:del><w:r><w:delText>kirken og </w:delText></w:r></w:del>"#
                + #"<w:ins><w:r><w:t>barnehagene.</w:t></w:r></w:ins><w:commentReference w:id="0"/><w:r><w:footnoteReference w:id="2"/></w:r></w:p>"#,
            paragraph("Gruppe 2", style: "Overskrift2"),
            table([["Kommune", "Innspill"], ["Ullensvang", "Mer tid til samspill."], ["Eidfjord", "Felles lærere på tvers."]]),
        ]
        let corpus = try loadFixture(data: document(body, footnote: "Gjelder også SFO."), name: "referat.docx")
        XCTAssertEqual(corpus.format, "docx")
        XCTAssertEqual(corpus.title, "Oppsummering dialogmøte Hardanger")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.text), ["Hva gjør kulturskolen godt i dag?", "Hva bør vi samarbeide mer om?", "Gjelder også SFO."],
                       "the footnote is a note of the organisers', as in a pandoc summary")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"], "a group's table by municipality is the group's post")
        XCTAssertEqual(posts.map(\.municipalities), [["Voss", "Ulvik"], ["Ullensvang", "Eidfjord"]])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment && $0.group == "Gruppe 2" }.map(\.municipalities),
                       [["Ullensvang"], ["Eidfjord"]])
        XCTAssertTrue(posts[0].text.hasPrefix("1. Vi når mange elever"), "the number Word draws starts again at 1: \(posts[0].text)")
        XCTAssertTrue(posts[0].text.contains("2. Vi vil samarbeide mer med barnehagene."), posts[0].text)
        XCTAssertFalse(corpus.units.contains { $0.text.contains("kirken") }, "deleted text is no text")
        let segments = corpus.units.filter { $0.kind == .segment && $0.group == "Gruppe 1" }
        XCTAssertEqual(segments.map(\.prompt), prompts.prefix(2).map(\.id), "each numbered answer is linked to its question")
    }

    // MARK: PowerPoint

    /// A deck: a slide per slide with its title, no slide number, no speaker notes, no hidden slide.
    func testADeck() throws {
        let slides = [
            slide([shape("ctrTitle", ["Fremtidens kulturskole"]), shape("subTitle", ["Dialogmøte Agder 2025"])]),
            slide([shape("title", ["Spørsmål til gruppene"]), shape("body", ["Hva gjør vi godt?", "Hva kan bli bedre?"]),
                   shape("sldNum", ["2"])]),
            slide([shape("title", ["Skjult lysbilde"])], hidden: true),
            slide([]),
        ]
        let corpus = try loadFixture(data: deck(slides, notes: "Husk å ønske velkommen."), name: "lysbilder.pptx")
        XCTAssertEqual(corpus.format, "pptx")
        let units = corpus.units.filter { $0.kind == .slide }
        XCTAssertEqual(units.map(\.title), ["Fremtidens kulturskole", "Spørsmål til gruppene"])
        XCTAssertTrue(units[1].text.contains("Hva kan bli bedre?"))
        XCTAssertFalse(units[1].text.hasSuffix("2"), "the slide number is the slide's frame: \(units[1].text)")
        XCTAssertFalse(corpus.units.contains { $0.text.contains("velkommen") || $0.text.contains("Skjult") })
    }

    // MARK: OpenDocument

    /// A LibreOffice Writer summary: a title by its style, parts and groups as outline headings, words split by the
    /// elements between them (spans, `text:s`, a tab, a line break), a numbered list by its list style, a bulleted
    /// one, a table with a merged cell, and a footnote as a note; a comment, deleted text of tracked changes and the
    /// table of contents are no text.
    func testAnOpenDocumentText() throws {
        let styles = #"""
            <office:automatic-styles>
            <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
            <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
            <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/></text:list-style>
            <text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
            </office:automatic-styles>
            """#
        let body = #"""
            <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>slettet tekst</text:p></text:deletion></text:changed-region></text:tracked-changes>
            <text:table-of-content><text:index-body><text:p>Del 1: Lokalsamfunnet 1</text:p></text:index-body></text:table-of-content>
            <text:p text:style-name="P1">Dialogmøte Innlandet</text:p>
            <text:h text:outline-level="1">Del 1: Lokalsamfunnet</text:h>
            <text:list text:style-name="L1"><text:list-item><text:p>Hva gjør kulturskolen godt?</text:p></text:list-item>
            <text:list-item><text:p>Hva bør bli bedre?</text:p></text:list-item></text:list>
            <text:h text:outline-level="2">Gruppe 1: Hamar og <text:span>Løten</text:span></text:h>
            <text:list text:style-name="L1"><text:list-item><text:p>Vi<text:s/>er<text:tab/>synlige<text:change text:change-id="c1"/>.<office:annotation><text:p>Kommentar: sjekk</text:p></office:annotation><text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Gjelder også SFO.</text:p></text:note-body></text:note></text:p></text:list-item>
            <text:list-item><text:p>Mer samarbeid<text:line-break/>med skolen.</text:p>
            <text:list><text:list-item><text:p>Særlig i Løten.</text:p></text:list-item></text:list></text:list-item></text:list>
            <text:h text:outline-level="2">Gruppe 2: Elverum</text:h>
            <text:list text:style-name="L2"><text:list-item><text:p>Felles plan.</text:p></text:list-item></text:list>
            <table:table table:name="Tabell1"><table:table-column table:number-columns-repeated="2"/>
            <table:table-header-rows><table:table-row><table:table-cell><text:p>Kommune</text:p></table:table-cell><table:table-cell><text:p>Innspill</text:p></table:table-cell></table:table-row></table:table-header-rows>
            <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Elverum: egne lokaler.</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
            </table:table>
            """#
        let content = #"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">"#
            + styles + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>"
        let data = try zip(["mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content])
        let package = try OfficePackage(file: try write(data, name: "referat.odt"), path: "referat.odt")
        guard case .document(let markdown, "odt") = try OpenDocument.read(package, mimetype: "application/vnd.oasis.opendocument.text", path: "referat.odt") else {
            return XCTFail("not read as a text document")
        }
        XCTAssertEqual(markdown, """
            # Dialogmøte Innlandet

            # Del 1: Lokalsamfunnet

            1. Hva gjør kulturskolen godt?
            2. Hva bør bli bedre?

            ## Gruppe 1: Hamar og Løten

            1. Vi er\tsynlige.[^1]
            2. Mer samarbeid
            med skolen.
              a) Særlig i Løten.

            ## Gruppe 2: Elverum

            - Felles plan.

            | Kommune | Innspill |
            | --- | --- |
            | Elverum: egne lokaler. |  |

            [^1]: Gjelder også SFO.

            """)
        let corpus = try loadFixture(data: data, name: "referat.odt")
        XCTAssertEqual(corpus.format, "odt")
        XCTAssertEqual(corpus.title, "Dialogmøte Innlandet")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Hamar", "Løten"], ["Elverum"]])
        XCTAssertFalse(corpus.units.contains { $0.text.contains("slettet") || $0.text.contains("Kommentar") || $0.text.contains("Lokalsamfunnet 1") })
    }

    /// A form's answers downloaded as OpenDocument (.ods): a date cell read as its date and time, a number as stored, a
    /// cell of two paragraphs as two lines, the empty columns and rows a sheet declares to its end not expanded, and
    /// an empty second sheet.
    func testAnOpenDocumentSpreadsheet() throws {
        func text(_ value: String) -> String { "<table:table-cell office:value-type=\"string\"><text:p>\(value)</text:p></table:table-cell>" }
        func date(_ value: String) -> String {
            "<table:table-cell office:value-type=\"date\" office:date-value=\"\(value)\"><text:p>shown</text:p></table:table-cell>"
        }
        let empty = #"<table:table-cell table:number-columns-repeated="16379"/>"#
        let rows = [
            text("Tidsmerke") + text("Gruppe") + text("Kommuner") + text("Hva er viktigst?") + empty,
            date("2025-09-18T10:12:33") + #"<table:table-cell office:value-type="float" office:value="1"><text:p>1,0</text:p></table:table-cell>"#
                + text("Kristiansand, Vennesla")
                + #"<table:table-cell office:value-type="string"><text:p>Nå flere barn.</text:p><text:p>Gratis <text:span>prøvetimer</text:span>.</text:p></table:table-cell>"#
                + empty,
            date("2025-09-18T10:20:00") + text("2") + text("Mandal, Lindesnes") + #"<table:table-cell table:number-columns-repeated="2"/>"#
                + text("sent") + empty,
        ].map { "<table:table-row>\($0)</table:table-row>" }.joined()
            + #"<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#
        let content = #"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet>"#
            + #"<table:table table:name="Skjemasvar 1">"# + rows + "</table:table>"
            + #"<table:table table:name="Ark2"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>"#
            + "</office:spreadsheet></office:body></office:document-content>"
        let data = try zip(["mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": content])
        let package = try OfficePackage(file: try write(data, name: "svar.ods"), path: "svar.ods")
        guard case .workbook(let sheets, "ods") = try OpenDocument.read(package, mimetype: "application/vnd.oasis.opendocument.spreadsheet", path: "svar.ods") else {
            return XCTFail("not read as a spreadsheet")
        }
        XCTAssertEqual(sheets.map(\.name), ["Skjemasvar 1", "Ark2"])
        XCTAssertEqual(sheets[0].rows.map(\.cells), [
            ["Tidsmerke", "Gruppe", "Kommuner", "Hva er viktigst?"],
            ["2025-09-18T10:12:33", "1", "Kristiansand, Vennesla", "Nå flere barn.\nGratis prøvetimer."],
            ["2025-09-18T10:20:00", "2", "Mandal, Lindesnes", "", "", "sent"],
        ])
        XCTAssertEqual(sheets[0].rows.map(\.line), [1, 2, 3])
        XCTAssertTrue(sheets[1].rows.isEmpty)
        let corpus = try loadFixture(data: data, name: "svar.ods")
        XCTAssertEqual(corpus.format, "ods")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.first?.posted.map(ISODate.string), "2025-09-18T10:12:33")
        XCTAssertEqual(posts.first?.municipalities, ["Kristiansand", "Vennesla"])
    }

    /// An Impress deck (.odp): a slide per page with its title first, a table's row as a line; speaker notes, the
    /// slide number's box and a hidden slide are not the slides' text.
    func testAnOpenDocumentPresentation() throws {
        func frame(_ kind: String, _ paragraphs: [String]) -> String {
            "<draw:frame presentation:class=\"\(kind)\"><draw:text-box>" + paragraphs.map { "<text:p>\($0)</text:p>" }.joined() + "</draw:text-box></draw:frame>"
        }
        let pages = [
            "<draw:page draw:name=\"1\">" + frame("title", ["Fremtidens kulturskole"]) + frame("subtitle", ["Dialogmøte Agder"])
                + "<presentation:notes>" + frame("notes", ["Husk å ønske velkommen."]) + "</presentation:notes></draw:page>",
            "<draw:page draw:name=\"2\">" + frame("outline", ["Hva gjør vi godt?", "Hva kan bli bedre?"]) + frame("title", ["Spørsmål"])
                + frame("page-number", ["2"])
                + "<draw:frame><table:table><table:table-row><table:table-cell><text:p>Tid</text:p></table:table-cell><table:table-cell><text:p>Tema</text:p></table:table-cell></table:table-row></table:table></draw:frame></draw:page>",
            "<draw:page draw:name=\"3\" draw:style-name=\"dp2\">" + frame("title", ["Skjult lysbilde"]) + "</draw:page>",
        ].joined()
        let content = #"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0">"#
            + #"<office:automatic-styles><style:style style:name="dp2" style:family="drawing-page"><style:drawing-page-properties presentation:visibility="hidden"/></style:style></office:automatic-styles>"#
            + "<office:body><office:presentation>" + pages + "</office:presentation></office:body></office:document-content>"
        let corpus = try loadFixture(data: try zip(["mimetype": "application/vnd.oasis.opendocument.presentation", "content.xml": content]),
                                     name: "lysbilder.odp")
        XCTAssertEqual(corpus.format, "odp")
        let slides = corpus.units.filter { $0.kind == .slide }
        XCTAssertEqual(slides.map(\.title), ["Fremtidens kulturskole", "Spørsmål"])
        XCTAssertTrue(slides[1].text.contains("Hva kan bli bedre?") && slides[1].text.contains("Tid | Tema"), slides[1].text)
        XCTAssertFalse(corpus.units.contains { $0.text.contains("velkommen") || $0.text.contains("Skjult") || $0.text.hasSuffix("\n2") })
    }

    // MARK: Files that are not read

    func testFilesThatAreRefusedSayWhatToSaveThemAs() throws {
        let compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 512))
        assertRefused(compound, name: "svar.xls", says: "old-format Office file", hint: "save it as .xlsx")
        let whole = try workbook(sheets: [("Ark1", sheet([[inline("Tekst")], [inline("Et svar.")]]))])
        assertRefused(whole.prefix(whole.count / 2), name: "kuttet.xlsx", says: "damaged or incomplete zip", hint: "save the file again")
        // A directory that points past the archive's end (ZIPFoundation's in-memory reader stopped the process on it).
        var pointingOut = whole
        let end = try XCTUnwrap(pointingOut.lastRange(of: Data([0x50, 0x4B, 0x05, 0x06])))
        pointingOut.replaceSubrange(end.lowerBound + 16 ..< end.lowerBound + 20, with: withUnsafeBytes(of: UInt32(whole.count + 4096).littleEndian) { Data($0) })
        assertRefused(pointingOut, name: "peker-ut.xlsx", says: "damaged Office file", hint: "save the file again")
        // A part whose bytes are not UTF-8 (XMLParser on Linux stopped the process on such a name).
        let notUTF8 = try zip(["_rels/.rels": relationships([("rId1", "officeDocument", "word/document.xml")])],
                              raw: ["word/document.xml": Data("<w:document><w:b".utf8) + Data([0xC3, 0x28]) + Data("dy/></w:document>".utf8)])
        assertRefused(notUTF8, name: "ikke-utf8.docx", says: "not well-formed XML (its bytes are not UTF-8)", hint: "save it again")
        assertRefused(try zip(["bilder/foto.txt": "ikke et dokument"]), name: "bilder.zip", says: "zip archive, not an export",
                      hint: "unzip it")
        assertRefused(try zip(["mimetype": "application/vnd.oasis.opendocument.graphics", "content.xml": "<office:document-content/>"]),
                      name: "tegning.odg", says: "OpenDocument file of a kind Innspill does not read ('graphics')", hint: "save it as one of those")
        assertRefused(try zip(["mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content/>"]),
                      name: "tom.odt", says: "damaged OpenDocument file", hint: "save it again")
        assertRefused(try zip(["mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content><office:body>"]),
                      name: "halv.odt", says: "'content.xml' is not well-formed XML", hint: "save it again")
        assertRefused(try zip(["mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "x\u{1}\u{2}",
                               "META-INF/manifest.xml": #"<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>"#]),
                      name: "hemmelig.ods", says: "password-protected OpenDocument file", hint: "save it without a password")
        // WordPad's and TextEdit's RTF, with or without the NUL WordPad ends it with (it read as JSON Lines without).
        for rtf in ["{\\rtf1\\ansi\\deff0 {\\fonttbl}Gruppe 1: Bodø\\par}", "{\\rtf1\\ansi Gruppe 1\\par}\0"] {
            assertRefused(Data(rtf.utf8), name: "referat.rtf", says: "RTF document", hint: "save it as .docx or as plain text")
        }
        let broken = try zip(["_rels/.rels": relationships([("rId1", "officeDocument", "word/document.xml")]),
                              "word/document.xml": "<w:document><w:body><w:p>"])
        assertRefused(broken, name: "halv.docx", says: "'word/document.xml' is not well-formed XML", hint: "save it again")
    }

    private func assertRefused(_ data: Data, name: String, says message: String, hint: String, line: UInt = #line) {
        XCTAssertThrowsError(try loadFixture(data: data, name: name), line: line) { error in
            let error = error as? InnspillError
            XCTAssertTrue(error?.message.contains(message) == true && error?.message.contains(name) == true,
                          "\(String(describing: error?.message))", line: line)
            XCTAssertTrue(error?.hint?.contains(hint) == true, "\(String(describing: error?.hint))", line: line)
        }
    }

    // MARK: Building the files

    private func s(_ index: Int) -> String { #"<c t="s"><v>\#(index)</v></c>"# }
    private func n(_ value: Double, style: Int? = nil) -> String {
        let written = value == value.rounded() ? String(Int(value)) : String(value)
        return "<c" + (style.map { #" s="\#($0)""# } ?? "") + "><v>\(written)</v></c>"
    }
    private func inline(_ text: String) -> String { #"<c t="inlineStr"><is><t>\#(text)</t></is></c>"# }
    /// A cell at a place of its own, with attributes and content as written.
    private func cell(_ reference: String, _ attributes: String, _ content: String) -> String {
        #"<c r="\#(reference)" \#(attributes)>\#(content)</c>"#
    }

    /// A worksheet; cells without a place of their own follow the one before, from column A.
    private func sheet(_ rows: [[String]], merged: [String] = []) -> String {
        let data = rows.enumerated().map { #"<row r="\#($0.offset + 1)">"# + $0.element.joined() + "</row>" }.joined()
        let merges = merged.isEmpty ? "" : "<mergeCells>" + merged.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
        return #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\#(data)</sheetData>\#(merges)</worksheet>"#
    }

    private func workbook(sheets: [(name: String, xml: String)], hidden: Set<String> = [], strings: [String] = []) throws -> Data {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let entries = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)""#
                + (hidden.contains(sheet.name) ? #" state="hidden""# : "") + "/>"
        }
        var parts = [
            "_rels/.rels": relationships([("rId1", "officeDocument", "xl/workbook.xml")]),
            "xl/workbook.xml": #"<workbook xmlns="\#(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
                + entries.joined() + "</sheets></workbook>",
            "xl/_rels/workbook.xml.rels": relationships(
                sheets.indices.map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
                    + [("rIdS", "sharedStrings", "sharedStrings.xml"), ("rIdT", "styles", "/xl/styles.xml")]),
            "xl/sharedStrings.xml": #"<sst xmlns="\#(main)">"# + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>",
            // Style 1: a custom date and time format; style 2: Excel's built-in short date (14).
            "xl/styles.xml": #"<styleSheet xmlns="\#(main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy h:mm:ss"/></numFmts>"#
                + #"<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>"#,
        ]
        for (index, sheet) in sheets.enumerated() { parts["xl/worksheets/sheet\(index + 1).xml"] = sheet.xml }
        return try zip(parts)
    }

    private static let word = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    private func paragraph(_ text: String, style: String? = nil, list: Int? = nil) -> String {
        var properties = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if let list { properties += #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="\#(list)"/></w:numPr>"# }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
            + #"<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"#
    }

    private func table(_ rows: [[String]]) -> String {
        "<w:tbl>" + rows.map { "<w:tr>" + $0.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>" }.joined()
            + "</w:tbl>"
    }

    /// A document whose styles name "Tittel" a title and "Overskrift1/2" headings (Norwegian Word's style ids), and
    /// whose list 1 (the task list) and list 2 (a group's answers) share one decimal list, list 2 starting again at 1.
    private func document(_ body: [String], footnote: String) throws -> Data {
        let styles = [("Tittel", "Title"), ("Overskrift1", "heading 1"), ("Overskrift2", "heading 2")].map {
            #"<w:style w:type="paragraph" w:styleId="\#($0.0)"><w:name w:val="\#($0.1)"/></w:style>"#
        }
        let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>"#
            + #"<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
            + #"<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
        return try zip([
            "_rels/.rels": relationships([("rId1", "officeDocument", "word/document.xml")]),
            "word/document.xml": "<w:document \(Self.word)><w:body>" + body.joined() + "<w:sectPr/></w:body></w:document>",
            "word/_rels/document.xml.rels": relationships([("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml"),
                                                           ("rId3", "footnotes", "footnotes.xml"), ("rId4", "comments", "comments.xml")]),
            "word/styles.xml": "<w:styles \(Self.word)>" + styles.joined() + "</w:styles>",
            "word/numbering.xml": "<w:numbering \(Self.word)>\(numbering)</w:numbering>",
            "word/footnotes.xml": "<w:footnotes \(Self.word)>" + #"<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"#
                + #"<w:footnote w:id="2"><w:p><w:r><w:t>\#(footnote)</w:t></w:r></w:p></w:footnote></w:footnotes>"#,
            "word/comments.xml": "<w:comments \(Self.word)>" + #"<w:comment w:id="0"><w:p><w:r><w:t>Sjekk dette</w:t></w:r></w:p></w:comment></w:comments>"#,
        ])
    }

    private static let presentation = #"xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" "#
        + #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    private func shape(_ placeholder: String?, _ paragraphs: [String]) -> String {
        let ph = placeholder.map { #"<p:ph type="\#($0)"/>"# } ?? ""
        return #"<p:sp><p:nvSpPr><p:cNvPr id="2" name="x"/><p:cNvSpPr/><p:nvPr>\#(ph)</p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/>"#
            + paragraphs.map { "<a:p><a:r><a:t>\($0)</a:t></a:r></a:p>" }.joined() + "</p:txBody></p:sp>"
    }

    private func slide(_ shapes: [String], hidden: Bool = false) -> String {
        "<p:sld \(Self.presentation)" + (hidden ? #" show="0""# : "") + "><p:cSld><p:spTree>" + shapes.joined() + "</p:spTree></p:cSld></p:sld>"
    }

    /// A deck whose first slide has speaker notes.
    private func deck(_ slides: [String], notes: String) throws -> Data {
        var parts = [
            "_rels/.rels": relationships([("rId1", "officeDocument", "ppt/presentation.xml")]),
            "ppt/presentation.xml": "<p:presentation \(Self.presentation)><p:sldIdLst>"
                + slides.indices.map { #"<p:sldId id="\#(256 + $0)" r:id="rId\#($0 + 1)"/>"# }.joined() + "</p:sldIdLst></p:presentation>",
            "ppt/_rels/presentation.xml.rels": relationships(slides.indices.map { ("rId\($0 + 1)", "slide", "slides/slide\($0 + 1).xml") }),
            "ppt/slides/_rels/slide1.xml.rels": relationships([("rId9", "notesSlide", "../notesSlides/notesSlide1.xml")]),
            "ppt/notesSlides/notesSlide1.xml": "<p:notes \(Self.presentation)><p:cSld><p:spTree>" + shape("body", [notes])
                + "</p:spTree></p:cSld></p:notes>",
        ]
        for (index, slide) in slides.enumerated() { parts["ppt/slides/slide\(index + 1).xml"] = slide }
        return try zip(parts)
    }

    private func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + items.map { #"<Relationship Id="\#($0.id)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\#($0.type)" Target="\#($0.target)"/>"# }
                .joined() + "</Relationships>"
    }

    /// The bytes written to a file of this name in a folder of the test's own.
    private func write(_ data: Data, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    /// A zip of the parts (and of parts given as bytes), in the order of their names.
    private func zip(_ parts: [String: String], raw: [String: Data] = [:]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let all = parts.mapValues { Data($0.utf8) }.merging(raw) { text, _ in text }
        for (path, data) in all.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        return try XCTUnwrap(archive.data)
    }
}
