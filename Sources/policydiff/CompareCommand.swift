import ArgumentParser
import Foundation
import PolicyDiff

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a local plan with the document it implements.",
        discussion: """
        Pairs the clauses of LOCAL with those of REFERENCE (moves, merges and splits \
        allowed), and reports what the local plan kept, dropped (omissions), added, and \
        which numeric targets and lead offices it changed. Either file may be - for \
        standard input.

        """ + HelpExamples.render([
            ("policydiff compare Corpus/gansu-2017-plan.txt Corpus/zhangye-2018-plan.txt",
             "a terminal summary: coverage, counts, omitted clauses, changed numbers and leads"),
            ("policydiff compare Corpus/gansu-2017-plan.txt Corpus/zhangye-2018-plan.txt --format html -o zhangye.html",
             "the 对照 report: both texts side by side, every change marked"),
            ("policydiff compare REFERENCE LOCAL --format json -o pair.json",
             "the comparison as policydiff.comparison/1 JSON (see the README)"),
            ("curl -s https://example.gov.cn/plan.html | policydiff compare national.txt -",
             "the local plan read from standard input"),
            ("policydiff compare --exit-code old.txt new.txt > /dev/null || echo changed",
             "exit status 1 when the documents differ, 0 when they are the same, 2 on trouble"),
        ])
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Argument(help: "The reference document (the one implemented).")
    var reference: String

    @Argument(help: "The local plan.")
    var local: String

    @Option(name: .shortAndLong, help: "Output format: text (a summary), json or html.")
    var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically).")
    var output: String?

    @Flag(name: .customLong("exit-code"),
          help: "Exit with 1 when the documents differ and 0 when they are the same (git diff's convention); trouble is then 2.")
    var exitCode = false

    @OptionGroup var input: InputOptions
    @OptionGroup var limits: ComparisonOptions

    func validate() throws {
        if reference == StandardInput.name, local == StandardInput.name {
            throw ValidationError("only one of REFERENCE and LOCAL can be - (standard input)")
        }
    }

    func run() throws {
        try CommandOutput.refuseOverwritingAnInput(output, inputs: [reference, local])
        let pipeline = input.pipeline
        // With --exit-code, 1 means "they differ", so trouble must say something else.
        let trouble = ExitCode(exitCode ? 2 : 1)
        var documents: [Document] = []
        for file in [reference, local] {
            do {
                documents.append(try StandardInput.document(file, pipeline: pipeline))
            } catch {
                CommandOutput.report("\(error.description)")
                throw trouble
            }
        }
        try limits.refuseOversized(documents)
        let comparison = Comparer().compare(reference: documents[0], local: documents[1])
        let rendered: String
        switch format {
        case .text: rendered = CompareSummary.render(comparison)
        case .json: rendered = ComparisonJSON.render(comparison)
        case .html: rendered = ComparisonReport().render(comparison)
        }
        do {
            try CommandOutput.emit(rendered, to: output)
        } catch {
            throw trouble
        }
        if exitCode, ComparisonDifference.differs(comparison) { throw ExitCode(1) }
    }
}

