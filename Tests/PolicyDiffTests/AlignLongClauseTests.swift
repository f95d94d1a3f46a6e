import Testing
@testable import PolicyDiff

/// One very long clause (a crawler's page with no headings, a plan pasted as one
/// paragraph) compared with a local version: past the cap on phrase edits the diff
/// falls back to anchored stretches, and must still read as whole dropped sentences
/// and a one-digit number change. Asserts on the result, never on time.
@Suite struct AlignLongClauseTests {
    static let industries = ["装备制造", "石油化工", "有色冶金", "食品加工", "生物医药", "新能源", "现代物流", "文化旅游"]

    /// 2,400 measures of the genre's shape; each names its own park, so sentences differ.
    static func measure(_ i: Int, trained: Int = 50) -> String {
        "支持第\(i)号产业园区建设\(industries[i % industries.count])质量检验检测公共服务平台,"
            + "每年培训\(i == 1200 ? trained : 30 + i % 17)名质量工程技术人员,推动园区企业质量管理水平持续提升。"
    }

    static let count = 2400
    static let reference = (0..<count).map { measure($0) }.joined()
    /// Every fifth measure dropped (480 sentences, far over the phrase-edit cap), one number changed.
    static let local = (0..<count).filter { $0 % 5 != 3 }.map { measure($0, trained: 500) }.joined()

    static func text(_ segments: [DiffSegment], _ ops: Set<DiffSegment.Operation>) -> String {
        segments.filter { ops.contains($0.operation) }.map(\.text).joined()
    }

    @Test func longClauseDiffShowsDroppedSentencesWhole() {
        let d = CharacterDiff.diff(Self.reference, Self.local)
        #expect(Self.text(d, [.equal, .delete]) == Self.reference)
        #expect(Self.text(d, [.equal, .insert]) == Self.local)
        let deletions = d.filter { $0.operation == .delete }.map(\.text)
        // Each dropped measure is one deletion of the whole sentence, not confetti.
        let deletedCount = deletions.count
        #expect(deletedCount == Self.count / 5)
        let wholeSentences = deletions.filter { $0.hasPrefix("支持第") && $0.hasSuffix("。") }.count
        #expect(wholeSentences == Self.count / 5)
        let firstAndLastDropped = deletions.first == Self.measure(3) && deletions.last == Self.measure(2398)
        #expect(firstAndLastDropped, "\(deletions.first ?? "") … \(deletions.last ?? "") … \(deletions.filter { !($0.hasPrefix("支持第") && $0.hasSuffix("。")) })")
        // The changed number inside a kept sentence is still one inserted digit.
        let insertions = d.filter { $0.operation == .insert }.map(\.text)
        #expect(insertions.count == 1)
        #expect(insertions.first == "0")
    }

    /// Measures of their own wording, spread through the long reference and dropped by the local text.
    static let distinct = [
        "全面推行食用农产品产地准出和市场准入制度,食品安全示范街创建率逐年提升。",
        "鼓励保险机构开发产品质量安全责任保险,探索建立质量安全事故强制责任保险制度。",
        "建立健全缺陷汽车和电动自行车召回制度,扩大召回范围。",
        "推动大型医疗设备、高风险植入性医疗器械纳入追溯体系。",
        "开展旅游景区服务质量等级评定复核,对不达标景区予以摘牌。",
        "培育一批具有自主知识产权的地理标志商标和农产品区域公用品牌。",
    ]

    @Test func longClauseCompareAccountsForDroppedMeasures() {
        var referenceSentences = (0..<Self.count).map { Self.measure($0) }
        for (k, sentence) in Self.distinct.enumerated() { referenceSentences.insert(sentence, at: 100 + k * 350) }
        let r = AlignTestDocuments.document("province", [("一", "一、" + referenceSentences.joined())])
        let l = AlignTestDocuments.document("city", [("一", "一、" + Self.local)])
        let c = Comparer().compare(reference: r, local: l)
        #expect(c.alignments.count == 1)
        let a = c.alignments.first
        #expect(a?.kind == .match)
        #expect(a?.addedSentences == [])
        // Measures of their own wording are reported dropped. (The templated measures
        // dropped beside them differ only in their park number: a bag of n-grams over the
        // whole text finds their words elsewhere, so they count as carried.)
        let dropped = Set(a?.droppedSentences ?? [])
        #expect(Self.distinct.allSatisfy { dropped.contains($0) })
        // The diff shows each of them whole inside a deletion (beside a neighbouring dropped one).
        let deletions = (a?.diff ?? []).filter { $0.operation == .delete }.map(\.text)
        #expect(Self.distinct.allSatisfy { s in deletions.contains { $0.contains(s) } })
    }

    @Test func cappedPhraseDiffStillFindsEverythingWhenNoPhraseIsUnique() {
        // No anchor to hold on to: the middle is replaced whole, the shared edges kept.
        let a = Array(repeating: "加强质量监管,", count: 400).joined() + "推进质量强省建设。"
        let b = Array(repeating: "强化标准引领,", count: 400).joined() + "推进质量强省建设。"
        let d = CharacterDiff.diff(a, b)
        #expect(Self.text(d, [.equal, .delete]) == a)
        #expect(Self.text(d, [.equal, .insert]) == b)
        #expect(d.last?.operation == .equal && d.last?.text.hasSuffix("推进质量强省建设。") == true)
        #expect(d.filter { $0.operation != .equal }.count == 2)
    }
}
