import ArgumentParser
import Foundation
import PolicyDiff

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read documents and show their clause tree, targets and responsible units.",
        discussion: """
        Each FILE is a plain-text document or a saved web page (.html/.htm, or any file that \
        looks like HTML), in UTF-8 or GB18030/GBK.

        Examples:
          policydiff extract Corpus/zhangye-2018-plan.txt
              an indented outline: label, title, size and warnings of each clause
          policydiff extract Corpus/gansu-2017-plan.txt --format json -o out/gansu.json
              the document as policydiff.document/1 JSON (see the README)

        A file that cannot be read is reported on stderr with the reason; the other \
        files are still processed, and the exit status is 1.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Documents to read (.txt or saved .html pages).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: text (an outline) or json.")
    var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically).")
    var output: String?

    func run() throws {
        let pipeline = Pipeline()
        var documents: [Document] = []
        var failed = false
        for file in files {
            do {
                documents.append(try pipeline.document(at: file))
            } catch {
                FileHandle.standardError.write(Data("policydiff: \(error.description)\n".utf8))
                failed = true
            }
        }
        let rendered: String
        switch format {
        case .text:
            rendered = documents.map(DocumentOutline.render).joined(separator: "\n")
        case .json:
            if documents.count == 1 {
                rendered = DocumentJSON.render(documents[0])
            } else {
                rendered = JSONValue.array(documents.map(DocumentJSON.value(of:))).serialized() + "\n"
            }
        }
        try CommandOutput.emit(rendered, to: output)
        if failed { throw ExitCode(1) }
    }
}
