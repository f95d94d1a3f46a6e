import Foundation
import Testing
@testable import PolicyDiff

@Suite struct SegmentGarbledTextTests {
    private func spanTexts(_ text: String) -> [String] {
        let chars = Array(text)
        return GarbledSpanDetector.spans(in: text).map { String(chars[$0]) }
    }

    @Test func aMisDecodedRunIsOneSpanFromItsFirstToItsLastSignal() {
        let text = "加快形成国家质量基础设施体系??构抑柿炕∩枋┬窦坝τ檬痉痘亟ㄉ?,助推中小企业全面加强质量提升。"
        #expect(spanTexts(text) == ["??构抑柿炕∩枋┬窦坝τ檬痉痘亟ㄉ?"])
    }

    @Test func questionMarksStandingForLostCharacters() {
        #expect(spanTexts("强化对质量创新的鼓励、引导、?;?。研究修订产品质量法。") == ["?;?"])
        #expect(spanTexts("推进??建设,提升服务能力。") == ["??"])
    }

    @Test func replacementCharactersAndLatin1Mojibake() {
        #expect(spanTexts("加强质量\u{FFFD}\u{FFFD}建设。") == ["\u{FFFD}\u{FFFD}"])
        // UTF-8 bytes of 质量提升 read as Latin-1.
        let mojibake = "关于开展è´¨é\u{87}\u{8F}æ\u{8F}\u{90}å\u{8D}\u{87}行动"
        #expect(GarbledSpanDetector.spans(in: mojibake).count == 1)
    }

    @Test func ordinaryTextOfTheGenreIsNeverFlagged() {
        let clean = [
            "重点消费品质量监督抽查合格率稳定在90%以上,服务质量顾客满意度≥85%,误差±0.5℃。",
            "详见http://www.gov.cn/zhengce/content.htm?id=123&from=home,或扫码查看。",
            "为什么要开展质量提升行动？因为质量是发展之本。",
            "质量提升行动是什么?如何推进质量强市建设?各部门能否按期完成?",
            "法蒂玛·马合木提委员发言,艾克拜尔·米吉提委员补充。",
            "推广γ射线辐照保鲜技术和β-胡萝卜素提取工艺。",
            "│一级指标│二级指标│三级指标│",
            "配比为1∶1,面积3×5米,比例不低于2/3。",
            "覺醒法師出席活动。",
            "编辑:周佳佳 关键词:中共中央 国务院",
        ]
        for text in clean {
            #expect(GarbledSpanDetector.spans(in: text).isEmpty, "\(text)")
        }
    }

    @Test func eachAffectedClauseGetsSpansAndOneWarning() throws {
        let result = SegmentTestSupport.segment("""
        (二十)深化国家质量基础设施融合发展
        加快形成国家质量基础设施体系??构抑柿炕∩枋┬窦坝τ檬痉痘亟ㄉ?,助推中小企业全面加强质量提升。
        (二十一)加强质量制度建设
        强化对质量创新的鼓励、引导、?;?。
        (二十二)提升公共技术服务能力
        加快国家质检中心建设。
        """)
        let warnings = result.warnings(.garbledText)
        #expect(warnings.map(\.clause) == ["c0", "c1"])
        let first = try #require(result.clauses.first)
        let chars = Array(first.text)
        #expect(first.garbledSpans.map { String(chars[$0]) } == ["??构抑柿炕∩枋┬窦坝τ檬痉痘亟ㄉ?"])
        #expect(result.clauses[2].garbledSpans.isEmpty)
    }

    @Test func corpusDocumentsHaveOnlyTheirRealGarbledSpans() throws {
        for name in ["gansu-2017-plan.txt", "zhangye-2018-plan.txt", "qingdao-2018-plan.txt", "anhui-2018-opinions.txt"] {
            let document = try SegmentTestSupport.corpus(name)
            #expect(!document.hasWarning(.garbledText), "\(name)")
            #expect(document.clauses.allSatisfy { $0.garbledSpans.isEmpty }, "\(name)")
        }
        let national = try SegmentTestSupport.corpus("national-2017-guideline-fragment.txt")
        let flagged = national.clauses.filter { !$0.garbledSpans.isEmpty }
        #expect(flagged.map(\.pathString) == ["(二十)", "五/(二十三)"])
        #expect(national.warnings.filter { $0.code == .garbledText }.map(\.clause) == flagged.map(\.id))
    }
}
