/// An indented outline of a document for a terminal: label, title, size, warnings.
public enum DocumentOutline {
    public static func render(_ document: Document) -> String {
        let m = document.metadata
        var lines: [String] = []
        lines.append("\(document.source)")
        lines.append("  title: \(m.title ?? "—")")
        lines.append("  issuer: \(m.issuer ?? "—")  level: \(m.level.rawValue)  date: \(m.date ?? "—")  number: \(m.docNumber ?? "—")")
        for cite in m.cites {
            lines.append("  implements: 《\(cite.title)》\(cite.docNumber.map { " \($0)" } ?? "")")
        }
        for warning in document.warnings {
            lines.append("  warning \(warning.code.rawValue): \(warning.message)\(warning.clause.map { " [\($0)]" } ?? "")")
        }
        for clause in document.clauses {
            let indent = String(repeating: "  ", count: max(clause.depth, 1))
            let label: String
            switch clause.kind {
            case .preamble: label = "[preamble]"
            case .closing: label = "[closing]"
            case .paragraph: label = "[paragraph]"
            case .numbered: label = clause.label ?? clause.path.last ?? "?"
            }
            var line = "\(indent)\(label) \(clause.title ?? "")"
            line += "  (\(clause.text.count) chars"
            if !clause.targets.isEmpty { line += ", \(clause.targets.count) targets" }
            if !clause.assignments.isEmpty { line += ", \(clause.assignments.count) unit tags" }
            line += ")"
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
