import Foundation
import Testing

/// The command line as a researcher's script sees it: exit statuses, stderr lines,
/// and that one bad file does not stop the others. Runs the `policydiff` binary
/// that `swift test` builds beside the test bundle.
@Suite struct CommandLineTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL? {
        // The test runner's bundle is the build folder itself or a bundle inside it.
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle.appendingPathComponent("policydiff"),
                          bundle.deletingLastPathComponent().appendingPathComponent("policydiff"),
                          packageRoot.appendingPathComponent(".build/debug/policydiff")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let binary = try #require(Self.binary, "the policydiff binary is built by `swift build`/`swift test`")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = Self.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func aUsageErrorExitsWithTwo() throws {
        let result = try run(["extract", "--no-such-option", "Corpus/gansu-2017-plan.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-option"))
    }

    @Test func badFilesAreNamedOnePerLineAndTheOthersStillProcessed() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("policydiff-empty-\(getpid()).txt")
        FileManager.default.createFile(atPath: empty.path, contents: Data())
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try run(["extract", "no/such/plan.txt", empty.path, "Corpus/zhangye-2018-plan.txt", "--format", "json"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "policydiff: no/such/plan.txt: no such file")
        #expect(lines.last == "policydiff: \(empty.path): the file is empty")
        // Several FILEs give an array, whatever failed; the readable one is in it.
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(json?.count == 1)
        #expect(json?.first?["docNumber"] as? String == "市委发〔2018〕29号")
    }

    @Test func compareSummarySaysWhatChanged() throws {
        let result = try run(["compare", "Corpus/gansu-2017-plan.txt", "Corpus/zhangye-2018-plan.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("≥350户 yearly → ≥100户 yearly"))
    }
}
