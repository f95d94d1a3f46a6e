import Testing
@testable import PolicyDiff

@Suite struct SegmentClauseTreeTests {
    @Test func nestsStylesInTheOrderTheyFirstAppear() throws {
        let result = try ClauseSegmenter().segment(SegmentTestSupport.fixture("city-plan-transmitted.txt"))
        #expect(result.paths == [
            "一", "一/(一)", "一/(二)", "一/(二)/—1", "一/(二)/—2", "一/(三)",
            "二", "二/(一)", "二/(一)/1", "二/(一)/2", "二/(一)/3", "二/(二)", "二/(二)/4",
            "二/(二)/4/(1)", "二/(二)/4/(2)", "二/(二)/5",
            "三", "三/(一)", "三/(二)",
        ])
        let item = try #require(result.clause("二/(二)/4/(1)"))
        #expect(item.label == "(1)")
        #expect(result.clause("二/(二)/4/(1)")?.parent == result.clause("二/(二)/4")?.id)
        #expect(result.clauses.map(\.id) == (0..<result.clauses.count).map { "c\($0)" })
        #expect(result.warnings.isEmpty)
    }

    @Test func aTransmittingNoticeIsThePreambleOfThePlan() throws {
        let result = try ClauseSegmenter().segment(SegmentTestSupport.fixture("city-plan-transmitted.txt"))
        let preamble = try #require(result.clauses.first)
        #expect(preamble.id == "c0" && preamble.kind == .preamble)
        #expect(preamble.text.hasPrefix("首页 > 政务公开 > 文件\n中共临河市委 临河市人民政府"))
        #expect(preamble.text.contains("关于加快推进农产品质量安全提升的实施方案\n为深入贯彻落实"))
        #expect(result.notice?.planTitle == "关于加快推进农产品质量安全提升的实施方案")
    }

    @Test func numbersInsideSentencesNeverStartAClause() throws {
        let result = try ClauseSegmenter().segment(SegmentTestSupport.fixture("city-plan-transmitted.txt"))
        let goal = try #require(result.clause("一/(三)"))
        // A line-initial year stays body of the item it belongs to.
        #expect(goal.text.hasSuffix("\n2019年3月,我市已完成第一轮农产品产地环境普查,为目标实现奠定了基础。"))
        let second = try #require(result.clause("二/(一)/2"))
        // "10、11月份" is a number out of series; "1.5万亩" a decimal: both are body of item 2.
        #expect(second.text == "2.\u{3000}推进按标生产。在全市建设标准化生产基地50个(2019—2021年)。\n10、11月份集中开展农资打假专项行动,严厉打击违法违规行为。\n1.5万亩示范基地全部实行按标生产。")
        #expect(result.clause("二/(二)/5")?.text.contains("①规模主体全部纳入平台;②逐步实现产品可追溯") == true)
    }

    @Test func inlineTitlesAndStandaloneHeadings() throws {
        let result = try ClauseSegmenter().segment(SegmentTestSupport.fixture("city-plan-transmitted.txt"))
        #expect(result.clause("一/(一)")?.title == "指导思想")
        #expect(result.clause("一/(一)")?.text.hasPrefix("(一)指导思想。以习近平") == true)
        #expect(result.clause("一/(二)")?.title == "基本原则")
        #expect(result.clause("一/(二)")?.text == "(二)基本原则")
        #expect(result.clause("一/(二)/—1")?.title == "坚持源头治理")
        #expect(result.clause("二/(一)/1")?.title == "健全农业标准体系")
        #expect(result.clause("二/(一)/1")?.label == "1.")
    }

    @Test func closingParagraphAfterTheLastItemAndWhatFollowsIt() throws {
        let result = try ClauseSegmenter().segment(SegmentTestSupport.fixture("city-plan-transmitted.txt"))
        let closing = try #require(result.clauses.last)
        #expect(closing.kind == .closing)
        #expect(closing.text.hasPrefix("各县区、各有关部门要按照本方案要求"))
        // A related-news list after the closing is not numbered items of the plan.
        #expect(closing.text.hasSuffix("本方案自印发之日起施行。\n相关新闻\n1.临河市召开农业工作会议\n2.全市春耕生产进展顺利"))
        #expect(result.clause("三/(二)")?.text.contains("各县区") == false)
    }

    @Test func aParagraphAddressingUnitsInsideAnItemIsNotTheClosing() {
        let result = SegmentTestSupport.segment("""
        一、主要任务
        (一)加强组织领导
        各地区各部门要按照本意见要求,建立工作机制。
        (二)强化督促检查
        定期通报进展情况。
        """)
        #expect(result.paths == ["一", "一/(一)", "一/(二)"])
        #expect(result.clause("一/(一)")?.text.hasSuffix("建立工作机制。") == true)
        #expect(!result.clauses.contains { $0.kind == .closing })
    }

    @Test func numberingThatContinuesAcrossPartsAndGapsAreReported() throws {
        let result = try ClauseSegmenter().segment(SegmentTestSupport.fixture("provincial-opinions-continuing.txt"))
        #expect(result.paths == ["一", "一/(一)", "一/(二)", "二", "二/(三)", "二/(四)", "二/(六)", "二/(六)",
                                 "三", "三/(七)", "三/(八)"])
        #expect(result.clause("二/(三)")?.text == "(三)完善物流基础设施网络\n加快建设一批区域性物流枢纽。\n3.5万公里农村公路完成提级改造。")
        let gaps = result.warnings(.numberingGap)
        #expect(gaps.count == 2)
        let skipped = try #require(gaps.first)
        #expect(skipped.clause == result.clauses.first { $0.pathString == "二/(六)" }?.id)
        #expect(skipped.message.contains("(五)"))
        #expect(result.clauses.last?.kind == .closing)
        #expect(result.clause("三/(七)")?.text.contains("各市州、各有关部门要明确责任分工") == true)
    }

    @Test func numberingThatRestartsInEachPart() {
        let result = SegmentTestSupport.segment("""
        一、总体要求
        (一)指导思想。坚持质量第一。
        (二)主要目标。到2020年,质量总体水平显著提升。
        二、全面提升质量
        (一)增强装备制造业质量竞争力。加快制造强市建设。
        (二)促进消费品提质升级。以企业标准引领为抓手。
        三、坚持标准引领
        (一)全面推进标准体系建设。实施“标准化+”行动。
        """)
        #expect(result.paths == ["一", "一/(一)", "一/(二)", "二", "二/(一)", "二/(二)", "三", "三/(一)"])
        #expect(result.warnings.isEmpty)
    }

    @Test func aTextStartingMidSeriesIsTruncated() {
        let result = SegmentTestSupport.segment("""
        首页>要闻
        (二十)深化质量基础设施融合发展
        加强统一建设、统一管理。
        (二十一)提升公共技术服务能力
        加快公共技术服务平台建设。
        五、改革完善质量发展政策和制度
        (二十二)加强质量制度建设
        研究修订产品质量法。
        六、切实加强组织领导
        (二十三)狠抓督察考核
        强化政府质量工作考核。
        """)
        #expect(result.paths == ["(二十)", "(二十一)", "五", "五/(二十二)", "六", "六/(二十三)"])
        let truncated = result.warnings(.truncatedStart)
        #expect(truncated.count == 1)
        #expect(truncated.first?.clause == "c1")
        #expect(result.clauses.first?.kind == .preamble)
    }

    @Test func aNewSeriesStartingWithOneNestsBelowTheCurrentItemWhateverItsStyle() {
        // Some offices number items 1. and put (一) below them.
        let result = SegmentTestSupport.segment("""
        1.加强统筹协调
        (一)建立联席会议制度。
        (二)明确部门分工。
        2.强化资金保障
        (一)加大财政投入。
        """)
        #expect(result.paths == ["1", "1/(一)", "1/(二)", "2", "2/(一)"])
    }

    @Test func aSecondDocumentStartsItsOwnTree() {
        // A notice transmitting two plans: the second plan's 一、 starts afresh;
        // a body line that opens with 一、 (一、二级医院) does not.
        let result = SegmentTestSupport.segment("""
        一、总体要求
        (一)指导思想。坚持以人民健康为中心。
        二、主要任务
        (一)提升服务能力。
        一、二级医院要加强对口帮扶,建立长效机制。
        一、总体要求
        (一)基本原则。坚持公益性。
        """)
        #expect(result.paths == ["一", "一/(一)", "二", "二/(一)", "一", "一/(一)"])
        #expect(result.clause("二/(一)")?.text.hasSuffix("\n一、二级医院要加强对口帮扶,建立长效机制。") == true)
        #expect(result.warnings.isEmpty)
    }

    @Test func aTextWithoutNumberedHeadingsIsOneClausePerParagraph() {
        let result = SegmentTestSupport.segment("""
        为进一步做好春耕生产工作,现将有关事项通知如下。
        各县区要抓紧组织农资调运,确保供应充足。
        到2020年,全市主要农作物耕种收综合机械化率达到85%。
        """)
        #expect(result.clauses.count == 3)
        #expect(result.clauses.allSatisfy { $0.kind == .paragraph && $0.path.isEmpty })
        #expect(result.clauses.last?.text == "到2020年,全市主要农作物耕种收综合机械化率达到85%。")
        #expect(result.warnings(.noHeadings).count == 1)
    }

    @Test func chaptersSectionsAndArticles() throws {
        let result = try ClauseSegmenter().segment(SegmentTestSupport.fixture("county-measures-articles.txt"))
        // Articles are named by their own label (numbered through the law); the chapter is their parent.
        #expect(result.paths == ["第一章", "第一条", "第二条", "第二章", "第三条",
                                 "第三条/(一)", "第三条/(二)", "第三条/(三)", "第四条", "第四条/第二款",
                                 "第三章", "第五条"])
        #expect(result.clause("第三条")?.parent == result.clause("第二章")?.id)
        // The sentence after 第四条's full stop is its second paragraph (款), not a heading.
        #expect(result.clause("第四条/第二款")?.text == "第一条件是资金到位,第二条件是群众参与。")
        #expect(result.clause("第一章")?.title == "总则")
        // The article that puts the measures into force closes them.
        #expect(result.clause("第六条")?.kind == .closing)
    }

    @Test func partsOfAPlanHoldTheirOwnItems() {
        let result = SegmentTestSupport.segment("""
        第一部分　总体要求
        一、指导思想
        坚持新发展理念。
        二．基本原则
        第二部分　主要任务
        一、推进产业升级
        1）发展先进制造业。
        2）壮大现代服务业。
        """)
        #expect(result.paths == ["第一部分", "第一部分/一", "第一部分/二", "第二部分", "第二部分/一",
                                 "第二部分/一/(1)", "第二部分/一/(2)"])
        #expect(result.clause("第二部分")?.title == "主要任务")
        #expect(result.warnings.isEmpty)
    }

    @Test func annexesStartTheirOwnNumbering() {
        let result = SegmentTestSupport.segment("""
        一、考核内容
        (一)医疗质量。考核医疗质量和医疗安全。
        二、组织实施
        (一)加强组织领导。各地要高度重视。
        附件：绩效考核指标
        国务院办公厅
        2019年1月16日
        附件
        绩效考核指标
        一、医疗质量
        (一)功能定位
        1.门诊人次数与出院人次数比
        2.下转患者人次数
        (二)
        质量安全
        3.手术患者并发症发生率
        """)
        #expect(result.paths == ["一", "一/(一)", "二", "二/(一)", "附件", "附件/一", "附件/一/(一)",
                                 "附件/一/(一)/1", "附件/一/(一)/2", "附件/一/(二)", "附件/一/(二)/3"])
        #expect(result.warnings.isEmpty)
        // The line after a label standing alone (a table cell) is its title.
        #expect(result.clause("附件")?.title == "绩效考核指标")
        #expect(result.clause("附件/一/(二)")?.title == "质量安全")
        #expect(result.clause("附件/一/(二)")?.text == "(二)\n质量安全")
        // The list of annexes in the body is not an annex; the signature closes the text.
        #expect(result.clause("二/(一)")?.text == "(一)加强组织领导。各地要高度重视。\n附件：绩效考核指标")
        #expect(result.clauses.first { $0.kind == .closing }?.text == "国务院办公厅\n2019年1月16日")
    }

    @Test func dashBulletsAreChildrenOfTheItemTheyStandIn() {
        let result = SegmentTestSupport.segment("""
        一、基本原则
        ——坚持质量第一。牢固树立质量第一的意识。
        ——坚持改革创新。深入实施创新驱动发展战略。
        二、主要目标
        ——产品质量明显提升。
        """)
        #expect(result.paths == ["一", "一/—1", "一/—2", "二", "二/—1"])
    }

    @Test func clauseTextsKeepTheOriginalCharactersAndParagraphs() {
        let result = SegmentTestSupport.segment("""
        一、总体要求
        （一）指导思想。全面贯彻党的十九大精神。
        第二段，坚持新发展理念。
        """)
        #expect(result.clause("一/(一)")?.text == "（一）指导思想。全面贯彻党的十九大精神。\n第二段，坚持新发展理念。")
        #expect(result.clause("一/(一)")?.label == "（一）")
    }

    @Test func aHundredThousandHeadingsAreSegmented() {
        var lines: [String] = []
        lines.reserveCapacity(100_100)
        for part in 1...100 {
            lines.append("\(ChineseNumeral.format(part))、第\(part)部分")
            for item in 1...999 {
                lines.append("\(item).任务\(item)。推进第\(item)项工作。")
            }
        }
        let source = SourceText(path: "big.txt", format: .plainText, encoding: "UTF-8", paragraphs: lines)
        let result = ClauseSegmenter().segment(source)
        #expect(result.clauses.count == 100_000)
        #expect(result.warnings.isEmpty)
        #expect(result.clauses.last?.pathString == "一百/999")
    }
}

