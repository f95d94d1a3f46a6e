import Foundation
import Testing
@testable import PolicyDiff

@Suite("Ingest: saved web pages")
struct IngestPageTests {
    let reader = DocumentReader()

    @Test("A city page declared gb2312 and encoded so: body kept, furniture cut, information table read")
    func gb2312CityPage() throws {
        let source = try reader.read(path: IngestPaths.fixture("city-page-gb2312.html"))
        #expect(source.format == .html)
        #expect(source.encoding == "GB18030")
        // Declared and encoded alike: not a fallback.
        #expect(!source.warnings.contains { $0.code == .encodingFallback })
        #expect(source.warnings.contains { $0.code == .boilerplateRemoved })

        let p = source.paragraphs
        #expect(p.first == "中共河西市委 河西市人民政府印发《河西市质量提升行动实施方案》的通知")
        #expect(p.contains("一、总体要求"))
        // A source line break between Chinese characters is not a space.
        #expect(p.contains("（一）指导思想。以提高发展质量和效益为中心，将质量强市战略放在更加突出的位置，全面提升质量水平。"))
        #expect(p.contains("（二）工作目标。到2020年，全市主要农产品质量安全抽检合格率稳定在97%以上，制造业产品质量合格率达到93%以上。"))
        // Body sentences that merely mention 打印 or 编辑 stay.
        #expect(p.contains { $0.contains("定期打印并公示抽检结果") })
        #expect(p.contains { $0.contains("编辑出版工程质量管理手册") })
        #expect(p.last == "各县区、各部门要按照本方案要求，切实抓好各项措施落实。")

        let all = p.joined(separator: "\n")
        for furniture in ["政务服务", "当前位置", "站内搜索", "统计代码", "打印本页", "关闭窗口", "分享到",
                          "相关链接", "质量月", "版权所有", "ICP备", "分辨率", "索引号", "索 引 号", "主题分类",
                          "来源：市政府办公室", "无障碍浏览"] {
            #expect(!all.contains(furniture), "furniture left: \(furniture)")
        }

        let info = source.pageInfo
        #expect(info.indexNumber == "01389572-6/2018-00104")
        #expect(info.subject == "质量技术监督")
        #expect(info.issuer == "中共河西市委　河西市人民政府")
        #expect(info.dateWritten == "2018-07-23")
        #expect(info.datePublished == "2018-08-01")
        #expect(info.title == "中共河西市委 河西市人民政府印发《河西市质量提升行动实施方案》的通知")
        #expect(info.docNumber == "河委发〔2018〕17号")
    }

