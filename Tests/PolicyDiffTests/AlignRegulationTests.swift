import Testing
@testable import PolicyDiff

/// Small documents of both shapes, in the words of the genre, for each rule of the
/// Align stage that the families showed: citations, defined terms, items with their
/// article, "not restated", a dropped twin, repeated items, reasons in Chinese first.
@Suite struct AlignRegulationTests {
    static let law = """
    中华人民共和国示范合作社法
    第一条　为了规范合作社的组织和行为，保护合作社及其成员的合法权益，制定本法。
    第二条　本法所称合作社，是指在农村家庭承包经营基础上，农产品的生产经营者自愿联合、民主管理的互助性经济组织。
    第三条　合作社应当遵循下列原则：
    （一）成员以农民为主体；
    （二）入社自愿、退社自由；
    （三）盈余主要按照成员与合作社的交易量比例返还。
    第四条　合作社成员可以用货币出资，也可以用实物、知识产权、土地经营权等可以用货币估价并可以依法转让的非货币财产作价出资。
    第五条　合作社应当按照国务院财政部门制定的财务会计制度进行财务管理和会计核算。
    第六条　合作社合并，应当自合并决议作出之日起十日内通知债权人。
    第七条　合作社分立，其财产作相应的分割，并应当自分立决议作出之日起十日内通知债权人。
    第八条　合作社向登记机关提供虚假登记材料或者采取其他欺诈手段取得登记的，由登记机关责令改正，可以处五千元以下罚款。
    """

    static func compare(_ reference: String, _ local: String) -> (Comparison, Document, Document) {
        let r = AlignFamilyText.document(reference, id: "reference"), l = AlignFamilyText.document(local, id: "local")
        return (Comparer().compare(reference: r, local: l), r, l)
    }

    static func id(_ d: Document, _ label: String) -> String {
        d.clauses.first { $0.path.last == label }?.id ?? "?"
    }

    @Test func anArticleThatCitesTheLawIsPairedWithTheCitedArticle() {
        let local = """
        某省实施《中华人民共和国示范合作社法》办法
        第一条　为了实施《中华人民共和国示范合作社法》，结合本省实际，制定本办法。
        第二条　从事乡村民宿经营的合作社，应当向游客公示服务项目和收费标准；弄虚作假取得登记的，依照《中华人民共和国示范合作社法》第八条的规定处理。
        """
        let (c, r, l) = Self.compare(Self.law, local)
        let pair = c.alignments.first { $0.local == [Self.id(l, "第二条")] }
        #expect(pair?.reference.contains(Self.id(r, "第八条")) == true)
        #expect(pair?.reason.hasPrefix("参照") == true)
        #expect(pair?.reason.contains("援引参照第八条") == true)
        #expect(pair?.reason.contains("cites reference 第八条") == true)
    }

    @Test func theSameDefinedTermPairsDefinitionsWrittenApart() {
        let local = """
        某市实施《中华人民共和国示范合作社法》办法
        第一条　本办法所称合作社，是指依法登记、住所在本市行政区域内的专业合作经济组织。
        """
        let (c, r, l) = Self.compare(Self.law, local)
        let pair = c.alignments.first { $0.local == [Self.id(l, "第一条")] }
        #expect(pair?.reference == [Self.id(r, "第二条")])
        #expect(pair?.reason.contains("两文定义同一用语“合作社”") == true)
    }

    @Test func itemsAlignWithTheirArticleAndAnArticleWithItemsIsNotAHeading() {
        let local = """
        某省实施《中华人民共和国示范合作社法》办法
        第一条　本省合作社应当遵循下列原则：
        （一）成员以农民为主体；
        （二）入社自愿、退社自由；
        （三）盈余主要按照成员与合作社的交易量比例返还。
        """
        let (c, r, l) = Self.compare(Self.law, local)
        #expect(c.alignments.contains { $0.reference == [Self.id(r, "第三条")] && $0.local == [Self.id(l, "第一条")] })
        #expect(!c.omissions.contains(Self.id(r, "第三条")) && !c.notRestated.contains(Self.id(r, "第三条")))
        for item in ["(一)", "(二)", "(三)"] {
            let ri = r.clauses.first { $0.path.last == item }?.id, li = l.clauses.first { $0.path.last == item }?.id
            #expect(c.alignments.contains { $0.reference == [ri] && $0.local == [li] }, "\(item)")
        }
    }

