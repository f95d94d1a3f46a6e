/// The paragraphs (款) of a local article go with their article.
///
/// A 实施办法's article that restates a national article often adds a paragraph (款) or
/// an item of its own: 第十条 restates the national rule on 出资 and its 第二款 adds who
/// values the contribution. Each paragraph is also a clause of its own, and one that
/// shares little with the law would be reported as an addition though its article is
/// paired — the researcher reads it in the article's alignment instead, where the
/// diff shows what the paragraph adds. So an unpaired clause of a local article whose
/// other clauses are paired joins the alignment of the article's strongest pair (an
/// `article` edge, scored on its own wording so the alignment's score stays honest).
/// A local article with no pair at all is left alone: it is an addition. Items （一）… are
/// rules of their own (a list of duties, of sector cases) and keep their own account.
enum ArticleParts {
    static func edges(joining edges: [OrderAwareAligner.Edge], articles: ArticleCounterparts, local: Document,
                      referenceProfiles: [ClauseProfile], localProfiles: [ClauseProfile],
                      weights: NGramWeights) -> [OrderAwareAligner.Edge] {
        guard !articles.isEmpty else { return [] }
        var strongest: [Int: OrderAwareAligner.Edge] = [:]  // local article → its strongest pair
        var paired = Set<Int>()
        for e in edges {
            paired.insert(e.local)
            guard let la = articles.localArticle[e.local] else { continue }
            if let old = strongest[la], (old.pair.score, -old.reference) >= (e.pair.score, -e.reference) { continue }
            strongest[la] = e
        }
        var out: [OrderAwareAligner.Edge] = []
        for l in localProfiles.indices where !paired.contains(l) && isParagraph(local.clauses[localProfiles[l].index]) {
            guard let la = articles.localArticle[l], let anchor = strongest[la] else { continue }
            let pair = ClauseSimilarity.score(referenceProfiles[anchor.reference], localProfiles[l],
                                              referenceIndex: anchor.reference, localIndex: l, weights: weights)
            out.append(OrderAwareAligner.Edge(reference: anchor.reference, local: l, kind: .article, pair: pair))
        }
        return out
    }

    /// 第二款, 第三款 …: the path label of a paragraph of an article.
    static func isParagraph(_ clause: Clause) -> Bool {
        guard let label = clause.path.last, label.hasPrefix("第"), label.hasSuffix("款") else { return false }
        return RegulationShape.article(of: clause) != nil
    }
}
