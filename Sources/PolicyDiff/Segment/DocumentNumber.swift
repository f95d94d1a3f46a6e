/// Document numbers (发文字号): the issuer's abbreviation, the year in 〔〕 and
/// the serial number — 国发〔2019〕3号, 市委发〔2018〕29号, 甘发〔2017〕42号.
/// Typists substitute other brackets for 〔〕 ([ ] ［］ 【】 ( ) （）), so all are read.
public enum DocumentNumber {
    static let openBrackets: Set<Character> = ["〔", "[", "［", "【", "(", "（"]
    static let closeBrackets: Set<Character> = ["〕", "]", "］", "】", ")", "）"]
    /// The issuer's abbreviation is short (国发, 国办发, 中办发, 市委发, 张政办发).
    static let maxPrefixLength = 10

    /// Every document number in `text`, in order.
    public static func all(in text: String) -> [String] {
        let chars = Array(text)
        var found: [String] = []
        var i = 0
        while i < chars.count {
            if openBrackets.contains(chars[i]), let (start, end) = match(chars, bracket: i) {
                found.append(String(chars[start..<end]))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// A line that is nothing but a document number: the number under a document's title.
    public static func standalone(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let chars = Array(trimmed)
        guard let open = chars.firstIndex(where: { openBrackets.contains($0) }),
              let (start, end) = match(chars, bracket: open), start == 0, end == chars.count else { return nil }
        return trimmed
    }

    /// A number whose year bracket is at `bracket`: (start, end) of the whole number.
    private static func match(_ chars: [Character], bracket: Int) -> (Int, Int)? {
        var start = bracket
        while start > 0, bracket - start < maxPrefixLength, GarbledSpanDetector.isHan(chars[start - 1]) { start -= 1 }
        guard start < bracket else { return nil }
        var j = bracket + 1
        while j < chars.count, ArabicDigit.value(chars[j]) != nil { j += 1 }
        guard j - bracket - 1 == 4, j < chars.count, closeBrackets.contains(chars[j]) else { return nil }
        var k = j + 1
        while k < chars.count, ArabicDigit.value(chars[k]) != nil { k += 1 }
        guard k > j + 1, k - j - 1 <= 5, k < chars.count, chars[k] == "号" else { return nil }
        return (start, k + 1)
    }

    /// The year in a document number (国发〔2019〕3号 → 2019).
    public static func year(of number: String) -> Int? {
        let chars = Array(number)
        guard let open = chars.firstIndex(where: { openBrackets.contains($0) }), open + 5 <= chars.count else { return nil }
        return ArabicDigit.number(chars[(open + 1)..<(open + 5)])
    }

    /// A decree's number: 国务院令第638号, 上海市人民政府令第16号, or the short form 市政府第16号令
    /// (中华人民共和国 before the organ dropped).
    public static func decree(in text: String) -> String? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i] == "第" else { i += 1; continue }
            var j = i + 1
            while j < chars.count, j - i <= 6, ArabicDigit.value(chars[j]) != nil || ChineseNumeral.isNumeralCharacter(chars[j]) { j += 1 }
            guard j > i + 1, j < chars.count, chars[j] == "号" else { i += 1; continue }
            let decreeBefore = i > 0 && chars[i - 1] == "令"
            let decreeAfter = j + 1 < chars.count && chars[j + 1] == "令"
            guard decreeBefore || decreeAfter else { i = j; continue }
            var start = decreeBefore ? i - 1 : i
            while start > 0, GarbledSpanDetector.isHan(chars[start - 1]), i - start < 20 { start -= 1 }
            guard start < (decreeBefore ? i - 1 : i) else { i = j; continue }
            var number = String(chars[start..<(decreeAfter ? j + 2 : j + 1)])
            if number.hasPrefix(stateName), number.count > stateName.count + 3 { number.removeFirst(stateName.count) }
            return number
        }
        return nil
    }

    /// The state's name before a decree (中华人民共和国国务院令) is not part of its number.
    static let stateName = "中华人民共和国"
}
