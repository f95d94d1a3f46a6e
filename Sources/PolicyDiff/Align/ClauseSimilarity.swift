/// How alike a reference clause and a local clause are, from the rare wording they share.
public struct PairScore: Sendable, Equatable {
    /// Indices into the reference and local profile arrays.
    public var reference: Int
    public var local: Int
    /// Weight of the n-grams both share.
    public var shared: Double
    /// Share of the reference clause's weighted wording found in the local clause:
    /// near 1 when the local clause carries the whole reference clause (or merges it).
    public var referenceCoverage: Double
    /// Share of the local clause's weighted wording found in the reference clause:
    /// near 1 when the local clause is drawn from it (one piece of a split).
    public var localCoverage: Double
    /// Heading titles alike (weighted Dice), nil when one side has no title.
    public var title: Double?
    /// The score alignments are built from, 0…1: weighted Dice of the wording, nudged by
    /// the titles, raised by the evidence below.
    public var score: Double
    /// The local clause cites this reference article by number (依照《…法》第X条).
    public var citedArticle: String? = nil
    /// Both clauses define the same term (本法所称X / 本办法所称X).
    public var definedTerm: String? = nil
    /// The local paragraph (款) whose wording gave the score, when one paragraph scored
    /// above the whole clause.
    public var localParagraph: Int? = nil
    /// Cosine of the two clauses' character-bigram TF-IDF vectors, 0…1: less harsh than
    /// Dice on a short national article restated inside a long local one.
    public var cosine: Double = 0
    /// The reference clause is the local clause's closest counterpart by that cosine
    /// (`AlignmentEvidence.markClosestByCosine`): only such pairs may be weak pairs.
    public var bestForLocal: Bool = false

    public var dice: Double {
        let total = referenceCoverage + localCoverage
        return total == 0 ? 0 : 2 * referenceCoverage * localCoverage / total
    }
}

public enum ClauseSimilarity {
    /// How much a matching heading title counts next to the wording: titles are short
    /// and generic (提升服务质量), so they only break near ties.
    static let titleShare = 0.15

    public static func score(_ r: ClauseProfile, _ l: ClauseProfile, referenceIndex: Int, localIndex: Int,
                             weights: NGramWeights) -> PairScore {
        let shared = sharedWeight(r.grams, l.grams, weights: weights.weights)
        let rc = r.weight > 0 ? min(1, shared / r.weight) : 0
        let lc = l.weight > 0 ? min(1, shared / l.weight) : 0
        var pair = PairScore(reference: referenceIndex, local: localIndex, shared: shared,
                             referenceCoverage: rc, localCoverage: lc, title: nil, score: 0)
        let paragraph = paragraphDice(r, l, weights: weights.weights, referenceCoverage: rc, localCoverage: lc, toBeat: pair.dice)
        var score = pair.dice
        if paragraph.dice > score {
            score = paragraph.dice
            pair.localParagraph = paragraph.localParagraph
        }
        if r.titleWeight > 0, l.titleWeight > 0 {
            let t = sharedWeight(r.titleGrams, l.titleGrams, weights: weights.weights)
            let title = min(1, 2 * t / (r.titleWeight + l.titleWeight))
            pair.title = title
            score = (1 - titleShare) * score + titleShare * title
        }
        pair.cosine = cosine(r, l, weights: weights.weights)
        // The cosine is one more reading of the same wording: whichever reading finds
        // more in common scores the pair (calibration in AlignmentThresholds).
        pair.score = max(score, pair.cosine)
        return pair
    }

