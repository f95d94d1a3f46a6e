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
        var csv = CSVWriter(header: header(of: table))
        for document in documents { rows(table, of: document) { csv.append($0) } }
        return csv.render()
    }

    public static func header(of table: Table) -> [String] {
        switch table {
        case .targets: return targetHeader
        case .units: return unitHeader
        }
    }

    /// The same rows written as they are made (`extract` streams each document's
    /// rows and lets the document go).
    public static func write<Sink: TextSink>(_ table: Table, of document: Document, to csv: inout CSVStream<Sink>) {
        rows(table, of: document) { csv.append($0) }
    }

    static func rows(_ table: Table, of document: Document, _ emit: ([String]) -> Void) {
        switch table {
        case .targets: targetRows(of: document, emit)
        case .units: unitRows(of: document, emit)
        }
    }

    /// One row per target: where it stands, what it measures, how it binds.
    static func targetRows(of document: Document, _ emit: ([String]) -> Void) {
        for clause in document.clauses {
            for target in clause.targets {
                emit([
                    document.id, clause.id, clause.pathString, target.indicator, target.comparator.rawValue,
                    CSVWriter.number(target.value), CSVWriter.number(target.valueMax), target.unit,
                    CSVWriter.number(target.year), target.period?.rawValue ?? "", target.text,
                ])
            }
        }
    }

    /// One row per unit named in a tag: lead units first, then responsible ones, as
    /// written and with their canonical role.
    static func unitRows(of document: Document, _ emit: ([String]) -> Void) {
        for clause in document.clauses {
            for assignment in clause.assignments {
                let parts: [(String, [String], [String])] = [
                    ("lead", assignment.lead, assignment.leadRoles),
                    ("responsible", assignment.responsible, assignment.responsibleRoles),
                ]
                for (role, names, roles) in parts {
                    for (index, name) in names.enumerated() {
                        let canonical = index < roles.count ? roles[index] : ""
                        emit([document.id, clause.id, clause.pathString, role, name, canonical, assignment.text])
                    }
                }
            }
        }
    }
}
