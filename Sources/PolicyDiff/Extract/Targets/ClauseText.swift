/// The layout of a clause's text as the target reader walks it: sentences (up to
/// 。！？ or a line end), phrases (up to ，；： as well, or a space between two
/// Chinese characters), and the small conversions between String and scalars.
enum ClauseText {
    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        s == "。" || s == "！" || s == "？" || s == "!" || s == "?" || s == "\n" || s == "\r"
    }

    static func isPhraseEnd(_ s: Unicode.Scalar) -> Bool {
        isSentenceEnd(s) || s == "，" || s == "," || s == "；" || s == ";" || s == "：" || s == ":"
    }

    /// Sentences in order, each with whether it opens a paragraph.
    static func forEachSentence(_ text: [Unicode.Scalar], from start: Int, _ body: (Range<Int>, Bool) -> Void) {
        var begin = start
        var paragraphStart = true
        var i = start
        while i < text.count {
            if isSentenceEnd(text[i]) {
                if i > begin {
                    body(begin..<i, paragraphStart)
                    paragraphStart = false
                }
                if text[i] == "\n" || text[i] == "\r" { paragraphStart = true }
                begin = i + 1
            }
            i += 1
        }
        if text.count > begin { body(begin..<text.count, paragraphStart) }
    }

    static func forEachPhrase(_ text: [Unicode.Scalar], in sentence: Range<Int>, _ body: (Range<Int>) -> Void) {
        var begin = sentence.lowerBound
        for i in sentence where isPhraseEnd(text[i]) || separatingSpace(text, at: i, in: sentence) {
            // 3,000: a thousands comma is no phrase end.
            if text[i] == ",", i > sentence.lowerBound, i + 1 < sentence.upperBound,
               NumberSpanScanner.isArabicDigit(text[i - 1]), NumberSpanScanner.isArabicDigit(text[i + 1]) { continue }
            if i > begin { body(begin..<i) }
            begin = i + 1
        }
        if sentence.upperBound > begin { body(begin..<sentence.upperBound) }
    }

    /// Spaces between two Chinese characters separate items (headlines, table
    /// cells), not words: 机遇 联合国官员….
    static func separatingSpace(_ text: [Unicode.Scalar], at i: Int, in sentence: Range<Int>) -> Bool {
        guard isSpace(text[i]), i > sentence.lowerBound, !isSpace(text[i - 1]),
              text[i - 1].value >= 0x2E80 else { return false }
        var j = i + 1
        while j < sentence.upperBound, isSpace(text[j]) { j += 1 }
        return j < sentence.upperBound && text[j].value >= 0x2E80
    }

    /// A deadline opens its sentence when no phrase ends before it (到2020年，…;
    /// 力争到2020年，…).
    /// 具体指标：到2022年，… — a short label before it does not count.
    static func opensSentence(_ text: [Unicode.Scalar], _ sentence: Range<Int>, at index: Int) -> Bool {
        var begin = sentence.lowerBound
        var i = sentence.lowerBound
        var labelSeen = false
        while i < index {
            if isPhraseEnd(text[i]) {
                let isLabel = (text[i] == "：" || text[i] == ":") && i - begin <= 10 && !labelSeen
                guard isLabel else { return false }
                labelSeen = true
                begin = i + 1
            }
            i += 1
        }
        return index - begin <= 12
    }

    static func trimmed(_ string: String) -> String {
        let scalars = Array(string.unicodeScalars)
        var lower = 0, upper = scalars.count
        while lower < upper, isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
        return scalarString(scalars, lower..<upper)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "\u{A0}" || s == "\t"
    }

    static func trimmedStart(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        while i < range.upperBound, isSpace(text[i]) { i += 1 }
        return i
    }

    /// The end of a phrase without trailing spaces and the closing brackets a
    /// quantity may stand before (…达到100%）).
    static func trimmedEnd(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var i = range.upperBound
        while i > range.lowerBound, isSpace(text[i - 1]) { i -= 1 }
        return i
    }

    /// The scalars of a text in one pass.
    static func scalars(of string: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(string.utf8.count / 2)
        for scalar in string.unicodeScalars { result.append(scalar) }
        return result
    }

    /// The offset after the heading label (1. / (一) / 一、) when the text starts with it.
    static func labelEnd(_ label: String?, in text: [Unicode.Scalar]) -> Int {
        guard let label else { return 0 }
        let scalars = Array(label.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= text.count, Array(text[0..<scalars.count]) == scalars else { return 0 }
        return scalars.count
    }

    /// Character ranges (as `Clause.garbledSpans` gives them) as scalar ranges.
    static func scalarRanges(of ranges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        var offsets: [Int] = []
        offsets.reserveCapacity(text.count + 1)
        var scalarOffset = 0
        for character in text {
            offsets.append(scalarOffset)
            scalarOffset += character.unicodeScalars.count
        }
        offsets.append(scalarOffset)
        return ranges.compactMap { range in
            guard range.lowerBound >= 0, range.upperBound < offsets.count, range.lowerBound <= range.upperBound else { return nil }
            return offsets[range.lowerBound]..<offsets[range.upperBound]
        }
    }
}
