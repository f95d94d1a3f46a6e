import Testing
@testable import PolicyDiff

/// Alignment of clauses: merges, splits, moves, relabelling, truncated references, garbled text.
@Suite struct AlignClauseTests {
    typealias D = AlignTestDocuments

    // A provincial plan's task section, in the genre's wording.
    static let provincial: [(String, String)] = [
        ("0", "为认真贯彻落实《中共中央、国务院关于开展质量提升行动的指导意见》,推动经济发展质量变革、效率变革、动力变革,结合我省实际,制定本实施方案。"),
        ("一", "一、重点任务"),
        ("一/1", "1.着力提升规模以上企业质量发展水平。引导规模以上企业引入卓越绩效、六西格玛、精益生产等先进质量管理模式和方法,广泛推广实施首席质量官制度。支持企业开展质量控制小组、现场改进等群众性质量管理活动。(牵头单位:省质监局;责任单位:省发展改革委、省科技厅)"),
        ("一/2", "2.着力提升中小微企业质量基础能力。在全省中小微企业分层次、分行业开展大规模的质量管理基础知识普及教育,实施“千人千企”质量培训计划,每年选择350户以上中小微企业负责人集中开展质量基础能力免费培训。(牵头单位:省质监局;责任单位:省工信委、省人社厅)"),
        ("一/3", "3.大力推动服务业提质增效。着力壮大商贸物流、文化旅游、现代金融、健康养生等现代服务业,大力发展体验经济、共享经济,实施服务标杆引领计划,遴选一批服务业质量标杆单位。(牵头单位:省发展改革委;责任单位:省商务厅、省旅游发展委)"),
        ("一/4", "4.着力提升农产品质量水平。深入推动农业标准化发展,加强地理标志农产品、良好农业规范认证和原产地保护基地建设,建立全程可追溯、互联共享的追溯监管综合服务平台。(牵头单位:省农牧厅;责任单位:省质监局)"),
        ("一/5", "5.深入开展工程建设质量安全提升行动。强化建设单位首要责任和勘察、设计、施工单位主体责任,全面落实工程质量终身责任制,推行“双随机、一公开”和明察暗访检查制度。(牵头单位:省建设厅;责任单位:省交通运输厅、省水利厅)"),
    ]

    @Test func relabelledAndLevelSwappedClausesMatchInOrder() {
        let reference = D.document("province", issuer: "中共甘肃省委、甘肃省人民政府", Self.provincial)
        let local = D.document("city", issuer: "中共张掖市委 张掖市人民政府", [
            ("0", "为深入贯彻落实省委、省政府《关于开展质量提升行动实施方案》,推动全市经济发展质量变革,结合我市实际,制定本方案。"),
            ("二", "二、主要任务"),
            ("二/(一)", "(一)着力提升规模以上企业质量发展水平。引导规模以上企业引入卓越绩效、六西格玛、精益生产等先进质量管理模式和方法,广泛推广实施首席质量官制度。支持企业开展质量控制小组、现场改进等群众性质量管理活动。(牵头单位:市质监局;责任单位:市发展改革委、市科技局)"),
            ("二/(二)", "(二)着力提升中小微企业质量基础能力。在全市中小微企业分层次、分行业开展大规模的质量管理基础知识普及教育,实施“千人千企”质量培训计划,每年组织100户以上中小微企业负责人集中开展质量基础能力免费培训。(牵头单位:市质监局;责任单位:市工信委、市人社局)"),
        ])
        let c = Comparer().compare(reference: reference, local: local)
        let first = D.alignment(of: "一/1", in: c)
        #expect(first?.local == D.ids(local, ["二/(一)"]))
        #expect(first?.kind == .match)
        #expect(D.alignment(of: "一/2", in: c)?.local == D.ids(local, ["二/(二)"]))
        #expect(D.paths(c.omissions, in: reference) == ["一/3", "一/4", "一/5"])
        #expect(c.additions.isEmpty)
        // Headings whose body is all children are neither omitted nor added.
        #expect(!c.omissions.contains(D.id(reference, "一")) && !c.additions.contains(D.id(local, "二")))
    }

