/// Unit changes as a researcher reads them: the offices as each text writes them
/// (省农牧厅 → 市农业局、市畜牧兽医局), the canonical roles only as a secondary label, each
/// change attributed to the clause whose tag it comes from (in a merged alignment, the
/// reference clause that named the office, not merely the first of the group).
struct UnitStatement: Equatable {
    enum Role: String, CaseIterable {
        case lead, responsible
    }

    enum Operation: String {
        case added, removed, renamed
    }

    /// One added, removed or renamed office: the unit of a repeated pattern.
    struct Component: Hashable {
        var role: Role
        var operation: Operation
        /// The role (added / removed) or the renaming's wording (农牧局 → 农业局).
        var subject: String
    }

    var role: Role
    var reference: String
    var local: String
    /// Names as written in the reference clause's tag, and in the local clause's.
    var before: [String]
    var after: [String]
    var components: [Component]

    static func statements(of c: Comparison) -> [UnitStatement] {
        var reference: [String: Clause] = [:], local: [String: Clause] = [:]
        for clause in c.reference.clauses where reference[clause.id] == nil { reference[clause.id] = clause }
        for clause in c.local.clauses where local[clause.id] == nil { local[clause.id] = clause }
        var out: [UnitStatement] = []
        var alignmentOfReference: [String: [Int]] = [:]
        for (i, a) in c.alignments.enumerated() { for id in a.reference { alignmentOfReference[id, default: []].append(i) } }
        for u in c.unitChanges {
            let alignment = (alignmentOfReference[u.reference] ?? []).lazy.map { c.alignments[$0] }.first { $0.local.contains(u.local) }
            let rIDs = (alignment?.reference ?? [u.reference]).filter { !(reference[$0]?.assignments.isEmpty ?? true) }
            let lIDs = (alignment?.local ?? [u.local]).filter { !(local[$0]?.assignments.isEmpty ?? true) }
            for role in Role.allCases {
                let (added, removed, renamed) = role == .lead
                    ? (u.leadAdded, u.leadRemoved, u.leadRenamed) : (u.responsibleAdded, u.responsibleRemoved, u.responsibleRenamed)
                guard !added.isEmpty || !removed.isEmpty || !renamed.isEmpty else { continue }
                // The clause whose tag names the office: a removed role (or a renaming's old
                // name) is the reference clause's, an added one the local clause's.
                var byReference: [String: [Component]] = [:]
                var order: [String] = []
                func put(_ id: String, _ component: Component) {
                    if byReference[id] == nil { order.append(id) }
                    byReference[id, default: []].append(component)
                }
                let localOwner = lIDs.first { id in
                    (added + renamed.map(\.to)).contains { Self.names(local[id], role).roles.contains($0) }
                } ?? lIDs.first ?? u.local
                for r in removed {
                    put(rIDs.first { Self.names(reference[$0], role).roles.contains(r) } ?? u.reference,
                        Component(role: role, operation: .removed, subject: r))
                }
                for r in renamed {
                    put(rIDs.first { Self.names(reference[$0], role).roles.contains(r.from) } ?? u.reference,
                        Component(role: role, operation: .renamed, subject: r.wording))
                }
                let addedOwner = order.first ?? (rIDs.first ?? u.reference)
                for a in added { put(addedOwner, Component(role: role, operation: .added, subject: a)) }
                for id in order {
                    out.append(UnitStatement(role: role, reference: id, local: localOwner,
                                             before: Self.names(reference[id], role).written,
                                             after: Self.names(local[localOwner], role).written,
                                             components: byReference[id] ?? []))
                }
            }
        }
        return out
    }

    /// The names a clause's tags give for a role, as written and as canonical roles
    /// (the extractor's, or the name with its level words out, as the change finder compares).
    static func names(_ clause: Clause?, _ role: Role) -> (written: [String], roles: [String]) {
        var written: [String] = [], roles: [String] = []
        for a in clause?.assignments ?? [] {
            let names = role == .lead ? a.lead : a.responsible
            let canonical = role == .lead ? a.leadRoles : a.responsibleRoles
            for (i, name) in names.enumerated() where !written.contains(name) {
                written.append(name)
                roles.append(canonical.count == names.count ? canonical[i] : UnitChangeFinder.fallbackRole(name))
            }
        }
        return (written, roles)
    }
}

