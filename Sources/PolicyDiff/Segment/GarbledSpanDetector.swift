/// Finds spans of mis-decoded text in a clause, such as
/// `??构抑柿炕∩枋┬窦坝τ檬痉痘亟ㄉ?` (GBK bytes read with the wrong table).
///
/// Signals that hold for Chinese government prose, which is written in Han
/// characters and full-width punctuation:
/// - strong (each opens a span): U+FFFD; private-use characters; C1 control
///   characters; a run of ASCII `?` touching Han text, full-width punctuation or any other
///   non-ASCII character
///   (`?` stands for a character the decoder could not map, and Chinese prose
///   asks with `？`); box-drawing corners and tees, set-theory operators and
///   bopomofo wedged between Han characters (GB2312 rows 1, 8 and 9 turn up when
///   a byte stream is read with a shifted table); two Latin-1 letters in a row
///   (UTF-8 read as Latin-1: `å…³äºŽ`);
/// - weak (only widen a span that a strong signal opened): Greek, Cyrillic,
///   kana, pinyin letters with tone marks, a Latin-1 letter next to a Han
///   character, a full-width `？`, and the strong symbols in other positions.
/// Signals closer than `mergeDistance` characters, with no line break or full
/// stop between them, are one span, the text between them included.
public enum GarbledSpanDetector {
    static let mergeDistance = 8

    /// Box-drawing characters that stand in real text tables (plain lines) — not signals.
    static let tableLines: Set<UInt32> = [0x2500, 0x2501, 0x2502, 0x2503, 0x2504, 0x2505, 0x2506, 0x2507,
                                          0x2508, 0x2509, 0x250A, 0x250B, 0x2550, 0x2551]
    /// Mathematical symbols of GB2312 row 1 that prose never puts between two Han characters.
    /// (≥ ≤ ± × ÷ ∶ are used in the genre and are not here.)
    static let rareOperators: Set<Character> = ["∩", "∪", "∈", "∏", "∑", "∮", "∝", "∫", "∧", "∨", "∷", "⊥", "∥", "∠", "⌒", "⊙", "≌", "∽"]
    /// Latin-1 characters that Chinese documents do use (· × ÷ ° ± §), never signals.
    static let latin1InUse: Set<UInt32> = [0xA7, 0xB0, 0xB1, 0xB7, 0xD7, 0xF7]

    private enum Strength { case none, weak, strong }

    /// Spans never cross a line break, so the text is looked at line by line:
    /// memory stays bounded by the longest line, not the clause.
    ///
    /// Lines are found among the UTF-8 bytes (a line feed not after a carriage
    /// return is a Character "\n" of its own; \r\n is one Character and no break
    /// here, as with `split(separator: "\n")`), and the Characters of lines with no
    /// signal are counted only when a later line needs the offset.
    public static func spans(in text: String) -> [Range<Int>] {
        guard mayContainSignal(text) else { return [] }
        var result: [Range<Int>] = []
        var offset = 0                      // Characters of text[..<counted]
        var counted = text.startIndex
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var previous: UInt8 = 0
        var i = utf8.startIndex
        while true {
            let atEnd = i == utf8.endIndex
            if atEnd || (utf8[i] == 0x0A && previous != 0x0D) {
                let lineText = String(text[lineStart..<i])
                if mayContainSignal(lineText) {
                    offset += text[counted..<lineStart].count
                    let chars = Array(lineText)
                    result += spans(in: chars).map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
                    offset += chars.count
                    counted = i
                }
                if atEnd { break }
                lineStart = utf8.index(after: i)
            }
            previous = utf8[i]
            i = utf8.index(after: i)
        }
        return result
    }

