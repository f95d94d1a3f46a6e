import Foundation
import CLibXML2

/// One part of a .docx (word/document.xml, numbering.xml, styles.xml) parsed
/// by libxml2 as plain XML: no network, no DTD loading, no entity
/// substitution, libxml2's own depth limit (256 levels without
/// XML_PARSE_HUGE). Word never writes a DTD, so a part that has one is refused
/// rather than read with its entities unexpanded.
final class OOXMLTree {
    private let document: xmlDocPtr
    let root: OOXMLElement

    enum Failure: Error, Equatable {
        /// libxml2's message, e.g. "Excessive depth in document: 256 use XML_PARSE_HUGE option" (line 1).
        case notWellFormed(String)
        case hasDTD
    }

    init(bytes: [UInt8], name: String) throws(Failure) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { throw .notWellFormed("the part is empty") }
        _ = LibXML2.ready
        guard let context = xmlNewParserCtxt() else { throw .notWellFormed("out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                            | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                xmlCtxtReadMemory(context, chars, Int32(buffer.count), name, nil, options)
            }
        }
        // libxml2 may hand back a tree for a document it stopped reading (depth limit):
        // a part that is not well-formed is refused whole, never read in part.
        let wellFormed = context.pointee.wellFormed != 0
        guard let parsed, wellFormed, let rootNode = xmlDocGetRootElement(parsed) else {
            if let parsed { xmlFreeDoc(parsed) }
            throw .notWellFormed(Self.message(context))
        }
        if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            xmlFreeDoc(parsed)
            throw .hasDTD
        }
        document = parsed
        root = OOXMLElement(node: rootNode)
    }

    deinit { xmlFreeDoc(document) }

    private static func message(_ context: xmlParserCtxtPtr) -> String {
        let error = context.pointee.lastError
        guard let text = error.message else { return "not well-formed XML" }
        let line = error.line > 0 ? " (line \(error.line))" : ""
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines) + line
    }
}

/// An element of an OOXML part, read by local name: parts written by Word,
/// WPS and LibreOffice agree on the namespaces but not on their prefixes.
struct OOXMLElement {
    let node: xmlNodePtr

    var name: String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// Whether the element is WordprocessingML's (transitional or strict), so that
    /// a `w:t` is told from a DrawingML `a:t`.
    var isWordML: Bool {
        guard let href = node.pointee.ns?.pointee.href else { return false }
        let ns = String(cString: href)
        return ns == OOXMLNamespace.wordMain || ns == OOXMLNamespace.wordStrict
    }

    var children: [OOXMLElement] {
        var out: [OOXMLElement] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(OOXMLElement(node: c)) }
            child = c.pointee.next
        }
        return out
    }

    /// The first child element with this local name.
    func child(_ localName: String) -> OOXMLElement? {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, let n = c.pointee.name, OOXMLElement.equals(n, localName) {
                return OOXMLElement(node: c)
            }
            child = c.pointee.next
        }
        return nil
    }

    /// An attribute by local name (`w:val` → "val"), whatever its prefix.
    func attribute(_ localName: String) -> String? {
        var attribute = node.pointee.properties
        while let attr = attribute {
            if let n = attr.pointee.name, OOXMLElement.equals(n, localName) {
                guard let text = attr.pointee.children?.pointee.content else { return "" }
                return String(cString: text)
            }
            attribute = attr.pointee.next
        }
        return nil
    }

    /// `w:val` of the named child: the shape of most WordprocessingML properties.
    func value(of childName: String) -> String? {
        child(childName)?.attribute("val")
    }

    /// A boolean property (`<w:vanish/>`, `<w:vanish w:val="0"/>`).
    func flag(_ childName: String) -> Bool {
        guard let element = child(childName) else { return false }
        guard let value = element.attribute("val") else { return true }
        return !(value == "0" || value == "false" || value == "off")
    }

    /// The text nodes directly inside (a `w:t`'s characters).
    var text: String {
        var out = ""
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                out += String(cString: content)
            }
            child = c.pointee.next
        }
        return out
    }

    private static func equals(_ cName: UnsafePointer<xmlChar>, _ name: String) -> Bool {
        var p = cName
        for byte in name.utf8 {
            guard p.pointee == byte else { return false }
            p += 1
        }
        return p.pointee == 0
    }
}

enum OOXMLNamespace {
    static let wordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let wordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
}
