/// Units that name a group rather than one office: 各市州, 各县区, 各市、州政府,
/// 各省级人民政府 (the governments below the issuer) and 各有关部门, 省直各相关部门,
/// 有关部门和单位 (the issuer's departments). Plans list them after the offices, and
/// a province's 各市州 is a city's 各县区: one collective role each, so that a
/// comparison does not report them as changed.
enum CollectiveUnit {
    static let localGovernments = "各地政府"
    static let departments = "各有关部门"

    /// Heads of a collective name: 各 (each), 有关/相关 (concerned).
    static let heads: [String] = ["各有关", "各相关", "其他有关", "其他相关", "各", "有关", "相关"]
    /// Ends that make a collective the issuer's departments.
    static let departmentEnds: [String] = ["部门", "单位", "部门和单位", "部门和组织", "机构"]
    /// What may follow 各 in a collective of governments: level characters and
    /// the words for a government (各市、州政府, 各县(市、区)人民政府, 各省级人民政府).
    static let levelCharacters = CharacterClass("省市县区州乡镇街道旗盟地级、()（）")
    /// 各街道办事处 and 各乡镇人民政府 are the governments below a district's: the same
    /// role one level down as a province's 各市（州）政府.
    static let governmentEnds: [String] = ["党委和政府", "人民政府", "党委政府", "管委会", "政府", "街道办事处", "办事处"]

    /// The heads as Characters, made once: `role(of:)` runs for every name of every tag.
    private static let headCharacters = heads.map { Array($0) }

    static func role(of name: [Character]) -> String? {
        guard let k = headCharacters.firstIndex(where: { name.starts(with: $0) }) else { return nil }
        let head = heads[k]
        let rest = name.dropFirst(head.count)
        if departmentEnds.contains(where: { rest.endsWith(Array($0)) }) || rest.isEmpty && head != "各" {
            return departments
        }
        guard head.hasPrefix("各") else { return nil }
        var body = Array(rest)
        if let end = governmentEnds.first(where: { body.endsWith(Array($0)) }) {
            body.removeLast(end.count)
        }
        if body.contains("有"), body.starts(with: Array("有关")) { body.removeFirst(2) }
        if !body.isEmpty, body.allSatisfy(levelCharacters.contains) { return localGovernments }
        return nil
    }
}

extension Collection where Element: Equatable {
    func endsWith(_ suffix: [Element]) -> Bool {
        guard suffix.count <= count else { return false }
        return Array(self.suffix(suffix.count)) == suffix
    }
}
