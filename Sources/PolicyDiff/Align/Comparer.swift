/// Compares a local plan with the document it implements.
///
/// PLACEHOLDER (foundation skeleton): aligns nothing, reports every reference
/// clause omitted and every local clause added. The Align work replaces it.
public struct Comparer: Sendable {
    public init() {}

    public func compare(reference: Document, local: Document) -> Comparison {
        Comparison(reference: reference, local: local,
                   omissions: reference.clauses.filter { $0.kind == .numbered }.map(\.id),
                   additions: local.clauses.filter { $0.kind == .numbered }.map(\.id))
    }
}
