/// Reads title, issuer, level, date, document number and citations.
///
/// PLACEHOLDER (foundation skeleton): takes what the page information table gives.
/// The Segment work replaces it with the heading block, signature and 《…》 citations.
public struct MetadataReader: Sendable {
    public init() {}

    public func metadata(of source: SourceText, clauses: [Clause]) -> DocumentMetadata {
        DocumentMetadata(title: source.pageInfo.title, issuer: source.pageInfo.issuer,
                         date: source.pageInfo.dateWritten ?? source.pageInfo.datePublished,
                         docNumber: source.pageInfo.docNumber)
    }
}
