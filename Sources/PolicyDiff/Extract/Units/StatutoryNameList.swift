/// Cuts the subject of an article's sentence into office names as a law writes
/// them, and gives each name the parts the list shares:
/// - a bare level shares the rest of the next name: 市、区人民政府 → 市人民政府, 区人民政府;
///   设区的市和县（市、区）人民政府市场监督管理部门 → 设区的市人民政府市场监督管理部门, 县（市、区）…;
/// - lines of work share the department word written once at the end:
///   省质量技术监督、商务主管部门 → 省质量技术监督主管部门, 省商务主管部门;
///   教育、工商等主管部门 → 教育主管部门, 工商主管部门;
/// - brackets inside a name stay (区县（自治县）人民政府, 乡镇人民政府（街道办事处）).
/// Every name must end like an office and hold no mark of a sentence, or the
/// list is no subject (nil).
struct StatutoryNameList {
    typealias Form = StatutoryDutyForm

    func names(in text: ArraySlice<Character>) -> [String]? {
        guard !text.isEmpty, text.count <= Form.longestSubject else { return nil }
        let pieces = self.pieces(of: text)
        var names: [[Character]] = []
        var pendingLevels: [[Character]] = []
        var pendingLines: [[Character]] = []
        var lastShared: [Character]? = nil
        for piece in pieces {
            // 教育、工商等主管部门或者管理机构: a bare department word after 或者 is the
            // same lines' other form, no office of its own.
            if lastShared != nil, pendingLevels.isEmpty, pendingLines.isEmpty,
               Form.sharedEnds.match(in: piece, at: 0)?.length == piece.count {
                continue
            }
            if isBareLevel(piece) {
                pendingLevels.append(piece)
                continue
            }
            guard let (line, shared) = office(piece) else {
                // A line of work waiting for the department word of a later name.
                guard piece.count >= 2, piece.count <= Form.longestLine, pendingLevels.isEmpty,
                      !piece.contains(where: Form.proseMarks.contains), !piece.contains("的") else { return nil }
                pendingLines.append(piece)
                continue
            }
            lastShared = pendingLines.isEmpty ? nil : shared
            let (level, rest) = levelHead(of: line)
            for bare in pendingLevels { names.append(bare + rest) }
            pendingLevels = []
            if !pendingLines.isEmpty {
                guard let shared else { return nil }
                // 省质量技术监督、商务主管部门: the level of the first line is the whole list's.
                let inherited = level.isEmpty ? inheritedLevel(of: pendingLines[0]) : []
                for pending in pendingLines { names.append(pending + shared) }
                names.append(inherited + line)
                pendingLines = []
            } else {
                names.append(line)
            }
        }
        guard pendingLevels.isEmpty, pendingLines.isEmpty, !names.isEmpty else { return nil }
        guard names.allSatisfy(isOfficeName) else { return nil }
        return names.map { characterString($0) }
    }

