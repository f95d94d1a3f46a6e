/// Reads a Word document (.docx, Office Open XML; also what WPS Office and
/// LibreOffice write as .docx) into the paragraphs a reader of the printed
/// document sees. See `DocxBodyReader` for what is kept and left out.
struct DocxReader {
    var limits: PackagedDocumentLimits

    static let mainPart = "word/document.xml"

    func read(_ archive: DocxArchive, path: String) throws(ReadError) -> SourceText {
        let document = try parse(Self.mainPart, in: archive, path: path, required: true)!
        // Numbering and styles are optional parts; a damaged one loses labels, not the text.
        let numbering = (try? parse("word/numbering.xml", in: archive, path: path)).flatMap { $0 }
            .map { ListNumbering(part: $0.root) } ?? ListNumbering()
        let styles = (try? parse("word/styles.xml", in: archive, path: path)).flatMap { $0 }
            .map { DocxStyles(part: $0.root) } ?? DocxStyles()
        var reader = DocxBodyReader(numbering: numbering, styles: styles)
        let body = reader.read(document: document.root)
        guard !body.paragraphs.isEmpty else { throw ReadError(path: path, reason: .noBodyText) }
        var warnings: [DocumentWarning] = []
        if body.insertions + body.deletions > 0 {
            warnings.append(DocumentWarning(
                code: .trackedChanges,
                message: "the document holds tracked changes; read as if all were accepted "
                    + "(\(body.insertions) insertion\(body.insertions == 1 ? "" : "s") kept, "
                    + "\(body.deletions) deletion\(body.deletions == 1 ? "" : "s") dropped)"))
        }
        return SourceText(path: path, format: .docx, encoding: "UTF-8", paragraphs: body.paragraphs,
                          warnings: warnings)
    }

    private func parse(_ part: String, in archive: DocxArchive, path: String,
                       required: Bool = false) throws(ReadError) -> OOXMLTree? {
        let bytes: [UInt8]?
        do {
            bytes = try archive.part(part)
        } catch {
            throw Self.readError(error, path: path)
        }
        guard let bytes else {
            if required { throw ReadError(path: path, reason: .damaged(format: ".docx", detail: "it has no \(part)")) }
            return nil
        }
        do {
            return try OOXMLTree(bytes: bytes, name: part)
        } catch {
            switch error {
            case .hasDTD:
                throw ReadError(path: path, reason: .damaged(format: ".docx", detail: "\(part) declares a DTD, which Word never writes"))
            case .notWellFormed(let why):
                throw ReadError(path: path, reason: .damaged(format: ".docx", detail: "\(part) is not well-formed XML: \(why)"))
            }
        }
    }

    static func readError(_ failure: DocxArchive.Failure, path: String) -> ReadError {
        switch failure {
        case .notAnArchive:
            return ReadError(path: path, reason: .damaged(format: ".docx (ZIP)",
                                                          detail: "the archive's directory cannot be read (truncated or not a ZIP file)"))
        case .tooManyEntries(let limit):
            return ReadError(path: path, reason: .overLimit("the archive holds more than \(limit) entries (a Word document has about 15); not read"))
        case .partTooLarge(let part, let limit):
            return ReadError(path: path, reason: .overLimit("\(part) expands to more than the limit of \(limit) bytes for one part of a .docx (a ZIP bomb?); not read"))
        case .expansion(let part, let ratio):
            return ReadError(path: path, reason: .overLimit("\(part) expands \(ratio) times its compressed size (a ZIP bomb?); not read"))
        case .damagedPart(let part):
            return ReadError(path: path, reason: .damaged(format: ".docx", detail: "\(part) cannot be expanded (truncated, or its data does not match its declared size or checksum)"))
        }
    }
}
