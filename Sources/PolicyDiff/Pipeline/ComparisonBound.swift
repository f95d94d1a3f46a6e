/// The largest documents a comparison is started for. Aligning is quadratic in
/// the worst case (every local clause scored against every reference clause): two
/// documents of 100,000 headings took 105 s, 2.3 GB and wrote a 139 MB report. The
/// bound refuses such input up front with a message saying how to raise it.
///
/// 10,000 clauses per document is several times the largest real policy text: the
/// Civil Code has 1,260 articles, and a provincial plan a few hundred clauses with
/// its items. The bound is per document, so the work of one comparison is at most
/// 10,000 × 10,000 clause pairs.
public struct ComparisonBound: Sendable, Equatable {
    public static let defaultMaxClauses = 10_000

    public var maxClauses: Int

    public init(maxClauses: Int = ComparisonBound.defaultMaxClauses) {
        self.maxClauses = maxClauses
    }

    /// nil when the document is within the bound, else the one-line reason,
    /// naming the file.
    public func refusal(of document: Document) -> String? {
        guard document.clauses.count > maxClauses else { return nil }
        return "\(document.source): has \(document.clauses.count) clauses, more than the comparison limit of "
            + "\(maxClauses) per document (raise it with --max-clauses)"
    }
}
