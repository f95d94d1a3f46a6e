import Foundation
import Testing
@testable import PolicyDiff

/// A provincial plan and a city plan that implements it, in the shapes of the
/// genre: a preamble citing the plan above, numbered items with unit tags, a
/// yearly household target cut from 350 to 100, a brand target raised from 50 to
/// 500 in an item the city moved to the front, an omitted item, an added item.
enum ReportSample {
    static let reference = Document(
        id: "province-plan", source: "corpus/province-plan.txt",
        metadata: DocumentMetadata(title: "关于开展质量提升行动实施方案", issuer: "中共某省委、某省人民政府",
                                   level: .provincial, date: "2017-12-20", docNumber: "某发〔2017〕42号"),
        clauses: [
            Clause(id: "c0", path: [], kind: .preamble,
                   text: "为贯彻落实《中共中央 国务院关于开展质量提升行动的指导意见》(中发〔2017〕24号)精神,结合我省实际,制定本方案。"),
            Clause(id: "c1", path: ["一"], label: "一、", title: "总体要求", text: "一、总体要求"),
            Clause(id: "c2", parent: "c1", path: ["一", "(一)"], label: "(一)", title: "指导思想",
                   text: "(一)指导思想。全面贯彻党的十九大精神,坚持以质量第一为价值导向。"),
            Clause(id: "c3", path: ["二"], label: "二、", title: "重点任务", text: "二、重点任务"),
            Clause(id: "c4", parent: "c3", path: ["二", "1"], label: "1.", title: "提升农产品质量",
                   text: "1.提升农产品质量。每年选择350户以上农业经营主体开展质量提升示范。(牵头单位:省农牧厅;责任单位:省质监局)",
                   targets: [Target(indicator: "开展质量提升示范的农业经营主体", value: 350, unit: "户", comparator: .atLeast,
                                    period: .yearly, text: "每年选择350户以上农业经营主体开展质量提升示范")],
                   assignments: [Assignment(lead: ["省农牧厅"], responsible: ["省质监局"], leadRoles: ["农牧厅"],
                                            responsibleRoles: ["质监局"], text: "(牵头单位:省农牧厅;责任单位:省质监局)")]),
            Clause(id: "c5", parent: "c3", path: ["二", "2"], label: "2.", title: "提升消费品质量",
                   text: "2.提升消费品质量。到2020年,重点消费品质量监督抽查合格率稳定在90%以上。",
                   targets: [Target(indicator: "重点消费品质量监督抽查合格率", value: 90, unit: "%", comparator: .atLeast,
                                    year: 2020, text: "重点消费品质量监督抽查合格率稳定在90%以上")]),
            Clause(id: "c6", parent: "c3", path: ["二", "3"], label: "3.", title: "加强品牌建设",
                   text: "3.加强品牌建设。培育省级知名品牌50个。",
                   targets: [Target(indicator: "知名品牌", value: 50, unit: "个", comparator: .equal, text: "培育省级知名品牌50个")]),
        ])

    static let local = Document(
        id: "city-plan", source: "corpus/city-plan.txt",
        metadata: DocumentMetadata(title: "关于开展质量提升行动实施方案", issuer: "中共某市委、某市人民政府",
                                   level: .city, date: "2018-07-23", docNumber: "市委发〔2018〕29号"),
        clauses: [
            Clause(id: "c0", path: [], kind: .preamble,
                   text: "为贯彻落实《关于开展质量提升行动实施方案》(某发〔2017〕42号)精神,结合我市实际,制定本方案。"),
            Clause(id: "c1", path: ["一"], label: "一、", title: "重点任务", text: "一、重点任务"),
            Clause(id: "c2", parent: "c1", path: ["一", "(一)"], label: "(一)", title: "加强品牌建设",
                   text: "(一)加强品牌建设。培育市级知名品牌500个。",
                   targets: [Target(indicator: "知名品牌", value: 500, unit: "个", comparator: .equal, text: "培育市级知名品牌500个")]),
            Clause(id: "c3", parent: "c1", path: ["一", "(二)"], label: "(二)", title: "提升农产品质量",
                   text: "(二)提升农产品质量。每年组织100户以上农业经营主体开展质量提升示范。(牵头单位:市农牧局;责任单位:市质监局、市工信委)",
                   targets: [Target(indicator: "开展质量提升示范的农业经营主体", value: 100, unit: "户", comparator: .atLeast,
                                    period: .yearly, text: "每年组织100户以上农业经营主体开展质量提升示范")],
                   assignments: [Assignment(lead: ["市农牧局"], responsible: ["市质监局", "市工信委"], leadRoles: ["农牧厅"],
                                            responsibleRoles: ["质监局", "工信委"], text: "(牵头单位:市农牧局;责任单位:市质监局、市工信委)")]),
            Clause(id: "c4", parent: "c1", path: ["一", "(三)"], label: "(三)", title: "发展全域旅游",
                   text: "(三)发展全域旅游。打造精品旅游线路5条。"),
        ])

