/// Whether the reference text lacks its beginning, so that a local clause with no
/// counterpart may implement a part we cannot see.
///
/// The segmenter says so with a `truncated-start` warning. When a document comes
/// without it (an older segmentation, a hand-made Document), the numbering tells the
/// same thing: official documents number every series from its first label, so a
/// text whose first numbered item is (二十) starts mid-way.
enum ReferenceTruncation {
    /// First labels of each numbering series, as `Clause.path` writes them.
    static let firstLabels: Set<String> = ["一", "(一)", "1", "(1)", "①", "—1", "第一条", "第一章"]

    static func isTruncatedStart(_ document: Document) -> Bool {
        if document.hasWarning(.truncatedStart) { return true }
        guard let first = document.clauses.first(where: { $0.kind == .numbered && !$0.path.isEmpty }) else { return false }
        return first.path.contains { !firstLabels.contains($0) }
    }
}
