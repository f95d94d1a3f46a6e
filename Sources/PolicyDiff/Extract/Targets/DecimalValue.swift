/// A number as written: its digits and a power of ten, so that 96.85, 1.2万 and
/// 百分之一点五七 become the Double nearest to what the text says (96.85, 12000,
/// 1.57) — converted once from the digit string, never accumulated in floats.
struct DecimalValue: Sendable, Equatable {
    /// Decimal digits without sign, leading zeros allowed ("9685").
    var digits: String
    /// The value is digits × 10^exponent.
    var exponent: Int

    init(digits: String, exponent: Int = 0) {
        self.digits = digits.isEmpty ? "0" : digits
        self.exponent = exponent
    }

    init(_ integer: Int) {
        self.init(digits: String(max(0, integer)))
    }

    /// From an integer part and fraction digits, as in "96" and "85".
    init(integer: String, fraction: String) {
        self.init(digits: integer + fraction, exponent: -fraction.count)
    }

    func scaled(byPowerOfTen power: Int) -> DecimalValue {
        DecimalValue(digits: digits, exponent: exponent + power)
    }

    var double: Double {
        Double("\(digits)e\(exponent)") ?? 0
    }

    /// Whole and 1900…2100: how years are written.
    var looksLikeYear: Bool {
        exponent == 0 && digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20") || digits.hasPrefix("21"))
    }
}
