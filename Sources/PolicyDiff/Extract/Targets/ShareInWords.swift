/// Shares written in words rather than digits, as plans and laws often do:
/// 一半以上 / 超过一半 / 过半 / 半数以上 (50 per cent) and fractions 三分之二,
/// 四分之一以上 (66.67 and 25 per cent). They read as percentages, so that a
/// local plan's 60% compares with its reference's 过半.
enum ShareInWords {
    static let halves = WordTable(TargetLexicon.halfWords)
    static let boundsAfter = WordTable(TargetLexicon.boundsAfter)

    /// 一半, 过半, 半数 at `start` (一半 must not be the end of a longer numeral: 十一半 is no word).
    static func half(_ text: [Unicode.Scalar], at start: Int, end: Int, masked: [Bool]) -> NumberSpan? {
        guard text[start] == "一" || text[start] == "过" || text[start] == "半" else { return nil }
        guard let word = halves.match(in: text, at: start, limit: end) else { return nil }
        if start > 0, ChineseNumber.isNumeral(text[start - 1]) || NumberSpanScanner.isArabicDigit(text[start - 1]) { return nil }
        // 通过半数, 经过半年: 过 ends another word there.
        if text[start] == "过", start > 0, "通经透路度".unicodeScalars.contains(text[start - 1]) { return nil }
        for k in start..<(start + word.length) where masked[k] { return nil }
        // 超过半数 / 一半以上: the bound word after wins, then the word's own (过半 is more than half).
        var i = start + word.length
        var bound = word.value
        if let b = boundsAfter.match(in: text, at: i, limit: end) {
            bound = b.value
            i += b.length
        }
        return NumberSpan(start: start, end: i, low: DecimalValue(50), high: nil, unit: "%", kind: .percent,
                          boundAfter: bound, approximate: false, chinese: true)
    }

    /// 三分之二, 四分之一以上: the fraction as a percentage, to six decimals.
    static func fraction(_ text: [Unicode.Scalar], at start: Int, end: Int, masked: [Bool]) -> NumberSpan? {
        guard ChineseNumber.isNumeral(text[start]), !masked[start] else { return nil }
        if start > 0, ChineseNumber.isNumeral(text[start - 1]) || NumberSpanScanner.isOrdinalMark(text[start - 1]) { return nil }
        var i = start
        while i < end, ChineseNumber.isNumeral(text[i]), i - start < 4 { i += 1 }
        // 百分之… is read by the percentage reader.
        guard i > start, i + 2 < end, text[i] == "分", text[i + 1] == "之", !(i - start == 1 && text[start] == "百"),
              let denominator = ChineseNumber.integer(Array(text[start..<i])), denominator > 1 else { return nil }
        var j = i + 2
        let numeratorStart = j
        while j < end, ChineseNumber.isNumeral(text[j]), j - numeratorStart < 4 { j += 1 }
        guard j > numeratorStart, let numerator = ChineseNumber.integer(Array(text[numeratorStart..<j])),
              numerator > 0, numerator <= denominator else { return nil }
        let micros = (Double(numerator) * 100 * 1_000_000 / Double(denominator)).rounded()
        var bound: Comparator? = nil
        if let b = boundsAfter.match(in: text, at: j, limit: end) {
            bound = b.value
            j += b.length
        }
        return NumberSpan(start: start, end: j, low: DecimalValue(digits: String(Int(micros)), exponent: -6), high: nil,
                          unit: "%", kind: .percent, boundAfter: bound, approximate: false, chinese: true)
    }
}
