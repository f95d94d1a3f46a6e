/// The charset a page declares for itself (`<meta charset="gb2312">`,
/// `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`,
/// `<?xml … encoding="gb2312"?>`), found in the raw bytes (the declaration is
/// ASCII in every encoding a Chinese page uses).
enum HTMLCharset {
    /// How far into the page a declaration is looked for: it belongs in <head>.
    static let scanLimit = 64 * 1024

    static func declared(in bytes: [UInt8]) -> String? {
        declarations(in: bytes).first.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The page with every charset declaration rewritten to utf-8: the reader hands
    /// libxml2 text it has already decoded, and a stale `charset=gb2312` must not
    /// make the parser decode it a second time.
    static func declaringUTF8(_ bytes: [UInt8]) -> [UInt8] {
        let ranges = declarations(in: bytes)
        guard !ranges.isEmpty else { return bytes }
        var out = bytes
        for range in ranges.reversed() {
            out.replaceSubrange(range, with: Array("utf-8".utf8))
        }
        return out
    }

    /// Byte ranges of the charset names in <meta> tags and the XML declaration.
    static func declarations(in bytes: [UInt8]) -> [Range<Int>] {
        let end = min(bytes.count, scanLimit)
        var result: [Range<Int>] = []
        var i = 0
        while i < end {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            let isMeta = matches(bytes, at: i + 1, "meta")
            let isXML = matches(bytes, at: i + 1, "?xml")
            guard isMeta || isXML else { i += 1; continue }
            var tagEnd = i + 1
            while tagEnd < bytes.count, bytes[tagEnd] != UInt8(ascii: ">"), tagEnd - i < 1024 { tagEnd += 1 }
            let key = isMeta ? "charset" : "encoding"
            var k = i
            while k < tagEnd {
                if matches(bytes, at: k, key) {
                    var v = k + key.utf8.count
                    while v < tagEnd, bytes[v] == 0x20 || bytes[v] == 0x09 { v += 1 }
                    guard v < tagEnd, bytes[v] == UInt8(ascii: "=") else { k += 1; continue }
                    v += 1
                    while v < tagEnd, bytes[v] == 0x20 || bytes[v] == 0x09 || bytes[v] == 0x22 || bytes[v] == 0x27 { v += 1 }
                    var w = v
                    while w < tagEnd, isNameByte(bytes[w]) { w += 1 }
                    if w > v { result.append(v..<w) }
                    break
                }
                k += 1
            }
            i = tagEnd
        }
        return result
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
    }

    /// Case-insensitive ASCII match of `word` at `start`.
    private static func matches(_ bytes: [UInt8], at start: Int, _ word: String) -> Bool {
        var p = start
        for w in word.utf8 {
            guard p < bytes.count else { return false }
            var b = bytes[p]
            if b >= 0x41, b <= 0x5A { b += 0x20 }
            guard b == w else { return false }
            p += 1
        }
        return true
    }
}