/// A change repeated across many clauses (every list of co-responsible offices given
/// 各有关部门; one new district office added everywhere) is one finding about the plan,
/// not many about its clauses: it is stated once at the top with the clauses it
/// touches, and the rows below name only what is particular to each clause.
struct UnitPatterns {
    /// A component seen in this many statements or more is a pattern. Three: two clauses
    /// changed alike is common chance; three is the plan's own habit.
    static let least = 3

    /// Components that touch exactly the same clauses are one pattern (兰州新区 removed and
    /// 各有关部门 added in the same 14 clauses: one list replaced by another).
    struct Pattern {
        var components: [UnitStatement.Component]
        var statements: [UnitStatement]
    }

    let statements: [UnitStatement]
    let patterns: [Pattern]
    let patterned: Set<UnitStatement.Component>
    private let statementsOfClause: [String: [Int]]

    init(_ c: Comparison) {
        statements = UnitStatement.statements(of: c)
        var ofClause: [String: [Int]] = [:]
        for (i, s) in statements.enumerated() {
            ofClause["r" + s.reference, default: []].append(i)
            ofClause["l" + s.local, default: []].append(i)
        }
        statementsOfClause = ofClause
        var order: [UnitStatement.Component] = []
        var members: [UnitStatement.Component: [UnitStatement]] = [:]
        for s in statements {
            for component in s.components {
                if members[component] == nil { order.append(component) }
                members[component, default: []].append(s)
            }
        }
        var grouped: [Pattern] = []
        for k in order {
            let m = members[k] ?? []
            guard m.count >= Self.least else { continue }
            if let g = grouped.firstIndex(where: { $0.statements == m }) {
                grouped[g].components.append(k)
            } else {
                grouped.append(Pattern(components: [k], statements: m))
            }
        }
        // The widest first; ties keep the order of first mention.
        patterns = grouped.enumerated().sorted { ($0.element.statements.count, -$0.offset) > ($1.element.statements.count, -$1.offset) }
            .map(\.element)
        patterned = Set(patterns.flatMap(\.components))
    }

    func patternNumber(of component: UnitStatement.Component) -> Int? {
        patterns.firstIndex { $0.components.contains(component) }.map { $0 + 1 }
    }

    /// The statements of one alignment (by the clauses it holds).
    func statements(of a: Alignment) -> [UnitStatement] {
        let found = Set(a.reference.flatMap { statementsOfClause["r" + $0] ?? [] } + a.local.flatMap { statementsOfClause["l" + $0] ?? [] })
        return found.sorted().map { statements[$0] }
    }
}

/// The summary's table of repeated unit changes.
struct UnitPatternSummary {
    let context: ReportContext

    func render(into section: HTMLElement) {
        let patterns = context.unitPatterns.patterns
        guard !patterns.isEmpty else { return }
        section.element("h3", text: "反复出现的单位变化 Unit changes repeated across clauses")
        let table = section.element("table", ["class": "patterns"])
        let head = table.element("thead").element("tr")
        for title in ["变化 Change", "条款数 Clauses", "涉及条款 Where"] { head.element("th", ["scope": "col"], text: title) }
        let body = table.element("tbody")
        for (n, p) in patterns.enumerated() {
            let tr = body.element("tr", ["id": "unit-pattern-\(n + 1)"])
            tr.element("th", ["scope": "row"], text: "[\(n + 1)] " + p.components.map(ReportWording.unitComponent).joined(separator: "；"))
            tr.element("td", ["class": "num"], text: String(p.statements.count))
            let cell = tr.element("td", ["class": "links"])
            for (i, s) in p.statements.enumerated() {
                if i > 0 { cell.text("、") }
                context.link(cell, side: .reference, id: s.reference)
            }
        }
    }
}
