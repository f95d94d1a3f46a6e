import Testing
@testable import PolicyDiff

/// The clause trees of the bundled corpus, checked against the way the evaluator
/// cuts its gold clauses (every line opening with 一、 / (一) / 1. / —— starts one).
@Suite struct SegmentCorpusTests {
    static let documents = ["national-2017-guideline-fragment.txt", "gansu-2017-plan.txt", "zhangye-2018-plan.txt",
                            "qingdao-2018-plan.txt", "anhui-2018-opinions.txt"]

    /// The evaluator's heading patterns (evaluate.py, gold_clauses).
    static func isGoldHeading(_ line: String) -> Bool {
        let patterns = [#/^\s*[一二三四五六七八九十]+、/#, #/^\s*[\(（][一二三四五六七八九十]+[\)）]/#, #/^\s*\d+[\.．、]/#, #/^\s*——/#]
        return patterns.contains { line.firstMatch(of: $0) != nil }
    }

    @Test(arguments: documents)
    func everyGoldItemStartsAClauseAndNoClauseSpansTwo(_ name: String) throws {
        let document = try SegmentTestSupport.corpus(name)
        let firstLines = Set(document.clauses.filter { $0.kind == .numbered }.compactMap { $0.text.split(separator: "\n").first.map(String.init) })
        for clause in document.clauses where clause.kind != .closing {
            let lines = clause.text.split(separator: "\n").map(String.init)
            let inner = lines.dropFirst(clause.kind == .numbered ? 1 : 0).filter(Self.isGoldHeading)
            #expect(inner.isEmpty, "\(name) \(clause.id) \(clause.pathString) holds another item: \(inner)")
        }
        let body = document.clauses.filter { $0.kind != .closing }.flatMap { $0.text.split(separator: "\n").map(String.init) }
        for line in body where Self.isGoldHeading(line) {
            #expect(firstLines.contains(line), "\(name): \(line.prefix(20)) starts no clause")
        }
    }

    @Test func gansuItemsUnderTheirParts() throws {
        let gansu = try SegmentTestSupport.corpus("gansu-2017-plan.txt")
        let item = try #require(gansu.clause(path: "二/(一)/2"))
        #expect(item.text.hasPrefix("2.着力提升中小微企业质量基础能力。在全省中小微企业"))
        #expect(item.title == "着力提升中小微企业质量基础能力")
        #expect(gansu.clause(path: "二/(二)/4")?.title == "大力推动传统优势产业优化升级")
        #expect(gansu.clause(path: "二/(六)/15") != nil)
        #expect(gansu.clause(path: "三/(六)") != nil)
        #expect(gansu.clauses.first?.kind == .preamble)
        // The reader's furniture removal is reported too; no structural warning may appear.
        #expect(gansu.warnings.filter { $0.code != .boilerplateRemoved }.isEmpty)
    }

    @Test func anhuiNumberingContinuesAcrossParts() throws {
        let anhui = try SegmentTestSupport.corpus("anhui-2018-opinions.txt")
        let second = anhui.clauses.filter { $0.path.first == "二" && $0.depth == 2 }.map { $0.path[1] }
        #expect(second == ["(三)", "(四)", "(五)", "(六)", "(七)", "(八)", "(九)", "(十)"])
        #expect(anhui.clause(path: "五/(二十五)") != nil)
        #expect(!anhui.hasWarning(.numberingGap))
        #expect(anhui.clauses.last?.kind == .closing)
        #expect(anhui.clauses.last?.text.hasPrefix("各地各部门要认真贯彻落实本实施意见精神") == true)
    }

    @Test func qingdaoNumberingRestartsInEachPart() throws {
        let qingdao = try SegmentTestSupport.corpus("qingdao-2018-plan.txt")
        #expect(qingdao.clause(path: "二/(十二)") != nil)
        #expect(qingdao.clause(path: "三/(一)")?.title == "全面推进标准体系建设")
        #expect(qingdao.clause(path: "六/(七)") != nil)
        #expect(qingdao.clause(path: "一/(二)/—4")?.title == "坚持信用保障")
        #expect(qingdao.clauses.first?.text.contains("现将《关于开展质量提升行动的实施方案》印发给你们") == true)
        // The reader's furniture removal is reported too; no structural warning may appear.
        #expect(qingdao.warnings.filter { $0.code != .boilerplateRemoved }.isEmpty)
    }

    @Test func zhangyeNoticeIsThePreambleAndItemsKeepTheirNumbers() throws {
        let zhangye = try SegmentTestSupport.corpus("zhangye-2018-plan.txt")
        let preamble = try #require(zhangye.clauses.first)
        #expect(preamble.kind == .preamble)
        #expect(preamble.text.contains("市委发〔2018〕29号"))
        #expect(zhangye.clause(path: "一/(二)/—1")?.title == "坚持以质量第一为价值导向")
        #expect(zhangye.clause(path: "二/(一)/1")?.title == "提升企业质量管理能力")
        #expect(zhangye.clause(path: "二/(六)/14")?.text.hasPrefix("14.") == true)
        #expect(zhangye.clause(path: "三/(二)")?.text.contains("\n从2021年起") == true)
        // The reader's furniture removal is reported too; no structural warning may appear.
        #expect(zhangye.warnings.filter { $0.code != .boilerplateRemoved }.isEmpty)
    }

    @Test func nationalFragmentIsTruncatedAndGarbled() throws {
        let national = try SegmentTestSupport.corpus("national-2017-guideline-fragment.txt")
        let numbered = national.clauses.filter { $0.kind == .numbered }.map(\.pathString)
        #expect(numbered.first == "(二十)")
        #expect(numbered.contains("五/(二十三)") && numbered.contains("六/(三十)"))
        let truncated = national.warnings.filter { $0.code == .truncatedStart }
        #expect(truncated.count == 1)
        #expect(truncated.first?.clause == national.clause(path: "(二十)")?.id)
        #expect(national.hasWarning(.garbledText))
        let closing = try #require(national.clauses.last)
        #expect(closing.kind == .closing)
        #expect(closing.text.hasPrefix("各地区各部门要认真落实本意见精神"))
    }
}