    /// Cosine of the bigram TF-IDF vectors (term frequency × IDF, the weights' IDF).
    static func cosine(_ r: ClauseProfile, _ l: ClauseProfile, weights: [Double]) -> Double {
        guard r.bigramNorm > 0, l.bigramNorm > 0 else { return 0 }
        let a = r.bigrams, b = l.bigrams
        var i = 0, j = 0, dot = 0.0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                let w = weights[Int(a[i])]
                dot += Double(r.bigramCounts[i]) * Double(l.bigramCounts[j]) * w * w
                i += 1; j += 1
            } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return min(1, dot / (r.bigramNorm * l.bigramNorm))
    }

    /// Best weighted Dice of one side's whole clause against a paragraph of the other:
    /// a local article whose second paragraph restates the national article scores as
    /// that paragraph does, not diluted by the rules the other paragraphs add.
    static func paragraphDice(_ r: ClauseProfile, _ l: ClauseProfile, weights: [Double],
                              referenceCoverage rc: Double, localCoverage lc: Double,
                              toBeat: Double) -> (dice: Double, localParagraph: Int?) {
        var best = toBeat, bestParagraph: Int? = nil, found = false
        func dice(_ a: [Int32], _ aw: Double, _ b: [Int32], _ bw: Double) -> Double {
            guard aw > 0, bw > 0 else { return 0 }
            let shared = sharedWeight(a, b, weights: weights)
            let x = min(1, shared / aw), y = min(1, shared / bw)
            return x + y == 0 ? 0 : 2 * x * y / (x + y)
        }
        // A paragraph shares at most what the whole clause shares: against a local
        // paragraph the reference side's coverage stays ≤ rc, so Dice ≤ 2·rc/(rc+1).
        // Past that bound no paragraph can beat the whole clause and none is scored.
        if !l.paragraphGrams.isEmpty, 2 * rc / (rc + 1) > best {
            for (k, (grams, weight)) in zip(l.paragraphGrams, l.paragraphWeights).enumerated() {
                let d = dice(r.grams, r.weight, grams, weight)
                if d > best { best = d; bestParagraph = k; found = true }
            }
        }
        if !r.paragraphGrams.isEmpty, 2 * lc / (lc + 1) > best {
            for (grams, weight) in zip(r.paragraphGrams, r.paragraphWeights) {
                let d = dice(grams, weight, l.grams, l.weight)
                if d > best { best = d; bestParagraph = nil; found = true }
            }
        }
        return found ? (best, bestParagraph) : (0, nil)
    }

    /// Weight of the intersection of two sorted id lists.
    static func sharedWeight(_ a: [Int32], _ b: [Int32], weights: [Double]) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < a.count, j < b.count {
            if a[i] == b[j] { total += weights[Int(a[i])]; i += 1; j += 1 }
            else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return total
    }

    static func union(_ lists: [[Int32]]) -> [Int32] {
        var all = lists.flatMap { $0 }
        all.sort()
        var out: [Int32] = []
        out.reserveCapacity(all.count)
        for x in all where out.last != x { out.append(x) }
        return out
    }
}

/// Which pairs are worth scoring at all. Only pairs that share a rare n-gram are
/// candidates, and each clause keeps its best few: comparing a 1 MB plan with a
/// 1 MB plan then costs about (clauses × candidates), not (clauses × clauses).
public struct CandidatePairs: Sendable {
    /// Candidates kept per clause, in each direction.
    public static let perClause = 8

    public private(set) var pairs: [PairScore] = []

    public init(reference: [ClauseProfile], local: [ClauseProfile], weights: NGramWeights) {
        let df = weights.documentFrequency
        // A gram found in more clauses than this is too common to point at a counterpart.
        let rareLimit = Int32(max(8, Int(Double(weights.clauseCount).squareRoot())))
        // Postings of rare grams in one flat array (offsets per gram id), reference clauses in order.
        var offsets = [Int32](repeating: 0, count: df.count + 1)
        for profile in reference { for g in profile.grams where df[Int(g)] <= rareLimit { offsets[Int(g) + 1] += 1 } }
        for i in 0..<df.count { offsets[i + 1] += offsets[i] }
        var fill = offsets
        var postings = [Int32](repeating: 0, count: Int(offsets[df.count]))
        for (ri, profile) in reference.enumerated() {
            for g in profile.grams where df[Int(g)] <= rareLimit {
                postings[Int(fill[Int(g)])] = Int32(ri)
                fill[Int(g)] += 1
            }
        }
        let w = weights.weights
        var accumulated = [Double](repeating: 0, count: reference.count)
        var touched: [Int] = []
        var bestForReference = [[(Double, Int)]](repeating: [], count: reference.count)
        var chosen = Set<Int>()  // ri * local.count + li
        for (li, profile) in local.enumerated() {
            for g in profile.grams where df[Int(g)] <= rareLimit {
                for p in Int(offsets[Int(g)])..<Int(offsets[Int(g) + 1]) {
                    let r = Int(postings[p])
                    if accumulated[r] == 0 { touched.append(r) }
                    accumulated[r] += w[Int(g)]
                }
            }
            var row = touched.map { (accumulated[$0], $0) }
            for r in touched { accumulated[r] = 0 }
            touched.removeAll(keepingCapacity: true)
            row.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            for (value, r) in row.prefix(Self.perClause) where value > 0 { chosen.insert(r * local.count + li) }
            for (value, r) in row where value > 0 {
                Self.keepBest(&bestForReference[r], (value, li))
            }
        }
        for (r, best) in bestForReference.enumerated() {
            for (_, li) in best { chosen.insert(r * local.count + li) }
        }
        pairs = chosen.sorted().map { key in
            let r = key / max(local.count, 1), l = key % max(local.count, 1)
            return ClauseSimilarity.score(reference[r], local[l], referenceIndex: r, localIndex: l, weights: weights)
        }
    }

    private static func keepBest(_ list: inout [(Double, Int)], _ item: (Double, Int)) {
        if list.count < perClause {
            list.append(item)
        } else if let worst = list.indices.min(by: { (list[$0].0, -list[$0].1) < (list[$1].0, -list[$1].1) }),
                  item.0 > list[worst].0 {
            list[worst] = item
        } else {
            return
        }
    }
}
