import ArgumentParser
import Foundation
import PolicyDiff

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Compare every document of a corpus with what it implements and write reports.",
        discussion: """
        Reads the corpus (a manifest, or a folder with manifest.txt, or a folder of .txt/.html/.docx/.pdf \
        documents, each placed as `policydiff discover` places it) and compares each document with the \
        document it implements, with the national guideline at the top of its chain when that \
        is a different document, and with the peers the manifest names. For each pair it writes \
        LOCAL__REFERENCE.html, .json and .csv into the output folder, and index.html.

        Examples:
          policydiff batch                             Corpus/ → Reports/
          policydiff batch Corpus/manifest.txt -o out/
          policydiff batch Corpus -o out --shard 3/8   job 3 of an array of 8
          policydiff batch Corpus -o out --formats json,csv   data only, no HTML pages
          policydiff batch Corpus -o out --db corpus.sqlite   and a database to query
          policydiff index out --db corpus.sqlite      merge the shards' corpus.shard-K-of-N.sqlite
          policydiff index out                         then the index

        Progress (done/total, elapsed, ETA) goes to stderr when it is a terminal. A document \
        that cannot be read is reported and its pairs skipped; the others finish, and the exit \
        status is 1.
        """
    )

    @Argument(help: "A corpus folder or a manifest file.")
    var corpus: String = "Corpus"

    @Option(name: .shortAndLong, help: "The folder to write the reports into.")
    var output: String = "Reports"

    @Option(help: "Run only share K of N (K/N, e.g. 2/8) and write no index.html.")
    var shard: String?

    @Option(name: .shortAndLong, help: "Worker threads; 0 is one per core.")
    var jobs: Int = 0

    @Option(help: "The files to write per pair, comma-separated: html, json, csv (index.html needs html).")
    var formats: String = "html,json,csv"

    @Option(help: "Also write every document and finding into this SQLite file (a shard writes NAME.shard-K-of-N.sqlite).")
    var db: String?

    @OptionGroup var input: InputOptions
    @OptionGroup var limits: ComparisonOptions
    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let manifest: CorpusManifest
        do {
            manifest = try CorpusSource.load(corpus)
        } catch {
            CommandOutput.report("\(error)")
            throw ExitCode(2)
        }
        var selected: Shard?
        if let shard {
            do { selected = try Shard(parsing: shard) } catch { throw ValidationError("\(error)") }
        }
        guard jobs >= 0 else { throw ValidationError("--jobs must be 0 (one per core) or more") }
        let chosen: Set<ReportFormat>
        do { chosen = try ReportFormat.parse(formats) } catch { throw ValidationError("\(error)") }
        let options = BatchRunner.Options(outputDirectory: output, shard: selected, jobs: jobs,
                                          progress: isatty(2) == 1, allowOutsideCorpus: corpusOptions.allowOutsideCorpus,
                                          comparisonBound: limits.bound, formats: chosen, database: db)
        let result = BatchRunner(pipeline: input.pipeline).run(manifest, options: options)
        for failure in result.failures {
            CommandOutput.report("\(failure)")
        }
        if isatty(2) == 1 || !result.failures.isEmpty {
            let index = result.wroteIndex ? " and index.html" : ""
            CommandOutput.report("wrote \(result.pairsWritten.count) of \(result.pairsPlanned) pairs\(index) to \(output)")
        }
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build index.html from the per-pair JSON of a report folder.",
        discussion: """
        After the shards of a job array have written their pairs into one folder \
        (policydiff batch … --shard K/N), this writes the folder's index.html: the same \
        bytes an unsharded run writes. With --db it also merges the shards' databases into \
        one, holding the same rows as an unsharded run's.
        """
    )

    @Argument(help: "The report folder.")
    var directory: String = "Reports"

    @Option(help: "Merge the shards' databases (NAME.shard-K-of-N.sqlite beside it) into this SQLite file.")
    var db: String?

    func run() throws {
        if let db {
            do {
                let shards = try CorpusDatabase.shards(of: db)
                guard !shards.isEmpty else { throw ValidationError("no shard databases beside \(db) (expected NAME.shard-K-of-N.sqlite)") }
                try CorpusDatabase.merge(shards, into: db)
            } catch let error as ValidationError {
                throw error
            } catch {
                CommandOutput.report("\(error)")
                throw ExitCode(1)
            }
        }
        do {
            let (_, failures) = try BatchRunner().buildIndex(directory: directory)
            for failure in failures {
                CommandOutput.report("\(failure)")
            }
            if !failures.isEmpty { throw ExitCode(1) }
        } catch let error as ExitCode {
            throw error
        } catch {
            CommandOutput.report("\(error)")
            throw ExitCode(1)
        }
    }
}
