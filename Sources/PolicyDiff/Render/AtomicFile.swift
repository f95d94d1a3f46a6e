import Foundation

/// Writes output so that an interrupted or failing run never leaves a half-written
/// report, and never replaces something that is not a report:
///
/// - a regular file (or a new path) is written under a temporary name beside the
///   destination, flushed to the disk (fsync), then renamed over it, keeping the
///   old file's permission bits;
/// - a symbolic link is followed: the file it points to is replaced, the link stays;
/// - a character device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written
///   through, since renaming over it would put a regular file in /dev;
/// - a directory, a block device, a socket, a dangling link and a file with more
///   than one hard link (a rename would leave the other names with the old text)
///   are refused with a reason, before any byte is written.
///
/// `write(_:)` of several files (a pair's .html, .csv and .json) writes and flushes
/// every temporary file first, then renames them in the order given, the last one
/// after its previous version is removed: whenever the last file is present, the
/// others beside it are of the same run. `policydiff index` relies on that (the
/// JSON is last).
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws {
        try write([(path, data)])
    }

    /// One file written as it is made: `body` writes into a buffered output on the
    /// temporary file, which is flushed, synced and renamed over `path` only when
    /// `body` returns and every write succeeded. When `body` throws, or a write
    /// fails, the temporary file is removed and nothing at `path` changes. The
    /// destination is checked (and refused, see the type's comment) before `body` runs.
    public static func stream(to path: String, _ body: (BufferedOutput) throws -> Void) throws {
        let target = try Destination(path: path)
        if target.kind == .writeThrough {
            let fd = open(target.path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw WriteError(path: target.path, reason: String(cString: strerror(errno))) }
            let out = BufferedOutput(fd: fd)
            do { try body(out) } catch { close(fd); throw error }
            let failure = out.flush()
            if close(fd) != 0, failure == nil {
                throw WriteError(path: target.path, reason: String(cString: strerror(errno)))
            }
            if let failure { throw WriteError(path: target.path, reason: String(cString: strerror(failure))) }
            return
        }
        let (temporary, fd) = try openTemporary(beside: target)
        let out = BufferedOutput(fd: fd)
        do { try body(out) } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        try finishTemporary(temporary, fd: fd, target: target, failure: out.flush())
        if rename(temporary, target.resolved) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
        syncDirectory(target.directory)
    }

    /// Files that belong together; see the type's comment for the order.
    public static func write(_ files: [(path: String, data: Data)]) throws {
        // 1. Where each file goes, refusing before anything is written.
        let targets = try files.map { try Destination(path: $0.path) }
        // 2. Every temporary file written and flushed; on failure none is left.
        var temporaries: [String?] = []
        for (target, file) in zip(targets, files) {
            guard target.kind != .writeThrough else { temporaries.append(nil); continue }
            do {
                temporaries.append(try writeTemporary(file.data, beside: target))
            } catch {
                for case let t? in temporaries { unlink(t) }
                throw error
            }
        }
        // 3. Renames in order; the last file's old version goes first, so that no
        // reader sees it beside the new versions of the others.
        if targets.count > 1, let last = targets.last, last.kind == .regular {
            unlink(last.resolved)
        }
        var renamed: [String] = []
        for (i, target) in targets.enumerated() {
            if let temporary = temporaries[i] {
                if rename(temporary, target.resolved) != 0 {
                    let reason = String(cString: strerror(errno))
                    for case let t? in temporaries[i...] { unlink(t) }
                    // Not half a set: the files already renamed go too.
                    for r in renamed { unlink(r) }
                    throw WriteError(path: files[i].path, reason: reason)
                }
                renamed.append(target.resolved)
            } else {
                try writeThrough(files[i].data, to: target)
            }
        }
        for directory in Set(targets.filter { $0.kind != .writeThrough }.map(\.directory)) {
            syncDirectory(directory)
        }
    }

    // MARK: - Temporary files

    /// `.NAME.tmp-HOST-PID-RANDOM`: the host (a hash of its name) and process id
    /// tell a later run whether the writer is still alive.
    static let temporaryMarker = ".tmp-"

    static func temporaryName(for name: String) -> String {
        ".\(name)\(temporaryMarker)\(hostTag)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    static let hostTag: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count - 1)
        var hash: UInt32 = 2_166_136_261
        for byte in buffer.prefix(while: { $0 != 0 }) { hash = (hash ^ UInt32(UInt8(bitPattern: byte))) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }()

    /// Removes the temporary files this writer left in `directory` when a run was
    /// killed between writing and renaming: those of a process of this host that
    /// no longer runs, and any older than `maxAge` (a writer of another host that
    /// shares the folder is long done by then). Returns the names removed.
    @discardableResult
    public static func removeStaleTemporaries(in directory: String, maxAge: TimeInterval = 3600) -> [String] {
        removeStaleTemporaries(named: nil, in: directory, maxAge: maxAge)
    }

    /// The same for the temporary files of one destination name only (`-o FILE`).
    @discardableResult
    public static func removeStaleTemporaries(named destination: String?, in directory: String,
                                              maxAge: TimeInterval = 3600) -> [String] {
        let directory = directory.isEmpty ? "." : directory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var removed: [String] = []
        let now = Date().timeIntervalSince1970
        let prefix = destination.map { "." + $0 + temporaryMarker }
        for name in names.sorted() {
            if let prefix, !name.hasPrefix(prefix) { continue }
            guard let writer = TemporaryName(name) else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let age = now - Double(info.st_mtim.tv_sec)
            let writerGone = writer.host == hostTag && writer.pid != getpid() && kill(writer.pid, 0) != 0 && errno == ESRCH
            if writerGone || age > maxAge {
                if unlink(path) == 0 { removed.append(name) }
            }
        }
        return removed
    }

    struct TemporaryName {
        var host: String
        var pid: pid_t

        /// `.NAME.tmp-HOST-PID-RANDOM`, nothing else.
        init?(_ name: String) {
            guard name.hasPrefix("."), let marker = name.range(of: AtomicFile.temporaryMarker, options: .backwards) else { return nil }
            let parts = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 8, parts[0].allSatisfy(\.isHexDigit),
                  let pid = pid_t(parts[1]), pid > 0, UInt32(parts[2]) != nil else { return nil }
            host = String(parts[0])
            self.pid = pid
        }
    }

    private static func writeTemporary(_ data: Data, beside target: Destination) throws -> String {
        let (temporary, fd) = try openTemporary(beside: target)
        try finishTemporary(temporary, fd: fd, target: target, failure: writeAll(data, to: fd))
        return temporary
    }

    /// `.NAME.tmp-…` created beside the destination (its folder made if need be).
    private static func openTemporary(beside target: Destination) throws -> (path: String, fd: Int32) {
        let temporary = (target.directory as NSString).appendingPathComponent(temporaryName(for: target.name))
        do {
            try FileManager.default.createDirectory(atPath: target.directory, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: target.path, reason: directoryProblem(target.directory))
        }
        // One plain write: FileManager.createFile would itself write through a
        // second temporary file and rename, doubling the file creations of a batch run.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw WriteError(path: target.path, reason: reason(errno, directory: target.directory))
        }
        return (temporary, fd)
    }

    /// The previous file's mode, fsync, close; on any failure (`failure`, the errno
    /// of the writes) the temporary file is removed and the reason thrown.
    private static func finishTemporary(_ temporary: String, fd: Int32, target: Destination, failure written: Int32?) throws {
        var failure = written
        if failure == nil, let mode = target.keptMode {
            // The previous file's permissions (0600 stays 0600) and, where allowed, its owner.
            if fchmod(fd, mode) != 0 { failure = errno }
            if let owner = target.keptOwner { _ = fchown(fd, owner.uid, owner.gid) }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw WriteError(path: target.path, reason: reason(failure, directory: target.directory))
        }
    }

    private static func writeThrough(_ data: Data, to target: Destination) throws {
        let fd = open(target.path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError(path: target.path, reason: String(cString: strerror(errno))) }
        let failure = writeAll(data, to: fd)
        if close(fd) != 0, failure == nil {
            throw WriteError(path: target.path, reason: String(cString: strerror(errno)))
        }
        if let failure { throw WriteError(path: target.path, reason: String(cString: strerror(failure))) }
    }

    /// Writes all of `data` to an open descriptor (a file, or the CLI's stdout and
    /// stderr, where FileHandle would trap on an error): nil, or the errno that failed.
    public static func writeAll(_ data: Data, to fd: Int32) -> Int32? {
        data.withUnsafeBytes { writeAll($0, to: fd) }
    }

    public static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let n = Foundation.write(fd, base + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func reason(_ code: Int32, directory: String) -> String {
        if code == ENOSPC { return "the disk is full" }
        if code == EACCES || code == EPERM || code == EROFS { return "the folder \(directory) is not writable (\(String(cString: strerror(code))))" }
        if code == ENOTDIR || code == ENOENT { return directoryProblem(directory) }
        return String(cString: strerror(code))
    }

    /// A path through a regular file reads "Not a directory", not Foundation's
    /// "a file with the same name already exists".
    private static func directoryProblem(_ directory: String) -> String {
        var prefix = directory
        while !prefix.isEmpty, prefix != "/" {
            var info = stat()
            if stat(prefix, &info) == 0 {
                return (info.st_mode & S_IFMT) == S_IFDIR ? "the folder \(directory) cannot be created or written"
                    : "\(prefix) is a file, not a folder"
            }
            prefix = (prefix as NSString).deletingLastPathComponent
        }
        return "the folder \(directory) cannot be created"
    }
}

