/// The places of a clause where a number is never a target: titles of other
/// documents (《消费品标准和质量提升规划(2016—2020年)》), quoted names (“千人千企”,
/// “中国500最具价值品牌”), document numbers (国办发〔2016〕68号), names and slogans
/// (中国制造2025, 十九大, 五位一体) and words that merely contain numerals (统一, 一批).
///
/// Other refusals depend on the number itself and are made by the scanner:
/// ordinals (第52次), dates (2018年7月), ranking lists (500强), codes (PM2.5, 5G).
struct NotATarget: Sendable {
    static let names = WordTable(words: TargetLexicon.names)
    private static let openers = WordTable(words: TargetLexicon.titleMarks.map(\.open))
    private static let marks: [(open: Unicode.Scalar, close: Unicode.Scalar, maxLength: Int)] =
        TargetLexicon.titleMarks.compactMap { entry in
            guard let open = entry.open.unicodeScalars.first, let close = entry.close.unicodeScalars.first else { return nil }
            return (open, close, entry.maxLength)
        }

    /// One flag per scalar: true where a number must not be read.
    static func mask(_ text: [Unicode.Scalar], garbled: [Range<Int>] = []) -> [Bool] {
        var masked = [Bool](repeating: false, count: text.count)
        maskEnclosed(text, &masked)
        var i = 0
        while i < text.count {
            if let hit = names.match(in: text, at: i) {
                for k in i..<(i + hit.length) { masked[k] = true }
                i += hit.length
            } else {
                i += 1
            }
        }
        for range in garbled {
            let lower = max(0, range.lowerBound), upper = min(text.count, range.upperBound)
            if lower < upper { for k in lower..<upper { masked[k] = true } }
        }
        return masked
    }

    /// Masks what stands between an opening mark and its closing mark, when the
    /// closing mark comes on the same line and not too far: an unclosed 《 or “
    /// masks nothing, so a typo cannot hide the rest of a clause.
    private static func maskEnclosed(_ text: [Unicode.Scalar], _ masked: inout [Bool]) {
        var i = 0
        while i < text.count {
            guard openers.match(in: text, at: i) != nil, let mark = marks.first(where: { $0.open == text[i] }) else { i += 1; continue }
            var depth = 1
            var j = i + 1
            var closed: Int? = nil
            while j < text.count, j - i <= mark.maxLength, text[j] != "\n" {
                if text[j] == mark.close {
                    depth -= 1
                    if depth == 0 || mark.open == mark.close { closed = j; break }
                } else if text[j] == mark.open {
                    depth += 1
                }
                j += 1
            }
            if let end = closed {
                for k in i...end { masked[k] = true }
                i = end + 1
            } else {
                i += 1
            }
        }
    }
}
