/// The targets or the unit assignments of documents as CSV tables
/// (`policydiff extract FILE… --format csv --what targets|units`), one row per
/// target or per named unit, for researchers who work in a spreadsheet.
public enum DocumentCSV {
    public enum Table: String, Sendable, CaseIterable {
        case targets, units
    }

    public static let targetHeader = [
        "document", "clause", "path", "indicator", "comparator", "value", "value_max", "unit", "year", "period", "text",
    ]
    public static let unitHeader = ["document", "clause", "path", "role", "name", "canonical_role", "tag"]

    public static func render(_ table: Table, of documents: [Document]) -> String {
        switch table {
        case .targets: return targets(of: documents).render()
        case .units: return units(of: documents).render()
        }
    }

    /// One row per target: where it stands, what it measures, how it binds.
    public static func targets(of documents: [Document]) -> CSVWriter {
        var csv = CSVWriter(header: targetHeader)
        for document in documents {
            for clause in document.clauses {
                for target in clause.targets {
                    csv.append([
                        document.id, clause.id, clause.pathString, target.indicator, target.comparator.rawValue,
                        CSVWriter.number(target.value), CSVWriter.number(target.valueMax), target.unit,
                        CSVWriter.number(target.year), target.period?.rawValue ?? "", target.text,
                    ])
                }
            }
        }
        return csv
    }

    /// One row per unit named in a tag: lead units first, then responsible ones, as
    /// written and with their canonical role.
    public static func units(of documents: [Document]) -> CSVWriter {
        var csv = CSVWriter(header: unitHeader)
        for document in documents {
            for clause in document.clauses {
                for assignment in clause.assignments {
                    let parts: [(String, [String], [String])] = [
                        ("lead", assignment.lead, assignment.leadRoles),
                        ("responsible", assignment.responsible, assignment.responsibleRoles),
                    ]
                    for (role, names, roles) in parts {
                        for (index, name) in names.enumerated() {
                            let canonical = index < roles.count ? roles[index] : ""
                            csv.append([document.id, clause.id, clause.pathString, role, name, canonical, assignment.text])
                        }
                    }
                }
            }
        }
        return csv
    }
}
