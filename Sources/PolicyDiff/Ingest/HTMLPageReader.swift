import CLibXML2
import Foundation

/// Parses a saved page with libxml2's HTML parser (recover mode, no network, no
/// error output) and walks the tree into `PageLine`s: one per paragraph, list
/// item, heading or table row, with what the furniture rules need to know about
/// each (how much of it is link text, which table, form or furniture container
/// it sits in).
///
/// The walk is iterative (parent/next pointers), so a page nested 10,000 levels
/// deep costs no stack.
struct HTMLPageReader: Sendable {
    var markup: HTMLMarkupTable = .standard

    /// `utf8`: the page already decoded to UTF-8 (with its charset declaration
    /// rewritten to utf-8); nil when libxml2 could not build a tree at all.
    func lines(utf8 bytes: [UInt8]) -> [PageLine]? {
        lines(utf8: bytes, halted: nil)
    }

    /// `halted` is set when libxml2 stopped the parse before the end of the page (it
    /// does so at about 256 levels of nesting): the caller may repair the page and read it again.
    func lines(utf8 bytes: [UInt8], halted: UnsafeMutablePointer<Bool>?) -> [PageLine]? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max), LibXML2.ready,
              let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
                            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        halted?.pointee = context.pointee.disableSAX != 0
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return [] }
        var walk = TreeWalk(markup: markup)
        walk.run(from: root)
        return walk.finish()
    }
}

/// The state of one walk over a parsed page.
private struct TreeWalk {
    let markup: HTMLMarkupTable

    private enum Gap: Int, Comparable {
        case none, space, segmentBreak, cell
        static func < (a: Gap, b: Gap) -> Bool { a.rawValue < b.rawValue }
    }

    private struct RawLine {
        var line: PageLine
        var row: Int?
        var cell: Int?
        var characters: Int
        var linkCharacters: Int
    }

    private var raw: [RawLine] = []
    private var buffer = String.UnicodeScalarView()
    private var gap = Gap.none
    private var characters = 0
    private var linkCharacters = 0
    private var last: Unicode.Scalar?
    private var linkDepth = 0
    private var preDepth = 0
    private var furnitureStack: [Int] = []
    private var tableStack: [Int] = []
    private var formStack: [Int] = []
    private var rowStack: [Int] = []
    private var cellStack: [Int] = []
    private var nextID = 0
    private var lineStart: (container: Int?, table: Int?, form: Int?, row: Int?, cell: Int?) = (nil, nil, nil, nil, nil)

    /// `markup.hiddenStyles` as bytes, measured once per page.
    private let hiddenStyleBytes: [[UInt8]]

    init(markup: HTMLMarkupTable) {
        self.markup = markup
        self.hiddenStyleBytes = markup.hiddenStyles.map { Array($0.lowercased().utf8) }
    }

    mutating func run(from root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        while let current = node {
            if enter(current), let child = current.pointee.children {
                node = child
                continue
            }
            // Climb until a node has a next sibling, leaving each element on the way.
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing {
                leave(up)
                if up == root { break }
                if let next = up.pointee.next { node = next; break }
                climbing = up.pointee.parent
                if climbing == nil || climbing?.pointee.type == XML_HTML_DOCUMENT_NODE { break }
            }
        }
        flush()
    }

    mutating func finish() -> [PageLine] {
        flush()
        return mergedRows()
    }

    // MARK: - Elements

