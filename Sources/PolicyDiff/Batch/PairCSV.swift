/// One pair's findings as a CSV table (RFC 4180: CRLF line ends, fields quoted when
/// they hold a comma, quote or line break), UTF-8 with a BOM so that spreadsheet
/// programs on Chinese Windows open it as UTF-8 and not as GBK.
///
/// One row per finding, all in one table so a researcher can filter by `record`:
/// alignment, omission, addition, unverifiable, target, number_change, unit,
/// unit_change, unit_pattern. Each column means one thing in every record (the README
/// lists them): `status` is what happened, `role` the office's role, `detail` the why.
enum PairCSV {
    static let columns = ["record", "side", "reference_clause", "local_clause", "label", "subject", "role",
                          "reference_value", "local_value", "status", "detail", "kind", "score", "coverage", "text"]

    struct Row {
        var record: String
        var side = ""
        var reference = ""
        var local = ""
        var label = ""
        var subject = ""
        var role = ""
        var referenceValue = ""
        var localValue = ""
        var status = ""
        var detail = ""
        var kind = ""
        var score = ""
        var coverage = ""
        var text = ""

        var fields: [String] {
            [record, side, reference, local, label, subject, role, referenceValue, localValue, status, detail, kind, score,
             coverage, text]
        }
    }

    static func render(_ c: Comparison) -> String {
        render(c, figures: ReportFigures(c), patterns: UnitPatterns(c))
    }

    static func render(_ c: Comparison, figures: ReportFigures, patterns: UnitPatterns) -> String {
        var rows: [Row] = []
        func name(_ d: Document, _ ids: [String]) -> String {
            ids.compactMap { d.clause(id: $0).map(ClauseName.short) }.joined(separator: " + ")
        }
        func pairLabel(_ r: [String], _ l: [String]) -> String {
            [name(c.reference, r), name(c.local, l)].filter { !$0.isEmpty }.joined(separator: " → ")
        }

        for a in c.alignments {
            let held = a.reference.compactMap { c.reference.clause(id: $0) }.reduce(0) { $0 + MeasureCount.sentences($1) }
            let total = max(held, a.droppedSentences.count)
            let carried = total == 0 ? 1 : Double(total - a.droppedSentences.count) / Double(total)
            rows.append(Row(record: "alignment", reference: a.reference.joined(separator: " "), local: a.local.joined(separator: " "),
                            label: pairLabel(a.reference, a.local), status: ReportWording.badge(a).cls.replacingOccurrences(of: "k-", with: ""),
                            detail: ReportWording.reason(a, reference: a.reference.map { name(c.reference, [$0]) },
                                                         local: a.local.map { name(c.local, [$0]) }) + (a.reason.isEmpty ? "" : " " + a.reason),
                            kind: a.kind.rawValue, score: JSONValue.format(ReportNumber.rounded(a.score)),
                            coverage: JSONValue.format(ReportNumber.rounded(carried))))
        }
        for (record, side, ids, document, status) in [("omission", "reference", c.omissions, c.reference, "omitted"),
                                                      ("addition", "local", c.additions, c.local, "added"),
                                                      ("unverifiable", "local", c.unverifiable, c.local, "unverifiable")] {
            for id in ids {
                let clause = document.clause(id: id)
                rows.append(Row(record: record, side: side, reference: side == "reference" ? id : "", local: side == "local" ? id : "",
                                label: name(document, [id]), subject: clause?.title ?? "", status: status, text: clause?.text ?? ""))
            }
        }

        // Each target with what became of it (empty for clauses that are not compared:
        // headings, preamble and closing, unverifiable clauses).
        func key(_ clause: String, _ t: Target) -> String { "\(clause)\u{1F}\(t.indicator)\u{1F}\(t.text)\u{1F}\(t.value)" }
        var statusOfReference: [String: String] = [:], statusOfLocal: [String: String] = [:]
        for e in figures.targets.entries {
            if let r = e.change.reference, let t = e.change.from { statusOfReference[key(r, t)] = e.status.rawValue }
            if let l = e.change.local, let t = e.change.to { statusOfLocal[key(l, t)] = e.status.rawValue }
        }
        for (side, document) in [("reference", c.reference), ("local", c.local)] {
            let isReference = side == "reference"
            for clause in document.clauses {
                for t in clause.targets {
                    let status = (isReference ? statusOfReference : statusOfLocal)[key(clause.id, t)] ?? ""
                    rows.append(Row(record: "target", side: side, reference: isReference ? clause.id : "", local: isReference ? "" : clause.id,
                                    label: ClauseName.short(clause), subject: t.indicator,
                                    referenceValue: isReference ? TargetWording.value(t) : "", localValue: isReference ? "" : TargetWording.value(t),
                                    status: status, text: t.text))
                }
                for a in clause.assignments {
                    for (role, names) in [("lead", a.lead), ("responsible", a.responsible)] {
                        for unit in names {
                            rows.append(Row(record: "unit", side: side, reference: isReference ? clause.id : "", local: isReference ? "" : clause.id,
                                            label: ClauseName.short(clause), subject: unit, role: role, text: a.text))
                        }
                    }
                }
            }
        }
        for e in figures.targets.entries where e.status != .unchanged {
            let n = e.change
            let detail = e.status == .changed
                ? (e.aspects.map(\.rawValue) + [e.direction?.rawValue, e.flagged ? "flagged" : nil].compactMap { $0 }).joined(separator: " ")
                : e.basis.rawValue
            rows.append(Row(record: "number_change", reference: n.reference ?? "", local: n.local ?? "",
                            label: pairLabel(n.reference.map { [$0] } ?? [], n.local.map { [$0] } ?? []), subject: n.indicator,
                            referenceValue: n.from.map(TargetWording.value) ?? "", localValue: n.to.map(TargetWording.value) ?? "",
                            status: e.status.rawValue, detail: detail,
                            text: [n.from?.text, n.to?.text].compactMap { $0 }.joined(separator: " → ")))
        }
        for s in patterns.statements {
            for component in s.components {
                rows.append(Row(record: "unit_change", reference: s.reference, local: s.local, label: pairLabel([s.reference], [s.local]),
                                subject: component.subject, role: component.role.rawValue,
                                referenceValue: s.before.joined(separator: "、"), localValue: s.after.joined(separator: "、"),
                                status: component.operation.rawValue,
                                detail: patterns.patternNumber(of: component).map { "pattern \($0)" } ?? ""))
            }
        }
        for (n, p) in patterns.patterns.enumerated() {
            rows.append(Row(record: "unit_pattern", reference: p.statements.map(\.reference).joined(separator: " "),
                            local: p.statements.map(\.local).joined(separator: " "),
                            label: "pattern \(n + 1)", subject: p.components.map(\.subject).joined(separator: "；"),
                            role: Array(Set(p.components.map(\.role.rawValue))).sorted().joined(separator: " "),
                            status: p.components.map(\.operation.rawValue).joined(separator: " "),
                            detail: "\(p.statements.count) clauses"))
        }
        var table = CSVWriter(header: columns)
        for row in rows { table.append(row.fields) }
        return table.render()
    }
}
