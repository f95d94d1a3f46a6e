import Testing
@testable import PolicyDiff

/// Number and lead-office changes between aligned clauses.
@Suite struct CompareChangeTests {
    typealias D = AlignTestDocuments

    static let training = "2.着力提升中小微企业质量基础能力。实施“千人千企”质量培训计划,每年选择350户以上中小微企业负责人集中开展质量基础能力免费培训,普及质量管理知识。继续深化质量服务企业活动,每年选择100户中小微企业开展点对点精准帮扶,深入企业开展质量诊断、咨询和分析。"
    static let localTraining = "2.提升企业质量基础能力。落实“千人千企”质量培训计划,每年组织100户以上中小微企业负责人参加质量基础能力免费培训,普及质量管理知识。"

    static func pairDocuments(reference: String, local: String, referenceTargets: [Target], localTargets: [Target],
                              referenceAssignments: [Assignment] = [], localAssignments: [Assignment] = []) -> (Document, Document) {
        var r = D.document("province", [
            ("一", "一、重点任务"),
            ("一/1", "1.着力提升规模以上企业质量发展水平。引导规模以上企业引入卓越绩效、六西格玛、精益生产等先进质量管理模式和方法,广泛推广实施首席质量官制度。"),
            ("一/2", reference),
        ])
        var l = D.document("city", [
            ("一", "一、主要任务"),
            ("一/1", "1.提升企业质量管理能力。引导企业应用卓越绩效、精益生产等先进质量管理模式和方法,推广实施企业首席质量官制度。"),
            ("一/2", local),
        ])
        r.clauses[2].targets = referenceTargets
        l.clauses[2].targets = localTargets
        r.clauses[2].assignments = referenceAssignments
        l.clauses[2].assignments = localAssignments
        return (r, l)
    }

    static let trainedHeads = Target(indicator: "中小微企业负责人集中开展质量基础能力免费培训", value: 350, unit: "户",
                                     comparator: .atLeast, period: .yearly, text: "每年选择350户以上中小微企业负责人集中开展质量基础能力免费培训")
    static let coached = Target(indicator: "中小微企业开展点对点精准帮扶", value: 100, unit: "户", comparator: .equal,
                                period: .yearly, text: "每年选择100户中小微企业开展点对点精准帮扶")
    static let localHeads = Target(indicator: "中小微企业负责人参加质量基础能力免费培训", value: 100, unit: "户",
                                   comparator: .atLeast, period: .yearly, text: "每年组织100户以上中小微企业负责人参加质量基础能力免费培训")

    @Test func sameValueOfAnotherIndicatorIsNotTakenForUnchanged() {
        let (r, l) = Self.pairDocuments(reference: Self.training, local: Self.localTraining,
                                        referenceTargets: [Self.trainedHeads, Self.coached], localTargets: [Self.localHeads])
        let c = Comparer().compare(reference: r, local: l)
        let changed = c.numberChanges.filter { $0.change == .changed }
        #expect(changed.count == 1)
        #expect(changed.first?.from?.value == 350 && changed.first?.to?.value == 100)
        #expect(changed.first?.reference == D.id(r, "一/2") && changed.first?.local == D.id(l, "一/2"))
        // The coaching measure was dropped with its sentence: a dropped measure, not a number change.
        #expect(!c.numberChanges.contains { $0.from?.value == 100 })
        let a = D.alignment(of: "一/2", in: c)
        #expect(a?.droppedSentences.contains { $0.contains("点对点精准帮扶") } == true)
    }

    @Test func numberDroppedFromAKeptStatementIsRemoved() {
        let local = "2.提升企业质量基础能力。每年组织100户以上中小微企业负责人参加质量基础能力免费培训。继续深化质量服务企业活动,选择中小微企业开展点对点精准帮扶,深入企业开展质量诊断、咨询和分析。"
        let (r, l) = Self.pairDocuments(reference: Self.training, local: local,
                                        referenceTargets: [Self.trainedHeads, Self.coached], localTargets: [Self.localHeads])
        let c = Comparer().compare(reference: r, local: l)
        let removed = c.numberChanges.filter { $0.change == .removed }
        #expect(removed.count == 1)
        #expect(removed.first?.from?.value == 100 && removed.first?.to == nil)
    }

