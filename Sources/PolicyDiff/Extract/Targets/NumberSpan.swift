/// A quantity as written in a phrase: the number (or range), its multiplier, its
/// measure word and the bound words around it: 350户以上, 20余项, 18万件, 3—5个,
/// 百分之一点五七, 翻一番, 两三个.
struct NumberSpan: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// 90%, 百分之九十, 5个百分点
        case percent
        /// 350户, 18万件, 两个
        case count
        /// 翻一番, 增长一倍, 3倍
        case multiple
        /// A number with no measure word (指数达到90以上)
        case bare
    }

    /// Scalar offsets: from the first scalar of the number (or of 百分之 / 翻) to
    /// the end of the measure word and any bound word after it.
    var start: Int
    var end: Int
    var low: DecimalValue
    var high: DecimalValue?
    var unit: String
    var kind: Kind
    var boundAfter: Comparator?
    /// 余 / 多 between number and measure word, or a span such as 两三个.
    var approximate: Bool
    /// 余 / 多 written out: a bound word of its own (20余项), which a span named
    /// by two digits (两三个) is not.
    var approximateMark: Bool = false
    var chinese: Bool
    /// A lone 一 before a measure word: mostly the article "a" (一个时期, 一项制度);
    /// a count only with a bound word (至少建设一所).
    var loneOne: Bool = false
    /// 增长一倍: the value was raised by one (growth by N times is N+1 times the base).
    var grewBy: Int = 0
}

/// Finds quantities in a phrase, scanning its scalars once. Numerals are read only
/// where they form a number span: Chinese numerals must be followed by a measure
/// word (两个, 三四十家) or stand in 百分之… / 翻…番; words such as 统一, 一流,
/// 一带一路 are masked before (see `NotATarget`).
struct NumberSpanScanner: Sendable {
    static let units = WordTable(words: TargetLexicon.units)
    static let notQuantity = WordTable(words: TargetLexicon.notQuantitySuffixes)
    static let boundsAfter = WordTable(TargetLexicon.boundsAfter)
    static let approximateMarks = WordTable(words: TargetLexicon.approximateMarks)
    static let multipliers = WordTable(TargetLexicon.multipliers)
    static let rangeMarks = WordTable(words: TargetLexicon.rangeMarks)
    static let growthByVerbs = WordTable(words: TargetLexicon.growthByVerbs)
    static let phaseWords = WordTable(words: ["期"])
    static let timeLimitUnits = WordTable(words: TargetLexicon.timeLimitUnits)
    static let timeLimitHeads = WordTable(words: TargetLexicon.timeLimitHeads)
    static let durationUnits = Set(TargetLexicon.durationUnits)
    static let extentUnits: Set<String> = ["公里", "千米", "米"]
    static let returnPeriodPredicates = WordTable(words: TargetLexicon.levelPredicates.filter { $0.unicodeScalars.count > 1 })
    static let timeLimitBounds = WordTable(TargetLexicon.boundsBefore.filter { $0.0.unicodeScalars.count > 1 })

    /// The length of 日/年 after a number that is a time limit rather than a date: 内
    /// after it (五日内, 三十日内), or a bound word of two characters or more right before
    /// the number (不得少于三十日, 不得低于八年). Nil otherwise (2018年, 3月5日).
    static func timeLimitLength(_ text: [Unicode.Scalar], start: Int, unitAt i: Int, end: Int) -> Int? {
        guard let unit = timeLimitUnits.match(in: text, at: i, limit: end) else { return nil }
        let after = i + unit.length
        // 防洪能力提高到200年一遇: a return period set as a level is a target; 按50年一遇标准
        // 设计 (a specification of how to build) is not.
        if unit.length == 3 {
            return timeLimitBounds.match(in: text, endingAt: start) != nil
                || returnPeriodPredicates.match(in: text, endingAt: start) != nil ? unit.length : nil
        }
        if after < end, text[after] == "内" { return unit.length }
        if after + 1 < end, (text[after] == "以" || text[after] == "之"), text[after + 1] == "内" { return unit.length }
        if timeLimitBounds.match(in: text, endingAt: start) != nil { return unit.length }
        // 提前三十日发布告示: a notice period.
        if timeLimitHeads.match(in: text, endingAt: start) != nil { return unit.length }
        return nil
    }

