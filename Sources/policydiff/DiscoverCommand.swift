import ArgumentParser
import Foundation
import PolicyDiff

struct DiscoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discover",
        abstract: "Find which document of a folder each one implements, and write a manifest.",
        discussion: """
        For a crawl with no manifest: reads every .txt/.html document of DIR and finds, for \
        each, the document it implements — from the document number or 《title》 it cites \
        (根据《…》, 贯彻落实…), from the issuers' levels (a parent is above its child), and \
        from shared wording for a text that cites nothing. When several fit it takes the \
        closest ancestor: a city plan following its province's wording implements the \
        province's plan. Documents that nothing fits stay unpaired.

        The manifest it writes is the one `policydiff batch` reads, each inferred link with \
        its evidence and confidence as comments, so it can be corrected by hand and rerun.

        Examples:
          policydiff discover crawl/                    manifest to standard output
          policydiff discover crawl/ -o crawl/manifest.txt
          policydiff batch crawl/ -o reports/           uses crawl/manifest.txt from now on
        """
    )

    @Argument(help: "A folder of .txt/.html documents (a manifest.txt in it is ignored).")
    var directory: String

    @Option(name: .shortAndLong, help: "Write the manifest here instead of standard output.")
    var output: String?

    @Option(name: .shortAndLong, help: "Worker threads; 0 is one per core.")
    var jobs: Int = 0

    @OptionGroup var input: InputOptions

    func run() throws {
        let manifest: CorpusManifest
        do {
            manifest = try CorpusSource.loadFolder(directory)
        } catch {
            CommandOutput.report("\(error)")
            throw ExitCode(2)
        }
        let outcome = CorpusDiscovery(pipeline: input.pipeline).discover(manifest, jobs: jobs)
        for failure in outcome.failures {
            CommandOutput.report("\(failure)")
        }
        let text = CorpusDiscovery.manifestText(outcome)
        if let output {
            do { try AtomicFile.write(text, to: output) } catch {
                CommandOutput.report("\(output): \(error)")
                throw ExitCode(1)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if isatty(2) == 1 {
            CommandOutput.report("\(outcome.result.parents.count) links among \(outcome.sketches.count) documents")
        }
        if !outcome.failures.isEmpty { throw ExitCode(1) }
    }
}
