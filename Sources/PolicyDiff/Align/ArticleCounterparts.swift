/// Which articles of two regulations can be counterparts at all, read article by article.
///
/// A national law and the 实施办法 under it share their stock legal wording everywhere:
/// 依法追究法律责任, 成员大会或者成员代表大会, the list 修理、重作、更换、退货… recur in a
/// dozen articles of each. A paragraph (款) or an item of a few lines that shares such a
/// phrase scores as high as a restatement, so clause by clause a local article pairs with
/// whichever national articles happen to repeat the phrase. Read as a whole, an article
/// that restates a national article is that article's closest counterpart, or the national
/// article is its closest one (by the bigram TF-IDF cosine of the two whole articles, with
/// their paragraphs and items): the stock phrase is a small part of either whole.
///
/// So, between clauses that both sit in articles:
/// - a pair below the `match` bar (not a copy) and without a cited article or a defined
///   term stands only when its two articles are plausible counterparts: one is the other's
///   closest article (`isPlausible`). This prunes candidates before the aligner runs.
/// - a weak pair (the remaining closest counterpart, below the chain bar) goes with its
///   article: a local article already paired on firmer evidence takes weak pairs only to
///   the reference clauses (or their article) it is paired with; a local article paired
///   with nothing takes them only from its closest reference article, and only when that
///   article is clearly closer than the next (`AlignmentThresholds.weakMargin`). One
///   article, one weak counterpart — not one per paragraph.
/// - a clause too short to be a rule of its own (an item 向人民法院提起诉讼；) is no
///   evidence for a weak pair, nor for bringing its article along (`ArticleItems`).
///
/// Plans (一、(一) 1.) have no articles and are left as they are.
struct ArticleCounterparts {
    /// Profile index of each profile's article (itself for an article), nil outside articles.
    let referenceArticle: [Int?]
    let localArticle: [Int?]
    /// For each local article, its reference articles by whole-article cosine, closest first.
    private let closestForLocal: [Int: [(reference: Int, cosine: Double)]]
    /// For each reference article, its closest local article.
    private let closestForReference: [Int: Int]
    let isEmpty: Bool

    init(pairs: [PairScore], reference: Document, local: Document,
         referenceProfiles: [ClauseProfile], localProfiles: [ClauseProfile], weights: NGramWeights) {
        referenceArticle = Self.articles(of: referenceProfiles, in: reference)
        localArticle = Self.articles(of: localProfiles, in: local)
        var cosine: [Int: Double] = [:]  // ra * localCount + la
        let width = max(localProfiles.count, 1)
        for p in pairs {
            guard let ra = referenceArticle[p.reference], let la = localArticle[p.local] else { continue }
            let key = ra * width + la
            if cosine[key] != nil { continue }
            cosine[key] = (ra == p.reference && la == p.local) ? p.cosine
                : ClauseSimilarity.cosine(referenceProfiles[ra], localProfiles[la], weights: weights.weights)
        }
        var forLocal: [Int: [(reference: Int, cosine: Double)]] = [:]
        var forReference: [Int: (local: Int, cosine: Double)] = [:]
        for (key, c) in cosine {
            let ra = key / width, la = key % width
            forLocal[la, default: []].append((ra, c))
            if let old = forReference[ra], (old.cosine, -old.local) >= (c, -la) {} else { forReference[ra] = (la, c) }
        }
        for k in forLocal.keys {
            forLocal[k]?.sort { $0.cosine != $1.cosine ? $0.cosine > $1.cosine : $0.reference < $1.reference }
        }
        closestForLocal = forLocal
        closestForReference = forReference.mapValues(\.local)
        isEmpty = cosine.isEmpty
    }

    /// Both clauses sit in articles.
    func inArticles(_ r: Int, _ l: Int) -> Bool { referenceArticle[r] != nil && localArticle[l] != nil }

    /// The reference article is the local article's closest, or the local article is the
    /// reference article's closest and nearly as close to it as to its own closest
    /// (`secondArticleShare`): a local article that details two national articles is about
    /// as close to both, while one whose paragraph shares a stock phrase with a national
    /// article nothing else restates is far closer to the article it does restate.
    /// True outside articles.
    func isPlausible(_ r: Int, _ l: Int) -> Bool {
        guard let ra = referenceArticle[r], let la = localArticle[l] else { return true }
        guard let ranked = closestForLocal[la], let top = ranked.first else { return false }
        if top.reference == ra { return true }
        guard closestForReference[ra] == la, let mine = ranked.first(where: { $0.reference == ra }) else { return false }
        return mine.cosine >= Self.secondArticleShare * top.cosine
    }

    /// Least cosine, as a share of the local article's closest, for a second reference
    /// article to pair with it from the reference side: 0.6. On the dev laws the true second
    /// articles stand at 0.70 … 0.79 of the first.
    static let secondArticleShare = 0.6

    /// Candidates that may pair: copies, pairs with a citation or a defined term, and pairs
    /// of plausible articles.
    func prune(_ pairs: [PairScore], thresholds: AlignmentThresholds) -> [PairScore] {
        guard !isEmpty else { return pairs }
        return pairs.filter { p in
            p.score >= thresholds.match || p.citedArticle != nil || p.definedTerm != nil || isPlausible(p.reference, p.local)
        }
    }

    /// Whether a weak pair may stand beside the firmer `edges` (see the type's comment).
    func admitsWeak(_ pair: PairScore, edges: [OrderAwareAligner.Edge], referenceProfiles: [ClauseProfile],
                    thresholds: AlignmentThresholds) -> Bool {
        guard let la = localArticle[pair.local], let ra = referenceArticle[pair.reference] else { return true }
        guard referenceProfiles[pair.reference].matchable.count >= ClauseProfile.minimumParagraph else { return false }
        let firm = edges.filter { $0.kind != .weak && localArticle[$0.local] == la }
        if !firm.isEmpty {
            return firm.contains { e in
                e.reference == pair.reference || e.reference == ra || referenceArticle[e.reference] == pair.reference
            }
        }
        guard let ranked = closestForLocal[la], let top = ranked.first, top.reference == ra else { return false }
        let second = ranked.count > 1 ? ranked[1].cosine : 0
        return top.cosine - second >= thresholds.weakMargin
    }

    /// The profile of each profile's nearest enclosing article (第X条), nil when it has none.
    static func articles(of profiles: [ClauseProfile], in document: Document) -> [Int?] {
        var profileOfClause: [String: Int] = [:]
        for (i, p) in profiles.enumerated() { profileOfClause[p.clauseID] = i }
        var byID: [String: Int] = [:]
        for (i, c) in document.clauses.enumerated() { byID[c.id] = i }
        return profiles.map { profile in
            var clause: Clause? = document.clauses[profile.index]
            while let c = clause {
                if c.path.last.map(RegulationShape.isArticleLabel) ?? false { return profileOfClause[c.id] }
                clause = c.parent.flatMap { byID[$0] }.map { document.clauses[$0] }
            }
            return nil
        }
    }
}
