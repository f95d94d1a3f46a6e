import Foundation

/// Lead and responsible offices an alignment changed, compared by canonical role so
/// that the level swap of a local plan (省质监局 → 市质监局) is no change, while an
/// office the local plan brings in (省工信委 → 市工信委、市质监局) is.
///
/// Compared only when both sides assign the measure: a local plan that writes no
/// responsibility tag at all has not removed the offices, it has not said.
public struct UnitChangeFinder: Sendable {
    /// Which roles are the same line of work under another name (the catalog's `related` column).
    public var catalog: UnitRoleCatalog

    public init(catalog: UnitRoleCatalog = .standard) {
        self.catalog = catalog
    }

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
            let lead = renamings(removed: rLead.filter { !lLead.contains($0) }, added: lLead.filter { !rLead.contains($0) })
            let responsible = renamings(removed: rResp.filter { !lResp.contains($0) }, added: lResp.filter { !rResp.contains($0) })
            var change = UnitChange(reference: rFirst.id, local: lFirst.id,
                                    leadAdded: lead.added, leadRemoved: lead.removed,
                                    responsibleAdded: responsible.added, responsibleRemoved: responsible.removed)
            change.leadRenamed = lead.renamed
            change.responsibleRenamed = responsible.renamed
            if !change.leadAdded.isEmpty || !change.leadRemoved.isEmpty
                || !change.responsibleAdded.isEmpty || !change.responsibleRemoved.isEmpty
                || !change.leadRenamed.isEmpty || !change.responsibleRenamed.isEmpty {
                result.append(change)
            }
        }
        return result
    }

    /// A removed role and an added role of the same line of work are one office renamed:
    /// the 2018 reform merged 质监局, 工商局 and 食药监局 into 市场监管局 and renamed 卫计委
    /// 卫健委, and a city often calls its 水利局 水务局. Every related (removed, added) pair
    /// is a renaming, so a merger (质监局、工商局 → 市场监管局) or a split (农牧局 →
    /// 农业局、畜牧兽医局, when the table relates them) shows whole; what pairs with
    /// nothing stays added or removed. Order: the removed roles' order, then the added's.
    func renamings(removed: [String], added: [String]) -> (removed: [String], added: [String], renamed: [UnitRenaming]) {
        var renamed: [UnitRenaming] = []
        var renamedFrom = Set<String>(), renamedTo = Set<String>()
        for from in removed {
            for to in added where catalog.areRelated(catalog.role(of: from), catalog.role(of: to)) {
                renamed.append(UnitRenaming(from: from, to: to))
                renamedFrom.insert(from)
                renamedTo.insert(to)
            }
        }
        return (removed.filter { !renamedFrom.contains($0) }, added.filter { !renamedTo.contains($0) }, renamed)
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
