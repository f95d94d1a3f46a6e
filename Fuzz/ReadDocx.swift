import Foundation
import ZIPFoundation

// libFuzzer target read-docx: the .docx reader — ZIP container (ZIPFoundation)
// with its limits, libxml2 on word/document.xml, Word numbering and styles,
// tables, tracked changes — then the pipeline on what was read. An input that
// is a ZIP is read as it is; any other input is packed (stored, uncompressed)
// as word/document.xml, and what follows its first NUL byte as
// word/numbering.xml, so that the fuzzer spends its time in the XML and the
// numbering rather than in the ZIP headers. Seeds: the fixtures' .docx files
// and their document.xml/numbering.xml. A ReadError is a fine answer.
func fuzzReadDocx(_ bytes: [UInt8]) {
    let reader = DocumentReader(maxInputBytes: FuzzInput.maxInputBytes)
    let input = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? bytes : packedAsDocx(bytes)
    guard let input else { return }
    if let first = try? reader.read(bytes: input, path: "fuzz.docx") {
        if first.paragraphs.contains(where: { $0.isEmpty || $0.contains("\n") }) {
            FuzzContract.violated("a .docx paragraph is empty or holds a line break")
        }
        let second = try? reader.read(bytes: input, path: "fuzz.docx")
        if second != first { FuzzContract.violated("reading the same .docx twice gave different texts") }
        FuzzContract.check(Pipeline().document(from: first, id: "fuzz"))
    }
}

private func packedAsDocx(_ bytes: [UInt8]) -> [UInt8]? {
    let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
    var parts = [("word/document.xml", Array(bytes[..<split]))]
    if split < bytes.endIndex { parts.append(("word/numbering.xml", Array(bytes[(split + 1)...]))) }
    guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
    for (name, data) in parts {
        try? archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) {
            position, size in Data(data[Int(position)..<Int(position) + size])
        }
    }
    return archive.data.map { [UInt8]($0) }
}
