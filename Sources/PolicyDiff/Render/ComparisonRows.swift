/// The rows of the 对照 table: the reference in its own order, each aligned pair
/// on one row so wrapped text stays level, omissions in place with nothing on the
/// right, and local-only clauses slotted in after the local clause they follow.
struct ComparisonRows {
    enum Row: Equatable {
        case aligned(Int)
        case omitted(String)
        case referenceOnly(String)
        case added(String)
        case unverifiable(String)
        case localOnly(String)
        /// A reference heading and a local heading, neither compared, side by side.
        case headings(String, String)
    }

    let rows: [Row]

    init(_ c: Comparison) {
        var alignmentOfReference: [String: Int] = [:]
        var alignmentOfLocal: [String: Int] = [:]
        for (i, a) in c.alignments.enumerated() {
            for id in a.reference where alignmentOfReference[id] == nil { alignmentOfReference[id] = i }
            for id in a.local where alignmentOfLocal[id] == nil { alignmentOfLocal[id] = i }
        }
        let omitted = Set(c.omissions)

        var spine: [Row] = []
        var emitted = Set<Int>()
        for clause in c.reference.clauses {
            if let a = alignmentOfReference[clause.id] {
                if emitted.insert(a).inserted { spine.append(.aligned(a)) }
            } else if omitted.contains(clause.id) {
                spine.append(.omitted(clause.id))
            } else {
                spine.append(.referenceOnly(clause.id))
            }
        }
        // Alignments naming no reference clause the document holds still get a row.
        for i in c.alignments.indices where !emitted.contains(i) {
            spine.append(.aligned(i))
        }

        var rowOfLocal: [String: Int] = [:]
        for (r, row) in spine.enumerated() {
            if case .aligned(let a) = row {
                for id in c.alignments[a].local where rowOfLocal[id] == nil { rowOfLocal[id] = r }
            }
        }
        let added = Set(c.additions)
        let unverifiable = Set(c.unverifiable)
        // A local-only clause goes after the row of the nearest local clause before it.
        var before: [Row] = []
        var after: [Int: [Row]] = [:]
        let local = c.local.clauses
        for (index, clause) in local.enumerated() where alignmentOfLocal[clause.id] == nil {
            let row: Row = added.contains(clause.id) ? .added(clause.id)
                : unverifiable.contains(clause.id) ? .unverifiable(clause.id) : .localOnly(clause.id)
            var anchor: Int?
            var k = index - 1
            while k >= 0 {
                if let r = rowOfLocal[local[k].id] { anchor = r; break }
                k -= 1
            }
            if let anchor {
                after[anchor, default: []].append(row)
                rowOfLocal[clause.id] = anchor
            } else {
                before.append(row)
            }
        }
        var rows = before
        for (r, row) in spine.enumerated() {
            rows.append(row)
            rows += after[r] ?? []
        }
        var depth: [String: Int] = [:]
        for clause in c.reference.clauses { depth["r" + clause.id] = clause.depth }
        for clause in c.local.clauses { depth["l" + clause.id] = clause.depth }
        self.rows = ComparisonRows.pairingHeadings(rows, referenceDepth: { depth["r" + $0] ?? 0 },
                                                   localDepth: { depth["l" + $0] ?? 0 })
    }

    /// Section headings with no text of their own (一、总体要求) are not aligned. Within a
    /// run of such rows, a reference heading and a local heading of the same depth open
    /// the same stretch of the table, so they share a row as a 对照 reader expects; a
    /// heading with no partner at its depth keeps a row of its own, the shallower first.
    static func pairingHeadings(_ rows: [Row], referenceDepth: (String) -> Int, localDepth: (String) -> Int) -> [Row] {
        var out: [Row] = []
        var i = 0
        while i < rows.count {
            var references: [String] = [], locals: [String] = []
            var j = i
            while j < rows.count {
                if case .referenceOnly(let id) = rows[j] { references.append(id) }
                else if case .localOnly(let id) = rows[j] { locals.append(id) }
                else { break }
                j += 1
            }
            guard j > i else {
                out.append(rows[i])
                i += 1
                continue
            }
            var r = 0, l = 0
            while r < references.count || l < locals.count {
                if r < references.count, l < locals.count {
                    let rd = referenceDepth(references[r]), ld = localDepth(locals[l])
                    if rd == ld {
                        out.append(.headings(references[r], locals[l])); r += 1; l += 1
                    } else if rd < ld {
                        out.append(.referenceOnly(references[r])); r += 1
                    } else {
                        out.append(.localOnly(locals[l])); l += 1
                    }
                } else if r < references.count {
                    out.append(.referenceOnly(references[r])); r += 1
                } else {
                    out.append(.localOnly(locals[l])); l += 1
                }
            }
            i = j
        }
        return out
    }
}