    @Test func changedDeadlineOrComparatorIsAChange() {
        let r = Target(indicator: "重点消费品质量监督抽查合格率", value: 90, unit: "%", comparator: .atLeast, year: 2020,
                       text: "到2020年重点消费品质量监督抽查合格率稳定在90%以上")
        var later = r
        later.year = 2022
        var exact = r
        exact.comparator = .equal
        for changedTarget in [later, exact] {
            let (rd, ld) = Self.pairDocuments(reference: Self.training, local: Self.training,
                                              referenceTargets: [r], localTargets: [changedTarget])
            let c = Comparer().compare(reference: rd, local: ld)
            #expect(c.numberChanges.map(\.change) == [.changed])
        }
        let (rd, ld) = Self.pairDocuments(reference: Self.training, local: Self.training, referenceTargets: [r], localTargets: [r])
        #expect(Comparer().compare(reference: rd, local: ld).numberChanges.isEmpty)
    }

    @Test func levelSwapOfTheLeadIsNoChangeButANewLeadIs() {
        let provincial = Assignment(lead: ["省质监局"], responsible: ["省工信委", "省人社厅"],
                                    text: "(牵头单位:省质监局;责任单位:省工信委、省人社厅)")
        let city = Assignment(lead: ["市质监局"], responsible: ["市工信委", "市人社局"],
                              text: "(牵头单位:市质监局;责任单位:市工信委、市人社局)")
        let (r, l) = Self.pairDocuments(reference: Self.training, local: Self.localTraining, referenceTargets: [], localTargets: [],
                                        referenceAssignments: [provincial], localAssignments: [city])
        let c = Comparer().compare(reference: r, local: l)
        // 人社厅 → 人社局 is a renaming the extractor's roles resolve; by names alone it shows.
        #expect(c.unitChanges.allSatisfy { $0.leadAdded.isEmpty && $0.leadRemoved.isEmpty })

        let industry = Assignment(lead: ["省工信委"], responsible: [], leadRoles: ["工信委"], text: "(牵头单位:省工信委)")
        let twoLeads = Assignment(lead: ["市工信委", "市质监局"], responsible: [], leadRoles: ["工信委", "质监局"],
                                  text: "(牵头单位:市工信委、市质监局)")
        let (r2, l2) = Self.pairDocuments(reference: Self.training, local: Self.localTraining, referenceTargets: [], localTargets: [],
                                          referenceAssignments: [industry], localAssignments: [twoLeads])
        let c2 = Comparer().compare(reference: r2, local: l2)
        #expect(c2.unitChanges.count == 1)
        #expect(c2.unitChanges.first?.leadAdded == ["质监局"])
        #expect(c2.unitChanges.first?.leadRemoved == [])
    }

    @Test func rolesFallBackToNamesWithoutLevel() {
        #expect(UnitChangeFinder.fallbackRole("省质监局") == UnitChangeFinder.fallbackRole("市质监局"))
        #expect(UnitChangeFinder.fallbackRole("团省委") == UnitChangeFinder.fallbackRole("团市委"))
        #expect(UnitChangeFinder.fallbackRole("省市场监管局") == "市场监管局")
    }

    @Test func localPlanWithoutTagsHasNotRemovedItsOffices() {
        let provincial = Assignment(lead: ["省质监局"], responsible: [], text: "(牵头单位:省质监局)")
        let (r, l) = Self.pairDocuments(reference: Self.training, local: Self.localTraining, referenceTargets: [], localTargets: [],
                                        referenceAssignments: [provincial], localAssignments: [])
        #expect(Comparer().compare(reference: r, local: l).unitChanges.isEmpty)
    }
}

/// A statement on the same topic is not the statement the number was dropped from.
@Suite struct CompareStatementTests {
    typealias D = AlignTestDocuments

    @Test func sameTopicOtherStatementIsNoRemoval() {
        var reference = D.document("province", [
            ("一/1", "1.着力提升食品药品质量安全水平。加强大型医疗设备、高风险、植入性和无菌医疗器械等重点领域的常态化监管。医疗器械生产企业100%实施医疗器械生产质量管理规范。"),
        ])
        let local = D.document("city", [
            ("一/1", "1.突出抓好食品药品优质供给。严格落实医疗器械分级分类管理要求和质量管理规范,加强大型医疗设备、高风险、植入性和无菌医疗器械等重点领域的常态化监管。促进药品生产企业转型升级。"),
        ])
        reference.clauses[0].targets = [Target(indicator: "医疗器械生产企业实施医疗器械生产质量管理规范", value: 100, unit: "%",
                                               comparator: .equal, text: "医疗器械生产企业100%实施医疗器械生产质量管理规范")]
        let c = Comparer().compare(reference: reference, local: local)
        #expect(c.alignments.count == 1)
        #expect(c.numberChanges.isEmpty)
        #expect(c.alignments.first?.droppedSentences == ["医疗器械生产企业100%实施医疗器械生产质量管理规范。"])
    }
}
