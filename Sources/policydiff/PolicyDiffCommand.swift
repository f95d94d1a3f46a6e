import ArgumentParser
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

        Examples:
          policydiff extract Corpus/gansu-2017-plan.txt
          policydiff extract Corpus/gansu-2017-plan.txt --format json -o gansu.json
        """,
        version: PolicyDiffVersion.string,
        subcommands: [ExtractCommand.self, CompareCommand.self, BatchCommand.self, IndexCommand.self]
    )
}

enum PolicyDiffVersion {
    static let string = "0.1.0"
}
