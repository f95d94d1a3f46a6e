import Foundation
import Testing
@testable import PolicyDiff

/// Laws and regulations: 第X编/章/节/条, 款 as paragraphs by position, 项 （一）, 目 1.,
/// inserted articles, misprints, the 施行 article, and cross-references.
@Suite struct SegmentRegulationTests {
    /// A short provincial regulation of my own, in the shape of the genre.
    static let regulation = """
    东山省饮用水水源保护条例
    （2015年9月24日东山省第十二届人民代表大会常务委员会第二十次会议通过　2021年3月31日东山省第十三届人民代表大会常务委员会第二十七次会议修正）
    第一章　总　　则
    第一条　为了加强饮用水水源保护，保障饮用水安全，根据《中华人民共和国水污染防治法》等法律、行政法规，结合本省实际，制定本条例。
    第二条　本省行政区域内饮用水水源的保护和管理，适用本条例。
    第二章　保护区划定
    第一节　一般规定
    第三条　饮用水水源保护区分为一级保护区和二级保护区。
    县级以上人民政府应当在保护区的边界设立明确的地理界标和明显的警示标志。
    前款规定的界标和标志，任何单位和个人不得擅自移动或者损毁。
    第三条之一　保护区划定方案应当征求有关部门和公众的意见。
    第二节　禁止行为
    第四条　在饮用水水源一级保护区内，禁止下列行为：
    （一）新建、改建、扩建与供水设施和保护水源无关的建设项目；
    （二）从事网箱养殖、旅游、游泳、垂钓等可能污染饮用水水体的活动；
    （三）法律、法规禁止的其他行为。
    在二级保护区内，除遵守前款规定外，还应当遵守下列规定：
    （一）不得设置排污口；
    （二）从事农业生产的，应当符合下列要求：
    1.科学使用化肥；
    2.不得使用剧毒和高残留农药。
    前两款规定的保护区，由县级以上人民政府公告。
    第三章　法律责任
    笫五条　违反本条例第四条第一款规定的，由生态环境主管部门依照《中华人民共和国水污染防治法》第九十一条的规定处罚。
    第六条　违反本条第一款、第四条第二款规定的，依照第五条的规定处理。
    第四章　附　　则
    第七条　本条例自2021年6月1日起施行。
    """

    static func segmented() -> ClauseSegmenter.Result { SegmentTestSupport.segment(regulation) }

