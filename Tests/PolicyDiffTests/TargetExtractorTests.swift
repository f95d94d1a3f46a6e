import Testing
@testable import PolicyDiff

/// Each form of numeric target the genre writes, on sentences of the genre.
@Suite struct TargetExtractorTests {
    private func targets(_ text: String) -> [Target] {
        TargetExtractor().targets(in: text)
    }

    private func only(_ text: String) -> Target? {
        let found = targets(text)
        return found.count == 1 ? found[0] : nil
    }

    @Test func percentWithLowerBoundAndSentenceDeadline() throws {
        let t = try #require(only("到2025年，全市规模以上工业企业研发投入强度达到2.5%以上。"))
        #expect(t.value == 2.5)
        #expect(t.unit == "%")
        #expect(t.comparator == .atLeast)
        #expect(t.year == 2025)
        #expect(t.indicator.hasSuffix("研发投入强度"))
        #expect(t.text == "全市规模以上工业企业研发投入强度达到2.5%以上")
    }

    @Test func countWrittenAfterItsNoun() throws {
        let t = try #require(only("力争2022年前培育省级以上专精特新企业200家。"))
        #expect(t.value == 200)
        #expect(t.unit == "家")
        #expect(t.comparator == .equal)
        #expect(t.year == 2022)
        #expect(t.indicator.contains("专精特新企业"))
    }

    @Test func countWrittenBeforeItsNounTakesTheNounAsIndicator() throws {
        let t = try #require(only("每年选择350户以上中小微企业负责人集中开展质量基础能力免费培训。"))
        #expect(t.value == 350)
        #expect(t.unit == "户")
        #expect(t.comparator == .atLeast)
        #expect(t.period == .yearly)
        #expect(t.indicator == "中小微企业负责人")
    }

    @Test func prenominalNounEndsAtItsVerbOrPlace() throws {
        #expect(only("推动30家以上企业在境内外上市。")?.indicator == "企业")
        #expect(only("重点帮扶500家大中型企业导入卓越绩效管理模式。")?.indicator == "大中型企业")
        #expect(only("推出100项具有较大知名度的体育精品赛事。")?.indicator == "体育精品赛事")
    }

    @Test func multiplierResolvedAndApproximateBound() throws {
        let t = try #require(only("每年培训基层技术人员1.2万人次左右。"))
        #expect(t.value == 12000)
        #expect(t.unit == "人次")
        #expect(t.comparator == .approximately)
        #expect(t.period == .yearly)
        let trademarks = try #require(only("有效注册商标总量达到18万件。"))
        #expect(trademarks.value == 180_000)
        #expect(trademarks.unit == "件")
        let money = try #require(only("体育产业总规模达到2万亿元。"))
        #expect(money.value == 2e12)
        #expect(money.unit == "元")
    }

    @Test func boundWordBeforeTheNumber() throws {
        let jobs = try #require(only("城镇新增就业不低于8万人。"))
        #expect(jobs.value == 80000)
        #expect(jobs.comparator == .atLeast)
        #expect(jobs.indicator == "城镇新增就业")
        #expect(only("“三品一标”农产品总量超过1000个。")?.comparator == .greaterThan)
        #expect(only("城镇登记失业率控制在4.5%以内。")?.comparator == .atMost)
        #expect(only("城镇调查失业率低于5.5%。")?.comparator == .lessThan)
        #expect(only("审批时限不超过15个工作日。")?.comparator == .atMost)
        #expect(only("审批时限不超过15个工作日。")?.unit == "个工作日")
        #expect(only("全市培育规模以上服务企业约3000家。")?.comparator == .approximately)
        #expect(only("主导或参与制修订国际标准20余项。")?.comparator == .approximately)
        #expect(only("主要农作物良种覆盖率至少达到96%。")?.comparator == .atLeast)
        #expect(only("单位工业增加值用水量节约15%。")?.comparator == .equal)
    }

