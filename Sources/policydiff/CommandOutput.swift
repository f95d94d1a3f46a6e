import ArgumentParser
import Foundation
import PolicyDiff

enum CommandOutput {
    /// Standard output, or an atomically written file when -o is given.
    static func emit(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            FileHandle.standardError.write(Data("policydiff: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
