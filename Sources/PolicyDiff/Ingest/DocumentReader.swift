import Foundation

/// Reads a file as a policy document: a plain text or a page saved from a
/// government website, in UTF-8 or GB18030/GBK, with the page furniture
/// (navigation, toolbars, information table, related links, editor lines,
/// footers) cut and the information table read into `PageInfo`.
public struct DocumentReader: Sendable {
    /// Inputs larger than this are refused with a clear message before a byte is
    /// read, instead of risking memory. Default 64 MiB: the largest real policy
    /// page we know is well under 1 MiB.
    public var maxInputBytes: Int
    public var furniture: PageFurnitureTable {
        didSet { cleaner = PageFurniture(table: furniture) }
    }
    public var markup: HTMLMarkupTable
    /// Bounds on .docx and .pdf inputs (ZIP expansion, pages); see `PackagedDocumentLimits`.
    public var packagedLimits: PackagedDocumentLimits = .standard
    /// The furniture rules with the table's phrases measured once, not per document.
    private var cleaner: PageFurniture

    public init(maxInputBytes: Int = 64 << 20, furniture: PageFurnitureTable = .standard,
                markup: HTMLMarkupTable = .standard) {
        self.maxInputBytes = maxInputBytes
        self.furniture = furniture
        self.markup = markup
        self.cleaner = PageFurniture(table: furniture)
    }

