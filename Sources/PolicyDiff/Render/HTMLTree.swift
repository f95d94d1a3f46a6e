import CLibXML2

/// An HTML page built as a libxml2 tree and serialised by libxml2's HTML writer.
///
/// Document text only ever enters the page through `text(_:)` (a text node) or an
/// attribute value, which libxml2 escapes when it writes them: no markup is ever
/// assembled from strings, so `<script>` in a policy text stays text.
///
/// Not Sendable: a page belongs to the thread that builds it. `HTMLTree` frees its
/// libxml2 document when it goes away.
public final class HTMLTree {
    let doc: xmlDocPtr?
    /// The <html> element.
    public let root: HTMLElement

    /// libxml2 wants xmlInitParser once, before threads share the library; a Swift
    /// static is initialised exactly once, whichever worker gets here first.
    private static let libraryReady: Bool = {
        xmlInitParser()
        return true
    }()

    public init(lang: String) {
        _ = HTMLTree.libraryReady
        // No DTD from libxml2 (its default is HTML 4.0 Transitional): an internal
        // subset named "html" with no public or system id serialises as <!DOCTYPE html>.
        let document = htmlNewDocNoDtD(nil, nil)
        doc = document
        xmlCreateIntSubset(document, "html", nil, nil)
        let html = xmlNewDocNode(document, nil, "html", nil)
        xmlDocSetRootElement(document, html)
        root = HTMLElement(node: html, doc: document)
        root.attr("lang", lang)
    }

    deinit {
        xmlFreeDoc(doc)
    }

    /// The page as UTF-8 HTML5. libxml2 writes non-ASCII characters as they are
    /// (an HTML document's text is taken as UTF-8), escapes `&` `<` `>` in text and
    /// `&` `<` `>` `"` in attributes, and writes void elements (<meta>, <br>) without
    /// a closing tag or a slash.
    public func serialized() -> String {
        // An output buffer without an encoder passes UTF-8 through; the
        // htmlDocDump* entry points would pick the "HTML" encoder when the page has
        // no http-equiv meta and turn every Chinese character into &#NNNNN;.
        guard let buffer = xmlAllocOutputBuffer(nil) else { return "" }
        htmlDocContentDumpFormatOutput(buffer, doc, "UTF-8", 1)
        xmlOutputBufferFlush(buffer)
        var result = ""
        if let content = xmlOutputBufferGetContent(buffer) {
            let count = Int(xmlOutputBufferGetSize(buffer))
            result = String(decoding: UnsafeBufferPointer(start: content, count: count), as: UTF8.self)
        }
        xmlOutputBufferClose(buffer)
        return result
    }
}

/// An element of an `HTMLTree`; valid while its tree lives.
public struct HTMLElement {
    let node: xmlNodePtr?
    let doc: xmlDocPtr?

    fileprivate init(node: xmlNodePtr?, doc: xmlDocPtr?) {
        self.node = node
        self.doc = doc
    }

    /// Appends a child element and returns it.
    @discardableResult
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) -> HTMLElement {
        let child = xmlNewDocNode(doc, nil, name, nil)
        xmlAddChild(node, child)
        let element = HTMLElement(node: child, doc: doc)
        for (key, value) in attributes { element.attr(key, value) }
        return element
    }

    /// Appends a child element holding one text node.
    @discardableResult
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) -> HTMLElement {
        let element = element(name, attributes)
        // A <title> (of the page or of an SVG) holds text only, no span.
        // An element that names its own language holds its text as it stands.
        if name == "title" || attributes.contains(where: { $0.key == "lang" }) { element.rawText(text) } else { element.text(text) }
        return element
    }

    /// The last child element, if any.
    public var lastChild: HTMLElement? {
        guard let last = xmlGetLastChild(node) else { return nil }
        return HTMLElement(node: last, doc: doc)
    }

    /// Appends the tool's words: Chinese as text of the page's language, each English
    /// run after it in a `<span lang="en">`, so that readers, screen readers and the
    /// checker's language detection know which language each run is in.
    public func text(_ string: String) {
        for run in LanguageRuns.split(string) {
            if run.isEnglish { element("span", ["lang": "en"]).rawText(run.text) } else { rawText(run.text) }
        }
    }

    /// Appends a text node as it stands: the string is content, never markup.
    public func rawText(_ string: String) {
        guard !string.isEmpty else { return }
        let cleaned = HTMLElement.characterDataSafe(string)
        let textNode = xmlNewDocText(doc, cleaned)
        xmlAddChild(node, textNode)
    }

    /// An empty text node. libxml2's formatted output puts a line break after a
    /// block element's start tag when its first child is an element, and before its
    /// end tag when its last child is one; inside `white-space: pre-wrap` text those
    /// breaks would show. Opening and closing such text with an empty text node keeps
    /// the serialiser's hands off it.
    public func emptyText() {
        xmlAddChild(node, xmlNewDocText(doc, ""))
    }

    /// Sets an attribute; the value is escaped on output.
    public func attr(_ name: String, _ value: String) {
        xmlSetProp(node, name, HTMLElement.characterDataSafe(value))
    }

    /// Raw character data for <style>: libxml2 writes the content of <style> and
    /// <script> unescaped, as HTML requires. Only for the tool's own constant CSS.
    public func rawStyleSheet(_ css: StaticString) {
        let string = css.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        xmlAddChild(node, xmlNewDocText(doc, string))
    }

    /// Characters HTML forbids in text (C0 controls other than tab/newline, NUL,
    /// noncharacters) are replaced, so any bytes a source held give a valid page.
    static func characterDataSafe(_ string: String) -> String {
        var needsCleaning = false
        for scalar in string.unicodeScalars where !isAllowed(scalar) {
            needsCleaning = true
            break
        }
        guard needsCleaning else { return string }
        var out = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            out.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
        return String(out)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x09 || v == 0x0A || v == 0x0D { return true }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        if (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE { return false }
        return true
    }
}

/// Where the English of a bilingual label begins and ends: a run that starts with a
/// Latin letter and goes on through Latin letters, digits, spaces and ASCII punctuation
/// until the next Chinese character; two letters at least (a lone "A" in 甲 A is a name).
enum LanguageRuns {
    struct Run: Equatable {
        var text: String
        var isEnglish: Bool
    }

    static func split(_ string: String) -> [Run] {
        // Most text of a page is Chinese without a Latin letter: one run, as the walk below gives.
        if !string.utf8.contains(where: { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) {
            return string.isEmpty ? [] : [Run(text: string, isEnglish: false)]
        }
        var runs: [Run] = []
        let scalars = Array(string.unicodeScalars)
        var i = 0, plainStart = 0
        func flushPlain(_ end: Int) {
            if end > plainStart { runs.append(Run(text: ScalarText.string(scalars[plainStart..<end]), isEnglish: false)) }
        }
        while i < scalars.count {
            guard isLetter(scalars[i]) else { i += 1; continue }
            var j = i
            while j < scalars.count, isLatin(scalars[j]) { j += 1 }
            var end = j
            while end > i, scalars[end - 1] == " " { end -= 1 }
            if scalars[i..<end].filter(isLetter).count >= 2 {
                flushPlain(i)
                runs.append(Run(text: ScalarText.string(scalars[i..<end]), isEnglish: true))
                plainStart = end
            }
            i = max(j, i + 1)
        }
        flushPlain(scalars.count)
        return runs
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }

    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && s.value >= 0x20 && s != "<" && s != ">" || s == "–" || s == "→" || s == "—"
    }
}
