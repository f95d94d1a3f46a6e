/// Pairs the clauses of two documents, keeping to the order both are written in
/// where it can and allowing moves, merges and splits where the wording says so.
///
/// 1. The in-order chain: the set of pairs, increasing in both documents, with the
///    greatest total score (a weighted longest common subsequence over candidates).
///    One strong pair out of order cannot displace a run of ordered ones.
/// 2. Moves: clauses left out of the chain pair up, best score first, when their score
///    clears a higher bar than the chain's (the penalty for leaving the order).
/// 3. Splits and merges: a clause still alone joins the clause its wording is drawn from
///    (a local bullet cut from a reference paragraph) or carried into (a reference item
///    folded into a longer local one).
public struct OrderAwareAligner: Sendable {
    public enum EdgeKind: String, Sendable, Equatable {
        case chain, moved, split, merge, weak
        /// The article of a paired item (`ArticleItems`): the item's pairing carries its article.
        case article
        /// An annex clause that restates a task of its own document's body takes that
        /// task's counterparts (`AnnexRestatements`).
        case restated
    }

    public struct Edge: Sendable, Equatable {
        public var reference: Int
        public var local: Int
        public var kind: EdgeKind
        public var pair: PairScore
        /// For a `restated` edge, the local clause (profile index) the annex clause restates.
        public var restates: Int? = nil
    }

    public var thresholds: AlignmentThresholds

    public init(thresholds: AlignmentThresholds = .calibrated) {
        self.thresholds = thresholds
    }

    /// `compatible` says whether two clauses may pair at all (framing text pairs only with framing text).
    /// `articles`, for two regulations, says which articles may be counterparts and which
    /// weak pairs go with their article (`ArticleCounterparts`).
    func align(referenceCount: Int, localCount: Int, pairs: [PairScore],
               compatible: (Int, Int) -> Bool, articles: ArticleCounterparts?,
               referenceProfiles: [ClauseProfile]) -> [Edge] {
        let edges = align(referenceCount: referenceCount, localCount: localCount, pairs: pairs, compatible: compatible)
        guard let articles, !articles.isEmpty else { return edges }
        let firm = edges.filter { $0.kind != .weak }
        return edges.filter { $0.kind != .weak || articles.admitsWeak($0.pair, edges: firm, referenceProfiles: referenceProfiles, thresholds: thresholds) }
    }

    public func align(referenceCount: Int, localCount: Int, pairs: [PairScore],
                      compatible: (Int, Int) -> Bool) -> [Edge] {
        let usable = pairs.filter { compatible($0.reference, $0.local) }
        var edges = chain(usable.filter { $0.score >= thresholds.chain }, localCount: localCount)
        var referenceUsed = Set(edges.map(\.reference)), localUsed = Set(edges.map(\.local))

        let movable = usable.filter { $0.score >= thresholds.moved && !referenceUsed.contains($0.reference) && !localUsed.contains($0.local) }
            .sorted(by: Self.byScore)
        for pair in movable where !referenceUsed.contains(pair.reference) && !localUsed.contains(pair.local) {
            edges.append(Edge(reference: pair.reference, local: pair.local, kind: .moved, pair: pair))
            referenceUsed.insert(pair.reference)
            localUsed.insert(pair.local)
        }

        // A piece joins its whole only when the whole is already aligned or the piece's
        // wording is mostly the whole's; decisions read the state after steps 1–2 so the
        // order of clauses does not change the outcome. Coverage alone is weak evidence
        // for a short clause against a long one (half of a one-line item of a law is
        // found in almost any long article of the 实施办法), so the pair must also clear
        // the weak bar, or the piece must sit beside one already carried there
        // (consecutive items folded into one, or one cut into consecutive pieces).
        var extra: [Edge] = []
        var bestSplit: [Int: PairScore] = [:]
        var bestMerge: [Int: PairScore] = [:]
        var carriedBy: [Int: Set<Int>] = [:], piecesOf: [Int: Set<Int>] = [:]
        for e in edges { carriedBy[e.local, default: []].insert(e.reference); piecesOf[e.reference, default: []].insert(e.local) }
        func beside(_ set: Set<Int>?, _ i: Int) -> Bool { set.map { $0.contains(i - 1) || $0.contains(i + 1) } ?? false }
        for pair in usable {
            if !localUsed.contains(pair.local), pair.localCoverage >= thresholds.split,
               pair.score >= thresholds.weak || beside(piecesOf[pair.reference], pair.local) {
                if let old = bestSplit[pair.local], !Self.better(pair, old, by: \.localCoverage) {} else { bestSplit[pair.local] = pair }
            }
            if !referenceUsed.contains(pair.reference), pair.referenceCoverage >= thresholds.merge,
               pair.score >= thresholds.weak || beside(carriedBy[pair.local], pair.reference) {
                if let old = bestMerge[pair.reference], !Self.better(pair, old, by: \.referenceCoverage) {} else { bestMerge[pair.reference] = pair }
            }
        }
        for (_, pair) in bestSplit { extra.append(Edge(reference: pair.reference, local: pair.local, kind: .split, pair: pair)) }
        for (_, pair) in bestMerge {
            // A pair chosen both ways is one edge.
            if bestSplit[pair.local] == pair { continue }
            extra.append(Edge(reference: pair.reference, local: pair.local, kind: .merge, pair: pair))
        }
        edges += extra
        edges += weakEdges(usable, referenceUsed: referenceUsed.union(extra.map(\.reference)),
                           localUsed: localUsed.union(extra.map(\.local)), edges: edges)
        edges += foldedRuns(usable, edges: edges)
        return edges.sorted { ($0.reference, $0.local) < ($1.reference, $1.local) }
    }

