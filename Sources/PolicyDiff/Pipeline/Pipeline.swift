/// read → segment → extract: one document from a file, each stage testable alone.
public struct Pipeline: Sendable {
    public var reader: DocumentReader

    public init(reader: DocumentReader = DocumentReader()) {
        self.reader = reader
    }

    /// Reads, segments and extracts one file. Throws only for input that cannot
    /// be read as a document at all; everything else becomes a warning.
    public func document(at path: String, id: String? = nil) throws(ReadError) -> Document {
        let source = try reader.read(path: path)
        return document(from: source, id: id ?? Pipeline.defaultID(for: path))
    }

    public func document(from source: SourceText, id: String) -> Document {
        let segmented = ClauseSegmenter().segment(source)
        var document = Document(id: id, source: source.path,
                                metadata: MetadataReader().metadata(of: source, clauses: segmented.clauses,
                                                                         notice: segmented.notice),
                                warnings: source.warnings + segmented.warnings,
                                clauses: segmented.clauses)
        document = TargetExtractor().apply(to: document)
        document = AssignmentExtractor().apply(to: document)
        return document
    }

    /// The file name without its extension: "Corpus/gansu-2017-plan.txt" → "gansu-2017-plan".
    public static func defaultID(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
