/// The clauses of one document that take part in alignment, with their profiles.
///
/// A heading whose body is all children (二、重点任务 over its items) has nothing of its
/// own to compare and is left out: it is neither kept nor dropped. Preamble and closing
/// (the framing of the document: 为贯彻落实…制定本方案 / 各地区各部门要认真落实…) are
/// aligned only with the other document's framing and never reported as omitted or
/// added, since every plan rewrites them for its own level.
///
/// An article of a regulation is never a mere heading: its lead-in (…应当遵循下列原则：)
/// and its items （一）（二）… are one rule, so the article takes part with the wording of
/// its items added to its own, and the items take part on their own as well (a local
/// article may restate one item only).
struct AlignableClauses {
    var profiles: [ClauseProfile] = []

    /// Least matchable characters of its own for a heading with children to be aligned.
    static let minimumOwnText = 12

    init(document: Document, neutralizer: LevelWordNeutralizer) {
        var children: [String: [Int]] = [:]
        for (i, clause) in document.clauses.enumerated() {
            if let parent = clause.parent { children[parent, default: []].append(i) }
        }
        for (i, clause) in document.clauses.enumerated() {
            let isArticle = clause.path.last.map(RegulationShape.isArticleLabel) ?? false
            if isArticle, children[clause.id] != nil {
                var whole = clause
                // The own text comes first, so garbled spans (offsets into it) still hold.
                whole.text = ([clause.text] + Self.descendants(of: clause.id, in: document, children: children)
                    .map { document.clauses[$0].text }).joined(separator: "\n")
                let profile = ClauseProfile(clause: whole, index: i, neutralizer: neutralizer)
                if !profile.matchable.isEmpty { profiles.append(profile) }
                continue
            }
            let profile = ClauseProfile(clause: clause, index: i, neutralizer: neutralizer)
            let own = ClauseProfile.ownBodyLength(of: clause, matchableCount: profile.matchable.count, title: profile.title)
            if profile.matchable.isEmpty { continue }
            if children[clause.id] != nil, own < Self.minimumOwnText { continue }
            profiles.append(profile)
        }
    }

    /// Positions of every clause below `id`, in reading order.
    static func descendants(of id: String, in document: Document, children: [String: [Int]]) -> [Int] {
        var out: [Int] = []
        var stack = Array((children[id] ?? []).reversed())
        while let next = stack.popLast() {
            out.append(next)
            stack.append(contentsOf: (children[document.clauses[next].id] ?? []).reversed())
        }
        return out
    }
}

extension ClauseProfile {
    var isFraming: Bool { kind == .preamble || kind == .closing }
}
