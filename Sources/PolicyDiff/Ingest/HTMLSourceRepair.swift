/// Repairs to a page's bytes before libxml2 parses it, for two things its HTML
/// parser gets wrong on real pages:
///
/// - `<![CDATA[ … ]]>` outside `<svg>`/`<math>` is not CDATA in HTML: libxml2 keeps it as
///   text, so script data wrapped in it would leak into the document. The section is dropped
///   here when the page goes through this pass, and by the tree walk otherwise.
/// - libxml2 stops the whole parse at about 256 levels of nesting (without
///   HTML_PARSE_HUGE, which also lifts its other limits): text deeper than that and
///   everything after it would be lost. Tags nested deeper than `maxDepth` are dropped
///   (a block tag becomes a line break), so their text joins the element at that depth
///   and the rest of the page is read. The reader then warns `deep-nesting`.
///
/// Depth is counted the way browsers nest: void elements and elements whose end tag
/// is implied (p, li, td, tr, option …) are not counted, so old pages that never close
/// their `<p>`s are not deep.
struct HTMLSourceRepair {
    /// Below libxml2's limit of 256, with room for the html/body/table levels it adds.
    var maxDepth = 200

    struct Result {
        var bytes: [UInt8]
        var flattenedLevels: Int
        var droppedCDATA: Int
    }

    static let voidElements: Set<String> = ["br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed",
                                           "param", "source", "track", "wbr", "frame", "keygen"]
    /// End tags browsers imply: an unclosed one does not nest what follows.
    static let impliedEnd: Set<String> = ["p", "li", "td", "th", "tr", "option", "dd", "dt", "thead", "tbody", "tfoot",
                                         "colgroup", "rt", "rp", "optgroup"]
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp"]

    /// Called only for a page libxml2 could not read to its end (`HTMLPageReader` reports it).
    func repair(_ bytes: [UInt8]) -> Result {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var depth = 0
        var deepest = 0
        var cdata = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            guard b == UInt8(ascii: "<"), i + 1 < n else { out.append(b); i += 1; continue }
            if starts(bytes, at: i, "<![CDATA[") {
                let end = find(bytes, "]]>", from: i + 9) ?? n
                i = min(n, end + 3)
                cdata += 1
                continue
            }
            if starts(bytes, at: i, "<!--") {
                let end = find(bytes, "-->", from: i + 4).map { $0 + 3 } ?? n
                out.append(contentsOf: bytes[i..<end])
                i = end
                continue
            }
            let closing = bytes[i + 1] == UInt8(ascii: "/")
            let nameStart = closing ? i + 2 : i + 1
            var j = nameStart
            while j < n, isNameByte(bytes[j]) { j += 1 }
            guard j > nameStart, let tagEnd = tagEnd(bytes, from: j) else { out.append(b); i += 1; continue }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            let selfClosing = bytes[tagEnd - 1] == UInt8(ascii: "/")
            let counted = !Self.voidElements.contains(name) && !Self.impliedEnd.contains(name) && !selfClosing
            var keep = true
            if counted {
                if closing {
                    keep = depth <= maxDepth
                    depth = max(0, depth - 1)
                } else {
                    depth += 1
                    deepest = max(deepest, depth)
                    keep = depth <= maxDepth
                }
            }
            if keep {
                out.append(contentsOf: bytes[i...tagEnd])
            } else if HTMLMarkupTable.standard.blocks.contains(name) {
                out.append(contentsOf: Array("<br>".utf8))
            }
            i = tagEnd + 1
            if !closing, keep, Self.rawText.contains(name) {
                // Script and style text is not markup: copy it to its end tag unread.
                let end = findCaseless(bytes, "</" + name, from: i) ?? n
                out.append(contentsOf: bytes[i..<end])
                i = end
            }
        }
        return Result(bytes: out, flattenedLevels: max(0, deepest - maxDepth), droppedCDATA: cdata)
    }

    private func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":")
    }

    /// The index of the `>` closing a tag, quotes respected.
    private func tagEnd(_ bytes: [UInt8], from: Int) -> Int? {
        var quote: UInt8? = nil
        var k = from
        while k < bytes.count {
            let c = bytes[k]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: ">") {
                return k
            } else if c == UInt8(ascii: "<") {
                return nil
            }
            k += 1
        }
        return nil
    }

    private func starts(_ bytes: [UInt8], at i: Int, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count else { return false }
        for k in 0..<w.count where bytes[i + k] != w[k] { return false }
        return true
    }

    private func find(_ bytes: [UInt8], _ word: String, from: Int) -> Int? {
        let w = Array(word.utf8)
        guard let first = w.first, bytes.count >= w.count else { return nil }
        var i = from
        while i + w.count <= bytes.count {
            if bytes[i] == first, starts(bytes, at: i, word) { return i }
            i += 1
        }
        return nil
    }

    private func findCaseless(_ bytes: [UInt8], _ word: String, from: Int) -> Int? {
        let w = Array(word.lowercased().utf8)
        var i = from
        while i + w.count <= bytes.count {
            var k = 0
            while k < w.count, (bytes[i + k] | (bytes[i + k] >= 0x41 && bytes[i + k] <= 0x5A ? 0x20 : 0)) == w[k] { k += 1 }
            if k == w.count { return i }
            i += 1
        }
        return nil
    }
}
