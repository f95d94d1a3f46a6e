/// Reads numeric targets out of every clause (see `ClauseTargetReader`), passing
/// the deadline of a goal clause (主要目标：到2020年，…) down to the clauses under it.
public struct TargetExtractor: Sendable {
    public init() {}

    public func apply(to document: Document) -> Document {
        var result = document
        let reader = ClauseTargetReader()
        let tableReader = TableTargetReader()
        var scopes: [String: Int] = [:]
        for index in result.clauses.indices {
            let clause = result.clauses[index]
            let inherited = clause.parent.flatMap { scopes[$0] }
            // A row of an indicator table gives one target per year cell; its
            // text (the cells run together) is not prose to read.
            if let row = clause.tableRow, TableTargetReader.hasYearColumns(row) {
                result.clauses[index].targets = tableReader.targets(of: row)
                continue
            }
            // A row of a task table: its 完成时限 cell (2026年底前) is the deadline of the row.
            let rowDeadline = clause.tableRow.flatMap(TableTargetReader.deadline(of:))
            let read = reader.read(clause, inheritedDeadline: rowDeadline ?? inherited)
            result.clauses[index].targets = read.targets
            if let scope = read.scopeDeadline { scopes[clause.id] = scope }
        }
        return result
    }

    /// The targets of one piece of text, read as a clause of its own.
    public func targets(in text: String, title: String? = nil, deadline: Int? = nil) -> [Target] {
        ClauseTargetReader().read(Clause(id: "c0", path: [], kind: .paragraph, title: title, text: text),
                                  inheritedDeadline: deadline).targets
    }
}
