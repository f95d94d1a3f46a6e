/// Targets of a row of an indicator table (指标 | 单位 | 2020年（基期） | 2025年 | 2030年):
/// one target per cell under a year column, with that year as its deadline. The
/// indicator is the row's indicator cell, the unit the cell's own, else the row's
/// unit column, else the unit in brackets after the indicator (森林覆盖率（%）).
/// A column of the base year or the present state (基期, 现状) states no target.
struct TableTargetReader: Sendable {
    static let indicatorHeaders = ["指标名称", "指标", "主要指标", "名称", "项目", "内容"]
    static let unitHeaders = ["单位", "计量单位"]
    static let baselineWords = ["基期", "基准", "基数", "现状", "现值", "完成值", "实际"]

    let scanner = NumberSpanScanner()

    /// The year of a column whose header names a target year (2025年, 2030年目标值, 2025), or nil.
    static func targetYear(ofHeader header: String) -> Int? {
        if baselineWords.contains(where: { ScalarText.mayFind($0, in: header) && header.contains($0) }) { return nil }
        let scalars = Array(header.unicodeScalars).filter { !ClauseText.isSpace($0) }
        guard scalars.count >= 4 else { return nil }
        var i = 0
        while i + 4 <= scalars.count {
            if (i == 0 || !NumberSpanScanner.isArabicDigit(scalars[i - 1])),
               scalars[i..<(i + 4)].allSatisfy(NumberSpanScanner.isArabicDigit),
               i + 4 == scalars.count || !NumberSpanScanner.isArabicDigit(scalars[i + 4]),
               let year = Int(String(scalars[i..<(i + 4)].map(NumberSpanScanner.arabicDigitValue))),
               (1990...2100).contains(year) {
                // A year column says little else: 2025年, 2025年目标, 2030年目标值.
                return scalars.count - 4 <= 6 ? year : nil
            }
            i += 1
        }
        return nil
    }

    static let deadlineHeaders = ["完成时限", "完成时间", "时间节点", "时限", "时间要求", "完成年限"]

    /// The year of a task row's deadline cell (2026年底前, 2025年12月, 持续推进 → nil).
    static func deadline(of row: TableRow) -> Int? {
        guard let cell = row.cell(headed: deadlineHeaders) else { return nil }
        let text = ClauseText.scalars(of: cell)
        let masked = [Bool](repeating: false, count: text.count)
        if let mention = DeadlineScope.mentions(in: text, masked: masked).last { return mention.year }
        return targetYear(ofHeader: cell)
    }

    /// Whether the row is one of an indicator table (it has a target-year column).
    static func hasYearColumns(_ row: TableRow) -> Bool {
        row.headers.contains { targetYear(ofHeader: $0) != nil }
    }

    func targets(of row: TableRow) -> [Target] {
        let indicatorCell = row.cell(headed: TableTargetReader.indicatorHeaders)
            ?? row.cells.first(where: { cell in !cell.isEmpty && !cell.unicodeScalars.allSatisfy { NumberSpanScanner.isArabicDigit($0) || ClauseText.isSpace($0) } })
        guard var indicator = indicatorCell.map(ClauseText.trimmed), !indicator.isEmpty else { return [] }
        var unit = row.cell(headed: TableTargetReader.unitHeaders).map(ClauseText.trimmed) ?? ""
        if let (name, bracketed) = TableTargetReader.unitInBrackets(indicator) {
            indicator = name
            if unit.isEmpty { unit = bracketed }
        }
        var result: [Target] = []
        for (index, header) in row.headers.enumerated() where index < row.cells.count {
            guard let year = TableTargetReader.targetYear(ofHeader: header) else { continue }
            let cell = ClauseText.trimmed(row.cells[index])
            guard let target = target(in: cell, indicator: indicator, unit: unit, year: year) else { continue }
            result.append(target)
        }
        return result
    }

    private func target(in cell: String, indicator: String, unit columnUnit: String, year: Int) -> Target? {
        let text = ClauseText.scalars(of: cell)
        guard !text.isEmpty else { return nil }
        let masked = NotATarget.mask(text)
        guard let span = scanner.spans(in: text, range: 0..<text.count, masked: masked).first else { return nil }
        let before = IndicatorPhrase.boundsBefore.match(in: text, endingAt: span.start, floor: 0)?.value
        var unit = span.unit
        var value = span.low.double
        var high = span.high?.double
        if unit.isEmpty, !columnUnit.isEmpty {
            // 万吨, 亿元: the column's unit carries a multiplier the value is given in.
            unit = columnUnit
            if let multiplier = TableTargetReader.multiplier(of: columnUnit) {
                value *= multiplier.factor
                high = high.map { $0 * multiplier.factor }
                unit = multiplier.rest.isEmpty ? columnUnit : multiplier.rest
            }
        }
        let comparator = span.boundAfter ?? before ?? (span.approximate ? .approximately : .equal)
        return Target(indicator: indicator, value: value, valueMax: high, unit: unit, comparator: comparator,
                      year: year, text: indicator + "｜" + cell)
    }

    /// 森林覆盖率（%） → (森林覆盖率, %).
    static func unitInBrackets(_ indicator: String) -> (String, String)? {
        let scalars = Array(indicator.unicodeScalars)
        guard let last = scalars.last, last == ")" || last == "）",
              let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }), open > 0, scalars.count - open - 2 <= 8,
              scalars.count - open - 2 >= 1 else { return nil }
        return (ClauseText.trimmed(scalarString(scalars, 0..<open)), scalarString(scalars, (open + 1)..<(scalars.count - 1)))
    }

    /// 万吨 → (10000, 吨), 亿元 → (1e8, 元); nil for units without a multiplier.
    static func multiplier(of unit: String) -> (factor: Double, rest: String)? {
        let scalars = Array(unit.unicodeScalars)
        guard let m = NumberSpanScanner.multipliers.match(in: scalars, at: 0), m.length < scalars.count else { return nil }
        var factor = 1.0
        for _ in 0..<m.value { factor *= 10 }
        return (factor, scalarString(scalars, m.length..<scalars.count))
    }
}