    /// A quick pass over the scalars: most clauses hold no character that could be a
    /// signal, and need no character-by-character look.
    public static func mayContainSignal(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x3F { return true }
                    i += 1
                    continue
                }
                // Decode one scalar by hand: cheaper than the scalar view on long texts.
                var v: UInt32
                var length: Int
                if b >= 0xF0 { v = UInt32(b & 0x07); length = 4 } else if b >= 0xE0 { v = UInt32(b & 0x0F); length = 3 } else { v = UInt32(b & 0x1F); length = 2 }
                guard i + length <= n else { return true }
                for k in 1..<length { v = (v << 6) | UInt32(bytes[i + k] & 0x3F) }
                i += length
                if isSuspicious(v) { return true }
            }
            return false
        }
    }

    private static func isSuspicious(_ v: UInt32) -> Bool {
        if (0x4E00...0x9FFF).contains(v) || (0x3000...0x303F).contains(v) || (0xFF01...0xFF1E).contains(v)
            || (0xFF20...0xFF60).contains(v) || (0x2010...0x2027).contains(v) || v == 0xA0 || latin1InUse.contains(v) {
            return false
        }
        return v == 0xFFFD || (0x80...0x4FF).contains(v) || (0x2200...0x23FF).contains(v)
            || (0x2500...0x257F).contains(v) || (0x3040...0x30FF).contains(v) || (0x3100...0x31BF).contains(v)
            || (0xE000...0xF8FF).contains(v) || v == 0xFF1F || (0xFF61...0xFF9F).contains(v)
    }

    public static func spans(in chars: [Character]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var current: (start: Int, end: Int, strong: Bool)? = nil
        var i = 0
        while i < chars.count {
            let strength = signal(chars, at: i)
            if strength == .none { i += 1; continue }
            let isStrong = strength == .strong
            if var open = current, i - open.end <= mergeDistance, !hasBreak(chars, open.end, i) {
                open.end = i + 1
                open.strong = open.strong || isStrong
                current = open
            } else {
                if let open = current, open.strong { result.append(open.start..<open.end) }
                current = (i, i + 1, isStrong)
            }
            i += 1
        }
        if let open = current, open.strong { result.append(open.start..<open.end) }
        return result
    }

    private static func hasBreak(_ chars: [Character], _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            if chars[k] == "\n" || chars[k] == "。" { return true }
            k += 1
        }
        return false
    }

    private static func signal(_ chars: [Character], at i: Int) -> Strength {
        let c = chars[i]
        guard let s = c.unicodeScalars.first else { return .none }
        let v = s.value
        if v < 0x80 && c != "?" { return .none }
        if isHan(c) { return .none }
        if c == "?" {
            // A run of ? counts when either end of the run touches Chinese text.
            var a = i, b = i
            while a > 0, chars[a - 1] == "?" { a -= 1 }
            while b + 1 < chars.count, chars[b + 1] == "?" { b += 1 }
            let before = a > 0 ? chars[a - 1] : nil
            let after = b + 1 < chars.count ? chars[b + 1] : nil
            // A lone ? closing a question (texts typed with half-width punctuation): not lost text.
            if a == b, endsQuestion(chars, at: a) { return .none }
            return (before.map(isNonASCIIText) ?? false) || (after.map(isNonASCIIText) ?? false) ? .strong : .none
        }
        if v == 0xFFFD || (0xE000...0xF8FF).contains(v) || (0x80...0x9F).contains(v) { return .strong }
        let prevHan = i > 0 && isHan(chars[i - 1])
        let nextHan = i + 1 < chars.count && isHan(chars[i + 1])
        if (0x2500...0x257F).contains(v) {
            if tableLines.contains(v) { return .none }
            return prevHan && nextHan ? .strong : .weak
        }
        if rareOperators.contains(c) { return prevHan && nextHan ? .strong : .weak }
        if (0x3100...0x312F).contains(v) || (0x31A0...0x31BF).contains(v) {
            return prevHan || nextHan ? .strong : .weak
        }
        if (0xA0...0xFF).contains(v) {
            if latin1InUse.contains(v) || v == 0xA0 { return .none }
            let neighbourLatin1 = (i > 0 && isLatin1Letter(chars[i - 1])) || (i + 1 < chars.count && isLatin1Letter(chars[i + 1]))
            if neighbourLatin1 { return .strong }
            return prevHan || nextHan ? .weak : .none
        }
        if c == "？" { return .weak }
        if (0x0370...0x04FF).contains(v) || (0x3040...0x30FF).contains(v) || (0xFF61...0xFF9F).contains(v)
            || (0x0100...0x024F).contains(v) {
            return prevHan || nextHan ? .weak : .none
        }
        return .none
    }

    /// Words that make a sentence a question (是什么?, 如何提升?, 能否…?).
    static let interrogatives = ["什么", "怎么", "怎样", "如何", "为何", "为什么", "哪", "谁", "多少", "几", "吗", "呢", "是否", "能否", "可否"]
    /// How far back a question word is looked for: one sentence.
    static let questionWindow = 40

    private static func endsQuestion(_ chars: [Character], at i: Int) -> Bool {
        var start = i
        while start > 0, i - start < questionWindow {
            let c = chars[start - 1]
            if c == "。" || c == "！" || c == "!" || c == "？" || c == "?" || c == "\n" || c == "；" || c == ";" { break }
            start -= 1
        }
        let sentence = String(chars[start..<i])
        return interrogatives.contains { sentence.contains($0) }
    }

    static func isHan(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2FFFF).contains(v)
    }

    /// A `?` next to anything but ASCII and layout spaces stands in for a lost character.
    static func isNonASCIIText(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return v >= 0x80 && !LabelPadding.contains(c)
    }

    private static func isLatin1Letter(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x80...0xFF).contains(v) && !latin1InUse.contains(v) && v != 0xA0
    }
}
