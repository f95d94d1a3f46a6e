/// The documents a text says it implements: 《…》 titles after a verb of
/// implementing (贯彻落实《…》, 根据《…》、《…》等文件精神, 按照省委、省政府《…》),
/// each with the document number in the parentheses that follow it, if any:
/// 《…》(中发〔2017〕24号,以下简称《指导意见》). A 《…》 cited for another reason
/// (深入实施《消费品标准和质量提升规划》 inside an item) is not read: callers pass
/// only the text where a document states its basis (its preamble).
public enum CitationReader {
    /// Verbs with which a document names its basis.
    static let cues = ["贯彻落实", "贯彻执行", "贯彻", "落实", "根据", "按照", "依据", "依照", "遵照", "执行", "实施"]
    /// Verbs with which a title names the law it implements: 浙江省实施《…法》办法.
    static let titleCues = ["实施", "贯彻", "落实", "执行"]
    /// Words joining the titles of a list of bases: 《A》、《B》和《C》.
    static let joiners: [String] = ["、", "和", "及", "以及", "与", ",", "，"]
    /// Between the verb and the title there may be its issuers (省委、省政府) but no sentence break.
    static let maxCueDistance = 20
    /// A purpose clause that names the basis: 为贯彻落实…, 为了认真贯彻….
    static let purposeOpenings = ["为", "现就", "为了"]
    static let breaks: Set<Character> = ["。", "；", ";", "，", ",", "!", "！", "?", "？", "\n"]

    public static func citations(in text: String) -> [Citation] {
        let chars = Array(text)
        var result: [Citation] = []
        var i = 0
        while i < chars.count {
            guard chars[i] == "《" else { i += 1; continue }
            guard cuePrecedes(chars, at: i) else {
                i = closing(chars, from: i) ?? i + 1
                continue
            }
            // A cited title, then possibly more joined to it.
            var k = i
            while k < chars.count, chars[k] == "《", let end = closing(chars, from: k) {
                let title = String(chars[(k + 1)..<(end - 1)])
                var next = end
                var number: String? = nil
                if next < chars.count, chars[next] == "(" || chars[next] == "（", let close = parenthesisEnd(chars, from: next) {
                    let inside = String(chars[(next + 1)..<(close - 1)])
                    number = DocumentNumber.all(in: inside).first ?? DocumentNumber.decree(in: inside)
                    next = close
                }
                if !title.isEmpty, !result.contains(where: { $0.title == title && $0.docNumber == number }) {
                    result.append(Citation(title: title, docNumber: number))
                }
                k = next
                guard let joined = joiners.first(where: { startsWith(chars, at: k, $0) }),
                      k + joined.count < chars.count, chars[k + joined.count] == "《" else { break }
                k += joined.count
            }
            i = max(k, i + 1)
        }
        return result
    }

    /// The phrase holding the title states a basis: it opens with the cue (根据《…》,
    /// 按照省委、省政府《…》) or with a purpose clause 为… (为深入贯彻落实《…》).
    /// 推动落实《职业教育法》 inside the text is a task, not the document's basis.
    private static func cuePrecedes(_ chars: [Character], at i: Int) -> Bool {
        var start = i
        while start > 0, i - start <= maxCueDistance + 8, !breaks.contains(chars[start - 1]), chars[start - 1] != "》" {
            start -= 1
        }
        guard start == 0 || breaks.contains(chars[start - 1]) else { return false }
        while start < i, LabelPadding.contains(chars[start]) { start += 1 }
        let phrase = String(chars[start..<i])
        if cues.contains(where: { phrase.hasPrefix($0) }) { return true }
        return purposeOpenings.contains { phrase.hasPrefix($0) } && cues.contains { phrase.contains($0) }
    }

    /// The index after the 》 closing the 《 at `from`, nesting counted.
    static func closing(_ chars: [Character], from: Int) -> Int? {
        var depth = 0
        var j = from
        while j < chars.count {
            if chars[j] == "《" { depth += 1 } else if chars[j] == "》" {
                depth -= 1
                if depth == 0 { return j + 1 }
            } else if chars[j] == "\n" { return nil }
            j += 1
        }
        return nil
    }

    private static func parenthesisEnd(_ chars: [Character], from: Int) -> Int? {
        var depth = 0
        var j = from
        while j < chars.count, j - from < 200 {
            if chars[j] == "(" || chars[j] == "（" { depth += 1 } else if chars[j] == ")" || chars[j] == "）" {
                depth -= 1
                if depth == 0 { return j + 1 }
            } else if chars[j] == "\n" { return nil }
            j += 1
        }
        return nil
    }

    static func startsWith(_ chars: [Character], at i: Int, _ word: String) -> Bool {
        var k = i
        for c in word {
            guard k < chars.count, chars[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// The documents a title says it implements: 上海市实施《中华人民共和国农民专业合作社法》办法.
    public static func titleBasis(_ title: String) -> [Citation] {
        let chars = Array(title)
        var result: [Citation] = []
        var i = 0
        while i < chars.count {
            if chars[i] == "《", let end = closing(chars, from: i) {
                let before = String(chars[max(0, i - 4)..<i])
                let cited = String(chars[(i + 1)..<(end - 1)])
                if titleCues.contains(where: { before.hasSuffix($0) }), !cited.isEmpty { result.append(Citation(title: cited)) }
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    /// The contents of every top-level 《…》 in `text`, nested 《》 and 〈〉 kept.
    public static func bookTitles(in text: String) -> [String] {
        var titles: [String] = []
        var depth = 0
        var current: [Character] = []
        for c in text {
            if c == "《" {
                if depth > 0 { current.append(c) }
                depth += 1
            } else if c == "》" && depth > 0 {
                depth -= 1
                if depth == 0 { titles.append(String(current)); current.removeAll() } else { current.append(c) }
            } else if depth > 0 {
                current.append(c)
            }
        }
        return titles
    }
}
