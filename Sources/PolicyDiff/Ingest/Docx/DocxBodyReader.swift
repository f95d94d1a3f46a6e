/// The body of word/document.xml as the paragraphs a reader sees, in reading
/// order: numbered paragraphs with their list labels, tables one cell per line
/// (the shape of a task table flattened by a website or a scraper, which the
/// segmenter reads as rows), tracked changes accepted. Footnotes, endnotes,
/// comments, headers and footers live in other parts and are never read;
/// hidden text (`w:vanish`), field codes, drawings and text boxes, and a
/// table of contents (which repeats every heading with a page number) are left out.
struct DocxBodyReader {
    struct Body {
        var paragraphs: [String] = []
        /// Tracked insertions kept and deletions dropped.
        var insertions = 0
        var deletions = 0
    }

    private let styles: DocxStyles
    private var counters: ListCounters
    private var body = Body()
    /// The text of a paragraph whose mark was deleted in tracked changes: accepted,
    /// it runs on into the next paragraph.
    private var runOn = ""

    init(numbering: ListNumbering, styles: DocxStyles) {
        self.styles = styles
        self.counters = ListCounters(numbering: numbering)
    }

    mutating func read(document root: OOXMLElement) -> Body {
        if let content = root.child("body") { blocks(content) }
        if !runOn.isEmpty { emit(runOn) }
        return body
    }

    // MARK: - Blocks

    private mutating func blocks(_ container: OOXMLElement) {
        for element in container.children where element.isWordML {
            switch element.name {
            case "p": paragraph(element)
            case "tbl": table(element)
            case "sdt":
                guard !isTableOfContents(element), let content = element.child("sdtContent") else { continue }
                blocks(content)
            case "customXml":
                blocks(element)
            case "ins", "moveTo":
                body.insertions += 1
                blocks(element)
            case "del", "moveFrom":
                body.deletions += 1
            default:
                continue   // sectPr, bookmarks, proofing marks, altChunk
            }
        }
    }

    private mutating func paragraph(_ p: OOXMLElement) {
        let properties = p.child("pPr")
        let style = properties?.value(of: "pStyle")
        if let style, styles.isTableOfContents(style) { return }
        let label = listLabel(properties: properties, style: style)
        var text = ""
        inline(p, into: &text)
        if properties?.child("rPr")?.child("del") != nil {
            // The paragraph mark itself was deleted: accepted, the next paragraph continues this one.
            body.deletions += 1
            runOn += (label ?? "") + text
            return
        }
        let whole = runOn + (label ?? "") + text
        runOn = ""
        emit(whole)
    }

    /// A paragraph's label from its own `w:numPr`, or from its style's.
    private mutating func listLabel(properties: OOXMLElement?, style: String?) -> String? {
        if let numPr = properties?.child("numPr"), let numID = numPr.value(of: "numId") {
            let ilvl = numPr.value(of: "ilvl").flatMap(Int.init)
                ?? style.flatMap { counters.numbering.levelIndex(numID: numID, paragraphStyle: $0) } ?? 0
            return counters.nextLabel(numID: numID, ilvl: ilvl)
        }
        guard let style, let (numID, styleLevel) = styles.numbering(of: style) else { return nil }
        let ilvl = styleLevel ?? counters.numbering.levelIndex(numID: numID, paragraphStyle: style) ?? 0
        return counters.nextLabel(numID: numID, ilvl: ilvl)
    }

    private mutating func emit(_ text: String) {
        // A line break (w:br, w:cr) inside a paragraph starts a new line of text.
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = LayoutSpace.trimmedPackagedLine(line)
            if !trimmed.isEmpty { body.paragraphs.append(trimmed) }
        }
    }

    // MARK: - Tables

    /// Each row's cells in order, one per line. A cell merged down from the row
    /// above (`w:vMerge` without `restart`) is not repeated: it stands once, as a
    /// rowspan cell of a web table stands once in the flattened text of a page,
    /// the shape the segmenter reads. An empty cell is left out, as flattening
    /// leaves it out.
    private mutating func table(_ tbl: OOXMLElement) {
        for row in rows(of: tbl) {
            if row.child("trPr")?.child("del") != nil { body.deletions += 1; continue }
            for cell in cells(of: row) {
                if let merge = cell.child("tcPr")?.child("vMerge"), merge.attribute("val") != "restart" { continue }
                let text = LayoutSpace.trimmedPackagedLine(Substring(cellText(cell)))
                if !text.isEmpty { body.paragraphs.append(text) }
            }
        }
    }

    private func rows(of tbl: OOXMLElement) -> [OOXMLElement] { elements("tr", in: tbl) }

    private func cells(of row: OOXMLElement) -> [OOXMLElement] { elements("tc", in: row) }

    /// Rows of a table or cells of a row, also inside content controls and custom XML.
    private func elements(_ name: String, in container: OOXMLElement) -> [OOXMLElement] {
        container.children.flatMap { element -> [OOXMLElement] in
            guard element.isWordML else { return [] }
            if element.name == name { return [element] }
            if element.name == "sdt", let content = element.child("sdtContent") { return elements(name, in: content) }
            if element.name == "customXml" { return elements(name, in: element) }
            return []
        }
    }

    /// A cell's paragraphs (and nested tables) on one line, joined by a space.
    private mutating func cellText(_ cell: OOXMLElement) -> String {
        let saved = body.paragraphs
        body.paragraphs = []
        let savedRunOn = runOn
        runOn = ""
        blocks(cell)
        if !runOn.isEmpty { emit(runOn) }
        let lines = body.paragraphs
        body.paragraphs = saved
        runOn = savedRunOn
        return lines.joined(separator: " ")
    }

    // MARK: - Runs

    private mutating func inline(_ container: OOXMLElement, into text: inout String) {
        for element in container.children where element.isWordML {
            switch element.name {
            case "r": run(element, into: &text)
            case "ins", "moveTo":
                body.insertions += 1
                inline(element, into: &text)
            case "del", "moveFrom":
                body.deletions += 1
            case "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo":
                inline(element, into: &text)
            case "sdt":
                if let content = element.child("sdtContent") { inline(content, into: &text) }
            default:
                continue   // pPr, bookmarks, comment ranges, proofing marks, math
            }
        }
    }

    private func run(_ r: OOXMLElement, into text: inout String) {
        if let properties = r.child("rPr"), properties.flag("vanish") || properties.flag("webHidden") { return }
        for element in r.children where element.isWordML {
            switch element.name {
            case "t": text += element.text
            case "tab", "ptab": text += " "
            case "br":
                let type = element.attribute("type")
                if type == nil || type == "textWrapping" { text += "\n" }
            case "cr": text += "\n"
            case "noBreakHyphen": text += "-"
            default:
                continue   // delText, instrText, footnote/endnote/comment references, drawings, symbols
            }
        }
    }

    private func isTableOfContents(_ sdt: OOXMLElement) -> Bool {
        guard let gallery = sdt.child("sdtPr")?.child("docPartObj")?.value(of: "docPartGallery") else { return false }
        return gallery.lowercased().contains("table of contents")
    }
}