    /// 4. What is still alone pairs with its best counterpart when they share enough
    /// rare wording to say the local text condenses the reference one (a local plan
    /// that rewrites three national items into one keeps a phrase or two of each).
    /// Such pairs are always `partial`.
    ///
    /// A local clause left alone takes its best reference clause. A reference clause
    /// left alone joins a local clause only beside a reference neighbour that local
    /// clause already carries (consecutive items condensed into one): a law has far
    /// more articles than the 实施办法 restates, and each unrestated article has *some*
    /// closest local article, which is no evidence that it was carried there.
    /// Either way the pair must be the local clause's closest by bigram TF-IDF cosine
    /// (`PairScore.bestForLocal`), so a stock phrase does not pick the partner.
    func weakEdges(_ pairs: [PairScore], referenceUsed: Set<Int>, localUsed: Set<Int>, edges: [Edge]) -> [Edge] {
        // Keyed by local clause and, for an article of several paragraphs (款), by the
        // paragraph that scored: each paragraph may restate an article of its own.
        struct Slot: Hashable { var local: Int; var paragraph: Int }
        // A reference clause already carried over nearly whole (a copy) is not the
        // closest counterpart of anything else that shares only a little with it: its
        // copy wins over a neighbour. (A second restatement strong in its own right,
        // an annex rule repeating a body task, still pairs.)
        let copied = Set(edges.filter { $0.pair.score >= thresholds.match }.map(\.reference))
        var bestForReference: [Int: PairScore] = [:], bestForLocal: [Slot: PairScore] = [:]
        for pair in pairs where pair.score >= thresholds.weak && (!copied.contains(pair.reference) || pair.score >= thresholds.moved) && pair.bestForLocal {
            if !referenceUsed.contains(pair.reference) {
                if let old = bestForReference[pair.reference], !Self.better(pair, old, by: \.score) {} else { bestForReference[pair.reference] = pair }
            }
            if !localUsed.contains(pair.local) {
                let slot = Slot(local: pair.local, paragraph: pair.localParagraph ?? -1)
                if let old = bestForLocal[slot], !Self.better(pair, old, by: \.score) {} else { bestForLocal[slot] = pair }
            }
        }
        // A whole-clause best and a paragraph best of the same local clause both stand
        // only when they name different reference clauses.
        var chosen: [PairScore] = []
        var chosenKeys = Set<Int>()
        func key(_ p: PairScore) -> Int { p.reference * 1_000_003 + p.local }
        for pair in bestForLocal.values.sorted(by: Self.byScore) where !chosenKeys.contains(key(pair)) {
            chosen.append(pair)
            chosenKeys.insert(key(pair))
        }
        var carried: [Int: Set<Int>] = [:]  // local → reference clauses it carries
        for e in edges { carried[e.local, default: []].insert(e.reference) }
        for p in chosen { carried[p.local, default: []].insert(p.reference) }
        for pair in bestForReference.values.sorted(by: Self.byScore) where !chosenKeys.contains(key(pair)) {
            let beside = carried[pair.local] ?? []
            if beside.contains(pair.reference - 1) || beside.contains(pair.reference + 1) {
                chosen.append(pair)
                chosenKeys.insert(key(pair))
                carried[pair.local, default: []].insert(pair.reference)
            }
        }
        // A local item that condenses a run of reference items (严查非法排放、"黑车"运营、
        // 非法消纳及跨省倾倒 in one item) carries each, even those the local text restates
        // again elsewhere (an annex's rules): a reference item near one the local clause
        // carries joins it when their pair clears the weak bar.
        // Only from pairs made on their own evidence (steps 1–3), so runs do not grow on runs.
        var anchors: [Int: Set<Int>] = [:]
        for e in edges { anchors[e.local, default: []].insert(e.reference) }
        var taken = chosenKeys.union(edges.map { $0.reference * 1_000_003 + $0.local })
        for pair in pairs.filter({ $0.score >= thresholds.weak }).sorted(by: Self.byScore) {
            guard !taken.contains(key(pair)), let beside = anchors[pair.local],
                  beside.contains(where: { $0 != pair.reference && abs($0 - pair.reference) <= Self.condensedRunReach }) else { continue }
            chosen.append(pair)
            taken.insert(key(pair))
        }
        return chosen.map { Edge(reference: $0.reference, local: $0.local, kind: .weak, pair: $0) }
    }

