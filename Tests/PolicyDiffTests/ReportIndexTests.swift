import Foundation
import Testing
@testable import PolicyDiff

/// The corpus index: a national guideline, a provincial plan implementing it, and a
/// city plan implementing the province (and compared with the national top too).
@Suite struct ReportIndexTests {
    static let national = Document(
        id: "national-guideline", source: "corpus/national.txt",
        metadata: DocumentMetadata(title: "关于开展质量提升行动的指导意见", issuer: "中共中央、国务院", level: .national,
                                   date: "2017-09-05", docNumber: "中发〔2017〕24号"),
        clauses: [
            Clause(id: "c0", path: ["(二十)"], label: "(二十)", title: "提高消费品质量",
                   text: "(二十)提高消费品质量。到2020年,重点消费品质量监督抽查合格率稳定在90%以上。",
                   targets: [Target(indicator: "重点消费品质量监督抽查合格率", value: 90, unit: "%", comparator: .atLeast,
                                    year: 2020, text: "重点消费品质量监督抽查合格率稳定在90%以上")]),
            Clause(id: "c1", path: ["(二十一)"], label: "(二十一)", title: "加强考核评估", text: "(二十一)加强考核评估。"),
        ])

    static var summaries: [PairSummary] {
        let provinceUp = Comparison(
            reference: national, local: ReportSample.reference,
            alignments: [Alignment(reference: ["c0"], local: ["c5"], score: 0.66, kind: .match)],
            omissions: ["c1"], additions: ["c4", "c6"])
        let cityTop = Comparison(reference: national, local: ReportSample.local, omissions: ["c0", "c1"],
                                 additions: ["c2", "c3", "c4"])
        return [
            PairSummary(ReportSample.comparison, stem: "city-plan__province-plan", relation: .implements),
            PairSummary(cityTop, stem: "city-plan__national-guideline", relation: .chainTop),
            PairSummary(provinceUp, stem: "province-plan__national-guideline", relation: .implements),
        ]
    }

    let html = CorpusIndex().render(ReportIndexTests.summaries).withoutLanguageSpans

    private func position(_ needle: String) -> Int? {
        html.range(of: needle).map { html.distance(from: html.startIndex, to: $0.lowerBound) }
    }

    @Test func theHierarchyRunsNationalToProvinceToCityWithEachComparisonLinked() throws {
        let national = try #require(position("<li id=\"doc-national-guideline\">"))
        let province = try #require(position("<li id=\"doc-province-plan\">"))
        let city = try #require(position("<li id=\"doc-city-plan\">"))
        #expect(national < province && province < city)
        #expect(html.contains("<a href=\"city-plan__province-plan.html\">"))
        #expect(html.contains("条款覆盖率 clause coverage 50%"))
        #expect(html.contains("<a href=\"province-plan__national-guideline.csv\">CSV</a>"))
    }

    @Test func theNationalMatrixShowsWhichPlacesDroppedEachMeasure() throws {
        let matrix = try #require(position("id=\"matrix-national-guideline\""))
        let next = try #require(position("id=\"matrix-province-plan\""))
        #expect(matrix < next)
        let section = String(html[html.index(html.startIndex, offsetBy: matrix)..<html.index(html.startIndex, offsetBy: next)])
        // Columns: the province, then the city below it; the similarity as a number,
        // an omission as ✗ — the colour only repeats them.
        #expect(section.contains("<td class=\"s-hi\" title=\"province-plan 0.66\"><a href=\"province-plan__national-guideline.html#ref-c0\">0.66</a></td>"))
        #expect(section.contains("<td class=\"s-none\" title=\"city-plan: omitted\"><a href=\"city-plan__national-guideline.html#ref-c0\">✗ 缺</a></td>"))
        #expect(section.contains("<th scope=\"row\">(二十) 提高消费品质量</th>"))
        let provinceColumn = try #require(section.range(of: "province-plan__national-guideline.html\">"))
        let cityColumn = try #require(section.range(of: "city-plan__national-guideline.html\">"))
        #expect(provinceColumn.lowerBound < cityColumn.lowerBound)
    }

    @Test func theTargetsTableShowsWhereACityLoweredAProvincialNumber() {
        #expect(html.contains("<th scope=\"row\">开展质量提升示范的农业经营主体</th>"))
        #expect(html.contains("<td>每年 ≥ 350户</td>"))
        // A count below the province's is "lower", neutral: a city has fewer firms than its province.
        #expect(html.contains("<td>每年 ≥ 100户 <span class=\"dir\" title=\"参照 province-plan reference\">↓ 较低 lower</span>"))
        #expect(html.contains("<td>≥ 90%（2020年）</td>"))
    }

    @Test func everyChangedNumberOfTheCorpusIsListedWithItsDirection() {
        // Gansu-like 350 → city 100 households a year, and 50 → 500 brands.
        #expect(html.contains("<a href=\"city-plan__province-plan.html#ref-c4\">开展质量提升示范的农业经营主体</a>"))
        #expect(html.contains("<td>每年 ≥ 100户</td>"))
        #expect(html.contains("改变 changed <span class=\"dir\">↓ 较低 lower</span>"))
        #expect(html.contains("改变 changed <span class=\"dir\">↑ 较高 higher</span>"))
        #expect(!html.contains("改变 changed <span class=\"flag\""))
    }

    @Test func theOrderOfTheInputDoesNotChangeTheBytes() {
        #expect(CorpusIndex().render(ReportIndexTests.summaries.reversed()).withoutLanguageSpans == html)
    }

    @Test func aSummaryReadBackFromItsJSONEqualsTheOneFromTheComparison() throws {
        let pair = PlannedPair(reference: "province-plan", local: "city-plan", relation: .implements)
        let path = NSTemporaryDirectory() + "policydiff-pair-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try PairJSON.render(ReportSample.comparison, pair: pair).write(toFile: path, atomically: true, encoding: .utf8)
        let (comparison, relation, stem) = try #require(try PairJSON.read(path: path))
        #expect(relation == .implements && stem == "city-plan__province-plan")
        #expect(PairSummary(comparison, stem: stem, relation: relation)
            == PairSummary(ReportSample.comparison, stem: pair.stem, relation: .implements))
        #expect(comparison.reference.clauses.map(\.targets) == ReportSample.reference.clauses.map(\.targets))
        #expect(comparison.alignments.map(\.diff) == ReportSample.comparison.alignments.map(\.diff))
    }
}