@Suite struct SegmentRobustnessTests {
    /// Lines made of label characters, brackets, digits and CJK in every order:
    /// the tree stays well formed whatever the text.
    @Test func anyMixOfLabelCharactersGivesAWellFormedTree() {
        let alphabet = Array("一二三十百(（)）1234567890.．、—①②第章节条附件 \u{00A0}\u{3000}。,，?？质量提升《》〔〕号年月日各地区部门要本意见")
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        var lines: [String] = []
        for _ in 0..<3000 {
            let length = 1 + next(14)
            lines.append(String((0..<length).map { _ in alphabet[next(alphabet.count)] }))
        }
        let source = SourceText(path: "noise.txt", format: .plainText, encoding: "UTF-8", paragraphs: lines)
        let result = ClauseSegmenter().segment(source)
        var seen = Set<String>()
        for (i, clause) in result.clauses.enumerated() {
            #expect(clause.id == "c\(i)")
            if let parent = clause.parent { #expect(seen.contains(parent)) }
            #expect(clause.garbledSpans.allSatisfy { $0.upperBound <= clause.text.count })
            seen.insert(clause.id)
        }
        // Every line is kept, in order, in exactly one clause.
        #expect(result.clauses.map(\.text).joined(separator: "\n") == lines.joined(separator: "\n"))
        _ = MetadataReader().metadata(of: source, clauses: result.clauses)
    }
}