    /// Pieces between 、 and the list words, outside brackets.
    private func pieces(of text: ArraySlice<Character>) -> [[Character]] {
        var pieces: [[Character]] = []
        var current: [Character] = []
        var depth = 0
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "（" || c == "(" { depth += 1 }
            if c == "）" || c == ")" { depth = max(0, depth - 1) }
            if depth == 0, c == "、" {
                pieces.append(current)
                current = []
                i += 1
                continue
            }
            // X及其有关部门: the next name is X's own (X有关部门).
            if depth == 0, let word = Form.ownerWords.match(in: text, at: i), endsLikeOffice(current),
               i + word.length < text.endIndex, text[i + word.length] != "他" {
                pieces.append(current)
                let owner = current
                current = owner
                i += word.length
                continue
            }
            if depth == 0, let word = Form.listWords.match(in: text, at: i),
               isBareLevel(current) || endsLikeOffice(current) {
                pieces.append(current)
                current = []
                i += word.length
                continue
            }
            current.append(c)
            i += 1
        }
        pieces.append(current)
        return pieces.filter { !$0.isEmpty }
    }

    /// A whole name, with the department word it may share with lines before it:
    /// 道路运输等主管部门 is 道路运输主管部门 sharing 主管部门; 商务主管部门 shares 主管部门.
    private func office(_ piece: [Character]) -> ([Character], [Character]?)? {
        if let etc = piece.lastIndex(of: "等") {
            let line = Array(piece[..<etc])
            let tail = Array(piece[(etc + 1)...])
            var shared = tail
            if shared.starts(with: Array("有关")) || shared.starts(with: Array("相关")) { shared.removeFirst(2) }
            if shared.isEmpty { return endsLikeOffice(line) ? (line, nil) : nil }
            guard Form.sharedEnds.match(in: shared, at: 0)?.length == shared.count else { return nil }
            return (line + shared, shared)
        }
        guard endsLikeOffice(piece) else { return nil }
        return (piece, Form.sharedEnds.suffix(of: piece).map { Array(piece.suffix($0.length)) })
    }

    func isBareLevel(_ piece: [Character]) -> Bool {
        guard !piece.isEmpty else { return false }
        return Form.levelHeads.match(in: piece, at: 0)?.length == piece.count
    }

    /// The level head of a name and the rest (区人民政府 → 区 | 人民政府); 市场监督管理部门
    /// has none (市场 is a word).
    func levelHead(of name: [Character]) -> (level: [Character], rest: [Character]) {
        guard !UnitLevelPrefix.startsWithFalseHead(name), let head = Form.levelHeads.match(in: name, at: 0),
              name.count - head.length >= 2 else { return ([], name) }
        return (Array(name[..<head.length]), Array(name[head.length...]))
    }

    /// The level the first line of a shared list gives the others: 省 of 省质量技术监督,
    /// 县级以上人民政府 of 县级以上人民政府发展改革.
    private func inheritedLevel(of line: [Character]) -> [Character] {
        let level = levelHead(of: line).level
        if !level.isEmpty { return level }
        return Form.levelPhrase(heading: line) ?? []
    }

    func endsLikeOffice(_ name: [Character]) -> Bool {
        var body = name
        // 乡镇人民政府（街道办事处）: the office ends before its bracket.
        if body.last == "）" || body.last == ")", let open = body.lastIndex(where: { $0 == "（" || $0 == "(" }) {
            body = Array(body[..<open])
        }
        guard body.count >= 2, Form.notOfficeEnds.suffix(of: body) == nil else { return false }
        return Form.officeEnds.suffix(of: body) != nil
    }

    /// An office as a law names it: ends like one, holds no mark of a sentence, no 的
    /// but that of 设区的市, no modal, and is no pronoun (其所在单位, 该部门).
    func isOfficeName(_ name: [Character]) -> Bool {
        guard name.count >= 3 || name == Array("国务院"), name.count <= Form.longestName, endsLikeOffice(name) else { return false }
        if name.contains(where: Form.proseMarks.contains) { return false }
        if let k = name.firstIndex(of: "的") {
            let head = Array("设区的市")
            guard k == 2, name.starts(with: head), !name.dropFirst(head.count).contains("的") else { return false }
        }
        if Form.modals.occurs(in: name) { return false }
        if name.indices.contains(where: { Form.notInName.match(in: name, at: $0) != nil && !(name[$0] == "对" && $0 + 1 < name.count && name[$0 + 1] == "外") }) {
            return false
        }
        if !name.starts(with: Form.otherHead), Form.referringHeads.match(in: name, at: 0) != nil { return false }
        return true
    }

    /// Whether the name is of a body that is not an administrative unit (消费者协会, 人民法院).
    static func isNonUnit(_ name: String) -> Bool {
        StatutoryDutyForm.nonUnits.suffix(of: Array(name)) != nil
    }
}
