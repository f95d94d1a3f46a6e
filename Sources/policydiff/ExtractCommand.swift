import ArgumentParser
import Foundation
import PolicyDiff

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read documents and show their clause tree, targets and responsible units.",
        discussion: """
        Each FILE is a plain-text document or a saved web page (.html/.htm, or any file that \
        looks like HTML), in UTF-8 or GB18030/GBK, or a Word .docx or a PDF with a text layer \
        (recognised by their first bytes, whatever the name). .doc, .wps, .ofd and .rtf are \
        refused with the command that converts them.

        """ + HelpExamples.render([
            ("policydiff extract Corpus/zhangye-2018-plan.txt", "an indented outline: label, title, size and warnings of each clause"),
            ("policydiff extract Corpus/gansu-2017-plan.txt --format json -o out/gansu.json",
             "the document as policydiff.document/1 JSON (see the README)"),
            ("policydiff extract Corpus/*.txt --format csv -o out/targets.csv", "one row per numeric target (UTF-8 with a BOM, for Excel)"),
            ("policydiff extract Corpus/*.txt -f csv --what units -o units.csv", "one row per lead or responsible unit, with its canonical role"),
            ("policydiff extract plan.txt -f csv --what units --unit-roles my.tsv", "with extra unit aliases (the columns of unit-roles.tsv)"),
            ("iconv -f gbk -t utf-8 plan.txt | policydiff extract -", "a document read from standard input (-)"),
        ]) + """


        A file that cannot be read is reported on stderr with the reason; the other \
        files are still processed, and the exit status is 1.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    enum CSVTable: String, ExpressibleByArgument, CaseIterable {
        case targets, units
    }

    @Argument(help: "Documents to read (.txt, saved .html pages, .docx, .pdf); - is standard input.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: text (an outline), json or csv.")
    var format: OutputFormat = .text

    @Option(help: "With --format csv: one row per target (targets) or per lead/responsible unit (units).")
    var what: CSVTable?

    @Option(name: .customLong("unit-roles"), help: "A table of extra unit aliases (role<TAB>names<TAB>related<TAB>note) that overrides the shipped one.")
    var unitRoles: String?

    func validate() throws {
        if what != nil, format != .csv {
            throw ValidationError("--what applies to --format csv only")
        }
    }

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically).")
    var output: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        try CommandOutput.refuseOverwritingAnInput(output, inputs: files + [unitRoles].compactMap { $0 })
        let pipeline = input.pipeline
        var extraRoles: AssignmentExtractor?
        if let unitRoles {
            do {
                extraRoles = AssignmentExtractor(catalog: UnitRoleCatalog.standard.merged(with: try UnitRoleCatalog(contentsOf: unitRoles)))
            } catch {
                CommandOutput.report("\(error.description)")
                throw ExitCode(1)
            }
        }
        var failed = false
        // Each document is read, written and let go before the next is read: the output
        // goes out as it is made (into -o's temporary file, or standard output), so a
        // 50 MB document is not held a second time as JSON or CSV.
        func eachDocument(_ body: (Document) -> Void) {
            for file in files {
                do {
                    var document = try StandardInput.document(file, pipeline: pipeline)
                    if let extraRoles { document = extraRoles.apply(to: document) }
                    body(document)
                } catch {
                    CommandOutput.report("\(error.description)")
                    failed = true
                }
            }
        }
        let shape: ExtractOutput.Format
        switch format {
        case .text: shape = .outline
        // One FILE gives one object; several give an array, even when some could not be read,
        // so a script sees the same shape whatever failed.
        case .json: shape = .json(single: files.count == 1)
        case .csv: shape = .csv(what == .units ? .units : .targets)
        }
        try CommandOutput.stream(to: output) { out in
            let writer = ExtractOutput(shape, into: out)
            eachDocument(writer.add)
            writer.finish()
        }
        if failed { throw ExitCode(1) }
    }
}
