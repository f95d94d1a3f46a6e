import Foundation
import Testing
@testable import PolicyDiff

@Suite("Ingest: the corpus and the real gov.cn pages")
struct IngestCorpusTests {
    let reader = DocumentReader()

    @Test("The national fragment: breadcrumb, editor line and the headline/name runs go, (二十)…(三十) stay")
    func nationalFragment() throws {
        let source = try reader.read(path: IngestPaths.corpus("national-2017-guideline-fragment.txt"))
        #expect(source.paragraphs.first == "中共中央、国务院关于开展质量提升行动的指导意见")
        #expect(source.paragraphs[1].hasPrefix("(二十)"))
        #expect(source.paragraphs.contains { $0.hasPrefix("(三十)") })
        #expect(source.paragraphs.last?.hasSuffix("切实提升质量总体水平。") == true)
        let all = source.paragraphs.joined(separator: "\n")
        for furniture in ["首页", "编辑:", "关键词", "王召明", "孟加拉国", "覺醒法師", "(完)"] {
            #expect(!all.contains(furniture), "left: \(furniture)")
        }
        // The mis-decoded span is the document's defect, not furniture: it stays for Segment to flag.
        #expect(all.contains("??构抑柿炕"))
        #expect(source.warnings.contains { $0.code == .boilerplateRemoved })
    }

    @Test("Every corpus text keeps its numbered headings and loses its furniture", arguments: [
        ("gansu-2017-plan.txt", "关于开展质量提升行动实施方案", ["首页 >", "稿件来源"]),
        ("zhangye-2018-plan.txt", "中共张掖市委 张掖市人民政府", ["发布时间", "背景色"]),
        ("qingdao-2018-plan.txt", "印发《关于开展质量提升行动的实施方案》的通知", ["字体大小", "成文日期", "扫一扫"]),
        ("anhui-2018-opinions.txt", "提高供给质量是供给侧结构性改革的主攻方向", ["相关新闻", "营商环境条例"]),
    ])
    func corpusText(file: String, firstParagraph: String, furniture: [String]) throws {
        let path = IngestPaths.corpus(file)
        let source = try reader.read(path: path)
        #expect(source.paragraphs.first?.hasPrefix(firstParagraph) == true)
        let all = source.paragraphs.joined(separator: "\n")
        for word in furniture { #expect(!all.contains(word), "left: \(word)") }
        // Nothing of the body is lost: every line with a 。 in the file is a paragraph.
        let raw = try String(contentsOfFile: path, encoding: .utf8)
        let sentences = LayoutSpace.lines(of: raw).filter { $0.contains("。") }
        for sentence in sentences {
            #expect(source.paragraphs.contains(sentence) || source.paragraphs.contains { sentence.hasPrefix($0) },
                    "lost: \(sentence.prefix(30))")
        }
        #expect(all.contains("一、"))
    }

    @Test("The corpus publication lines fill PageInfo")
    func corpusPageInfo() throws {
        #expect(try reader.read(path: IngestPaths.corpus("gansu-2017-plan.txt")).pageInfo.datePublished == "2018-01-08")
        #expect(try reader.read(path: IngestPaths.corpus("zhangye-2018-plan.txt")).pageInfo.datePublished == "2018-07-31")
        let qingdao = try reader.read(path: IngestPaths.corpus("qingdao-2018-plan.txt")).pageInfo
        #expect(qingdao.dateWritten == "2018-12-30")
        #expect(qingdao.issuer == "中共青岛市委 青岛市人民政府")
    }

    @Test("The nine real gov.cn pages: body paragraphs from the salutation to the signature, table read")
    func realPages() throws {
        guard let dir = IngestPaths.sharedPages else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".html") }.sorted()
        #expect(files.count == 9)
        for file in files {
            let source = try reader.read(path: dir + "/" + file)
            let info = source.pageInfo
            #expect(source.encoding == "UTF-8", "\(file)")
            #expect(info.indexNumber?.hasPrefix("000014349/") == true, "\(file)")
            #expect(info.issuer == "国务院" || info.issuer == "国务院办公厅", "\(file)")
            #expect(info.title?.hasPrefix("国务院") == true, "\(file)")
            #expect(info.docNumber?.hasSuffix("号") == true, "\(file)")
            #expect(info.dateWritten?.count == 10 && info.datePublished?.count == 10, "\(file)")
            let p = source.paragraphs
            #expect(p.contains("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："), "\(file)")
            #expect(p.contains { $0.hasPrefix("一、") }, "\(file)")
            #expect(p.contains { $0.hasPrefix("（一）") }, "\(file)")
            let all = p.joined(separator: "\n")
            for furniture in ["索 引 号", "主题分类", "扫一扫", "发布日期："] {
                #expect(!all.contains(furniture), "\(file): \(furniture)")
            }
            #expect(source.warnings.contains { $0.code == .boilerplateRemoved }, "\(file)")
        }
    }

    @Test("The hospital assessment page keeps its indicator table, one row per line")
    func indicatorTable() throws {
        guard let dir = IngestPaths.sharedPages else { return }
        let source = try reader.read(path: dir + "/06_govcn-guobanfa-2019-4-tertiary-hospital-assessment.html")
        #expect(source.paragraphs.contains("一级指标\t二级指标\t三级指标\t指标性质\t指标说明"))
        #expect(source.paragraphs.contains { $0.hasPrefix("3.日间手术占择期手术比例\t定量\t计算方法：") })
        #expect(source.paragraphs.last == "12.科技成果转化总金额是指医院科研成果在技术市场合同成交金额总数。")
    }
}

@Suite("Ingest: parallel reading")
struct IngestParallelTests {
    @Test("Pages and texts read concurrently give the same result as one by one")
    func concurrentReads() async throws {
        var paths = ["city-page-gb2312.html", "fragment-no-charset.html", "news-page.html", "gbk-plan.txt"]
            .map(IngestPaths.fixture)
        paths.append(IngestPaths.corpus("national-2017-guideline-fragment.txt"))
        let reader = DocumentReader()
        let expected = try paths.map { try reader.read(path: $0) }
        let results = try await withThrowingTaskGroup(of: (Int, SourceText).self) { group in
            for _ in 0..<8 {
                for (i, path) in paths.enumerated() {
                    group.addTask { (i, try reader.read(path: path)) }
                }
            }
            var all: [(Int, SourceText)] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == paths.count * 8)
        for (i, source) in results { #expect(source == expected[i]) }
    }
}
