/// Reads title, issuer, level, date, document number and citations.
/// (placeholder kept compiling while the segmenter is built)
public struct MetadataReader: Sendable {
    public init() {}

    public func metadata(of source: SourceText, clauses: [Clause]) -> DocumentMetadata {
        DocumentMetadata(title: source.pageInfo.title, issuer: source.pageInfo.issuer,
                         date: source.pageInfo.dateWritten ?? source.pageInfo.datePublished,
                         docNumber: source.pageInfo.docNumber)
    }
}
