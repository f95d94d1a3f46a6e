/// Items inside an article go with their article.
///
/// In a law the words of an article often sit in its items: 第三十六条 says only
/// 理事长、理事和管理人员不得有下列行为：, its （一）…（四） say what. A local article that
/// restates the items restates the article, so when a reference item is paired and
/// its article is paired with nothing, the article joins the item's pairing (an
/// `article` edge, scored on its own wording so the alignment's score stays honest).
enum ArticleItems {
    static func articleEdges(for edges: [OrderAwareAligner.Edge], reference: Document,
                             referenceProfiles: [ClauseProfile], localProfiles: [ClauseProfile],
                             weights: NGramWeights) -> [OrderAwareAligner.Edge] {
        var profileOfClause: [String: Int] = [:]
        for (i, p) in referenceProfiles.enumerated() { profileOfClause[p.clauseID] = i }
        var byID: [String: Clause] = [:]
        for c in reference.clauses { byID[c.id] = c }
        var paired = Set(edges.map(\.reference))
        var out: [OrderAwareAligner.Edge] = []
        for e in edges where e.kind != .weak {
            let clause = reference.clauses[referenceProfiles[e.reference].index]
            // The nearest ancestor that is an article.
            var parent = clause.parent.flatMap { byID[$0] }
            while let p = parent, !(p.path.last.map(RegulationShape.isArticleLabel) ?? false) { parent = p.parent.flatMap { byID[$0] } }
            guard let article = parent, let a = profileOfClause[article.id] else { continue }
            guard !paired.contains(a) else { continue }
            paired.insert(a)
            let pair = ClauseSimilarity.score(referenceProfiles[a], localProfiles[e.local], referenceIndex: a,
                                              localIndex: e.local, weights: weights)
            out.append(OrderAwareAligner.Edge(reference: a, local: e.local, kind: .article, pair: pair))
        }
        return out
    }
}
