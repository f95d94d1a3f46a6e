import Testing
@testable import PolicyDiff

/// Annexes and their tables: task tables (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限) as a
/// page's `<table>` or flattened one cell a line, indicator tables, the list of annexes.
@Suite struct SegmentTableTests {
    /// A district plan of my own, its annex a task table; the second task is split over
    /// two rows under a merged 序号/重点任务 cell, the first lead unit broken over two lines.
    static let planBody = """
    东城区关于推进生活垃圾分类的实施方案
    一、工作目标
    到2025年底，全区居民区垃圾分类达标率达到95%以上。
    二、主要任务
    （一）完善分类投放体系。区绿化市容局牵头，各街道配合。
    （二）提升末端处理能力。区发展改革委牵头。
    三、保障措施
    各街道、各有关部门要按照本方案要求，抓好落实。
    附件：1.东城区生活垃圾分类重点任务分工表
    2.东城区生活垃圾分类指标表
    """

    static let flattenedAnnex = """
    附件1
    东城区生活垃圾分类重点任务分工表
    序号
    重点任务
    牵头单位
    配合单位
    完成时限
    一
    完善分类投放体系
    1
    规范设置居民区分类投放点
    区绿化市容局
    各街道
    2025年6月底前
    2
    推行定时定点投放
    区绿化市容
    局
    各街道、区房管局
    2025年底前
    二
    提升末端处理能力
    3
    建设湿垃圾资源化处理设施
    区发展改革委
    区绿化市容局
    2026年底前
    改造干垃圾转运站
    区绿化市容局
    ——
    2025年底前
    """

    static let tableAnnex = """
    <p>附件1</p><p>东城区生活垃圾分类重点任务分工表</p>
    <table>
    <tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
    <tr><td>一</td><td colspan="4">完善分类投放体系</td></tr>
    <tr><td>1</td><td>规范设置居民区分类投放点</td><td>区绿化市容局</td><td>各街道</td><td>2025年6月底前</td></tr>
    <tr><td>2</td><td>推行定时定点投放</td><td>区绿化市容局</td><td>各街道、区房管局</td><td>2025年底前</td></tr>
    <tr><td>二</td><td colspan="4">提升末端处理能力</td></tr>
    <tr><td rowspan="2">3</td><td>建设湿垃圾资源化处理设施</td><td>区发展改革委</td><td>区绿化市容局</td><td>2026年底前</td></tr>
    <tr><td>改造干垃圾转运站</td><td>区绿化市容局</td><td>——</td><td>2025年底前</td></tr>
    </table>
    """

    static func flattened() -> Document {
        Pipeline().document(from: SegmentTestSupport.source(planBody + "\n" + flattenedAnnex), id: "flat")
    }

    static func page() throws -> Document {
        let html = "<html><body>" + planBody.split(separator: "\n").map { "<p>\($0)</p>" }.joined() + tableAnnex + "</body></html>"
        let source = try DocumentReader().read(bytes: Array(html.utf8), path: "plan.html")
        return Pipeline().document(from: source, id: "page")
    }

