import Foundation
import Testing
@testable import PolicyDiff

/// Issue 11's units: names of every level (直辖市 and districts included), lines
/// of work across levels, collectives one level down, responsibilities in prose and
/// in task-table columns, tags broken over lines — on sentences written for these
/// tests in the genre.
@Suite struct AssignmentGenreTests {
    let catalog = UnitRoleCatalog.standard

    @Test(arguments: [
        ("市住房城乡建设管理委", "区建设管理委"), ("市绿化市容局", "区绿化市容局"), ("市房屋管理局", "区住房保障房屋管理局"),
        ("市交通委", "区交通委"), ("市规划资源局", "区规划和自然资源局"), ("市水务局", "区水务局"),
        ("教育部", "省教育厅"), ("省教育厅", "县教育局"), ("市教委", "区教育局"), ("应急管理部", "区应急局"),
        ("国家数据局", "区数据局"), ("退役军人事务部", "市退役军人事务局"), ("国家林业和草原局", "县林业局"),
        ("生态环境部", "区生态环境局"), ("市城管执法局", "区城市管理综合执法局"),
    ])
    func sameLineOfWorkAtEveryLevel(upper: String, lower: String) {
        #expect(catalog.role(of: upper) == catalog.role(of: lower), "\(upper) ↔ \(lower)")
    }

    @Test func levelWordsThatMakeAWordWithTheNext() {
        // 市容 and 市民 are words, but 市 is still the level of 市绿化市容局 and 市民政局.
        #expect(catalog.role(of: "市绿化市容局") == "绿化市容局")
        #expect(catalog.role(of: "市民政局") == "民政局")
        #expect(catalog.role(of: "区民政局") == catalog.role(of: "民政部"))
    }

    @Test func branchOfficesOfADistrictFindTheirBureau() {
        #expect(catalog.role(of: "公安松江分局") == catalog.role(of: "市公安局"))
        #expect(catalog.role(of: "市公安局嘉定分局") == catalog.role(of: "公安部"))
        #expect(catalog.role(of: "市税务局闵行分局") == catalog.role(of: "税务总局"))
    }

    @Test func functionalNamesOfLawsFindTheirLine() {
        #expect(catalog.role(of: "县教育行政部门") == catalog.role(of: "教育部"))
        #expect(catalog.role(of: "区县农业农村主管部门") == catalog.role(of: "农业农村部"))
        #expect(catalog.role(of: "市场监督管理部门") == catalog.role(of: "市场监管总局"))
        #expect(catalog.role(of: "国务院人力资源社会保障行政部门") == catalog.role(of: "省人力资源社会保障厅"))
    }

    @Test(arguments: ["各省级人民政府", "各市（州）政府", "各区县政府", "各街镇", "各乡镇", "各街道办事处", "属地街镇", "乡镇人民政府"])
    func governmentsOneLevelDownAreOneRole(name: String) {
        #expect(catalog.role(of: name) == CollectiveUnit.localGovernments)
    }

    @Test func everyOfficeOfTheTableIsFoundFromItsDistrictForm() {
        // Every name in the table, written as a district would, finds the same role.
        for entry in catalog.entries where !entry.role.hasPrefix("各") {
            for name in entry.names where !name.hasPrefix("国家") && !name.hasPrefix("国务院") && !name.hasPrefix("中国") && !name.hasPrefix("中央") {
                #expect(catalog.role(of: "区" + name) == entry.role, "区\(name)")
            }
        }
    }

    // MARK: Prose

    @Test func withPartnersAtTheStartOfAMeasure() throws {
        let a = try #require(AssignmentFixture.only("区卫生健康委要会同区民政局、区医保局、各街镇加快制定医养结合实施细则。"))
        #expect(a.lead == ["区卫生健康委"])
        #expect(a.responsible == ["区民政局", "区医保局", "各街镇"])
        #expect(a.source == .prose)
        #expect(a.leadRoles == ["卫健委"])
    }

    @Test func leadAndSupportInProse() throws {
        let a = try #require(AssignmentFixture.only("由市商务委牵头，市财政局、市税务局配合，研究出台首店经济支持政策。"))
        #expect(a.lead == ["市商务委"] && a.responsible == ["市财政局", "市税务局"] && a.source == .prose)
        let b = try #require(AssignmentFixture.only("市文化旅游局牵头，会同市体育局开展夜间文旅消费季活动。"))
        #expect(b.lead == ["市文化旅游局"] && b.responsible == ["市体育局"])
    }

    @Test func chargedInProse() throws {
        let a = try #require(AssignmentFixture.only("由区城市运行管理中心负责平台的日常运维。"))
        #expect(a.lead.isEmpty && a.responsible == ["区城市运行管理中心"])
        let b = try #require(AssignmentFixture.only("区交通委负责码头规划，区水务局配合做好岸线审核。"))
        #expect(b.lead == ["区交通委"] && b.responsible == ["区水务局"])
    }

