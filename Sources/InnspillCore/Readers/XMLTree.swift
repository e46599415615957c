import CLibXML2
import Foundation

/// A document libxml2 parsed (a web page, an OpenDocument part), walked in the document's order: elements with their
/// names and attributes, and the text between them. `OfficeXML` keeps an element's text apart from its children, which
/// is enough for Office Open XML, whose text stands in elements of its own; a web page and an OpenDocument part mix
/// text and elements (`<text:p>Gruppe <text:span>2</text:span>: Bodø</text:p>`), which only the tree keeps in order.
///
/// ```swift
/// let tree = try XMLTree(xml: Data("<p>Gruppe <b>2</b>: Bodø</p>".utf8))
/// tree.root?.children.map { $0.name ?? $0.text! }   // ["Gruppe ", "b", ": Bodø"]
/// ```
final class XMLTree {
    private let document: OpaquePointer

    /// The tree of a web page, as a browser would build it from tags left open, entities and the page's own charset;
    /// `encoding` is the page's when it names none. Nil when libxml2 builds nothing.
    init?(html data: Data, encoding: String?) {
        let document = data.withUnsafeBytes { bytes in
            htmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, encoding,
                           Int32(INNSPILL_HTML_PARSE_OPTIONS))
        }
        guard let document else { return nil }
        self.document = document
    }

    /// The tree of a well-formed XML document; nil when it is not one.
    init?(xml data: Data) {
        let document = data.withUnsafeBytes { bytes in
            xmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, nil,
                          Int32(INNSPILL_XML_PARSE_OPTIONS))
        }
        guard let document else { return nil }
        self.document = document
    }

    deinit { xmlFreeDoc(document) }

    var root: XMLNode? { xmlDocGetRootElement(document).map(XMLNode.init) }
}

/// An element or a piece of text in an `XMLTree`. Valid while its tree is.
struct XMLNode {
    fileprivate let pointer: UnsafeMutablePointer<innspill_xml_node>

    /// An element's name as libxml2 gives it: without its namespace's prefix ("text:p" is "p"); nil for text.
    var name: String? {
        guard pointer.pointee.type == Int32(INNSPILL_XML_ELEMENT_NODE), let name = pointer.pointee.name else { return nil }
        return String(cString: name)
    }

    /// A text's (or CDATA section's) characters; nil for an element, a comment or an instruction.
    var text: String? {
        let type = pointer.pointee.type
        guard type == Int32(INNSPILL_XML_TEXT_NODE) || type == Int32(INNSPILL_XML_CDATA_SECTION_NODE),
              let content = pointer.pointee.content else { return nil }
        return String(cString: content)
    }

    /// The element's children in the document's order.
    var children: [XMLNode] {
        var nodes: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            nodes.append(XMLNode(pointer: current))
            child = current.pointee.next
        }
        return nodes
    }

    /// The element children with this name.
    func all(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The first element child with this name.
    func first(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// An attribute by its name without a prefix ("table:name" is "name").
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { innspill_xml_free(value) }
        return String(cString: value)
    }
}
