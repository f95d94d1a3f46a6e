/// Dates as official documents write them: 2018年7月23日, 二〇一八年七月二十三日,
/// 2018-07-23 (page information, 发布时间 lines), 2018年12月. Output is ISO.
public enum DocumentDate {
    /// Reads a date at the start of `chars[from...]`; returns the ISO form and where the date ends.
    public static func parse(_ chars: [Character], from start: Int = 0) -> (iso: String, end: Int)? {
        var i = start
        while i < chars.count, LabelPadding.contains(chars[i]) { i += 1 }
        guard let (year, afterYear) = number(chars, from: i, maxLength: 4), afterYear - i == 4 || chineseLength(chars, i, afterYear),
              (1900...2100).contains(year), afterYear < chars.count else { return nil }
        let separator = chars[afterYear]
        if separator == "年" {
            guard let (month, afterMonth) = number(chars, from: afterYear + 1, maxLength: 3),
                  (1...12).contains(month), afterMonth < chars.count, chars[afterMonth] == "月" else {
                return nil
            }
            if let (day, afterDay) = number(chars, from: afterMonth + 1, maxLength: 3), (1...31).contains(day),
               afterDay < chars.count, chars[afterDay] == "日" {
                return (iso(year, month, day), afterDay + 1)
            }
            return (iso(year, month, nil), afterMonth + 1)
        }
        if separator == "-" || separator == "/" || separator == "." || separator == "－" {
            guard let (month, afterMonth) = number(chars, from: afterYear + 1, maxLength: 2), (1...12).contains(month),
                  afterMonth < chars.count, chars[afterMonth] == separator,
                  let (day, afterDay) = number(chars, from: afterMonth + 1, maxLength: 2), (1...31).contains(day) else {
                return nil
            }
            return (iso(year, month, day), afterDay)
        }
        return nil
    }

    /// A line that is nothing but a date: the date under a signature, or in
    /// brackets under the title of a Party committee's document ((2018年6月12日)).
    public static func standalone(_ line: String) -> String? {
        // A date line is short and opens with a digit, a numeral or a bracket: test that on scalars first.
        guard line.utf8.count <= 64,
              let first = line.unicodeScalars.first(where: { !LabelPadding.containsScalar($0) }),
              first.properties.numericType != nil || first == "(" || first == "（" || first == "〇" else { return nil }
        var chars = Array(line)
        while let last = chars.last, LabelPadding.contains(last) { chars.removeLast() }
        while let first = chars.first, LabelPadding.contains(first) { chars.removeFirst() }
        if let first = chars.first, let last = chars.last, first == "(" || first == "（", last == ")" || last == "）" {
            chars = Array(chars.dropFirst().dropLast())
        }
        guard let (iso, end) = parse(chars) else { return nil }
        var k = end
        while k < chars.count, LabelPadding.contains(chars[k]) { k += 1 }
        return k == chars.count ? iso : nil
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int?) -> String {
        let mm = m < 10 ? "0\(m)" : "\(m)"
        guard let d else { return "\(y)-\(mm)" }
        return "\(y)-\(mm)-" + (d < 10 ? "0\(d)" : "\(d)")
    }

    private static func chineseLength(_ chars: [Character], _ from: Int, _ to: Int) -> Bool {
        to - from == 4 && chars[from..<to].allSatisfy(ChineseNumeral.isNumeralCharacter)
    }

    /// Arabic digits, or Chinese numerals (二〇一八, 十二, 二十三).
    private static func number(_ chars: [Character], from i: Int, maxLength: Int) -> (Int, Int)? {
        var j = i
        while j < chars.count, j - i < maxLength, ArabicDigit.value(chars[j]) != nil { j += 1 }
        if j > i, let n = ArabicDigit.number(chars[i..<j]) { return (n, j) }
        j = i
        while j < chars.count, j - i < maxLength, ChineseNumeral.isNumeralCharacter(chars[j]) { j += 1 }
        if j > i, let n = ChineseNumeral.value(of: chars[i..<j]) { return (n, j) }
        return nil
    }
}
