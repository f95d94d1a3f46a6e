import Foundation
import Testing
@testable import PolicyDiff

/// Where `-o` and standard output go when the place is not an ordinary new file:
/// a device, a link, a file with permissions of its own, an input, a full disk,
/// a closed or broken standard output. What a researcher's shell sees.
@Suite struct HardeningOutputTests {
    static let plan = "Corpus/zhangye-2018-plan.txt"

    // MARK: -o onto something that is not a new file

    @Test func outputOntoACharacterDeviceWritesThroughAndKeepsTheDevice() throws {
        // A private null device, so that a regression cannot replace the machine's /dev/null.
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let device = scratch.path("null")
        guard mknod(device, S_IFCHR | 0o666, 0x103) == 0 else {
            print("skipped: mknod is not permitted here (errno \(errno))")
            return
        }
        let result = try HardeningCLI.shell("\"$BIN\" extract \(Self.plan) --format json -o \(HardeningCLI.quoted([device]))")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(HardeningScratch.mode(device)?.type == S_IFCHR, "the device was replaced by a regular file")
        #expect(try scratch.names() == ["null"], "a temporary file was left beside the device")
    }

    @Test func outputOntoDevNullKeepsDevNull() throws {
        let result = try HardeningCLI.shell("\"$BIN\" extract \(Self.plan) --format json -o /dev/null")
        #expect(result.status == 0)
        #expect(HardeningScratch.mode("/dev/null")?.type == S_IFCHR)
    }

