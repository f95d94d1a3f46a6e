/// Turns the bytes of a file into text: UTF-8 (with or without BOM) first,
/// GB18030 (the superset of GBK and GB2312 that older Chinese government sites
/// and Windows editors still write) when the bytes are not UTF-8, and a refusal
/// for anything that is not text.
struct TextDecoding: Sendable {
    struct Decoded {
        var text: String
        /// "UTF-8", "GB18030", "UTF-16LE" …
        var encoding: String
        var warnings: [DocumentWarning]
    }

    enum Failure: Error { case binary, undecodable }

    /// Share of invalid sequences a legacy decoding may have before the bytes are
    /// judged not to be in that encoding at all.
    var maxInvalidShare = 0.01

    /// `declared`: a charset the document names for itself (a page's `<meta charset>`);
    /// valid UTF-8 bytes win over any declaration, since pages are often re-saved
    /// as UTF-8 with the old declaration left in place.
    func decode(_ bytes: [UInt8], declared: String? = nil) throws(Failure) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            // An editor that prepends a UTF-8 BOM to a GBK file leaves bytes that are
            // not UTF-8 at all: read them as GB18030 rather than as a page of U+FFFD.
            let scan = UTF8Scan(rest)
            if scan.invalid > 0, scan.multiByte < 20 * scan.invalid,
               let decoded = try? legacy(rest, encoding: "GB18030", warnAsFallback: true) {
                var fallback = decoded
                fallback.warnings[0].message = "the bytes after the UTF-8 byte-order mark are not UTF-8; decoded as GB18030"
                return fallback
            }
            return utf8(rest, bomSaysUTF8: true)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try utf16(Array(bytes.dropFirst(2)), littleEndian: bytes[0] == 0xFF)
        }
        if looksBinary(bytes) { throw .binary }

        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: "UTF-8", warnings: [])
        }
        let scan = UTF8Scan(bytes)
        // Mostly valid UTF-8 with a few broken sequences (a truncated download, a
        // bad copy): GB18030 would turn the whole text into mojibake, so keep UTF-8
        // and mark the damage.
        if scan.multiByte >= 20 * scan.invalid {
            return utf8(bytes, bomSaysUTF8: false)
        }
        var tried: [String] = []
        // Only the legacy Chinese charsets are honoured: a page of Chinese text that
        // declares ISO-8859-1 or windows-1252 is a misconfigured server, not Latin text.
        if let declared = declared.map(Self.canonicalCharset), declared == "GB18030" || declared == "BIG5-HKSCS" {
            tried.append(declared)
            if let decoded = try? legacy(bytes, encoding: declared, warnAsFallback: false) { return decoded }
        }
        if !tried.contains("GB18030"), let decoded = try? legacy(bytes, encoding: "GB18030", warnAsFallback: true) {
            return decoded
        }
        throw .undecodable
    }

    /// gb2312 and gbk are decoded as GB18030, their superset: pages that declare
    /// gb2312 routinely use characters only GBK has (e.g. 镕, 堃).
    static func canonicalCharset(_ name: String) -> String {
        let lower = name.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        switch lower {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "gb2312", "gbk", "gb18030", "gb_2312-80", "x-gbk", "cp936", "windows-936", "euc-cn", "hz-gb-2312":
            return "GB18030"
        case "big5", "big5-hkscs", "x-x-big5", "cn-big5": return "BIG5-HKSCS"
        default: return lower.uppercased()
        }
    }

    private func utf8(_ bytes: [UInt8], bomSaysUTF8: Bool) -> Decoded {
        let scan = UTF8Scan(bytes)
        var warnings: [DocumentWarning] = []
        if scan.invalid > 0 {
            warnings.append(DocumentWarning(
                code: .garbledText,
                message: "\(scan.invalid) invalid UTF-8 byte sequence\(scan.invalid == 1 ? "" : "s") replaced by U+FFFD"))
        }
        return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", warnings: warnings)
    }

    private func utf16(_ bytes: [UInt8], littleEndian: Bool) throws(Failure) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        guard String(validating: units, as: UTF16.self) != nil || units.isEmpty else { throw .undecodable }
        let text = String(decoding: units, as: UTF16.self)
        if text.unicodeScalars.contains(where: { $0.value == 0 }) { throw .binary }
        return Decoded(text: text, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE", warnings: [])
    }

    private func legacy(_ bytes: [UInt8], encoding: String, warnAsFallback: Bool) throws(Failure) -> Decoded {
        guard let decoded = IconvDecoder.decode(bytes, from: encoding) else { throw .undecodable }
        let characters = max(1, decoded.text.unicodeScalars.count)
        guard Double(decoded.invalidSequences) <= maxInvalidShare * Double(characters) else { throw .undecodable }
        var warnings: [DocumentWarning] = []
        if warnAsFallback {
            warnings.append(DocumentWarning(code: .encodingFallback,
                                            message: "the bytes are not UTF-8; decoded as \(encoding)"))
        }
        if decoded.invalidSequences > 0 {
            let n = decoded.invalidSequences
            warnings.append(DocumentWarning(
                code: .garbledText,
                message: "\(n) byte sequence\(n == 1 ? "" : "s") invalid in \(encoding) replaced by U+FFFD"))
        }
        return Decoded(text: decoded.text, encoding: encoding, warnings: warnings)
    }

    /// NUL bytes, or more than 2% control characters other than tab, line and
    /// page breaks (and ESC), mark a binary file; so does a `%PDF-` that
    /// `FileSignature` did not take for a PDF (no version after it). A ZIP never
    /// gets here: `PackagedDocumentReader` reads or refuses it first.
    func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: Array("%PDF-".utf8)) { return true }
        var controls = 0
        for byte in bytes {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x0B, byte != 0x1B {
                controls += 1
            } else if byte == 0x7F {
                controls += 1
            }
        }
        return controls > 0 && controls * 50 >= bytes.count
    }
}

/// A pass over bytes counting valid multi-byte UTF-8 sequences and invalid ones.
struct UTF8Scan {
    var multiByte = 0
    var invalid = 0

    init(_ bytes: [UInt8]) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: invalid += 1; i += 1; continue
            }
            var ok = i + length <= n
            if ok {
                for k in 1..<length {
                    let c = bytes[i + k]
                    let lo: UInt8 = k == 1 ? low : 0x80
                    let hi: UInt8 = k == 1 ? high : 0xBF
                    if c < lo || c > hi { ok = false; break }
                }
            }
            if ok {
                multiByte += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
    }
}
