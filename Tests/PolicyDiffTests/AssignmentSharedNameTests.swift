import Foundation
import Testing
@testable import PolicyDiff

/// Names that a list shares or a topic hides, on sentences written for these tests
/// as a 直辖市, a district, a province, a county plan or a law's 实施办法 would:
/// a 部门 written once after a list of lines (joined by 、 and 和), levels that share
/// one office (市、区县农业农村主管部门), the governments of a law (县级以上人民政府…),
/// a topic glued before an office (河道区水务局), 和 between two offices, the agent
/// after a time phrase (…后由X会同Y), and tasks shared out 依据各自职责.
@Suite struct AssignmentSharedNameTests {
    let catalog = UnitRoleCatalog.standard

    // MARK: A 部门 written once for a list

    @Test func linesJoinedByAndShareTheDepartmentOfTheListEnd() throws {
        let a = try #require(AssignmentFixture.only(
            "验收合格后由各镇人民政府会同县自然资源、生态环境和水利等部门组织联合复核，复核结果报县政府备案。"))
        #expect(a.lead == ["各镇人民政府"])
        #expect(a.responsible == ["县自然资源部门", "生态环境部门", "水利部门"])
        #expect(a.responsibleRoles == [catalog.role(of: "自然资源部"), catalog.role(of: "生态环境部"), catalog.role(of: "水利部")])
    }

    @Test func aLineWhoseNameHoldsAndStaysWhole() throws {
        // 工业和信息化 and 文化和旅游 are one line each: the table knows them whole.
        let a = try #require(AssignmentFixture.only(
            "市商务委要会同发展改革、工业和信息化、文化和旅游等部门研究出台促进夜间消费的政策措施。"))
        #expect(a.lead == ["市商务委"])
        #expect(a.responsible == ["发展改革部门", "工业和信息化部门", "文化和旅游部门"])
        #expect(a.responsibleRoles.contains(catalog.role(of: "工业和信息化部")))
        #expect(a.responsibleRoles.contains(catalog.role(of: "文化和旅游部")))
    }

    @Test func aListBorrowsTheEndOfItsLastDepartment() throws {
        // 省质量技术监督、商务主管部门: both are 主管部门.
        let a = try #require(AssignmentFixture.only(
            "省市场监督管理部门应当会同省财政、商务主管部门和有关行业主管部门，制定本省预付卡经营的具体办法。"))
        #expect(a.lead == ["省市场监督管理部门"])
        #expect(a.responsible == ["省财政主管部门", "商务主管部门", "有关行业主管部门"])
        #expect(a.responsibleRoles.first == catalog.role(of: "财政厅"))
    }

    @Test func subjectListOfLinesLeadsWithItsPartners() throws {
        let a = try #require(AssignmentFixture.only(
            "（三）强化联合执法。公安、交通运输、城管执法部门要会同住房城乡建设主管部门开展渣土车专项整治。"))
        #expect(a.lead == ["公安部门", "交通运输部门", "城管执法部门"])
        #expect(a.responsible == ["住房城乡建设主管部门"])
    }

    @Test func leadThenPartnersSharingTheirEndBeforeASupportVerb() throws {
        let a = try #require(AssignmentFixture.only(
            "由区卫生健康委牵头区教育局、区体育局和区妇联等单位协同推进儿童青少年近视防控。"))
        #expect(a.lead == ["区卫生健康委"])
        #expect(a.responsible == ["区教育局", "区体育局", "区妇联"])
    }

    @Test func tagsShareTheDepartmentOfTheirListToo() throws {
        let a = try #require(AssignmentFixture.only("推进生活垃圾分类示范片区建设。（省住房城乡建设、发展改革、财政等部门按职责分工负责）"))
        #expect(a.source == .tag)
        #expect(a.responsible == ["省住房城乡建设部门", "发展改革部门", "财政部门"])
        #expect(a.responsibleRoles == [catalog.role(of: "住房和城乡建设部"), catalog.role(of: "国家发展改革委"), catalog.role(of: "财政部")])
        let b = try #require(AssignmentFixture.only("（牵头单位：县卫生健康局；配合单位：县民政、医保等部门）"))
        #expect(b.lead == ["县卫生健康局"])
        #expect(b.responsible == ["县民政部门", "医保部门"])
    }

    // MARK: Laws: governments and levels

    @Test func governmentsOfALawNameTheLineOfTheirDepartment() {
        #expect(catalog.role(of: "县级以上人民政府教育行政部门") == catalog.role(of: "教育部"))
        #expect(catalog.role(of: "县级以上地方人民政府农业农村主管部门") == catalog.role(of: "农业农村部"))
        #expect(catalog.role(of: "县级以上地方各级人民政府卫生健康主管部门") == catalog.role(of: "国家卫生健康委"))
        #expect(catalog.role(of: "设区的市级人民政府民政部门") == catalog.role(of: "民政部"))
        // The governments themselves keep their name: nothing follows the level.
        #expect(catalog.role(of: "县级以上人民政府") == "县级以上人民政府")
        #expect(catalog.role(of: "省级人民政府") == "省级人民政府")
    }

    @Test func levelsThatShareOneOfficeAreOneName() throws {
        let a = try #require(AssignmentFixture.only(
            "第六条 市、区县（自治县）文化旅游主管部门负责本行政区域内公共文化服务的指导和监督管理。"))
        #expect(a.responsible == ["市、区县（自治县）文化旅游主管部门"])
        #expect(a.responsibleRoles == [catalog.role(of: "文化和旅游部")])
    }

    @Test func anArticleNumberIsNoPartOfTheSubject() throws {
        let a = try #require(AssignmentFixture.only("第十二条 县级以上人民政府民政部门会同有关部门制定养老服务设施建设规划。"))
        #expect(a.lead == ["县级以上人民政府民政部门"])
        #expect(a.responsible == ["有关部门"])
    }

    @Test func lawsShareOutATaskByEachOnesDuties() throws {
        let a = try #require(AssignmentFixture.only(
            "县级以上人民政府发展改革、财政、税务主管部门和其他有关部门应当依据各自职责，做好小微企业的扶持工作。"))
        #expect(a.lead.isEmpty)
        #expect(a.responsible == ["县级以上人民政府发展改革主管部门", "财政主管部门", "税务主管部门", "其他有关部门"])
        #expect(a.responsibleRoles.last == CollectiveUnit.departments)
        let b = try #require(AssignmentFixture.only("乡镇人民政府、街道办事处和有关部门在各自职责范围内，做好辖区内的消防安全工作。"))
        #expect(b.responsible == ["乡镇人民政府", "街道办事处", "有关部门"])
    }

    @Test func becauseIsNoAgent() {
        #expect(AssignmentFixture.assignments("项目验收后由于资金未到位，区财政局负责牵头协调。").allSatisfy { !$0.lead.contains("于资金未到位") })
        #expect(AssignmentFixture.assignments("整改完成后由于种种原因未能复核的，应当说明理由。").isEmpty)
    }

    // MARK: 和 between two offices

    @Test func andBetweenTwoOfficesSplitsThem() throws {
        let a = try #require(AssignmentFixture.only("区应急局、区消防救援支队和各街道办事处等单位负责开展高层建筑消防隐患排查。"))
        #expect(a.responsible == ["区应急局", "区消防救援支队", "各街道办事处"])
        // …but not inside a name, nor before a word too short to be an office.
        let b = try #require(AssignmentFixture.only("区委宣传部、区有关部门和单位负责做好宣传引导。"))
        #expect(b.responsible == ["区委宣传部", "区有关部门和单位"])
    }

    // MARK: A topic glued before an office

    @Test func aTopicGluedBeforeAnOfficeIsCut() {
        let document = AssignmentFixture.document([
            "（一）区水务局负责全区河湖长制的日常工作。区生态环境局负责水环境质量监测。",
            "（二）分工。（1）堤防区水务局负责堤防巡查和险情处置。（2）水质监测区生态环境局负责断面水质监测。",
        ])
        let result = AssignmentExtractor().apply(to: document)
        let names = result.clauses[1].assignments.flatMap { $0.responsible }
        #expect(names == ["区水务局", "区生态环境局"])
        #expect(result.clauses[1].assignments.flatMap { $0.responsibleRoles } == [catalog.role(of: "市水务局"), catalog.role(of: "生态环境部")])
    }

    @Test func aPlaceBeforeItsLevelWordIsKept() {
        // 松江区 is named as a place elsewhere in the document: 松江区水务局 is that district's office.
        let document = AssignmentFixture.document([
            "为推进松江区河湖治理，制定本方案。区水务局负责统筹推进。",
            "（二）松江区水务局负责与相邻区的跨界河道协调。",
        ])
        let result = AssignmentExtractor().apply(to: document)
        #expect(result.clauses[1].assignments.flatMap { $0.responsible } == ["松江区水务局"])
    }

    @Test func aNameWhoseShortFormTheDocumentNeverWritesIsKept() {
        // 区交通委 is never read alone: nothing tells a topic from a place, so the name stays.
        let document = AssignmentFixture.document(["（3）道路区交通委负责道路设施的日常养护。"])
        let result = AssignmentExtractor().apply(to: document)
        #expect(result.clauses[0].assignments.flatMap { $0.responsible } == ["道路区交通委"])
    }

    @Test func aCityOfficeWhoseNameStartsLikeALevelIsNotCut() {
        // 上海市市场监管局: 上海市 ends with its level; 市场 is a word, not the level 市.
        let document = AssignmentFixture.document([
            "市场监管局负责价格监督检查。",
            "上海市市场监管局负责全市预付卡监管。",
        ])
        let result = AssignmentExtractor().apply(to: document)
        #expect(result.clauses[1].assignments.flatMap { $0.responsible } == ["上海市市场监管局"])
    }

    // MARK: Supporting offices in prose

    @Test func anOfficeSupportingAnotherMakesTheOtherLead() throws {
        let a = try #require(AssignmentFixture.only("区建设管理委要配合区交通委做好轨道交通沿线工地的渣土运输管理。"))
        #expect(a.lead == ["区交通委"])
        #expect(a.responsible == ["区建设管理委"])
        #expect(a.source == .prose)
    }

    @Test func aSupportingOfficeWithoutALeadIsResponsible() throws {
        // 协助有关责任主体: the one assisted is no office, so no lead is named.
        let a = try #require(AssignmentFixture.only(
            "确需跨区消纳的，由市生态环境局、市交通委协助有关责任主体统筹安排。"))
        #expect(a.lead.isEmpty)
        #expect(a.responsible == ["市生态环境局", "市交通委"])
    }

    @Test func villageCommitteesAssistingTheTownship() throws {
        let a = try #require(AssignmentFixture.only("村民委员会、农村集体经济组织应当协助乡镇人民政府开展土地承包经营权登记工作。"))
        #expect(a.lead == ["乡镇人民政府"])
        #expect(a.responsible == ["村民委员会", "农村集体经济组织"])
    }

    @Test func cooperationAsANounIsNoDuty() {
        // 配合 in the middle of a task, after its verb, is no responsibility of a subject.
        #expect(AssignmentFixture.assignments("加强部门间的协调配合，形成工作合力。").isEmpty)
        #expect(AssignmentFixture.assignments("各街镇要做好配合工作。").isEmpty)
    }

    // MARK: Brackets inside a name as written

    @Test func bracketsInsideANameStayInTheName() throws {
        let a = try #require(AssignmentFixture.only(
            "居（村）民委员会、业主委员会应当协助街道办事处（乡镇人民政府）开展垃圾分类宣传指导。"))
        #expect(a.lead == ["街道办事处（乡镇人民政府）"])
        #expect(a.responsible == ["居（村）民委员会", "业主委员会"])
        let b = try #require(AssignmentFixture.only("第七条 市、区县（自治县）住房城乡建设主管部门负责本行政区域内物业管理活动的监督管理。"))
        #expect(b.responsible == ["市、区县（自治县）住房城乡建设主管部门"])
        #expect(b.responsibleRoles == [catalog.role(of: "住房和城乡建设部")])
    }

    @Test func glossesAndTagsInBracketsAreNoPartOfAName() throws {
        let a = try #require(AssignmentFixture.only(
            "省商务主管部门（以下简称省商务部门）应当会同省财政（含国资）主管部门制定实施细则。"))
        #expect(a.lead == ["省商务主管部门"])
        #expect(a.responsible == ["省财政主管部门"])
        let tag = try #require(AssignmentFixture.only("加强夜间施工管理（区建设管理委负责）。"))
        #expect(tag.source == .tag)
        #expect(tag.responsible == ["区建设管理委"])
    }
}