    /// Returns whether to descend into the node's children.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                // libxml2's HTML parser keeps `<![CDATA[ … ]]>` as text: it is script data, not the document's.
                if strstr(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self), "<![CDATA[") != nil {
                    append(Self.withoutCDATA(String(cString: content)))
                } else {
                    append(String(cString: content))
                }
            }
            return false
        case XML_ELEMENT_NODE:
            break
        default:
            return false
        }
        let name = elementName(node)
        if markup.skipped.contains(name) || isHidden(node) { return false }
        if markup.blocks.contains(name) { flush() }
        switch name {
        case "a": linkDepth += 1
        case "pre": preDepth += 1
        case "table": tableStack.append(newID())
        case "form": formStack.append(newID())
        case "tr": rowStack.append(newID())
        default: break
        }
        if markup.cells.contains(name) {
            cellStack.append(newID())
            if !buffer.isEmpty { gap = .cell }
        }
        if isFurnitureContainer(node) { furnitureStack.append(newID()) }
        return true
    }

    private mutating func leave(_ node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        let name = elementName(node)
        if markup.skipped.contains(name) || isHidden(node) { return }
        if markup.blocks.contains(name) { flush() }
        switch name {
        case "a": linkDepth = max(0, linkDepth - 1)
        case "pre": preDepth = max(0, preDepth - 1)
        case "table": _ = tableStack.popLast()
        case "form": _ = formStack.popLast()
        case "tr": _ = rowStack.popLast()
        default: break
        }
        if markup.cells.contains(name) {
            _ = cellStack.popLast()
            if !buffer.isEmpty { gap = .cell }
        }
        if isFurnitureContainer(node) { _ = furnitureStack.popLast() }
    }

    private func elementName(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// An element the browser does not show: `hidden`, `aria-hidden="true"`, or a style
    /// with display:none / visibility:hidden. Sites hide menus, templates and old
    /// versions of the text this way; none of it is the document.
    private func isHidden(_ node: xmlNodePtr) -> Bool {
        var attribute = node.pointee.properties
        while let attr = attribute {
            // Names compared as C strings: this runs on every element with attributes.
            if let name = attr.pointee.name {
                let chars = UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)
                if strcasecmp(chars, "hidden") == 0 { return true }
                let isStyle = strcasecmp(chars, "style") == 0
                if isStyle || strcasecmp(chars, "aria-hidden") == 0, let content = attr.pointee.children?.pointee.content {
                    if isStyle {
                        if hiddenStyleBytes.contains(where: { Self.declares(content, $0) }) { return true }
                    } else if Self.declares(content, Self.trueBytes) {
                        return true
                    }
                }
            }
            attribute = attr.pointee.next
        }
        return false
    }

    private func isFurnitureContainer(_ node: xmlNodePtr) -> Bool {
        var attribute = node.pointee.properties
        while let attr = attribute {
            if let name = attr.pointee.name {
                let key = String(cString: name).lowercased()
                if key == "class" || key == "id", let text = attr.pointee.children?.pointee.content,
                   markup.isFurnitureName(String(cString: text)) {
                    return true
                }
            }
            attribute = attr.pointee.next
        }
        return false
    }

    private mutating func newID() -> Int {
        nextID += 1
        return nextID
    }

    // MARK: - Text

    private mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                if preDepth > 0, scalar.value == 0x0A { flush(); continue }
                if !buffer.isEmpty { gap = max(gap, scalar.value == 0x0A || scalar.value == 0x0D ? .segmentBreak : .space) }
                continue
            default:
                break
            }
            if !buffer.isEmpty {
                switch gap {
                case .none: break
                case .space: buffer.append(" ")
                // Cells of a row are separated by a tab, as a spreadsheet copy gives them: the
                // segmenter reads a table row's cells from it (a tab is layout space for matching).
                case .cell: buffer.append("\t")
                case .segmentBreak:
                    // A line break in the source between two Chinese characters is
                    // not a space (CSS Text: segment breaks between wide characters vanish).
                    if !(last.map(Self.isWide) ?? false && Self.isWide(scalar)) { buffer.append(" ") }
                }
            } else {
                lineStart = (furnitureStack.first, tableStack.last, formStack.last, rowStack.last, cellStack.last)
            }
            gap = .none
            buffer.append(scalar)
            last = scalar
            if !LayoutSpace.isLayoutSpace(scalar) {
                characters += 1
                if linkDepth > 0 { linkCharacters += 1 }
            }
        }
    }

    private static let trueBytes = Array("true".utf8)

    /// Whether a C-string attribute value holds `pattern` (lower-case, no spaces), letters
    /// compared without case and spaces in the value skipped: `DISPLAY: none` holds display:none.
    private static func declares(_ value: UnsafePointer<xmlChar>, _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first else { return false }
        var start = value
        while start.pointee != 0 {
            if start.pointee | 0x20 == first {
                var p = start
                var k = 0
                while k < pattern.count, p.pointee != 0 {
                    let b = p.pointee
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { p += 1; continue }
                    guard (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == pattern[k] else { break }
                    k += 1
                    p += 1
                }
                if k == pattern.count { return true }
            }
            start += 1
        }
        return false
    }

    static func withoutCDATA(_ text: String) -> String {
        var rest = Substring(text)
        var out = ""
        while let open = rest.range(of: "<![CDATA[") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "]]>") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xFF00...0xFFEF, 0x20000...0x3FFFF, 0x2014, 0x2018...0x201D, 0x2026:
            return true
        default:
            return false
        }
    }

    private mutating func flush() {
        defer {
            buffer = String.UnicodeScalarView()
            gap = .none
            characters = 0
            linkCharacters = 0
            last = nil
        }
        guard characters > 0 else { return }
        let text = LayoutSpace.trimmed(String(buffer))
        guard !text.isEmpty else { return }
        let line = PageLine(text: text, linkShare: Double(linkCharacters) / Double(characters),
                            furnitureContainer: lineStart.container, table: lineStart.table, form: lineStart.form)
        raw.append(RawLine(line: line, row: lineStart.row, cell: lineStart.cell,
                           characters: characters, linkCharacters: linkCharacters))
    }

    /// A data table whose cells hold paragraphs (Word exports do: <td><p>一级指标</p></td>)
    /// reads as one line per row; a layout row whose cell holds the whole body does not.
    private func mergedRows() -> [PageLine] {
        var result: [PageLine] = []
        var i = 0
        while i < raw.count {
            guard let row = raw[i].row else {
                result.append(raw[i].line)
                i += 1
                continue
            }
            var j = i
            var total = 0
            var cells = Set<Int>()
            while j < raw.count, raw[j].row == row {
                total += raw[j].characters
                if let cell = raw[j].cell { cells.insert(cell) }
                j += 1
            }
            if j - i > 1, cells.count >= 2, total <= 300 {
                let group = raw[i..<j]
                let links = group.reduce(0) { $0 + $1.linkCharacters }
                var line = raw[i].line
                // Paragraphs of one cell are joined by a space, cells by a tab.
                var text = ""
                var previousCell: Int?? = .none
                for part in group {
                    if case .some(let cell) = previousCell { text += cell == part.cell ? " " : "\t" }
                    text += part.line.text
                    previousCell = .some(part.cell)
                }
                line.text = text
                line.linkShare = Double(links) / Double(max(1, total))
                result.append(line)
            } else {
                result.append(contentsOf: raw[i..<j].map(\.line))
            }
            i = j
        }
        return result
    }
}
