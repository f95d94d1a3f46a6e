/// The document part of the JSON contract (shared spec: policydiff.document/1).
public enum DocumentJSON {
    public static let format = "policydiff.document/1"

    public static func render(_ document: Document) -> String {
        value(of: document).serialized() + "\n"
    }

    public static func value(of document: Document) -> JSONValue {
        .object(fields(before: document) + [("clauses", .array(document.clauses.map(value(of:))))])
    }

    /// The same text as `value(of:).serialized()`, written as it is made: the fields
    /// before the clauses, then one clause at a time, so that a document of 50 MB is
    /// never held a second time as JSON. The caller writes the closing line break.
    public static func write<Sink: TextSink>(_ document: Document, to json: inout JSONStream<Sink>) {
        json.beginObject()
        json.fields(fields(before: document))
        json.beginArray(field: "clauses")
        for clause in document.clauses { json.item(value(of: clause)) }
        json.end()
        json.end()
    }

    /// Every field of the document in the contract's order, up to its clauses.
    static func fields(before document: Document) -> [(String, JSONValue)] {
        let m = document.metadata
        var fields: [(String, JSONValue)] = [
            ("format", .string(format)),
            ("id", .string(document.id)),
            ("source", .string(document.source)),
            ("title", .optional(m.title)),
            ("issuer", .optional(m.issuer)),
            ("level", .string(m.level.rawValue)),
            ("date", .optional(m.date)),
            ("docNumber", .optional(m.docNumber)),
            ("cites", .array(m.cites.map { .object([("title", .string($0.title)), ("docNumber", .optional($0.docNumber))]) })),
        ]
        // Only where the text states them (additions to the contract): a law's history and its date of effect.
        if !m.history.isEmpty { fields.append(("history", .array(m.history.map(value(of:))))) }
        if let effective = m.effective { fields.append(("effective", .string(effective))) }
        fields.append(("warnings", .array(document.warnings.map(value(of:)))))
        return fields
    }

    public static func value(of event: LegislativeEvent) -> JSONValue {
        .object([
            ("date", .string(event.date)),
            ("action", .string(event.action.rawValue)),
            ("organ", .optional(event.organ)),
            ("number", .optional(event.number)),
            ("text", .string(event.text)),
        ])
    }

    public static func value(of warning: DocumentWarning) -> JSONValue {
        var fields: [(String, JSONValue)] = [("code", .string(warning.code.rawValue)), ("message", .string(warning.message))]
        if let clause = warning.clause { fields.append(("clause", .string(clause))) }
        return .object(fields)
    }

    public static func value(of clause: Clause) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(clause.id)),
            ("parent", .optional(clause.parent)),
            ("path", .strings(clause.path)),
            ("label", .optional(clause.label)),
            ("kind", .string(clause.kind.rawValue)),
            ("title", .optional(clause.title)),
            ("text", .string(clause.text)),
        ]
        // Only where there are any: mis-decoded spans as [start, end) Character offsets into `text`.
        if !clause.garbledSpans.isEmpty {
            fields.append(("garbledSpans", .array(clause.garbledSpans.map { .array([.number(Double($0.lowerBound)), .number(Double($0.upperBound))]) })))
        }
        // Only where there are any (additions to the contract): a table row's headers and
        // cells, and the articles the clause refers to.
        if let row = clause.tableRow {
            fields.append(("table", .object([("headers", .strings(row.headers)), ("cells", .strings(row.cells))])))
        }
        if !clause.references.isEmpty {
            fields.append(("references", .array(clause.references.map(value(of:)))))
        }
        fields += [
            ("targets", .array(clause.targets.map(value(of:)))),
            ("assignments", .array(clause.assignments.map(value(of:)))),
        ]
        return .object(fields)
    }

    public static func value(of reference: ClauseReference) -> JSONValue {
        .object([
            ("document", .optional(reference.document)),
            ("article", .optional(reference.article)),
            ("paragraph", .optional(reference.paragraph)),
            ("text", .string(reference.text)),
        ])
    }

    public static func value(of target: Target) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("indicator", .string(target.indicator)),
            ("value", .number(target.value)),
        ]
        if let high = target.valueMax { fields.append(("valueMax", .number(high))) }
        fields += [
            ("unit", .string(target.unit)),
            ("comparator", .string(target.comparator.rawValue)),
            ("year", .optional(target.year)),
            ("period", .optional(target.period?.rawValue)),
            ("text", .string(target.text)),
        ]
        return .object(fields)
    }

    public static func value(of assignment: Assignment) -> JSONValue {
        .object([
            ("lead", .strings(assignment.lead)),
            ("responsible", .strings(assignment.responsible)),
            ("leadRoles", .strings(assignment.leadRoles)),
            ("responsibleRoles", .strings(assignment.responsibleRoles)),
            ("text", .string(assignment.text)),
            ("source", .string(assignment.source.rawValue)),
        ])
    }
}
