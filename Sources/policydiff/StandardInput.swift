import Foundation
import PolicyDiff

/// `-` as a file name is standard input, as in most Unix tools: `curl … | policydiff
/// compare national.txt -`. Read once, with the same size limit as a file.
enum StandardInput {
    static let name = "-"
    /// How a document read from standard input is named in messages and reports.
    static let label = "<stdin>"

    static func document(_ file: String, pipeline: Pipeline) throws(ReadError) -> Document {
        guard file == name else { return try pipeline.document(at: file) }
        let limit = pipeline.reader.maxInputBytes
        let data: Data
        do {
            data = try FileHandle.standardInput.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw ReadError(path: label, reason: .unreadable(error.localizedDescription))
        }
        if data.count > limit { throw ReadError(path: label, reason: .tooLarge(limit: limit)) }
        let source = try pipeline.reader.read(bytes: [UInt8](data), path: label)
        return pipeline.document(from: source, id: "stdin")
    }
}

/// Help text that reads well in any terminal: each example command on its own line,
/// wrapped with a hanging indent where it does not fit, its explanation indented
/// below it. ArgumentParser keeps lines that fit as they are.
enum HelpExamples {
    static func render(_ examples: [(command: String, explanation: String)]) -> String {
        // One column short of the width: ArgumentParser rewraps a line that fills it.
        let width = max(40, terminalWidth()) - 1
        var lines = ["", "Examples:"]
        for (command, explanation) in examples {
            // A command broken with a trailing backslash still pastes into a shell.
            let parts = wrap(command, width: width - 2, first: "  ", rest: "    ")
            lines += parts.enumerated().map { $0.offset < parts.count - 1 ? $0.element + " \\" : $0.element }
            lines += wrap(explanation, width: width, first: "      ", rest: "      ")
        }
        return lines.joined(separator: "\n")
    }

    /// The width ArgumentParser wraps to: $COLUMNS, else the terminal's, else 80.
    static func terminalWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Words kept whole; a word longer than the line stands alone on it.
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var current = first
        var empty = true
        for word in text.split(separator: " ") {
            let candidate = empty ? current + word : current + " " + word
            if !empty, candidate.count > width {
                lines.append(current)
                current = rest + word
            } else {
                current = candidate
            }
            empty = false
        }
        lines.append(current)
        return lines
    }
}