    @Test func movedItemIsPairedAndMarkedMoved() {
        let reference = D.document("province", Self.provincial)
        // The city puts the construction item first and keeps the rest in order.
        let local = D.document("city", [
            ("一", "一、主要任务"),
            ("一/1", "1.深入开展工程建设质量安全提升行动。强化建设单位首要责任和勘察、设计、施工单位主体责任,全面落实工程质量终身责任制,推行“双随机、一公开”检查制度。"),
            ("一/2", "2.着力提升规模以上企业质量发展水平。引导规模以上企业引入卓越绩效、精益生产等先进质量管理模式和方法,推广实施首席质量官制度。"),
            ("一/3", "3.着力提升中小微企业质量基础能力。开展质量管理基础知识普及教育,落实“千人千企”质量培训计划,每年组织100户以上中小微企业负责人参加免费培训。"),
            ("一/4", "4.大力推动服务业提质增效。着力壮大商贸物流、文化旅游、健康养生等现代服务业,实施服务标杆引领计划,遴选一批服务业质量标杆单位。"),
            ("一/5", "5.着力提升农产品质量水平。深入推动农业标准化发展,加强地理标志农产品认证,建立全程可追溯的追溯监管综合服务平台。"),
        ])
        let c = Comparer().compare(reference: reference, local: local)
        let moved = D.alignment(of: "一/5", in: c)
        #expect(moved?.local == D.ids(local, ["一/1"]))
        #expect(moved?.kind == .moved)
        #expect(moved?.reason.contains("outside the order") == true)
        for (r, l) in [("一/1", "一/2"), ("一/2", "一/3"), ("一/3", "一/4"), ("一/4", "一/5")] {
            let a = D.alignment(of: r, in: c)
            #expect(a?.local == D.ids(local, [l]))
            #expect(a?.kind != .moved)
        }
        #expect(c.omissions.isEmpty && c.additions.isEmpty)
    }

    @Test func paragraphOfPrinciplesSplitIntoBulletsIsOneAlignment() {
        let reference = D.document("province", [
            ("一", "一、总体要求"),
            ("一/(一)", "(一)基本原则\n坚持以质量第一为价值导向。牢固树立质量第一的意识,坚持优质发展、以质取胜,真正形成各级党委和政府重视质量、企业追求质量、社会崇尚质量、人人关心质量的良好氛围。\n坚持以改革创新为根本途径。深入实施创新驱动发展战略,发挥市场在资源配置中的决定性作用,提升质量创新能力,以新技术新业态改造提升产业质量和发展水平。\n坚持以企业为质量提升主体。加强全面质量管理,弘扬企业家精神和工匠精神,提高决策者、经营者、管理者、生产者质量意识和质量素养。"),
            ("一/(二)", "(二)主要目标。到2020年,全省重点消费品质量监督抽查合格率稳定在90%以上,制造业产品质量抽查合格率稳定在92%以上。"),
        ])
        let local = D.document("city", [
            ("一", "一、总体要求"),
            ("一/(一)", "(一)基本原则"),
            ("一/(一)/—1", "——坚持以质量第一为价值导向。牢固树立质量第一的意识,坚持优质发展、以质取胜,真正形成各级党委和政府重视质量、企业追求质量、社会崇尚质量、人人关心质量的良好氛围。"),
            ("一/(一)/—2", "——坚持以改革创新为根本途径。深入实施创新驱动发展战略,发挥市场在资源配置中的决定性作用,提升质量创新能力。"),
            ("一/(一)/—3", "——坚持以企业为质量提升主体。加强质量管理,弘扬企业家精神和工匠精神,提高决策者、经营者、管理者、生产者质量意识和质量素养。"),
            ("一/(二)", "(二)主要目标。到2020年,全市重点消费品质量监督抽查合格率稳定在90%以上,制造业产品质量抽查合格率稳定在92%以上。"),
        ])
        let c = Comparer().compare(reference: reference, local: local)
        let split = D.alignment(of: "一/(一)", in: c)
        #expect(split?.local == D.ids(local, ["一/(一)/—1", "一/(一)/—2", "一/(一)/—3"]))
        #expect(split?.reason.contains("spread over") == true)
        #expect(D.alignment(of: "一/(二)", in: c)?.kind == .match)
        #expect(c.omissions.isEmpty && c.additions.isEmpty)
    }

