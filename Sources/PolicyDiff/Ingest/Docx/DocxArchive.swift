import Foundation
import ZIPFoundation

/// A .docx as a ZIP archive (ZIPFoundation, in memory): its parts by name,
/// each expanded under the limits, never written to disk.
struct DocxArchive {
    enum Failure: Error, Equatable {
        case notAnArchive
        case tooManyEntries(limit: Int)
        case partTooLarge(part: String, limit: Int)
        case expansion(part: String, ratio: Int)
        case damagedPart(part: String)
    }

    private let archive: Archive
    private let limits: PackagedDocumentLimits

    init(bytes: [UInt8], limits: PackagedDocumentLimits) throws(Failure) {
        // ZIPFoundation 0.9.20 leaks its in-memory file when it finds no
        // end-of-central-directory record, the mark of a truncated download: that
        // case is told here, before ZIPFoundation is called.
        guard Self.hasEndOfCentralDirectory(bytes) else { throw .notAnArchive }
        let opened: Archive
        do {
            opened = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notAnArchive
        }
        var count = 0
        for _ in opened {
            count += 1
            if count > limits.maxArchiveEntries { throw .tooManyEntries(limit: limits.maxArchiveEntries) }
        }
        // An archive whose central directory cannot be found reads as empty.
        if count == 0 { throw .notAnArchive }
        archive = opened
        self.limits = limits
    }

    /// The record `PK\u{5}\u{6}` within the last 22 + 65,535 bytes (its comment's
    /// longest), where every ZIP ends.
    static func hasEndOfCentralDirectory(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 22 else { return false }
        let earliest = max(0, bytes.count - 22 - 0xFFFF)
        var i = bytes.count - 22
        while i >= earliest {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { return true }
            i -= 1
        }
        return false
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The expanded bytes of a part, or nil if the archive has none of that name.
    /// The declared sizes are checked first and the bytes counted as they come,
    /// since a hostile archive may declare sizes it does not have.
    func part(_ path: String) throws(Failure) -> [UInt8]? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        let declared = Int(clamping: entry.uncompressedSize)
        let compressed = max(1, Int(clamping: entry.compressedSize))
        if declared > limits.maxPartBytes { throw .partTooLarge(part: path, limit: limits.maxPartBytes) }
        if declared > 1 << 20, declared / compressed > limits.maxExpansionRatio {
            throw .expansion(part: path, ratio: declared / compressed)
        }
        var out = [UInt8]()
        out.reserveCapacity(min(declared, limits.maxPartBytes))
        var overLimit = false
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                if out.count + chunk.count > min(limits.maxPartBytes, max(declared, 0)) {
                    overLimit = true
                    throw CocoaError(.fileReadTooLarge)
                }
                out.append(contentsOf: chunk)
            }
        } catch {
            if overLimit {
                throw declared < limits.maxPartBytes ? .damagedPart(part: path)
                    : .partTooLarge(part: path, limit: limits.maxPartBytes)
            }
            throw .damagedPart(part: path)
        }
        if out.count != declared { throw .damagedPart(part: path) }
        return out
    }
}
