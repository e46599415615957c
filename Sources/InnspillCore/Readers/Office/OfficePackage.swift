import Foundation
import ZIPFoundation

/// An Office Open XML file (.xlsx, .docx, .pptx): a zip archive of XML parts tied together by
/// relationship parts. Opens the archive, reads a part, and follows a part's relationships to the
/// parts it names. Every failure is an `InnspillError` naming the file.
///
/// ```swift
/// let package = try OfficePackage(file: "/home/kari/svar.xlsx", path: "svar.xlsx")
/// let main = try package.mainPart()                 // "xl/workbook.xml"
/// let workbook = try package.xml(main)
/// let sheets = try package.relationships(of: main)  // "rId1" -> ("xl/worksheets/sheet1.xml", type)
/// ```
struct OfficePackage {
    /// What a relationship names: the target part's path in the archive and the relationship's type.
    struct Relationship {
        let target: String
        let type: String
        /// Whether the type ends in this name ("…/relationships/sharedStrings").
        func isType(_ name: String) -> Bool { type.hasSuffix("/" + name) }
    }

    private let archive: Archive
    private let path: String

    /// A part bigger than this is refused: a seminar's workbook is a few megabytes, and a zip can claim
    /// gigabytes of XML in a few bytes.
    static let largestPart = 1 << 30

    /// Opens the archive at `file`; `path` is the file as messages name it. (From the file, not from its bytes in
    /// memory: ZIPFoundation's in-memory reader stops the process when a damaged archive points past its end.)
    init(file: String, path: String) throws {
        do {
            archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        } catch {
            throw InnspillError("'\(path)' is a damaged or incomplete zip archive",
                                hint: "download or save the file again, and load the new copy")
        }
        self.path = path
    }

    /// Whether the archive holds no part at all.
    var isEmpty: Bool { archive.makeIterator().next() == nil }

    /// Whether the archive holds this part.
    func has(_ part: String) -> Bool { archive[part] != nil }

    /// The bytes of a part; throws when it is missing or cannot be unpacked.
    func data(_ part: String) throws -> Data {
        guard let entry = archive[part] else {
            throw InnspillError("'\(path)' has no part '\(part)'", hint: "the file may be damaged; save it again from the program that made it")
        }
        let tooLarge = InnspillError("'\(path)': the part '\(part)' unpacks to more than \(Self.largestPart >> 20) MB",
                                     hint: "save the data as CSV or text and load that")
        guard entry.uncompressedSize <= UInt64(Self.largestPart) else { throw tooLarge }
        var data = Data()
        do {
            // The size in the archive's directory can lie; the unpacked bytes are counted as they come.
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= Self.largestPart else { throw tooLarge }
                data.append(chunk)
            }
        } catch let error as InnspillError {
            throw error
        } catch {
            throw InnspillError("'\(path)' is a damaged zip archive: its part '\(part)' cannot be unpacked",
                                hint: "download or save the file again, and load the new copy")
        }
        return data
    }

    /// A part parsed as XML; throws naming the part when it is not XML.
    func xml(_ part: String) throws -> OfficeXML {
        do {
            return try OfficeXML.parse(try data(part), part: part)
        } catch let error as OfficeXML.PartError {
            throw InnspillError("'\(path)': the part '\(error.part)' is not well-formed XML (\(error.reason))",
                                hint: "the file may be damaged; save it again from the program that made it")
        }
    }

    /// The part the package's own relationships name as its main document ("officeDocument").
    func mainPart() throws -> String? {
        guard has("_rels/.rels") else { return nil }
        return try relationships(of: "").values.first { $0.isType("officeDocument") }?.target
    }

    /// The relationships of a part ("" for the package's own), by id, with each target as a path in the archive.
    func relationships(of part: String) throws -> [String: Relationship] {
        let folder = (part as NSString).deletingLastPathComponent
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
        guard has(relsPart) else { return [:] }
        var found: [String: Relationship] = [:]
        for relationship in try xml(relsPart).all("Relationship") {
            guard let id = relationship["Id"], let target = relationship["Target"],
                  relationship["TargetMode"] != "External" else { continue }
            found[id] = Relationship(target: Self.resolve(target, from: folder), type: relationship["Type"] ?? "")
        }
        return found
    }

    /// A target relative to a folder ("worksheets/sheet1.xml" from "xl"), or absolute from the package root.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }
}