    @Test func aFlattenedTaskTableIsOneClausePerRow() throws {
        let doc = Self.flattened()
        let rows = doc.clauses.filter { $0.tableRow != nil }
        #expect(rows.map(\.pathString) == ["附件1/一", "附件1/一/1", "附件1/一/2", "附件1/二", "附件1/二/3", "附件1/二/3/行2"])
        let second = try #require(doc.clause(path: "附件1/一/2"))
        #expect(second.tableRow?.cell(headed: ["牵头单位"]) == "区绿化市容局")      // a cell broken over two lines, read whole
        #expect(second.tableRow?.cell(headed: ["配合单位", "责任单位"]) == "各街道、区房管局")
        #expect(second.tableRow?.cell(headed: ["完成时限"]) == "2025年底前")
        #expect(second.title == "推行定时定点投放")
        #expect(second.parent == doc.clause(path: "附件1/一")?.id)
        // The row under the merged 序号 cell keeps the task's number and reads its own units.
        let under = try #require(doc.clause(path: "附件1/二/3/行2"))
        #expect(under.tableRow?.cells == ["3", "建设湿垃圾资源化处理设施", "区绿化市容局", "——", "2025年底前"]
                || under.tableRow?.cells == ["3", "改造干垃圾转运站", "区绿化市容局", "——", "2025年底前"])
        #expect(under.tableRow?.cell(headed: ["重点任务"]) == "改造干垃圾转运站")
        #expect(under.text == "改造干垃圾转运站\n区绿化市容局\n——\n2025年底前")
    }

    @Test func aPageTableGivesTheSameRowsAsItsFlattenedCopy() throws {
        let flat = Self.flattened().clauses.filter { $0.tableRow != nil }
        let page = try Self.page().clauses.filter { $0.tableRow != nil }
        #expect(page.map(\.pathString) == flat.map(\.pathString))
        #expect(page.map(\.tableRow?.headers) == flat.map(\.tableRow?.headers))
        #expect(page.map { $0.tableRow?.cells.filter { !$0.isEmpty } } == flat.map(\.tableRow?.cells))
    }

    @Test func theAnnexIsNotTextOfTheLastItem() throws {
        for doc in [Self.flattened(), try Self.page()] {
            let annex = try #require(doc.clause(path: "附件1"))
            #expect(annex.parent == nil)
            #expect(annex.title == "东城区生活垃圾分类重点任务分工表")
            // The list of annexes after the body is not a series of items.
            #expect(!doc.clauses.contains { $0.pathString.hasSuffix("/2") && $0.text.hasPrefix("2.东城区") })
            let last = try #require(doc.clause(path: "三"))
            #expect(!last.text.contains("完善分类投放体系"))
        }
    }

    @Test func everyLineOfTheTableIsKeptOnceInOrder() {
        let doc = Self.flattened()
        let text = doc.clauses.map(\.text).joined(separator: "\n")
        let lines = SegmentTestSupport.source(Self.planBody + "\n" + Self.flattenedAnnex).paragraphs
        #expect(text.split(separator: "\n").map(String.init) == lines)
    }

    @Test func anIndicatorTableKeepsItsNumbersOnTheirRow() throws {
        let doc = Pipeline().document(from: SegmentTestSupport.source("""
        一、发展目标
        到2030年，主要指标达到下表要求。
        附件
        主要指标表
        指标
        单位
        2025年
        2030年
        人均公园绿地面积
        平方米
        1.38
        25.20
        城市污水处理率
        %
        95
        98
        """), id: "i")
        let rows = doc.clauses.filter { $0.tableRow != nil }
        #expect(rows.count == 2)
        let first = try #require(rows.first)
        #expect(first.tableRow?.cell(headed: ["2025年"]) == "1.38")
        #expect(first.tableRow?.cell(headed: ["2030年"]) == "25.20")
        #expect(first.title == "人均公园绿地面积")
        // Numbers at the start of a cell are not headings.
        #expect(!doc.clauses.contains { $0.label == "1." || $0.label == "25." })
        #expect(rows.last?.tableRow?.cells == ["城市污水处理率", "%", "95", "98"])
    }

    @Test func tableJSONIsAdditive() throws {
        let doc = Self.flattened()
        let json = DocumentJSON.render(doc)
        #expect(json.contains("\"table\""))
        #expect(json.contains("\"headers\""))
    }

    @Test func theHospitalPagesIndicatorTableIsOneClausePerIndicator() throws {
        guard let dir = IngestPaths.sharedPages else { return }
        let doc = try Pipeline().document(at: dir + "/06_govcn-guobanfa-2019-4-tertiary-hospital-assessment.html")
        let rows = doc.clauses.filter { $0.tableRow != nil }
        #expect(rows.count == 55)
        #expect(rows.first?.pathString == "附件/一/(一)/1")
        #expect(rows.last?.pathString == "附件/四/(十四)/55")
        // A row under merged cells takes their labels and cells.
        let second = try #require(doc.clause(path: "附件/一/(一)/2"))
        #expect(second.tableRow?.cell(headed: ["一级指标"]) == "一、医疗质量")
        #expect(second.tableRow?.cell(headed: ["指标性质"]) == "定量")
        #expect(second.title == "下转患者人次数（门急诊、住院）")
    }

    @Test func theDistrictPlansFlattenedTaskTable() throws {
        let doc = try SegmentTestSupport.corpus("construction-waste/cwaste-qingpu-2025.txt")
        let rows = doc.clauses.filter { $0.tableRow != nil }
        #expect(rows.filter { $0.tableRow?.cells.count == 2 }.map(\.pathString) == ["附件3/一", "附件3/二", "附件3/三", "附件3/四"])
        let task = try #require(doc.clause(path: "附件3/一/(二)"))
        #expect(task.tableRow?.cell(headed: ["牵头单位"]) == "区土方工作专班")
        #expect(task.tableRow?.cell(headed: ["配合单位"]) == "区绿化市容局、区规划资源局、区建设管理委、属地街镇")
        let under = try #require(doc.clause(path: "附件3/二/(四)/行3"))
        #expect(under.tableRow?.cell(headed: ["主要工作内容"]) == "落实消纳场所属地管理")
        #expect(under.tableRow?.cell(headed: ["牵头单位"]) == "属地街镇")
        // The body's last section keeps only its own text; the list of annexes is not three items.
        #expect(doc.clause(path: "五/3") == nil)
    }

    @Test func anAnnexWithItsTitleOnTheSameLine() {
        let result = SegmentTestSupport.segment("""
        一、总体要求
        坚持问题导向。
        附件1：重点任务清单
        附件2：指标说明
        南城区人民政府
        2025年3月1日
        附件1：重点任务清单
        一、完善分类投放体系
        二、提升末端处理能力
        附件2：指标说明
        指标按年度统计。
        """)
        // The list of annexes above the signature stays in the text; the annexes after it are parts.
        #expect(result.paths == ["一", "附件1", "附件1/一", "附件1/二", "附件2"])
        #expect(result.clause("附件1")?.title == "重点任务清单")
        #expect(result.clause("附件2")?.text == "附件2：指标说明\n指标按年度统计。")
        #expect(result.clause("一")?.text.contains("附件2：指标说明") == true || result.clauses.contains { $0.kind == .closing && $0.text.contains("附件2：指标说明") })
    }
}
