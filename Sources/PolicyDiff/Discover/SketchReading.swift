extension Pipeline {
    /// A document as far as a sketch needs it: read and segmented, with its metadata,
    /// but without the targets and units that extraction adds. A sketch reads neither
    /// (only titles, numbers, level, places and clause text), and extraction is a large
    /// share of each document's cost, which dominates discovery over a folder.
    func segmentedDocument(at path: String, id: String) throws(ReadError) -> Document {
        let source = try reader.read(path: path)
        let parts = ClauseSegmenter().segment(source)
        return Document(id: id, source: source.path,
                        metadata: MetadataReader().metadata(of: source, clauses: parts.clauses, notice: parts.notice),
                        warnings: source.warnings + parts.warnings, clauses: parts.clauses)
    }
}
