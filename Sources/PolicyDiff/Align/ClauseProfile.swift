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
    /// Sorted, distinct n-gram keys of each paragraph (款) when the clause has more than
    /// one: an article of a 实施办法 often restates a national article in one of its
    /// paragraphs and adds rules of its own in the others.
    public var paragraphKeys: [[UInt64]] = []

    /// Dense ids of `gramKeys` / `titleKeys` / `paragraphKeys` in the weights' vocabulary, filled by `NGramWeights`.
    public var grams: [Int32] = []
    public var titleGrams: [Int32] = []
    public var paragraphGrams: [[Int32]] = []
    public var paragraphWeights: [Double] = []
    /// Sum of the weights of `grams`.
    public var weight: Double = 0
    public var titleWeight: Double = 0
    /// Character-bigram term frequencies of `matchable` (ids filled by `NGramWeights`) and
    /// the length of the TF-IDF vector they make: the cosine evidence of `ClauseSimilarity`.
    public var bigramKeys: [UInt64] = []
    public var bigramCounts: [Int32] = []
    public var bigrams: [Int32] = []
    public var bigramNorm: Double = 0

    public init(clause: Clause, index: Int, neutralizer: LevelWordNeutralizer) {
        clauseID = clause.id
        self.index = index
        kind = clause.kind
        let title = clause.title ?? Self.headingTitle(of: clause)
        self.title = title
        let own = Self.ownText(of: clause)
        matchable = Self.matchableScalars(own, of: clause, neutralizer: neutralizer)
        (gramKeys, bigramKeys, bigramCounts) = NGram.keysAndBigramCounts(of: matchable)
        // Paragraphs are 款 only in an article (a plan's or a table's lines are not), and
        // scoring them costs a second pass over the text: articles of two or more only.
        if RegulationShape.article(of: clause) != nil, clause.text.contains("\n") {
            paragraphKeys = Self.paragraphScalars(own, neutralizer: neutralizer).map { NGram.keys(of: $0) }
        }
        if let title {
            let titleScalars = Self.matchable(neutralizer.neutralize(Array(title.unicodeScalars)))
            titleKeys = NGram.keys(of: titleScalars)
        } else {
            titleKeys = []
        }
    }

    /// The clause's text with garbled spans out and its numbering label taken off the front.
    static func ownText(of clause: Clause) -> String {
        var text = textWithoutGarbledSpans(clause)
        if let label = clause.label, text.hasPrefix(label) { text.removeFirst(label.count) }
        return text
    }

    /// The clause text ready for matching (`ownText`): responsibility tags out,
    /// level words neutralised, punctuation and spaces dropped.
    static func matchableScalars(_ text: String, of clause: Clause, neutralizer: LevelWordNeutralizer) -> [Unicode.Scalar] {
        let untagged = ResponsibilityTag.removing(ResponsibilityTag.listedOffices(of: clause), from: Array(text.unicodeScalars))
        let scalars = ResponsibilityTag.removingTags(from: untagged)
        return matchable(neutralizer.neutralize(scalars))
    }

    /// Least matchable characters for a paragraph to be scored on its own.
    static let minimumParagraph = 12

    /// The matchable text of each paragraph, when the clause has two or more long enough.
    static func paragraphScalars(_ text: String, neutralizer: LevelWordNeutralizer) -> [[Unicode.Scalar]] {
        let paragraphs = text.split(separator: "\n").map { paragraph -> [Unicode.Scalar] in
            let untagged = ResponsibilityTag.removingTags(from: Array(paragraph.unicodeScalars))
            return matchable(neutralizer.neutralize(untagged))
        }.filter { $0.count >= minimumParagraph }
        return paragraphs.count > 1 ? paragraphs : []
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
            // ASCII letters and digits (the table answers without a property lookup).
            if s.isASCII, PlainScalars.isAlphanumeric(s) { return s }
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
