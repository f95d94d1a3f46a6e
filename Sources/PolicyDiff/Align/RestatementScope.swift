/// When a reference clause without a counterpart is an omission.
///
/// A plan implements the plan above it item by item, so every reference item left
/// without a counterpart is an omission. A regulation that implements a law (a
/// provincial 实施办法 under a national law) restates only what it details: the law
/// applies whether restated or not, so an article it leaves out is "not restated",
/// a quieter finding. It is an omission only where the local text clearly restates
/// that stretch of the law: the reference articles on both sides of a short gap
/// (at most `longestOmittedRun` articles) have counterparts that stand next to each
/// other in the local text, so the local text went through that part of the law and
/// skipped these articles.
struct RestatementScope {
    /// Longest run of consecutive reference articles read as skipped rather than not restated.
    static let longestOmittedRun = 3
    /// How far apart (in local clauses) the counterparts of the articles around a gap may stand.
    static let neighbourDistance = 2

    private let restatesSelectively: Bool
    private let referenceArticle: [String?]
    private let localOf: [Int: [Int]]
    private let count: Int

    init(reference: Document, local: Document, referenceProfiles: [ClauseProfile], localProfiles: [ClauseProfile],
         edges: [OrderAwareAligner.Edge]) {
        restatesSelectively = RegulationShape.isRegulation(reference, profiles: referenceProfiles)
            && RegulationShape.isRegulation(local, profiles: localProfiles)
        referenceArticle = referenceProfiles.map { RegulationShape.article(of: reference.clauses[$0.index]) }
        var map: [Int: [Int]] = [:]
        // The preamble's pairing (title with title) says nothing about a stretch of articles.
        for e in edges where !referenceProfiles[e.reference].isFraming { map[e.reference, default: []].append(e.local) }
        localOf = map
        count = referenceProfiles.count
    }

    func isOmission(_ r: Int) -> Bool {
        guard restatesSelectively else { return true }
        // The run of unpaired reference clauses around r, and the articles it spans.
        var low = r, high = r
        while low > 0, localOf[low - 1] == nil { low -= 1 }
        while high + 1 < count, localOf[high + 1] == nil { high += 1 }
        let articles = Set((low...high).map { referenceArticle[$0] ?? "#\($0)" })
        guard articles.count <= Self.longestOmittedRun else { return false }
        let before = low > 0 ? localOf[low - 1]?.max() : nil
        let after = high + 1 < count ? localOf[high + 1]?.min() : nil
        switch (before, after) {
        case let (b?, a?): return a >= b && a - b <= Self.neighbourDistance
        // At either end of the law there is no stretch to have gone through: the opening
        // articles (purpose, definitions, principles) and the closing ones are what a
        // 实施办法 most often leaves to the law.
        default: return false
        }
    }
}
