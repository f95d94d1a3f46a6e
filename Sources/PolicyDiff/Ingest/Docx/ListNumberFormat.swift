/// Word's `w:numFmt` values as a reader sees them on the page. Chinese
/// official documents number 一、 （一） 1. （1） ①, which Word stores as
/// `chineseCounting` / `chineseCountingThousand`, `decimal` and
/// `decimalEnclosedCircle`; the others are here so that a list in any format
/// keeps a label of the right shape.
enum ListNumberFormat {
    static func render(_ number: Int, format: String) -> String {
        switch format {
        case "decimal", "decimalHalfWidth", "ordinal", "cardinalText", "ordinalText":
            return String(number)
        case "decimalZero":
            return number < 10 ? "0\(number)" : String(number)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(number).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
             "taiwaneseCountingThousand", "ideographDigital", "japaneseDigitalTenThousand":
            return ChineseNumeral.format(number)
        case "chineseLegalSimplified":
            return legal(ChineseNumeral.format(number))
        case "ideographTraditional":
            return cycle(number, "甲乙丙丁戊己庚辛壬癸")
        case "ideographZodiac":
            return cycle(number, "子丑寅卯辰巳午未申酉戌亥")
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
            return CircledNumber.format(number) ?? "(\(number))"
        case "decimalEnclosedParen":
            return (1...20).contains(number) ? String(Unicode.Scalar(0x2473 + UInt32(number))!) : "(\(number))"
        case "decimalEnclosedFullstop":
            return (1...20).contains(number) ? String(Unicode.Scalar(0x2487 + UInt32(number))!) : "\(number)."
        case "lowerLetter": return letters(number, base: "a")
        case "upperLetter": return letters(number, base: "A")
        case "lowerRoman": return roman(number).lowercased()
        case "upperRoman": return roman(number)
        case "none", "bullet": return ""
        default: return String(number)
        }
    }

    /// 大写数字 of financial and legal texts: 壹贰叁 … 拾.
    private static func legal(_ counting: String) -> String {
        String(counting.map { legalCharacters[$0] ?? $0 })
    }

    private static let legalCharacters: [Character: Character] = [
        "一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆", "七": "柒", "八": "捌", "九": "玖",
        "十": "拾", "百": "佰", "千": "仟", "〇": "零", "零": "零",
    ]

    private static func cycle(_ number: Int, _ symbols: String) -> String {
        let list = Array(symbols)
        guard number >= 1 else { return String(number) }
        return String(list[(number - 1) % list.count])
    }

    /// a … z, aa … zz (Word repeats the letter).
    private static func letters(_ number: Int, base: Character) -> String {
        guard number >= 1 else { return String(number) }
        let index = (number - 1) % 26
        let repeats = (number - 1) / 26 + 1
        let letter = Character(Unicode.Scalar(base.unicodeScalars.first!.value + UInt32(index))!)
        return String(repeating: letter, count: repeats)
    }

    private static func roman(_ number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = number
        var out = ""
        for (value, symbol) in table {
            while n >= value { out += symbol; n -= value }
        }
        return out
    }
}
