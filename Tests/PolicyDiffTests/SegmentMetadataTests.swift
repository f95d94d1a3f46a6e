import Testing
@testable import PolicyDiff

@Suite struct SegmentMetadataTests {
    private func metadata(_ source: SourceText) -> DocumentMetadata {
        let clauses = ClauseSegmenter().segment(source).clauses
        return MetadataReader().metadata(of: source, clauses: clauses)
    }

    @Test func aTransmittingNoticeGivesThePlansTitleAndTheNoticesSignature() throws {
        let m = metadata(try SegmentTestSupport.fixture("city-plan-transmitted.txt"))
        #expect(m.title == "关于加快推进农产品质量安全提升的实施方案")
        #expect(m.issuer == "中共临河市委 临河市人民政府")
        #expect(m.level == .city)
        // The date under the signature (成文日期), not the 发布时间 of the page.
        #expect(m.date == "2019-04-28")
        #expect(m.docNumber == "临委发〔2019〕12号")
        #expect(m.cites == [
            Citation(title: "关于推进农产品质量安全提升行动的意见", docNumber: "省发〔2018〕7号"),
            Citation(title: "中共中央办公厅 国务院办公厅关于创新体制机制推进农业绿色发展的意见"),
        ])
    }

    @Test func titleLineWithIssuerAndBracketedDate() throws {
        let m = metadata(try SegmentTestSupport.fixture("provincial-opinions-continuing.txt"))
        #expect(m.title == "中共河川省委 河川省人民政府关于加快发展现代物流业的实施意见")
        #expect(m.issuer == "中共河川省委 河川省人民政府")
        #expect(m.level == .provincial)
        #expect(m.date == "2018-06-12")
        // A number cited in a sentence is not the document's own.
        #expect(m.docNumber == nil)
        #expect(m.cites == [Citation(title: "国务院关于印发物流业发展中长期规划(2014—2020年)的通知", docNumber: "国发〔2014〕42号")])
    }

    @Test func countyMeasuresSignedAtTheEnd() throws {
        let source = try SegmentTestSupport.fixture("county-measures-articles.txt")
        let result = ClauseSegmenter().segment(source)
        // The signature closes the text; it is not part of the last article.
        #expect(result.clauses.last?.kind == .closing)
        #expect(result.clauses.last?.text == "清水县人民政府\n2018年12月20日")
        #expect(result.clause("第六条")?.text == "第六条　本办法自2019年1月1日起施行。")
        let m = MetadataReader().metadata(of: source, clauses: result.clauses)
        #expect(m.title == "清水县农村人居环境整治管理办法")
        #expect(m.issuer == "清水县人民政府")
        #expect(m.level == .county)
        #expect(m.date == "2018-12-20")
    }

    @Test func pageInformationComesFirst() {
        let info = PageInfo(issuer: "国务院办公厅", dateWritten: "2018-12-29", datePublished: "2019-01-21",
                            title: "国务院办公厅关于印发“无废城市”建设试点工作方案的通知", docNumber: "国办发〔2018〕128号")
        let source = SegmentTestSupport.source("""
        各省、自治区、直辖市人民政府,国务院各部委、各直属机构:
        《“无废城市”建设试点工作方案》已经国务院同意,现印发给你们,请认真贯彻执行。
        一、总体要求
        (一)指导思想。以习近平新时代中国特色社会主义思想为指导。
        """, pageInfo: info)
        let m = metadata(source)
        #expect(m.title == info.title)
        #expect(m.issuer == "国务院办公厅")
        #expect(m.level == .national)
        #expect(m.date == "2018-12-29")
        #expect(m.docNumber == "国办发〔2018〕128号")
        #expect(m.cites.isEmpty)
    }

    @Test func labelledLinesOfASavedPageAndSignatureOnSeparateLines() {
        let m = metadata(SegmentTestSupport.source("""
        印发《关于推进全域旅游发展的实施方案》的通知
        字体大小: 打印
        • 成文日期 2018-11-02
        • 发布日期 2018-11-09
        各区、市党委和人民政府,市委各部委:
        现将《关于推进全域旅游发展的实施方案》印发给你们,请结合实际认真贯彻落实。
        中共海州市委
        海州市人民政府
        2018年11月2日
        关于推进全域旅游发展的实施方案
        为深入实施旅游强市战略,根据《国务院办公厅关于促进全域旅游发展的指导意见》、《中共东山省委、东山省人民政府印发〈关于推进全域旅游的意见〉的通知》等文件精神,制定本方案。
        一、总体要求
        (一)指导思想。坚持旅游为民。
        """))
        #expect(m.title == "关于推进全域旅游发展的实施方案")
        #expect(m.issuer == "中共海州市委 海州市人民政府")
        #expect(m.date == "2018-11-02")
        #expect(m.cites.map(\.title) == ["国务院办公厅关于促进全域旅游发展的指导意见",
                                         "中共东山省委、东山省人民政府印发〈关于推进全域旅游的意见〉的通知"])
    }

    @Test func onlyTheDocumentsStatedBasisIsCited() {
        let cites = CitationReader.citations(in: """
        为认真贯彻落实《中共中央、国务院关于开展质量提升行动的指导意见》(中发〔2017〕24号,以下简称《指导意见》),结合实际,制定本方案。深入实施《消费品标准和质量提升规划(2016—2020年)》(国办发〔2016〕68号),推动消费品提质。
        """)
        #expect(cites == [Citation(title: "中共中央、国务院关于开展质量提升行动的指导意见", docNumber: "中发〔2017〕24号")])
    }

    @Test func levelFromTheIssuersName() {
        let cases: [(String, AdministrativeLevel)] = [
            ("国务院", .national), ("国务院办公厅", .national), ("中共中央、国务院", .national), ("农业农村部", .national),
            ("国家市场监督管理总局", .national), ("中共甘肃省委、甘肃省人民政府", .provincial),
            ("北京市人民政府", .provincial), ("中共重庆市委办公厅", .provincial), ("新疆维吾尔自治区人民政府", .provincial),
            ("中共张掖市委 张掖市人民政府", .city), ("延边朝鲜族自治州人民政府", .city), ("青岛市市场监督管理局", .city),
            ("青岛西海岸新区工委", .unknown), ("国家卫生健康委", .national), ("海关总署", .national),
            ("成都市武侯区人民政府", .county), ("北京市朝阳区人民政府", .county), ("清水县人民政府", .county),
        ]
        for (issuer, level) in cases {
            #expect(IssuerLevel.level(ofIssuer: issuer) == level, "\(issuer)")
        }
    }

    @Test func datesAsOfficialDocumentsWriteThem() {
        #expect(DocumentDate.standalone("2018年7月23日") == "2018-07-23")
        #expect(DocumentDate.standalone("  2018年12月30日  ") == "2018-12-30")
        #expect(DocumentDate.standalone("二〇一八年七月二十三日") == "2018-07-23")
        #expect(DocumentDate.standalone("（2019年1月24日）") == "2019-01-24")
        #expect(DocumentDate.standalone("2018年7月23日印发") == nil)
        #expect(DocumentDate.standalone("2018年13月2日") == nil)
        #expect(DocumentDate.parse(Array("2018-01-08 15:09:53"))?.iso == "2018-01-08")
    }

    @Test func documentNumbersWithTheBracketsTypistsUse() {
        #expect(DocumentNumber.standalone("市委发〔2018〕29号") == "市委发〔2018〕29号")
        #expect(DocumentNumber.standalone("  国发[2019]3号") == "国发[2019]3号")
        #expect(DocumentNumber.standalone("根据国发〔2019〕3号文件") == nil)
        #expect(DocumentNumber.all(in: "(中发〔2017〕24号,以下简称《指导意见》)") == ["中发〔2017〕24号"])
        #expect(DocumentNumber.year(of: "甘发〔2017〕42号") == 2017)
    }

    @Test func corpusDocumentsMetadata() throws {
        let zhangye = try SegmentTestSupport.corpus("zhangye-2018-plan.txt").metadata
        #expect(zhangye.title == "关于开展质量提升行动实施方案")
        #expect(zhangye.issuer == "中共张掖市委 张掖市人民政府")
        #expect(zhangye.level == .city)
        #expect(zhangye.date == "2018-07-23")
        #expect(zhangye.docNumber == "市委发〔2018〕29号")
        #expect(zhangye.cites == [Citation(title: "关于开展质量提升行动实施方案", docNumber: "甘发〔2017〕42号")])

        let national = try SegmentTestSupport.corpus("national-2017-guideline-fragment.txt").metadata
        #expect(national.title == "中共中央、国务院关于开展质量提升行动的指导意见")
        #expect(national.issuer == "中共中央、国务院")
        #expect(national.level == .national)

        let qingdao = try SegmentTestSupport.corpus("qingdao-2018-plan.txt").metadata
        #expect(qingdao.title == "关于开展质量提升行动的实施方案")
        #expect(qingdao.level == .city)
        #expect(qingdao.date == "2018-12-30")
        #expect(qingdao.cites.first?.title == "中共中央、国务院关于开展质量提升行动的指导意见")

        let gansu = try SegmentTestSupport.corpus("gansu-2017-plan.txt").metadata
        #expect(gansu.title == "关于开展质量提升行动实施方案")
        #expect(gansu.level == .provincial)
        #expect(gansu.cites == [Citation(title: "中共中央、国务院关于开展质量提升行动的指导意见", docNumber: "中发〔2017〕24号")])

        let anhui = try SegmentTestSupport.corpus("anhui-2018-opinions.txt").metadata
        #expect(anhui.level == .provincial)
        #expect(anhui.cites.first?.docNumber == "中发〔2017〕24号")
    }
}