    @Test func articlesAreNamedAloneWithTheirChapterAsParent() throws {
        let result = Self.segmented()
        #expect(result.paths == ["第一章", "第一条", "第二条", "第二章", "第二章/第一节", "第三条", "第三条/第二款",
                                 "第三条/第三款", "第三条之一", "第二章/第二节", "第四条", "第四条/(一)", "第四条/(二)",
                                 "第四条/(三)", "第四条/第二款", "第四条/第二款/(一)", "第四条/第二款/(二)",
                                 "第四条/第二款/(二)/1", "第四条/第二款/(二)/2", "第四条/第三款", "第三章", "第五条",
                                 "第六条", "第四章"])
        let chapter = try #require(result.clause("第二章"))
        let section = try #require(result.clause("第二章/第一节"))
        #expect(section.parent == chapter.id)
        #expect(result.clause("第三条")?.parent == section.id)
        #expect(result.clause("第三条/第二款")?.parent == result.clause("第三条")?.id)
        #expect(result.clause("第四条/第二款/(一)")?.parent == result.clause("第四条/第二款")?.id)
        // No numbering-gap for the inserted article or the misprinted 笫.
        #expect(result.warnings(.numberingGap).isEmpty)
        #expect(result.clause("第五条")?.label == "笫五条")
    }

    @Test func paragraphsHoldTheirOwnSentencesOnly() {
        let result = Self.segmented()
        #expect(result.clause("第三条")?.text == "第三条　饮用水水源保护区分为一级保护区和二级保护区。")
        #expect(result.clause("第三条/第三款")?.text == "前款规定的界标和标志，任何单位和个人不得擅自移动或者损毁。")
        // The paragraph after the items is the article's, not the last item's.
        #expect(result.clause("第四条/(三)")?.text == "（三）法律、法规禁止的其他行为。")
        #expect(result.clause("第四条/第三款")?.text == "前两款规定的保护区，由县级以上人民政府公告。")
        #expect(result.clause("第四条/第二款")?.label == nil)
    }

    @Test func spacedChapterTitlesAreRead() {
        let result = Self.segmented()
        #expect(result.clause("第一章")?.title == "总则")
        #expect(result.clause("第四章")?.title == "附则")
        #expect(result.clause("第二章/第二节")?.title == "禁止行为")
    }

    @Test func theArticleThatPutsTheLawIntoForceCloses() {
        let result = Self.segmented()
        let last = result.clauses.last
        #expect(last?.kind == .closing)
        #expect(last?.pathString == "第七条")
        #expect(last?.parent == result.clause("第四章")?.id)
    }

    @Test func crossReferencesAreReadPerClause() {
        let result = Self.segmented()
        #expect(result.clause("第三条/第三款")?.references == [ClauseReference(paragraph: 2, text: "前款")])
        #expect(result.clause("第四条/第二款")?.references == [ClauseReference(paragraph: 1, text: "前款")])
        #expect(result.clause("第四条/第三款")?.references == [ClauseReference(paragraph: 1, text: "前两款"),
                                                            ClauseReference(paragraph: 2, text: "前两款")])
        #expect(result.clause("第五条")?.references == [
            ClauseReference(article: "第四条", paragraph: 1, text: "本条例第四条第一款"),
            ClauseReference(document: "中华人民共和国水污染防治法", article: "第九十一条",
                            text: "《中华人民共和国水污染防治法》第九十一条"),
        ])
        #expect(result.clause("第六条")?.references == [
            ClauseReference(paragraph: 1, text: "本条第一款"),
            ClauseReference(article: "第四条", paragraph: 2, text: "第四条第二款"),
            ClauseReference(article: "第五条", text: "第五条"),
        ])
        // The article's own label and a 《》 without an article are not references.
        #expect(result.clause("第一条")?.references == [])
    }

    @Test func booksOfACodeHoldTheirChapters() {
        let result = SegmentTestSupport.segment("""
        第一编　总　　则
        第一章　基本规定
        第一条　为了保护民事主体的合法权益，制定本法。
        第二编　物　　权
        第一章　一般规定
        第二条　本编调整因物的归属和利用产生的民事关系。
        """)
        #expect(result.paths == ["第一编", "第一编/第一章", "第一条", "第二编", "第二编/第一章", "第二条"])
        #expect(result.clause("第二编")?.title == "物权")
    }

    @Test func aListOfArticlesKeepsItsDocument() {
        let refs = ClauseReferenceReader.references(
            in: "依照《中华人民共和国农民专业合作社法》第十条、第十一条和本法第三条的规定办理。", ownLabelLength: 0, paragraph: 1)
        #expect(refs.map(\.document) == ["中华人民共和国农民专业合作社法", "中华人民共和国农民专业合作社法", nil])
        #expect(refs.map(\.article) == ["第十条", "第十一条", "第三条"])
        // 第一条件 is a word.
        #expect(ClauseReferenceReader.references(in: "第一条件是资金到位。", ownLabelLength: 0, paragraph: 1).isEmpty)
    }

    @Test func aLineBrokenMidSentenceStaysInItsParagraph() {
        let result = SegmentTestSupport.segment("""
        第一条　为了规范农民专业合作社的组织和行为，
        保护其成员的合法权益，制定本办法。
        第二条　本办法适用于本市。
        """)
        #expect(result.paths == ["第一条", "第二条"])
        #expect(result.clause("第一条")?.text.hasSuffix("制定本办法。") == true)
    }

    @Test func referencesAppearInTheClauseJSON() throws {
        let source = SegmentTestSupport.source(Self.regulation)
        let document = Pipeline().document(from: source, id: "t")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(DocumentJSON.render(document).utf8)) as? [String: Any])
        let clauses = try #require(json["clauses"] as? [[String: Any]])
        let paragraph = try #require(clauses.first { ($0["path"] as? [String]) == ["第三条", "第三款"] })
        let refs = try #require(paragraph["references"] as? [[String: Any]])
        #expect(refs.count == 1)
        #expect(refs.first?["paragraph"] as? Int == 2)
        #expect(refs.first?["text"] as? String == "前款")
        #expect(refs.first?["document"] is NSNull)
        // Plans without references keep the clause JSON as it was.
        let plan = Pipeline().document(from: SegmentTestSupport.source("一、总体要求\n坚持新发展理念。"), id: "p")
        #expect(!DocumentJSON.render(plan).contains("references"))
    }
}
