/// The comparison part of the JSON contract (shared spec: policydiff.comparison/1).
public enum ComparisonJSON {
    public static let format = "policydiff.comparison/1"

    public static func render(_ comparison: Comparison) -> String {
        value(of: comparison).serialized() + "\n"
    }

    public static func value(of c: Comparison) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("reference", DocumentJSON.value(of: c.reference)),
            ("local", DocumentJSON.value(of: c.local)),
            ("coverage", .number((c.coverage * 1000).rounded() / 1000)),
            ("alignments", .array(c.alignments.map(value(of:)))),
            ("omissions", .strings(c.omissions)),
            ("notRestated", .strings(c.notRestated)),
            ("additions", .strings(c.additions)),
            ("unverifiable", .strings(c.unverifiable)),
            ("referenceTruncated", .bool(c.referenceTruncated)),
            ("numberChanges", .array(c.numberChanges.map(value(of:)))),
            ("unitChanges", .array(c.unitChanges.map(value(of:)))),
        ])
    }

    public static func value(of a: Alignment) -> JSONValue {
        .object([
            ("reference", .strings(a.reference)),
            ("local", .strings(a.local)),
            ("score", .number((a.score * 1000).rounded() / 1000)),
            ("kind", .string(a.kind.rawValue)),
            ("reason", .string(a.reason)),
            ("droppedSentences", .strings(a.droppedSentences)),
            ("addedSentences", .strings(a.addedSentences)),
            ("diff", .array(a.diff.map { .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))]) })),
        ])
    }

    public static func value(of n: NumberChange) -> JSONValue {
        .object([
            ("reference", .optional(n.reference)),
            ("local", .optional(n.local)),
            ("indicator", .string(n.indicator)),
            ("from", n.from.map(DocumentJSON.value(of:)) ?? .null),
            ("to", n.to.map(DocumentJSON.value(of:)) ?? .null),
            ("change", .string(n.change.rawValue)),
        ])
    }

    public static func value(of u: UnitChange) -> JSONValue {
        .object([
            ("reference", .string(u.reference)),
            ("local", .string(u.local)),
            ("leadAdded", .strings(u.leadAdded)),
            ("leadRemoved", .strings(u.leadRemoved)),
            ("responsibleAdded", .strings(u.responsibleAdded)),
            ("responsibleRemoved", .strings(u.responsibleRemoved)),
            ("leadRenamed", .array(u.leadRenamed.map(value(of:)))),
            ("responsibleRenamed", .array(u.responsibleRenamed.map(value(of:)))),
        ])
    }

    public static func value(of r: UnitRenaming) -> JSONValue {
        .object([("from", .string(r.from)), ("to", .string(r.to))])
    }
}
