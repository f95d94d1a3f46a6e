/// Reads lead and responsible units out of every clause.
///
/// PLACEHOLDER (foundation skeleton): finds nothing. The Extract work replaces it.
public struct AssignmentExtractor: Sendable {
    public init() {}

    public func apply(to document: Document) -> Document {
        document
    }
}
