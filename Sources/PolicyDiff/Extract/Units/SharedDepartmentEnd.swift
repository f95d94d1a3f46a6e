/// Lists of lines of work that write their 部门 once, at the end: 城管执法、交通等部门
/// (城管执法部门, 交通部门), 区绿化市容、规划资源和农业农村等部门 (three departments, the last
/// two joined by 和), 省质量技术监督、商务主管部门 (both 主管部门). Laws and plans name
/// departments this way far more often than office by office.
struct SharedDepartmentEnd {
    var catalog: UnitRoleCatalog

    /// Ends a list item may borrow from the item after it (主管部门 before 部门: longest
    /// first): the department words by which the catalog knows a line of work.
    static let borrowedEnds = CharacterWordTable(UnitRoleCatalog.functionalEnds.map { String($0) })
    static let longestItem = 12

    /// Every item of `group` as a department, or nil when an item names none.
    func names(in group: ArraySlice<Character>) -> [String]? {
        var body = Array(group)
        var end: [Character]? = nil
        if let tail = UnitTagForm.etceteraTails.suffix(of: body), tail.length > 1 {
            var word = Array(body.suffix(tail.length).drop(while: { $0 == "等" }))
            if word.starts(with: Array("有关")) || word.starts(with: Array("相关")) { word.removeFirst(2) }
            guard !word.isEmpty else { return nil }
            body.removeLast(tail.length)
            end = word
        }
        let items = body.split(separator: "、").flatMap { splitAtConjunction(Array($0)) }
        guard items.count >= 2 || end != nil else { return nil }
        var names: [[Character]] = []
        // From the last item back: each item without an end of its own takes the end
        // of the department after it.
        for item in items.reversed() {
            guard item.count >= 2, item.count <= SharedDepartmentEnd.longestItem,
                  !item.contains(where: UnitTagForm.proseMarks.contains) else { return nil }
            if ProseResponsibility.namesAnOffice(characterString(item)) {
                names.append(item)
                if let borrowed = SharedDepartmentEnd.borrowedEnds.suffix(of: item) {
                    end = Array(item.suffix(borrowed.length))
                }
            } else if let end {
                names.append(item + end)
            } else {
                return nil
            }
        }
        return names.reversed().map(characterString)
    }

    /// 规划资源和农业农村 is two lines; 工业和信息化 and 文化和旅游 are one (the table knows them whole).
    private func splitAtConjunction(_ item: [Character]) -> [[Character]] {
        guard !catalog.knowsLine(item),
              let k = item.indices.first(where: { UnitTagForm.conjunctions.match(in: item, at: $0) != nil && $0 >= 2 }),
              let word = UnitTagForm.conjunctions.match(in: item, at: k), item.count - k - word.length >= 2 else { return [item] }
        let left = Array(item[..<k]), right = Array(item[(k + word.length)...])
        let isPart = { (part: [Character]) in
            ProseResponsibility.namesAnOffice(characterString(part)) || catalog.knowsLine(part)
        }
        return isPart(left) && isPart(right) ? [left] + splitAtConjunction(right) : [item]
    }
}
