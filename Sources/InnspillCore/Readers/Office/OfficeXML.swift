import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML part of an Office file as a small tree: element names without their namespace prefix ("w:p"
/// is "p"), attributes asked for by their local name, and the character data of each element. Office
/// files fix their prefixes by convention only, so prefixes are dropped rather than resolved; the one
/// clash in the parts read here, a relationship id beside an id of the element's own (`<p:sldId id="256"
/// r:id="rId2"/>`), is told apart by `relationship`. Built with Foundation's `XMLParser` (libxml2); the
/// parts a seminar's files hold are small enough to keep whole.
///
/// ```swift
/// let root = try OfficeXML.parse(Data("<w:p><w:r><w:t>Hei</w:t></w:r></w:p>".utf8), part: "word/document.xml")
/// root.name                                 // "p"
/// root.first("r")?.first("t")?.text         // "Hei"
/// ```
final class OfficeXML {
    let name: String
    /// The attributes by their local names: one without a prefix, else the first with one ("w:val" is "val").
    private let attributes: [String: String]
    /// The id of the relationship the element refers to (`r:id`, whatever its prefix).
    let relationship: String?
    private(set) var children: [OfficeXML] = []
    /// The character data directly inside the element (for a text element such as `<w:t>`, its text).
    private(set) var text = ""

    /// An element with its attributes as written, by their qualified names.
    init(name: String, attributes written: [String: String]) {
        self.name = name
        // Most elements of a sheet ("<c r="A1" t="s">") have no prefixed attribute: theirs are their local names.
        guard written.keys.contains(where: { $0.contains(":") }) else {
            attributes = written
            relationship = nil
            return
        }
        var local: [String: String] = [:]
        var relationship: String?
        // Prefixed names first, in order, so a name without a prefix wins over them.
        for (key, value) in written.sorted(by: { ($0.key.contains(":") ? 0 : 1, $0.key) < ($1.key.contains(":") ? 0 : 1, $1.key) }) {
            let localName = OfficeXML.localName(key)
            if !key.contains(":") || local[localName] == nil { local[localName] = value }
            if key.contains(":"), localName == "id", relationship == nil { relationship = value }
        }
        attributes = local
        self.relationship = relationship
    }

    /// The first child with this local name.
    func first(_ name: String) -> OfficeXML? { children.first { $0.name == name } }

    /// The children with this local name.
    func all(_ name: String) -> [OfficeXML] { children.filter { $0.name == name } }

    /// The first element with this local name below this one, depth first (this one included).
    func descendant(_ name: String) -> OfficeXML? {
        if self.name == name { return self }
        for child in children { if let found = child.descendant(name) { return found } }
        return nil
    }

    /// An attribute by its local name: one without a prefix, else one with ("w:val" is "val").
    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Parses a part; throws with the part's name when it is not well-formed XML.
    static func parse(_ data: Data, part: String) throws -> OfficeXML {
        // XMLParser on Linux stops the process on a name that is not UTF-8 (it unwraps the String it makes of
        // libxml2's bytes), so the bytes are checked first; Office writes its parts in UTF-8, and one in UTF-16
        // is made UTF-8.
        var data = data
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]), let text = String(data: data, encoding: .utf16) {
            data = Data(text.replacingOccurrences(of: "encoding=\"UTF-16\"", with: "encoding=\"UTF-8\"",
                                                  options: .caseInsensitive).utf8)
        }
        guard String(validating: data, as: UTF8.self) != nil else {
            throw PartError(part: part, reason: "its bytes are not UTF-8")
        }
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        // libxml2 through XMLParser on Linux answers true for a part cut short, and sets the error: both are asked.
        let parsed = parser.parse()
        if let error = parser.parserError as NSError? {
            let reason = error.code == XMLParser.ErrorCode.prematureDocumentEndError.rawValue
                ? "it ends before its elements are closed" : "error \(error.code) at line \(parser.lineNumber)"
            throw PartError(part: part, reason: reason)
        }
        guard parsed, let root = builder.root else { throw PartError(part: part, reason: "it has no element") }
        return root
    }

    /// A part that is not XML: which part, and what the parser said.
    struct PartError: Error {
        let part: String
        let reason: String
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: OfficeXML?
        private var open: [OfficeXML] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            let element = OfficeXML(name: OfficeXML.localName(elementName), attributes: attributes)
            if let parent = open.last { parent.children.append(element) } else { root = element }
            open.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            open.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            open.last?.text += String(decoding: block, as: UTF8.self)
        }
    }
}
