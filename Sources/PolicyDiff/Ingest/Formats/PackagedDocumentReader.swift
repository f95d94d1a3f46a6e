/// The one dispatch by signature in front of the text readers: PDFs and .docx
/// are read here, the formats policydiff does not read are refused by name
/// with a conversion, everything else is left to the text and page readers.
struct PackagedDocumentReader {
    var limits: PackagedDocumentLimits

    /// nil when the bytes are none of these formats.
    func read(_ bytes: [UInt8], path: String) throws(ReadError) -> SourceText? {
        switch FileSignature(bytes) {
        case .other:
            return nil
        case .pdf:
            return try PDFReader(limits: limits).read(bytes, path: path)
        case .ole2:
            throw Self.refusal(LegacyFormat.ole2(bytes: bytes, path: path), path: path)
        case .rtf:
            throw Self.refusal(.rtf, path: path)
        case .zip:
            let archive: DocxArchive
            do {
                archive = try DocxArchive(bytes: bytes, limits: limits)
            } catch {
                throw DocxReader.readError(error, path: path)
            }
            if archive.contains(DocxReader.mainPart) { return try DocxReader(limits: limits).read(archive, path: path) }
            if archive.contains("OFD.xml") { throw Self.refusal(.ofd, path: path) }
            if archive.contains("mimetype") && archive.contains("content.xml") { throw Self.refusal(.odt, path: path) }
            throw Self.refusal(.otherZip, path: path)
        }
    }

    private static func refusal(_ format: LegacyFormat, path: String) -> ReadError {
        ReadError(path: path, reason: .unsupportedFormat(format: format.name, conversion: format.conversion))
    }
}
