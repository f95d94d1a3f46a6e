import Foundation
import Testing
@testable import PolicyDiff

/// Formats recognised by their signature, whatever the file is called, and
/// refused with the format named and a conversion that works.
@Suite struct IngestFormatTests {
    let reader = DocumentReader()

    @Test func wordBinaryDocIsRefusedWithAConversion() {
        let path = OfficeFixtures.path("shanghai-short.doc")
        let error = OfficeFixtures.refusal { () throws(ReadError) in try reader.read(path: path) }
        #expect(error?.description == "\(path): is a Word 97–2003 document (.doc), which policydiff does not read; "
                + "convert it first: libreoffice --headless --convert-to docx \(path)")
    }

    @Test func wpsIsNamedAsWPSAndTheCommandQuotesThePath() throws {
        let doc = try OfficeFixtures.bytes("shanghai-short.doc")
        let path = "附件1 实施方案.wps"
        let error = OfficeFixtures.refusal { () throws(ReadError) in try reader.read(bytes: doc, path: path) }
        #expect(error?.reasonText == "is a WPS Office document (.wps), which policydiff does not read; "
                + "convert it first: libreoffice --headless --convert-to docx '附件1 实施方案.wps'")
    }

    @Test func ofdOdtRtfAndOtherArchivesAreNamed() throws {
        let ofd = try OfficeFixtures.docx([("OFD.xml", Array("<ofd:OFD/>".utf8)), ("Doc_0/Document.xml", Array("<x/>".utf8))])
        let odt = try OfficeFixtures.docx([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)),
                                           ("content.xml", Array("<x/>".utf8))], compression: .none)
        let xlsx = try OfficeFixtures.docx([("xl/workbook.xml", Array("<x/>".utf8))])
        let cases: [([UInt8], String)] = [(ofd, "an OFD document"), (odt, "an OpenDocument text (.odt)"),
                                          (Array("{\\rtf1\\ansi 一、总体要求}".utf8), "an RTF document"),
                                          (xlsx, "a ZIP archive that is not a Word document")]
        for (bytes, name) in cases {
            // Saved under a misleading name, as crawlers do: the signature decides.
            let error = OfficeFixtures.refusal { () throws(ReadError) in try reader.read(bytes: bytes, path: "download.txt") }
            let text = try #require(error?.reasonText)
            #expect(text.hasPrefix("is \(name)"), "\(text)")
            #expect(text.contains("convert it first"))
        }
    }

    @Test func pdfAndDocxAreReadWhateverTheirName() throws {
        let pdf = try OfficeFixtures.bytes("shanghai-short-open.pdf")
        #expect(try reader.read(bytes: pdf, path: "attachment.do").format == .pdf)
        let docx = try OfficeFixtures.bytes("shanghai-typed.docx")
        #expect(try reader.read(bytes: docx, path: "附件.txt").format == .docx)
    }

    @Test func truncatedSignaturesAreDamagedFilesNotText() {
        for (bytes, format) in [(Array("%PDF-1.4\n%âãÏÓ\n1 0 obj\n".utf8), "PDF"),
                                ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] as [UInt8], ".docx (ZIP)")] {
            let error = OfficeFixtures.refusal { () throws(ReadError) in try reader.read(bytes: bytes, path: "x.txt") }
            #expect(error?.reasonText.hasPrefix("is a damaged \(format) file") == true, "\(String(describing: error))")
        }
    }
}