    static func isArabicDigit(_ s: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(s) || ("０"..."９").contains(s)
    }

    static func arabicDigitValue(_ s: Unicode.Scalar) -> Character {
        if ("０"..."９").contains(s), let ascii = Unicode.Scalar(s.value - 0xFF10 + 0x30) { return Character(ascii) }
        return Character(s)
    }

    /// 第 makes an ordinal (第二批, 第52次); 笫 is its common misprint.
    static func isOrdinalMark(_ s: Unicode.Scalar) -> Bool {
        s == "第" || s == "笫"
    }

    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("ａ"..."ｚ").contains(s) || ("Ａ"..."Ｚ").contains(s)
    }

    /// Every quantity in text[range]; `masked` flags scalars where no number is read.
    func spans(in text: [Unicode.Scalar], range: Range<Int>, masked: [Bool]) -> [NumberSpan] {
        var found: [NumberSpan] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if masked[i] { i += 1; continue }
            let s = text[i]
            if s == "翻", let span = doubling(text, at: i, end: end, masked: masked) {
                found.append(span)
                i = span.end
            } else if s == "百", i + 2 < end, text[i + 1] == "分", text[i + 2] == "之",
                      let span = percentWords(text, at: i, end: end, masked: masked) {
                found.append(span)
                i = span.end
            } else if ChineseNumber.isNumeral(s) || s == "过" || s == "半",
                      let span = ShareInWords.half(text, at: i, end: end, masked: masked)
                        ?? ShareInWords.fraction(text, at: i, end: end, masked: masked) {
                // (Both open with a numeral, 过 or 半: other scalars are not looked at twice.)
                found.append(span)
                i = span.end
            } else if NumberSpanScanner.isArabicDigit(s) {
                let (span, next) = arabic(text, at: i, end: end, masked: masked)
                if let span { found.append(span) }
                i = max(next, i + 1)
            } else if ChineseNumber.isNumeral(s) {
                let (span, next) = chinese(text, at: i, end: end, masked: masked)
                if let span { found.append(span) }
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: Arabic

    private struct Number {
        var value: DecimalValue
        var end: Int
    }

    /// Digits with an optional decimal point (96.85) and thousands commas (3,000).
    private func readArabic(_ text: [Unicode.Scalar], at start: Int, end: Int) -> Number? {
        var integer = "", fraction = ""
        var i = start
        while i < end {
            let s = text[i]
            if NumberSpanScanner.isArabicDigit(s) {
                integer.append(NumberSpanScanner.arabicDigitValue(s))
                i += 1
            } else if s == ",", !integer.isEmpty, i + 3 < end + 1, thousandsGroup(text, at: i + 1, end: end) {
                i += 1
            } else {
                break
            }
        }
        guard !integer.isEmpty else { return nil }
        if i + 1 < end, text[i] == "." || text[i] == "．", NumberSpanScanner.isArabicDigit(text[i + 1]) {
            i += 1
            while i < end, NumberSpanScanner.isArabicDigit(text[i]) {
                fraction.append(NumberSpanScanner.arabicDigitValue(text[i]))
                i += 1
            }
        }
        return Number(value: DecimalValue(integer: integer, fraction: fraction), end: i)
    }

    private func thousandsGroup(_ text: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        guard i + 3 <= end else { return false }
        for k in i..<(i + 3) where !NumberSpanScanner.isArabicDigit(text[k]) { return false }
        return i + 3 == end || !NumberSpanScanner.isArabicDigit(text[i + 3])
    }

    private func arabic(_ text: [Unicode.Scalar], at start: Int, end: Int, masked: [Bool]) -> (NumberSpan?, Int) {
        guard let number = readArabic(text, at: start, end: end) else { return (nil, start + 1) }
        var next = number.end
        // Codes and model names: PM2.5, 5G, ISO9001, 3A级.
        if start > 0, NumberSpanScanner.isLatinLetter(text[start - 1]) || text[start - 1] == "." || text[start - 1] == "/" {
            return (nil, skipCode(text, from: next, end: end))
        }
        if next < end, NumberSpanScanner.isLatinLetter(text[next]) { return (nil, skipCode(text, from: next, end: end)) }
        if start > 0, NumberSpanScanner.isOrdinalMark(text[start - 1]) { return (nil, next) }
        var value = number.value
        if let m = NumberSpanScanner.multipliers.match(in: text, at: next, limit: end) {
            value = value.scaled(byPowerOfTen: m.value)
            next += m.length
        }
        return finish(text, start: start, numberEnd: next, low: value, chinese: false, end: end, masked: masked)
    }

    private func skipCode(_ text: [Unicode.Scalar], from i: Int, end: Int) -> Int {
        var j = i
        while j < end, NumberSpanScanner.isArabicDigit(text[j]) || NumberSpanScanner.isLatinLetter(text[j]) || text[j] == "." { j += 1 }
        return j
    }

    // MARK: Chinese

    private func readChinese(_ text: [Unicode.Scalar], at start: Int, end: Int, masked: [Bool]?) -> Int {
        var i = start
        while i < end, !(masked?[i] ?? false) {
            if ChineseNumber.isNumeral(text[i]) {
                i += 1
            } else if text[i] == "点", i > start, i + 1 < end, ChineseNumber.digit(text[i + 1]) != nil {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    private func chinese(_ text: [Unicode.Scalar], at start: Int, end: Int, masked: [Bool]) -> (NumberSpan?, Int) {
        let runEnd = readChinese(text, at: start, end: end, masked: masked)
        if start > 0, NumberSpanScanner.isOrdinalMark(text[start - 1]) { return (nil, runEnd) }
        guard let parsed = ChineseNumber.parse(text[start..<runEnd]) else { return (nil, runEnd) }
        // A lone 一 before a measure word is the article "a" (一个时期, 一项制度), not a count.
        let lone一 = runEnd - start == 1 && text[start] == "一"
        var next = runEnd
        if let mark = NumberSpanScanner.approximateMarks.match(in: text, at: next, limit: end) { next += mark.length }
        // Chinese numerals count only before a measure word (十余个, 两个, 三四十家),
        // or as a time limit of a law (五日内, 不得少于三十日).
        let isLimit = NumberSpanScanner.timeLimitLength(text, start: start, unitAt: next, end: end) != nil
        guard isLimit || NumberSpanScanner.units.match(in: text, at: next, limit: end).map({ unit in
            NumberSpanScanner.notQuantity.match(in: text, at: next, limit: end) == nil || unit.length > 1 }) == true else {
            return (nil, runEnd)
        }
        // 公园二期, 三期工程: a phase written in Chinese numerals is part of a name.
        if NumberSpanScanner.phaseWords.match(in: text, at: next, limit: end) != nil { return (nil, next + 1) }
        var result = finish(text, start: start, numberEnd: runEnd, low: parsed.low, high: parsed.high,
                            approximate: parsed.high != nil, chinese: true, end: end, masked: masked)
        if lone一, result.0?.kind != .multiple { result.0?.loneOne = true }
        return result
    }

    // MARK: Shared tail: 余/多, measure word, range, bound

    private func finish(_ text: [Unicode.Scalar], start: Int, numberEnd: Int, low: DecimalValue,
                        high: DecimalValue? = nil, approximate: Bool = false, chinese: Bool,
                        end: Int, masked: [Bool]) -> (NumberSpan?, Int) {
        var i = numberEnd
        var approximate = approximate
        var marked = false
        var high = high
        if let mark = NumberSpanScanner.approximateMarks.match(in: text, at: i, limit: end) {
            // 200多个; but 多 before no measure word is another word (多元, 多方).
            if NumberSpanScanner.units.match(in: text, at: i + mark.length, limit: end) != nil {
                approximate = true
                marked = true
                i += mark.length
            }
        }
        var unit = ""
        var timeLimit = false
        if NumberSpanScanner.units.match(in: text, at: i, limit: end) == nil, low.double < 1000,
           let length = NumberSpanScanner.timeLimitLength(text, start: start, unitAt: i, end: end) {
            // 五日内, 不得低于八年: a span of days or years set as a limit.
            unit = scalarString(text, i..<(i + length))
            i += length
            timeLimit = true
        } else if NumberSpanScanner.notQuantity.match(in: text, at: i, limit: end) != nil,
           NumberSpanScanner.units.match(in: text, at: i, limit: end) == nil {
            return (nil, i)
        }
        if !timeLimit, let u = NumberSpanScanner.units.match(in: text, at: i, limit: end) {
            unit = scalarString(text, i..<(i + u.length))
            i += u.length
        }
        // A range: 3—5个, 10%—15%, 三至五个.
        if high == nil, let mark = NumberSpanScanner.rangeMarks.match(in: text, at: i, limit: end),
           let second = rangeEnd(text, at: i + mark.length, end: end, chinese: chinese, masked: masked) {
            let secondUnit = second.unit
            if unit.isEmpty || secondUnit.isEmpty || secondUnit == unit, !(unit.isEmpty && secondUnit.isEmpty) {
                high = second.value
                if unit.isEmpty { unit = secondUnit }
                i = second.end
            }
        }
        var bound: Comparator? = nil
        if timeLimit || NumberSpanScanner.durationUnits.contains(unit) || NumberSpanScanner.extentUnits.contains(unit),
           i < end, text[i] == "内" {
            // 五日内, 六个月内, 行驶里程三千公里内: within.
            bound = .atMost
            i += 1
        } else if timeLimit || NumberSpanScanner.durationUnits.contains(unit), i < end, text[i] == "后",
                  start > 0, text[start - 1] == "起" {
            // 自核准登记之日起六个月后方可…: a waiting period, at least.
            bound = .atLeast
            i += 1
        } else if let b = NumberSpanScanner.boundsAfter.match(in: text, at: i, limit: end) {
            bound = b.value
            i += b.length
            // 一万元以上十万元以下, 一倍以上十倍以下: the two bounds of one range (the
            // way laws write the span of a fine).
            if b.value == .atLeast, high == nil, let second = rangeEnd(text, at: i, end: end, chinese: chinese, masked: masked),
               let closing = NumberSpanScanner.boundsAfter.match(in: text, at: second.end, limit: end), closing.value == .atMost,
               second.unit == unit || second.unit.isEmpty {
                high = second.value
                bound = nil
                i = second.end + closing.length
            }
        }
        var kind: NumberSpan.Kind
        switch unit {
        case "%", "％", "‰", "个百分点", "百分点": kind = .percent
        case "倍": kind = .multiple
        case "": kind = .bare
        default: kind = .count
        }
        var value = low
        var grewBy = 0
        if kind == .multiple, high == nil, low.double < 1_000,
           let verb = NumberSpanScanner.growthByVerbs.match(in: text, endingAt: start) {
            // 增长一倍 is growth by one times: the result is 2倍, as for 翻一番.
            value = DecimalValue(digits: String(Int(low.double.rounded()) + 1))
            grewBy = verb.length
        }
        if let h = high, h.double <= value.double { high = nil }
        return (NumberSpan(start: start, end: i, low: value, high: high, unit: unit, kind: kind,
                           boundAfter: bound, approximate: approximate, approximateMark: marked,
                           chinese: chinese, grewBy: grewBy), i)
    }

    private func rangeEnd(_ text: [Unicode.Scalar], at i: Int, end: Int, chinese: Bool,
                          masked: [Bool]) -> (value: DecimalValue, unit: String, end: Int)? {
        guard i < end, !masked[i] else { return nil }
        var value: DecimalValue
        var j: Int
        if chinese {
            let runEnd = readChinese(text, at: i, end: end, masked: masked)
            guard runEnd > i, let parsed = ChineseNumber.parse(text[i..<runEnd]), parsed.high == nil else { return nil }
            value = parsed.low
            j = runEnd
        } else {
            guard NumberSpanScanner.isArabicDigit(text[i]), let number = readArabic(text, at: i, end: end) else { return nil }
            value = number.value
            j = number.end
            if let m = NumberSpanScanner.multipliers.match(in: text, at: j, limit: end) {
                value = value.scaled(byPowerOfTen: m.value)
                j += m.length
            }
        }
        if NumberSpanScanner.notQuantity.match(in: text, at: j, limit: end) != nil,
           NumberSpanScanner.units.match(in: text, at: j, limit: end) == nil { return nil }
        var unit = ""
        if let u = NumberSpanScanner.units.match(in: text, at: j, limit: end) {
            unit = scalarString(text, j..<(j + u.length))
            j += u.length
        }
        return (value, unit, j)
    }

    // MARK: 百分之…, 翻…番

    private func percentWords(_ text: [Unicode.Scalar], at start: Int, end: Int, masked: [Bool]) -> NumberSpan? {
        let numberStart = start + 3
        guard numberStart < end else { return nil }
        var value: DecimalValue
        var i: Int
        if NumberSpanScanner.isArabicDigit(text[numberStart]), let number = readArabic(text, at: numberStart, end: end) {
            value = number.value
            i = number.end
        } else {
            // 百分之 announces a number: 百分之一 is one per cent, whatever word 之一 makes elsewhere.
            let runEnd = readChinese(text, at: numberStart, end: end, masked: nil)
            guard runEnd > numberStart, let parsed = ChineseNumber.parse(text[numberStart..<runEnd]), parsed.high == nil else { return nil }
            value = parsed.low
            i = runEnd
        }
        var bound: Comparator? = nil
        if let b = NumberSpanScanner.boundsAfter.match(in: text, at: i, limit: end) {
            bound = b.value
            i += b.length
        }
        return NumberSpan(start: start, end: i, low: value, high: nil, unit: "%", kind: .percent,
                          boundAfter: bound, approximate: false, chinese: true)
    }

    /// 翻一番 doubles (2倍), 翻两番 quadruples (4倍), 翻番 doubles.
    private func doubling(_ text: [Unicode.Scalar], at start: Int, end: Int, masked: [Bool]) -> NumberSpan? {
        var i = start + 1
        if i < end, text[i] == "了" { i += 1 }
        var times = 1
        if i < end, text[i] == "番" {
            i += 1
        } else {
            let runEnd = readChinese(text, at: i, end: end, masked: masked)
            guard runEnd > i, runEnd < end, text[runEnd] == "番",
                  let parsed = ChineseNumber.parse(text[i..<runEnd]), parsed.high == nil,
                  let n = Int(exactly: parsed.low.double), n >= 1, n <= 10 else { return nil }
            times = n
            i = runEnd + 1
        }
        var bound: Comparator? = nil
        if let b = NumberSpanScanner.boundsAfter.match(in: text, at: i, limit: end) {
            bound = b.value
            i += b.length
        }
        return NumberSpan(start: start, end: i, low: DecimalValue(1 << times), high: nil, unit: "倍",
                          kind: .multiple, boundAfter: bound, approximate: false, chinese: true)
    }
}