    @Test("A page declaring gb2312 whose bytes are UTF-8 is read as UTF-8")
    func declaredGB2312ButUTF8() throws {
        let source = try reader.read(path: IngestPaths.fixture("declared-gb2312-utf8-bytes.html"))
        #expect(source.encoding == "UTF-8")
        #expect(!source.warnings.contains { $0.code == .encodingFallback })
        #expect(source.paragraphs == [
            "省人民政府办公厅关于推进标准化工作的实施意见",
            "各市、县人民政府，省政府各部门：",
            "为贯彻落实《国家标准化体系建设发展规划》，经省政府同意，现提出如下实施意见。",
            "一、主要目标",
            "到2020年，主导和参与制修订国家标准300项以上，标准化示范试点项目达到150个。",
            "二、保障措施",
            "各地各部门要加强组织领导，将标准化工作纳入年度考核。",
        ])
    }

    @Test("A page declaring utf-8 whose bytes are GB18030 is decoded as GB18030 with a fallback warning")
    func declaredUTF8ButGB() throws {
        let html = """
        <html><head><meta charset="utf-8"></head><body>
        <p>一、总体要求</p><p>到2020年，农产品质量安全抽检合格率稳定在97%以上。</p></body></html>
        """
        let bytes = try #require(IconvEncoding.gb18030(html))
        let source = try reader.read(bytes: bytes, path: "mislabelled.html")
        #expect(source.encoding == "GB18030")
        #expect(source.warnings.contains { $0.code == .encodingFallback })
        #expect(source.paragraphs == ["一、总体要求", "到2020年，农产品质量安全抽检合格率稳定在97%以上。"])
    }

    @Test("A fragment with no charset, as crawlers save gov.cn pages, is not read as Latin-1")
    func fragmentWithoutCharset() throws {
        let source = try reader.read(path: IngestPaths.fixture("fragment-no-charset.html"))
        #expect(source.encoding == "UTF-8")
        #expect(source.paragraphs == [
            "国务院办公厅关于加强",
            "城市绿地建设的指导意见",
            "国办发〔2019〕9号",
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "城市绿地是城市生态系统的重要组成部分。为加强城市绿地建设，经国务院同意，现提出以下意见。",
            "一、总体要求",
            "（一）主要目标。到2022年，城市建成区绿地率达到38%以上，人均公园绿地面积不低于14.6平方米。",
            "（二）基本原则。坚持生态优先、因地制宜。（住房城乡建设部、自然资源部等负责）",
            "国务院办公厅",
            "2019年2月2日",
            "（此件公开发布）",
        ])
        #expect(source.pageInfo == PageInfo(indexNumber: "000014349/2019-00011", issuer: "国务院办公厅",
                                            dateWritten: "2019-02-02", datePublished: "2019-02-15",
                                            title: "国务院办公厅关于加强城市绿地建设的指导意见",
                                            docNumber: "国办发〔2019〕9号", subject: "城乡建设、环境保护\\其他"))
    }

    @Test("A news page: editor and keyword lines, the (完) marker and the headline/name runs after it go")
    func newsPage() throws {
        let source = try reader.read(path: IngestPaths.fixture("news-page.html"))
        #expect(source.paragraphs == [
            "国务院印发《关于加强质量认证体系建设的意见》",
            "新华社北京1月26日电\u{3000}国务院日前印发《关于加强质量认证体系建设促进全面质量管理的意见》。",
            "《意见》提出，用3至5年时间，推动质量认证体系更加完善，认证市场更加规范。",
        ])
        #expect(source.pageInfo.datePublished == "2018-01-26")
    }

    @Test("An editor line inside a share box still ends the text: the headline list below it goes")
    func editorInsideShareBox() throws {
        let html = """
        <div class="article"><h1>我省出台质量提升行动实施方案</h1>
        <p>近日，省委、省政府印发《关于开展质量提升行动实施方案》，明确到2020年的主要目标。</p></div>
        <div class="share-bar"><span>责任编辑：张三</span> <a href="#">微信</a></div>
        <div class="list"><p>全省质量工作会议召开</p><p>质量月活动启动</p><p>李四</p></div>
        """
        let source = try reader.read(bytes: Array(html.utf8), path: "story.html")
        #expect(source.paragraphs == ["我省出台质量提升行动实施方案",
                                      "近日，省委、省政府印发《关于开展质量提升行动实施方案》，明确到2020年的主要目标。"])
    }

    @Test("A page wrapped in an ASP.NET form keeps its body; the search form inside goes")
    func formWrappedPage() throws {
        let source = try reader.read(path: IngestPaths.fixture("aspnet-form-page.html"))
        #expect(source.paragraphs.first == "某县人民政府关于印发农村人居环境整治实施方案的通知")
        #expect(source.paragraphs.contains("二、保障措施"))
        #expect(source.paragraphs.count == 7)
        #expect(!source.paragraphs.joined().contains("站内搜索"))
    }

    @Test("Pages are recognised by content when the name does not say .html")
    func sniffing() throws {
        let page = Array("<div class=\"wrap\"><p>一、总体要求</p><p>坚持质量第一。</p></div>".utf8)
        let source = try reader.read(bytes: page, path: "saved-page.txt")
        #expect(source.format == .html)
        #expect(source.paragraphs == ["一、总体要求", "坚持质量第一。"])
        let text = try reader.read(bytes: Array("一、总体要求\n比较<p>标签".utf8), path: "plain.txt")
        #expect(text.format == .plainText)
        // A text saved under a page's name, with no tag in it, keeps its lines.
        let misnamed = try reader.read(bytes: Array("一、总体要求\n（一）指导思想。\n".utf8), path: "saved.html")
        #expect(misnamed.format == .plainText)
        #expect(misnamed.paragraphs == ["一、总体要求", "（一）指导思想。"])
    }

    @Test("Table rows whose cells hold paragraphs read as one line per row, cells separated by tabs")
    func dataTableRows() throws {
        let html = """
        <p>附件</p><table border="1"><tr><td><p>一级指标</p></td><td><p>二级指标</p></td><td><p>指标性质</p></td></tr>
        <tr><td><p>医疗质量</p></td><td><p>1.门诊人次数与出院人次数比</p></td><td><p>定量</p></td></tr></table>
        """
        let source = try reader.read(bytes: Array(html.utf8), path: "table.html")
        #expect(source.paragraphs == ["附件", "一级指标\t二级指标\t指标性质", "医疗质量\t1.门诊人次数与出院人次数比\t定量"])
    }

    @Test("An old-style page: <br> breaks paragraphs, &nbsp; and full-width indents are trimmed, <font> is transparent")
    func oldStylePage() throws {
        let html = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
        <table><tr><td class="content"><font size="3">&nbsp;&nbsp;一、总体要求<br>
        　　（一）指导思想。以提高发展质量和效益为中心，<b>全面提升</b>质量水平。<br><br>
        　　（二）工作目标。到2020年，&ldquo;中国品牌日&rdquo;影响力明显增强。<br></font></td></tr></table>
        </body></html>
        """
        let source = try reader.read(bytes: Array(html.utf8), path: "old.htm")
        #expect(source.paragraphs == ["一、总体要求", "（一）指导思想。以提高发展质量和效益为中心，全面提升质量水平。",
                                      "（二）工作目标。到2020年，“中国品牌日”影响力明显增强。"])
    }

    @Test("A body box whose class happens to name furniture keeps its sentences")
    func misleadingClassName() throws {
        let html = """
        <div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
        <div class="content-position"><p>一、总体要求</p><p>坚持以质量第一为价值导向，全面提升产品、工程和服务质量。</p></div>
        """
        let source = try reader.read(bytes: Array(html.utf8), path: "box.html")
        #expect(source.paragraphs == ["一、总体要求", "坚持以质量第一为价值导向，全面提升产品、工程和服务质量。"])
    }

    @Test("A page with no body text is refused")
    func noBodyText() throws {
        let html = """
        <html><head><title>河西市人民政府</title><script>var a = "正文";</script></head>
        <body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div></body></html>
        """
        #expect(throws: ReadError(path: "empty-page.html", reason: .noBodyText)) {
            try reader.read(bytes: Array(html.utf8), path: "empty-page.html")
        }
        #expect(throws: ReadError(path: "tags.html", reason: .noBodyText)) {
            try reader.read(bytes: Array("<html><body><div></div></body></html>".utf8), path: "tags.html")
        }
    }

    @Test("10,000 levels of nested elements neither crash nor lose their text")
    func deepNesting() throws {
        let depth = 10_000
        // libxml2 stops the parse past its depth limit (a few hundred levels,
        // HTML_PARSE_HUGE stays off); the levels below 200 are read as one
        // (HTMLSourceRepair), so the deep text is kept and a warning says so.
        let html = "<p>一、总体要求</p>" + String(repeating: "<div>", count: depth)
            + "<p>到2020年，合格率达到90%以上。</p>" + String(repeating: "</div>", count: depth)
        let source = try reader.read(bytes: Array(html.utf8), path: "deep.html")
        #expect(source.paragraphs == ["一、总体要求", "到2020年，合格率达到90%以上。"])
        #expect(source.warnings.contains { $0.code == .deepNesting })
        let unclosed = "<p>一、总体要求</p>" + String(repeating: "<span><b>", count: depth) + "坚持质量第一。"
        let second = try reader.read(bytes: Array(unclosed.utf8), path: "unclosed.html")
        #expect(second.paragraphs.first == "一、总体要求")
        let nothingBefore = String(repeating: "<div>", count: depth) + "坚持质量第一。"
        #expect(try reader.read(bytes: Array(nothingBefore.utf8), path: "nest.html").paragraphs == ["坚持质量第一。"])
        // Nesting of real pages (a few dozen levels) is read whole.
        let realistic = String(repeating: "<div><table><tr><td>", count: 40) + "<p>坚持质量第一。</p>"
            + String(repeating: "</td></tr></table></div>", count: 40)
        #expect(try reader.read(bytes: Array(realistic.utf8), path: "nested.html").paragraphs == ["坚持质量第一。"])
    }

    @Test("A billion-laughs entity bomb is not expanded")
    func entityBomb() throws {
        var doctype = "<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for level in 1...9 {
            let name = "lol\(level)"
            doctype += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
            previous = name
        }
        doctype += "]>\n"
        let html = doctype + "<html><body><p>一、总体要求</p><p>&lol9;</p></body></html>"
        let source = try reader.read(bytes: Array(html.utf8), path: "bomb.html")
        #expect(source.paragraphs.contains("一、总体要求"))
        #expect(source.paragraphs.joined().count < 10_000)
    }

    @Test("Scripts, styles and iframes never reach the text")
    func scriptsAndFrames() throws {
        let html = """
        <body><script>document.write('一、伪造条目');</script><style>p{}</style>
        <noscript>请开启JavaScript</noscript><iframe src="x">框架内容</iframe><p>（一）指导思想。</p></body>
        """
        let source = try reader.read(bytes: Array(html.utf8), path: "scripts.html")
        #expect(source.paragraphs == ["（一）指导思想。"])
    }
}
