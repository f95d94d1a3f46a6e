import Foundation
import Testing
@testable import PolicyDiff

@Suite("Ingest: normalisation for matching")
struct IngestNormalizerTests {
    @Test("Full-width and half-width forms match")
    func widths() {
        #expect(TextNormalizer.forMatching("（一）到２０２０年，合格率达到９０％以上")
                == TextNormalizer.forMatching("(一)到2020年,合格率达到90%以上"))
        #expect(TextNormalizer.forMatching("ＡＢＣ１２３") == "ABC123")
    }

    @Test("Whitespace of every kind is removed")
    func whitespace() {
        #expect(TextNormalizer.forMatching("施 杰\u{3000}王\u{00A0}霞\n李\t兰") == "施杰王霞李兰")
    }

    @Test("Traditional characters become simplified ones")
    func traditional() {
        #expect(TextNormalizer.forMatching("覺醒法師") == "觉醒法师")
        #expect(TextNormalizer.forMatching("質量提升行動") == TextNormalizer.forMatching("质量提升行动"))
        #expect(TextNormalizer.forMatching("國務院關於開展質量提升行動的指導意見") == "国务院关于开展质量提升行动的指导意见")
    }

    @Test("Characters simplified text also uses are left alone")
    func ambiguousKept() {
        #expect(TextNormalizer.forMatching("乾隆") == "乾隆")
        #expect(TextNormalizer.forMatching("著名") == "著名")
    }

    @Test("Simplified text is unchanged apart from spaces")
    func simplifiedUnchanged() {
        let text = "到2020年产品质量国家监督抽查合格率稳定在90%以上“中国品牌日”——质量月、〔2017〕24号《意见》。"
        #expect(TextNormalizer.forMatching(text) == text)
        #expect(TextNormalizer.simplifiedCharacters("學校 质量") == "学校 质量")
    }

    @Test("The fast path agrees with Foundation's NFKC")
    func fastPathAgrees() {
        let samples = ["〔2017〕24号", "①②③", "…", "㈠", "ｶﾀｶﾅ", "ﬁ", "²", "℃", "《〈一〉》"]
        for sample in samples {
            let expected = String(sample.precomposedStringWithCompatibilityMapping.unicodeScalars
                .filter { !$0.properties.isWhitespace }.map(Character.init))
            #expect(TextNormalizer.forMatching(sample) == TextNormalizer.simplifiedCharacters(expected), "\(sample)")
        }
    }
}
