/// Formats policydiff recognises and refuses, each with the conversion that
/// turns it into one it reads. Old Word and WPS files are binary record
/// streams and OFD is China's fixed-layout format (GB/T 33190): a reader for
/// each would be a project of its own, and LibreOffice converts the first
/// three faithfully.
struct LegacyFormat: Equatable {
    /// How the refusal names the format.
    var name: String
    /// A command that works, with `FILE` standing for the file.
    var conversion: String

    static let wordBinary = LegacyFormat(name: "a Word 97–2003 document (.doc)", conversion: libreOffice)
    static let wps = LegacyFormat(name: "a WPS Office document (.wps)", conversion: libreOffice)
    static let ole2 = LegacyFormat(name: "an old Office compound file (OLE2: .doc, .wps, .xls or .ppt)",
                                   conversion: libreOffice)
    static let rtf = LegacyFormat(name: "an RTF document", conversion: libreOffice)
    static let odt = LegacyFormat(name: "an OpenDocument text (.odt)", conversion: libreOffice)
    static let ofd = LegacyFormat(
        name: "an OFD document (GB/T 33190)",
        conversion: "print it to PDF from an OFD reader (e.g. 数科OFD阅读器 or 福昕OFD版式办公套件), then read the .pdf")
    static let otherZip = LegacyFormat(name: "a ZIP archive that is not a Word document (.docx)",
                                       conversion: "unpack it and read the documents inside, or open it in LibreOffice and save as .docx")

    static let libreOffice = "libreoffice --headless --convert-to docx FILE"

    /// The OLE2 formats apart: WPS by its name (its container is Word's), Word by
    /// the `WordDocument` stream named (UTF-16) in the container's directory.
    static func ole2(bytes: [UInt8], path: String) -> LegacyFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".wps") || lower.hasSuffix(".wpt") { return .wps }
        let stream: [UInt8] = "WordDocument".utf8.flatMap { [$0, 0] }
        if contains(bytes, stream) { return .wordBinary }
        return .ole2
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], bytes[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
