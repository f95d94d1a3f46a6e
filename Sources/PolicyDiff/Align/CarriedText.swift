/// A second counterpart must carry text of its own.
///
/// When a local clause is paired with several reference clauses (a merge) it must
/// really carry wording of each: the words it shares with the second must not be
/// the ones it already shares with the first. A local plan that drops one of two
/// similar neighbours (实施步骤 (一) and (二), both 阶段…) keeps the other's words,
/// which are also most of the dropped one's: that is an omission, not a merge.
/// (Not the other way: a reference clause restated in the body, in an annex's rules
/// and in a task-table row is rightly paired with all three, whose words overlap.)
///
/// Counterparts are taken strongest first (cited article, then score); a later one
/// stays when at least `AlignmentThresholds.exclusiveShare` of its own weighted
/// wording is shared with the clause and not already accounted for by those kept.
enum CarriedText {
    static func filter(_ edges: [OrderAwareAligner.Edge], referenceProfiles: [ClauseProfile],
                       localProfiles: [ClauseProfile], weights: NGramWeights,
                       thresholds: AlignmentThresholds) -> [OrderAwareAligner.Edge] {
        let w = weights.weights
        var dropped = Set<Int>()  // indices into edges
        func strongestFirst(_ a: Int, _ b: Int) -> Bool {
            let x = edges[a], y = edges[b]
            if (x.pair.citedArticle != nil) != (y.pair.citedArticle != nil) { return x.pair.citedArticle != nil }
            if x.pair.score != y.pair.score { return x.pair.score > y.pair.score }
            // At equal score (a paragraph 款 scores as its article does, the article's
            // profile holding the paragraph's text) the clause itself comes first: a copy
            // wins over the article that contains it.
            if x.pair.dice != y.pair.dice { return x.pair.dice > y.pair.dice }
            return (x.reference, x.local) < (y.reference, y.local)
        }
        // Grouped by local clause (merges); `side` 1 would group by reference clause.
        for side in 0..<1 {
            var groups: [Int: [Int]] = [:]
            for (i, e) in edges.enumerated() where !dropped.contains(i) {
                groups[side == 0 ? e.local : e.reference, default: []].append(i)
            }
            for (_, members) in groups.sorted(by: { $0.key < $1.key }) where members.count > 1 {
                let ordered = members.sorted(by: strongestFirst)
                var accounted: [Int32] = []
                for (rank, i) in ordered.enumerated() {
                    let e = edges[i]
                    let centre = side == 0 ? localProfiles[e.local].grams : referenceProfiles[e.reference].grams
                    let other = side == 0 ? referenceProfiles[e.reference] : localProfiles[e.local]
                    let shared = intersection(centre, other.grams)
                    if rank > 0, e.pair.citedArticle == nil, other.weight > 0 {
                        let own = subtracting(shared, accounted)
                        let share = own.reduce(0) { $0 + w[Int($1)] } / other.weight
                        if share < thresholds.exclusiveShare { dropped.insert(i); continue }
                    }
                    accounted = ClauseSimilarity.union([accounted, shared])
                }
            }
        }
        return edges.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var i = 0, j = 0, out: [Int32] = []
        while i < a.count, j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }

    static func subtracting(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var i = 0, j = 0, out: [Int32] = []
        while i < a.count {
            if j >= b.count || a[i] < b[j] { out.append(a[i]); i += 1 } else if a[i] == b[j] { i += 1; j += 1 } else { j += 1 }
        }
        return out
    }
}