extension AtomicFile {
    /// What is at an output path, and how to write it.
    struct Destination {
        enum Kind { case regular, writeThrough }
        var path: String
        var kind: Kind
        /// The path a rename replaces: the file a symbolic link points to.
        var resolved: String
        var keptMode: mode_t?
        var keptOwner: (uid: uid_t, gid: gid_t)?

        var directory: String {
            let d = (resolved as NSString).deletingLastPathComponent
            return d.isEmpty ? "." : d
        }
        var name: String { (resolved as NSString).lastPathComponent }

        init(path: String) throws {
            self.path = path
            resolved = path
            kind = .regular
            var link = stat()
            guard lstat(path, &link) == 0 else { return } // a new file (or a path whose folder is made)
            var info = link
            if (link.st_mode & S_IFMT) == S_IFLNK {
                guard stat(path, &info) == 0 else {
                    throw WriteError(path: path, reason: "is a symbolic link to a missing file (\(Self.linkTarget(path))); write to the link's target or remove the link")
                }
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                guard info.st_nlink <= 1 else {
                    throw WriteError(path: path, reason: "the file has \(info.st_nlink) hard links; replacing it would leave the other names with the old content (remove the other links, or write elsewhere)")
                }
                if (link.st_mode & S_IFMT) == S_IFLNK {
                    guard let real = realpath(path, nil) else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
                    resolved = String(cString: real)
                    free(real)
                }
                keptMode = info.st_mode & 0o7777
                keptOwner = (info.st_uid, info.st_gid)
            case S_IFCHR, S_IFIFO:
                kind = .writeThrough
            case S_IFDIR:
                throw WriteError(path: path, reason: "is a directory")
            case S_IFBLK:
                throw WriteError(path: path, reason: "is a block device (a disk), not a file")
            case S_IFSOCK:
                throw WriteError(path: path, reason: "is a socket, not a file")
            default:
                throw WriteError(path: path, reason: "is not a regular file")
            }
        }

        static func linkTarget(_ path: String) -> String {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        }
    }
}
