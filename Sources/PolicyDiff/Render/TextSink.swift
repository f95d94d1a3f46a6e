import Foundation

/// Where rendered text goes: a String (the whole output in memory, for tests and
/// small outputs) or a `BufferedOutput` (a file or standard output, written as the
/// text is made). The JSON and CSV writers write into either, with the same bytes.
public protocol TextSink {
    mutating func append(_ text: String)
    mutating func append(contentsOf text: Substring)
}

extension String: TextSink {}

/// Text written to a file descriptor through a 64 KiB buffer, so that an output of
/// hundreds of megabytes is never held whole. A failing write is kept (the first
/// errno) and every later write is dropped; the caller asks `failure` when done.
public final class BufferedOutput: TextSink {
    public static let capacity = 1 << 16

    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Applied to each piece before it is buffered (standard output on a terminal
    /// shows control characters escaped). Pieces are whole strings, never split scalars.
    private let transform: ((String) -> String)?
    public private(set) var failure: Int32?
    /// Bytes handed to the descriptor so far.
    public private(set) var written = 0

    public init(fd: Int32, transform: ((String) -> String)? = nil) {
        self.fd = fd
        self.transform = transform
        buffer.reserveCapacity(Self.capacity)
    }

    public func append(_ text: String) {
        guard failure == nil else { return }
        if let transform { buffer.append(contentsOf: transform(text).utf8) } else { buffer.append(contentsOf: text.utf8) }
        if buffer.count >= Self.capacity { flush() }
    }

    public func append(contentsOf text: Substring) {
        guard failure == nil else { return }
        if let transform { buffer.append(contentsOf: transform(String(text)).utf8) } else { buffer.append(contentsOf: text.utf8) }
        if buffer.count >= Self.capacity { flush() }
    }

    /// Hands the buffer to the descriptor; nil, or the errno that failed (kept).
    @discardableResult
    public func flush() -> Int32? {
        guard failure == nil else { return failure }
        guard !buffer.isEmpty else { return nil }
        failure = buffer.withUnsafeBytes { AtomicFile.writeAll($0, to: fd) }
        if failure == nil { written += buffer.count }
        buffer.removeAll(keepingCapacity: true)
        return failure
    }
}
