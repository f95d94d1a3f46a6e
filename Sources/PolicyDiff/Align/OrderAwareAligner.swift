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
    public enum EdgeKind: String, Sendable, Equatable { case chain, moved, split, merge, weak }

    public struct Edge: Sendable, Equatable {
        public var reference: Int
        public var local: Int
        public var kind: EdgeKind
        public var pair: PairScore
    }

    public var thresholds: AlignmentThresholds

    public init(thresholds: AlignmentThresholds = .calibrated) {
        self.thresholds = thresholds
    }

    /// `compatible` says whether two clauses may pair at all (framing text pairs only with framing text).
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
        // order of clauses does not change the outcome.
        var extra: [Edge] = []
        var bestSplit: [Int: PairScore] = [:]
        var bestMerge: [Int: PairScore] = [:]
        for pair in usable {
            if !localUsed.contains(pair.local), pair.localCoverage >= thresholds.split {
                if let old = bestSplit[pair.local], !Self.better(pair, old, by: \.localCoverage) {} else { bestSplit[pair.local] = pair }
            }
            if !referenceUsed.contains(pair.reference), pair.referenceCoverage >= thresholds.merge {
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
                           localUsed: localUsed.union(extra.map(\.local)))
        edges += foldedRuns(usable, edges: edges)
        return edges.sorted { ($0.reference, $0.local) < ($1.reference, $1.local) }
    }

    /// 4. What is still alone pairs with its best counterpart when they share enough
    /// rare wording to say the local text condenses the reference one (a local plan
    /// that rewrites three national items into one keeps a phrase or two of each).
    /// Such pairs are always `partial`.
    func weakEdges(_ pairs: [PairScore], referenceUsed: Set<Int>, localUsed: Set<Int>) -> [Edge] {
        var bestForReference: [Int: PairScore] = [:], bestForLocal: [Int: PairScore] = [:]
        for pair in pairs where pair.score >= thresholds.weak {
            if !referenceUsed.contains(pair.reference) {
                if let old = bestForReference[pair.reference], !Self.better(pair, old, by: \.score) {} else { bestForReference[pair.reference] = pair }
            }
            if !localUsed.contains(pair.local) {
                if let old = bestForLocal[pair.local], !Self.better(pair, old, by: \.score) {} else { bestForLocal[pair.local] = pair }
            }
        }
        var chosen: [PairScore] = Array(bestForReference.values)
        for pair in bestForLocal.values where !chosen.contains(pair) { chosen.append(pair) }
        return chosen.map { Edge(reference: $0.reference, local: $0.local, kind: .weak, pair: $0) }
    }

    /// 5. A local item that condenses a run of consecutive reference items keeps a
    /// little of each; a reference item left alone between two items folded into the
    /// same local item joins them at half the weak bar (national (二十)…(二十二) folded
    /// into one provincial item: the middle one shares least).
    func foldedRuns(_ pairs: [PairScore], edges: [Edge]) -> [Edge] {
        let used = Set(edges.map(\.reference))
        var span: [Int: (Int, Int)] = [:]
        for e in edges {
            let old = span[e.local] ?? (e.reference, e.reference)
            span[e.local] = (min(old.0, e.reference), max(old.1, e.reference))
        }
        var best: [Int: PairScore] = [:]
        for pair in pairs where !used.contains(pair.reference) && pair.score >= thresholds.weak / 2 {
            guard let (low, high) = span[pair.local], low < pair.reference, pair.reference < high else { continue }
            if let old = best[pair.reference], !Self.better(pair, old, by: \.score) {} else { best[pair.reference] = pair }
        }
        return best.values.map { Edge(reference: $0.reference, local: $0.local, kind: .weak, pair: $0) }
    }

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
