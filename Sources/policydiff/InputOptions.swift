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

/// The bound on a comparison's size, for the commands that compare (compare, batch).
struct ComparisonOptions: ParsableArguments {
    @Option(name: .customLong("max-clauses"),
            help: "Refuse to compare a document of more than this many clauses (default \(ComparisonBound.defaultMaxClauses)); the work grows with the product of the two documents' clauses.")
    var maxClauses: Int = ComparisonBound.defaultMaxClauses

    func validate() throws {
        guard maxClauses > 0 else { throw ValidationError("--max-clauses must be a positive number of clauses") }
    }

    var bound: ComparisonBound { ComparisonBound(maxClauses: maxClauses) }

    /// Reports each document over the bound and exits 1 before the comparison starts.
    func refuseOversized(_ documents: [Document]) throws {
        let refusals = documents.compactMap(bound.refusal(of:))
        for refusal in refusals { CommandOutput.report(refusal) }
        if !refusals.isEmpty { throw ExitCode(1) }
    }
}

/// Where a corpus run may read documents from (batch).
struct CorpusOptions: ParsableArguments {
    @Flag(name: .customLong("allow-outside-corpus"),
          help: "Read manifest files that lie outside the corpus folder (../, absolute paths, symbolic links out of it); by default they are refused.")
    var allowOutsideCorpus = false
}