    @Test func outputThroughASymbolicLinkReplacesItsTargetAndKeepsTheLinkAndTheMode() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let target = try scratch.write("shared/report.json", "old\n")
        chmod(target, 0o600)
        let link = scratch.path("latest.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "shared/report.json")
        let result = try HardeningCLI.shell("\"$BIN\" extract \(Self.plan) --format json -o \(HardeningCLI.quoted([link]))")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(HardeningScratch.mode(link)?.type == S_IFLNK, "the link was replaced by a file")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "shared/report.json")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.contains("\"format\": \"policydiff.document/1\""))
        #expect(HardeningScratch.mode(target)?.permissions == 0o600)
        #expect(try scratch.names("shared") == ["report.json"])
    }

    @Test func anExistingReportKeepsItsPermissions() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let report = try scratch.write("report.csv", "old\n")
        chmod(report, 0o600)
        let result = try HardeningCLI.shell("\"$BIN\" extract \(Self.plan) --format csv -o \(HardeningCLI.quoted([report]))")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(HardeningScratch.mode(report)?.permissions == 0o600, "a private report became world-readable")
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)).starts(with: Data("\u{FEFF}document,".utf8)))
    }

    @Test func aNewReportGetsTheUsualPermissions() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let report = scratch.path("new.json")
        let result = try HardeningCLI.shell("umask 022; \"$BIN\" extract \(Self.plan) --format json -o \(HardeningCLI.quoted([report]))")
        #expect(result.status == 0)
        #expect(HardeningScratch.mode(report).map { ($0.type, $0.permissions) } ?? (0, 0) == (S_IFREG, 0o644))
    }

    @Test func aHardLinkedFileIsRefusedAndBothNamesKeepTheirBytes() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let report = try scratch.write("report.json", "{\"kept\": true}\n")
        let other = scratch.path("archive-copy.json")
        #expect(link(report, other) == 0)
        let result = try HardeningCLI.shell("\"$BIN\" extract \(Self.plan) --format json -o \(HardeningCLI.quoted([report]))")
        #expect(result.status == 1)
        #expect(result.stderrLines == ["policydiff: \(report): cannot write: the file has 2 hard links; replacing it would leave the other names with the old content (remove the other links, or write elsewhere)"])
        for name in [report, other] {
            #expect(try String(contentsOfFile: name, encoding: .utf8) == "{\"kept\": true}\n")
        }
        #expect(try scratch.names() == ["archive-copy.json", "report.json"])
    }

    @Test func aDanglingLinkIsRefusedAndKept() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let link = scratch.path("report.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "gone/report.json")
        let result = try HardeningCLI.shell("\"$BIN\" extract \(Self.plan) --format json -o \(HardeningCLI.quoted([link]))")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write: is a symbolic link to a missing file (gone/report.json)"))
        #expect(HardeningScratch.mode(link)?.type == S_IFLNK)
    }

    @Test(arguments: ["same", "dot", "link"])
    func outputEqualToAnInputIsRefusedBeforeAnyWork(_ spelling: String) throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let original = try String(contentsOfFile: CommandLineTests.packageRoot.path + "/" + Self.plan, encoding: .utf8)
        let input = try scratch.write("plan.txt", original)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("alias.txt"), withDestinationPath: "plan.txt")
        let output = ["same": "plan.txt", "dot": "./plan.txt", "link": "alias.txt"][spelling]!
        let result = try HardeningCLI.shell("\"$BIN\" compare ../gansu.txt plan.txt -o \(output); \"$BIN\" extract plan.txt -f json -o \(output)",
                                            in: scratch.root)
        #expect(result.status == 2)
        #expect(result.stderrLines.last == "policydiff: \(output): cannot write: it is the input file plan.txt; choose another -o")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == original, "the document was overwritten by its own report")
        #expect(try scratch.names() == ["alias.txt", "plan.txt"])
    }

    // MARK: standard output

    @Test func aFullDiskOnStandardOutputSaysCannotWriteAndExitsOne() throws {
        let result = try HardeningCLI.shell("\"$BIN\" extract \(Self.plan) --format json > /dev/full")
        #expect(result.status == 1)
        #expect(result.stderrLines == ["policydiff: standard output: cannot write: No space left on device"])
    }

    @Test func aClosedStandardOutputSaysCannotWriteAndExitsOne() throws {
        let result = try HardeningCLI.shell("\"$BIN\" compare Corpus/gansu-2017-plan.txt \(Self.plan) >&-")
        #expect(result.status == 1)
        #expect(result.stderrLines == ["policydiff: standard output: cannot write: it is closed"])
    }

    @Test func aBrokenPipeEndsQuietly() throws {
        // Far more than a pipe holds, so the write meets the closed pipe.
        let result = try HardeningCLI.shell("""
            set -o pipefail
            "$BIN" extract Corpus/*.txt --format json | head -c 100 > /dev/null
            echo "status $?"
            """)
        #expect(result.stdoutText == "status 0\n")
        #expect(result.stderr.isEmpty, "a reader that stopped reading is not an error: \(result.stderr)")
    }

    @Test func aBrokenPipeKeepsTheStatusOfAFailedInput() throws {
        let result = try HardeningCLI.shell("""
            set -o pipefail
            "$BIN" extract no-such-plan.txt Corpus/*.txt --format json | head -c 100 > /dev/null
            echo "status $?"
            """)
        #expect(result.stdoutText == "status 1\n")
        #expect(result.stderrLines == ["policydiff: no-such-plan.txt: no such file"])
    }

    // MARK: terminal messages

    @Test func controlCharactersInAFileNameAreShownEscapedOnOneLine() throws {
        let name = "plan\n\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}txt.exe"
        let result = try HardeningCLI.shell("\"$BIN\" extract \(HardeningCLI.quoted([name])) Corpus/zhangye-2018-plan.txt > /dev/null")
        #expect(result.status == 1)
        #expect(result.stderrLines == ["policydiff: plan\\n\\e[2J\\e]0;pwned\\x07\\u{202E}txt.exe: no such file"])
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func aReportOnATerminalShowsControlCharactersAndAPipedOneKeepsTheBytes() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("skipped: no /usr/bin/script to give the command a terminal")
            return
        }
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let original = try String(contentsOfFile: CommandLineTests.packageRoot.path + "/" + Self.plan, encoding: .utf8)
        let name = "plan\u{1B}[31m.txt"
        try scratch.write(name, original)
        let command = "\"$BIN\" compare Corpus/gansu-2017-plan.txt \(HardeningCLI.quoted([scratch.path(name)]))"
        let terminal = try HardeningCLI.shell("script -qec \(HardeningCLI.quoted([command])) /dev/null")
        #expect(terminal.stdoutText.contains("local:     \(scratch.path("plan\\e[31m.txt"))"))
        #expect(!terminal.stdout.contains(0x1B))
        let piped = try HardeningCLI.shell(command + " | cat")
        #expect(piped.stdoutText.contains("local:     \(scratch.path(name))"))
    }

    @Test func controlCharactersInAUsageErrorAreEscaped() throws {
        let result = try HardeningCLI.shell("\"$BIN\" extract --format $'csv\\e[2J\\e[31m' \(Self.plan)")
        #expect(result.status == 2)
        #expect(result.stderr.contains("The value 'csv\\e[2J\\e[31m' is invalid"))
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func controlCharactersInACorpusFileNameAreEscapedInBatchMessages() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        try scratch.write("corpus/national.txt", BatchFixture.national)
        try scratch.write("corpus/manifest.txt", """
            id: national
            file: national.txt
            implements:

            id: city
            file: city\u{1B}[31m\u{202E}plan.txt
            implements: national

            """)
        let result = try HardeningCLI.shell("\"$BIN\" batch corpus -o out", in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("city\\e[31m\\u{202E}plan.txt"))
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
