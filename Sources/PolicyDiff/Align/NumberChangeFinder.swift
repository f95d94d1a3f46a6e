/// The numeric commitments an alignment changed: targets paired by what they
/// measure (their indicator), never by their value, then compared.
///
/// A reference target with no counterpart counts as `removed` only when the local
/// text still carries the statement it was read from without the number (每年选择
/// 100户…开展帮扶 → 开展帮扶); a statement dropped altogether is a dropped sentence of
/// the alignment, not a number change. `added` is the converse.
public struct NumberChangeFinder: Sendable {
    /// Least indicator similarity for two targets to measure the same thing.
    public static let sameIndicator = 0.45
    /// Least share of a target's phrase (numbers aside) found in the other text for the
    /// statement to count as carried over.
    public static let statementCarried = 0.6

    let neutralizer: LevelWordNeutralizer

    public init(neutralizer: LevelWordNeutralizer) {
        self.neutralizer = neutralizer
    }

    struct Located { var clause: String; var target: Target; var indicator: Set<UInt64>; var phrase: Set<UInt64> }

    public func changes(in alignments: [Alignment], reference: Document, local: Document) -> [NumberChange] {
        var result: [NumberChange] = []
        for alignment in alignments {
            let rClauses = alignment.reference.compactMap { reference.clause(id: $0) }
            let lClauses = alignment.local.compactMap { local.clause(id: $0) }
            let r = located(rClauses), l = located(lClauses)
            guard !r.isEmpty || !l.isEmpty else { continue }
            var candidates: [(Double, Int, Int)] = []
            for (i, a) in r.enumerated() {
                for (j, b) in l.enumerated() {
                    let s = similarity(a, b)
                    if s >= Self.sameIndicator { candidates.append((s, i, j)) }
                }
            }
            candidates.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
            var usedR = Set<Int>(), usedL = Set<Int>()
            var matched: [(Int, Int)] = []
            for (_, i, j) in candidates where !usedR.contains(i) && !usedL.contains(j) {
                usedR.insert(i); usedL.insert(j); matched.append((i, j))
            }
            matched.sort { $0.0 < $1.0 }
            for (i, j) in matched where Self.differs(r[i].target, l[j].target) {
                result.append(NumberChange(reference: r[i].clause, local: l[j].clause, indicator: r[i].target.indicator,
                                           from: r[i].target, to: l[j].target, change: .changed))
            }
            let lText = lClauses.map(keysOfText), rText = rClauses.map(keysOfText)
            for (i, a) in r.enumerated() where !usedR.contains(i) {
                if let k = bestCarrier(a.phrase, lText), let clause = lClauses[safe: k] {
                    result.append(NumberChange(reference: a.clause, local: clause.id, indicator: a.target.indicator,
                                               from: a.target, to: nil, change: .removed))
                }
            }
            for (j, b) in l.enumerated() where !usedL.contains(j) {
                if let k = bestCarrier(b.phrase, rText), let clause = rClauses[safe: k] {
                    result.append(NumberChange(reference: clause.id, local: b.clause, indicator: b.target.indicator,
                                               from: nil, to: b.target, change: .added))
                }
            }
        }
        return result
    }

    /// Value, range, unit, comparator, deadline or period differ.
    static func differs(_ a: Target, _ b: Target) -> Bool {
        a.value != b.value || a.valueMax != b.valueMax || a.unit != b.unit || a.comparator != b.comparator
            || a.year != b.year || a.period != b.period
    }

    func located(_ clauses: [Clause]) -> [Located] {
        clauses.flatMap { c in
            c.targets.map { t in
                Located(clause: c.id, target: t, indicator: Set(keys(t.indicator)), phrase: Set(keys(t.text)))
            }
        }
    }

    /// Indicators alike (Dice of n-grams), with the phrases they sit in as a second opinion.
    func similarity(_ a: Located, _ b: Located) -> Double {
        let indicator = Self.dice(a.indicator, b.indicator)
        let phrase = Self.dice(a.phrase, b.phrase)
        return 0.7 * indicator + 0.3 * phrase
    }

    static func dice(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// N-grams of a phrase with digits and level words out: the words, not the numbers.
    func keys(_ text: String) -> [UInt64] {
        let m = ClauseProfile.matchable(neutralizer.neutralize(Array(text.unicodeScalars))).filter { !("0"..."9").contains($0) }
        return NGram.keys(of: m)
    }

    func keysOfText(_ clause: Clause) -> Set<UInt64> { Set(keys(clause.text)) }

    /// The clause of `texts` that carries most of the phrase, when one carries enough.
    func bestCarrier(_ phrase: Set<UInt64>, _ texts: [Set<UInt64>]) -> Int? {
        guard !phrase.isEmpty else { return nil }
        var best: (Double, Int)? = nil
        for (k, t) in texts.enumerated() {
            let share = Double(phrase.intersection(t).count) / Double(phrase.count)
            if share >= Self.statementCarried, best == nil || share > best!.0 { best = (share, k) }
        }
        return best?.1
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
