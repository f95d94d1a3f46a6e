import Foundation

/// What of a clause takes part in matching: its wording with the numbering label,
/// the responsibility tag, garbled spans, punctuation and level words taken out,
/// cut into character n-grams (Chinese needs no word segmenter for this).
public struct ClauseProfile: Sendable {
    public var clauseID: String
    /// Position of the clause in its document's `clauses`.
    public var index: Int
    public var kind: ClauseKind
    /// Neutralised letters, digits and CJK characters, in order.
    public var matchable: [Unicode.Scalar]
    /// Sorted, distinct n-gram keys of `matchable` (bigrams and trigrams).
    public var gramKeys: [UInt64]
    /// Sorted, distinct n-gram keys of the heading title, empty when there is none.
    public var titleKeys: [UInt64]
    /// The heading title as shown to a researcher.
    public var title: String?

    /// Dense ids of `gramKeys` / `titleKeys` in the weights' vocabulary, filled by `NGramWeights`.
    public var grams: [Int32] = []
    public var titleGrams: [Int32] = []
    /// Sum of the weights of `grams`.
    public var weight: Double = 0
    public var titleWeight: Double = 0

    public init(clause: Clause, index: Int, neutralizer: LevelWordNeutralizer) {
        clauseID = clause.id
        self.index = index
        kind = clause.kind
        let title = clause.title ?? Self.headingTitle(of: clause)
        self.title = title
        matchable = Self.matchableScalars(of: clause, neutralizer: neutralizer)
        gramKeys = NGram.keys(of: matchable)
        if let title {
            let titleScalars = Self.matchable(neutralizer.neutralize(Array(title.unicodeScalars)))
            titleKeys = NGram.keys(of: titleScalars)
        } else {
            titleKeys = []
        }
    }

    /// The clause text ready for matching: garbled spans, label and responsibility tags out,
    /// level words neutralised, punctuation and spaces dropped.
    static func matchableScalars(of clause: Clause, neutralizer: LevelWordNeutralizer) -> [Unicode.Scalar] {
        var text = textWithoutGarbledSpans(clause)
        if let label = clause.label, text.hasPrefix(label) { text.removeFirst(label.count) }
        for assignment in clause.assignments where !assignment.text.isEmpty {
            text = text.replacingAll(assignment.text, with: "\n")
        }
        let scalars = ResponsibilityTag.removingTags(from: Array(text.unicodeScalars))
        return matchable(neutralizer.neutralize(scalars))
    }

    /// Garbled spans are mis-decoded bytes: any n-gram or sentence they yield is noise.
    /// Each becomes a line break, so no n-gram or sentence bridges it.
    static func textWithoutGarbledSpans(_ clause: Clause) -> String {
        guard !clause.garbledSpans.isEmpty else { return clause.text }
        var characters = Array(clause.text)
        for span in clause.garbledSpans.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            let lower = max(0, min(span.lowerBound, characters.count))
            let upper = max(lower, min(span.upperBound, characters.count))
            characters.replaceSubrange(lower..<upper, with: ["\n"])
        }
        return String(characters)
    }

    static func matchable(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.compactMap { s in
            if LevelWordNeutralizer.isCJK(s) || s == LevelWordNeutralizer.placeholder { return s }
            if s.isASCII, s.properties.isAlphabetic || ("0"..."9").contains(s) { return s }
            // Full-width digits and letters read as their ASCII twins.
            if (0xFF10...0xFF19).contains(s.value) || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value) {
                return Unicode.Scalar(s.value - 0xFEE0)
            }
            return nil
        }
    }

    /// The title of a heading when the segmenter gave none: the heading line after its
    /// label, up to the first 。 (an inline title) or the whole line when it stands alone.
    static func headingTitle(of clause: Clause) -> String? {
        guard let label = clause.label else { return nil }
        // Scalars, not Characters: only 。；; and line ends are looked for.
        var line = clause.text.unicodeScalars.drop { $0 == "\n" }
        if let end = line.firstIndex(of: "\n") { line = line[..<end] }
        if line.starts(with: label.unicodeScalars) { line = line.dropFirst(label.unicodeScalars.count) }
        if let stop = line.firstIndex(where: { $0 == "。" || $0 == "；" || $0 == ";" }) { line = line[..<stop] }
        let trimmed = Array(line).drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed()
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return nil }
        return ScalarText.string(trimmed)
    }

    /// Matchable length of the text a clause has beyond its heading line: a heading
    /// whose body is all children has none and takes no part in alignment.
    static func ownBodyLength(of clause: Clause, matchableCount: Int, title: String?) -> Int {
        let titleCount = title.map { matchable(Array($0.unicodeScalars)).count } ?? 0
        return max(0, matchableCount - titleCount)
    }
}

