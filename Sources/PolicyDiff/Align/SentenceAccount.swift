import Foundation

/// Within an alignment, which reference sentences the local text did not carry over
/// (the measures it dropped) and which local sentences have no source in the
/// reference (the measures it added).
///
/// A sentence counts as carried over when most of its weighted wording (level words
/// neutralised) is found anywhere in the other side's text: local plans reorder and
/// merge sentences, so position is not asked for.
public struct SentenceAccount: Sendable {
    /// Least share of a sentence's weighted n-grams found on the other side for it to count as carried.
    public static let carriedShare = 0.5
    /// Sentences shorter than this (in matchable characters) are headings or fragments, not measures.
    public static let minimumLength = 6
    /// Every n-gram counts at least this much, so a sentence of common words is still judged.
    static let floorWeight = 0.1

    let neutralizer: LevelWordNeutralizer
    let weights: NGramWeights
    private let memo = SentenceMemo()

    public init(neutralizer: LevelWordNeutralizer, weights: NGramWeights) {
        self.neutralizer = neutralizer
        self.weights = weights
    }

    public func account(reference: [Clause], local: [Clause]) -> (dropped: [String], added: [String]) {
        let r = reference.flatMap { memo.sentences(of: $0, side: "r", making: sentences(of:)) }
        let l = local.flatMap { memo.sentences(of: $0, side: "l", making: sentences(of:)) }
        let rKeys = Self.sortedUnique(r.flatMap(\.keys)), lKeys = Self.sortedUnique(l.flatMap(\.keys))
        // Titles count as wording the other side may carry, but are not reported themselves.
        let dropped = r.filter { !$0.isTitle && carried($0, into: lKeys) < Self.carriedShare }.map(\.text)
        let added = l.filter { !$0.isTitle && carried($0, into: rKeys) < Self.carriedShare }.map(\.text)
        return (dropped, added)
    }

    static func sortedUnique(_ keys: [UInt64]) -> [UInt64] {
        var all = keys
        radixSort(&all)
        var out: [UInt64] = []
        out.reserveCapacity(all.count)
        for k in all where out.last != k { out.append(k) }
        return out
    }

    /// Share of the sentence's weight whose n-grams occur in `other` (both sorted).
    ///
    /// Each key is looked up by galloping from the previous one (O(k·log(N/k)) for a
    /// sentence of k keys against N), not by walking `other` from its start: the walk
    /// made one long clause of S sentences cost S·N, quadratic. The whole account is
    /// O(N log N) — doubling both sides at most doubles it, plus the log factor.
    func carried(_ sentence: Sentence, into other: [UInt64]) -> Double {
        var total = 0.0, found = 0.0, j = 0
        for (k, w) in zip(sentence.keys, sentence.weights) {
            total += w
            j = NGram.firstIndex(notBelow: k, in: other, from: j)
            if j < other.count, other[j] == k { found += w }
        }
        return total == 0 ? 1 : found / total
    }

    struct Sentence { var text: String; var keys: [UInt64]; var weights: [Double]; var isTitle = false }

    /// Sentences of a clause, label and responsibility tags out, scanned as Unicode scalars
    /// (grapheme breaking is not needed to find 。 and costs most of the time).
    func sentences(of clause: Clause) -> [Sentence] {
        let text = ClauseProfile.textWithoutGarbledSpans(clause)
        var scalars = ResponsibilityTag.removing(ResponsibilityTag.listedOffices(of: clause), from: Array(text.unicodeScalars))
        if let label = clause.label, scalars.starts(with: label.unicodeScalars) { scalars.removeFirst(label.unicodeScalars.count) }
        scalars = ResponsibilityTag.removingTags(from: scalars)
        // The heading's title names the measure; a renamed heading is not a dropped measure.
        let title = (clause.title ?? ClauseProfile.headingTitle(of: clause)).map { ClauseProfile.matchable(Array($0.unicodeScalars)) }
        var result: [Sentence] = []
        var start = 0
        func flush(_ end: Int) {
            var lower = start, upper = end
            start = end
            while lower < upper, scalars[lower].properties.isWhitespace || scalars[lower] == "\n" { lower += 1 }
            while upper > lower, scalars[upper - 1].properties.isWhitespace || scalars[upper - 1] == "\n" { upper -= 1 }
            guard upper > lower else { return }
            let sentence = Array(scalars[lower..<upper])
            let isTitle = title.map { ClauseProfile.matchable(sentence) == $0 } ?? false
            let m = ClauseProfile.matchable(neutralizer.neutralize(sentence))
            guard m.count >= Self.minimumLength || isTitle else { return }
            let keys = NGram.keys(of: m)
            result.append(Sentence(text: ScalarText.string(sentence.filter { $0 != "\n" }), keys: keys,
                                   weights: weights.weights(ofSorted: keys).map { max(Self.floorWeight, $0) }, isTitle: isTitle))
        }
        for (i, s) in scalars.enumerated() where Self.sentenceEndValues.contains(s.value) { flush(i + 1) }
        flush(scalars.count)
        return result
    }

    /// Characters that end a sentence in the genre (a ；-separated list is one measure per item).
    static let sentenceEndScalars: Set<Unicode.Scalar> = ["。", "；", ";", "！", "？", "!", "?", "\n"]
    /// The same as values: looked up for every character of every aligned clause, without hashing.
    private static let sentenceEndValues: [UInt32] = sentenceEndScalars.map(\.value).sorted()
}

/// The sentences of the clauses an account has cut: a clause in several alignments (a
/// national article restated in three local articles) is cut and weighed once. A clause
/// is found again only when it is the same clause (same side, same id, equal value).
final class SentenceMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var byClause: [String: (clause: Clause, sentences: [SentenceAccount.Sentence])] = [:]

    func sentences(of clause: Clause, side: String, making: (Clause) -> [SentenceAccount.Sentence]) -> [SentenceAccount.Sentence] {
        let key = side + clause.id
        lock.lock()
        let hit = byClause[key]
        lock.unlock()
        if let hit, hit.clause == clause { return hit.sentences }
        let made = making(clause)
        lock.lock()
        byClause[key] = (clause, made)
        lock.unlock()
        return made
    }
}
