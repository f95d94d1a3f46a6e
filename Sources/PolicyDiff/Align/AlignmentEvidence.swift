/// Evidence that two clauses correspond beyond the wording they share: the local
/// clause cites the reference article by number, or both define the same term.
/// Each adds a fixed amount to the pair's score (`AlignmentThresholds.citation`,
/// `.definedTerm`), so a cited article can pair with an article that rewrote it, and
/// a pair with such evidence wins a tie against a neighbour with the same wording.
enum AlignmentEvidence {
    static func apply(to pairs: [PairScore], reference: Document, local: Document,
                      referenceProfiles: [ClauseProfile], localProfiles: [ClauseProfile],
                      weights: NGramWeights, thresholds: AlignmentThresholds) -> [PairScore] {
        var articles: [String: [Int]] = [:]
        for (r, profile) in referenceProfiles.enumerated() {
            if let label = reference.clauses[profile.index].path.last, RegulationShape.isArticleLabel(label) {
                articles[label, default: []].append(r)
            }
        }
        var cited: [Int: [(Int, String)]] = [:]  // local → (reference, article)
        let referenceTitle = ArticleCitations.title(of: reference)
        if !articles.isEmpty {
            for (l, profile) in localProfiles.enumerated() {
                for article in ArticleCitations.cited(by: local.clauses[profile.index], referenceTitle: referenceTitle) {
                    for r in articles[article] ?? [] { cited[l, default: []].append((r, article)) }
                }
            }
        }
        var referenceTerms: [String: [Int]] = [:]
        for (r, profile) in referenceProfiles.enumerated() {
            for term in DefinedTerms.terms(in: reference.clauses[profile.index].text) { referenceTerms[term, default: []].append(r) }
        }
        var defined: [Int: [(Int, String)]] = [:]
        if !referenceTerms.isEmpty {
            for (l, profile) in localProfiles.enumerated() {
                for term in DefinedTerms.terms(in: local.clauses[profile.index].text) {
                    for r in referenceTerms[term] ?? [] { defined[l, default: []].append((r, term)) }
                }
            }
        }
        let pairs = markClosestByCosine(pairs)
        guard !cited.isEmpty || !defined.isEmpty else { return pairs }

        var byKey: [Int: Int] = [:]
        let width = max(localProfiles.count, 1)
        var out = pairs
        for (i, p) in out.enumerated() { byKey[p.reference * width + p.local] = i }
        func pairIndex(_ r: Int, _ l: Int) -> Int {
            if let i = byKey[r * width + l] { return i }
            out.append(ClauseSimilarity.score(referenceProfiles[r], localProfiles[l], referenceIndex: r, localIndex: l, weights: weights))
            byKey[r * width + l] = out.count - 1
            return out.count - 1
        }
        func raise(_ found: [Int: [(Int, String)]], _ note: WritableKeyPath<PairScore, String?>, by bonus: Double) {
            for (l, list) in found.sorted(by: { $0.key < $1.key }) {
                for (r, what) in list {
                    let i = pairIndex(r, l)
                    guard out[i][keyPath: note] == nil else { continue }
                    out[i][keyPath: note] = what
                    out[i].score = min(1, out[i].score + bonus)
                }
            }
        }
        raise(cited, \.citedArticle, by: thresholds.citation)
        raise(defined, \.definedTerm, by: thresholds.definedTerm)
        return out.sorted { ($0.reference, $0.local) < ($1.reference, $1.local) }
    }
}

extension AlignmentEvidence {
    /// Marks, for each local clause, its closest reference clause by bigram TF-IDF
    /// cosine among the candidates (ties to the earlier pair). A weak pair — the
    /// remaining closest counterpart, below the chain bar — must be this one: the
    /// cosine is the reading least fooled by a stock phrase two long articles share.
    static func markClosestByCosine(_ pairs: [PairScore]) -> [PairScore] {
        var best: [Int: Int] = [:]
        for (i, p) in pairs.enumerated() {
            if let old = best[p.local] {
                let q = pairs[old]
                if p.cosine > q.cosine || (p.cosine == q.cosine && (p.reference, p.local) < (q.reference, q.local)) { best[p.local] = i }
            } else {
                best[p.local] = i
            }
        }
        var out = pairs
        for (_, i) in best { out[i].bestForLocal = true }
        return out
    }
}
