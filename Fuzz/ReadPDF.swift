// libFuzzer target read-pdf: the PDF reader — poppler's parser and text layer
// (through the GLib API), the page and text limits, page-furniture removal and
// the joining of broken lines — then the pipeline on what was read. Inputs
// without the `%PDF-` signature get it, so every input reaches poppler.
// Seeds: the fixtures' PDFs (Tests/PolicyDiffTests/Fixtures/office/*.pdf).
// A ReadError (damaged, encrypted, no text layer, over a limit) is a fine answer.
func fuzzReadPDF(_ bytes: [UInt8]) {
    let reader = DocumentReader(maxInputBytes: FuzzInput.maxInputBytes)
    let input = bytes.starts(with: Array("%PDF-".utf8)) ? bytes : Array("%PDF-1.7\n".utf8) + bytes
    if let first = try? reader.read(bytes: input, path: "fuzz.pdf") {
        if first.paragraphs.contains(where: \.isEmpty) { FuzzContract.violated("an empty PDF paragraph") }
        let second = try? reader.read(bytes: input, path: "fuzz.pdf")
        if second != first { FuzzContract.violated("reading the same PDF twice gave different texts") }
        FuzzContract.check(Pipeline().document(from: first, id: "fuzz"))
    }
}
