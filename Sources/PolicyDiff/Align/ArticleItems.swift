/// Items inside an article go with their article.
///
/// In a law the words of an article often sit in its items: 第三十六条 says only
/// 理事长、理事和管理人员不得有下列行为：, its （一）…（四） say what. A local article that
/// restates the items restates the article, so when a reference item is paired and
/// its article is paired with nothing, the article joins the item's pairing (an
/// `article` edge, scored on its own wording so the alignment's score stays honest).
enum ArticleItems {
    static func articleEdges(for edges: [OrderAwareAligner.Edge], articles: ArticleCounterparts,
                             referenceProfiles: [ClauseProfile], localProfiles: [ClauseProfile],
                             weights: NGramWeights) -> [OrderAwareAligner.Edge] {
        var paired = Set(edges.map(\.reference))
        var out: [OrderAwareAligner.Edge] = []
        for e in edges where e.kind != .weak {
            // The article above the item (an article is its own and goes with nothing above it).
            guard let a = articles.referenceArticle[e.reference], a != e.reference, !paired.contains(a) else { continue }
            paired.insert(a)
            let pair = ClauseSimilarity.score(referenceProfiles[a], localProfiles[e.local], referenceIndex: a,
                                              localIndex: e.local, weights: weights)
            out.append(OrderAwareAligner.Edge(reference: a, local: e.local, kind: .article, pair: pair))
        }
        return out
    }
}