    /// 5. A local item that condenses a run of consecutive reference items keeps a
    /// little of each; a reference item left alone between two items folded into the
    /// same local item joins them at half the weak bar (national (二十)…(二十二) folded
    /// into one provincial item: the middle one shares least).
    func foldedRuns(_ pairs: [PairScore], edges: [Edge]) -> [Edge] {
        let used = Set(edges.map(\.reference))
        var carried: [Int: [Int]] = [:]  // local → reference clauses it carries, sorted
        for e in edges { carried[e.local, default: []].append(e.reference) }
        for k in carried.keys { carried[k]?.sort() }
        var best: [Int: PairScore] = [:]
        for pair in pairs where !used.contains(pair.reference) && pair.score >= thresholds.weak / 2 {
            // The gap must be a short one between two carried items (national (二十)…(二十二)
            // folded into one item), not the whole stretch between a local article's
            // first and last borrowed phrase.
            guard let list = carried[pair.local],
                  let below = list.last(where: { $0 < pair.reference }),
                  let above = list.first(where: { $0 > pair.reference }),
                  above - below <= Self.longestFoldedGap else { continue }
            if let old = best[pair.reference], !Self.better(pair, old, by: \.score) {} else { best[pair.reference] = pair }
        }
        return best.values.map { Edge(reference: $0.reference, local: $0.local, kind: .weak, pair: $0) }
    }

    /// How far (in reference clauses) an item may stand from one the local clause
    /// carries to join it as part of a condensed run.
    static let condensedRunReach = 2

    /// Widest span (in reference clauses) of a gap the folded-run rule fills: two
    /// missing items between two carried ones.
    static let longestFoldedGap = 3

    static func byScore(_ a: PairScore, _ b: PairScore) -> Bool {
        a.score != b.score ? a.score > b.score : (a.reference, a.local) < (b.reference, b.local)
    }

    static func better(_ a: PairScore, _ b: PairScore, by key: KeyPath<PairScore, Double>) -> Bool {
        a[keyPath: key] != b[keyPath: key] ? a[keyPath: key] > b[keyPath: key] : (a.reference, a.local) < (b.reference, b.local)
    }

    /// Heaviest chain strictly increasing in both indices: pairs by reference index,
    /// a Fenwick tree of best chain weight over local indices; O(P log n).
    func chain(_ pairs: [PairScore], localCount: Int) -> [Edge] {
        guard !pairs.isEmpty, localCount > 0 else { return [] }
        let sorted = pairs.sorted { ($0.reference, $0.local) < ($1.reference, $1.local) }
        var tree = [(Double, Int)](repeating: (0, -1), count: localCount + 1)
        func query(_ upTo: Int) -> (Double, Int) {  // best over local indices < upTo
            var i = upTo, best: (Double, Int) = (0, -1)
            while i > 0 {
                if tree[i].0 > best.0 || (tree[i].0 == best.0 && tree[i].1 >= 0 && (best.1 < 0 || tree[i].1 < best.1)) { best = tree[i] }
                i -= i & -i
            }
            return best
        }
        func update(_ position: Int, _ value: (Double, Int)) {
            var i = position + 1
            while i <= localCount {
                if value.0 > tree[i].0 { tree[i] = value }
                i += i & -i
            }
        }
        var total = [Double](repeating: 0, count: sorted.count)
        var previous = [Int](repeating: -1, count: sorted.count)
        var start = 0
        while start < sorted.count {
            var end = start
            while end < sorted.count, sorted[end].reference == sorted[start].reference { end += 1 }
            for k in start..<end {
                let best = query(sorted[k].local)
                total[k] = best.0 + sorted[k].score
                previous[k] = best.1
            }
            for k in start..<end { update(sorted[k].local, (total[k], k)) }
            start = end
        }
        var last = -1
        for k in total.indices where last < 0 || total[k] > total[last] { last = k }
        var edges: [Edge] = []
        while last >= 0 {
            edges.append(Edge(reference: sorted[last].reference, local: sorted[last].local, kind: .chain, pair: sorted[last]))
            last = previous[last]
        }
        return edges.reversed()
    }
}
