import Foundation
import InnspillText

/// Loads files into corpora: checks the file, decodes its text, sniffs the
/// format, reads it with the right reader and normalises the result.
///
/// ```swift
/// let corpora = try CorpusLoader.load(path: "Corpora/demo/dialogseminar-2024.txt", options: LoadOptions())
/// corpora[0].units.count
/// ```
public enum CorpusLoader {
    /// File name endings a folder load picks up.
    public static let extensions = Set(["txt", "md", "markdown", "csv", "tsv", "tab", "json", "jsonl", "ndjson", "vtt", "sbv",
                                        "html", "htm", "eml"])
        .union(OfficeFile.officeExtensions)

    /// Loads a file, or every supported file in a folder (one corpus each, sorted by name).
    public static func load(path: String, options: LoadOptions) throws -> [Corpus] {
        let shown = DisplayPath.of(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let near = nearestName(to: path).map { "did you mean '\(DisplayPath.of($0))'?" }
            throw InnspillError("no such file or folder: '\(shown)'", hint: near ?? "check the path (Tab completes it)")
        }
        if isDirectory.boolValue {
            let files = readableFiles(in: path)
            guard !files.isEmpty else {
                let inside = subfoldersWithFiles(path)
                throw InnspillError("the folder '\(shown)' has no file Innspill can read",
                                    hint: inside.isEmpty ? "it reads \(extensions.sorted().joined(separator: ", ")) files"
                                        : "its subfolders have some (a folder's subfolders are not read): load \(DisplayPath.of((path as NSString).appendingPathComponent(inside[0].name)))")
            }
            // A board is often exported twice ("seminar.txt" and "seminar.csv"): files that share a stem are named with
            // their extension too ("seminar-csv"), so each gets a name of its own and the folder loads.
            func stem(_ file: String) -> String { (file as NSString).deletingPathExtension.lowercased() }
            let stemCounts = Dictionary(files.map { (stem($0), 1) }, uniquingKeysWith: +)
            var corpora: [Corpus] = []
            for file in files {
                var fileOptions = options
                var name = (file as NSString).deletingPathExtension
                if stemCounts[stem(file), default: 0] > 1 { name += "-" + (file as NSString).pathExtension.lowercased() }
                fileOptions.name = options.name.map { "\($0)-\(name)" } ?? name
                corpora.append(try loadFile((path as NSString).appendingPathComponent(file), options: fileOptions))
            }
            return corpora
        }
        return [try loadFile(path, options: options)]
    }

    /// The path as typed, or, when nothing is there, the path with a shell's backslash escapes undone if that exists:
    /// `Padlet\ export\ \(1\).csv` as a terminal writes a file dropped on it or completed by Tab.
    ///
    /// ```swift
    /// CorpusLoader.existingPath(#"exports/Padlet\ export\ \(1\).csv"#)   // "exports/Padlet export (1).csv", if it exists
    /// ```
    public static func existingPath(_ typed: String) -> String {
        guard typed.contains("\\"), !FileManager.default.fileExists(atPath: typed) else { return typed }
        var unescaped = "", escaped = false
        for character in typed {
            if character == "\\", !escaped { escaped = true; continue }
            unescaped.append(character)
            escaped = false
        }
        return FileManager.default.fileExists(atPath: unescaped) ? unescaped : typed
    }