/// The terminal summary and a minimal HTML page (the full report is Render's).
enum CompareSummary {
    static func render(_ c: Comparison) -> String {
        var lines: [String] = []
        lines.append("reference: \(c.reference.source)")
        lines.append("local:     \(c.local.source)")
        if c.referenceTruncated {
            lines.append("note: the reference starts mid-way (truncated-start); \(c.unverifiable.count) local clauses may implement its missing part and are counted as unverifiable")
        }
        let figures = ReportFigures(c)
        let account = figures.targets
        lines.append(String(format: "coverage:  %.1f%% of the reference's clauses carried over", c.coverage * 100))
        lines.append(String(format: "measures:  %.1f%% of the reference's sentences carried over (%d of %d)",
                            figures.measures.share * 100, figures.measures.carried, figures.measures.total))
        lines.append(account.referenceTotal == 0 ? "targets:   the reference states none"
                     : String(format: "targets:   %.1f%% of the reference's targets still stated (%d of %d)",
                              account.coverage * 100, account.count(.unchanged) + account.count(.changed), account.referenceTotal))
        let kinds = Dictionary(grouping: c.alignments, by: \.kind)
        lines.append("alignments: \(c.alignments.count) (match \(kinds[.match]?.count ?? 0), partial \(kinds[.partial]?.count ?? 0), moved \(kinds[.moved]?.count ?? 0))")
        lines.append("omissions: \(c.omissions.count)   additions: \(c.additions.count)   unverifiable: \(c.unverifiable.count)")
        lines.append("targets unchanged \(account.count(.unchanged)), changed \(account.count(.changed)), removed \(account.count(.removed)), added \(account.count(.added))   lead/responsible changes: \(c.unitChanges.count)")
        if !c.omissions.isEmpty {
            lines.append("")
            lines.append("Omitted (reference clauses with no counterpart):")
            for id in c.omissions { lines.append("  " + describe(id, in: c.reference)) }
        }
        if !c.additions.isEmpty {
            lines.append("")
            lines.append("Added (local clauses with no counterpart):")
            for id in c.additions { lines.append("  " + describe(id, in: c.local)) }
        }
        let moved = c.alignments.filter { $0.kind == .moved }
        if !moved.isEmpty {
            lines.append("")
            lines.append("Moved:")
            for a in moved {
                lines.append("  " + a.reference.map { path($0, c.reference) }.joined(separator: ", ") + " → "
                             + a.local.map { path($0, c.local) }.joined(separator: ", "))
            }
        }
        let changes = account.entries.filter { $0.status != .unchanged }
        if !changes.isEmpty {
            lines.append("")
            lines.append("Changed numbers (every target that changed, went or came):")
            for e in changes {
                let n = e.change
                let from = n.from.map(show) ?? "—", to = n.to.map(show) ?? "—"
                let why = e.status == .changed ? e.aspects.map(\.rawValue).joined(separator: ", ") + (e.direction.map { ", \($0.rawValue)" } ?? "")
                    : "\(e.basis.rawValue)"
                lines.append("  [\(e.status.rawValue): \(why)] \(n.indicator): \(from) → \(to)  (\(n.reference.map { path($0, c.reference) } ?? "—") → \(n.local.map { path($0, c.local) } ?? "—"))")
            }
        }
        if !c.unitChanges.isEmpty {
            lines.append("")
            lines.append("Changed leads and responsible offices:")
            for u in c.unitChanges {
                var parts: [String] = []
                if !u.leadAdded.isEmpty { parts.append("lead +" + u.leadAdded.joined(separator: "、")) }
                if !u.leadRemoved.isEmpty { parts.append("lead −" + u.leadRemoved.joined(separator: "、")) }
                if !u.responsibleAdded.isEmpty { parts.append("responsible +" + u.responsibleAdded.joined(separator: "、")) }
                if !u.responsibleRemoved.isEmpty { parts.append("responsible −" + u.responsibleRemoved.joined(separator: "、")) }
                if !u.leadRenamed.isEmpty { parts.append("lead renamed " + renamings(u.leadRenamed)) }
                if !u.responsibleRenamed.isEmpty { parts.append("responsible renamed " + renamings(u.responsibleRenamed)) }
                lines.append("  \(path(u.reference, c.reference)) → \(path(u.local, c.local)): " + parts.joined(separator: "; "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// 农牧局 → 农业局、畜牧兽医局; 水利局 → 水务局: one office split in two reads as one renaming.
    static func renamings(_ list: [UnitRenaming]) -> String {
        var groups: [(from: String, to: [String])] = []
        for r in list {
            if let last = groups.last, last.from == r.from { groups[groups.count - 1].to.append(r.to) } else { groups.append((r.from, [r.to])) }
        }
        return groups.map { "\($0.from) → \($0.to.joined(separator: "、"))" }.joined(separator: ", ")
    }

    static func path(_ id: String, _ d: Document) -> String {
        guard let clause = d.clause(id: id) else { return id }
        if clause.kind == .preamble { return "preamble" }
        if clause.kind == .closing { return "closing" }
        return clause.pathString.isEmpty ? id : clause.pathString
    }

    static func describe(_ id: String, in d: Document) -> String {
        guard let clause = d.clause(id: id) else { return id }
        let title = clause.title ?? String(clause.text.prefix(30))
        return "\(path(id, d))  \(title.replacingOccurrences(of: "\n", with: " "))"
    }

    static func show(_ t: Target) -> String {
        let comparator: String
        switch t.comparator {
        case .atLeast: comparator = "≥"
        case .greaterThan: comparator = ">"
        case .equal: comparator = ""
        case .atMost: comparator = "≤"
        case .lessThan: comparator = "<"
        case .approximately: comparator = "~"
        }
        // The report's number wording: integers without ".0", decimals exact, and no
        // Int conversion that a huge value (a range's upper end) could trap on.
        let value = TargetWording.number(t.value)
        let high = t.valueMax.map { "–" + TargetWording.number($0) } ?? ""
        return comparator + value + high + t.unit + (t.year.map { " by \($0)" } ?? "") + (t.period == .yearly ? " yearly" : "")
    }
}
