/// The number at the start of a line, read as a heading label: its style, its
/// number and the label as written. Whether the line really is a heading is
/// decided later, by `HeadingOutline`, from where the number falls in its series.
public struct HeadingLabel: Sendable, Equatable {
    public var style: HeadingStyle
    /// The heading's number (二十 → 20); 0 for a dash bullet.
    public var number: Int
    /// The label as written: "(一)", "（一）", "1．", "——".
    public var written: String
    /// Character offset in the line where the heading's own words begin (after the label and its spaces).
    public var textStart: Int
    /// An article inserted by an amendment between two others keeps the number
    /// before it and adds 之一, 之二 (第十二条之一): 1, 2 …; 0 for every other heading.
    public var insertion: Int = 0

    /// The label as a clause path writes it: full-width brackets and digits folded (（一） → (一), １ → 1).
    public var pathLabel: String {
        let base = style.pathLabel(number: number, written: written)
        return insertion > 0 ? base + "之" + ChineseNumeral.format(insertion) : base
    }

    /// 笫 is a misprint of 第 common enough in published law texts to be read as 第.
    static let ordinalMarks: Set<Character> = ["第", "笫"]

    /// Whether `line` can open with a label at all, decided on its first scalar
    /// (cheap: most lines of a document are body text).
    public static func mayStart(_ line: String) -> Bool {
        guard let s = line.unicodeScalars.first(where: { !LabelPadding.containsScalar($0) }) else { return false }
        switch s.value {
        case 0x30...0x39, 0xFF10...0xFF19: return true                         // 1. １．
        case 0x28, 0xFF08: return true                                          // ( （
        case 0x2014, 0x2015, 0xFF0D: return true                                // —— －－
        case 0x2460...0x249B, 0x3251...0x325F, 0x32B1...0x32BF: return true     // ① ⑴ ⒈
        default: return s == "第" || s == "笫" || ChineseNumeral.isNumeralCharacter(Character(s))
        }
    }

    /// Reads a label at the start of `line`, or nil. Only the shape is checked
    /// here; `1.5倍`, `2018年7月`, `(2016—2020年)` and `(含提名奖)` have no label shape.
    public static func parse(_ line: [Character]) -> HeadingLabel? {
        var i = 0
        while i < line.count, LabelPadding.contains(line[i]) { i += 1 }
        guard i < line.count else { return nil }
        let start = i
        var found: (HeadingStyle, Int, Int)?   // style, number, index after the label
        var insertion = 0
        let c = line[i]
        if ordinalMarks.contains(c) {
            if let (style, number, end, inserted) = ordinalMarker(line, from: i) {
                found = (style, number, end)
                insertion = inserted
            }
        } else if c == "(" || c == "（" {
            found = bracketed(line, from: i)
        } else if ChineseNumeral.isNumeralCharacter(c) {
            found = chineseComma(line, from: i)
        } else if ArabicDigit.value(c) != nil {
            found = arabicDot(line, from: i)
        } else if let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 {
            found = enclosed(scalar, line, from: i) ?? dash(line, from: i)
        } else {
            found = nil
        }
        guard let (style, number, end) = found else { return nil }
        var textStart = end
        while textStart < line.count, LabelPadding.contains(line[textStart]) { textStart += 1 }
        if style == .dash && textStart >= line.count { return nil }
        return HeadingLabel(style: style, number: number, written: characterString(line[start..<end]), textStart: textStart,
                            insertion: insertion)
    }

    /// 第一部分 / 第一章 / 第一节 / 第一条 (or 第1条). An article must be followed by a space or
    /// punctuation (第一条件 is a word); a chapter or section title may follow directly.
    /// An amended law inserts 第十二条之一 after 第十二条 (`insertion` 1).
    private static func ordinalMarker(_ line: [Character], from i: Int) -> (HeadingStyle, Int, Int, Int)? {
        var j = i + 1
        while j < line.count, j - i <= 6, ChineseNumeral.isNumeralCharacter(line[j]) || ArabicDigit.value(line[j]) != nil { j += 1 }
        guard j > i + 1, j < line.count else { return nil }
        let digits = line[(i + 1)..<j]
        guard let number = ChineseNumeral.value(of: digits) ?? ArabicDigit.number(digits) else { return nil }
        let style: HeadingStyle
        var end = j + 1
        switch line[j] {
        case "编": style = .book
        case "章": style = .chapter
        case "节": style = .section
        case "条": style = .article
        case "部" where j + 1 < line.count && line[j + 1] == "分":
            style = .part
            end = j + 2
        default: return nil
        }
        var insertion = 0
        if style == .article, end + 1 < line.count, line[end] == "之" {
            var k = end + 1
            while k < line.count, k - end <= 3, ChineseNumeral.isNumeralCharacter(line[k]) { k += 1 }
            if k > end + 1, let n = ChineseNumeral.value(of: line[(end + 1)..<k]) {
                insertion = n
                end = k
            }
        }
        if end < line.count {
            let next = line[end]
            let separated = LabelPadding.contains(next) || "、:：.．".contains(next)
            if style == .article && !separated { return nil }
            if !separated && (line.count - end > 30 || line[end...].contains("。")) { return nil }
        }
        return (style, number, end, insertion)
    }

