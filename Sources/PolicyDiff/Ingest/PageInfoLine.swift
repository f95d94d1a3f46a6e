/// Reads the `label：value` lines of a page's information table and of the
/// publication lines news sites print above an article
/// (`稿件来源:甘肃日报 发布时间:2018-01-08 15:09:53`, `• 成文日期 2018-12-30`,
/// `索 引 号： 000014349/2018-00223 主题分类： 农业、林业、水利`).
struct PageInfoLine: Sendable {
    let labels: PageInfoLabels
    let bullets: Set<Character>

    /// Longest labels first, so 稿件来源 wins over 来源 and 发布日期 over 日期.
    private let sortedLabels: [(chars: [Character], field: PageInfoLabels.Field)]
    private let firstCharacters: Set<Character>
    private let firstScalars: Set<Unicode.Scalar>
    private let bulletScalars: Set<Unicode.Scalar>

    init(labels: PageInfoLabels = .standard, bullets: Set<Character> = PageFurnitureTable.standard.bullets) {
        self.labels = labels
        self.bullets = bullets
        sortedLabels = labels.labels.map { (Array($0.label), $0.field) }.sorted { $0.chars.count > $1.chars.count }
        firstCharacters = Set(labels.labels.compactMap(\.label.first))
        firstScalars = Set(labels.labels.compactMap(\.label.unicodeScalars.first))
        bulletScalars = Set(bullets.flatMap(\.unicodeScalars))
    }

    func pairs(in line: String) -> [(field: PageInfoLabels.Field, value: String)]? {
        pairs(in: line, LineShape(line))
    }

    /// The pairs of a line made only of information labels and their values;
    /// nil for any other line. Body sentences (with 。) are never information lines.
    func pairs(in line: String, _ shape: LineShape) -> [(field: PageInfoLabels.Field, value: String)]? {
        guard shape.length <= 240, !shape.hasFullStop,
              let head = line.unicodeScalars.first(where: { !bulletScalars.contains($0) && !LayoutSpace.isLayoutSpace($0) }),
              firstScalars.contains(head) || ("0"..."9").contains(head) else { return nil }
        let chars = Array(line)
        let labels = sortedLabels
        var i = 0
        while i < chars.count, bullets.contains(chars[i]) || chars[i].isWhitespace { i += 1 }
        var result: [(field: PageInfoLabels.Field, value: String)] = []
        // News sites print the date bare before the other labels:
        // `2018-01-26 17:34:09　来源：新华社`.
        if let end = dateTimePrefix(chars, from: i) {
            var j = end
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            guard let m = match(labels, in: chars, at: j), m.colon else { return nil }
            result.append((.datePublished, String(chars[i..<end])))
            i = j
        }
        guard let first = match(labels, in: chars, at: i), first.colon || first.spaced else { return nil }
        var current = first
        while true {
            // The value runs to the next label that follows a space or separator and
            // carries a colon: a publication line packs several pairs on one line.
            var k = current.valueStart
            var next: LabelMatch?
            while k < chars.count {
                if k > current.valueStart, isBoundary(chars[k - 1]),
                   let m = match(labels, in: chars, at: k), m.colon {
                    next = m
                    break
                }
                k += 1
            }
            let value = String(chars[current.valueStart..<k])
            result.append((current.field, trimValue(value)))
            guard let found = next else { break }
            current = found
        }
        return result
    }

    /// The end of a `2018-01-26 17:34:09` or `2018年1月26日 17:34` prefix.
    private func dateTimePrefix(_ chars: [Character], from start: Int) -> Int? {
        var p = start
        var digits = 0
        while p < chars.count, chars[p].isASCII, chars[p].isNumber { p += 1; digits += 1 }
        guard digits == 4, p < chars.count, "-/.年".contains(chars[p]) else { return nil }
        let allowed: Set<Character> = ["-", "/", ".", "年", "月", "日", ":", "：", " "]
        while p < chars.count, (chars[p].isASCII && chars[p].isNumber) || allowed.contains(chars[p]) {
            // A colon followed by a non-digit is a label's colon, not a time's.
            if chars[p] == "：" { break }
            p += 1
        }
        while p > start, chars[p - 1] == " " { p -= 1 }
        return p
    }

    private struct LabelMatch {
        var field: PageInfoLabels.Field
        var valueStart: Int
        var colon: Bool
        var spaced: Bool
    }

