import Testing
@testable import PolicyDiff

/// What a law or regulation says about itself: the title on its first line, the
/// history block under it (dates of the versions, the issuer, a decree number),
/// the law it implements, the date it takes effect.
@Suite struct SegmentLawMetadataTests {
    private func metadata(_ text: String) -> DocumentMetadata {
        let source = SegmentTestSupport.source(text)
        let result = ClauseSegmenter().segment(source)
        return MetadataReader().metadata(of: source, clauses: result.clauses, notice: result.notice)
    }

    @Test func aStateCouncilRegulationWithItsDecreeNumber() {
        let m = metadata("""
        《城镇排水与污水处理条例》
        （2013年9月18日国务院第24次常务会议通过　2013年10月2日中华人民共和国国务院令第641号公布　根据2021年7月2日《国务院关于修改和废止部分行政法规的决定》修订　2021年7月2日中华人民共和国国务院令第743号公布）
        第一章　总　　则
        第一条　为了加强对城镇排水与污水处理的管理，制定本条例。
        第二条　本条例自2014年1月1日起施行。
        """)
        #expect(m.title == "城镇排水与污水处理条例")
        #expect(m.issuer == "国务院")
        #expect(m.level == .national)
        #expect(m.docNumber == "国务院令第743号")
        #expect(m.date == "2021-07-02")
        #expect(m.history.map(\.action) == [.adopted, .promulgated, .revised, .promulgated])
        #expect(m.history.map(\.date) == ["2013-09-18", "2013-10-02", "2021-07-02", "2021-07-02"])
        #expect(m.effective == "2014-01-01")
        #expect(m.cites.isEmpty)
    }

    @Test func aProvincialRegulationWithHistoryOnOneLine() {
        let m = metadata("""
        西川省实施《中华人民共和国农村土地承包法》办法
        2004年7月30日西川省第十届人民代表大会常务委员会第十次会议通过2019年11月28日西川省第十三届人民代表大会常务委员会第十四次会议修订
        第一条　根据《中华人民共和国农村土地承包法》和有关法律、行政法规，结合本省实际，制定本办法。
        第二条　本办法自2020年1月1日起施行。
        """)
        #expect(m.title == "西川省实施《中华人民共和国农村土地承包法》办法")
        #expect(m.issuer == "西川省人民代表大会常务委员会")
        #expect(m.level == .provincial)
        #expect(m.date == "2019-11-28")
        #expect(m.docNumber == nil)
        #expect(m.history.map(\.action) == [.adopted, .revised])
        // Named in the title and again in the first article: one citation.
        #expect(m.cites == [Citation(title: "中华人民共和国农村土地承包法")])
    }

    @Test func aCityRegulationReadsItsLevelFromTheLegislature() {
        let m = metadata("""
        南河市城市绿化条例
        （2016年8月26日南河市第十四届人民代表大会常务委员会第三十八次会议通过　2016年9月29日东山省第十二届人民代表大会常务委员会第二十九次会议批准）
        第一条　为了实施《城市绿化条例》，促进城市绿化事业的发展，结合本市实际，制定本条例。
        """)
        #expect(m.title == "南河市城市绿化条例")
        // Adopted by the city and approved by the province: the city's legislature issues it.
        #expect(m.history.map(\.action) == [.adopted, .approved])
        #expect(m.issuer == "南河市人民代表大会常务委员会")
        #expect(m.level == .city)
        #expect(m.date == "2016-09-29")
        #expect(m.cites == [Citation(title: "城市绿化条例")])
    }

    @Test func theHistoryIsNeverAClause() {
        let source = SegmentTestSupport.source(SegmentRegulationTests.regulation)
        let result = ClauseSegmenter().segment(source)
        let numbered = result.clauses.filter { $0.kind == .numbered }
        #expect(!numbered.contains { $0.text.contains("常务委员会第二十次会议") })
        let m = MetadataReader().metadata(of: source, clauses: result.clauses, notice: result.notice)
        #expect(m.title == "东山省饮用水水源保护条例")
        #expect(m.date == "2021-03-31")
        #expect(m.issuer == "东山省人民代表大会常务委员会")
        #expect(m.history.map(\.action) == [.adopted, .amended])
        #expect(m.effective == "2021-06-01")
        #expect(m.cites == [Citation(title: "中华人民共和国水污染防治法")])
    }

    /// The seven family documents: title, issuer, level, latest version's date, number, implements.
    @Test(arguments: [
        ("consumer-law/consumer-law-national-2013.txt", "中华人民共和国消费者权益保护法", "全国人民代表大会常务委员会",
         AdministrativeLevel.national, "2013-10-25", nil as String?, [] as [String]),
        ("consumer-law/consumer-law-zhejiang-2017.txt", "浙江省实施《中华人民共和国消费者权益保护法》办法",
         "浙江省人民代表大会常务委员会", .provincial, "2017-03-30", nil, ["中华人民共和国消费者权益保护法"]),
        ("farmer-coop-law/coop-law-national-2017.txt", "中华人民共和国农民专业合作社法", "全国人民代表大会常务委员会",
         .national, "2017-12-27", nil, []),
        ("farmer-coop-law/coop-law-shanghai-2020.txt", "上海市实施《中华人民共和国农民专业合作社法》办法",
         "上海市人民代表大会常务委员会", .provincial, "2020-03-19", nil, ["中华人民共和国农民专业合作社法"]),
        ("farmer-coop-law/coop-law-chongqing-2022.txt", "重庆市实施《中华人民共和国农民专业合作社法》办法",
         "重庆市人民代表大会常务委员会", .provincial, "2022-07-22", nil, ["中华人民共和国农民专业合作社法"]),
        ("construction-waste/cwaste-shanghai-2024.txt", "上海市人民政府办公厅关于全面加强建筑垃圾管理的实施意见",
         "上海市人民政府办公厅", .provincial, "2024-10-31", nil, []),
        ("construction-waste/cwaste-qingpu-2025.txt", "青浦区关于全面加强建筑垃圾管理的实施意见",
         "上海市青浦区人民政府办公室", .county, "2025-09-18", nil,
         ["上海市建筑垃圾处理管理规定", "上海市人民政府办公厅关于全面加强建筑垃圾管理的实施意见"]),
    ])
    func familyDocuments(_ file: String, _ title: String, _ issuer: String, _ level: AdministrativeLevel,
                         _ date: String, _ number: String?, _ implements: [String]) throws {
        let m = try SegmentTestSupport.corpus(file).metadata
        #expect(m.title == title)
        #expect(m.issuer == issuer)
        #expect(m.level == level)
        #expect(m.date == date)
        #expect(m.docNumber == number)
        #expect(m.cites.map(\.title) == implements)
    }

    @Test func theDistrictPlanCitesTheCityPlanByNumber() throws {
        let m = try SegmentTestSupport.corpus("construction-waste/cwaste-qingpu-2025.txt").metadata
        #expect(m.cites.map(\.docNumber) == ["市政府第16号令", "沪府办〔2024〕56号"])
    }
}
