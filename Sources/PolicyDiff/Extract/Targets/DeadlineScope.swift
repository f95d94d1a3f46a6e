/// A year a clause sets as a deadline: 到2020年, 力争2022年前, 2020年底前, 到“十三五”末.
struct DeadlineMention: Sendable, Equatable {
    var year: Int
    /// Scalar offsets of the mention (the year and the words that make it a deadline).
    var start: Int
    var end: Int
}

/// Which deadline holds for a target. Two conventions of the genre:
/// - a deadline at the head of the clause that states the plan's goals (主要目标：
///   到2020年，…) holds for every target of that clause, its later paragraphs and
///   its children (the bullets or items under it) — until a sentence of the clause
///   opens with another deadline;
/// - anywhere else a deadline (力争2020年前…) holds for the rest of its own sentence.
enum DeadlineScope {
    static let prefixes = WordTable(words: TargetLexicon.deadlinePrefixes)
    static let suffixes = WordTable(words: TargetLexicon.deadlineSuffixes)
    static let plans = WordTable(TargetLexicon.fiveYearPlans)
    static let planSuffixes = WordTable(words: TargetLexicon.fiveYearPlanSuffixes)
    static let goalHeadings = WordTable(words: TargetLexicon.goalHeadings)

    /// Every deadline in the text, in order. Titles are skipped (`masked`), but a
    /// quoted plan name is read: 到“十三五”末.
    static func mentions(in text: [Unicode.Scalar], masked: [Bool]) -> [DeadlineMention] {
        var found: [DeadlineMention] = []
        var i = 0
        while i < text.count {
            if let plan = plans.match(in: text, at: i) {
                var j = i + plan.length
                if j < text.count, text[j] == "”" || text[j] == "’" || text[j] == "\"" { j += 1 }
                if let suffix = planSuffixes.match(in: text, at: j) {
                    found.append(DeadlineMention(year: plan.value, start: i, end: j + suffix.length))
                    i = j + suffix.length
                    continue
                }
                i += plan.length
                continue
            }
            if !masked[i], let (year, yearEnd) = year(in: text, at: i), yearEnd < text.count, text[yearEnd] == "年" {
                let before = prefixes.match(in: text, endingAt: i)
                let after = suffixes.match(in: text, at: yearEnd + 1)
                let monthThenEnd = monthDeadline(text, at: yearEnd + 1)
                if before != nil || after != nil || monthThenEnd != nil || opensPhrase(text, year: i, after: yearEnd + 1) {
                    let start = i - (before?.length ?? 0)
                    let end = yearEnd + 1 + (after?.length ?? monthThenEnd ?? 0)
                    found.append(DeadlineMention(year: year, start: start, end: end))
                }
                i = yearEnd + 1
                continue
            }
            i += 1
        }
        return found
    }

    static let notDeadlineAfterYear = WordTable(words: ["月", "起", "开始", "以来", "度", "的", "至", "到", "-", "—", "－", "比", "与", "和", "、", "及", "同期", "上半年", "下半年", "全年", "版", "第"])

    /// 2020年初步建成…: a year that opens a phrase and is followed by what is to
    /// be done is the year it is due.
    private static func opensPhrase(_ text: [Unicode.Scalar], year start: Int, after: Int) -> Bool {
        var i = start - 1
        while i >= 0, text[i] == " " || text[i] == "\u{3000}" { i -= 1 }
        if i >= 0, !"，,；;。：:\n！？".unicodeScalars.contains(text[i]) { return false }
        guard after < text.count else { return false }
        if text[after] == "，" || text[after] == "," { return true }
        return text[after].value >= 0x4E00 && notDeadlineAfterYear.match(in: text, at: after) == nil
    }

    /// 2020年12月底前 / 2020年6月前: a month followed by 底/前/末.
    private static func monthDeadline(_ text: [Unicode.Scalar], at i: Int) -> Int? {
        var j = i
        while j < text.count, j - i < 3, NumberSpanScanner.isArabicDigit(text[j]) || ChineseNumber.isNumeral(text[j]) { j += 1 }
        guard j > i, j < text.count, text[j] == "月" else { return nil }
        guard let after = suffixes.match(in: text, at: j + 1) else { return nil }
        return j + 1 + after.length - i
    }

    /// A year written in four digits (2020) or digit by digit (二〇二〇), not
    /// glued to other digits.
    private static func year(in text: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        let first = text[i]
        guard NumberSpanScanner.isArabicDigit(first) || first == "一" || first == "二" else { return nil }
        if i > 0, NumberSpanScanner.isArabicDigit(text[i - 1]) || ChineseNumber.digit(text[i - 1]) != nil { return nil }
        guard i + 4 <= text.count else { return nil }
        var digits = 0
        if NumberSpanScanner.isArabicDigit(text[i]) {
            for k in i..<(i + 4) {
                guard NumberSpanScanner.isArabicDigit(text[k]),
                      let d = Int(String(NumberSpanScanner.arabicDigitValue(text[k]))) else { return nil }
                digits = digits * 10 + d
            }
        } else {
            for k in i..<(i + 4) {
                guard let d = ChineseNumber.digit(text[k]) else { return nil }
                digits = digits * 10 + d
            }
        }
        guard (1949...2100).contains(digits) else { return nil }
        if i + 4 < text.count, NumberSpanScanner.isArabicDigit(text[i + 4]) { return nil }
        return (digits, i + 4)
    }

    /// Whether the clause states the plan's goals, from its title or its first line.
    static func isGoalClause(title: String?, text: [Unicode.Scalar]) -> Bool {
        if let title, containsGoalHeading(Array(title.unicodeScalars), in: 0..<title.unicodeScalars.count) { return true }
        var end = 0
        while end < text.count, end < 40, text[end] != "\n", text[end] != "。" { end += 1 }
        return containsGoalHeading(text, in: 0..<end)
    }

    private static func containsGoalHeading(_ text: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if goalHeadings.match(in: text, at: i, limit: range.upperBound) != nil { return true }
            i += 1
        }
        return false
    }
}
