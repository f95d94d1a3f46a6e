import Testing
@testable import PolicyDiff

/// The rules of the third pass on small documents of my own, one of each shape:
/// law articles pair as whole articles (a stock phrase in one paragraph does not pair
/// unrelated articles), and annex rows of a plan take the counterparts of the body task
/// they restate.
@Suite struct AlignArticleAnnexTests {
    static let law = """
    中华人民共和国示范合作社法
    第一条　为了规范合作社的组织和行为，保护合作社及其成员的合法权益，制定本法。
    第二条　合作社成员可以用货币出资，也可以用实物、知识产权、土地经营权、林权等可以用货币估价并可以依法转让的非货币财产作价出资。
    第三条　合作社成员不遵守合作社章程、成员大会或者成员代表大会的决议，或者严重危害其他成员利益的，可以予以除名。
    成员的除名，应当经成员大会或者成员代表大会表决通过。
    第四条　合作社召开成员大会，出席人数应当达到成员总数三分之二以上。
    第五条　合作社的理事长、理事和管理人员不得侵占、挪用或者私分本社资产，不得违反章程规定将本社资金借贷给他人。
    第六条　合作社应当按照国务院财政部门制定的财务会计制度进行财务管理和会计核算。
    """

    static func clauses(_ d: Document, inArticle label: String) -> Set<String> {
        Set(d.clauses.filter { RegulationShape.article(of: $0) == label }.map(\.id))
    }

    /// Reference articles paired with any clause (article or paragraph) of a local article.
    static func partners(of label: String, in c: Comparison, reference r: Document, local l: Document) -> Set<String> {
        let local = clauses(l, inArticle: label)
        var out = Set<String>()
        for a in c.alignments where !Set(a.local).isDisjoint(with: local) {
            for id in a.reference { if let article = r.clause(id: id).flatMap(RegulationShape.article) { out.insert(article) } }
        }
        return out
    }

    @Test func aStockPhraseInOneParagraphDoesNotPairAnUnrelatedArticle() {
        // The local article restates national 第二条 (出资); its second paragraph also says
        // 成员大会或者成员代表大会, the phrase national 第三条's second paragraph is made of.
        let local = """
        某市实施《中华人民共和国示范合作社法》办法
        第一条　为了实施《中华人民共和国示范合作社法》，结合本市实际，制定本办法。
        第二条　合作社成员依法以土地经营权、林权等非货币财产作价出资的，出资年限不得超过土地经营权、林权等的剩余期限。
        合作社成员以非货币财产作价出资的，由成员大会或者成员代表大会评估作价，也可以委托中介机构评估作价。
        第三条　乡镇人民政府应当为合作社配备辅导员，指导合作社建立健全财务管理制度。
        """
        let r = AlignFamilyText.document(Self.law, id: "reference"), l = AlignFamilyText.document(local, id: "local")
        let c = Comparer().compare(reference: r, local: l)
        #expect(Self.partners(of: "第二条", in: c, reference: r, local: l) == ["第二条"])
        // National 第三条 (除名) is restated nowhere: it is not paired with anything.
        let expulsion = Self.clauses(r, inArticle: "第三条")
        #expect(!c.alignments.contains { !Set($0.reference).isDisjoint(with: expulsion) })
    }

    @Test func aLocalArticleTakesOneWeakCounterpartNotOnePerParagraph() {
        // Each paragraph of the local article shares a little with a different national
        // article; the article as a whole is closest to the one on finance (第六条).
        let local = """
        某省实施《中华人民共和国示范合作社法》办法
        第一条　为了实施《中华人民共和国示范合作社法》，结合本省实际，制定本办法。
        第二条　合作社应当依照国家有关规定建立财务会计制度，进行财务管理和会计核算，按月编制财务报表。
        合作社召开成员大会审议财务报告的，理事长应当作出说明。
        理事长、理事和管理人员不得隐匿财务会计资料。
        """
        let r = AlignFamilyText.document(Self.law, id: "reference"), l = AlignFamilyText.document(local, id: "local")
        let c = Comparer().compare(reference: r, local: l)
        #expect(Self.partners(of: "第二条", in: c, reference: r, local: l) == ["第六条"])
    }

    @Test func aParagraphAddedToARestatedArticleGoesWithItsArticle() {
        // 第二条 restates national 第六条; its second paragraph adds a duty of its own.
        let local = """
        某省实施《中华人民共和国示范合作社法》办法
        第一条　为了实施《中华人民共和国示范合作社法》，结合本省实际，制定本办法。
        第二条　合作社应当按照国务院财政部门制定的财务会计制度进行财务管理和会计核算。
        乡镇人民政府应当为合作社配备辅导员，每年组织一次业务培训。
        第三条　县级以上人民政府应当建立合作社示范社评定制度。
        """
        let r = AlignFamilyText.document(Self.law, id: "reference"), l = AlignFamilyText.document(local, id: "local")
        let c = Comparer().compare(reference: r, local: l)
        let paragraph = l.clauses.first { $0.path.last == "第二款" && RegulationShape.article(of: $0) == "第二条" }?.id
        #expect(paragraph != nil)
        #expect(!c.additions.contains(paragraph ?? "?"))
        let alignment = c.alignments.first { $0.local.contains(paragraph ?? "?") }
        #expect(alignment.map { Set($0.reference.compactMap { r.clause(id: $0).flatMap(RegulationShape.article) }) } == ["第六条"])
        // The article with no counterpart at all is still an addition.
        #expect(c.additions.contains(Self.clauses(l, inArticle: "第三条").first ?? "?"))
    }

