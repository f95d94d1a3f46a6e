/// `--shard K/N`: the K-th of N shares of a corpus run's pairs, dealt round-robin
/// over the pairs sorted by file name, so a job array's members need not talk to
/// each other and together write exactly the files of an unsharded run.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var text: String
        public var description: String { "--shard \(text): expected K/N with 1 ≤ K ≤ N (e.g. 2/8)" }
    }

    public init(index: Int, count: Int) throws {
        guard count >= 1, index >= 1, index <= count else { throw ParseError(text: "\(index)/\(count)") }
        self.index = index
        self.count = count
    }

    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { throw ParseError(text: text) }
        do { try self.init(index: k, count: n) } catch { throw ParseError(text: text) }
    }

    /// Whether the pair at `position` (0-based, in stem order) belongs to this shard.
    public func selects(position: Int) -> Bool {
        position % count == index - 1
    }

    public func select<T>(_ items: [T]) -> [T] {
        items.enumerated().filter { selects(position: $0.offset) }.map(\.element)
    }

    public var description: String { "\(index)/\(count)" }
}
