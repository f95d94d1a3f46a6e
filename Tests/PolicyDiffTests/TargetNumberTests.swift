import Testing
@testable import PolicyDiff

/// Numerals are read exactly, and only where they form a number.
@Suite struct TargetNumberTests {
    private func value(_ text: String) -> Double? {
        ChineseNumber.parse(Array(text.unicodeScalars)).map { $0.low.double }
    }

    private func span(_ text: String) -> (Double, Double?)? {
        guard let parsed = ChineseNumber.parse(Array(text.unicodeScalars)) else { return nil }
        return (parsed.low.double, parsed.high?.double)
    }

    @Test func readsPlaceValueNumerals() {
        #expect(value("三千五百") == 3500)
        #expect(value("十二") == 12)
        #expect(value("二十") == 20)
        #expect(value("一百零五") == 105)
        #expect(value("一万二千") == 12000)
        #expect(value("十万") == 100_000)
        #expect(value("一亿二千万") == 120_000_000)
    }

    @Test func readsLiangAsTwo() {
        #expect(value("两") == 2)
        #expect(value("两百") == 200)
        #expect(value("两万") == 20000)
    }

    @Test func readsYearsWrittenDigitByDigit() {
        #expect(value("二〇二〇") == 2020)
    }

    @Test func readsApproximateSpansAsRangesNotGluedDigits() {
        #expect(span("两三")! == (2, 3))
        #expect(span("三四十")! == (30, 40))
        #expect(span("十五六")! == (15, 16))
        #expect(span("七八百")! == (700, 800))
        #expect(span("一两")! == (1, 2))
    }

    @Test func refusesRunsThatAreNoNumeral() {
        #expect(value("一三三五") == nil)
        #expect(value("百") == nil)
        #expect(value("千") == nil)
        #expect(value("十十") == nil)
        #expect(value("三二") == nil)
    }

    @Test func readsDecimalsExactly() {
        #expect(value("一点五七") == 1.57)
        #expect(value("九十六点八五") == 96.85)
        #expect(DecimalValue(integer: "96", fraction: "85").double == 96.85)
        #expect(DecimalValue(integer: "1", fraction: "2").scaled(byPowerOfTen: 4).double == 12000)
        #expect(DecimalValue(integer: "0", fraction: "1").scaled(byPowerOfTen: 1).double == 1)
    }

    @Test func exactDecimalsSurviveIntoJSON() {
        let targets = TargetExtractor().targets(in: "研发经费投入占地区生产总值比重达到百分之一点五七。")
        #expect(targets.count == 1)
        #expect(targets.first.map { JSONValue.number($0.value).serialized() } == "1.57")
        let decimal = TargetExtractor().targets(in: "饮用水源地水质优良比例达到96.85%。")
        #expect(decimal.first.map { JSONValue.number($0.value).serialized() } == "96.85")
    }
}
