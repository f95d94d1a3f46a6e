/// The numeric commitments an alignment changed: targets paired by what they
/// measure (their indicator), never by their value, then compared.
///
/// A reference target with no counterpart counts as `removed` only when the local
/// text still carries the statement it was read from, without the number (每年选择
/// 100户中小微企业开展点对点精准帮扶 → 选择中小微企业开展点对点精准帮扶); a statement
/// dropped altogether is a dropped sentence of the alignment, not a number change.
/// "Carried" means most of the phrase on either side of the number reappears as
/// unbroken runs: a clause on the same topic that reuses the words 医疗器械 and 质量管理
/// 规范 in other statements does not carry the statement. `added` is the converse.
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

    struct Located {
        var clause: String
        var target: Target
        var indicator: Set<UInt64>
        var phrase: Set<UInt64>
        /// The phrase's words before and after the number, neutralised.
        var sides: [[Unicode.Scalar]]
    }

    public func changes(in alignments: [Alignment], reference: Document, local: Document) -> [NumberChange] {
        var result: [NumberChange] = []
        for alignment in alignments {
            let rClauses = alignment.reference.compactMap { reference.clause(id: $0) }
            let lClauses = alignment.local.compactMap { local.clause(id: $0) }
            let r = located(rClauses), l = located(lClauses)
            guard !r.isEmpty || !l.isEmpty else { continue }
            // Only pairs sharing an indicator n-gram can reach `sameIndicator` (the phrase
            // part alone gives at most 0.3): an index instead of every pair, so a long
            // clause with hundreds of targets is not T × T set intersections.
            var localByKey: [UInt64: [Int]] = [:]
            for (j, b) in l.enumerated() { for k in b.indicator { localByKey[k, default: []].append(j) } }
            var candidates: [(Double, Int, Int)] = []
            for (i, a) in r.enumerated() {
                var seen = Set<Int>()
                for k in a.indicator { for j in localByKey[k] ?? [] where seen.insert(j).inserted {
                    let s = similarity(a, l[j])
                    if s >= Self.sameIndicator { candidates.append((s, i, j)) }
                } }
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
            let lText = lClauses.map(neutralText), rText = rClauses.map(neutralText)
            var budget = Self.cellsPerAlignment
            for (i, a) in r.enumerated() where !usedR.contains(i) {
                if let k = bestCarrier(a.sides, lText, budget: &budget), let clause = lClauses[safe: k] {
                    result.append(NumberChange(reference: a.clause, local: clause.id, indicator: a.target.indicator,
                                               from: a.target, to: nil, change: .removed))
                }
            }
            for (j, b) in l.enumerated() where !usedL.contains(j) {
                if let k = bestCarrier(b.sides, rText, budget: &budget), let clause = rClauses[safe: k] {
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
                Located(clause: c.id, target: t, indicator: Set(keys(t.indicator)), phrase: Set(keys(t.text)),
                        sides: sides(of: t))
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

    func neutralText(_ clause: Clause) -> [Unicode.Scalar] {
        ClauseProfile.matchable(neutralizer.neutralize(Array(clause.text.unicodeScalars)))
    }

    /// The words of the target's phrase before its first digit and after its last,
    /// the unit and a 以上/以下-type bound word next to the number left out.
    func sides(of target: Target) -> [[Unicode.Scalar]] {
        let m = ClauseProfile.matchable(neutralizer.neutralize(Array(target.text.unicodeScalars)))
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        guard let first = m.firstIndex(where: isDigit), let last = m.lastIndex(where: isDigit) else { return [m] }
        var after = Array(m[(last + 1)...])
        let unit = Array(ClauseProfile.matchable(Array(target.unit.unicodeScalars)))
        if !unit.isEmpty, after.starts(with: unit) { after.removeFirst(unit.count) }
        for bound in Self.boundWords where after.starts(with: bound) { after.removeFirst(bound.count); break }
        return [Array(m[..<first]), after].filter { !$0.isEmpty }
    }

    /// Bound words that follow a number (以上, 以下, 以内, 左右): part of the number, not of the statement.
    static let boundWords: [[Unicode.Scalar]] = ["以上", "以下", "以内", "左右", "及以上"].map { Array($0.unicodeScalars) }

    /// The clause of `texts` that carries the statement, when one carries enough of it.
    func bestCarrier(_ sides: [[Unicode.Scalar]], _ texts: [[Unicode.Scalar]], budget: inout Int) -> Int? {
        let total = sides.reduce(0) { $0 + $1.count }
        guard total >= 4 else { return nil }
        var best: (Double, Int)? = nil
        for (k, t) in texts.enumerated() {
            let kept = sides.reduce(0) { total, side in
                let cells = side.count * t.count
                guard cells <= budget else { return total }
                budget -= cells
                return total + Self.longestCommonRun(side, t)
            }
            let share = Double(kept) / Double(total)
            if share >= Self.statementCarried, best == nil || share > best!.0 { best = (share, k) }
        }
        return best?.1
    }

    static let maximumCells = 400_000
    /// Cells of run search one alignment may spend in all: without it a single long
    /// clause (a plan pasted as one paragraph) with T targets costs T × its length,
    /// quadratic. An alignment of the genre (a few items, a dozen targets) uses well
    /// under a tenth of it; past it, the remaining unpaired targets of that alignment
    /// are not reported as removed or added (they stay in its dropped/added sentences).
    static let cellsPerAlignment = 2_000_000

    /// Length of the longest run of `a` found unbroken in `b` (a is a short phrase).
    static func longestCommonRun(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        // Bounded: a clause of hundreds of thousands of characters (a document without
        // headings) is not searched; its targets are simply not reported as removed.
        guard !a.isEmpty, !b.isEmpty, a.count * b.count <= maximumCells else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1), current = previous
        var best = 0
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0
                if current[j] > best { best = current[j] }
            }
            swap(&previous, &current)
        }
        return best
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