    private func match(_ labels: [(chars: [Character], field: PageInfoLabels.Field)],
                       in chars: [Character], at start: Int) -> LabelMatch? {
        guard start < chars.count, firstCharacters.contains(chars[start]) else { return nil }
        for label in labels {
            var p = start
            var ok = true
            for (n, ch) in label.chars.enumerated() {
                if n > 0 { while p < chars.count, chars[p].isWhitespace { p += 1 } }
                guard p < chars.count, chars[p] == ch else { ok = false; break }
                p += 1
            }
            guard ok else { continue }
            var q = p
            while q < chars.count, chars[q].isWhitespace { q += 1 }
            var colon = false
            if q < chars.count, chars[q] == "：" || chars[q] == ":" {
                colon = true
                q += 1
                while q < chars.count, chars[q].isWhitespace { q += 1 }
            }
            let spaced = q > p || q == chars.count
            if colon || spaced { return LabelMatch(field: label.field, valueStart: q, colon: colon, spaced: spaced) }
        }
        return nil
    }

    private func isBoundary(_ c: Character) -> Bool {
        c.isWhitespace || c == "|" || c == "｜" || c == "】" || c == "]" || c == "丨"
    }

    private func trimValue(_ value: String) -> String {
        var chars = Substring(value)
        let junk: Set<Character> = ["|", "｜", "丨", "【", "】", "[", "]"]
        while let last = chars.last, last.isWhitespace || junk.contains(last) { chars.removeLast() }
        while let first = chars.first, first.isWhitespace || junk.contains(first) { chars.removeFirst() }
        return String(chars)
    }
}

/// Dates as pages print them (2018年12月21日, 2018-01-08 15:09:53, 2018/7/31,
/// 二〇一八年七月二十三日) turned into ISO yyyy-MM-dd (or yyyy-MM, yyyy when
/// that is all the text gives).
enum PageDate {
    static func iso(_ text: String) -> String? {
        let chars = Array(text).map(asciiDigit)
        var i = 0
        while i + 4 <= chars.count {
            if let year = number(chars, i, 4), year >= 1900, year <= 2199,
               i == 0 || !chars[i - 1].isNumber {
                var p = i + 4
                guard p == chars.count || !chars[p].isNumber else { i += 1; continue }
                var out = String(format4(year))
                guard p < chars.count, "年-/.".contains(chars[p]) else { return out }
                p += 1
                guard let (month, afterMonth) = smallNumber(chars, p), (1...12).contains(month) else { return out }
                out += "-" + pad2(month)
                p = afterMonth
                guard p < chars.count, "月-/.".contains(chars[p]) else { return out }
                p += 1
                guard let (day, _) = smallNumber(chars, p), (1...31).contains(day) else { return out }
                return out + "-" + pad2(day)
            }
            i += 1
        }
        return nil
    }

    private static let chineseDigits: [Character: Character] = [
        "〇": "0", "零": "0", "○": "0", "一": "1", "二": "2", "三": "3", "四": "4",
        "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
    ]

    /// Full-width digits and, in a year written 二〇一八, Chinese digits become ASCII;
    /// 十 stays for month and day numerals (二十三).
    private static func asciiDigit(_ c: Character) -> Character {
        if let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
           (0xFF10...0xFF19).contains(scalar.value),
           let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
            return Character(ascii)
        }
        return chineseDigits[c] ?? c
    }

    private static func number(_ chars: [Character], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= chars.count else { return nil }
        var value = 0
        for c in chars[start..<(start + count)] {
            guard let d = c.wholeNumberValue, c.isASCII else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// One or two digits, or a Chinese numeral up to 三十一 (十二, 二十三).
    private static func smallNumber(_ chars: [Character], _ start: Int) -> (Int, Int)? {
        var p = start
        var value = 0
        var digits = 0
        var sawTen = false
        while p < chars.count, digits < 3 {
            let c = chars[p]
            if c == "十" {
                guard !sawTen else { break }
                sawTen = true
                value = (digits == 0 ? 1 : value) * 10
                digits += 1
            } else if c.isASCII, let d = c.wholeNumberValue {
                value = sawTen ? value + d : value * 10 + d
                digits += 1
            } else {
                break
            }
            p += 1
        }
        return digits == 0 ? nil : (value, p)
    }

    private static func format4(_ n: Int) -> String { String(n) }
    private static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
