import Foundation
import Testing
@testable import PolicyDiff

/// Where the ingest fixtures and the shared material live, from this file's path
/// (the source tree is there in CI as on a developer's machine).
enum IngestPaths {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        testsDirectory.appendingPathComponent("Fixtures/ingest/\(name)").path
    }

    static func corpus(_ name: String) -> String {
        packageRoot.appendingPathComponent("Corpus/\(name)").path
    }

    /// ../shared/pages beside the package root, when it is there.
    static var sharedPages: String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/pages").path
        if FileManager.default.fileExists(atPath: path) { return path }
        let fallback = "/work/shared/pages"
        return FileManager.default.fileExists(atPath: fallback) ? fallback : nil
    }

    /// A fresh scratch directory under the system's temporary directory.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("policydiff-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite("Ingest: encodings")
struct IngestEncodingTests {
    let reader = DocumentReader()

    @Test("UTF-8 with a BOM: the BOM is not part of the first line")
    func utf8WithBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("一、总体要求\n（一）指导思想。坚持质量第一。\n".utf8)
        let source = try reader.read(bytes: bytes, path: "bom.txt")
        #expect(source.encoding == "UTF-8")
        #expect(source.paragraphs == ["一、总体要求", "（一）指导思想。坚持质量第一。"])
        #expect(source.warnings.isEmpty)
    }

    @Test("GBK/GB18030 plain text is detected, decoded and flagged encoding-fallback")
    func gbkPlainText() throws {
        let source = try reader.read(path: IngestPaths.fixture("gbk-plan.txt"))
        #expect(source.encoding == "GB18030")
        #expect(source.warnings.contains { $0.code == .encodingFallback })
        #expect(source.paragraphs.contains("一、总体要求"))
        // 镕 exists in GBK but not in GB2312: decoding as GB18030 keeps it.
        #expect(source.paragraphs.contains { $0.contains("镕铸企业质量管理体系认证率达到80%") })
        // Its furniture goes as in a UTF-8 text.
        #expect(!source.paragraphs.contains { $0.hasPrefix("首页") || $0.contains("打印本页") })
        #expect(source.pageInfo.datePublished == "2018-03-15")
    }

    @Test("CRLF and lone CR end lines; no CR is left in a paragraph")
    func crlf() throws {
        let text = "关于开展质量提升行动的实施方案\r\n\r\n一、总体要求\r（一）指导思想。\r\n"
        let source = try reader.read(bytes: Array(text.utf8), path: "crlf.txt")
        #expect(source.paragraphs == ["关于开展质量提升行动的实施方案", "一、总体要求", "（一）指导思想。"])
        #expect(!source.paragraphs.joined().contains("\r"))
    }

    @Test("No-break and full-width spaces indent and pad lines but stay inside them")
    func layoutSpaces() throws {
        let text = "\u{3000}\u{3000}1.\u{00A0}\u{00A0}提升农产品质量。\u{00A0}\n\u{00A0}\u{00A0}\u{3000}\n\u{3000}（二）工作目标\u{3000}\n"
        let source = try reader.read(bytes: Array(text.utf8), path: "spaces.txt")
        #expect(source.paragraphs == ["1.\u{00A0}\u{00A0}提升农产品质量。", "（二）工作目标"])
    }

    @Test("UTF-16 with a BOM (Windows Notepad's 'Unicode') is read, not refused as binary")
    func utf16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "一、总体要求\n到2020年，合格率达到90%以上。".utf16 {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        let source = try reader.read(bytes: bytes, path: "utf16.txt")
        #expect(source.encoding == "UTF-16LE")
        #expect(source.paragraphs == ["一、总体要求", "到2020年，合格率达到90%以上。"])
    }

    @Test("Invalid UTF-8 in the middle of a UTF-8 text: the text stays UTF-8, the damage is marked")
    func invalidUTF8InTheMiddle() throws {
        let before = Array("一、总体要求\n（一）指导思想。以提高发展质量和效益为中心，将质量强省战略放在".utf8)
        let after = Array("更加突出的位置。\n（二）工作目标。到2020年，供给质量明显改善，质量总体水平显著提升。\n".utf8)
        let source = try reader.read(bytes: before + [0xFF, 0xE5, 0x9C] + after, path: "damaged.txt")
        #expect(source.encoding == "UTF-8")
        #expect(source.paragraphs.first == "一、总体要求")
        #expect(source.paragraphs.last == "（二）工作目标。到2020年，供给质量明显改善，质量总体水平显著提升。")
        #expect(source.paragraphs[1].hasSuffix("放在\u{FFFD}\u{FFFD}更加突出的位置。"))
        #expect(source.warnings.contains { $0.code == .garbledText && $0.message.contains("invalid UTF-8") })
        #expect(!source.warnings.contains { $0.code == .encodingFallback })
    }

    @Test("A GB18030 text with one broken byte is still decoded, the byte marked")
    func gbWithBrokenByte() throws {
        let text = String(repeating: "加快培育经济竞争新优势，全面提升质量水平。\n", count: 20)
        var bytes = try #require(IconvEncoding.gb18030(text))
        bytes.insert(0xFF, at: 40)
        let source = try reader.read(bytes: bytes, path: "gb-broken.txt")
        #expect(source.encoding == "GB18030")
        #expect(source.paragraphs.last == "加快培育经济竞争新优势，全面提升质量水平。")
        #expect(source.warnings.contains { $0.code == .garbledText })
    }

    @Test("iconv really decodes GB18030 four-byte sequences and GBK-only characters")
    func iconvDecodes() throws {
        let text = "镕堃𠀀€质量"
        let bytes = try #require(IconvEncoding.gb18030(text))
        let decoded = try #require(IconvDecoder.decode(bytes, from: "GB18030"))
        #expect(decoded.text == text)
        #expect(decoded.invalidSequences == 0)
        #expect(IconvDecoder.decode(bytes, from: "NO-SUCH-ENCODING") == nil)
    }
}

/// Encodes test text with iconv, the way the GB fixtures were made.
enum IconvEncoding {
    static func gb18030(_ text: String) -> [UInt8]? {
        guard let (bytes, invalid) = IconvDecoder.convert(Array(text.utf8), from: "UTF-8", to: "GB18030"),
              invalid == 0 else { return nil }
        return bytes
    }
}
