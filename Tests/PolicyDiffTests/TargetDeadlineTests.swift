import Testing
@testable import PolicyDiff

/// Which deadline holds for a target: the head of a goal clause holds for all of
/// it and what is under it; elsewhere a deadline holds for its sentence.
@Suite struct TargetDeadlineTests {
    private func document(_ clauses: [Clause]) -> Document {
        TargetExtractor().apply(to: Document(id: "t", source: "t.txt", clauses: clauses))
    }

    @Test func goalClauseHeadHoldsForItsParagraphsAndChildren() {
        let doc = document([
            Clause(id: "c1", path: ["一"], label: "一、", text: "一、总体要求"),
            Clause(id: "c2", parent: "c1", path: ["一", "(三)"], label: "(三)",
                   text: "(三)主要目标\n到2022年，全市产品、工程和服务质量明显提升。\n产品质量：重点消费品质量监督抽查合格率稳定在92%以上。"),
            Clause(id: "c3", parent: "c2", path: ["一", "(三)", "—1"], label: "——",
                   text: "——服务质量明显提升。重点领域服务业顾客满意度达到85%以上。"),
            Clause(id: "c4", parent: "c1", path: ["一", "(四)"], label: "(四)",
                   text: "(四)加强培训。每年培训企业质量管理人员500人次。"),
        ])
        #expect(doc.clauses[1].targets.map(\.year) == [2022])
        #expect(doc.clauses[2].targets.map(\.year) == [2022])
        #expect(doc.clauses[3].targets.map(\.year) == [nil])
        #expect(doc.clauses[3].targets.first?.period == .yearly)
    }

    @Test func inlineGoalHeading() {
        let doc = document([
            Clause(id: "c1", path: ["(三)"], label: "(三)",
                   text: "(三)主要目标。到2020年，全省重点产品质量达到国内先进水平，制造业产品质量抽查合格率稳定在92%以上；食品安全抽检合格率达到94%以上。"),
        ])
        #expect(doc.clauses[0].targets.map(\.year) == [2020, 2020])
    }

    @Test func goalDeadlineAfterAnOpeningPhrase() {
        let doc = document([
            Clause(id: "c1", path: ["(三)"], label: "(三)",
                   text: "(三)主要目标。通过三年努力，到2020年，全市质量总体水平显著提升。\n产品质量监督抽查合格率达到93%以上。"),
        ])
        #expect(doc.clauses[0].targets.map(\.year) == [2020])
    }

    @Test func laterHeadInAGoalClauseOverrides() {
        let doc = document([
            Clause(id: "c1", path: ["(二)"], label: "(二)",
                   text: "(二)发展目标\n到2025年，农作物耕种收综合机械化率达到75%。\n到2035年，农作物耕种收综合机械化率达到85%。\n设施农业机械化率达到60%。"),
        ])
        #expect(doc.clauses[0].targets.map(\.year) == [2025, 2035, 2035])
    }

    @Test func sentenceDeadlineHoldsForItsSentenceOnly() {
        let found = TargetExtractor().targets(in: "深入推进电子商务进农村，力争2020年前国家级贫困县覆盖率达到100%。每年培训农村电商人才1000人次。")
        #expect(found.map(\.year) == [2020, nil])
    }

    @Test func deadlineWordsOfTheGenre() {
        let extractor = TargetExtractor()
        #expect(extractor.targets(in: "到2020年底，全市检验检测机构达到50家。").first?.year == 2020)
        #expect(extractor.targets(in: "截至2025年，全市检验检测机构达到50家。").first?.year == 2025)
        #expect(extractor.targets(in: "到“十四五”末，全市检验检测机构达到50家。").first?.year == 2025)
        #expect(extractor.targets(in: "到二〇三五年，全市检验检测机构达到50家。").first?.year == 2035)
        #expect(extractor.targets(in: "2020年初步建成300个示范性职业教育集团。").first?.year == 2020)
        #expect(extractor.targets(in: "比2015年提高5个百分点。").first?.year == nil)
    }

    @Test func labelledParagraphOpeningWithADeadline() {
        let found = TargetExtractor().targets(in: "具体指标：到2022年，建设50所高水平高等职业学校。推动建设300个产教融合实训基地。")
        #expect(found.map(\.year) == [2022, 2022])
    }

    @Test func titleYearsAreNoDeadline() {
        let found = TargetExtractor().targets(in: "落实《装备制造业标准化和质量提升规划(2016—2020年)》，新建标准化示范企业30家。")
        #expect(found.map(\.year) == [nil])
        #expect(found.map(\.value) == [30])
    }
}
