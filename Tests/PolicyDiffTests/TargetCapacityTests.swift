import Testing
@testable import PolicyDiff

/// Capacities written per day or year and counts of facilities set up (设置, 布设,
/// 配置 …), on sentences written for these tests as a 直辖市, district or county plan would.
@Suite struct TargetCapacityTests {
    private func only(_ text: String) -> Target? {
        let found = TargetExtractor().targets(in: text, title: nil)
        return found.count == 1 ? found[0] : nil
    }

    @Test func aCapacityPerDayKeepsItsRateAsTheUnit() throws {
        let a = try #require(only("2026年底前，新增湿垃圾资源化处理能力1500吨/日。"))
        #expect(a.value == 1500 && a.unit == "吨/日" && a.year == 2026)
        #expect(a.indicator == "湿垃圾资源化处理能力")
        let b = try #require(only("到2027年，全县新增污水处理能力5万立方米/日。"))
        #expect(b.value == 50_000 && b.unit == "立方米/日" && b.year == 2027)
        let c = try #require(only("至2030年，港区集装箱吞吐能力达到120万标箱/年。"))
        #expect(c.value == 1_200_000 && c.unit == "标箱/年")
    }

    @Test func aCapacityInTonnesAloneStaysInTonnes() throws {
        let a = try #require(only("2026年底前，新增建筑垃圾消纳能力800万吨。"))
        #expect(a.value == 8_000_000 && a.unit == "吨")
    }

    @Test func facilitiesSetUpAreCounts() throws {
        let a = try #require(only("到2026年，每个街镇至少设置1个大件垃圾拆解点。"))
        #expect(a.value == 1 && a.unit == "个" && a.comparator == .atLeast && a.indicator == "大件垃圾拆解点")
        let b = try #require(only("2027年底前，全区布设12处建筑垃圾临时堆放点。"))
        #expect(b.value == 12 && b.unit == "处" && b.year == 2027)
        let c = try #require(only("到2025年底，在主要路口安装200套智能监控设备。"))
        #expect(c.value == 200 && c.unit == "套")
    }

    @Test func indicatorsAreNounsWithoutTheVerbsInFront() throws {
        // 建成区 is the built-up area (a noun), 新建改建 and 改造提升 are verbs.
        let a = try #require(only("到2027年，建成区绿化覆盖率稳定在40%以上。"))
        #expect(a.indicator == "建成区绿化覆盖率")
        let b = try #require(only("到2027年，新建改建公园绿地120公顷。"))
        #expect(b.indicator == "公园绿地" && b.unit == "公顷")
        let c = try #require(only("2026年底前，改造提升小型压缩站50座。"))
        #expect(c.indicator == "小型压缩站")
    }

    @Test func aRateInTheMiddleOfADateIsNoCapacity() {
        // 2024/2025 年度 and 24小时/7天 are no capacities.
        #expect(TargetExtractor().targets(in: "按照2024/2025年度的安排，推进工作。", title: nil).isEmpty)
    }
}

/// A time limit written with 内 is a target of a law (十日内通知债权人), but before another
/// quantity of its phrase in a plan it is the span that quantity is reached in.
@Suite struct TargetTimeFrameTests {
    private func targets(_ text: String) -> [Target] {
        TargetExtractor().targets(in: text, title: nil)
    }

    @Test func aSpanBeforeACountIsNoTargetOfItsOwn() {
        let found = targets("力争三年内累计创建美丽乡村示范村200个。")
        #expect(found.map(\.value) == [200])
        #expect(found.first?.unit == "个")
    }

    @Test func aTimeLimitAloneIsStillATarget() {
        let found = targets("接到举报后，执法人员应当在30分钟内赶赴现场处置。")
        #expect(found.map(\.value) == [30])
        #expect(targets("公司应当自作出合并决议之日起十日内通知债权人。").map(\.value) == [10])
    }

    @Test func twoLimitsOfOnePhraseAreBothKept() {
        // 六十日内或者行驶里程三千公里内: whichever comes first; both are limits.
        let found = targets("电动自行车自售出之日起九十日内或者行驶里程两千公里内（以先到者为准），销售者应当承担包修责任。")
        #expect(found.map(\.value) == [90, 2000])
    }
}