    public func read(path: String) throws(ReadError) -> SourceText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: .missing)
        }
        if isDirectory.boolValue { throw ReadError(path: path, reason: .isDirectory) }
        // The size comes from the file system, so a 200 MB dump is refused
        // without being read into memory.
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maxInputBytes {
            throw ReadError(path: path, reason: .tooLarge(limit: maxInputBytes))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(path: path, reason: .unreadable("permission denied or I/O error"))
        }
        defer { try? handle.close() }
        let bytes = try readBounded(handle, path: path)
        return try readOwned(consume bytes, path: path)
    }

    /// How much of a file is looked at before the rest is read.
    static let headBytes = 64 * 1024

    /// The file's bytes, at most the limit + 1 (a file that grew since it was
    /// measured, or a device with no size, is still refused), its first 64 KiB read
    /// and judged first: a binary file is refused from them, so a 2 GB sparse file
    /// under a raised limit, or /dev/zero, is not loaded only to be refused.
    private func readBounded(_ handle: FileHandle, path: String) throws(ReadError) -> [UInt8] {
        // The Data is released as soon as its bytes are copied out, and the bytes
        // are handed on (consumed), so a large file is not held twice.
        var bytes: [UInt8]
        do {
            bytes = try handle.read(upToCount: min(Self.headBytes, maxInputBytes + 1)).map { [UInt8]($0) } ?? []
        } catch {
            throw ReadError(path: path, reason: .unreadable(error.localizedDescription))
        }
        if let refusal = Self.refusal(forHead: bytes) { throw ReadError(path: path, reason: refusal) }
        guard bytes.count == min(Self.headBytes, maxInputBytes + 1), bytes.count <= maxInputBytes else { return bytes }
        do {
            if let rest = try handle.read(upToCount: maxInputBytes + 1 - bytes.count) { bytes.append(contentsOf: rest) }
        } catch {
            throw ReadError(path: path, reason: .unreadable(error.localizedDescription))
        }
        return bytes
    }

    /// What the first bytes alone settle: NUL bytes mark a binary file whatever
    /// follows (the same judgment `TextDecoding` makes on the whole file). A
    /// byte-order mark leaves it to the decoder (UTF-16 has NULs), and a packaged
    /// format's signature (PDF, ZIP, OLE2, RTF) to its reader, which reads it or
    /// refuses it with a conversion.
    static func refusal(forHead head: [UInt8]) -> ReadError.Reason? {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) || head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            return nil
        }
        if FileSignature(head) != .other { return nil }
        return head.contains(0) ? .binary : nil
    }

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> SourceText {
        try readOwned(bytes, path: path)
    }

    private func readOwned(_ bytes: consuming [UInt8], path: String) throws(ReadError) -> SourceText {
        if bytes.isEmpty { throw ReadError(path: path, reason: .empty) }
        if bytes.count > maxInputBytes { throw ReadError(path: path, reason: .tooLarge(limit: maxInputBytes)) }
        // .pdf and .docx by their signature, whatever the name; .doc/.wps/.ofd/.rtf refused by name.
        if let packaged = try PackagedDocumentReader(limits: packagedLimits).read(bytes, path: path) { return packaged }
        if Self.isHTML(bytes: bytes, path: path) {
            return try readPage(bytes, path: path)
        }
        return try readText(bytes, path: path)
    }

    // MARK: - Plain text

    private func readText(_ bytes: consuming [UInt8], path: String) throws(ReadError) -> SourceText {
        var decoded = try decode(bytes, declared: nil, path: path)
        _ = consume bytes
        let lines = LayoutSpace.lines(of: decoded.text).map { PageLine(text: $0) }
        // The whole text is no longer needed once it is cut into lines.
        decoded.text = ""
        return try source(from: lines, path: path, format: .plainText, decoded: decoded)
    }

    // MARK: - Pages

    private func readPage(_ bytes: consuming [UInt8], path: String) throws(ReadError) -> SourceText {
        let declared = HTMLCharset.declared(in: bytes)
        var decoded = try decode(bytes, declared: declared, path: path)
        _ = consume bytes
        let utf8 = HTMLCharset.declaringUTF8(Array(decoded.text.utf8))
        decoded.text = ""
        var halted = false
        var lines = HTMLPageReader(markup: markup).lines(utf8: utf8, halted: &halted)
        if halted {
            // libxml2 stopped at its depth limit: read the page again with the deepest levels as one.
            let repaired = HTMLSourceRepair().repair(utf8)
            lines = HTMLPageReader(markup: markup).lines(utf8: repaired.bytes)
            decoded.warnings.append(DocumentWarning(code: .deepNesting, message:
                "elements nested \(repaired.flattenedLevels) level(s) deeper than \(HTMLSourceRepair().maxDepth) were read as one level; the rest of the page is kept"))
        }
        guard let lines else {
            throw ReadError(path: path, reason: .noBodyText)
        }
        return try source(from: lines, path: path, format: .html, decoded: decoded)
    }

    // MARK: - Shared

    private func decode(_ bytes: [UInt8], declared: String?, path: String) throws(ReadError) -> TextDecoding.Decoded {
        do {
            return try TextDecoding().decode(bytes, declared: declared)
        } catch .binary {
            throw ReadError(path: path, reason: .binary)
        } catch {
            throw ReadError(path: path, reason: .undecodable)
        }
    }

    private func source(from lines: [PageLine], path: String, format: SourceText.Format,
                        decoded: TextDecoding.Decoded) throws(ReadError) -> SourceText {
        guard !lines.isEmpty else {
            throw ReadError(path: path, reason: format == .html ? .noBodyText : .empty)
        }
        let cleaned = cleaner.clean(lines)
        guard !cleaned.paragraphs.isEmpty else { throw ReadError(path: path, reason: .noBodyText) }
        var warnings = decoded.warnings
        if let summary = cleaned.summary {
            warnings.append(DocumentWarning(code: .boilerplateRemoved, message: summary))
        }
        return SourceText(path: path, format: format, encoding: decoded.encoding,
                          paragraphs: cleaned.paragraphs, pageInfo: cleaned.pageInfo, warnings: warnings)
    }

    /// A page by its name (.html, .htm, .shtml, .xhtml), or by its first bytes:
    /// crawlers save pages and fragments under any name, and a fragment may start
    /// straight at `<div class="wrap">`.
    static func isHTML(bytes: [UInt8], path: String) -> Bool {
        let lower = path.lowercased()
        if [".html", ".htm", ".shtml", ".xhtml"].contains(where: { lower.hasSuffix($0) }) {
            // A text saved under a page's name (no tag at all) keeps its line breaks.
            return hasTag(bytes)
        }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return false }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 1024)], as: UTF8.self).lowercased()
        let openers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p", "<table", "<span",
                       "<!--", "<?xml", "<title", "<center", "<font", "<td", "<tr", "<ul", "<h1", "<h2", "<br"]
        return openers.contains { head.hasPrefix($0) } || head.contains("<html") || head.contains("<body")
    }

    /// Whether a `<` followed by a letter, `/` or `!` occurs in the first 64 KiB.
    private static func hasTag(_ bytes: [UInt8]) -> Bool {
        let end = min(bytes.count, 64 * 1024)
        var i = 0
        while i + 1 < end {
            if bytes[i] == UInt8(ascii: "<") {
                let next = bytes[i + 1] | 0x20
                if (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || bytes[i + 1] == UInt8(ascii: "/")
                    || bytes[i + 1] == UInt8(ascii: "!") {
                    return true
                }
            }
            i += 1
        }
        return false
    }
}
