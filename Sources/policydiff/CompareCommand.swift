import ArgumentParser
import Foundation
import PolicyDiff

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a local plan with the document it implements (PLACEHOLDER)."
    )

    @Argument(help: "The reference document (the one implemented).")
    var reference: String

    @Argument(help: "The local plan.")
    var local: String

    func run() throws {
        throw ValidationError("compare is not implemented yet")
    }
}
