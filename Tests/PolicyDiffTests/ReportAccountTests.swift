import Foundation
import Testing
@testable import PolicyDiff

/// What a researcher reads in the reports about targets and offices: every target
/// accounted for in JSON, CSV and HTML alike; a change repeated across clauses said
/// once; a merged alignment's office change on the clause that named the office.
@Suite struct ReportAccountTests {
    typealias D = AlignTestDocuments

    static let coached = CompareChangeTests.coached
    static let trainedHeads = CompareChangeTests.trainedHeads
    static let localHeads = CompareChangeTests.localHeads

    /// A province's clause with two yearly targets; the city keeps the training (100户
    /// where the province had 350户) and drops the coaching sentence with its 100户.
    static var droppedSentencePair: Comparison {
        let (r, l) = CompareChangeTests.pairDocuments(reference: CompareChangeTests.training, local: CompareChangeTests.localTraining,
                                                      referenceTargets: [trainedHeads, coached], localTargets: [localHeads])
        return Comparer().compare(reference: r, local: l)
    }

    @Test func aTargetWhoseSentenceWasDroppedIsRemovedInJSONCSVAndHTML() throws {
        let c = Self.droppedSentencePair
        let account = TargetAccount(c)
        let removed = account.entries.filter { $0.status == .removed }
        #expect(removed.count == 1)
        #expect(removed.first?.change.from == Self.coached && removed.first?.basis == .sentence)
        #expect(account.count(.changed) == 1 && account.coverage == 0.5)

        let json = try #require(try JSONSerialization.jsonObject(with: Data(ComparisonJSON.render(c).utf8)) as? [String: Any])
        let changes = try #require(json["numberChanges"] as? [[String: Any]])
        let gone = changes.filter { $0["change"] as? String == "removed" }
        #expect(gone.count == 1)
        #expect(gone.first?["basis"] as? String == "sentence")
        #expect((gone.first?["from"] as? [String: Any])?["value"] as? Double == 100)
        let targets = try #require((json["summary"] as? [String: Any])?["targets"] as? [String: Any])
        #expect(targets["removed"] as? Int == 1 && targets["changed"] as? Int == 1 && targets["total"] as? Int == 2)

        let csv = PairCSV.render(c)
        let row = try #require(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("number_change,") && $0.contains(",removed,") })
        #expect(row.contains("中小微企业开展点对点精准帮扶") && row.contains(",removed,sentence,"))
        // The target's own row says what became of it.
        #expect(csv.contains("target,reference,\(c.reference.clauses[2].id),,一/2,中小微企业开展点对点精准帮扶,,每年 100户,,removed,"))

        let html = ComparisonReport().render(c).withoutLanguageSpans
        #expect(html.contains("删去的指标 Targets removed</a></th>\n<td>1</td>"))
        #expect(html.contains("<th scope=\"row\">中小微企业开展点对点精准帮扶</th>"))
        #expect(html.contains("所在语句删去 its sentence dropped"))
        #expect(html.contains("指标覆盖率 Target coverage: 50%"))
    }

    @Test func theAccountIsTheSameWhenReadBackFromThePairJSON() throws {
        let c = Self.droppedSentencePair
        let file = NSTemporaryDirectory() + "policydiff-account-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let pair = PlannedPair(reference: "province", local: "city", relation: .implements)
        try PairJSON.render(c, pair: pair).write(toFile: file, atomically: true, encoding: .utf8)
        let (back, _, _) = try #require(try PairJSON.read(path: file))
        #expect(TargetAccount(back).numberChanges == TargetAccount(c).numberChanges)
        #expect(ComparisonJSON.render(back) == ComparisonJSON.render(c))
    }

    @Test func aLowerCountIsNeutralAndOnlyALowerRateIsFlagged() {
        let count = NumberChange(reference: "c1", local: "c1", indicator: "中小微企业负责人免费培训",
                                 from: Self.trainedHeads, to: Self.localHeads, change: .changed)
        let entry = TargetAccount.entry(count, basis: .number)
        #expect(entry.direction == .lower && !entry.flagged && entry.aspects == [.value])
        let rate = Target(indicator: "重点消费品质量监督抽查合格率", value: 90, unit: "%", comparator: .atLeast, year: 2020,
                          text: "重点消费品质量监督抽查合格率稳定在90%以上")
        var lowerRate = rate
        lowerRate.value = 85
        lowerRate.year = 2022
        let flagged = TargetAccount.entry(NumberChange(reference: "c1", local: "c1", indicator: rate.indicator,
                                                       from: rate, to: lowerRate, change: .changed), basis: .number)
        #expect(flagged.flagged && flagged.aspects == [.value, .year])
        #expect(ReportWording.direction(.lower, flagged: false) == "↓ 较低 lower")
    }

