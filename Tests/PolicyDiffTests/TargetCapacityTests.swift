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

    @Test func aRateInTheMiddleOfADateIsNoCapacity() {
        // 2024/2025 年度 and 24小时/7天 are no capacities.
        #expect(TargetExtractor().targets(in: "按照2024/2025年度的安排，推进工作。", title: nil).isEmpty)
    }
}