    // MARK: plans with annexes

    /// A plan built clause by clause, its labels written as the text writes them (（一）).
    static func plan(_ id: String, _ items: [(String, String)]) -> Document {
        var d = AlignTestDocuments.document(id, items)
        for i in d.clauses.indices {
            if let label = d.clauses[i].label, label.hasPrefix("(") {
                d.clauses[i].label = label.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
            }
        }
        return d
    }

    static let cityPlan = Self.plan("reference", [
        ("0", "关于全面加强建筑垃圾管理的实施意见"),
        ("一", "一、构建数字赋能监管体系"),
        ("一/(一)", "（一）推进数据平台建设。市数据局要会同市绿化市容局建设全市统一的数字化监管平台，各部门将平台发现的问题及时处置并反馈，实现闭环管理。"),
        ("一/(二)", "（二）推动数据共享研判。绿化市容部门要及时将消纳场所备案、工地处置申报、运输车船信息等数据接入监管平台，通过比对数据形成问题线索，推送城管执法部门查处。"),
        ("二", "二、保障措施"),
        ("二/(一)", "（一）加强宣传引导。各有关部门和单位要通过主流媒体、微信公众号、行业网站等，不定期通报工地违法违规处置建筑垃圾典型案例。"),
    ])

    static let districtPlan = Self.plan("local", [
        ("0", "青山区关于全面加强建筑垃圾管理的实施意见"),
        ("一", "一、主要任务"),
        ("一/(一)", "（一）推进数据平台建设。明确数据需求及共享交换规则，推进区土方管理平台建设和运维，实现线索推送和闭环处置。"),
        ("一/(二)", "（二）运用数据平台共享研判。将消纳场所备案、工地处置申报、运输车辆信息等数据接入平台，比对数据形成问题线索，推送城管执法部门查处。"),
        ("二", "二、保障措施"),
        ("二/(一)", "（一）加强宣传引导。各有关部门和单位要通过主流媒体、微信公众号、行业网站等，不定期通报工地违法违规处置建筑垃圾典型案例。"),
        ("附件1", "附件1\n任务职责分工表\n序号 | 工作任务 | 主要工作内容 | 牵头单位 | 配合单位"),
        ("附件1/一", "一 | 构建数字赋能监管体系"),
        ("附件1/一/(一)", "（一） | 推进数据平台建设 | 完成区土方管理平台建设 | 区数据局 | ——"),
        ("附件1/一/(二)", "（二） | 运用数据平台共享研判 | 各部门将平台发现的问题及时处置并反馈区城运中心，实现闭环管理 | 区城运中心 | 各街镇"),
    ])

    @Test func anAnnexRowTakesTheCounterpartOfTheBodyTaskItRestates() {
        let r = Self.cityPlan, l = Self.districtPlan
        let c = Comparer().compare(reference: r, local: l)
        let row = AlignTestDocuments.id(l, "附件1/一/(二)")
        let sharing = AlignTestDocuments.id(r, "一/(二)"), building = AlignTestDocuments.id(r, "一/(一)")
        let paired = Set(c.alignments.filter { $0.local.contains(row) }.flatMap(\.reference))
        #expect(paired == [sharing])
        #expect(!paired.contains(building))
        let reason = c.alignments.first { $0.local.contains(row) }?.reason ?? ""
        #expect(reason.contains("与本地 一/(二) 为同一任务"))
        #expect(reason.contains("the same task as local 一/(二)"))
        #expect(!c.additions.contains(row))
    }

    @Test func aBodyTaskLeftUnpairedTakesTheCopyInItsAnnexRule() {
        // The body task names the reference item's subject in words of its own; the annex
        // rule (细则) under the same heading restates it in the reference's words.
        let reference = Self.plan("reference", [
            ("一", "一、加强运输监管"),
            ("一/(一)", "（一）加强运输处置市场监管。绿化市容部门要完善建筑垃圾运输单位招投标管理制度，对建筑垃圾运输企业严格把关；建立运输单位信用管理制度，规范运输单位经营行为。"),
            ("一/(二)", "（二）加强宣传引导。各有关部门要通过主流媒体不定期通报违法违规处置建筑垃圾典型案例。"),
        ])
        let local = Self.plan("local", [
            ("一", "一、主要任务"),
            ("一/(一)", "（一）加强运输过程监管。推进车载定位和计量称重装置升级。"),
            ("一/(二)", "（二）加强宣传引导。各有关部门要通过主流媒体不定期通报违法违规处置建筑垃圾典型案例。"),
            ("附件1", "附件1\n管理细则"),
            ("附件1/一", "一、加强运输过程监管 | 区绿化市容局负责完善建筑垃圾运输单位招投标管理制度，对建筑垃圾运输企业严格把关；建立运输单位信用管理制度，规范运输单位经营行为。"),
        ])
        let c = Comparer().compare(reference: reference, local: local)
        let task = AlignTestDocuments.id(local, "一/(一)")
        let market = AlignTestDocuments.id(reference, "一/(一)")
        #expect(c.alignments.contains { $0.local.contains(task) && $0.reference.contains(market) })
        #expect(!c.additions.contains(task))
    }
}
