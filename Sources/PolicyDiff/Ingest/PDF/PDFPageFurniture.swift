/// Running headers, footers and page numbers of a PDF: the lines at the top
/// or bottom of the pages that repeat from page to page once their numbers
/// are set aside (`第3页 共10页` and `第4页 共10页` are one line), and page
/// numbers in the shapes Chinese official documents print them (`— 3 —`,
/// `- 3 -`, `第3页`, `3/10`) wherever they stand at a page's edge.
struct PDFPageFurniture {
    /// Lines at each end of a page where furniture is looked for.
    var edgeLines = 3
    /// A line is a running header or footer when it stands at the edge of at
    /// least this share of the pages (alternating headers stand on half).
    var minimumShare = 0.5

    struct Cut {
        var pages: [[PDFTextLayer.Line]]
        var repeatedLines = 0
        var pageNumbers = 0

        var summary: String? {
            var parts: [String] = []
            if repeatedLines > 0 { parts.append("\(repeatedLines) running header/footer line\(repeatedLines == 1 ? "" : "s")") }
            if pageNumbers > 0 { parts.append("\(pageNumbers) page number\(pageNumbers == 1 ? "" : "s")") }
            return parts.isEmpty ? nil : "cut PDF page furniture: " + parts.joined(separator: ", ")
        }
    }

    func cut(_ pages: [[PDFTextLayer.Line]]) -> Cut {
        var pagesWith: [String: Int] = [:]
        for page in pages {
            var seen = Set<String>()
            for index in edgeIndices(page.count) { seen.insert(Self.key(page[index].text)) }
            for key in seen { pagesWith[key, default: 0] += 1 }
        }
        let needed = max(2, Int((Double(pages.count) * minimumShare).rounded(.up)))
        var result = Cut(pages: [])
        for page in pages {
            let edges = Set(edgeIndices(page.count))
            var kept: [PDFTextLayer.Line] = []
            for (index, line) in page.enumerated() {
                if edges.contains(index) {
                    if Self.isPageNumber(line.text) { result.pageNumbers += 1; continue }
                    if pages.count >= 2, pagesWith[Self.key(line.text), default: 0] >= needed {
                        result.repeatedLines += 1
                        continue
                    }
                }
                kept.append(line)
            }
            result.pages.append(kept)
        }
        return result
    }

    private func edgeIndices(_ count: Int) -> [Int] {
        let top = Array(0..<min(edgeLines, count))
        let bottom = Array(max(0, count - edgeLines)..<count)
        return Array(Set(top + bottom)).sorted()
    }

    /// The line with spaces dropped and each run of digits (ASCII, full-width or
    /// Chinese numerals standing alone as a page number) one `#`.
    static func key(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        var inNumber = false
        for scalar in line.unicodeScalars where !scalar.properties.isWhitespace {
            let digit = ("0"..."9").contains(scalar) || (0xFF10...0xFF19).contains(scalar.value)
            if digit {
                if !inNumber { out.append("#") }
                inNumber = true
            } else {
                out.append(scalar)
                inNumber = false
            }
        }
        return String(out)
    }

    /// `— 3 —`, `- 3 -`, `－3－`, `3`, `第3页`, `第 3 页 共 10 页`, `3/10`, `Page 3 of 10`.
    static func isPageNumber(_ line: String) -> Bool {
        let key = Self.key(line)
        let undecorated = key.filter { !dashes.contains($0) }
        if undecorated == "#" && key.count <= 8 { return key != "#" || line.unicodeScalars.count <= 4 }
        return shapes.contains(key) || shapes.contains(undecorated)
    }

    /// What stands around a page number: `— 3 —`, `- 3 -`, `·3·`.
    private static let dashes: Set<Character> = ["-", "—", "–", "－", "―", "‒", "·", "•"]
    /// Page numbers in words, as `key` writes them (every number one `#`).
    private static let shapes: Set<String> = ["第#页", "第#页共#页", "第#页，共#页", "第#页,共#页", "第#页/共#页", "共#页第#页",
                                              "#/#", "页码：#", "Page#", "Page#of#", "page#of#", "-#/#-"]
}
