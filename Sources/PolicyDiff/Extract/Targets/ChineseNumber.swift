/// A number written in Chinese numerals (三千五百, 两, 十二, 一点五七, 二〇二〇),
/// or an approximate span written by naming two neighbouring digits (两三 is 2–3,
/// 三四十 is 30–40, 十五六 is 15–16). Glued digits that form no numeral (一三三五)
/// are not a number.
enum ChineseNumber {
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "零", "〇": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    static func placeValue(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
    }

    static func bigUnit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "万": return 10_000
        case "亿": return 100_000_000
        default: return nil
        }
    }

    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        digit(s) != nil || placeValue(s) != nil || bigUnit(s) != nil
    }

    /// The value of a run of numeral characters (点 allowed between them):
    /// one value, or a low–high pair for an approximate span; nil when the run is
    /// no well-formed numeral.
    static func parse<C: Collection>(_ run: C) -> (low: DecimalValue, high: DecimalValue?)? where C.Element == Unicode.Scalar {
        let scalars = Array(run)
        guard !scalars.isEmpty, scalars.count <= 24 else { return nil }
        if let dot = scalars.firstIndex(of: "点") {
            let fractionScalars = scalars[(dot + 1)...]
            guard dot > 0, !fractionScalars.isEmpty else { return nil }
            var fraction = ""
            for s in fractionScalars {
                guard let d = digit(s) else { return nil }
                fraction += String(d)
            }
            guard let whole = integer(Array(scalars[..<dot])) else { return nil }
            return (DecimalValue(integer: String(whole), fraction: fraction), nil)
        }
        // Two neighbouring digits side by side name an approximate span.
        if let pair = approximatePair(in: scalars) {
            var low = scalars, high = scalars
            low.remove(at: pair + 1)
            high.remove(at: pair)
            guard let a = integer(low), let b = integer(high), a < b else { return nil }
            return (DecimalValue(a), DecimalValue(b))
        }
        // 二〇二〇: digit by digit, the way years are written.
        if scalars.count >= 3, scalars.allSatisfy({ digit($0) != nil }), scalars.contains(where: { $0 == "〇" || $0 == "零" }) {
            return (DecimalValue(digits: scalars.compactMap { digit($0) }.map(String.init).joined()), nil)
        }
        guard let value = integer(scalars) else { return nil }
        return (DecimalValue(value), nil)
    }

    /// The index of the first of two adjacent digits that name a span (一两, 两三,
    /// 三四, 三五, 四五 … 八九), when the run has exactly one such pair.
    private static func approximatePair(in scalars: [Unicode.Scalar]) -> Int? {
        var found: Int?
        var i = 0
        while i + 1 < scalars.count {
            if let a = digit(scalars[i]), let b = digit(scalars[i + 1]), a != 0, b != 0 {
                guard b == a + 1 || (a == 3 && b == 5) || (a == 1 && b == 2 && scalars[i + 1] == "两"),
                      found == nil else { return nil }
                found = i
            }
            i += 1
        }
        guard let index = found else { return nil }
        // 一二 is no span in the genre (it is a list: 一二三产业); 一两 is.
        if scalars[index] == "一", scalars[index + 1] == "二" { return nil }
        return index
    }

    /// A whole number in place-value notation; nil for malformed runs (十十, 百城,
    /// two digits in a row).
    static func integer(_ scalars: [Unicode.Scalar]) -> Int? {
        guard !scalars.isEmpty else { return nil }
        var total = 0, section = 0
        var pending: Int? = nil
        var lastPlace = Int.max
        var sawZero = false
        for (index, s) in scalars.enumerated() {
            if let d = digit(s) {
                if d == 0 {
                    // 一千零五: a placeholder inside a place-value numeral.
                    guard pending == nil, index > 0 else { return scalars.count == 1 ? 0 : nil }
                    sawZero = true
                    continue
                }
                guard pending == nil else { return nil }
                pending = d
            } else if let place = placeValue(s) {
                // 十 may stand alone (十二, 十个); 百 and 千 need a digit (百城千业 is no number).
                let count: Int
                if let p = pending { count = p } else if place == 10 && !sawZero { count = 1 } else { return nil }
                guard place < lastPlace else { return nil }
                section += count * place
                lastPlace = place
                pending = nil
                sawZero = false
            } else if let big = bigUnit(s) {
                let head = section + (pending ?? 0)
                guard head > 0 else { return nil }
                // Checked arithmetic: 一亿一亿一亿… must give no number, not a trap.
                if big == 100_000_000 {
                    let (sum, o1) = total.addingReportingOverflow(head)
                    let (product, o2) = sum.multipliedReportingOverflow(by: big)
                    guard !o1, !o2 else { return nil }
                    total = product
                } else {
                    guard total % 100_000_000 == 0 || total == 0 else { return nil }
                    let (product, o1) = head.multipliedReportingOverflow(by: big)
                    let (sum, o2) = total.addingReportingOverflow(product)
                    guard !o1, !o2 else { return nil }
                    total = sum
                }
                section = 0
                pending = nil
                lastPlace = Int.max
                sawZero = false
            } else {
                return nil
            }
            if total > 1_000_000_000_000_000 { return nil }
        }
        return total + section + (pending ?? 0)
    }
}
