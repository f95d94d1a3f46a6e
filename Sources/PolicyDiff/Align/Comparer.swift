/// Compares a local plan with the document it implements: which reference clauses it
/// kept (and where), which it dropped, what it added, and which numbers and lead
/// offices it changed.
public struct Comparer: Sendable {
    public var thresholds: AlignmentThresholds

    public init(thresholds: AlignmentThresholds = .calibrated) {
        self.thresholds = thresholds
    }

    public func compare(reference: Document, local: Document) -> Comparison {
        let neutralizer = LevelWordNeutralizer(documents: [reference, local])
        let referenceSide = AlignableClauses(document: reference, neutralizer: neutralizer)
        let localSide = AlignableClauses(document: local, neutralizer: neutralizer)
        var profiles = referenceSide.profiles + localSide.profiles
        let weights = NGramWeights(profiles: &profiles)
        let referenceProfiles = Array(profiles[0..<referenceSide.profiles.count])
        let localProfiles = Array(profiles[referenceSide.profiles.count...])
        return compare(reference: reference, local: local, profiles: PairProfiles(
            neutralizer: neutralizer, reference: referenceProfiles, local: localProfiles, weights: weights))
    }

    /// The same comparison from profiles a corpus run made once per document (`PairProfiles.make`).
    public func compare(reference: Document, local: Document, profiles: PairProfiles) -> Comparison {
        let neutralizer = profiles.neutralizer, weights = profiles.weights
        let referenceProfiles = profiles.reference, localProfiles = profiles.local

        let candidates = CandidatePairs(reference: referenceProfiles, local: localProfiles, weights: weights)
        let evidenced = AlignmentEvidence.apply(to: candidates.pairs, reference: reference, local: local,
                                                referenceProfiles: referenceProfiles, localProfiles: localProfiles,
                                                weights: weights, thresholds: thresholds)
        let articles = ArticleCounterparts(pairs: evidenced, reference: reference, local: local,
                                           referenceProfiles: referenceProfiles, localProfiles: localProfiles, weights: weights)
        let pairs = articles.prune(evidenced, thresholds: thresholds)
        let alignedEdges = CarriedText.filter(
            OrderAwareAligner(thresholds: thresholds).align(
                referenceCount: referenceProfiles.count, localCount: localProfiles.count, pairs: pairs,
                compatible: { r, l in referenceProfiles[r].isFraming == localProfiles[l].isFraming },
                articles: articles, referenceProfiles: referenceProfiles),
            referenceProfiles: referenceProfiles, localProfiles: localProfiles, weights: weights, thresholds: thresholds)
        let withArticles = alignedEdges + ArticleItems.articleEdges(for: alignedEdges, articles: articles,
                                                                    referenceProfiles: referenceProfiles,
                                                                    localProfiles: localProfiles, weights: weights)
        let withParts = withArticles + ArticleParts.edges(joining: withArticles, articles: articles, local: local,
                                                          referenceProfiles: referenceProfiles,
                                                          localProfiles: localProfiles, weights: weights)
        let edges = AnnexRestatements.apply(to: withParts, local: local, localProfiles: localProfiles,
                                            referenceProfiles: referenceProfiles, weights: weights, thresholds: thresholds)

        let account = SentenceAccount(neutralizer: neutralizer, weights: weights)
        var alignments: [Alignment] = []
        var unitScopes: [(reference: [String], local: [String])] = []
        for group in AlignmentGroups.groups(of: edges) {
            let core = group.edges.contains { $0.kind != .weak } ? group.edges.filter { $0.kind != .weak } : group.edges
            unitScopes.append((reference: Array(Set(core.map(\.reference))).sorted().map { referenceProfiles[$0].clauseID },
                               local: Array(Set(core.map(\.local))).sorted().map { localProfiles[$0].clauseID }))
            let r = group.reference.map { referenceProfiles[$0] }
            let l = group.local.map { localProfiles[$0] }
            let referenceClauses = r.map { reference.clauses[$0.index] }
            let localClauses = l.map { local.clauses[$0.index] }
            let score = Self.groupScore(r, l, weights: weights)
            let kind: AlignmentKind = group.edges.contains { $0.kind == .moved } ? .moved
                : (score >= thresholds.match && !group.edges.contains { $0.kind == .weak } ? .match : .partial)
            let sentences = account.account(reference: referenceClauses, local: localClauses)
            alignments.append(Alignment(
                reference: r.map(\.clauseID), local: l.map(\.clauseID), score: score, kind: kind,
                reason: AlignmentReason.describe(group: group, kind: kind, score: score,
                                                 reference: referenceClauses, local: localClauses,
                                                 restated: Array(Set(group.edges.compactMap(\.restates))).sorted()
                                                    .map { local.clauses[localProfiles[$0].index] }),
                droppedSentences: sentences.dropped, addedSentences: sentences.added,
                diff: CharacterDiff.diff(referenceClauses.map(\.text).joined(separator: "\n"),
                                         localClauses.map(\.text).joined(separator: "\n"))))
        }

        let pairedReference = Set(edges.map(\.reference)), pairedLocal = Set(edges.map(\.local))
        let unpaired = referenceProfiles.indices.filter { !pairedReference.contains($0) && !referenceProfiles[$0].isFraming }
        let restatement = RestatementScope(reference: reference, local: local,
                                           referenceProfiles: referenceProfiles, localProfiles: localProfiles, edges: edges)
        let omissions = unpaired.filter { restatement.isOmission($0) }.map { referenceProfiles[$0].clauseID }
        let notRestated = unpaired.filter { !restatement.isOmission($0) }.map { referenceProfiles[$0].clauseID }
        var additions: [String] = []
        var unverifiable: [String] = []
        // A reference that starts mid-way (truncated-start) lacks its first items: a local
        // clause placed before everything the fragment accounts for may implement one of them.
        let truncated = ReferenceTruncation.isTruncatedStart(reference)
        let firstAccounted = edges.filter { $0.kind == .chain && !localProfiles[$0.local].isFraming }.map(\.local).min() ?? localProfiles.count
        for (i, profile) in localProfiles.enumerated() where !pairedLocal.contains(i) && !profile.isFraming {
            if truncated && i < firstAccounted { unverifiable.append(profile.clauseID) } else { additions.append(profile.clauseID) }
        }

        let numberChanges = NumberChangeFinder(neutralizer: neutralizer).changes(in: alignments, reference: reference, local: local)
        let unitChanges = UnitChangeFinder().changes(in: unitScopes, reference: reference, local: local)
        var comparison = Comparison(reference: reference, local: local, alignments: alignments, omissions: omissions,
                                    additions: additions, unverifiable: unverifiable,
                                    numberChanges: numberChanges, unitChanges: unitChanges)
        comparison.referenceTruncated = truncated
        comparison.notRestated = notRestated
        return comparison
    }

    /// Weighted Dice of everything the alignment's reference clauses say against everything its local clauses say.
    static func groupScore(_ r: [ClauseProfile], _ l: [ClauseProfile], weights: NGramWeights) -> Double {
        if r.count == 1, l.count == 1 {
            return ClauseSimilarity.score(r[0], l[0], referenceIndex: 0, localIndex: 0, weights: weights).score
        }
        let a = ClauseSimilarity.union(r.map(\.grams)), b = ClauseSimilarity.union(l.map(\.grams))
        let w = weights.weights
        let shared = ClauseSimilarity.sharedWeight(a, b, weights: w)
        let total = a.reduce(0) { $0 + w[Int($1)] } + b.reduce(0) { $0 + w[Int($1)] }
        return total == 0 ? 0 : min(1, 2 * shared / total)
    }
}
