/// Facts about Unicode scalars that let hot loops work on scalars instead of Characters
/// and Foundation's searches without changing a result.
///
/// The genre's text is CJK, full-width punctuation and ASCII: scalars that have no
/// canonical decomposition, combine with nothing and always form a character of their
/// own. In a text made only of such *plain* scalars a Character is a scalar, two texts
/// are canonically equal exactly when their scalars are, and Foundation's canonical
/// search finds what a scalar search finds; a text with anything else (a combining
/// mark, a compatibility ideograph, CR LF) takes the general path its caller keeps.
/// `PlainScalarsTests` checks both tables against the standard library and Foundation.
enum PlainScalars {
    /// Ranges of plain scalars: no canonical decomposition, canonical combining class 0,
    /// grapheme break on both sides whatever the neighbour (from this same list).
    static let ranges: [ClosedRange<UInt32>] = [
        0x09...0x0A, 0x20...0x7E,
        0xA0...0xBF, 0xD7...0xD7, 0xF7...0xF7,
        0x2010...0x2027, 0x2030...0x205E,
        0x2160...0x2188, 0x2460...0x25FF,
        0x3000...0x3029, 0x3030...0x303F,
        0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xE000...0xF8FF,
        0xFE10...0xFE19, 0xFE30...0xFE4F,
        0xFF01...0xFF65, 0xFFE0...0xFFE6,
    ]

    /// Bit per scalar of the Basic Multilingual Plane: plain (see `ranges`).
    private static let plainBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for range in ranges { for v in range { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } }
        return bits
    }()

    /// Bit per scalar of the Basic Multilingual Plane: alphabetic or numeric, as
    /// `Unicode.Scalar.Properties` says (letters, ideographs, digits, 〇, ①…).
    private static let alphanumericBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in 0..<UInt32(0x10000) {
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic || s.properties.numericType != nil else { continue }
            bits[Int(v >> 6)] |= 1 << UInt64(v & 63)
        }
        return bits
    }()

    @inline(__always)
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x10000 && plainBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }

    /// Whether every scalar of the text is plain.
    static func isPlain<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
        scalars.allSatisfy(isPlain)
    }

    static func isPlain(_ text: String) -> Bool { isPlain(text.unicodeScalars) }

    /// `s.properties.isAlphabetic || s.properties.numericType != nil`, from a table in the BMP.
    @inline(__always)
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x10000 { return alphanumericBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Whether `needle` occurs in `haystack` at `start`.
    @inline(__always)
    static func matches(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + needle.count <= haystack.count else { return false }
        for k in 0..<needle.count where haystack[start + k] != needle[k] { return false }
        return true
    }

    /// Every occurrence of `needle` taken out, left to right without overlaps (what
    /// Foundation's `replacingOccurrences(of:with: "")` does on plain text).
    static func removing(_ needle: [Unicode.Scalar], from text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !needle.isEmpty, needle.count <= text.count else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            if text[i] == needle[0], matches(needle, in: text, at: i) { i += needle.count } else { out.append(text[i]); i += 1 }
        }
        return out
    }

    /// Whether the non-empty `needle` occurs in `haystack`.
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] && matches(needle, in: haystack, at: start) {
            return true
        }
        return false
    }
}
