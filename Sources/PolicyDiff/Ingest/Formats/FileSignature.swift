/// What a file's first bytes say it is. Crawlers save 附件 under any name
/// (`download.do?id=…`, `.txt`, no extension), so the format is decided by the
/// signature, never by the name; the name only tells .wps from .doc, which
/// share the OLE2 container.
enum FileSignature: Equatable {
    /// `%PDF-1.x`, possibly after junk (readers accept it within the first 1,024 bytes).
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

    /// `%PDF-1.4`: the marker with its version, so that a text merely mentioning
    /// "%PDF-" is not taken for one.
    private static func hasPDFHeader(_ bytes: [UInt8]) -> Bool {
        let marker = Array("%PDF-".utf8)
        let end = min(bytes.count, 1024)
        guard end >= marker.count + 3 else { return false }
        let digit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        for start in 0...(end - marker.count - 3) where bytes[start] == marker[0] {
            let version = start + marker.count
            if bytes[start..<version].elementsEqual(marker), digit(bytes[version]),
               bytes[version + 1] == UInt8(ascii: "."), digit(bytes[version + 2]) {
                return true
            }
        }
        return false
    }
}
