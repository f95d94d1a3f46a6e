/// The history block of a law or regulation, written under its title:
///
///     1993年10月31日 第八届全国人民代表大会常务委员会第四次会议通过
///     （2015年9月24日东山省第十二届人民代表大会常务委员会第二十次会议通过　根据2021年3月31日…修正）
///     （2013年7月18日中华人民共和国国务院令第638号公布　根据2016年2月6日《国务院关于修改部分行政法规的决定》修订）
///
/// Each step is a date, the organ and meeting (or decree) and a verb (通过, 公布,
/// 修正, 修订). The block is metadata — the dates of the versions, the issuer, the
/// decree number — and never a clause.
enum LegislativeHistory {
    /// The verbs that end a step, with what they mean.
    static let actions: [(String, LegislativeEvent.Action)] = [
        ("修正", .amended), ("修订", .revised), ("通过", .adopted), ("公布", .promulgated), ("发布", .promulgated),
        ("批准", .approved),
    ]
    /// A history line is short and has no full stop.
    static let maxLineLength = 400
    /// How far below the title the block may start and how many lines it may take.
    static let maxLines = 8
    /// The state's name before an organ or a decree (中华人民共和国国务院令) is not part of the organ's name.
    static let stateName = DocumentNumber.stateName

    /// The history under a title at `titleIndex`: its events, oldest first, and the
    /// index of the last paragraph of the block; nil when no history follows the title.
    static func read(_ paragraphs: [String], titleIndex: Int) -> (events: [LegislativeEvent], lastLine: Int)? {
        var events: [LegislativeEvent] = []
        var last = titleIndex
        var i = titleIndex + 1
        while i < paragraphs.count, i - titleIndex <= maxLines {
            let line = paragraphs[i]
            if let found = self.events(in: line), !found.isEmpty {
                events += found
                last = i
            } else if isBracketResidue(line) && !events.isEmpty {
                last = i
            } else {
                break
            }
            i += 1
        }
        return events.isEmpty ? nil : (events, last)
    }

    /// The steps a line states, or nil when the line is not one of the history block.
    static func events(in line: String) -> [LegislativeEvent]? {
        // A step opens with its date (or 根据 and the date), possibly in brackets: decide on the first scalar.
        guard line.utf8.count <= maxLineLength * 4,
              let first = line.unicodeScalars.first(where: { !LabelPadding.containsScalar($0) && $0 != "（" && $0 != "(" }),
              first.properties.numericType != nil || first == "根" || first == "〇" else { return nil }
        var chars = Array(line)
        while let c = chars.first, LabelPadding.contains(c) || c == "（" || c == "(" { chars.removeFirst() }
        while let c = chars.last, LabelPadding.contains(c) || c == "）" || c == ")" { chars.removeLast() }
        if CitationReader.startsWith(chars, at: 0, "根据") { chars.removeFirst(2) }
        guard !chars.isEmpty, chars.count <= maxLineLength, !chars.contains("。"),
              let first = DocumentDate.parse(chars), first.iso.count == 10 else { return nil }
        // Every date not inside 《》 starts a step.
        var starts: [(Int, String, Int)] = [(0, first.iso, first.end)]
        var depth = 0
        var k = first.end
        while k < chars.count {
            let c = chars[k]
            if c == "《" { depth += 1 } else if c == "》" { depth = max(0, depth - 1) }
            if depth == 0, ArabicDigit.value(c) != nil || c == "二" || c == "一",
               k == 0 || ArabicDigit.value(chars[k - 1]) == nil,
               let date = DocumentDate.parse(chars, from: k), date.iso.count == 10, date.end - k >= 8 {
                starts.append((k, date.iso, date.end))
                k = date.end
                continue
            }
            k += 1
        }
        var events: [LegislativeEvent] = []
        for (n, (start, iso, dateEnd)) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].0 : chars.count
            var text = Array(chars[start..<end])
            while let c = text.last, LabelPadding.contains(c) { text.removeLast() }
            if text.count >= 2, CitationReader.startsWith(text, at: text.count - 2, "根据") { text.removeLast(2) }
            while let c = text.last, LabelPadding.contains(c) { text.removeLast() }
            let body = String(text[(dateEnd - start)...])
            guard let action = lastAction(in: body) else { return nil }
            events.append(LegislativeEvent(date: iso, action: action, organ: organ(in: body), number: decreeNumber(in: body),
                                           text: String(text)))
        }
        return events
    }

    /// The verb of a step: the last one it holds (…《关于修改…的决定》第二次修正).
    private static func lastAction(in text: String) -> LegislativeEvent.Action? {
        var best: (String.Index, LegislativeEvent.Action)? = nil
        for (word, action) in actions {
            if let range = text.range(of: word, options: .backwards), best.map({ range.lowerBound > $0.0 }) ?? true {
                best = (range.lowerBound, action)
            }
        }
        return best?.1
    }

    /// The organ of a step: a legislature's name around its session numbers
    /// (浙江省第十二届人民代表大会常务委员会第三十九次会议 → 浙江省人民代表大会常务委员会),
    /// a government before its meeting (国务院第42次常务会议), the issuer of a decree
    /// (国务院令第638号) or of the amending decision (《国务院关于修改…的决定》).
    static func organ(in text: String) -> String? {
        let chars = Array(text).filter { !LabelPadding.contains($0) }
        if let session = ordinalEnd(chars, from: 0, marker: "届") {
            let place = String(chars[0..<session.start])
            if let meeting = ordinalEnd(chars, from: session.end, marker: "次") {
                let name = place + String(chars[session.end..<meeting.start])
                return name.isEmpty ? nil : stripState(name)
            }
        }
        if let meeting = ordinalEnd(chars, from: 0, marker: "次"), meeting.start > 0 {
            let name = stripState(String(chars[0..<meeting.start]))
            if IssuerLevel.organNames(in: name) != nil { return name }
        }
        if let number = decreeNumber(in: text), let decree = number.range(of: "令第") {
            return String(number[..<decree.lowerBound])
        }
        if let open = chars.firstIndex(of: "《"), let about = String(chars[(open + 1)...]).range(of: "关于") {
            let name = stripState(String(String(chars[(open + 1)...])[..<about.lowerBound]))
            if IssuerLevel.organNames(in: name) != nil { return name }
        }
        return nil
    }

    static func decreeNumber(in text: String) -> String? { DocumentNumber.decree(in: text) }

    /// 第 + numeral + `marker` at or after `from`: where 第 starts and where the marker ends.
    private static func ordinalEnd(_ chars: [Character], from: Int, marker: Character) -> (start: Int, end: Int)? {
        var i = from
        while i < chars.count {
            if chars[i] == "第" {
                var j = i + 1
                while j < chars.count, j - i <= 6, ChineseNumeral.isNumeralCharacter(chars[j]) || ArabicDigit.value(chars[j]) != nil { j += 1 }
                if j > i + 1, j < chars.count, chars[j] == marker { return (i, j + 1) }
            }
            i += 1
        }
        return nil
    }

    private static func stripState(_ name: String) -> String {
        name.hasPrefix(stateName) && name.count > stateName.count ? String(name.dropFirst(stateName.count)) : name
    }

    /// A line holding only the bracket that closes the block (a source that broke it there).
    private static func isBracketResidue(_ line: String) -> Bool {
        let rest = line.filter { !LabelPadding.contains($0) }
        return !rest.isEmpty && rest.allSatisfy { $0 == "）" || $0 == ")" }
    }
}