    static var comparison: Comparison {
        Comparison(
            reference: reference, local: local,
            alignments: [
                Alignment(reference: ["c0"], local: ["c0"], score: 0.912, kind: .match, reason: "序言对序言 preamble to preamble"),
                Alignment(reference: ["c4"], local: ["c3"], score: 0.64, kind: .partial, reason: "标题相同 same heading title",
                          droppedSentences: [], addedSentences: [],
                          diff: [.init(.delete, "1."), .init(.insert, "(二)"), .init(.equal, "提升农产品质量。每年"),
                                 .init(.delete, "选择350"), .init(.insert, "组织100"),
                                 .init(.equal, "户以上农业经营主体开展质量提升示范。(牵头单位:"),
                                 .init(.delete, "省农牧厅;责任单位:省质监局"), .init(.insert, "市农牧局;责任单位:市质监局、市工信委"),
                                 .init(.equal, ")")]),
                Alignment(reference: ["c6"], local: ["c2"], score: 0.781, kind: .moved, reason: "n-gram 相似 similar n-grams",
                          diff: [.init(.delete, "3."), .init(.insert, "(一)"), .init(.equal, "加强品牌建设。培育"),
                                 .init(.delete, "省"), .init(.insert, "市"), .init(.equal, "级知名品牌50"),
                                 .init(.insert, "0"), .init(.equal, "个。")]),
            ],
            omissions: ["c2", "c5"], additions: ["c4"],
            numberChanges: [
                NumberChange(reference: "c4", local: "c3", indicator: "开展质量提升示范的农业经营主体",
                             from: reference.clauses[4].targets[0], to: local.clauses[3].targets[0], change: .changed),
                NumberChange(reference: "c6", local: "c2", indicator: "知名品牌",
                             from: reference.clauses[6].targets[0], to: local.clauses[2].targets[0], change: .changed),
            ],
            unitChanges: [UnitChange(reference: "c4", local: "c3", responsibleAdded: ["工信委"])])
    }
}

/// What a researcher reads in one pair's HTML report.
@Suite struct ReportTests {
    let html = ComparisonReport().render(ReportSample.comparison).withoutLanguageSpans

    private func position(_ needle: String) -> Int? {
        html.range(of: needle).map { html.distance(from: html.startIndex, to: $0.lowerBound) }
    }