    @Test func signsOfIndicatorTables() {
        #expect(only("农产品质量安全例行监测合格率 ≥98%")?.comparator == .atLeast)
        #expect(only("农产品质量安全例行监测合格率≥98%")?.value == 98)
        #expect(only("城镇调查失业率＜5.5%")?.comparator == .lessThan)
        #expect(only("综合能耗≤0.5吨标准煤")?.comparator == .atMost)
    }

    @Test func noNumberNoTarget() {
        #expect(targets("主要污染物排放总量控制在省下达指标以内。").isEmpty)
        #expect(targets("全省重点产品质量达到国内先进水平。").isEmpty)
    }

    @Test func plainLevelVerbsAreEqual() {
        #expect(only("大中型工程一次验收合格率保持100%。")?.comparator == .equal)
        #expect(only("空气质量优良天数比例稳定在82%。")?.comparator == .equal)
        #expect(only("农产品质量安全监测合格率达到98%。")?.comparator == .equal)
    }

    @Test func valueSharedByAListGivesOneTargetPerMeasure() {
        let found = targets("水利工程质量合格率、质量检测抽检率达到100%。")
        #expect(found.map(\.indicator) == ["水利工程质量合格率", "质量检测抽检率"])
        #expect(found.allSatisfy { $0.value == 100 && $0.text == "水利工程质量合格率、质量检测抽检率达到100%" })
        let satisfaction = targets("产品质量监督抽查合格率、社会服务质量满意度分别达到92%和85%。")
        #expect(satisfaction.map(\.indicator) == ["产品质量监督抽查合格率", "社会服务质量满意度"])
        #expect(satisfaction.map(\.value) == [92, 85])
        let crops = targets("花生种植、收获机械化率分别达到65%和55%。")
        #expect(crops.map(\.indicator) == ["花生种植机械化率", "花生收获机械化率"])
        #expect(crops.map(\.value) == [65, 55])
    }

    @Test func listWhoseItemsShareTheirHeadIsOneIndicator() {
        let found = targets("全省药品评价性抽检、基本药物全品种抽检覆盖率达到100%。")
        #expect(found.count == 1)
        #expect(found.first?.indicator == "全省药品评价性抽检、基本药物全品种抽检覆盖率")
    }

    @Test func rangesKeepBothEnds() throws {
        let t = try #require(only("每个县区建设3—5个质量检验检测公共服务平台。"))
        #expect(t.value == 3)
        #expect(t.valueMax == 5)
        #expect(t.unit == "个")
        let percent = try #require(only("研发投入年均增长10%-15%。"))
        #expect(percent.value == 10)
        #expect(percent.valueMax == 15)
        #expect(percent.period == .yearly)
    }

    @Test func chineseNumeralsBeforeMeasureWords() throws {
        let two = try #require(only("建成两个国家级质检中心。"))
        #expect(two.value == 2)
        #expect(two.unit == "个")
        let approx = try #require(only("每个乡镇配备两三个专职食品安全协管员。"))
        #expect(approx.value == 2)
        #expect(approx.valueMax == 3)
        #expect(approx.comparator == .approximately)
        let tens = try #require(only("新增农业标准化示范基地三四十个。"))
        #expect(tens.value == 30)
        #expect(tens.valueMax == 40)
        let percent = try #require(only("科技进步贡献率达到百分之六十。"))
        #expect(percent.value == 60)
        #expect(percent.unit == "%")
    }

    @Test func loneYiIsACountOnlyWithABound() throws {
        let t = try #require(only("每个乡镇至少建设一所标准化卫生院。"))
        #expect(t.value == 1)
        #expect(t.comparator == .atLeast)
        #expect(targets("建立一个统一的信息平台，形成一项长效机制。").isEmpty)
    }

    @Test func multiples() throws {
        let doubled = try #require(only("力争高新技术企业数量翻一番。"))
        #expect(doubled.value == 2)
        #expect(doubled.unit == "倍")
        #expect(doubled.indicator == "高新技术企业数量")
        #expect(only("农民人均收入翻两番。")?.value == 4)
        let grown = try #require(only("地理标志产品出口额增长一倍。"))
        #expect(grown.value == 2)
        #expect(grown.unit == "倍")
        #expect(grown.indicator == "地理标志产品出口额")
        #expect(only("高新技术产业增加值增长1倍。")?.value == 2)
        #expect(only("高新技术产业增加值达到2015年的3倍。")?.value == 3)
    }

