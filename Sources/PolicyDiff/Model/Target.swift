/// A numeric commitment read from a clause: 重点消费品质量监督抽查合格率稳定在90%以上.
public struct Target: Sendable, Equatable {
    /// The thing measured, as a short phrase (重点消费品质量监督抽查合格率).
    public var indicator: String
    /// Multipliers resolved: 18万件 is 180000 (unit 件); 翻一番 is 2 (unit 倍).
    /// For a range (3—5个) the lower bound; `valueMax` holds the upper.
    public var value: Double
    public var valueMax: Double?
    /// As written: %, 户, 个, 家, 项, 件, 倍 …
    public var unit: String
    public var comparator: Comparator
    /// The deadline in force (到2020年 …), nil when none.
    public var year: Int?
    public var period: Period?
    /// The phrase, between punctuation, the target was read from.
    public var text: String

    public init(indicator: String, value: Double, valueMax: Double? = nil, unit: String,
                comparator: Comparator, year: Int? = nil, period: Period? = nil, text: String) {
        self.indicator = indicator
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.comparator = comparator
        self.year = year
        self.period = period
        self.text = text
    }
}

/// How the value binds: the bound words of the genre (以上, 不低于, 超过, 以内, 左右 …).
public enum Comparator: String, Sendable, Equatable, CaseIterable {
    case atLeast = ">="
    case greaterThan = ">"
    case equal = "="
    case atMost = "<="
    case lessThan = "<"
    case approximately = "~"
}

/// How often a target recurs: 每年 (yearly), 每季度 (quarterly), 每两年, 每5年修订1次.
/// Raw values are the JSON's `period` strings (additions after `yearly` in the README).
public enum Period: String, Sendable, Equatable {
    case yearly
    case weekly
    case monthly
    case quarterly
    case halfYearly = "half-yearly"
    case everyTwoYears = "every-2-years"
    case everyThreeYears = "every-3-years"
    case everyFiveYears = "every-5-years"
    case everyTenYears = "every-10-years"
}