    /// (一) （一） (1) （1）, brackets of either width, matched or not.
    private static func bracketed(_ line: [Character], from i: Int) -> (HeadingStyle, Int, Int)? {
        var j = i + 1
        while j < line.count, j - i <= 6, ChineseNumeral.isNumeralCharacter(line[j]) || ArabicDigit.value(line[j]) != nil { j += 1 }
        guard j > i + 1, j < line.count, line[j] == ")" || line[j] == "）" else { return nil }
        let inner = line[(i + 1)..<j]
        if let n = ArabicDigit.number(inner), inner.count <= 3, n > 0 { return (.parenArabic, n, j + 1) }
        if let n = ChineseNumeral.value(of: inner) { return (.parenChinese, n, j + 1) }
        return nil
    }

    /// 一、 二十三、
    private static func chineseComma(_ line: [Character], from i: Int) -> (HeadingStyle, Int, Int)? {
        var j = i
        while j < line.count, j - i < 6, ChineseNumeral.isNumeralCharacter(line[j]) { j += 1 }
        // 一、 is the rule; 一． and 一. are typed too. A dot needs text after it.
        guard j < line.count, line[j] == "、" || ((line[j] == "．" || line[j] == ".") && j + 1 < line.count),
              let n = ChineseNumeral.value(of: line[i..<j]) else { return nil }
        return (.chineseComma, n, j + 1)
    }

    /// 1. 1． 1、 — but not a decimal (1.5倍) and not a long number (2018.).
    private static func arabicDot(_ line: [Character], from i: Int) -> (HeadingStyle, Int, Int)? {
        var j = i
        while j < line.count, ArabicDigit.value(line[j]) != nil { j += 1 }
        guard j - i <= 3, j < line.count, let n = ArabicDigit.number(line[i..<j]), n > 0 else { return nil }
        // 1) and 1）: a parenthesised number with only its closing bracket.
        if line[j] == ")" || line[j] == "）" { return (.parenArabic, n, j + 1) }
        guard ".．、".contains(line[j]) else { return nil }
        if j + 1 < line.count, ArabicDigit.value(line[j + 1]) != nil { return nil }
        return (.arabicDot, n, j + 1)
    }

    /// ① … ㊿, and the one-character forms ⑴ (parenthesised) and ⒈ (with full stop).
    private static func enclosed(_ scalar: Unicode.Scalar, _ line: [Character], from i: Int) -> (HeadingStyle, Int, Int)? {
        if let n = CircledNumber.value(of: scalar) { return (.circled, n, i + 1) }
        if (0x2474...0x2487).contains(scalar.value) { return (.parenArabic, Int(scalar.value - 0x2474) + 1, i + 1) }
        if (0x2488...0x249B).contains(scalar.value) { return (.arabicDot, Int(scalar.value - 0x2488) + 1, i + 1) }
        return nil
    }

    /// —— (two or more em dashes, or full-width hyphens) opening a bullet.
    private static func dash(_ line: [Character], from i: Int) -> (HeadingStyle, Int, Int)? {
        var j = i
        while j < line.count, "—―－".contains(line[j]) { j += 1 }
        guard j - i >= 2 else { return nil }
        return (.dash, 0, j)
    }
}

/// Spaces typed around labels and to indent lines: ASCII space and tab, no-break
/// (U+00A0), en and em spaces, the ideographic space (U+3000) that indents Chinese
/// paragraphs, and stray zero-width spaces and BOMs.
enum LabelPadding {
    static func contains(_ c: Character) -> Bool {
        c.unicodeScalars.count == 1 && c.unicodeScalars.first.map(containsScalar) == true
    }

    static func containsScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0xA0, 0x2002, 0x2003, 0x3000, 0x200B, 0xFEFF: return true
        default: return TextNormalizer.isInvisibleControl(s)
        }
    }
}

/// ASCII and full-width digits.
enum ArabicDigit {
    static func value(_ c: Character) -> Int? {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return nil }
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }

    static func number<S: Collection>(_ chars: S) -> Int? where S.Element == Character {
        guard !chars.isEmpty, chars.count <= 9 else { return nil }
        var n = 0
        for c in chars {
            guard let d = value(c) else { return nil }
            n = n * 10 + d
        }
        return n
    }
}
