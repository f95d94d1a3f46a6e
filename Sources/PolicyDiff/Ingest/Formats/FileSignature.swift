/// What a file's first bytes say it is. Crawlers save 附件 under any name
/// (`download.do?id=…`, `.txt`, no extension), so the format is decided by the
/// signature, never by the name; the name only tells .wps from .doc, which
/// share the OLE2 container.
enum FileSignature: Equatable {
    /// `%PDF-`, possibly after a few bytes of junk (the PDF spec allows 1,024).
    case pdf
    /// `PK\x03\x04`: .docx, .ofd, .odt, .xlsx … decided by the archive's entries.
    case zip
    /// `D0 CF 11 E0 A1 B1 1A E1`: the OLE2 compound file of .doc, .wps, .xls.
    case ole2
    /// `{\rtf`
    case rtf
    /// Anything else: text or a saved page, for the text readers.
    case other

    init(_ bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .ole2
        } else if bytes.starts(with: Array("{\\rtf".utf8)) {
            self = .rtf
        } else if Self.hasPDFHeader(bytes) {
            self = .pdf
        } else {
            self = .other
        }
    }

    private static func hasPDFHeader(_ bytes: [UInt8]) -> Bool {
        let marker = Array("%PDF-".utf8)
        let end = min(bytes.count, 1024)
        guard end >= marker.count else { return false }
        for start in 0...(end - marker.count) where bytes[start] == marker[0] {
            if Array(bytes[start..<start + marker.count]) == marker { return true }
        }
        return false
    }
}
