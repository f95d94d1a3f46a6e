/// Reads the text layer of a PDF (poppler) into paragraphs: page furniture
/// cut, broken lines joined. A PDF with no text at all is a scan, refused with
/// the advice to OCR it, not read as an empty document.
struct PDFReader {
    var limits: PackagedDocumentLimits

    func read(_ bytes: [UInt8], path: String) throws(ReadError) -> SourceText {
        let layer: PDFTextLayer
        do {
            layer = try PDFTextLayer(bytes: bytes, limits: limits)
        } catch {
            switch error {
            case .encrypted:
                throw ReadError(path: path, reason: .encrypted)
            case .damaged(let why):
                throw ReadError(path: path, reason: .damaged(format: "PDF", detail: "poppler cannot open it (\(why))"))
            case .tooManyPages(let count, let limit):
                throw ReadError(path: path, reason: .overLimit("the PDF has \(count) pages, over the limit of \(limit); not read"))
            case .tooMuchText(let limit):
                throw ReadError(path: path, reason: .overLimit("the PDF's text runs past the limit of \(limit) characters; not read"))
            }
        }
        if layer.pages.allSatisfy(\.isEmpty) { throw ReadError(path: path, reason: .noTextLayer) }
        let cut = PDFPageFurniture().cut(layer.pages)
        let paragraphs = PDFParagraphs().paragraphs(cut.pages)
        guard !paragraphs.isEmpty else { throw ReadError(path: path, reason: .noBodyText) }
        var warnings: [DocumentWarning] = []
        if let summary = cut.summary { warnings.append(DocumentWarning(code: .boilerplateRemoved, message: summary)) }
        return SourceText(path: path, format: .pdf, encoding: "UTF-8", paragraphs: paragraphs, warnings: warnings)
    }
}
