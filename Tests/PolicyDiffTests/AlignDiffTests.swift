import Testing
@testable import PolicyDiff

/// The character diff and the sentence account shown for each alignment.
@Suite struct AlignDiffTests {
    static func text(_ segments: [DiffSegment], _ ops: Set<DiffSegment.Operation>) -> String {
        segments.filter { ops.contains($0.operation) }.map(\.text).joined()
    }

    @Test func diffReassemblesBothTexts() {
        let a = "加大全省黄标车和老旧车淘汰力度,开展全省国V车用油品质量保障和加油站油气回收检查工作。"
        let b = "加大全市高排放老旧车淘汰力度,开展全市国V车用油品质量保障和加油站油气回收检查工作。强化“河长制”。"
        let d = CharacterDiff.diff(a, b)
        #expect(Self.text(d, [.equal, .delete]) == a)
        #expect(Self.text(d, [.equal, .insert]) == b)
    }

    @Test func changedNumberIsOneDigitInsert() {
        let d = CharacterDiff.diff("每年选择50户以上中小微企业负责人集中开展免费培训。", "每年选择500户以上中小微企业负责人集中开展免费培训。")
        #expect(d == [DiffSegment(.equal, "每年选择50"), DiffSegment(.insert, "0"),
                      DiffSegment(.equal, "户以上中小微企业负责人集中开展免费培训。")])
    }

    @Test func keptSentencesBetweenRewritesStayVisible() {
        let a = "9.着力提升食品药品质量安全水平。全面实施食品药品国家标准,鼓励推动企业制定严于国家标准、行业标准或地方标准的企业标准。建立完善学校“校送”配备和卫生室建设质量标准体系及管理机制,落实校园安全保护区制度。全面落实食用农产品产地准出和市场准入制度,食品安全示范街、示范店、示范学校创建率逐年提升。"
        let b = "10.突出抓好食品药品优质供给。继续发挥网格监管的覆盖效应和质量抽检的随机特点,加强食品安全数据分析和统计,提高监管的科学化和精准化。建立完善学校“校送”配备和卫生室建设质量标准体系及管理机制,落实校园安全保护区制度。认真做好全域省级食品安全示范城市创建工作。"
        let d = CharacterDiff.diff(a, b)
        #expect(d.contains { $0.operation == .equal && $0.text.contains("建立完善学校“校送”配备和卫生室建设质量标准体系及管理机制") })
    }

    @Test func insertedPhraseSitsOnPhraseBoundaries() {
        let d = CharacterDiff.diff("积极融入“一带一路”建设,加快推动我省优势产业开展产业合作。",
                                   "积极融入“一带一路”建设,加大招商引资和外贸出口水平,加快推动我市优势产业开展产业合作。")
        #expect(d.contains(DiffSegment(.insert, "加大招商引资和外贸出口水平,")))
    }

    @Test func rewrittenPhraseIsNotConfetti() {
        let a = "围绕石油化工、有色冶金、先进装备制造等传统优势产业,组织实施一批重点质量技术改造项目。"
        let b = "围绕打造“一特两新”产业链,组织实施一批重点质量技术改造项目。"
        let d = CharacterDiff.diff(a, b)
        // No single-character equal runs wedged between edits.
        for (i, s) in d.enumerated() where s.operation == .equal && i > 0 && i < d.count - 1 {
            #expect(s.text.count > 2)
        }
        #expect(d.last?.operation == .equal && d.last?.text.hasSuffix("组织实施一批重点质量技术改造项目。") == true)
    }

    @Test func sentenceAccountNamesDroppedAndAddedMeasures() {
        let reference = AlignTestDocuments.document("province", [
            ("一/1", "1.着力提升食品药品质量安全水平。全面实施食品药品国家标准。扎实推进餐饮业质量安全提升工程。全省药品制剂生产企业和医院院内制剂100%建立规范化质量控制实验室。"),
            ("一/2", "2.着力提升农产品质量水平。深入推动农业标准化发展,加强地理标志农产品认证。"),
        ])
        let local = AlignTestDocuments.document("city", [
            ("一/1", "1.突出抓好食品药品优质供给。全面实施食品药品国家标准。扎实推进餐饮业质量安全提升工程。加强食品安全数据分析和统计,提高监管的科学化和精准化。"),
            ("一/2", "2.突出抓好农产品质量提升。深入推动农业标准化发展,加强地理标志农产品认证。"),
        ])
        let c = Comparer().compare(reference: reference, local: local)
        let a = AlignTestDocuments.alignment(of: "一/1", in: c)
        #expect(a?.droppedSentences == ["全省药品制剂生产企业和医院院内制剂100%建立规范化质量控制实验室。"])
        #expect(a?.addedSentences == ["加强食品安全数据分析和统计,提高监管的科学化和精准化。"])
    }
}
