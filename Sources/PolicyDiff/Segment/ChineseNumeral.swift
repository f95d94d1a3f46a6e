/// Chinese numerals as heading numbers use them: 一 … 十 … 二十三 … 一百零五.
/// Also the forms with 〇/零 and 两, and digit-by-digit writing (二〇一八) for years.
public enum ChineseNumeral {
    static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
        "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    public static func isNumeralCharacter(_ c: Character) -> Bool {
        digits[c] != nil || units[c] != nil
    }

    /// The value of a whole numeral, or nil when it is not one (一二 is not a number; 二〇一八 is 2018).
    public static func value<S: Collection>(of chars: S) -> Int? where S.Element == Character {
        if chars.isEmpty || chars.count > 12 { return nil }
        if !chars.contains(where: { units[$0] != nil }) {
            // Digit by digit, as years are written (二〇一八); a single digit is itself.
            guard chars.count == 1 || chars.count == 4 else { return nil }
            var total = 0
            for c in chars {
                guard let d = digits[c] else { return nil }
                total = total * 10 + d
            }
            return total
        }
        var total = 0
        var current: Int? = nil
        var lastUnit = Int.max
        for c in chars {
            if let d = digits[c] {
                if d == 0 { continue }            // 一百零五: the zero only marks a gap
                if current != nil { return nil }  // 一二十 is no numeral
                current = d
            } else if let u = units[c] {
                guard u < lastUnit else { return nil }
                // 十 alone at the front means 一十 (十三 = 13).
                guard let multiplier = current ?? (u == 10 && total == 0 ? 1 : nil) else { return nil }
                total += multiplier * u
                current = nil
                lastUnit = u
            } else {
                return nil
            }
        }
        total += current ?? 0
        return total > 0 ? total : nil
    }

    /// 1 → 一, 10 → 十, 23 → 二十三, 105 → 一百零五.
    public static func format(_ number: Int) -> String {
        let names: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard number > 0 else { return "零" }
        guard number < 1000 else { return String(number) }
        var out = ""
        let hundreds = number / 100, tens = (number / 10) % 10, ones = number % 10
        if hundreds > 0 { out.append(names[hundreds]); out.append("百") }
        if tens > 0 {
            if !(hundreds == 0 && tens == 1) { out.append(names[tens]) }
            out.append("十")
        } else if hundreds > 0 && ones > 0 {
            out.append("零")
        }
        if ones > 0 { out.append(names[ones]) }
        return out
    }
}