    @Test func twoOfficesJoinedBy和() throws {
        let a = try #require(AssignmentFixture.only("区生态环境局会同区建设管理委和区水务局开展联合检查。"))
        #expect(a.responsible == ["区建设管理委", "区水务局"])
        // …but 和 inside a name stays: 工业和信息化部, 各有关部门和单位.
        let b = try #require(AssignmentFixture.only("（工业和信息化部牵头，各有关部门和单位按职责分工负责）"))
        #expect(b.lead == ["工业和信息化部"] && b.responsible == ["各有关部门和单位"])
    }

    @Test func proseThatIsNoAssignment() {
        #expect(AssignmentFixture.assignments("完善诚信联合激励和失信联合惩戒机制。").isEmpty)
        #expect(AssignmentFixture.assignments("政府主要负责规划和监管，市场主体负责投入。").isEmpty)
        #expect(AssignmentFixture.assignments("工作专班负责人由区政府分管领导担任。").isEmpty)
        #expect(AssignmentFixture.assignments("方案报送市生态环境局，经市生态环境局会同有关部门审核后公布。").isEmpty)
        #expect(AssignmentFixture.assignments("各区要结合实际负责本辖区的组织实施。").isEmpty)
    }

    @Test func aTagKeepsItsSourceAndIsNotReadTwice() throws {
        let a = try #require(AssignmentFixture.only("推进老旧小区加装电梯。（牵头单位：区住房保障房屋管理局；配合单位：各街镇）"))
        #expect(a.source == .tag && a.lead == ["区住房保障房屋管理局"] && a.responsible == ["各街镇"])
    }

    // MARK: Names broken over lines

    @Test func tagBrokenOverTwoParagraphsIsReadWhole() throws {
        let a = try #require(AssignmentFixture.only("推进建筑垃圾分类处置。（牵头单位：区住房城乡\n建设管理委；配合单位：区绿化市容局）"))
        #expect(a.lead == ["区住房城乡建设管理委"])
        #expect(a.leadRoles == ["建设局"])
        #expect(a.responsible == ["区绿化市容局"])
        // a stray bracket joins nothing
        #expect(AssignmentFixture.assignments("开展试点（\n区商务委负责推进。").count == 1)
    }

    // MARK: Lead convention

    @Test func singleUnitUnderTheConventionLeads() {
        let doc = AssignmentFixture.document([
            "1. 完善标准体系。（市场监管总局、工业和信息化部按职责分工负责。列第一位者为牵头单位，下同）",
            "2. 开展质量提升行动。（工业和信息化部负责）",
            "3. 推进品牌建设。（商务部、国家发展改革委）",
        ])
        let out = AssignmentExtractor().apply(to: doc)
        #expect(out.clauses[1].assignments.first?.lead == ["工业和信息化部"])
        #expect(out.clauses[2].assignments.first?.lead == ["商务部"])
        #expect(out.clauses[2].assignments.first?.responsible == ["国家发展改革委"])
        // without the convention a parenthesis of names alone is no tag
        #expect(AssignmentFixture.assignments("推进品牌建设（商务部、国家发展改革委）。").isEmpty)
    }

    // MARK: Tables

    private func tableDocument(_ rows: [TableRow]) -> Document {
        let clauses = rows.enumerated().map { k, row in
            Clause(id: "c\(k)", path: ["附件", String(k + 1)], text: row.cells.joined(separator: "\n"), tableRow: row)
        }
        return AssignmentExtractor().apply(to: Document(id: "t", source: "t.txt", clauses: clauses))
    }

    @Test func taskTableColumnsBecomeAssignments() throws {
        let headers = ["序号", "工作任务", "主要工作内容", "牵头单位", "配合单位", "完成时限"]
        let doc = tableDocument([
            TableRow(headers: headers, cells: ["1", "推进装修垃圾分拣", "新建分拣中心", "区绿化市容局", "区住房保障房屋管理局、各街镇", "2026年底前"]),
            TableRow(headers: headers, cells: ["2", "统筹消纳场所", "统一调度", "区消纳调度工作\n专班", "——", "持续推进"]),
        ])
        let first = try #require(doc.clauses[0].assignments.first)
        #expect(first.source == .table)
        #expect(first.lead == ["区绿化市容局"] && first.responsible == ["区住房保障房屋管理局", "各街镇"])
        #expect(first.responsibleRoles == ["房屋管理局", CollectiveUnit.localGovernments])
        let second = try #require(doc.clauses[1].assignments.first)
        #expect(second.lead == ["区消纳调度工作专班"] && second.responsible.isEmpty)
    }

    @Test func responsibleColumnAlone() throws {
        let doc = tableDocument([TableRow(headers: ["序号", "任务", "责任单位"], cells: ["1", "完善监测网络", "区生态环境局、区水务局"])])
        let a = try #require(doc.clauses[0].assignments.first)
        #expect(a.lead.isEmpty && a.responsible == ["区生态环境局", "区水务局"])
    }

    @Test func sourceIsInTheJSON() {
        let a = Assignment(lead: ["区绿化市容局"], responsible: [], text: "牵头单位：区绿化市容局", source: .table)
        let json = DocumentJSON.value(of: a).serialized().filter { !$0.isWhitespace }
        #expect(json.contains("\"source\":\"table\""))
    }
}
