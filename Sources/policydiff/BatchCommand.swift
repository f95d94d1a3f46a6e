import ArgumentParser
import Foundation
import PolicyDiff

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Compare every document of a corpus with what it implements and write reports (PLACEHOLDER)."
    )

    func run() throws {
        throw ValidationError("batch is not implemented yet")
    }
}

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build index.html from the per-pair JSON of a report directory (PLACEHOLDER)."
    )

    func run() throws {
        throw ValidationError("index is not implemented yet")
    }
}
