import Foundation

/// An Excel workbook, Word document or PowerPoint deck (Office Open XML: .xlsx, .docx, .pptx and their
/// macro-enabled twins; OpenDocument: .ods, .odt, .odp), read into what the readers of exported text read: a
/// workbook's sheets as rows, a document as Markdown, a deck as pages. Told apart by the main part the package
/// names (or an OpenDocument package's mimetype), not by the file name. Old binary Office files and
/// password-protected ones are refused with what to save them as.
///
/// ```swift
/// if OfficeFile.isOffice(data) {
///     switch try OfficeFile.read(data, file: "/home/kari/svar.xlsx", path: "svar.xlsx") {
///     case .workbook(let sheets, _): ...
///     case .document(let markdown, _), .presentation(let markdown, _): ...
///     }
/// }
/// ```
enum OfficeFile {
    /// A workbook's sheets; `container` is "xlsx" or "ods", as the corpus's format names it.
    case workbook([Workbook.Sheet], container: String)
    /// A text document as Markdown ("docx" or "odt").
    case document(String, container: String)
    /// A deck as pages separated by form feeds ("pptx" or "odp").
    case presentation(String, container: String)

    /// The container's name, as the corpus's format says it.
    var container: String {
        switch self {
        case .workbook(_, let container), .document(_, let container), .presentation(_, let container): return container
        }
    }

    /// The names Office and OpenDocument files end in.
    static let officeExtensions: Set<String> = ["xlsx", "xlsm", "docx", "docm", "pptx", "pptm", "ods", "odt", "odp"]

    /// Whether the bytes are a zip archive or an OLE compound file (old Office files, and encrypted new ones).
    static func isOffice(_ data: Data) -> Bool { isZip(data) || isCompoundFile(data) }

    static func isZip(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    static func isCompoundFile(_ data: Data) -> Bool {
        data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// Reads the Office file at `file`, whose first bytes are `data`; `path` is the file as messages name it.
    static func read(_ data: Data, file: String, path: String) throws -> OfficeFile {
        if isCompoundFile(data) {
            throw InnspillError("'\(path)' is an old-format Office file (.xls, .doc, .ppt) or a password-protected one",
                                hint: "open it, remove any password, and save it as .xlsx, .docx or .pptx (or as CSV or text); then load that")
        }
        let package = try OfficePackage(file: file, path: path)
        if package.has("mimetype"), let kind = String(data: try package.data("mimetype"), encoding: .utf8),
           kind.hasPrefix(OpenDocument.mimetypePrefix) {
            return try OpenDocument.read(package, mimetype: kind, path: path)
        }
        guard let main = try package.mainPart() else {
            // A file named as an Office file whose parts cannot be found is damaged (cut short, or its directory
            // pointing elsewhere); another zip is an archive of files.
            if officeExtensions.contains((path as NSString).pathExtension.lowercased()) || package.isEmpty {
                throw InnspillError("'\(path)' is a damaged Office file: its parts cannot be found",
                                    hint: "download or save the file again, and load the new copy")
            }
            throw InnspillError("'\(path)' is a zip archive, not an export Innspill reads",
                                hint: "unzip it and load the files inside ('load FOLDER' reads every export in a folder)")
        }
        switch (main as NSString).lastPathComponent {
        case "workbook.xml": return .workbook(try Workbook.sheets(in: package, workbook: main), container: "xlsx")
        case "document.xml": return .document(try WordDocument.markdown(in: package, document: main), container: "docx")
        case "presentation.xml": return .presentation(try Presentation.pages(in: package, presentation: main), container: "pptx")
        default:
            throw InnspillError("'\(path)' is an Office file of a kind Innspill does not read ('\(main)')",
                                hint: "Innspill reads Excel (.xlsx), Word (.docx) and PowerPoint (.pptx) files; save it as one of those, or as CSV or text")
        }
    }
}
