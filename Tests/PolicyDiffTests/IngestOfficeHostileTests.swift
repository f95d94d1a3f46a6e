import Foundation
import Testing
@testable import PolicyDiff

/// Hostile .docx and .pdf files end in one clear line naming the file, within
/// the documented `PackagedDocumentLimits`, never in a crash, a hang or memory.
@Suite struct IngestOfficeHostileTests {
    let reader = DocumentReader()

    /// One line, naming the file.
    static func expectClear(_ error: ReadError, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(error.description.hasPrefix(path + ": "), sourceLocation: sourceLocation)
        #expect(!error.reasonText.isEmpty && !error.description.contains("\n"), sourceLocation: sourceLocation)
    }

    func refusal(_ bytes: [UInt8], path: String, reader: DocumentReader? = nil) -> ReadError? {
        let reader = reader ?? self.reader
        let error = OfficeFixtures.refusal { () throws(ReadError) in try reader.read(bytes: bytes, path: path) }
        if let error { Self.expectClear(error, path: path) }
        return error
    }

    @Test func zipBombIsRefusedFromItsDeclaredExpansion() throws {
        // 16 MiB of spaces inside a paragraph deflate to ~16 KB: 1,000 times.
        let filler = String(repeating: " ", count: 16 << 20)
        let bytes = try OfficeFixtures.docx([("word/document.xml", OfficeFixtures.documentXML("<w:p><w:r><w:t>\(filler)</w:t></w:r></w:p>"))])
        #expect(bytes.count < 100_000)
        let error = try #require(refusal(bytes, path: "bomb.docx"))
        #expect(error.reasonText.contains("word/document.xml expands"), "\(error)")
        #expect(error.reasonText.contains("ZIP bomb"))
    }

    /// Found by the read-docx fuzzer (Fixtures/fuzz/read-docx/crash-*): an offset in
    /// the archive pointing past its end stopped the process inside ZIPFoundation.
    @Test(arguments: ["central directory", "local header"])
    func offsetPastTheEndOfTheArchiveIsRefused(_ field: String) throws {
        var bytes = try OfficeFixtures.bytes("shanghai-typed.docx")
        #expect(try reader.read(bytes: bytes, path: "plan.docx").paragraphs.count > 10)
        func put32(_ value: Int, at offset: Int) {
            for k in 0..<4 { bytes[offset + k] = UInt8((value >> (8 * k)) & 0xFF) }
        }
        let end = try #require((0...(bytes.count - 22)).last { bytes[$0..<$0 + 4] == [0x50, 0x4B, 0x05, 0x06] })
        let directory = Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8 | Int(bytes[end + 18]) << 16 | Int(bytes[end + 19]) << 24
        put32(bytes.count + 1_000, at: field == "local header" ? directory + 42 : end + 16)
        let error = try #require(refusal(bytes, path: "plan.docx"))
        #expect(error.reasonText.contains("cannot be read"), "\(error)")
    }

    @Test func partOverTheSizeLimitIsRefused() throws {
        var small = reader
        small.packagedLimits.maxPartBytes = 64 << 10
        let body = (1...2_000).map { OfficeFixtures.paragraph("第\($0)项任务：加强质量基础设施建设。") }.joined()
        let bytes = try OfficeFixtures.docx([("word/document.xml", OfficeFixtures.documentXML(body))])
        let error = try #require(refusal(bytes, path: "large.docx", reader: small))
        #expect(error.reason == .overLimit("word/document.xml expands to more than the limit of 65536 bytes for one part of a .docx (a ZIP bomb?); not read"))
        // With the default limits the same file is read.
        #expect(try reader.read(bytes: bytes, path: "large.docx").paragraphs.count == 2_000)
    }

    @Test func archiveWithTooManyEntriesIsRefused() throws {
        var small = reader
        small.packagedLimits.maxArchiveEntries = 50
        let parts = [("word/document.xml", OfficeFixtures.documentXML(OfficeFixtures.paragraph("一、总体要求")))]
            + (0..<60).map { ("word/media/image\($0).png", [UInt8]([0x89, 0x50])) }
        let error = try #require(refusal(try OfficeFixtures.docx(parts), path: "many.docx", reader: small))
        #expect(error.reasonText.hasPrefix("the archive holds more than 50 entries"))
    }