    /// The file or folder beside a missing path whose name is nearest to its name: one that starts with the name typed
    /// without its extension ("padlet-2020.txt" for "padlet-2020-10-09-pilot-for-fremtiden.txt"), or is a typing mistake
    /// away from it. Nil when the folder is missing too, or nothing is near.
    static func nearestName(to path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent, typed = (path as NSString).lastPathComponent
        guard !typed.isEmpty, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return nil }
        let visible = names.filter { !$0.hasPrefix(".") }.sorted()
        let stem = (typed as NSString).deletingPathExtension.lowercased(), ext = (typed as NSString).pathExtension.lowercased()
        let started = visible.filter { $0.lowercased().hasPrefix(stem) && (ext.isEmpty || ($0 as NSString).pathExtension.lowercased() == ext) }
        guard let name = started.count == 1 ? started[0] : Suggestion.closest(to: typed, in: visible) else { return nil }
        return (folder as NSString).appendingPathComponent(name)
    }

    /// The subfolders of a folder that hold files a folder load reads, with how many, by name: a folder load reads the
    /// folder's own files, not theirs, so the shell names them.
    ///
    /// ```swift
    /// CorpusLoader.subfoldersWithFiles("/work/shared")   // [(name: "corpora", files: 4), (name: "data", files: 3)]
    /// ```
    public static func subfoldersWithFiles(_ path: String) -> [(name: String, files: Int)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return names.compactMap { name in
            let folder = (path as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
            let readable = readableFiles(in: folder).count
            return readable > 0 ? (name, readable) : nil
        }
    }

    /// The names of the files in a folder that a folder load reads, sorted. A folder's README describes the exports
    /// beside it; it is not one of them. Nor is the lock file Office keeps beside a document it has open ("~$referat.docx").
    static func readableFiles(in path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter {
            !$0.hasPrefix(".") && !$0.hasPrefix("~$") && extensions.contains(($0 as NSString).pathExtension.lowercased())
                && ($0 as NSString).deletingPathExtension.lowercased() != "readme"
        }.sorted()
    }

    /// Loads one file into a corpus.
    public static func loadFile(_ path: String, options: LoadOptions) throws -> Corpus {
        let shown = DisplayPath.of(path)
        // Reading a named pipe waits for a writer and a device such as /dev/zero never ends: refuse them.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw InnspillError("'\(shown)' is not a regular file (a pipe, socket or device)", hint: "save the data to a file and load that")
        }
        // The repair's dictionaries (a third of a second to read, the first time) are read on another core
        // while this one reads, decodes and parses the file. Waited for before returning, also on an error, so
        // the process never ends while hunspell is half-way through a dictionary.
        let dictionaries = DispatchGroup()
        if options.repair { DispatchQueue.global().async(group: dictionaries) { _ = NorwegianDictionaries.shared } }
        defer { dictionaries.wait() }
        let places = GazetteerPlaces.shared
        var result: ReadResult
        let kept: Kept
        let format: LoadFormat
        var decodingWarnings: [String] = []
        var damagedLines = Set<Int>()
        switch try readContent(path, shown: shown) {
        case .sheets(let sheets, let container):
            guard [.auto, .csv, .tsv, .padletCSV].contains(options.format) else {
                throw InnspillError("'\(shown)' is a spreadsheet, which is read as a table, not as \(options.format.rawValue)",
                                    hint: "leave out format=, or give format=csv")
            }
            format = .csv
            (result, kept) = try readSheets(sheets, container: container, path: shown, places: places, options: options)
        case .text(let text, let warnings, let damaged, let office):
            decodingWarnings = warnings
            damagedLines = damaged
            // A deck is slides and a saved e-mail a thread; a Word document's or a web page's Markdown is sniffed like any
            // text (a transcript saved from Teams is one).
            let container: LoadFormat? = office.map { $0 == "pptx" || $0 == "odp" ? .slides : $0 == "eml" ? .email : .text }
            let sniffed = container.flatMap { $0 == .text ? nil : $0 } ?? sniff(text, path: office == nil ? path : "")
            format = options.format == .auto ? sniffed : options.format
            // A forced format the file does not look like is named in the hint of a failure, and in a warning
            // otherwise. (The sniffer says csv for Padlet's CSV exports too; the CSV reader tells them apart.)
            let misfit = sniffed == format || sniffed == .csv && format == .padletCSV ? nil : sniffed
            do {
                (result, kept) = try read(consume text, as: format, path: shown, places: places, options: options)
            } catch var error as InnspillError {
                if let misfit {
                    error.hint = "format=\(format.rawValue) was given, but the file looks like \(misfit.rawValue); leave out format= to read it as that"
                }
                throw error
            }
            if let misfit {
                result.warnings.append("format=\(format.rawValue) was given, but '\(shown)' looks like \(misfit.rawValue); "
                                       + "check what was read, or leave out format=")
            }
            if let office, let container {
                // "docx" for a document read as text, "transcript-docx" for one read as a transcript.
                result.format = format == container ? office : "\(result.format)-\(office)"
            }
        }
        // The drafts are handed over, so the normaliser can let go of their lines as it goes.
        let drafts = result.drafts
        result.drafts = []
        let name = options.name ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let (units, repairs) = try Normaliser(places: places, repairer: kept.repairer, source: kept.source, corpus: name,
                                              linesAreTheFilesLines: [.padlet, .text, .slides, .transcript, .email].contains(format),
                                              damagedLines: damagedLines)
            .units(from: consume drafts, control: options.control)
        try options.control.checkStop()
        let date = earliestPosted(units).map { Calendar.utcStartOfDay($0) } ?? result.date
        return Corpus(name: name, title: result.title, date: date, sourcePath: path, format: result.format,
                      units: units, repairs: repairs, warnings: decodingWarnings + result.warnings)
    }

    /// What a file gives the readers: its text, decoded or made from an Office document, a web page or a saved e-mail
    /// (`office` names the container: "docx", "pptx", "html", "eml"), or a workbook's sheets.
    private enum Content {
        case text(String, warnings: [String], damagedLines: Set<Int>, office: String?)
        case sheets([Workbook.Sheet], container: String)
    }

    /// The file's text with "\n" line ends, and what decoding it noticed, or an Office file's content. A function
    /// of its own, so the file's bytes and the first decoding are let go before the readers start (each is the size
    /// of the file).
    private static func readContent(_ path: String, shown: String) throws -> Content {
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            throw InnspillError("cannot read '\(shown)'", hint: "check the file's permissions")
        }
        if OfficeFile.isOffice(data) {
            let office = try OfficeFile.read(data, file: path, path: shown)
            switch office {
            case .workbook(let sheets, let container):
                return try workbook(sheets, shown: shown, container: container)
            case .document(let text, _), .presentation(let text, _):
                guard text.contains(where: { !$0.isWhitespace }) else {
                    throw InnspillError("'\(shown)' has no text", hint: "check that it is the right file; its pages are empty")
                }
                return .text(text, warnings: [], damagedLines: [], office: office.container)
            }
        }
        if SpreadsheetML.isSpreadsheet(data) { return try workbook(SpreadsheetML.sheets(data, path: shown), shown: shown, container: "xlsx") }
        if MailMessage.isMessage(data) {
            return .text(MailMessage.text(data), warnings: [], damagedLines: [], office: "eml")
        }
        if HTMLDocument.isHTML(data) {
            let text = HTMLDocument.markdown(data)
            guard text.contains(where: { !$0.isWhitespace }) else {
                throw InnspillError("'\(shown)' is a web page with no text", hint: "check that it is the right file; a page saved "
                                    + "from a board that draws its posts with scripts holds none of them: export the board as PDF or CSV")
            }
            return .text(text, warnings: [], damagedLines: [], office: "html")
        }
        try checkContent(data, path: shown)
        let decoded = try TextDecoding.decodeWithUnixLineEnds(data, path: shown)
        let text = decoded.text
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw InnspillError("'\(shown)' is empty", hint: "export the board again; the file has no text")
        }
        return .text(text, warnings: decoded.warnings, damagedLines: decoded.damagedLines, office: nil)
    }

    /// A workbook's sheets, or an error when none has a value.
    private static func workbook(_ sheets: [Workbook.Sheet], shown: String, container: String) throws -> Content {
        guard sheets.contains(where: { !$0.rows.isEmpty }) else {
            throw InnspillError("'\(shown)' is an empty workbook", hint: "export the data again; no sheet has a value")
        }
        return .sheets(sheets, container: container)
    }

    /// The earliest time a unit was posted, read by index (`compactMap(\.posted)` copied every unit).
    private static func earliestPosted(_ units: [Unit]) -> Date? {
        // What the groups wrote dates the seminar; the organisers' questions may have gone up days before it.
        var earliest: Date?, earliestOfAny: Date?
        for i in units.indices {
            guard let posted = units[i].posted else { continue }
            if earliestOfAny.map({ posted < $0 }) ?? true { earliestOfAny = posted }
            if units[i].kind != .prompt, earliest.map({ posted < $0 }) ?? true { earliest = posted }
        }
        return earliest ?? earliestOfAny
    }

    /// What a load keeps of the decoded text: the text compressed for `raw`, and the repairer chosen by
    /// reading all of it.
    private struct Kept {
        let source: SourceText
        let repairer: LineRepairing?

        /// Lets go of `text` (compressed, it is a fraction of its size), unless its lines are still held elsewhere.
        init(_ text: consuming String, repair: Bool) {
            repairer = repair ? TextRepairer.forDocument(text) : nil
            source = SourceText(consume text)
        }
    }

    /// The drafts of a decoded text read as `format`, and what is kept of the text; throws when the
    /// reader finds nothing. A table's cells are copies, so its text is let go before its rows are read
    /// (at 1,000,000 posts the decoded text and all the cells were alive at once); the drafts of a text
    /// export hold its lines until the normaliser lets go of them.
    private static func read(_ text: consuming String, as format: LoadFormat, path shown: String, places: PlaceNames,
                             options: LoadOptions) throws -> (ReadResult, Kept) {
        var result: ReadResult
        let kept: Kept
        switch format {
        case .padlet:
            let lines = SourceLine.split(text)
            let unfolded = ColumnLayout.unfolded(lines)
            result = try PadletTextReader(places: places).read(lines: unfolded ?? lines, control: options.control)
            if unfolded != nil {
                result.warnings.append("'\(shown)' is laid out in two columns (as pdftotext -layout writes it): the left column "
                                       + "was read first, then the right; if posts look merged, export the text without -layout")
            }
            kept = Kept(consume text, repair: options.repair)
        case .slides:
            result = SlideReader.read(text)
            kept = Kept(consume text, repair: options.repair)
        case .transcript:
            let day = TranscriptReader.day(inPath: URL(fileURLWithPath: shown).standardizedFileURL.path)
            result = TranscriptReader(places: places).read(SourceLine.split(text), day: day)
            kept = Kept(consume text, repair: options.repair)
        case .email:
            result = EmailReader(places: places).read(SourceLine.split(text))
            kept = Kept(consume text, repair: options.repair)
        case .text:
            result = try PlainTextReader(places: places).read(SourceLine.split(text), path: shown, control: options.control)
            kept = Kept(consume text, repair: options.repair)
        case .csv, .tsv, .padletCSV:
            let (separator, rows) = try parseTable(text, tsv: format == .tsv, path: shown, control: options.control)
            let reader = TableReader(places: places)
            let table = try prepareTable(consume rows, separator: Character(UnicodeScalar(separator)), reader: reader,
                                         path: shown, options: options)
            kept = Kept(consume text, repair: options.repair)
            result = try reader.read(rows: table.cells, columns: table.columns, path: shown,
                                     format: format == .tsv ? "tsv" : table.format, control: options.control)
            result.warnings += table.warnings
            result.title = result.title ?? table.title
        case .json, .jsonl:
            let (header, rows) = try JSONReader.rows(text, lines: format == .jsonl, path: shown)
            let reader = TableReader(places: places)
            let columns = try reader.columns(header: header, mapping: options.mapping, path: shown)
            kept = Kept(consume text, repair: options.repair)
            result = try reader.read(rows: rows, columns: columns, path: shown, format: format.rawValue, cellsRunOverLines: false,
                                     control: options.control)
        case .auto:
            preconditionFailure("sniff never answers auto")
        }
        guard !result.drafts.isEmpty else {
            throw InnspillError("found nothing to read in '\(shown)' as \(format.rawValue)",
                                hint: options.format == .auto ? "the file may not be an export Innspill knows" : "try format=auto")
        }
        return (result, kept)
    }

    /// A table's rows ready for the table reader: the header found under any title rows, the columns it names,
    /// and the cells of the rows under it.
    private struct PreparedTable {
        let columns: TableReader.Columns
        /// "padlet-csv" for Padlet's header, else "csv".
        let format: String
        let cells: [(cells: [String?], line: Int)]
        let warnings: [String]
        /// The title over the header (Mentimeter's presentation, a spreadsheet's heading): the first row above it that
        /// holds one cell, not a label.
        let title: String?
    }

    /// Finds a table's header (Mentimeter's and Excel's exports may put a title and a blank row above it) and
    /// its columns. `separator` is the file's, for the warning about rows of another width (nil: a workbook's
    /// sheet, whose rows are all as wide).
    private static func prepareTable(_ rows: consuming [CSVParser.Row], separator: Character?, reader: TableReader,
                                     path shown: String, options: LoadOptions) throws -> PreparedTable {
        var rows = rows
        let preamble = TableReader.preambleRows(rows.lazy.map(\.cells))
        var warnings: [String] = []
        var labelled: [(name: String, value: String)] = []
        var title: String?
        if preamble > 0 {
            for row in rows.prefix(preamble) {
                let filled = row.cells.filter { !$0.trimmingWhitespace.isEmpty }
                // (Excel's "sep=;" line names the file's separator, not what the table is of.)
                if filled.count == 1, TableReader.label(of: filled) == nil, filled[0].trimmingWhitespace.lowercased() != "sep=" {
                    title = String(filled[0].trimmingWhitespace)
                    break
                }
            }
            labelled = TableReader.labelledFields(rows.prefix(preamble).map(\.cells), header: rows[preamble].cells)
            let gave = labelled.isEmpty ? "" : "; " + labelled.map { "'\($0.name): \($0.value)'" }.joined(separator: ", ") + " is every row's"
            warnings.append("'\(shown)': the header is on line \(rows[preamble].line); the \(Plural.count(preamble, "row", "rows")) "
                            + "above it (a title) \(preamble == 1 ? "was" : "were") left out" + gave)
            rows.removeFirst(preamble)
            // A labelled row's value is a column of its own, the same in every row.
            if !labelled.isEmpty {
                for k in rows.indices { rows[k].cells += k == 0 ? labelled.map(\.name) : labelled.map(\.value) }
            }
        }
        if let survey = TableReader.surveyHeader(rows.prefix(3).map(\.cells)) {
            rows[0].cells = survey.header
            rows.removeSubrange(1..<survey.rows)
        }
        guard let header = rows.first else { throw InnspillError("'\(shown)' has no rows") }
        guard rows.count > 1 else {
            throw InnspillError("the file has a header row and nothing under it", hint: "export the data again with its rows",
                                location: .file(shown, line: header.line))
        }
        let columns = try reader.columns(header: header.cells, mapping: options.mapping, path: shown)
        if let separator, let ragged = RaggedRows.warning(header: header.cells.count - labelled.count,
                                                          rows: rows.dropFirst().map { ($0.cells.count - labelled.count, $0.line) },
                                                          separator: separator, path: shown) {
            warnings.append(ragged)
        }
        let format = isPadletHeader(header.cells) ? "padlet-csv" : "csv"
        let cells = (consume rows).dropFirst().map { ($0.cells.map { $0 }, $0.line) }
        return PreparedTable(columns: columns, format: format, cells: cells, warnings: warnings, title: title)
    }

    /// The drafts of a workbook's sheets, each read as a table. Sheets without a table of text (a summary
    /// of counts, a chart) are left out with a note; when several sheets hold answers, a sheet named after a
    /// group ("Gruppe 2") gives its rows that group, and another sheet's name is their section.
    private static func readSheets(_ sheets: [Workbook.Sheet], container: String, path shown: String, places: PlaceNames,
                                   options: LoadOptions) throws -> (ReadResult, Kept) {
        let reader = TableReader(places: places)
        var read: [(name: String, result: ReadResult)] = []
        var leftOut: [(name: String, error: InnspillError)] = []
        // The sheets laid one after another as lines, a row a line (its cells between tabs): a unit's `raw` is its row,
        // its `line` the row's number (in the first sheet; a later sheet's rows follow the rows of those before it).
        var lines: [String] = []
        var offsets: [Int] = []
        for sheet in sheets {
            offsets.append(lines.count)
            var next = 0
            for number in 1 ... max(1, sheet.rows.last?.line ?? 1) {
                if next < sheet.rows.count, sheet.rows[next].line == number {
                    let cells = sheet.rows[next].cells.map { (cell: String) in cell.split(whereSeparator: \.isNewline).joined(separator: " ") }
                    lines.append(cells.joined(separator: "\t"))
                    next += 1
                } else {
                    lines.append("")
                }
            }
        }
        for (sheet, offset) in zip(sheets, offsets) where !sheet.rows.isEmpty {
            let rows = sheet.rows.map { CSVParser.Row(cells: $0.cells, line: $0.line + offset) }
            do {
                let table = try prepareTable(rows, separator: nil, reader: reader, path: shown, options: options)
                var result = try reader.read(rows: table.cells, columns: table.columns, path: shown, format: table.format,
                                             cellsRunOverLines: false, control: options.control)
                result.title = result.title ?? table.title
                if result.drafts.isEmpty { continue }
                read.append((sheet.name, result))
            } catch let error as InnspillError {
                leftOut.append((sheet.name, error))
            }
        }
        guard var combined = read.first?.result else {
            if let first = leftOut.first {
                var error = first.error
                if sheets.count > 1 { error.message = "sheet '\(first.name)': " + error.message }
                throw error
            }
            throw InnspillError("found nothing to read in '\(shown)'", hint: "check that the workbook's sheets hold the answers")
        }
        combined.format = combined.format == "padlet-csv" ? "padlet-\(container)" : container
        if read.count > 1 {
            combined.drafts = []
            for (name, result) in read {
                let label = Workbook.isGenericSheetName(name) ? nil : String(name.trimmingSpaces)
                let isGroup = label.map(Workbook.isGroupSheetName) ?? false
                for var draft in result.drafts {
                    if isGroup, draft.group == nil, draft.kind == .post { draft.group = label }
                    if !isGroup, draft.section == nil, let label { draft.section = label }
                    combined.drafts.append(draft)
                }
                combined.title = combined.title ?? result.title
                if let date = result.date { combined.date = min(combined.date ?? date, date) }
            }
            combined.warnings = read.flatMap { sheet in sheet.result.warnings.map { "sheet '\(sheet.name)': " + $0 } }
        }
        if !leftOut.isEmpty {
            combined.warnings.append("'\(shown)': read \(Plural.count(read.count, "sheet", "sheets")) ("
                                     + read.map { "'\($0.name)'" }.joined(separator: ", ") + "); left out "
                                     + leftOut.map { "'\($0.name)' (\($0.error.message))" }.joined(separator: ", "))
        }
        // The lines also choose the repairs (how much of the text OCR damaged).
        return (combined, Kept(lines.joined(separator: "\n") + "\n", repair: options.repair))
    }

    /// The separator and rows of a CSV or TSV text. Excel in Norwegian separates with ";": the header row tells which.
    private static func parseTable(_ text: String, tsv: Bool, path: String, control: WorkControl) throws -> (UInt8, [CSVParser.Row]) {
        var bytes = text  // shares the text's storage: withUTF8 needs a var
        return try bytes.withUTF8 { buffer in
            let separator = tsv ? UInt8(ascii: "\t") : CSVParser.commaOrSemicolon(buffer)
            return (separator, try CSVParser.parse(buffer, separator: separator, path: path, shouldStop: control.checkStop))
        }
    }

    /// Refuses binary files and PDFs with a message saying what to do instead.
    static func checkContent(_ data: Data, path: String) throws {
        if data.starts(with: Array("%PDF".utf8)) {
            throw InnspillError("'\(path)' is a PDF, not text", hint: "convert it first: pdftotext -layout FILE.pdf FILE.txt, then load the .txt")
        }
        let head = data.prefix(8192)
        if head.drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }).starts(with: Array("{\\rtf".utf8)) {
            throw InnspillError("'\(path)' is an RTF document (WordPad, TextEdit), which Innspill does not read",
                                hint: "open it and save it as .docx or as plain text (.txt); then load that")
        }
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        if !utf16, head.contains(0) {
            throw InnspillError("'\(path)' is a binary file, not text", hint: "load a Padlet text or CSV export, JSON, plain text, or an Excel, Word or PowerPoint file")
        }
    }
}

extension Calendar {
    /// Midnight of the same calendar day, in the UTC-based day arithmetic ISODate uses.
    static func utcStartOfDay(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }
}