    @Test func itemsFoldedIntoOneLocalItemAreMerged() {
        // A national text's three infrastructure items, condensed by a province into one.
        let reference = D.document("national", [
            ("四", "四、夯实质量发展基础"),
            ("四/(二十)", "(二十)深化国家质量基础设施融合发展\n加强国家质量基础设施的统一建设、统一管理,推进信息共享和业务协同。构建统筹协调、协同高效、系统完备的国家质量基础设施军民融合发展体系。"),
            ("四/(二十一)", "(二十一)提升公共技术服务能力\n加快国家质检中心、国家产业计量测试中心、国家技术标准创新基地等公共技术服务平台建设,创新“互联网+质量服务”模式。"),
            ("四/(二十二)", "(二十二)健全完善技术性贸易措施体系\n加强对国外重大技术性贸易措施的跟踪、研判、预警、评议和应对,妥善化解贸易摩擦,建设一批研究评议基地。"),
            ("五", "五、改革完善质量发展政策和制度"),
            ("五/(二十三)", "(二十三)加强质量制度建设\n坚持促发展和保底线并重,加强质量促进的立法研究,强化对质量创新的鼓励、引导、保护。建立完善产品质量安全事故强制报告制度。"),
        ])
        let local = D.document("province", [
            ("三", "三、夯实质量基础"),
            ("三/(十八)", "(十八)加强质量基础设施体系建设\n推进全省质量基础设施统一建设、统一管理、信息共享、业务协同,构建质量基础设施军民融合发展体系。加快国家质检中心、产业计量测试中心等公共技术服务平台建设,创新“互联网+质量服务”模式。加强对国外技术性贸易措施的跟踪、研判、预警、评议和应对,建设研究评议基地。"),
            ("四", "四、改革完善质量发展政策和制度"),
            ("四/(十九)", "(十九)加强质量制度建设\n坚持促发展和保底线并重,加强质量促进的立法研究,强化对质量创新的鼓励、引导、保护。建立完善产品质量安全事故强制报告制度。"),
        ])
        let c = Comparer().compare(reference: reference, local: local)
        let merged = c.alignments.first { $0.local == D.ids(local, ["三/(十八)"]) }
        #expect(merged?.reference == D.ids(reference, ["四/(二十)", "四/(二十一)", "四/(二十二)"]))
        #expect(merged?.reason.contains("merges") == true)
        #expect(D.alignment(of: "五/(二十三)", in: c)?.local == D.ids(local, ["四/(十九)"]))
        #expect(c.omissions.isEmpty && c.additions.isEmpty)
    }

    @Test func truncatedReferenceMakesEarlierLocalClausesUnverifiable() {
        let warning = DocumentWarning(code: .truncatedStart, message: "the text starts at (二十)")
        let reference = D.document("national", warnings: [warning], [
            ("(二十三)", "(二十三)加强质量制度建设\n坚持促发展和保底线并重,加强质量促进的立法研究,强化对质量创新的鼓励、引导、保护。建立完善产品质量安全事故强制报告制度。"),
            ("(二十四)", "(二十四)加大财政金融扶持力度\n完善质量发展经费多元筹集和保障机制,鼓励和引导更多资金投向质量攻关、质量创新、质量治理、质量基础设施建设。"),
        ])
        let local = D.document("province", [
            ("一", "一、重点任务"),
            ("一/(一)", "(一)提升农产品质量水平。深入推动农业标准化发展,加强地理标志农产品认证和原产地保护基地建设。"),
            ("一/(二)", "(二)提升建设工程质量水平。全面落实工程质量终身责任制,推行“双随机、一公开”检查制度。"),
            ("二", "二、保障措施"),
            ("二/(一)", "(一)加强质量制度建设。坚持促发展和保底线并重,加强质量促进地方立法的研究,强化对质量创新的鼓励、引导、保护。建立完善产品质量安全事故强制报告制度。"),
            ("二/(二)", "(二)加大财政金融扶持力度。完善质量发展经费多元筹集和保障机制,鼓励和引导更多资金投向质量攻关、质量创新、质量治理、质量基础设施建设。"),
            ("二/(三)", "(三)建立质量工作联席会议制度。由分管副省长召集,每季度召开一次会议,研究解决质量提升行动推进中的重大问题。"),
        ])
        let c = Comparer().compare(reference: reference, local: local)
        #expect(c.referenceTruncated)
        #expect(D.paths(c.unverifiable, in: local) == ["一/(一)", "一/(二)"])
        // After the part the fragment accounts for, what has no counterpart is an addition.
        #expect(D.paths(c.additions, in: local) == ["二/(三)"])
        #expect(c.omissions.isEmpty)

        // The numbering alone tells the same when the warning is missing.
        var unwarned = reference
        unwarned.warnings = []
        #expect(Comparer().compare(reference: unwarned, local: local).unverifiable == c.unverifiable)
    }

