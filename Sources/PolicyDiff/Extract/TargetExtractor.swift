/// Reads numeric targets out of every clause (see `ClauseTargetReader`), passing
/// the deadline of a goal clause (主要目标：到2020年，…) down to the clauses under it.
public struct TargetExtractor: Sendable {
    public init() {}

    public func apply(to document: Document) -> Document {
        var result = document
        let reader = ClauseTargetReader()
        var scopes: [String: Int] = [:]
        for index in result.clauses.indices {
            let clause = result.clauses[index]
            let inherited = clause.parent.flatMap { scopes[$0] }
            let read = reader.read(clause, inheritedDeadline: inherited)
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
