import Testing
@testable import PolicyDiff

@Suite("Ingest: page furniture in plain texts")
struct IngestFurnitureTests {
    let reader = DocumentReader()

    private func read(_ lines: [String]) throws -> SourceText {
        try reader.read(bytes: Array(lines.joined(separator: "\n").utf8), path: "page.txt")
    }

    @Test("Breadcrumbs in their usual shapes are cut", arguments: [
        "首页 > 文件资料 > 正文",
        "首页>要闻>天下 天下",
        "当前位置：首页 > 政务公开 > 政策文件",
        "您现在的位置: 网站首页 » 信息公开",
        "首页 | 政务公开 | 政务服务 | 互动交流",
    ])
    func breadcrumbs(line: String) throws {
        let source = try read([line, "一、总体要求", "坚持以质量第一为价值导向。"])
        #expect(source.paragraphs == ["一、总体要求", "坚持以质量第一为价值导向。"])
        #expect(source.warnings.contains { $0.code == .boilerplateRemoved && $0.message.contains("navigation") })
    }

    @Test("Toolbars and QR prompts are cut", arguments: [
        "字体大小: 打印",
        "【字号：大 中 小】【打印本页】【关闭窗口】",
        "扫一扫在手机打开当前页",
        "打印 关闭",
        "分享到：",
    ])
    func toolbars(line: String) throws {
        let source = try read(["（一）指导思想。高举伟大旗帜。", line, "（二）基本原则。坚持质量第一。"])
        #expect(source.paragraphs == ["（一）指导思想。高举伟大旗帜。", "（二）基本原则。坚持质量第一。"])
    }

