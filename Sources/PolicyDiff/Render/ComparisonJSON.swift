/// The comparison part of the JSON contract (shared spec: policydiff.comparison/1).
public enum ComparisonJSON {
    public static let format = "policydiff.comparison/1"

    public static func render(_ comparison: Comparison) -> String {
        value(of: comparison).serialized() + "\n"
    }

    public static func value(of c: Comparison) -> JSONValue {
        value(of: c, figures: ReportFigures(c), patterns: UnitPatterns(c))
    }

    static func value(of c: Comparison, figures: ReportFigures, patterns: UnitPatterns) -> JSONValue {
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
            // The target account's changes: the Comparer's, and the targets whose sentence
            // or clause went (basis), so that every loss is a number change.
            ("numberChanges", .array(figures.targets.entries.filter { $0.status != .unchanged }.map(value(of:)))),
            ("unitChanges", .array(c.unitChanges.map(value(of:)))),
            ("summary", summary(figures, patterns)),
            ("unitStatements", .array(patterns.statements.map(value(of:)))),
        ])
    }

    static func share(_ s: ReportFigures.Share) -> [(String, JSONValue)] {
        [("total", .number(Double(s.total))), ("carried", .number(Double(s.carried))),
         // Nothing to carry over is no share at all, not 100%.
         ("coverage", s.total == 0 ? .null : .number(ReportNumber.rounded(s.share)))]
    }

    static func summary(_ f: ReportFigures, _ patterns: UnitPatterns) -> JSONValue {
        let a = f.targets
        let targets = share(ReportFigures.Share(total: a.referenceTotal, carried: a.count(.unchanged) + a.count(.changed)))
            + TargetAccount.Status.allCases.map { ($0.rawValue, JSONValue.number(Double(a.count($0)))) }
        return .object([
            ("clauses", .object(share(f.clauses))),
            ("measures", .object(share(f.measures))),
            ("targets", .object(targets)),
            ("unitPatterns", .array(patterns.patterns.map { p in
                .object([("changes", .array(p.components.map(value(of:)))),
                         ("clauses", .array(p.statements.map { .object([("reference", .string($0.reference)), ("local", .string($0.local))]) }))])
            })),
        ])
    }

    static func value(of e: TargetAccount.Entry) -> JSONValue {
        guard case .object(var fields) = value(of: e.change) else { return value(of: e.change) }
        fields.append(("basis", .string(e.basis.rawValue)))
        fields.append(("aspects", .strings(e.aspects.map(\.rawValue))))
        fields.append(("direction", .optional(e.direction?.rawValue)))
        fields.append(("flagged", .bool(e.flagged)))
        return .object(fields)
    }

    static func value(of s: UnitStatement) -> JSONValue {
        .object([
            ("role", .string(s.role.rawValue)),
            ("reference", .string(s.reference)),
            ("local", .string(s.local)),
            ("before", .strings(s.before)),
            ("after", .strings(s.after)),
            ("changes", .array(s.components.map(value(of:)))),
        ])
    }

    static func value(of c: UnitStatement.Component) -> JSONValue {
        .object([("role", .string(c.role.rawValue)), ("operation", .string(c.operation.rawValue)), ("subject", .string(c.subject))])
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
