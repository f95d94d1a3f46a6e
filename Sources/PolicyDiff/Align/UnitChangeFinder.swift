import Foundation

/// Lead and responsible offices an alignment changed, compared by canonical role so
/// that the level swap of a local plan (省质监局 → 市质监局) is no change, while an
/// office the local plan brings in (省工信委 → 市工信委、市质监局) is.
///
/// Compared only when both sides assign the measure: a local plan that writes no
/// responsibility tag at all has not removed the offices, it has not said.
public struct UnitChangeFinder: Sendable {
    public init() {}

    public func changes(in alignments: [Alignment], reference: Document, local: Document) -> [UnitChange] {
        changes(in: alignments.map { (reference: $0.reference, local: $0.local) }, reference: reference, local: local)
    }

    /// `scopes`: the clause ids compared for each alignment. The comparer leaves out
    /// clauses joined only as weak partial pairs: their offices belong to a measure the
    /// local clause barely carries.
    public func changes(in scopes: [(reference: [String], local: [String])], reference: Document, local: Document) -> [UnitChange] {
        var result: [UnitChange] = []
        for scope in scopes {
            let r = scope.reference.compactMap { reference.clause(id: $0) }.filter { !$0.assignments.isEmpty }
            let l = scope.local.compactMap { local.clause(id: $0) }.filter { !$0.assignments.isEmpty }
            guard let rFirst = r.first, let lFirst = l.first else { continue }
            let rLead = Self.roles(r, lead: true), lLead = Self.roles(l, lead: true)
            let rResp = Self.roles(r, lead: false), lResp = Self.roles(l, lead: false)
            let change = UnitChange(reference: rFirst.id, local: lFirst.id,
                                    leadAdded: lLead.filter { !rLead.contains($0) },
                                    leadRemoved: rLead.filter { !lLead.contains($0) },
                                    responsibleAdded: lResp.filter { !rResp.contains($0) },
                                    responsibleRemoved: rResp.filter { !lResp.contains($0) })
            if !change.leadAdded.isEmpty || !change.leadRemoved.isEmpty
                || !change.responsibleAdded.isEmpty || !change.responsibleRemoved.isEmpty {
                result.append(change)
            }
        }
        return result
    }

    /// Roles in order of first mention, without repeats: the extractor's canonical roles,
    /// or, when it gave none, the names with their level words taken out.
    static func roles(_ clauses: [Clause], lead: Bool) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for clause in clauses {
            for a in clause.assignments {
                let canonical = lead ? a.leadRoles : a.responsibleRoles
                let names = lead ? a.lead : a.responsible
                let roles = canonical.isEmpty ? names.map(Self.fallbackRole) : canonical
                for role in roles where !role.isEmpty && seen.insert(role).inserted { out.append(role) }
            }
        }
        return out
    }

    /// 省质监局 → 质监局, 团省委 → 团委, 各市州 / 各县区 → 各: the level characters and
    /// place names of a unit name carry its level, not its role.
    static func fallbackRole(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "、,，;；:：。")))
        let neutral = LevelWordNeutralizer().neutralize(Array(trimmed.unicodeScalars))
        return ScalarText.string(neutral.filter { $0 != LevelWordNeutralizer.placeholder })
    }
}
