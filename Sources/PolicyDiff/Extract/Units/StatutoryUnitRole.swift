/// The role of an office as a law names it, so that the law's 县级以上人民政府
/// 农业农村主管部门 and a province's 省农业农村厅 or a city's 市农业农村局 are one line of
/// work at different levels:
/// - the statutory level phrase is stripped first (县级以上人民政府, 各级人民政府,
///   设区的市人民政府, 县（市、区）人民政府, 国务院 …), then the catalog gives the role;
/// - an organ (公安机关, 税务机关) is the line's department (公安部门 → 公安局), a township
///   station (市场监督管理所) the line's bureau;
/// - the departments concerned (有关行政部门, 其他有关行政管理部门, 有关国家机关) and a law's
///   unqualified 行政管理部门 are the collective 各有关部门.
struct StatutoryUnitRole {
    typealias Form = StatutoryDutyForm
    var catalog: UnitRoleCatalog

    /// A law's own words for "the administrative departments concerned".
    static let genericDepartments: Set<String> = [
        "行政管理部门", "行政部门", "行政主管部门", "主管部门", "行政机关", "有关主管部门", "行政执法部门", "国家机关",
    ]
    static let collectiveHeads: [[Character]] = ["其他有关", "其他相关", "各有关", "各相关", "有关", "相关", "其他"].map { Array($0) }
    static let collectiveEnds: [[Character]] = ["部门", "机关", "机构", "单位"].map { Array($0) }

    func role(of name: String) -> String {
        var body = Array(UnitRoleCatalog.key(name))
        // 各级人民政府, 县级以上人民政府 alone are governments: the catalog knows them.
        while let level = Form.levelPhrase(heading: body) {
            body.removeFirst(level.count)
        }
        if body == Array("人民政府") || body == Array("地方人民政府") { return catalog.role(of: "人民政府") }
        if StatutoryUnitRole.genericDepartments.contains(String(body)) { return CollectiveUnit.departments }
        if let head = StatutoryUnitRole.collectiveHeads.first(where: { body.starts(with: $0) }) {
            let rest = Array(body.dropFirst(head.count))
            if StatutoryUnitRole.collectiveEnds.contains(where: { rest.endsWith($0) }) {
                return CollectiveUnit.departments
            }
        }
        let written = String(body)
        let role = catalog.role(of: written)
        guard role == written || role == name else { return role }
        // 公安机关 → 公安部门; 市场监督管理所 → 市场监督管理局: the line the catalog knows.
        for (end, office) in [("机关", "部门"), ("所", "局")] where body.endsWith(Array(end)) && body.count > end.count + 1 {
            let other = String(body.dropLast(end.count)) + office
            let known = catalog.role(of: other)
            if known != other { return known }
        }
        return role
    }
}

extension StatutoryDuty {
    /// The clause's assignments with the duties of its article added, as prose. A
    /// duty already read by the plan readers from the same words is kept once: this
    /// reading replaces theirs when it names at least their units, and is left out
    /// when theirs names more.
    static func merged(_ existing: [Assignment], clauseText: String, catalog: UnitRoleCatalog) -> [Assignment] {
        let reader = StatutoryDuty()
        let roles = StatutoryUnitRole(catalog: catalog)
        var result = existing
        for paragraph in clauseText.split(whereSeparator: \.isNewline) {
            for reading in reader.readings(in: Array(paragraph)) {
                let names = Set(reading.lead + reading.responsible)
                let assignment = Assignment(lead: reading.lead, responsible: reading.responsible,
                                            leadRoles: reading.lead.map(roles.role(of:)),
                                            responsibleRoles: reading.responsible.map(roles.role(of:)),
                                            text: reading.text, source: .prose)
                // The same words read by the plan readers: this reading names as many
                // units and gives them the roles of a law's names.
                // A plan reading that shares a name and names no more units is the same
                // duty read without the law's level distributed (发展改革、财政部门 after
                // 县级以上人民政府): the law's reading replaces it.
                if let k = result.firstIndex(where: { $0.source == .prose && Self.sameDuty(Set($0.lead + $0.responsible), names) }) {
                    result[k] = assignment
                } else if !result.contains(where: { names.isSubset(of: Set($0.lead + $0.responsible)) }) {
                    result.append(assignment)
                }
            }
        }
        return result
    }

    private static func sameDuty(_ planNames: Set<String>, _ lawNames: Set<String>) -> Bool {
        planNames.isSubset(of: lawNames) || (!planNames.isDisjoint(with: lawNames) && planNames.count <= lawNames.count)
    }
}
