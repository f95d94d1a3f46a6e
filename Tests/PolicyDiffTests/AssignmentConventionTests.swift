import Testing
@testable import PolicyDiff

/// 列第一位者为牵头单位，下同: the convention of central documents, stated once.
@Suite struct AssignmentConventionTests {
    @Test func conventionInsideTheFirstTagAppliesToItAndToLaterClauses() {
        let document = AssignmentExtractor().apply(to: AssignmentFixture.document([
            "（一）推动农机装备产业升级。（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）",
            "（二）加快补齐短板。（农业农村部、财政部等负责）",
            "（三）推进示范创建。（教育部负责）",
        ]))
        let all = document.clauses.flatMap(\.assignments)
        #expect(all.map(\.lead) == [["工业和信息化部"], ["农业农村部"], ["教育部"]])
        #expect(all.map(\.responsible) == [["发展改革委", "科技部"], ["财政部"], []])
        #expect(all[0].text == "（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）")
    }

    @Test func departmentWordingOfTheConvention() {
        let document = AssignmentExtractor().apply(to: AssignmentFixture.document([
            "1.拓展市场。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）",
            "2.释放产能。（海关总署、商务部负责）",
        ]))
        let all = document.clauses.flatMap(\.assignments)
        #expect(all.map(\.lead) == [["税务总局"], ["海关总署"]])
        #expect(all.map(\.responsible) == [["财政部", "海关总署"], ["商务部"]])
    }

    @Test func conventionStatedInProseAppliesAfterIt() {
        let document = AssignmentExtractor().apply(to: AssignmentFixture.document([
            "（一）试点先行。（发展改革委、财政部负责）",
            "各项任务括号内列第一位者为牵头单位，其他为参与单位。",
            "（二）完善政策。（发展改革委、财政部负责）",
        ]))
        let all = document.clauses.flatMap(\.assignments)
        #expect(all.map(\.lead) == [[], ["发展改革委"]])
    }

    @Test func withoutTheConventionNothingLeads() {
        let a = AssignmentFixture.only("（二）加快补齐短板。（农业农村部、财政部等负责）")
        #expect(a?.lead == [])
        #expect(a?.responsible == ["农业农村部", "财政部"])
    }

    @Test func conventionDoesNotOverrideAnExplicitLead() {
        let document = AssignmentExtractor().apply(to: AssignmentFixture.document([
            "（一）（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）",
            "（二）（生态环境部牵头，国家发展改革委、工业和信息化部参与）",
        ]))
        let second = document.clauses[1].assignments
        #expect(second.map(\.lead) == [["生态环境部"]])
        #expect(second.map(\.responsible) == [["国家发展改革委", "工业和信息化部"]])
    }

    @Test func aCollectiveListedFirstDoesNotLead() {
        let document = AssignmentExtractor().apply(to: AssignmentFixture.document([
            "（一）（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）",
            "（二）（各有关部门和单位，各省级人民政府按职责分工负责）",
        ]))
        let second = document.clauses[1].assignments
        #expect(second.map(\.lead) == [[]])
        #expect(second.map(\.responsible) == [["各有关部门和单位", "各省级人民政府"]])
    }

    /// Paragraphs of two State Council pages (国发〔2018〕39号, 国发〔2019〕3号), as the
    /// page shows them: the convention once in the first tag, then the central form.
    @Test func realCentralPages() throws {
        let text = AssignmentFixture.fixture("central-tags.txt")
        let pages = text.components(separatedBy: "# ").filter { !$0.isEmpty }
        try #require(pages.count == 2)
        let extractor = AssignmentExtractor()
        let employment = extractor.apply(to: AssignmentFixture.document(Array(pages[0].split(separator: "\n").dropFirst().map(String.init))))
        let tags = employment.clauses.flatMap(\.assignments)
        #expect(tags.count == 9)
        #expect(tags.first?.lead == ["人力资源社会保障部"])
        #expect(tags.first?.responsible == ["财政部"])
        #expect(tags.map { $0.lead.first ?? "-" } == [
            "人力资源社会保障部", "财政部", "财政部", "人力资源社会保障部", "人力资源社会保障部",
            "人力资源社会保障部", "-", "-", "-",
        ])
        // （超过100人的企业达到15%） and （含技工院校） are prose inside the clauses.
        #expect(tags.allSatisfy { $0.text.hasPrefix("（") && $0.text.hasSuffix("）") && !$0.text.contains("技工院校") })
        let zones = extractor.apply(to: AssignmentFixture.document(Array(pages[1].split(separator: "\n").dropFirst().map(String.init))))
        #expect(zones.clauses.flatMap(\.assignments).map(\.lead) == [["税务总局"], ["海关总署"], ["海关总署"]])
        #expect(zones.clauses.flatMap(\.assignments).map(\.responsible) == [["财政部", "海关总署"], ["财政部", "税务总局"], ["商务部"]])
    }
}
