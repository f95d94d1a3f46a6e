import ArgumentParser
import PolicyDiff

/// Options about reading inputs, shared by every command that reads documents.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-input-bytes"),
            help: "Refuse input files larger than this many bytes (default 64 MiB), with a one-line error instead of reading them.")
    var maxInputBytes: Int = DocumentReader().maxInputBytes

    func validate() throws {
        guard maxInputBytes > 0 else { throw ValidationError("--max-input-bytes must be a positive number of bytes") }
    }

    var pipeline: Pipeline { Pipeline(reader: DocumentReader(maxInputBytes: maxInputBytes)) }
}
