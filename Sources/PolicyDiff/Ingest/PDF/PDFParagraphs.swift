/// The lines of a PDF joined back into the paragraphs they were typeset from.
/// A PDF breaks a paragraph wherever the line is full; in Chinese text no
/// space or hyphen marks the break. A line is joined to the next unless
/// - the next line starts a heading, as the segmenter recognises one
///   (一、 （一） 1. 第X条 附件1), or
/// - the line stops short of the right margin (a heading or a paragraph's last line), or
/// - the next line is indented as a paragraph's first line is, in a document
///   that indents them (official documents indent two characters), or
/// - in a document that does not, the line ends a sentence (。；：！？).
/// Centred lines of one size (a title broken over two lines) are joined.
/// Where poppler gives no positions, the sentence and heading rules alone decide.
struct PDFParagraphs {
    /// A line counts as reaching the margin when it ends within this many
    /// character heights of it.
    var marginTolerance = 1.2
    /// A line starts a paragraph when it starts this many character heights
    /// right of the text's left edge (Chinese paragraphs are indented two characters).
    var indentThreshold = 1.2

    func paragraphs(_ pages: [[PDFTextLayer.Line]]) -> [String] {
        let lines = pages.flatMap { $0 }
        guard !lines.isEmpty else { return [] }
        let positioned = lines.contains { $0.right > 0 }
        let rightMargin = Self.percentile(lines.map(\.right), 0.9)
        let leftMargin = Self.percentile(lines.map(\.left), 0.1)
        let indented: (PDFTextLayer.Line) -> Bool = { $0.left > leftMargin + self.indentThreshold * max($0.height, 1) }
        let indentShare = Double(lines.filter(indented).count) / Double(lines.count)
        let indentsParagraphs = positioned && indentShare >= 0.05 && indentShare <= 0.7
        let centred: (PDFTextLayer.Line) -> Bool = { line in
            let before = line.left - leftMargin, after = rightMargin - line.right, em = max(line.height, 1)
            return before > 2 * em && after > 2 * em && abs(before - after) < 1.5 * em
        }
        var out: [String] = []
        var current = ""
        for (index, line) in lines.enumerated() {
            current = Self.join(current, Self.layoutSpacesDropped(line.text))
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            var ends = true
            if let next {
                let em = max(line.height, next.height, 1)
                let sameSize = abs(line.height - next.height) < 0.1 * em
                if Self.startsHeading(next.text) {
                    ends = true
                } else if positioned && sameSize && !Self.endsSentence(line.text)
                            && (centred(line) || line.right >= rightMargin - marginTolerance * em) && centred(next) {
                    ends = false   // a centred title over two lines
                } else if !positioned {
                    // Without positions a heading line (short, no sentence in it) cannot be
                    // told from a broken one by its width; its shape has to do.
                    ends = Self.endsSentence(line.text) || (Self.startsHeading(line.text) && Self.isShortTitle(line.text))
                } else if line.right < rightMargin - marginTolerance * em {
                    ends = true
                } else if indentsParagraphs {
                    ends = indented(next)
                } else {
                    ends = Self.endsSentence(line.text) || indented(next)
                }
            }
            if ends {
                out.append(current)
                current = ""
            }
        }
        return out
    }

    /// 。；：！？ and their ASCII forms, also behind a closing quote or bracket (。” ）).
    static func endsSentence(_ line: String) -> Bool {
        var scalars = line.unicodeScalars[...]
        while let last = scalars.last, closers.contains(last) { scalars = scalars.dropLast() }
        guard let last = scalars.last else { return false }
        return enders.contains(last)
    }

    private static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "】", "》", "\""]
    private static let enders: Set<Unicode.Scalar> = ["。", "；", "：", "！", "？", ";", ":", "!", "?", "…"]

    /// The segmenter's own tests of a heading line: a label it reads (一、 （一）
    /// 1. （1） ① 第X章 第X条 ——) or an annex heading (附件 / 附件1).
    static func startsHeading(_ line: String) -> Bool {
        if HeadingLabel.mayStart(line), HeadingLabel.parse(Array(line)) != nil { return true }
        return AnnexHeading.label(of: line) != nil
    }

    /// A heading's title line: at most 30 characters, no comma or full stop.
    static func isShortTitle(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        return scalars.count <= 30 && !scalars.contains { titleBreakers.contains($0) }
    }

    private static let titleBreakers: Set<Unicode.Scalar> = ["，", "。", "；", ","]

    /// poppler writes a space where it sees a gap, and LibreOffice and Word set
    /// a gap between Chinese and Latin letters or digits (2024 年): not a character
    /// of the text, dropped where it stands between the two scripts.
    static func layoutSpacesDropped(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.contains(" ") else { return line }
        let wide: (Unicode.Scalar) -> Bool = { $0.value >= 0x2E80 }
        let narrow: (Unicode.Scalar) -> Bool = { $0.isASCII && !$0.properties.isWhitespace }
        var out = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            if s == " ", i > 0, i + 1 < scalars.count {
                let a = scalars[i - 1], b = scalars[i + 1]
                if (wide(a) && narrow(b)) || (narrow(a) && wide(b)) || (wide(a) && wide(b)) { continue }
            }
            out.append(s)
        }
        return String(out)
    }

    private static func join(_ left: String, _ right: String) -> String {
        guard let a = left.unicodeScalars.last, let b = right.unicodeScalars.first else { return left + right }
        let word: (Unicode.Scalar) -> Bool = { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return word(a) && word(b) ? left + " " + right : left + right
    }

    private static func percentile(_ values: [Double], _ share: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * share))]
    }
}