    /// Four clauses whose co-responsible offices the city replaced by 各有关部门.
    static var replacedEverywhere: Comparison {
        let items = ["推进质量强省建设", "实施品牌提升工程", "加强标准化建设", "完善计量检测体系"]
        func tag(_ r: [String]) -> String { "(牵头单位:省质监局;责任单位:\(r.joined(separator: "、")))" }
        var reference = D.document("province", [("一", "一、重点任务")] + items.enumerated().map { i, t in
            ("一/\(i + 1)", "\(i + 1).\(t)。各地要结合实际制定具体措施,明确责任分工,确保各项任务落到实处,每年开展督促检查。\(tag(["省工信委", "省商务厅"]))")
        })
        var local = D.document("city", [("一", "一、重点任务")] + items.enumerated().map { i, t in
            ("一/\(i + 1)", "\(i + 1).\(t)。各地要结合实际制定具体措施,明确责任分工,确保各项任务落到实处,每年开展督促检查。(牵头单位:市质监局;责任单位:各有关部门)")
        })
        for k in 1...items.count {
            reference.clauses[k].assignments = [Assignment(lead: ["省质监局"], responsible: ["省工信委", "省商务厅"], leadRoles: ["质监局"],
                                                           responsibleRoles: ["工信委", "商务厅"], text: tag(["省工信委", "省商务厅"]))]
            local.clauses[k].assignments = [Assignment(lead: ["市质监局"], responsible: ["各有关部门"], leadRoles: ["质监局"],
                                                       responsibleRoles: ["各有关部门"], text: "(牵头单位:市质监局;责任单位:各有关部门)")]
        }
        return Comparer().compare(reference: reference, local: local)
    }

    @Test func aUnitChangeRepeatedAcrossClausesIsOneSummaryRow() throws {
        let c = Self.replacedEverywhere
        #expect(c.unitChanges.count == 4)
        let patterns = UnitPatterns(c)
        #expect(patterns.patterns.count == 1)
        let pattern = try #require(patterns.patterns.first)
        #expect(pattern.statements.count == 4)
        #expect(Set(pattern.components.map(\.subject)) == ["工信委", "商务厅", "各有关部门"])
        let html = ComparisonReport().render(c).withoutLanguageSpans
        #expect(html.components(separatedBy: "id=\"unit-pattern-").count == 2)
        #expect(html.contains("责任单位增加：各有关部门（responsible added）"))
        // Nothing is particular to any clause, so the per-clause table has no rows.
        let leads = try #require(html.range(of: "id=\"leads\""))
        #expect(!html[leads.lowerBound...].contains("<td>责任单位 responsible：省工信委、省商务厅 → 各有关部门</td>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ComparisonJSON.render(c).utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect((summary["unitPatterns"] as? [Any])?.count == 1)
        #expect(PairCSV.render(c).components(separatedBy: "\r\nunit_pattern,").count == 2)
    }

    @Test func aMergedAlignmentsUnitChangeNamesTheClauseWhoseTagItCameFrom() throws {
        var reference = D.document("province", [
            ("一", "一、重点任务"),
            ("一/1", "1.加强质量监管。(牵头单位:省质监局)"),
            ("一/2", "2.强化科技支撑。(牵头单位:省科技厅)"),
        ])
        var local = D.document("city", [("一", "一、重点任务"), ("一/1", "1.加强质量监管,强化科技支撑。(牵头单位:市质监局)")])
        reference.clauses[1].assignments = [Assignment(lead: ["省质监局"], responsible: [], leadRoles: ["质监局"], text: "(牵头单位:省质监局)")]
        reference.clauses[2].assignments = [Assignment(lead: ["省科技厅"], responsible: [], leadRoles: ["科技厅"], text: "(牵头单位:省科技厅)")]
        local.clauses[1].assignments = [Assignment(lead: ["市质监局"], responsible: [], leadRoles: ["质监局"], text: "(牵头单位:市质监局)")]
        // The finder names the group's first clause; the office removed was named by the second.
        let c = Comparison(reference: reference, local: local,
                           alignments: [Alignment(reference: ["c1", "c2"], local: ["c1"], score: 0.8, kind: .match)],
                           unitChanges: [UnitChange(reference: "c1", local: "c1", leadRemoved: ["科技厅"])])
        let statements = UnitStatement.statements(of: c)
        #expect(statements.count == 1)
        #expect(statements.first?.reference == "c2")
        #expect(statements.first?.before == ["省科技厅"] && statements.first?.after == ["市质监局"])
        let html = ComparisonReport().render(c).withoutLanguageSpans
        #expect(html.contains("牵头单位 lead：省科技厅 → 市质监局"))
        #expect(html.contains("<a href=\"#ref-c2\">一/2</a> → <a href=\"#loc-c1\">一/1</a>"))
    }

