/// Cuts a group of a unit tag into names as written: 省发展改革委、省科技厅,各市州、兰州新区
/// → four names; 各市、州政府 stays one (the governments of the cities and of the
/// autonomous prefectures), 工业和信息化部 stays one, 等 and 等有关部门 are dropped.
struct UnitNameSplitter {
    /// Names of `group` (original characters), or nil when a piece cannot be a unit name.
    func names(in group: ArraySlice<Character>) -> [String]? {
        var pieces: [(text: [Character], separator: Character?)] = []
        var current: [Character] = []
        var depth = 0
        var i = group.startIndex
        func flush(_ separator: Character?) {
            pieces.append((current, separator))
            current = []
        }
        while i < group.endIndex {
            let c = group[i]
            // Compared through `CharacterClass.same`: `==` between two different
            // Characters goes through Unicode normalisation, on every character.
            if CharacterClass.same(c, "(") || CharacterClass.same(c, "（") { depth += 1 }
            if CharacterClass.same(c, ")") || CharacterClass.same(c, "）") { depth = max(0, depth - 1) }
            if depth == 0, UnitTagForm.nameSeparators.contains(c) {
                flush(c)
                i += 1
                continue
            }
            if depth == 0, let length = conjunctionLength(in: group, at: i, after: current) {
                flush(nil)
                i += length
                continue
            }
            current.append(c)
            i += 1
        }
        flush(nil)

        var names: [[Character]] = []
        var pendingLevel: [Character]? = nil
        for piece in pieces {
            var text = piece.text
            if text.isEmpty { continue }
            let bare = isBareLevel(text)
            if let pending = pendingLevel {
                pendingLevel = nil
                if let first = text.first, UnitTagForm.levelCharacters.contains(first) {
                    text = pending + text
                } else {
                    names.append(Array(pending.dropLast()))
                }
            }
            // 各市、州政府: a bare level joins the next item with the 、 it was written with.
            if bare, piece.separator == "、" {
                pendingLevel = text + ["、"]
                continue
            }
            names.append(text)
        }
        if let pending = pendingLevel { names.append(Array(pending.dropLast())) }

        var result: [String] = []
        for var name in names {
            name = UnitNameSplitter.droppingEtcetera(name)
            if name.isEmpty { continue }
            guard UnitNameSplitter.isUnitName(name) else { return nil }
            result.append(characterString(name))
        }
        return result
    }

    /// 和/及 join two names only after 等 (X等和各省级人民政府) or before 各
    /// (X和各有关省级人民政府); inside a name (工业和信息化部, 各有关部门和单位) they do not.
    private func conjunctionLength(in group: ArraySlice<Character>, at i: Int, after current: [Character]) -> Int? {
        guard let word = UnitTagForm.conjunctions.match(in: group, at: i), i + word.length < group.endIndex else { return nil }
        if current.last == "等" || group[i + word.length] == "各" { return word.length }
        // 区建设管理委和区水务局: two offices, the second with its level word; 工业和信息化部
        // (工业 is no office) and 各有关部门和单位 (单位 has no level word) stay whole.
        if current.count >= 3, ProseResponsibilityForm.officeEnds.suffix(of: current) != nil,
           UnitTagForm.levelCharacters.contains(group[i + word.length]) { return word.length }
        // 区城管执法局和属地街镇, 县级以上人民政府和有关部门: an office, then a whole name of
        // three characters or more that ends like one (单位 of 部门和单位 is too short to stand alone).
        if current.count >= 3, ProseResponsibilityForm.officeEnds.suffix(of: current) != nil,
           nextItemIsAnOffice(in: group, from: i + word.length) { return word.length }
        return nil
    }

    private func nextItemIsAnOffice(in group: ArraySlice<Character>, from start: Int) -> Bool {
        var end = start
        while end < group.endIndex, !UnitTagForm.nameSeparators.contains(group[end]) { end += 1 }
        let item = UnitNameSplitter.droppingEtcetera(Array(group[start..<end]))
        guard item.count >= 3, !item.contains(where: UnitTagForm.proseMarks.contains) else { return false }
        return ProseResponsibilityForm.officeEnds.suffix(of: item) != nil
    }

    /// 各市, 市, 各县: a level word with nothing after it.
    private func isBareLevel(_ text: [Character]) -> Bool {
        let body = text.first == "各" ? Array(text.dropFirst()) : text
        return body.count == 1 && body.allSatisfy(UnitTagForm.levelCharacters.contains)
    }

    static func droppingEtcetera(_ name: [Character]) -> [Character] {
        guard let tail = UnitTagForm.etceteraTails.suffix(of: name) else { return name }
        return Array(name.dropLast(tail.length))
    }

    /// A unit name ends like one (局, 厅, 委, 政府, 部门 …), or names a collective
    /// (各…, 有关…), and holds no mark of a sentence.
    static func isUnitName(_ name: [Character]) -> Bool {
        guard name.count >= 2, name.count <= UnitTagForm.maximumNameLength else { return false }
        if name.contains(where: UnitTagForm.proseMarks.contains) { return false }
        guard let last = name.last else { return false }
        if name.first == "各", UnitTagForm.collectiveFinals.contains(last) { return true }
        return UnitTagForm.unitFinals.contains(last) || last == ")" || last == "）"
    }
}
