/// One pair's findings as a CSV table (RFC 4180: CRLF line ends, fields quoted when
/// they hold a comma, quote or line break), UTF-8 with a BOM so that spreadsheet
/// programs on Chinese Windows open it as UTF-8 and not as GBK.
///
/// One row per finding, all in one table so a researcher can filter by `record`:
/// target, unit, omission, addition, unverifiable, number-change, unit-change.
enum PairCSV {
    static let columns = ["record", "side", "reference_clause", "local_clause", "label", "subject",
                          "reference_value", "local_value", "change", "text"]

    static func render(_ c: Comparison) -> String {
        var rows: [[String]] = []
        func label(_ d: Document, _ id: String?) -> String {
            guard let id, let clause = d.clause(id: id) else { return "" }
            return ClauseName.short(clause)
        }
        for (side, document) in [("reference", c.reference), ("local", c.local)] {
            let isReference = side == "reference"
            for clause in document.clauses {
                for t in clause.targets {
                    rows.append(["target", side, isReference ? clause.id : "", isReference ? "" : clause.id,
                                 ClauseName.short(clause), t.indicator,
                                 isReference ? TargetWording.value(t) : "", isReference ? "" : TargetWording.value(t), "", t.text])
                }
                for a in clause.assignments {
                    for (role, names) in [("lead", a.lead), ("responsible", a.responsible)] {
                        for name in names {
                            rows.append(["unit", side, isReference ? clause.id : "", isReference ? "" : clause.id,
                                         ClauseName.short(clause), name, "", "", role, a.text])
                        }
                    }
                }
            }
        }
        for id in c.omissions {
            rows.append(["omission", "reference", id, "", label(c.reference, id), c.reference.clause(id: id)?.title ?? "", "", "", "omitted",
                         c.reference.clause(id: id)?.text ?? ""])
        }
        for id in c.additions {
            rows.append(["addition", "local", "", id, label(c.local, id), c.local.clause(id: id)?.title ?? "", "", "", "added",
                         c.local.clause(id: id)?.text ?? ""])
        }
        for id in c.unverifiable {
            rows.append(["unverifiable", "local", "", id, label(c.local, id), c.local.clause(id: id)?.title ?? "", "", "", "unverifiable",
                         c.local.clause(id: id)?.text ?? ""])
        }
        for n in c.numberChanges {
            rows.append(["number-change", "", n.reference ?? "", n.local ?? "",
                         [label(c.reference, n.reference), label(c.local, n.local)].filter { !$0.isEmpty }.joined(separator: " → "),
                         n.indicator, n.from.map(TargetWording.value) ?? "", n.to.map(TargetWording.value) ?? "",
                         n.change.rawValue, [n.from?.text, n.to?.text].compactMap { $0 }.joined(separator: " → ")])
        }
        for u in c.unitChanges {
            for (change, roles) in [("lead-added", u.leadAdded), ("lead-removed", u.leadRemoved),
                                    ("responsible-added", u.responsibleAdded), ("responsible-removed", u.responsibleRemoved)] {
                for role in roles {
                    rows.append(["unit-change", "", u.reference, u.local,
                                 "\(label(c.reference, u.reference)) → \(label(c.local, u.local))", role, "", "", change, ""])
                }
            }
            for (change, renamings) in [("lead-renamed", u.leadRenamed), ("responsible-renamed", u.responsibleRenamed)] {
                for renaming in renamings {
                    rows.append(["unit-change", "", u.reference, u.local,
                                 "\(label(c.reference, u.reference)) → \(label(c.local, u.local))", renaming.to,
                                 renaming.from, renaming.to, change, ""])
                }
            }
        }
        var table = CSVWriter(header: columns)
        for row in rows { table.append(row) }
        return table.render()
    }
}
