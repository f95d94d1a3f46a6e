import Foundation
import PolicyDiff

/// Throughput of target extraction alone and of read-segment-extract, on the
/// corpus texts repeated to a few megabytes, at two sizes to show it is linear.
enum TargetsBenchmark {
    static func run() throws {
        let files = ["gansu-2017-plan", "zhangye-2018-plan", "anhui-2018-opinions", "qingdao-2018-plan",
                     "national-2017-guideline-fragment"]
        var paragraphs: [String] = []
        for name in files {
            guard let text = try? String(contentsOfFile: "Corpus/\(name).txt", encoding: .utf8) else {
                print("targets: run from the package root (Corpus/\(name).txt not found)")
                return
            }
            paragraphs += text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        runLongClause(paragraphs: paragraphs)
        for copies in [40, 160] {
            var all: [String] = []
            for _ in 0..<copies { all += paragraphs }
            let bytes = all.reduce(0) { $0 + $1.utf8.count + 1 }
            let source = SourceText(path: "bench.txt", format: .plainText, encoding: "UTF-8", paragraphs: all)
            let segmented = ClauseSegmenter().segment(source)
            let document = Document(id: "bench", source: "bench.txt", clauses: segmented.clauses)
            let extractor = TargetExtractor()
            let start = Date()
            let cpuStart = cpuSeconds()
            let extracted = extractor.apply(to: document)
            let seconds = Date().timeIntervalSince(start)
            let cpu = cpuSeconds() - cpuStart
            let count = extracted.clauses.reduce(0) { $0 + $1.targets.count }
            let pipelineStart = Date()
            _ = Pipeline().document(from: source, id: "bench")
            let pipelineSeconds = Date().timeIntervalSince(pipelineStart)
            let mb = Double(bytes) / 1_000_000
            print(String(format: "targets: %.1f MB, %d clauses, %d targets: extract %.3f s wall (%.1f MB/s), %.3f s CPU (%.1f MB/s); segment+extract pipeline %.3f s wall (%.1f MB/s)",
                         mb, extracted.clauses.count, count, seconds, mb / seconds, cpu, mb / cpu, pipelineSeconds, mb / pipelineSeconds))
        }
    }

    /// One clause holding the whole text: how a document without headings reads.
    static func runLongClause(paragraphs: [String]) {
        for copies in [10, 40] {
            var all: [String] = []
            for _ in 0..<copies { all += paragraphs }
            let text = all.joined(separator: "\n")
            let mb = Double(text.utf8.count) / 1_000_000
            let document = Document(id: "long", source: "long.txt", clauses: [Clause(id: "c0", path: [], kind: .paragraph, text: text)])
            let cpuStart = cpuSeconds()
            let count = TargetExtractor().apply(to: document).clauses[0].targets.count
            let cpu = cpuSeconds() - cpuStart
            print(String(format: "targets: one clause of %.1f MB, %d targets: extract %.3f s CPU (%.1f MB/s)", mb, count, cpu, mb / cpu))
        }
    }

    /// CPU time of this process: on a shared machine, wall time also counts other work.
    private static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