    @Test func isAStandaloneHTML5PageInChinese() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("@media print"))
        #expect(html.contains("@media screen and (max-width:700px)"))
        #expect(html.contains("@page{size:A4"))
        // Nothing to fetch: no scripts, no style sheets, images or fonts from elsewhere.
        for external in ["<script", "<link", "<img", "src=", "http://", "https://", "@import", "url("] {
            #expect(!html.contains(external), "found \(external)")
        }
        // No XHTML-isms the HTML5 checker would flag.
        #expect(!html.contains("/>"))
        #expect(!html.contains("</meta>"))
        #expect(!html.contains("</br>"))
    }

    @Test func headingsDescendInOrderAndEveryHeaderCellHasAScope() {
        var last = 0
        var index = html.startIndex
        while let r = html.range(of: "<h", range: index..<html.endIndex) {
            let next = html.index(after: r.upperBound)
            if let level = Int(String(html[r.upperBound])), (1...6).contains(level) {
                #expect(level <= last + 1, "h\(level) after h\(last)")
                last = level
            }
            index = next < html.endIndex ? next : html.endIndex
        }
        #expect(last >= 2)
        let headerCells = html.components(separatedBy: "<th>").count + html.components(separatedBy: "<th ").count - 2
        let scoped = html.components(separatedBy: "<th scope=").count - 1
        #expect(headerCells > 10)
        #expect(headerCells == scoped)
    }

    @Test func aChangedNumberMarksTheDigitNotTheSentence() {
        // 50 → 500: the inserted run is the one digit, labelled as an insertion.
        #expect(html.contains("<ins title=\"新增 inserted\">0</ins>"))
        #expect(html.contains("<del title=\"删去 deleted\">省</del>"))
        // The changed targets are highlighted in both texts.
        // The changed target is highlighted as one phrase, with the edits inside it.
        #expect(html.contains("<mark title=\"数字变化 changed number\">培育<ins title=\"新增 inserted\">市</ins>级知名品牌50<ins title=\"新增 inserted\">0</ins>个</mark>"))
        #expect(html.contains("<mark title=\"数字变化 changed number\">培育<del title=\"删去 deleted\">省</del>级知名品牌50个</mark>"))
        // The legend explains the labels in words.
        #expect(html.contains("labelled 增 and underlined"))
        #expect(html.contains("labelled 删 and struck through"))
    }

    @Test func everyClauseHasAnAnchorOnItsSide() {
        for clause in ReportSample.reference.clauses { #expect(html.contains("id=\"ref-\(clause.id)\"")) }
        for clause in ReportSample.local.clauses { #expect(html.contains("id=\"loc-\(clause.id)\"")) }
    }

    @Test func rowsFollowTheReferenceWithOmissionsAndAdditionsInPlace() throws {
        // ref c4 ↔ loc c3, then the added loc c4 right after it, then the omitted ref c5,
        // then the moved ref c6 (now at the front of the city plan).
        let pair = try #require(position("id=\"ref-c4\""))
        let added = try #require(position("id=\"loc-c4\""))
        let omitted = try #require(position("id=\"ref-c5\""))
        let moved = try #require(position("id=\"ref-c6\""))
        #expect(pair < added && added < omitted && omitted < moved)
        #expect(html.contains("no counterpart in the local plan"))
        #expect(html.contains("no counterpart in the reference"))
    }

    @Test func neighbouringSectionHeadingsShareARow() throws {
        // 一、总体要求 (reference) and 一、重点任务 (local) have no text of their own and
        // stand at the same place: one row, reference left, local right.
        let left = try #require(html.range(of: "id=\"ref-c1\""))
        let right = try #require(html.range(of: "id=\"loc-c1\""))
        #expect(left.lowerBound < right.lowerBound)
        #expect(!html[left.upperBound..<right.lowerBound].contains("<tr"))
    }

    @Test func aClauseInTwoAlignmentsHasOneAnchor() {
        // The city's (二) carries both the province's item 1 and, in part, item 2.
        var c = ReportSample.comparison
        c.alignments.append(Alignment(reference: ["c5"], local: ["c3"], score: 0.31, kind: .partial))
        c.omissions = ["c2"]
        let page = ComparisonReport().render(c).withoutLanguageSpans
        #expect(page.components(separatedBy: "id=\"loc-c3\"").count == 2)
        #expect(page.components(separatedBy: "href=\"#loc-c3\"").count >= 3)
    }

    @Test func headingsPairByDepthWithinARunOfHeadings() {
        // Local 二、 and 二/(一) come before reference 二、 and 二/(一): pair by level.
        let rows: [ComparisonRows.Row] = [.aligned(0), .localOnly("l2"), .localOnly("l3"), .referenceOnly("r2"),
                                          .referenceOnly("r3"), .omitted("r4")]
        let depth = ["l2": 1, "l3": 2, "r2": 1, "r3": 2]
        let paired = ComparisonRows.pairingHeadings(rows, referenceDepth: { depth[$0] ?? 0 }, localDepth: { depth[$0] ?? 0 })
        #expect(paired == [.aligned(0), .headings("r2", "l2"), .headings("r3", "l3"), .omitted("r4")])
        // A local sub-heading with no reference partner keeps its own row, after the pair above it.
        let uneven = ComparisonRows.pairingHeadings([.referenceOnly("r2"), .localOnly("l2"), .localOnly("l3")],
                                                    referenceDepth: { depth[$0] ?? 0 }, localDepth: { depth[$0] ?? 0 })
        #expect(uneven == [.headings("r2", "l2"), .localOnly("l3")])
    }

    @Test func aMovedClauseSaysWhereItWent() throws {
        let moved = try #require(position("移动 moved</span>"))
        let whereTo = try #require(html.range(of: "本地位置 Now at: <a href=\"#loc-c2\" class=\"titled\">一/(一) 加强品牌建设</a>"))
        #expect(html.distance(from: html.startIndex, to: whereTo.lowerBound) > moved)
        #expect(html.contains("相似度 Similarity 0.78"))
    }

    @Test func changesAreChainedByPreviousAndNextLinks() {
        // Changes: partial pair, added, omitted c2, omitted c5, moved pair → chg-1 … chg-5.
        for n in 1...5 { #expect(html.contains("id=\"chg-\(n)\"")) }
        #expect(!html.contains("id=\"chg-6\""))
        #expect(html.contains("href=\"#chg-5\""))
        #expect(!html.contains("href=\"#chg-6\""))
        #expect(!html.contains("href=\"#chg-0\""))
    }

    @Test func summaryGivesCoverageCountsAndABarPerSection() {
        // 2 of the 4 numbered reference clauses carried over (the preamble frames the
        // document and counts neither way).
        #expect(html.contains("条款覆盖率 Clause coverage: 50%"))
        #expect(html.contains("2 of 4 reference clauses carried over"))
        #expect(html.contains("<svg class=\"bar\""))
        #expect(html.contains("role=\"img\" aria-label=\"保留 2 / 未保留 1 kept 2, omitted 1\""))
    }

    @Test func tablesListChangedNumbersLeadsAndAllTargets() {
        #expect(html.contains("<th scope=\"row\">知名品牌</th>"))
        #expect(html.contains("<mark>每年 ≥ 350户</mark>"))
        #expect(html.contains("<mark>每年 ≥ 100户</mark>"))
        // Offices as the texts write them, the role changed as the secondary label.
        #expect(html.contains("责任单位 responsible：省质监局 → 市质监局、市工信委"))
        #expect(html.contains("责任单位增加：工信委（responsible added）"))
        #expect(html.contains("≥ 90%（2020年）"))
    }

    @Test func truncatedReferenceIsExplainedInPlainWords() {
        var c = ReportSample.comparison
        c.reference.clauses[1].label = "(二十)"
        c.reference.clauses[1].path = ["(二十)"]
        c.reference.warnings = [DocumentWarning(code: .truncatedStart, message: "first item is (二十)")]
        c.local.metadata.cites = [Citation(title: "关于开展质量提升行动实施方案", docNumber: "某发〔2017〕42号")]
        let page = ComparisonReport().render(c).withoutLanguageSpans
        #expect(page.contains("The text starts at item (二十): earlier items cannot be checked."))
        #expect(page.contains("The reference is partial: what the local plan says about its missing items may show as added."))
        #expect(page.contains("<td>《关于开展质量提升行动实施方案》（某发〔2017〕42号）</td>"))
        #expect(page.contains("文本从第 (二十) 项开始"))
    }

    @Test func aTitleThatOpensWithItsIssuerIsNotPrefixedTwice() {
        let title = "中共中央、国务院关于开展质量提升行动的指导意见"
        #expect(DocumentName.display(title: title, issuer: "中共中央、国务院", id: "n") == "《\(title)》")
        #expect(DocumentName.display(title: title, issuer: "中共中央 国务院", id: "n") == "《\(title)》")
        #expect(DocumentName.display(title: "关于开展质量提升行动实施方案", issuer: "中共甘肃省委、甘肃省人民政府", id: "g")
            == "中共甘肃省委、甘肃省人民政府《关于开展质量提升行动实施方案》")
        #expect(DocumentName.display(title: nil, issuer: "中共甘肃省委", id: "gansu-2017-plan") == "gansu-2017-plan")
    }

    @Test func scoresPrintWithTwoDecimalsAndNeverTrap() {
        #expect(ReportNumber.score(0.781) == "0.78")
        #expect(ReportNumber.score(0.05) == "0.05")
        #expect(ReportNumber.score(1) == "1.00")
        #expect(ReportNumber.score(.nan) == "?")
        #expect(ReportNumber.score(1e300) == "?")
        #expect(ReportNumber.percent(.infinity) == "—")
        #expect(ReportNumber.percent(0.666) == "67%")
    }

    @Test func sameComparisonGivesTheSameBytes() {
        #expect(ComparisonReport().render(ReportSample.comparison).withoutLanguageSpans == html)
    }

    @Test func aComparisonWithNothingAlignedStillRenders() {
        let c = Comparison(reference: ReportSample.reference, local: Document(id: "empty", source: "empty.txt"),
                           omissions: ReportSample.reference.clauses.map(\.id))
        let page = ComparisonReport().render(c).withoutLanguageSpans
        #expect(page.contains("条款覆盖率 Clause coverage: 0%"))
        #expect(page.contains("id=\"ref-c6\""))
    }
}
