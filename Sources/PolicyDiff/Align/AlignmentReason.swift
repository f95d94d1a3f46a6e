/// Why two or more clauses were paired, in words a researcher can check against the texts.
enum AlignmentReason {
    static func describe(group: AlignmentGroups.Group, kind: AlignmentKind, score: Double,
                         reference: [Clause], local: [Clause]) -> String {
        let percent = Int((score * 100).rounded())
        var parts: [String] = []
        let r = reference.map(label).joined(separator: ", "), l = local.map(label).joined(separator: ", ")
        if reference.count > 1 {
            parts.append("local \(l) merges reference \(r)")
        } else if local.count > 1 {
            parts.append("reference \(r) is spread over local \(l)")
        } else {
            parts.append("reference \(r) ↔ local \(l)")
        }
        switch kind {
        case .moved: parts.append("matched outside the order of both documents")
        case .match: parts.append("in order")
        case .partial: parts.append("only part of the wording carried over")
        }
        parts.append("\(percent)% of the weighted wording shared")
        if let best = group.edges.compactMap(\.pair.title).max(), best >= 0.6 {
            parts.append("headings alike")
        }
        if group.edges.contains(where: { $0.kind == .weak }) {
            parts.append("paired as the closest counterpart left, below the bar for an in-order pair: check before relying on it")
        }
        for e in group.edges where e.kind == .split || e.kind == .merge {
            let share = Int(((e.kind == .split ? e.pair.localCoverage : e.pair.referenceCoverage) * 100).rounded())
            parts.append(e.kind == .split ? "a local piece draws \(share)% of its wording from the reference"
                                          : "a reference clause has \(share)% of its wording in the local text")
        }
        return parts.joined(separator: "; ")
    }

    static func label(_ clause: Clause) -> String {
        if clause.kind == .preamble { return "preamble" }
        if clause.kind == .closing { return "closing" }
        return clause.pathString.isEmpty ? clause.id : clause.pathString
    }
}
