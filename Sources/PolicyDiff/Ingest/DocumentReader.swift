import Foundation

/// Reads a file as a policy document: plain text or a saved government web page.
///
/// PLACEHOLDER (foundation skeleton): reads UTF-8 plain text only. The Ingest
/// work replaces this with encoding detection, the libxml2 HTML reader and
/// page-furniture removal.
public struct DocumentReader: Sendable {
    /// Inputs larger than this are refused with a clear message instead of risking memory.
    public var maxInputBytes: Int

    public init(maxInputBytes: Int = 64 << 20) {
        self.maxInputBytes = maxInputBytes
    }

    public func read(path: String) throws(ReadError) -> SourceText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: .missing)
        }
        if isDirectory.boolValue { throw ReadError(path: path, reason: .isDirectory) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, reason: .unreadable("permission denied or I/O error"))
        }
        return try read(bytes: [UInt8](data), path: path)
    }

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> SourceText {
        if bytes.isEmpty { throw ReadError(path: path, reason: .empty) }
        if bytes.count > maxInputBytes { throw ReadError(path: path, reason: .tooLarge(limit: maxInputBytes)) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ReadError(path: path, reason: .undecodable)
        }
        let paragraphs = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return SourceText(path: path, format: .plainText, encoding: "UTF-8", paragraphs: paragraphs)
    }
}