    @Test func garbledSpanTakesNoPartInMatching() {
        let clean = "(二十)深化国家质量基础设施融合发展\n加强国家质量基础设施的统一建设、统一管理,推进信息共享和业务协同,保持中央、省、市、县四级国家质量基础设施的系统完整,助推中小企业和产业集聚区全面加强质量提升。"
        let garbage = "??构抑柿炕∩枋┬窦坝τ檬痉痘亟ㄉ柚柿炕∩枋┬窦坝τ檬痉痘亟ㄉ柚柿炕∩枋┬窦坝τ檬痉痘亟ㄉ?"
        let insertAt = clean.count - 30
        var chars = Array(clean)
        chars.insert(contentsOf: Array(garbage), at: insertAt)
        let garbled = String(chars)
        var reference = D.document("national", [
            ("(二十)", garbled),
            ("(二十一)", "(二十一)提升公共技术服务能力\n加快国家质检中心、国家产业计量测试中心、国家技术标准创新基地等公共技术服务平台建设,创新“互联网+质量服务”模式。"),
        ])
        let local = D.document("province", [
            ("(一)", "(一)深化质量基础设施融合发展。加强全省质量基础设施的统一建设、统一管理,推进信息共享和业务协同,保持省、市、县三级质量基础设施的系统完整,助推中小企业和产业集聚区全面加强质量提升。"),
            ("(二)", "(二)提升公共技术服务能力。加快省级质检中心、产业计量测试中心等公共技术服务平台建设,创新“互联网+质量服务”模式。"),
        ])
        let unmarked = Comparer().compare(reference: reference, local: local)
        reference.clauses[0].garbledSpans = [insertAt..<(insertAt + garbage.count)]
        let marked = Comparer().compare(reference: reference, local: local)
        let before = unmarked.alignments.first { $0.reference == ["c0"] }?.score ?? 0
        let after = marked.alignments.first { $0.reference == ["c0"] }
        #expect(after?.kind == .match)
        // Nor in the sentence account: the mis-decoded run is not a dropped measure.
        #expect(after?.droppedSentences.allSatisfy { !$0.contains("构抑柿") } == true)
        #expect((after?.score ?? 0) > before + 0.05)
    }

    @Test func outputIsDeterministic() {
        let reference = D.document("province", Self.provincial)
        let local = D.document("city", Array(Self.provincial.reversed()))
        let a = ComparisonJSON.render(Comparer().compare(reference: reference, local: local))
        let b = ComparisonJSON.render(Comparer().compare(reference: reference, local: local))
        #expect(a == b)
    }

    @Test func levelWordsAndPlaceNamesReadAlike() {
        let n = LevelWordNeutralizer(extraNames: ["张掖"])
        func neutral(_ s: String) -> String { String(String.UnicodeScalarView(n.neutralize(Array(s.unicodeScalars)))) }
        #expect(neutral("推动全省产业") == neutral("推动全市产业"))
        #expect(neutral("我省") == neutral("我市") && neutral("我市") == neutral("我国"))
        #expect(neutral("甘肃品牌") == neutral("张掖品牌"))
        // An ordinary word that holds a level character is kept.
        #expect(neutral("市场监管") == "市场监管")
        #expect(LevelWordNeutralizer.placeNames(of: D.document("x", issuer: "中共张掖市委 张掖市人民政府", [])).contains("张掖"))
        #expect(LevelWordNeutralizer.placeNames(of: D.document("x", [("0", "《方案》已经市委常委会研究通过")])).isEmpty)
    }
}

/// Inputs at the edges: nothing to compare, framing only, odd characters.
@Suite struct AlignEdgeCaseTests {
    typealias D = AlignTestDocuments

    @Test func emptyAndFramingOnlyDocumentsCompareWithoutReports() {
        let empty = Document(id: "empty", source: "empty.txt")
        let framing = D.document("notice", [("0", "现将《关于开展质量提升行动的实施方案》印发给你们,请结合实际认真贯彻落实。")])
        for (r, l) in [(empty, empty), (empty, framing), (framing, empty), (framing, framing)] {
            let c = Comparer().compare(reference: r, local: l)
            #expect(c.omissions.isEmpty && c.additions.isEmpty && c.numberChanges.isEmpty)
            #expect(c.coverage == 0)
        }
    }

    @Test func garbledSpanOutsideTheTextIsIgnored() {
        var reference = D.document("r", [("一", "一、加强质量制度建设。坚持促发展和保底线并重。")])
        reference.clauses[0].garbledSpans = [40..<90, -3..<2]
        let local = D.document("l", [("一", "一、加强质量制度建设。坚持促发展和保底线并重。")])
        let c = Comparer().compare(reference: reference, local: local)
        #expect(c.alignments.count == 1)
    }

    @Test func preambleIsNeverOmittedOrAdded() {
        let reference = D.document("r", [
            ("0", "为认真贯彻落实《中共中央、国务院关于开展质量提升行动的指导意见》,结合实际,制定本实施方案。"),
            ("一", "一、加强质量制度建设。坚持促发展和保底线并重,加强质量促进的立法研究,强化对质量创新的鼓励、引导、保护。"),
        ])
        let local = D.document("l", [
            ("0", "各县区委、县区人民政府,市委各部门:现将《方案》印发给你们,请认真贯彻执行。"),
            ("一", "一、加强质量制度建设。坚持促发展和保底线并重,强化对质量创新的鼓励、引导、保护。"),
        ])
        let c = Comparer().compare(reference: reference, local: local)
        #expect(c.omissions.isEmpty && c.additions.isEmpty)
        #expect(D.alignment(of: "一", in: c)?.local == D.ids(local, ["一"]))
    }
}