    @Test func reasonsAndLabelsAreInChineseFirstWithTheEnglishMarkedAsSuch() {
        let html = ComparisonReport().render(Self.droppedSentencePair)
        #expect(html.contains("<span class=\"step reason\">参照 一/2 ↔ 本地 一/2；"))
        #expect(html.contains("<span lang=\"en\">Clause coverage: 50%</span>") || html.contains("<span lang=\"en\">Clause coverage"))
        #expect(html.contains("<span lang=\"en\">reference 一/2"))
        // No English-only caution: every label starts in Chinese.
        #expect(!html.contains("<strong><span lang=\"en\">"))
    }

    @Test func peersAreOnlyInAOnlyInBAndInBoth() {
        let c = Comparison(reference: ReportSample.reference, local: ReportSample.local,
                           alignments: ReportSample.comparison.alignments, omissions: ["c2", "c5"], additions: ["c4"])
        let html = ComparisonReport(relation: .peer).render(c).withoutLanguageSpans
        #expect(html.contains("仅见于甲 only in A"))
        #expect(html.contains("仅见于乙 only in B"))
        #expect(html.contains("两者都有的条款 Clauses in both"))
        #expect(!html.contains("<span class=\"badge k-omitted\">未保留 omitted</span>"))
        #expect(html.contains("仅见于甲的指标 Targets only in A") && !html.contains("删去的指标 Targets removed"))
    }

    @Test func aHeadingTheLocalPlanSetApartIsNotADeletionAndAMovedSentenceIsMoved() {
        let diff: [DiffSegment] = [
            .init(.delete, "(二)基本原则\n"), .init(.equal, "坚持质量第一。"),
            .init(.delete, "加强标准引领作用。"), .init(.equal, "坚持以企业为主体。"), .init(.insert, "加强标准引领作用。"),
            .init(.delete, "中共中"), .init(.insert, "党中"), .init(.equal, "央的部署"),
        ]
        let runs = DiffPresentation.runs(diff, headings: [MeasureCount.matchable("(二)基本原则")])
        #expect(runs.contains { $0.1 == .heading && $0.2 == "(二)基本原则" })
        #expect(runs.filter { $0.1 == .moved }.count == 2)
        // The shared 中 stays with 央: 〔删：中共〕〔增：党〕中央.
        #expect(runs.contains { $0.0 == .delete && $0.1 == .deleted && $0.2 == "中共" })
        #expect(runs.contains { $0.0 == .insert && $0.2 == "党" })
        #expect(runs.contains { $0.1 == .same && $0.2.hasPrefix("中央") })
        #expect(!runs.contains { $0.1 != .same && $0.2.allSatisfy(\.isNewline) == false && $0.2.hasSuffix("\n") })
    }

    @Test func aBracketIsNotLeftAloneInAnEdit() {
        let diff: [DiffSegment] = [.init(.equal, "贯彻落实"), .init(.delete, "《中共中央"), .init(.insert, "《省委"),
                                   .init(.equal, "实施意见》精神")]
        let runs = DiffPresentation.runs(diff, headings: [])
        let deleted = runs.filter { $0.0 == .delete }.map(\.2).joined()
        let inserted = runs.filter { $0.0 == .insert }.map(\.2).joined()
        #expect(deleted.contains("》") && inserted.contains("》"))
    }

    @Test func repeatedWarningsAreSaidOnce() {
        var c = ReportSample.comparison
        c.local.warnings = [DocumentWarning(code: .garbledText, message: "span 1", clause: "c2"),
                            DocumentWarning(code: .garbledText, message: "span 2", clause: "c2")]
        let html = ComparisonReport().render(c).withoutLanguageSpans
        #expect(html.contains("takes no part in the comparison. ×2"))
        #expect(html.components(separatedBy: "看起来像是乱码").count <= 2)
    }
}
