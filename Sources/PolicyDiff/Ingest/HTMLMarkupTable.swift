/// How the elements of a saved page are read: which are never text, which break
/// paragraphs, and which class/id names mark page furniture. A researcher who
/// meets a site with other conventions extends these sets.
public struct HTMLMarkupTable: Sendable {
    /// Elements whose content is never document text (scripts, embedded frames,
    /// form controls, the head with its <title> that repeats the site name).
    public var skipped: Set<String>
    /// Elements that start and end a paragraph.
    public var blocks: Set<String>
    /// Table cells: their content is separated by a space within a row.
    public var cells: Set<String>
    /// Class or id names (or their parts split at - and _) of furniture containers.
    /// Matched whole, or as a prefix when five letters or longer (banner → bannerS).
    /// Deliberately absent: print (sites wrap the printable article in
    /// id="printContent"), header (article headers hold the title).
    public var furnitureMarkers: Set<String>
    /// Inline style declarations (spaces removed) that hide an element and its text.
    public var hiddenStyles: [String] = ["display:none", "visibility:hidden"]

    public static let standard = HTMLMarkupTable(
        skipped: ["script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed",
                  "applet", "svg", "math", "canvas", "template", "select", "option", "button",
                  "textarea", "input", "head", "title", "map", "audio", "video", "link", "meta", "img"],
        blocks: ["address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
                 "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                 "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
                 "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
                 "tbody", "tfoot", "thead", "tr", "ul"],
        cells: ["td", "th"],
        furnitureMarkers: ["nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb",
                           "crumbs", "position", "location", "weizhi", "dangqian", "footer", "foot",
                           "bottom", "copyright", "banner", "share", "bdsharebuttonbox", "fenxiang",
                           "qrcode", "qr", "erweima", "ewm", "related", "xgxw", "xglj", "xgwz", "toolbar",
                           "sidebar", "topbar", "search", "login", "comment", "pinglun", "guanbi"]
    )

    func isFurnitureName(_ value: String) -> Bool {
        for name in value.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            if furnitureMarkers.contains(String(name)) { return true }
            for part in name.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
                let p = String(part)
                if furnitureMarkers.contains(p) { return true }
                if furnitureMarkers.contains(where: { $0.count >= 5 && p.hasPrefix($0) }) { return true }
            }
        }
        return false
    }
}