/// Lines of the alias table added from the reforms after 2018 and from local offices
/// of the genre: each is one role from the centre down to a district.
@Suite struct UnitRoleReformLineTests {
    let catalog = UnitRoleCatalog.standard

    @Test(arguments: [
        ("国家疾病预防控制局", "区疾控中心"), ("国家金融监督管理总局", "银保监会"), ("国家民委", "省民族宗教事务委员会"),
        ("市政务服务管理局", "区行政审批局"), ("市农业机械化管理局", "县农机推广站"), ("市投资促进局", "区投促局"),
        ("中央社会工作部", "区委社会工作部"), ("省公共资源交易中心", "县公共资源交易管理局"),
    ])
    func oneLineAcrossLevels(upper: String, lower: String) {
        #expect(catalog.role(of: upper) == catalog.role(of: lower), "\(upper) ↔ \(lower)")
    }

    @Test func theShippedTableReadsWithoutAnError() throws {
        // `standard` falls back to an empty table on a malformed line: an edit that breaks
        // the file must fail here rather than empty every role in silence.
        let path = try #require(GenreDataFile.path(of: "unit-roles.tsv"))
        let read = try UnitRoleCatalog(contentsOf: path)
        #expect(read.entries.count > 140)
        #expect(read.entries.count == catalog.entries.count)
    }

    @Test func reformedLinesAreRelatedToTheirPredecessors() {
        #expect(catalog.areRelated(catalog.role(of: "区疾控局"), catalog.role(of: "区卫生健康委")))
        #expect(catalog.areRelated(catalog.role(of: "县农机局"), catalog.role(of: "县农业农村局")))
        #expect(catalog.areRelated(catalog.role(of: "国家金融监督管理总局"), catalog.role(of: "银监局")))
    }
}
