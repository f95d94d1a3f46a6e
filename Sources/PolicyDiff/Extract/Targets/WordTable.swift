/// A set of words of the genre, matched on arrays of Unicode scalars: the longest
/// word starting at a position, or the longest word ending at one. Lookups go by
/// the first (or last) scalar, so a scan that asks at every position stays linear
/// in the text for a table of fixed size.
struct WordTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var scalars: [Unicode.Scalar]
        var value: Value
    }

    private var byFirst: [Unicode.Scalar: [Entry]] = [:]
    private var byLast: [Unicode.Scalar: [Entry]] = [:]
    /// One bit per scalar of the Basic Multilingual Plane: may a word start (end)
    /// with it? Most scalars of a text start no word, and the bit answers that
    /// without hashing.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    private var lastBits = [UInt64](repeating: 0, count: 1024)

    init(_ entries: [(String, Value)]) {
        for (word, value) in entries {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first, let last = scalars.last else { continue }
            byFirst[first, default: []].append(Entry(scalars: scalars, value: value))
            byLast[last, default: []].append(Entry(scalars: scalars, value: value))
            WordTable.set(&firstBits, first)
            WordTable.set(&lastBits, last)
        }
        // Longest first, then by spelling, so that the match does not depend on table order.
        for key in byFirst.keys { byFirst[key]?.sort(by: WordTable.longerFirst) }
        for key in byLast.keys { byLast[key]?.sort(by: WordTable.longerFirst) }
    }

    private static func set(_ bits: inout [UInt64], _ s: Unicode.Scalar) {
        guard s.value < 65536 else { return }
        bits[Int(s.value >> 6)] |= 1 << UInt64(s.value & 63)
    }

    @inline(__always)
    private static func mayHold(_ bits: [UInt64], _ s: Unicode.Scalar) -> Bool {
        guard s.value < 65536 else { return true }
        return bits[Int(s.value >> 6)] & (1 << UInt64(s.value & 63)) != 0
    }

    private static func longerFirst(_ a: Entry, _ b: Entry) -> Bool {
        if a.scalars.count != b.scalars.count { return a.scalars.count > b.scalars.count }
        return a.scalars.lexicographicallyPrecedes(b.scalars) { $0.value < $1.value }
    }

    /// The longest word that starts at `index` and ends at or before `limit`.
    func match(in text: [Unicode.Scalar], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = min(limit ?? text.count, text.count)
        guard index >= 0, index < end, WordTable.mayHold(firstBits, text[index]),
              let candidates = byFirst[text[index]] else { return nil }
        for entry in candidates where index + entry.scalars.count <= end {
            var same = true
            for k in 1..<entry.scalars.count where text[index + k] != entry.scalars[k] {
                same = false
                break
            }
            if same { return (entry.scalars.count, entry.value) }
        }
        return nil
    }

    /// The longest word that ends just before `end` and starts at or after `floor`.
    func match(in text: [Unicode.Scalar], endingAt end: Int, floor: Int = 0) -> (length: Int, value: Value)? {
        guard end > max(floor, 0), end <= text.count, WordTable.mayHold(lastBits, text[end - 1]),
              let candidates = byLast[text[end - 1]] else { return nil }
        for entry in candidates where end - entry.scalars.count >= max(floor, 0) {
            let start = end - entry.scalars.count
            var same = true
            for k in 0..<(entry.scalars.count - 1) where text[start + k] != entry.scalars[k] {
                same = false
                break
            }
            if same { return (entry.scalars.count, entry.value) }
        }
        return nil
    }

}

extension WordTable where Value == Bool {
    init(words: [String]) {
        self.init(words.map { ($0, true) })
    }
}

/// Text of a scalar range, for the few strings a target keeps. Built from UTF-8
/// bytes in one go: appending to a `String.UnicodeScalarView` one scalar at a time
/// costs several times more, and unit tags build one string per parenthesis. The
/// bytes are written by hand (the UTF-8 rule for one, two, three or four bytes):
/// appending each scalar's `utf8` view was still two thirds of the cost.
func scalarString(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
    let lower = max(0, range.lowerBound), upper = min(text.count, range.upperBound)
    guard lower < upper else { return "" }
    var utf8: [UInt8] = []
    utf8.reserveCapacity((upper - lower) * 4)
    for scalar in text[lower..<upper] {
        let v = scalar.value
        switch v {
        case 0..<0x80:
            utf8.append(UInt8(v))
        case 0x80..<0x800:
            utf8.append(UInt8(0xC0 | v >> 6))
            utf8.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            utf8.append(UInt8(0xE0 | v >> 12))
            utf8.append(UInt8(0x80 | (v >> 6) & 0x3F))
            utf8.append(UInt8(0x80 | v & 0x3F))
        default:
            utf8.append(UInt8(0xF0 | v >> 18))
            utf8.append(UInt8(0x80 | (v >> 12) & 0x3F))
            utf8.append(UInt8(0x80 | (v >> 6) & 0x3F))
            utf8.append(UInt8(0x80 | v & 0x3F))
        }
    }
    return String(decoding: utf8, as: UTF8.self)
}