    @Test func deeplyNestedXMLIsRefusedNotReadInPart() throws {
        let depth = 10_000
        let body = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + OfficeFixtures.paragraph("深处的文字")
            + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
        let bytes = try OfficeFixtures.docx([("word/document.xml", OfficeFixtures.documentXML(OfficeFixtures.paragraph("一、总体要求") + body))])
        let error = try #require(refusal(bytes, path: "deep.docx"))
        #expect(error.reasonText.hasPrefix("is a damaged .docx file: word/document.xml is not well-formed XML"), "\(error)")
    }

    @Test func entitiesAndDTDsAreRefused() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\
            <w:document xmlns:w="\(OfficeFixtures.wordNamespace)"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
            """
        let bytes = try OfficeFixtures.docx([("word/document.xml", Array(xml.utf8))])
        let error = try #require(refusal(bytes, path: "laughs.docx"))
        #expect(error.reasonText.contains("declares a DTD"))
    }

    @Test func truncatedAndCorruptedArchivesAreDamaged() throws {
        let docx = try OfficeFixtures.bytes("gansu-typed.docx")
        for keep in [0.3, 0.6, 0.95] {
            let cut = Array(docx.prefix(Int(Double(docx.count) * keep)))
            let error = try #require(refusal(cut, path: "cut.docx"))
            #expect(error.reasonText.hasPrefix("is a damaged .docx"), "\(error)")
        }
        // Bytes flipped inside the compressed document.xml: inflate or the checksum tells.
        var flipped = docx
        let name = Array("word/document.xml".utf8)
        let at = try #require((0..<(docx.count - name.count)).first { docx[$0..<$0 + name.count].elementsEqual(name) })
        for i in (at + name.count + 200)..<(at + name.count + 264) { flipped[i] ^= 0x5A }
        let error = try #require(refusal(flipped, path: "flipped.docx"))
        #expect(error.reasonText.hasPrefix("is a damaged .docx file: word/document.xml cannot be expanded"), "\(error)")
    }

    /// A PDF of `pages` empty pages, its page tree claiming `claimed` pages.
    static func pdf(pages: Int, claimed: Int? = nil) -> [UInt8] {
        var objects: [String] = ["<< /Type /Catalog /Pages 2 0 R >>"]
        let kids = (0..<pages).map { "\($0 + 3) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(claimed ?? pages) >>")
        for _ in 0..<pages { objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>") }
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (n, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(n + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    @Test func pdfOverThePageLimitIsRefused() throws {
        let error = try #require(refusal(Self.pdf(pages: 5_001), path: "pages.pdf"))
        #expect(error.reason == .overLimit("the PDF has 5001 pages, over the limit of 5000; not read"))
    }

    @Test func pdfClaimingAHugePageCountEndsClearly() throws {
        let error = try #require(refusal(Self.pdf(pages: 2, claimed: 2_000_000_000), path: "claims.pdf"))
        // poppler counts the pages the tree really holds; both are empty pages.
        #expect(error.reason == .noTextLayer || error.reasonText.contains("pages, over the limit"), "\(error)")
    }

    @Test func pdfWithABrokenXrefIsRecoveredOrRefusedClearly() throws {
        var pdf = try OfficeFixtures.bytes("shanghai-plan.pdf")
        // Point startxref at nonsense: poppler rebuilds the table from the objects.
        let tail = String(decoding: pdf.suffix(64), as: UTF8.self)
        let range = try #require(tail.range(of: "startxref\n"))
        let offset = pdf.count - 64 + tail.utf8.distance(from: tail.startIndex, to: range.upperBound)
        pdf[offset] = UInt8(ascii: "9")
        pdf[offset + 1] = UInt8(ascii: "9")
        do {
            let source = try reader.read(bytes: pdf, path: "xref.pdf")
            #expect(source.paragraphs == (try reader.read(path: OfficeFixtures.path("shanghai-plan.pdf"))).paragraphs)
        } catch {
            Self.expectClear(error, path: "xref.pdf")
        }
        // And a PDF whose body is noise after the header.
        let noise = Array("%PDF-1.7\n".utf8) + (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        let error = try #require(refusal(noise, path: "noise.pdf"))
        #expect(error.reasonText.hasPrefix("is a damaged PDF file"), "\(error)")
    }
}