/// Character n-grams as 64-bit keys: 21 bits per scalar, a marker bit for bigrams.
enum NGram {
    static func keys(of scalars: [Unicode.Scalar]) -> [UInt64] {
        guard scalars.count >= 2 else {
            return scalars.map { UInt64($0.value) | (1 << 63) | (1 << 62) }
        }
        var keys: [UInt64] = []
        keys.reserveCapacity(scalars.count * 2)
        for i in 0..<(scalars.count - 1) {
            let a = UInt64(scalars[i].value), b = UInt64(scalars[i + 1].value)
            keys.append((1 << 63) | (a << 21) | b)
            if i + 2 < scalars.count {
                keys.append((a << 42) | (b << 21) | UInt64(scalars[i + 2].value))
            }
        }
        radixSort(&keys)
        var unique: [UInt64] = []
        unique.reserveCapacity(keys.count)
        for k in keys where unique.last != k { unique.append(k) }
        return unique
    }
}

/// Sorts 64-bit keys by bytes, least significant first, skipping bytes all keys share:
/// n-gram keys are many and the comparison sort of the standard library was a tenth of
/// the comparison's time.
func radixSort(_ keys: inout [UInt64]) {
    guard keys.count > 2048 else {
        keys.sort()
        return
    }
    var buffer = [UInt64](repeating: 0, count: keys.count)
    var counts = [Int](repeating: 0, count: 256)
    for shift in stride(from: 0, to: 64, by: 8) {
        for i in 0..<256 { counts[i] = 0 }
        for k in keys { counts[Int((k >> UInt64(shift)) & 0xFF)] += 1 }
        if counts.contains(keys.count) { continue }
        var total = 0
        for i in 0..<256 { let c = counts[i]; counts[i] = total; total += c }
        for k in keys {
            let d = Int((k >> UInt64(shift)) & 0xFF)
            buffer[counts[d]] = k
            counts[d] += 1
        }
        swap(&keys, &buffer)
    }
}

/// The responsibility tag closing a measure, (牵头单位:省质监局;责任单位:…) or
/// (农业农村部等负责): a list of offices, not wording, so it takes no part in matching.
enum ResponsibilityTag {
    /// Words that mark a parenthesis as a responsibility tag.
    static let cues: [String] = ["牵头单位", "责任单位", "牵头部门", "责任部门", "配合单位", "参与单位", "负责单位"]
    /// A tag may also end with 负责 (…等负责).
    static let closingCue = "负责"
    static let cueScalars: [[Unicode.Scalar]] = cues.map { Array($0.unicodeScalars) }

    static func removingTags(from scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "(" || s == "（" {
                var j = i + 1
                while j < scalars.count, j - i < 300, scalars[j] != ")", scalars[j] != "）", scalars[j] != "(", scalars[j] != "（" { j += 1 }
                if j < scalars.count, scalars[j] == ")" || scalars[j] == "）" {
                    let inner = scalars[(i + 1)..<j]
                    if cueScalars.contains(where: { ScalarText.contains(inner, $0) }) || inner.reversed().starts(with: closingCue.unicodeScalars.reversed()) {
                        out.append("\n")
                        i = j + 1
                        continue
                    }
                }
            }
            out.append(s)
            i += 1
        }
        return out
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
