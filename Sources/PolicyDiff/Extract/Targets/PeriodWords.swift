/// How often a target recurs, from the words before its quantity: 每年, 年均,
/// 逐年 (yearly); 每 + a span of time — 每季度, 每半年, 每两年, 每5年修订1次 (the
/// count 1次 is per five years; the 5年 is the period, no quantity).
enum PeriodWords {
    static let yearlyWords = WordTable(words: TargetLexicon.yearlyWords)
    static let spans = WordTable(TargetLexicon.periodSpans)

    /// The last period stated in text[start..<end], if any.
    static func period(in text: [Unicode.Scalar], from start: Int, to end: Int) -> Period? {
        var found: Period? = nil
        var i = start
        while i < end {
            if text[i] == "每", let (period, next) = everySpan(text, at: i, end: end) {
                found = period
                i = next
                continue
            }
            if let word = yearlyWords.match(in: text, at: i, limit: end) {
                found = .yearly
                i += word.length
                continue
            }
            i += 1
        }
        return found
    }

    /// 每 [number] span: 每季度, 每两年, 每5年, 每3个月.
    private static func everySpan(_ text: [Unicode.Scalar], at start: Int, end: Int) -> (Period, Int)? {
        var i = start + 1
        var count = 1
        let numberStart = i
        while i < end, i - numberStart < 3, NumberSpanScanner.isArabicDigit(text[i]) || ChineseNumber.isNumeral(text[i]) { i += 1 }
        if i > numberStart {
            let digits = text[numberStart..<i]
            if NumberSpanScanner.isArabicDigit(digits.first!) {
                guard let n = Int(String(digits.map { NumberSpanScanner.arabicDigitValue($0) })) else { return nil }
                count = n
            } else {
                guard let n = ChineseNumber.integer(Array(digits)) else { return nil }
                count = n
            }
        }
        // 每一年 / 每个季度: the article.
        if i < end, text[i] == "个", spans.match(in: text, at: i + 1, limit: end) != nil, i + 1 < end, text[i + 1] != "月" { i += 1 }
        guard let span = spans.match(in: text, at: i, limit: end) else { return nil }
        let months = span.value == 0 ? 0 : span.value * count
        guard let period = TargetLexicon.periodsByMonths[months] ?? (span.value == 0 && count == 1 ? .weekly : nil) else { return nil }
        return (period, i + span.length)
    }

    /// The scalars without the 每… spans of time they hold (规划每5年修订 → 规划修订).
    static func removingPeriods(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains("每") else { return scalars }
        var result: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "每", let (_, next) = everySpan(scalars, at: i, end: scalars.count) {
                i = next
                continue
            }
            result.append(scalars[i])
            i += 1
        }
        return result
    }
}