    @Test func indexWithoutUnit() throws {
        let t = try #require(only("制造业质量竞争力指数达到90以上。"))
        #expect(t.value == 90)
        #expect(t.unit == "")
        #expect(t.comparator == .atLeast)
        #expect(t.indicator == "制造业质量竞争力指数")
    }

    @Test func coordinatedCountsShareTheirVerb() {
        let found = targets("建设50所高水平高等职业学校和150个骨干专业。")
        #expect(found.map(\.value) == [50, 150])
        #expect(found.map(\.indicator) == ["高水平高等职业学校", "骨干专业"])
    }

    @Test func quantitiesEndingTheItemsOfAList() {
        let found = targets("全市培育“专精特新”中小企业100家、“小巨人”企业20家。")
        #expect(found.map(\.value) == [100, 20])
        #expect(found.map(\.indicator) == ["“专精特新”中小企业", "“小巨人”企业"])
        // a numeral inside a name in a list of nouns is no quantity of a list
        #expect(targets("大力发展高山滑雪、冬季两项、速度滑冰等冰雪赛事。").isEmpty)
    }

    @Test func baselineOfAChangeIsNotTheTarget() throws {
        let t = try #require(only("办理时限由20个工作日压缩至10个工作日。"))
        #expect(t.value == 10)
        #expect(t.indicator == "办理时限")
        #expect(t.comparator == .equal)
    }

    @Test func definitionsSetNoTarget() {
        #expect(targets("日间手术是指患者在1日（24小时）内入、出院完成的手术，住院时间不超过48小时。").isEmpty)
    }

    @Test func yearlyPeriod() {
        #expect(only("地区生产总值年均增长7%左右。")?.period == .yearly)
        #expect(only("全市农业地方标准达到200项。")?.period == nil)
        #expect(only("本年度医疗收入增长率达到8%。")?.period == nil)
    }

    @Test func scopeCountsAreNotTargets() {
        #expect(targets("围绕10个重点制造业行业，开展质量状况调查。").isEmpty)
        #expect(targets("认真落实钢铁、火电、水泥等8个行业达标计划。").isEmpty)
        #expect(targets("14个市州所在城市开展质量提升行动。").isEmpty)
    }

    @Test func randomTextOfTheGenreDoesNotCrash() {
        // Deterministic pseudo-random strings over the characters the reader reacts to.
        let alphabet = Array("0123456789.,，、。；：%％一二两三四五六七八九十百千万亿零〇点翻番倍个家项年月日号第到至前底《》“”〔〕()（）—-～以上下内左右余多约超过不低于达到每年增长率强的是指×/ \n主要目标".unicodeScalars)
        var state: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            let length = Int(state % 40) + 1
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            for target in targets(String(text)) {
                #expect(target.value.isFinite)
                #expect(target.valueMax.map { $0 > target.value } ?? true)
            }
        }
        #expect(ChineseNumber.parse(Array("一亿一亿一亿一亿".unicodeScalars)) == nil)
    }

    @Test func runOnTextKeepsTargetsShort() throws {
        // A page that lost its punctuation: the target's text is a window around its number.
        let filler = String(repeating: "推进质量提升工作", count: 200)
        let t = try #require(only(filler + "产品质量合格率达到95%" + filler))
        #expect(t.value == 95)
        #expect(t.text.count <= 2 * ClauseTargetReader.window + 4)
        #expect(t.text.contains("产品质量合格率达到95%"))
        #expect(t.indicator.count <= ClauseTargetReader.window)
    }

    @Test func oddInputDoesNotCrash() {
        for text in ["", "《《《“百分之", "翻", "3—", "到2020", "一点", "百分之", "翻了", "1.", "，，，",
                     "(牵头单位:", "99999999999999999999999%", "十十十十十十十十十十十十十十十十十十十十十十十十十个",
                     "\u{0}\u{1}", "2020年前", "“十三五”末", "３—５个", "约"] {
            _ = targets(text)
        }
    }
}
