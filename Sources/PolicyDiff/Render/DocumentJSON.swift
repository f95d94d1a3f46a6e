/// The document part of the JSON contract (shared spec: policydiff.document/1).
public enum DocumentJSON {
    public static let format = "policydiff.document/1"

    public static func render(_ document: Document) -> String {
        value(of: document).serialized() + "\n"
    }

    public static func value(of document: Document) -> JSONValue {
        let m = document.metadata
        return .object([
            ("format", .string(format)),
            ("id", .string(document.id)),
            ("source", .string(document.source)),
            ("title", .optional(m.title)),
            ("issuer", .optional(m.issuer)),
            ("level", .string(m.level.rawValue)),
            ("date", .optional(m.date)),
            ("docNumber", .optional(m.docNumber)),
            ("cites", .array(m.cites.map { .object([("title", .string($0.title)), ("docNumber", .optional($0.docNumber))]) })),
            ("warnings", .array(document.warnings.map(value(of:)))),
            ("clauses", .array(document.clauses.map(value(of:)))),
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
        fields += [
            ("targets", .array(clause.targets.map(value(of:)))),
            ("assignments", .array(clause.assignments.map(value(of:)))),
        ]
        return .object(fields)
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