    @Test("Publication lines are cut and read into the page information")
    func publicationLines() throws {
        let gansu = try read(["关于开展质量提升行动实施方案", "稿件来源:甘肃日报 发布时间:2018-01-08 15:09:53",
                              "为认真贯彻落实《指导意见》，制定本实施方案。"])
        #expect(gansu.paragraphs == ["关于开展质量提升行动实施方案", "为认真贯彻落实《指导意见》，制定本实施方案。"])
        #expect(gansu.pageInfo.datePublished == "2018-01-08")

        let zhangye = try read(["印发《关于开展质量提升行动实施方案》的通知",
                                "发布时间: 2018-07-31 22:30 来源:市政府研究室 背景色:", " : ", "市委发〔2018〕29号"])
        #expect(zhangye.paragraphs == ["印发《关于开展质量提升行动实施方案》的通知", "市委发〔2018〕29号"])
        #expect(zhangye.pageInfo.datePublished == "2018-07-31")

        let qingdao = try read(["印发《关于开展质量提升行动的实施方案》的通知", "字体大小: 打印",
                                "  • 成文日期 2018-12-30", "  • 发布日期 2018-12-31",
                                "  • 发文单位 中共青岛市委 青岛市人民政府",
                                "  • 各区、市党委和人民政府,市委各部委:", "现将《实施方案》印发给你们。"])
        #expect(qingdao.paragraphs == ["印发《关于开展质量提升行动的实施方案》的通知",
                                       "• 各区、市党委和人民政府,市委各部委:", "现将《实施方案》印发给你们。"])
        #expect(qingdao.pageInfo.dateWritten == "2018-12-30")
        #expect(qingdao.pageInfo.datePublished == "2018-12-31")
        #expect(qingdao.pageInfo.issuer == "中共青岛市委 青岛市人民政府")
    }

    @Test("Editor and keyword lines go; after the end of the text, headline and name runs go too")
    func endOfStory() throws {
        let source = try read([
            "(三十)加强宣传动员",
            "大力宣传党和国家质量工作方针政策。",
            "各地区各部门要认真落实本意见精神,确保各项工作举措和要求落实到位。(完)",
            "编辑:周佳佳",
            "关键词:中共中央 国务院 质量提升行动",
            "中国制造助力海外基础设施建设",
            "中国制造助力海外基础设施建设 联合国官员说约1170万人需要人道主义援助",
            "联合国官员说约1170万人需要人道主义援助",
            "王召明",
            "王召明 王霞",
            "覺醒法師",
        ])
        #expect(source.paragraphs == [
            "(三十)加强宣传动员",
            "大力宣传党和国家质量工作方针政策。",
            "各地区各部门要认真落实本意见精神,确保各项工作举措和要求落实到位。",
        ])
        let message = try #require(source.warnings.first { $0.code == .boilerplateRemoved }?.message)
        #expect(message.contains("2 editor/tag lines"))
        #expect(message.contains("6 trailing headline/name lines"))
    }

    @Test("A related-news list goes, with its dated entries")
    func relatedNews() throws {
        let source = try read([
            "各地各部门要认真贯彻落实本实施意见精神,确保各项工作举措落实到位。",
            "相关新闻",
            "- 安徽省人民政府关于印发安徽省深化科技体制机制改革实施方案的通知 2024-09-13 14:51",
            "- 安徽省优化营商环境条例 2024-01-08 00:00",
        ])
        #expect(source.paragraphs == ["各地各部门要认真贯彻落实本实施意见精神,确保各项工作举措落实到位。"])
    }

    @Test("Signature and date after the last item are not furniture")
    func signatureStays() throws {
        let lines = ["（七）加强宣传动员。通过各类新闻媒体大力宣传。", "中共张掖市委 张掖市人民政府", "2018年7月23日", "（此件公开发布）"]
        let source = try read(lines)
        #expect(source.paragraphs == lines)
        #expect(!source.warnings.contains { $0.code == .boilerplateRemoved })
    }

    @Test("Body sentences that merely contain furniture words stay", arguments: [
        "编辑出版质量管理手册，推广先进质量管理方法。",
        "各级农业部门要定期打印并公示抽检结果。",
        "首页展示的信息应当及时更新，做到准确、完整。",
        "相关新闻单位要加大宣传力度，营造良好氛围。",
        "来源可追溯、去向可查证、责任可追究的追溯体系。",
        "编辑：负责稿件的审核、校对和发布，确保内容准确无误。",
        "（二）关闭落后产能。依法依规关闭不符合产业政策的企业。",
        "关闭",
    ])
    func bodySentencesStay(line: String) throws {
        let source = try read(["一、总体要求", line])
        if line == "关闭" {
            // A lone widget word is furniture…
            #expect(source.paragraphs == ["一、总体要求"])
        } else {
            // …but a sentence that contains one is body.
            #expect(source.paragraphs == ["一、总体要求", line])
        }
    }

    @Test("The cut lines are listed by kind in reading order, and the summary counts them")
    func cutList() {
        let lines = ["首页 > 文件资料 > 正文", "稿件来源:甘肃日报 发布时间:2018-01-08 15:09:53",
                     "一、总体要求", "坚持质量第一。(完)", "编辑:周佳佳", "王召明"].map { PageLine(text: $0) }
        let result = PageFurniture().clean(lines)
        #expect(result.paragraphs == ["一、总体要求", "坚持质量第一。"])
        #expect(result.removed.map(\.kind) == [.navigation, .information, .editor, .trailing])
        #expect(result.removed.map(\.text) == ["首页 > 文件资料 > 正文", "稿件来源:甘肃日报 发布时间:2018-01-08 15:09:53",
                                                "编辑:周佳佳", "王召明"])
        #expect(result.summary == "cut page furniture: 1 page information line, 1 navigation/breadcrumb line, "
                + "1 editor/tag line, 1 trailing headline/name line")
    }

    @Test("Footers are cut")
    func footers() throws {
        let source = try read(["各县区要切实抓好各项措施落实。", "版权所有：河西市人民政府 陇ICP备05000000号",
                               "主办单位：河西市人民政府办公室 网站标识码：6207000001"])
        #expect(source.paragraphs == ["各县区要切实抓好各项措施落实。"])
    }

    @Test("Dates of the genre become ISO dates", arguments: [
        ("2018年12月21日", "2018-12-21"), ("2018-01-08 15:09:53", "2018-01-08"), ("2018/8/1", "2018-08-01"),
        ("二〇一八年七月二十三日", "2018-07-23"), ("二〇一九年十二月三十一日", "2019-12-31"),
        ("２０１８年１月５日", "2018-01-05"), ("2018年", "2018"), ("2018年7月", "2018-07"),
    ])
    func dates(text: String, iso: String) {
        #expect(PageDate.iso(text) == iso)
    }

    @Test("Not dates", arguments: ["12345678", "第3号", "", "0000-00-00"])
    func notDates(text: String) {
        #expect(PageDate.iso(text) == nil)
    }
}
