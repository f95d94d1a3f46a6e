import Testing
@testable import PolicyDiff

/// Every form of unit tag of the genre, on sentences written in the style of
/// provincial and city plans (not copied from the corpus).
@Suite struct AssignmentFormTests {
    @Test func labelledLeadAndResponsible() throws {
        let a = try #require(AssignmentFixture.only(
            "5.加强计量基础能力建设。推进社会公用计量标准建设，提升计量检测服务能力。(牵头单位:省市场监管局;责任单位:省发展改革委、省财政厅,各市州)"))
        #expect(a.lead == ["省市场监管局"])
        #expect(a.responsible == ["省发展改革委", "省财政厅", "各市州"])
        #expect(a.text == "(牵头单位:省市场监管局;责任单位:省发展改革委、省财政厅,各市州)")
    }

    @Test func fullWidthLabelsAndSeparators() throws {
        let a = try #require(AssignmentFixture.only(
            "（三）提升服务质量。推动生活性服务业标准化。（牵头单位：市商务局；责任单位：市文化和旅游局，市卫健委；各区县政府）"))
        #expect(a.lead == ["市商务局"])
        #expect(a.responsible == ["市文化和旅游局", "市卫健委", "各区县政府"])
    }

    @Test func responsibleOnlyHasNoLead() throws {
        let a = try #require(AssignmentFixture.only(
            "落实属地管理责任，建立县域主打产品质量档案。(责任单位:各县区人民政府,市直各有关部门)"))
        #expect(a.lead.isEmpty)
        #expect(a.responsible == ["各县区人民政府", "市直各有关部门"])
    }

    @Test func leadVerbThenResponsibleByDivisionOfDuties() throws {
        let a = try #require(AssignmentFixture.only(
            "完善质量奖励制度，开展政府质量奖评选。(市质监局牵头,市人社局、市财政局等按职责分工负责)"))
        #expect(a.lead == ["市质监局"])
        #expect(a.responsible == ["市人社局", "市财政局"])
    }

    @Test func listWithoutLeadIsAllResponsible() throws {
        let a = try #require(AssignmentFixture.only(
            "健全质量统计分析制度。(省统计局、省市场监管局、省工信厅等按职责分工负责)"))
        #expect(a.lead.isEmpty)
        #expect(a.responsible == ["省统计局", "省市场监管局", "省工信厅"])
    }

    @Test func severalLeadsWithEtcetera() throws {
        let a = try #require(AssignmentFixture.only(
            "支持建设产业计量测试中心。(省科技厅、省市场监管局等牵头,省国资委、省国防科工办等按职责分工负责)"))
        #expect(a.lead == ["省科技厅", "省市场监管局"])
        #expect(a.responsible == ["省国资委", "省国防科工办"])
    }

    @Test func leadAndParticipants() throws {
        let a = try #require(AssignmentFixture.only(
            "编制建设指标体系。（生态环境部牵头，国家发展改革委、住房城乡建设部参与）"))
        #expect(a.lead == ["生态环境部"])
        #expect(a.responsible == ["国家发展改革委", "住房城乡建设部"])
    }

    @Test func leadAndSupportingUnits() throws {
        let a = try #require(AssignmentFixture.only(
            "开展质量月活动。(由区委宣传部牵头,区总工会、团区委配合)"))
        #expect(a.lead == ["区委宣传部"])
        #expect(a.responsible == ["区总工会", "团区委"])
    }

    @Test func chargedThenSupportingMakesTheFirstLead() throws {
        let a = try #require(AssignmentFixture.only("建立追溯平台。（市商务局负责，市农业农村局、市市场监管局配合）"))
        #expect(a.lead == ["市商务局"])
        #expect(a.responsible == ["市农业农村局", "市市场监管局"])
    }

    @Test func centralFormWithoutConventionIsAllResponsible() throws {
        let a = try #require(AssignmentFixture.only("推进冰雪运动进校园。（体育总局、教育部、住房城乡建设部负责）"))
        #expect(a.lead.isEmpty)
        #expect(a.responsible == ["体育总局", "教育部", "住房城乡建设部"])
    }

    @Test func centralFormWithRelevantDepartmentsTail() throws {
        let a = try #require(AssignmentFixture.only("简化审批手续。（海关总署、商务部等有关部门负责）"))
        #expect(a.responsible == ["海关总署", "商务部"])
    }

    @Test func provincesJoinedByAnd() throws {
        let a = try #require(AssignmentFixture.only(
            "建设产地仓储设施。（农业农村部、财政部、商务部等和各有关省级人民政府负责）"))
        #expect(a.responsible == ["农业农村部", "财政部", "商务部", "各有关省级人民政府"])
    }

    @Test func leadAndChargedTogether() throws {
        let a = try #require(AssignmentFixture.only("加强农机安全监管。（农业农村部、工业和信息化部牵头负责）"))
        #expect(a.lead == ["农业农村部", "工业和信息化部"])
        #expect(a.responsible.isEmpty)
    }

    @Test func severalTagsInOneClauseOnePerParagraph() {
        let found = AssignmentFixture.assignments("""
        (四)推进标准化建设。
        1.实施标准化战略,完善地方标准体系。(牵头单位:省质监局;责任单位:省直各有关部门)
        2.开展对标达标活动。(牵头单位:省工信委;责任单位:省质监局,各市州)
        """)
        #expect(found.map(\.lead) == [["省质监局"], ["省工信委"]])
        #expect(found.map(\.responsible) == [["省直各有关部门"], ["省质监局", "各市州"]])
    }

    @Test func colonTypedForSemicolon() throws {
        let a = try #require(AssignmentFixture.only(
            "强化药品安全风险管控。(牵头单位:省药监局:责任单位:省卫健委、省公安厅,各市州)"))
        #expect(a.lead == ["省药监局"])
        #expect(a.responsible == ["省卫健委", "省公安厅", "各市州"])
    }

    @Test func mixedSeparators() throws {
        let a = try #require(AssignmentFixture.only(
            "(牵头单位:市发改委、市工信局;责任单位:市科技局，市财政局;市商务局,各县区、高新区管委会)"))
        #expect(a.lead == ["市发改委", "市工信局"])
        #expect(a.responsible == ["市科技局", "市财政局", "市商务局", "各县区", "高新区管委会"])
    }

    @Test func halfOpenedWidthsStillPair() throws {
        let a = try #require(AssignmentFixture.only("强化质量安全监管。(牵头单位：市市场监管局；责任单位：各县区）"))
        #expect(a.lead == ["市市场监管局"])
        #expect(a.responsible == ["各县区"])
    }

    @Test func rolesAreParallelToNames() throws {
        let a = try #require(AssignmentFixture.only(
            "(牵头单位:省质监局;责任单位:省发展改革委、省人力资源社会保障厅,各市州)"))
        #expect(a.leadRoles == ["质监局"])
        #expect(a.responsibleRoles == ["发改委", "人社局", "各地政府"])
    }

    @Test func deadlineAndPersonFieldsAreNotUnits() throws {
        let a = try #require(AssignmentFixture.only(
            "建成市级质量检验检测公共服务平台。(牵头领导:副市长;牵头单位:市市场监管局;责任单位:市财政局、各区县;完成时限:2019年底前)"))
        #expect(a.lead == ["市市场监管局"])
        #expect(a.responsible == ["市财政局", "各区县"])
    }

    @Test func squareBracketTags() throws {
        let a = try #require(AssignmentFixture.only("推行首席质量官制度。【牵头部门：市工信局；配合部门：市人社局、市总工会】"))
        #expect(a.lead == ["市工信局"])
        #expect(a.responsible == ["市人社局", "市总工会"])
    }

    @Test func aResponsibleFieldHoldingLeadAndSupport() throws {
        let a = try #require(AssignmentFixture.only("(责任单位:市教育局牵头,市人社局、团市委配合)"))
        #expect(a.lead == ["市教育局"])
        #expect(a.responsible == ["市人社局", "团市委"])
        #expect(a.responsibleRoles == ["人社局", "团委"])
    }

    @Test func partyCommitteesAndGovernmentsOfTheLevelsBelow() throws {
        let a = try #require(AssignmentFixture.only(
            "（国家发展改革委、财政部按职责分工负责，地方各级人民政府落实）"))
        #expect(a.responsible == ["国家发展改革委", "财政部", "地方各级人民政府"])
        #expect(a.responsibleRoles == ["发改委", "财政局", "各地政府"])
        let b = try #require(AssignmentFixture.only("（责任单位：市委宣传部、市文明办，各区（市）党委和政府）"))
        #expect(b.responsible == ["市委宣传部", "市文明办", "各区（市）党委和政府"])
        #expect(b.responsibleRoles == ["宣传部", "文明办", "各地政府"])
    }

    @Test func moreVerbsOfTheGenre() {
        #expect(AssignmentFixture.only("（省发展改革委、省财政厅分别牵头，各市州负责组织实施）")?.lead == ["省发展改革委", "省财政厅"])
        #expect(AssignmentFixture.only("（省发展改革委、省财政厅分别牵头，各市州负责组织实施）")?.responsible == ["各市州"])
        #expect(AssignmentFixture.only("（各县区政府负总责，市直有关部门配合）")?.lead == ["各县区政府"])
        #expect(AssignmentFixture.only("（各地区各部门按职责分工抓好落实）")?.responsible == ["各地区各部门"])
    }

    @Test func sameBelowNoteIsNotAUnit() throws {
        let a = try #require(AssignmentFixture.only("(牵头单位:省发展改革委;责任单位:省统计局,下同)"))
        #expect(a.lead == ["省发展改革委"])
        #expect(a.responsible == ["省统计局"])
    }

    @Test func unitsBeyondGovernmentOffices() throws {
        let a = try #require(AssignmentFixture.only(
            "(牵头单位:省通信管理局;责任单位:中国电信甘肃分公司、中国移动、省科协、兰州大学、省政协、中川机场、行业组织、甘肃日报)"))
        #expect(a.lead == ["省通信管理局"])
        #expect(a.responsible.count == 8)
    }

    @Test func labelWrittenAsASentence() throws {
        let a = try #require(AssignmentFixture.only("(牵头单位为市发改委,责任单位为各区县政府)"))
        #expect(a.lead == ["市发改委"])
        #expect(a.responsible == ["各区县政府"])
        let b = try #require(AssignmentFixture.only("(责任单位:市商务局牵头)"))
        #expect(b.lead == ["市商务局"])
    }
}
