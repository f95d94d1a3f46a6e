/// What word/styles.xml says about paragraph styles that matters to the text:
/// the numbering a style carries (headings numbered through 标题 1 / Heading 1
/// rather than on each paragraph), and which styles are a table of contents,
/// whose lines repeat every heading with a page number.
struct DocxStyles {
    struct Style {
        var name: String
        var basedOn: String?
        var numID: String?
        var ilvl: Int?
    }

    private var styles: [String: Style] = [:]

    init() {}

    init(part root: OOXMLElement) {
        for element in root.children where element.isWordML && element.name == "style" {
            guard element.attribute("type") == "paragraph", let id = element.attribute("styleId") else { continue }
            let numPr = element.child("pPr")?.child("numPr")
            styles[id] = Style(name: element.value(of: "name") ?? id,
                               basedOn: element.value(of: "basedOn"),
                               numID: numPr?.value(of: "numId"),
                               ilvl: numPr?.value(of: "ilvl").flatMap(Int.init))
        }
    }

    /// The list a style numbers its paragraphs with, following `basedOn` (at most
    /// 16 steps: a loop of styles is a damaged file, not a reason to hang).
    func numbering(of styleID: String) -> (numID: String, ilvl: Int?)? {
        var id: String? = styleID
        var steps = 0
        while let current = id, let style = styles[current], steps < 16 {
            if let numID = style.numID { return (numID, style.ilvl) }
            id = style.basedOn
            steps += 1
        }
        return nil
    }

    /// Word's TOC styles are "toc 1" … "toc 9" whatever the interface language.
    func isTableOfContents(_ styleID: String) -> Bool {
        let name = (styles[styleID]?.name ?? styleID).lowercased()
        return name.hasPrefix("toc ") || name.hasPrefix("toc")
            && name.dropFirst(3).allSatisfy(\.isNumber) && name.count > 3
    }
}
