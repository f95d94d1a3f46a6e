import ArgumentParser
import Foundation
import PolicyDiff

@main
struct PolicyDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policydiff",
        abstract: "Compare Chinese policy documents clause by clause: what a local plan kept, dropped, added and changed.",
        discussion: """
        A national guideline (指导意见) is implemented by provincial plans (实施方案/实施意见), \
        which cities implement in turn. policydiff reads them (plain text or saved government \
        pages, UTF-8 or GBK), cuts them into clauses along their numbered headings, reads the \
        numeric targets and the units in charge, and compares a local plan with its reference.

        """ + HelpExamples.render([
            ("policydiff batch", "compare every document of Corpus/ with what it implements; reports in Reports/"),
            ("policydiff compare Corpus/gansu-2017-plan.txt Corpus/zhangye-2018-plan.txt", "one pair, as a terminal summary"),
            ("policydiff extract Corpus/gansu-2017-plan.txt --format json -o gansu.json", "one document's clauses, targets and units"),
            ("policydiff help compare", "the options and examples of one subcommand"),
        ]),
        version: "policydiff \(PolicyDiffVersion.string)",
        subcommands: [ExtractCommand.self, CompareCommand.self, BatchCommand.self, IndexCommand.self, DiscoverCommand.self]
    )
}

extension PolicyDiffCommand {
    /// ArgumentParser exits 64 (EX_USAGE) on a usage error; policydiff promises 2, as
    /// most Unix tools do, and keeps 1 for "some input could not be processed".
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // The message quotes the user's arguments: a file name may hold escapes.
                CommandOutput.reportUsage(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

enum PolicyDiffVersion {
    static let string = "0.1.0"
}
