/// The clauses of one document that take part in alignment, with their profiles.
///
/// A heading whose body is all children (二、重点任务 over its items) has nothing of its
/// own to compare and is left out: it is neither kept nor dropped. Preamble and closing
/// (the framing of the document: 为贯彻落实…制定本方案 / 各地区各部门要认真落实…) are
/// aligned only with the other document's framing and never reported as omitted or
/// added, since every plan rewrites them for its own level.
struct AlignableClauses {
    var profiles: [ClauseProfile] = []

    /// Least matchable characters of its own for a heading with children to be aligned.
    static let minimumOwnText = 12

    init(document: Document, neutralizer: LevelWordNeutralizer) {
        let parents = Set(document.clauses.compactMap(\.parent))
        for (i, clause) in document.clauses.enumerated() {
            let profile = ClauseProfile(clause: clause, index: i, neutralizer: neutralizer)
            let own = ClauseProfile.ownBodyLength(of: clause, matchableCount: profile.matchable.count, title: profile.title)
            if profile.matchable.isEmpty { continue }
            if parents.contains(clause.id), own < Self.minimumOwnText { continue }
            profiles.append(profile)
        }
    }
}

extension ClauseProfile {
    var isFraming: Bool { kind == .preamble || kind == .closing }
}
