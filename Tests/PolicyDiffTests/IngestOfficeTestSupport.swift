import Foundation
import Testing
import ZIPFoundation
@testable import PolicyDiff

/// The .docx/.pdf fixtures (Scripts/make-fixtures.py) and small builders for
/// hostile variants of them.
enum OfficeFixtures {
    static func path(_ name: String) -> String {
        IngestPaths.testsDirectory.appendingPathComponent("Fixtures/office/\(name)").path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    static let shanghaiText = IngestPaths.corpus("construction-waste/cwaste-shanghai-2024.txt")

    /// A .docx (ZIP) holding the given parts, built in memory.
    static func docx(_ parts: [(String, [UInt8])], compression: CompressionMethod = .deflate) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in parts {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compression) { position, size in
                Data(data[Int(position)..<Int(position) + size])
            }
        }
        return [UInt8](try #require(archive.data))
    }

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// word/document.xml around the given body XML.
    static func documentXML(_ body: String) -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"\(wordNamespace)\"><w:body>"
               + body + "</w:body></w:document>").utf8)
    }

    static func paragraph(_ text: String, numID: Int? = nil, ilvl: Int = 0) -> String {
        let numPr = numID.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\($0)\"/></w:numPr></w:pPr>" } ?? ""
        return "<w:p>\(numPr)<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    static func refusal(_ body: () throws(ReadError) -> SourceText) -> ReadError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }
}