    @Test func articlesARegulationDoesNotRestateAreNotRestatedNotOmitted() {
        // Restates the purpose and the penalty only: articles 2–7 are not restated.
        let local = """
        某省实施《中华人民共和国示范合作社法》办法
        第一条　为了规范合作社的组织和行为，保护合作社及其成员的合法权益，结合本省实际，制定本办法。
        第二条　合作社向登记机关提供虚假登记材料或者采取其他欺诈手段取得登记的，由登记机关责令改正，可以处五千元以下罚款。
        """
        let (c, r, _) = Self.compare(Self.law, local)
        #expect(c.omissions.isEmpty)
        #expect(Set(c.notRestated).isSuperset(of: ["第四条", "第五条", "第六条", "第七条"].map { Self.id(r, $0) }))
    }

    @Test func aLawArticleSkippedInARestatedStretchIsAnOmission() {
        // Restates 4, 5, 6 and 8 in order but not 7 (分立, the twin of 6): an omission.
        let local = """
        某省实施《中华人民共和国示范合作社法》办法
        第一条　合作社成员可以用货币出资，也可以用实物、知识产权、土地经营权等可以用货币估价并可以依法转让的非货币财产作价出资。
        第二条　合作社应当按照国务院财政部门制定的财务会计制度进行财务管理和会计核算。
        第三条　合作社合并，应当自合并决议作出之日起十日内通知债权人。
        第四条　合作社向登记机关提供虚假登记材料或者采取其他欺诈手段取得登记的，由登记机关责令改正，可以处五千元以下罚款。
        """
        let (c, r, l) = Self.compare(Self.law, local)
        #expect(c.omissions == [Self.id(r, "第七条")])
        let twin = c.alignments.first { $0.local == [Self.id(l, "第三条")] }
        #expect(twin?.reference == [Self.id(r, "第六条")])
    }

    @Test func aPlanThatDropsOneOfTwoSimilarStepsOmitsIt() {
        let reference = """
        一、实施步骤
        （一）动员部署阶段（2018年6月底前）。各地各部门结合实际制定具体实施方案，明确工作目标、主要任务和责任分工，做好动员部署。
        （二）组织实施阶段（2018年7月至2020年6月）。各地各部门按照实施方案，明确工作目标、主要任务和责任分工，全面推进各项任务落实。
        （三）总结评估阶段（2020年下半年）。对实施情况进行总结评估，形成评估报告报省政府。
        """
        let local = """
        一、实施步骤
        （一）组织实施阶段（2018年7月至2020年6月）。各县区各部门按照实施方案，明确工作目标、主要任务和责任分工，全面推进各项任务落实。
        （二）总结评估阶段（2020年下半年）。对实施情况进行总结评估，形成评估报告报市政府。
        """
        let (c, r, l) = Self.compare(reference, local)
        let first = r.clauses.first { $0.pathString == "一/(一)" }!.id
        let second = r.clauses.first { $0.pathString == "一/(二)" }!.id
        #expect(c.omissions == [first])
        #expect(c.alignments.contains { $0.reference == [second] && $0.local == [l.clauses.first { $0.pathString == "一/(一)" }!.id] })
    }

    @Test func repeatedShortItemsArePairedByPosition() {
        let reference = """
        中华人民共和国示范土地法
        第一条　下列耕地应当划为永久基本农田，实行严格保护：
        （一）蔬菜生产基地；
        （二）永久基本农田；
        第二条　禁止占用下列土地建窑、建坟：
        （一）林地；
        （二）永久基本农田；
        """
        let (c, r, l) = Self.compare(reference, reference.replacingOccurrences(of: "示范土地法", with: "示范土地法实施办法"))
        #expect(c.omissions.isEmpty && c.additions.isEmpty && c.notRestated.isEmpty)
        let ref = r.clauses.filter { $0.text.contains("永久基本农田；") }.map(\.id)
        let loc = l.clauses.filter { $0.text.contains("永久基本农田；") }.map(\.id)
        #expect(ref.count == 2 && loc.count == 2)
        for (a, b) in zip(ref, loc) { #expect(c.alignments.contains { $0.reference == [a] && $0.local == [b] }) }
    }
}
