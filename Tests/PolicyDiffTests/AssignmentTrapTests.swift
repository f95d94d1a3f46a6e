import Testing
@testable import PolicyDiff

/// Parentheses that are not unit tags, names that look like two, brackets left open.
@Suite struct AssignmentTrapTests {
    @Test func proseParenthesesAreNotTags() {
        let text = """
        3.推广先进质量管理方法。深入实施《消费品标准和质量提升规划(2016—2020年)》(国办发〔2016〕68号),\
        广泛开展质量管理小组(QC)活动,对获得市长质量奖(含提名奖)的企业给予奖励。建立市、区(市)两级协调机制。
        """
        #expect(AssignmentFixture.assignments(text).isEmpty)
    }

    @Test func proseThatMentionsResponsibilityIsNotATag() {
        let text = """
        调整市质量工作领导小组(由市政府主要负责同志担任组长),领导小组办公室(以下简称“质量办”,负责日常工作)\
        设在市市场监管局。技工院校的培训（技工院校内由人力资源社会保障行政部门负责）另行安排(负责人:张三)。
        """
        #expect(AssignmentFixture.assignments(text).isEmpty)
    }

    @Test func cityAndPrefectureGovernmentsStayOneName() throws {
        let a = try #require(AssignmentFixture.only(
            "着力提升区域特色产品质量。(责任单位:各市、州政府,兰州新区管委会)"))
        #expect(a.lead.isEmpty)
        #expect(a.responsible == ["各市、州政府", "兰州新区管委会"])
        #expect(a.responsibleRoles.first == "各地政府")
    }

    @Test func countyLevelListWithNestedParenthesesStaysOneName() throws {
        let a = try #require(AssignmentFixture.only("(牵头单位:市农业农村局;责任单位:各县(市、区)人民政府)"))
        #expect(a.lead == ["市农业农村局"])
        #expect(a.responsible == ["各县(市、区)人民政府"])
    }

    @Test func bareLevelsChainIntoOneName() throws {
        let a = try #require(AssignmentFixture.only("(责任单位:各市、县、区人民政府,市直有关部门)"))
        #expect(a.responsible == ["各市、县、区人民政府", "市直有关部门"])
    }

    @Test func collectiveNamesBesideEachOtherStaySeparate() throws {
        let a = try #require(AssignmentFixture.only("(牵头单位:市环保局;责任单位:各县区、各有关部门)"))
        #expect(a.responsible == ["各县区", "各有关部门"])
    }

    @Test func andInsideANameDoesNotSplitIt() throws {
        let a = try #require(AssignmentFixture.only(
            "（工业和信息化部、文化和旅游部、中央和国家机关工委，各有关部门和单位按职责分工负责）"))
        #expect(a.responsible == ["工业和信息化部", "文化和旅游部", "中央和国家机关工委", "各有关部门和单位"])
    }

    @Test func bracketLeftOpenAtTheEndOfAClauseGivesNothing() {
        let text = "全面提升高端装备制造业质量的竞争力和国际影响力。(牵头单位:市工信局;责任单位:市科技局、"
        #expect(AssignmentFixture.assignments(text).isEmpty)
        #expect(AssignmentFixture.assignments("提升国际影响力。(").isEmpty)
    }

    @Test func strayOpenBracketDoesNotHideALaterTag() throws {
        let a = try #require(AssignmentFixture.only(
            "加快制造强市建设,落实市委《实施意见》(青发〔2018〕22号),推进产业升级(见附件 。(牵头单位:市工信局;责任单位:各区市)"))
        #expect(a.lead == ["市工信局"])
        #expect(a.responsible == ["各区市"])
    }

    @Test func emptyAndOddInputDoNotCrash() {
        for text in ["", "(", ")", "()", "（）", "(牵头单位:)", "(责任单位:;)", "(负责)", "(、、负责)", "((((", "))))(((",
                     "(牵头单位:X", "(\u{00A0}牵头单位\u{3000}:\u{00A0}市质监局 ;责任单位: 各县区)"] {
            _ = AssignmentFixture.assignments(text)
        }
        let spaced = AssignmentFixture.only("(\u{00A0}牵头单位\u{3000}:\u{00A0}市质监局 ;责任单位: 各县区)")
        #expect(spaced?.lead == ["市质监局"])
        #expect(spaced?.responsible == ["各县区"])
    }

    @Test func applyReplacesAssignmentsRatherThanAppending() {
        let once = AssignmentExtractor().apply(to: AssignmentFixture.document(["(牵头单位:市质监局;责任单位:各县区)"]))
        let twice = AssignmentExtractor().apply(to: once)
        #expect(twice.clauses[0].assignments.count == 1)
    }

    @Test func aTagInsideAParenthesisOfProseIsStillFound() throws {
        let a = try #require(AssignmentFixture.only(
            "开展质量提升示范区创建(具体办法另行制定(牵头单位:市市场监管局;责任单位:各区市))。"))
        #expect(a.lead == ["市市场监管局"])
        #expect(a.text == "(牵头单位:市市场监管局;责任单位:各区市)")
    }

    /// Random strings of the characters tags are made of (brackets, separators,
    /// level words, verbs): no crash, and the same text gives the same answer.
    @Test func randomTagMaterialNeverCrashes() {
        let alphabet = Array("()（）【】、,，;；:：。等和各省市县区州局厅委部门单位牵头负责参与配合列第一位者为下同 \n\u{00A0}\u{3000}甘肃兰州新区")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<2000 {
            let text = String((0..<(next() % 60)).map { _ in alphabet[next() % alphabet.count] })
            #expect(AssignmentFixture.assignments(text) == AssignmentFixture.assignments(text))
        }
    }

    @Test func sentencesThatEndInAUnitAndAVerbAreProse() {
        #expect(AssignmentFixture.assignments("(各地要结合实际自行负责)").isEmpty)
        #expect(AssignmentFixture.assignments("(以下各项任务均需各地区各部门落实，不再列出)").isEmpty)
        #expect(AssignmentFixture.only("(即墨区、成都市就业局、应急管理局负责)")?.responsible == ["即墨区", "成都市就业局", "应急管理局"])
    }
}
