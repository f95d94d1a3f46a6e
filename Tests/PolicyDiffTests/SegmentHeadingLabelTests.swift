import Testing
@testable import PolicyDiff

@Suite struct SegmentHeadingLabelTests {
    private func label(_ line: String) -> HeadingLabel? { HeadingLabel.parse(Array(line)) }

    @Test func readsEveryHeadingStyleOfOfficialDocuments() {
        let cases: [(String, HeadingStyle, Int, String, String)] = [
            ("一、总体要求", .chineseComma, 1, "一、", "一"),
            ("二十三、加强组织领导", .chineseComma, 23, "二十三、", "二十三"),
            ("(一)指导思想。", .parenChinese, 1, "(一)", "(一)"),
            ("（十二）加强全面质量管理", .parenChinese, 12, "（十二）", "(十二)"),
            ("1.着力提升", .arabicDot, 1, "1.", "1"),
            ("12．推进服务业", .arabicDot, 12, "12．", "12"),
            ("3、加强产地环境保护", .arabicDot, 3, "3、", "3"),
            ("(1)建立台账", .parenArabic, 1, "(1)", "(1)"),
            ("（2）推行定点经营", .parenArabic, 2, "（2）", "(2)"),
            ("③逐步实现可追溯", .circled, 3, "③", "③"),
            ("——坚持源头治理。", .dash, 0, "——", "—"),
            ("第三章　职责分工", .chapter, 3, "第三章", "第三章"),
            ("第二节 重点任务", .section, 2, "第二节", "第二节"),
            ("第十二条　本办法自印发之日起施行。", .article, 12, "第十二条", "第十二条"),
            ("第二部分　主要任务", .part, 2, "第二部分", "第二部分"),
            ("三．保障措施", .chineseComma, 3, "三．", "三"),
            ("2）推行定点经营", .parenArabic, 2, "2）", "(2)"),
        ]
        for (line, style, number, written, path) in cases {
            let parsed = label(line)
            #expect(parsed?.style == style, "\(line)")
            #expect(parsed?.number == number, "\(line)")
            #expect(parsed?.written == written, "\(line)")
            #expect(parsed?.pathLabel == path, "\(line)")
        }
    }

    @Test func skipsNoBreakAndIdeographicSpacesAfterTheLabel() {
        let nbsp = label("1.\u{00A0} 提升企业质量管理能力。推进全面质量管理")
        #expect(nbsp?.written == "1.")
        #expect(nbsp.map { String(Array("1.\u{00A0} 提升企业质量管理能力。推进全面质量管理")[$0.textStart]) } == "提")
        let ideographic = label("2.\u{3000}推进按标生产。")
        #expect(ideographic.map { String(Array("2.\u{3000}推进按标生产。")[$0.textStart]) } == "推")
    }

    @Test func numbersAndBracketsInsideSentencesHaveNoLabelShape() {
        for line in ["1.5倍于全国平均水平", "2018年7月,全市完成普查", "(2016—2020年)期间", "(含提名奖)认证数量",
                     "2020.12前完成", "第一条件是资金到位", "第三部门负责", "一.", "1.5)", "十九大以来", "—新华社", "到2020年,全省"] {
            #expect(label(line) == nil, "\(line)")
        }
    }

    @Test func chineseNumeralsReadAndWriteHeadingNumbers() {
        let values: [(String, Int)] = [("一", 1), ("十", 10), ("十三", 13), ("二十", 20), ("二十三", 23),
                                       ("一百", 100), ("一百零五", 105), ("一百一十", 110), ("二〇一八", 2018)]
        for (text, value) in values {
            #expect(ChineseNumeral.value(of: Array(text)) == value, "\(text)")
        }
        #expect(ChineseNumeral.value(of: Array("一二")) == nil)
        #expect(ChineseNumeral.value(of: Array("十十")) == nil)
        for n in [1, 9, 10, 11, 20, 30, 99, 100, 105, 110, 999] {
            #expect(ChineseNumeral.value(of: Array(ChineseNumeral.format(n))) == n)
        }
        #expect(ChineseNumeral.format(23) == "二十三")
        #expect(ChineseNumeral.format(105) == "一百零五")
    }

    @Test func inlineTitleIsTheShortPhraseBeforeTheFullStop() {
        func title(_ line: String) -> String? {
            let chars = Array(line)
            guard let parsed = HeadingLabel.parse(chars) else { return nil }
            return InlineTitle.title(of: chars, from: parsed.textStart)
        }
        #expect(title("(一)指导思想。高举中国特色社会主义伟大旗帜,坚持以人民为中心。") == "指导思想")
        #expect(title("(二)基本原则") == "基本原则")
        #expect(title("（二）发展目标。") == "发展目标")
        #expect(title("二、全面提升质量,增强发展新优势") == "全面提升质量,增强发展新优势")
        #expect(title("（一）坚持深化改革，简政放权。进一步健全综合监管体系。") == "坚持深化改革，简政放权")
        #expect(title("(一)组织启动阶段(2018年7月)。各县区要认真贯彻落实。") == "组织启动阶段(2018年7月)")
        // A first sentence of several clauses is body: the item has no title.
        #expect(title("13.按照“一县一产”的要求,立足实际,结合产业关联和产业链发展需求,以提升产业园区质量为重点,推进园区建设。") == nil)
        #expect(title("一、") == nil)
        // A title set off by a space, as table cells and some pages write it.
        #expect(title("一、医疗质量 （一）功能定位 1.门诊人次数与出院人次数比 定量") == "医疗质量")
        #expect(title("(一)指导思想 以习近平新时代中国特色社会主义思想为指导,坚持新发展理念。") == "指导思想")
        #expect(title("1.贯彻《中共中央 国务院关于开展质量提升行动的指导意见》。加强组织。") == "贯彻《中共中央 国务院关于开展质量提升行动的指导意见》")
    }
}
