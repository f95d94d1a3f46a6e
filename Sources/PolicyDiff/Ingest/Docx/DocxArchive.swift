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
        // It also stops the process (a Swift range trap in its in-memory file)
        // when an offset in the archive points past its end: those are checked here.
        guard Self.offsetsStayInside(bytes) else { throw .notAnArchive }
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

    /// Whether every place ZIPFoundation seeks to — the central directory, each
    /// entry's local header, its data and data descriptor — lies within the bytes,
    /// found as ZIPFoundation finds them (the last end-of-central-directory record).
    /// ZIP64 archives are refused: a document under the part limits never needs one.
    static func offsetsStayInside(_ bytes: [UInt8]) -> Bool {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func signature(_ at: Int, _ tag: UInt8) -> Bool {
            at + 4 <= bytes.count && bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == tag && bytes[at + 3] == tag + 1
        }
        guard bytes.count >= 22 else { return false }
        var end = bytes.count - 22
        while end >= 0, !signature(end, 0x05) { end -= 1 }
        guard end >= 0 else { return false }
        let entries = u16(end + 10), directorySize = u32(end + 12)
        var position = u32(end + 16)
        if entries == 0xFFFF || directorySize == 0xFFFF_FFFF || position == 0xFFFF_FFFF { return false }
        if end >= 20, signature(end - 20, 0x06) { return false } // a ZIP64 locator: its offsets win
        for _ in 0..<entries {
            guard position <= bytes.count else { return false }
            // ZIPFoundation stops at a record without its signature, as here.
            guard position + 46 <= bytes.count, signature(position, 0x01) else { return true }
            let compressed = u32(position + 20), expanded = u32(position + 24), header = u32(position + 42)
            if compressed == 0xFFFF_FFFF || expanded == 0xFFFF_FFFF || header == 0xFFFF_FFFF { return false }
            guard header <= bytes.count else { return false }
            // A ZIP64 extra field (id 1) would replace the sizes and offset read here.
            let nameEnd = position + 46 + u16(position + 28)
            var extra = nameEnd
            while extra + 4 <= min(bytes.count, nameEnd + u16(position + 30)) {
                if u16(extra) == 1 { return false }
                extra += 4 + u16(extra + 2)
            }
            guard header + 30 <= bytes.count, signature(header, 0x03) else { return true }
            let data = header + 30 + u16(header + 26) + u16(header + 28)
            guard data <= bytes.count else { return false }
            // With a data descriptor (flag bit 3) ZIPFoundation seeks past the data to it.
            if u16(position + 8) & 0x8 != 0, data + compressed > bytes.count { return false }
            position += 46 + u16(position + 28) + u16(position + 30) + u16(position + 32)
        }
        return position <= bytes.count
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
