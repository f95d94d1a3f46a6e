import Foundation
import Testing

/// `compare` as a script uses it: --exit-code statuses, `-` for standard input,
/// --version, and help that fits the terminal.
@Suite struct CompareCommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(CommandLineTests.binary, "the policydiff binary is built by `swift build`/`swift test`")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = CommandLineTests.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let gansu = "Corpus/gansu-2017-plan.txt"
    static let zhangye = "Corpus/zhangye-2018-plan.txt"

    @Test func exitCodeIsOneWhenTheDocumentsDifferZeroWhenTheSameTwoOnTrouble() throws {
        #expect(try run(["compare", "--exit-code", Self.gansu, Self.gansu]).status == 0)
        #expect(try run(["compare", "--exit-code", Self.gansu, Self.zhangye]).status == 1)
        let missing = try run(["compare", "--exit-code", Self.gansu, "no/such/plan.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "policydiff: no/such/plan.txt: no such file\n")
        // Without the flag a difference is no failure.
        #expect(try run(["compare", Self.gansu, Self.zhangye]).status == 0)
    }

    @Test func aDashReadsStandardInput() throws {
        let text = try Data(contentsOf: CommandLineTests.packageRoot.appendingPathComponent(Self.zhangye))
        let piped = try run(["compare", Self.gansu, "-", "--format", "json"], input: text)
        #expect(piped.status == 0)
        let fromFile = try run(["compare", Self.gansu, Self.zhangye, "--format", "json"])
        let a = try #require(try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(fromFile.stdout.utf8)) as? [String: Any])
        #expect((a["alignments"] as? [Any])?.count == (b["alignments"] as? [Any])?.count)
        #expect((a["local"] as? [String: Any])?["source"] as? String == "<stdin>")
        let both = try run(["compare", "-", "-"], input: text)
        #expect(both.status == 2 && both.stderr.contains("only one of REFERENCE and LOCAL can be -"))
        let extracted = try run(["extract", "-"], input: text)
        #expect(extracted.status == 0 && extracted.stdout.contains("三、"))
    }

    @Test func versionPrintsTheToolsNameAndNumber() throws {
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^policydiff \d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test func everySubcommandsHelpHasExamplesThatFitTheTerminal() throws {
        for command in ["compare", "extract"] {
            let help = try run(["help", command], environment: ["COLUMNS": "60"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:"))
            let examples = help.stdout.components(separatedBy: "Examples:")[1].components(separatedBy: "\n\n")[0]
            for line in examples.split(separator: "\n") { #expect(line.count <= 60, "\(command): \(line)") }
            // A command continued on the next line ends in a backslash, so it still pastes into a shell.
            #expect(examples.contains(" \\\n    "))
        }
        #expect(try run(["help", "compare"]).stdout.contains("--exit-code"))
    }
}
