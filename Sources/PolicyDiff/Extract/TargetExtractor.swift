/// Reads numeric targets out of every clause.
///
/// PLACEHOLDER (foundation skeleton): finds nothing. The Extract work replaces it.
public struct TargetExtractor: Sendable {
    public init() {}

    public func apply(to document: Document) -> Document {
        document
    }
}
