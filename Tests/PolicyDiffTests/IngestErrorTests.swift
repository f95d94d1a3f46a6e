import Foundation
import Testing
@testable import PolicyDiff

@Suite("Ingest: bad and hostile input")
struct IngestErrorTests {
    let reader = DocumentReader()

    private func write(_ bytes: [UInt8], named name: String) throws -> String {
        let url = try IngestPaths.scratch().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test("A missing file names the file and says so")
    func missing() {
        let error = #expect(throws: ReadError.self) { try reader.read(path: "/nonexistent/质量 方案.txt") }
        #expect(error?.reason == .missing)
        #expect(error?.description == "/nonexistent/质量 方案.txt: no such file")
    }

    @Test("A directory is refused")
    func directory() throws {
        let dir = try IngestPaths.scratch().path
        #expect(throws: ReadError(path: dir, reason: .isDirectory)) { try reader.read(path: dir) }
    }

    @Test("An empty file, and one of only spaces, are refused as empty")
    func empty() throws {
        let path = try write([], named: "empty.txt")
        #expect(throws: ReadError(path: path, reason: .empty)) { try reader.read(path: path) }
        let blank = try write(Array("  \r\n\u{3000}\n".utf8), named: "blank.txt")
        #expect(throws: ReadError(path: blank, reason: .empty)) { try reader.read(path: blank) }
    }

    // A PDF or ZIP (.docx) signature goes to those readers now, whatever the name:
    // IngestFormatTests checks what a truncated one is told.
    @Test("NUL bytes and random bytes are binary", arguments: [
        [0x4E, 0x00, 0x2D, 0x00] as [UInt8],
        Array("一、总体要求\n".utf8) + [0x00] + Array("坚持质量第一。".utf8),
        (0..<512).map { UInt8(($0 * 7919 + 13) % 256) },
    ])
    func binary(bytes: [UInt8]) throws {
        #expect(throws: ReadError(path: "x.txt", reason: .binary)) { try reader.read(bytes: bytes, path: "x.txt") }
    }

    @Test("Bytes that are text in no supported encoding are refused")
    func undecodable() throws {
        let bytes: [UInt8] = Array(repeating: 0xFF, count: 64) + Array("abc".utf8)
        #expect(throws: ReadError(path: "x.txt", reason: .undecodable)) { try reader.read(bytes: bytes, path: "x.txt") }
        // Short UTF-8 with a broken tail: neither UTF-8 nor GB18030.
        let short = Array("中文".utf8) + [0xFF]
        #expect(throws: ReadError(path: "y.txt", reason: .undecodable)) { try reader.read(bytes: short, path: "y.txt") }
    }

    @Test("One byte is read or refused, never a crash", arguments: Array(0...255))
    func oneByte(value: Int) {
        do {
            let source = try reader.read(bytes: [UInt8(value)], path: "one.txt")
            #expect(!source.paragraphs.isEmpty)
        } catch {
            #expect([.binary, .undecodable, .empty, .noBodyText].contains(error.reason))
        }
    }

    @Test("A file over the limit is refused from its size, before it is read")
    func tooLarge() throws {
        // A sparse 200 MB file: the size is there, the disk blocks are not.
        let url = try IngestPaths.scratch().appendingPathComponent("dump 200MB 质量.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("一、总体要求\n".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 200_000_000)
        try handle.close()
        let error = #expect(throws: ReadError.self) { try reader.read(path: url.path) }
        #expect(error?.reason == .tooLarge(limit: 64 << 20))
        #expect(error?.description.contains("larger than the input limit of 67108864 bytes") == true)

        let small = DocumentReader(maxInputBytes: 16)
        #expect(throws: ReadError(path: "a.txt", reason: .tooLarge(limit: 16))) {
            try small.read(bytes: Array("一、总体要求，坚持质量第一。".utf8), path: "a.txt")
        }
    }

    @Test("A 1 MB line with no punctuation is read whole")
    func megabyteLine() throws {
        let line = String(repeating: "质量提升行动", count: 1 << 20 / 18)
        let source = try reader.read(bytes: Array(line.utf8), path: "long.txt")
        #expect(source.paragraphs == [line])
    }

    @Test("Files of only 、、、 or only digits do not crash the reader")
    func degenerateTexts() throws {
        let commas = try reader.read(bytes: Array(String(repeating: "、", count: 10_000).utf8), path: "a.txt")
        #expect(commas.paragraphs.count == 1)
        let digits = try reader.read(bytes: Array(String(repeating: "1234567890\n", count: 1000).utf8), path: "b.txt")
        #expect(digits.paragraphs.count == 1000)
    }

    @Test("A file name with spaces and Chinese characters is read")
    func unusualFileName() throws {
        let path = try write(Array("一、总体要求\n坚持质量第一。\n".utf8), named: "青岛 实施方案 (2018).txt")
        let source = try reader.read(path: path)
        #expect(source.path == path)
        #expect(source.paragraphs == ["一、总体要求", "坚持质量第一。"])
    }

    @Test("Every error is one line naming the file")
    func oneLineMessages() {
        let reasons: [ReadError.Reason] = [.missing, .isDirectory, .empty, .binary, .undecodable, .noBodyText,
                                           .tooLarge(limit: 1), .unreadable("permission denied")]
        for reason in reasons {
            let text = ReadError(path: "Corpus/a b.txt", reason: reason).description
            #expect(text.hasPrefix("Corpus/a b.txt: "))
            #expect(!text.contains("\n"))
        }
    }
}

@Suite("Ingest: mutated inputs never crash the reader")
struct IngestMutationTests {
    /// A fixed-seed generator, so a failure replays.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    @Test("Fixture pages and texts with bytes flipped, cut and spliced are read or refused cleanly",
          arguments: ["city-page-gb2312.html", "fragment-no-charset.html", "news-page.html", "gbk-plan.txt"])
    func mutations(fixture: String) throws {
        let original = try #require(FileManager.default.contents(atPath: IngestPaths.fixture(fixture)).map { [UInt8]($0) })
        var random = SplitMix(state: UInt64(original.count))
        let reader = DocumentReader()
        for round in 0..<150 {
            var bytes = original
            switch round % 4 {
            case 0:
                for _ in 0..<(1 + random.below(8)) where !bytes.isEmpty {
                    bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
                }
            case 1:
                bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
            case 2:
                let at = random.below(bytes.count + 1)
                let tag = Array(["<", "</p>", "<table>", "<!--", "&", "&#x0;", "<script>", "\u{0}", "<?xml", "]]>"][random.below(10)].utf8)
                bytes.insert(contentsOf: tag, at: at)
            default:
                let a = random.below(bytes.count + 1), b = random.below(bytes.count + 1)
                bytes = Array(bytes[min(a, b)...]) + Array(bytes[..<min(a, b)])
            }
            for name in ["m.html", "m.txt"] {
                do {
                    let source = try reader.read(bytes: bytes, path: name)
                    #expect(!source.paragraphs.isEmpty)
                    #expect(source.paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
                } catch {
                    #expect(error.description.hasPrefix(name + ": "))
                }
            }
        }
    }

    @Test("Random bytes are read or refused cleanly")
    func randomBytes() {
        var random = SplitMix(state: 2024)
        let reader = DocumentReader()
        for _ in 0..<300 {
            let count = 1 + random.below(600)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            for name in ["r.html", "r.txt"] {
                do { _ = try reader.read(bytes: bytes, path: name) } catch {
                    #expect(!error.description.isEmpty)
                }
            }
        }
    }
}
