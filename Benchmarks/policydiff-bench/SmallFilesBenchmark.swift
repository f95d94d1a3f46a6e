import Foundation
import PolicyDiff

/// Extraction over many small files read from disk, the shape of a real crawl
/// (`policydiff extract DIR`, `batch`): 2,000 files, each one of the corpus
/// texts (Corpus/ and its family folders, 10–55 KB), read → segment → extract
/// on one core. What a single large file hides shows here: anything set up per
/// document (tables built, regexes compiled) is paid 2,000 times.
///
///   swift run -c release policydiff-bench extract     (part of it)
///   SMALL_FILES=500 swift run -c release policydiff-bench extract
///
/// Two passes over the same files: the pipeline as the CLI runs it (the
/// headline), then the same work with a CPU timer around each stage (read,
/// segment + metadata, targets, units), so a regression can be placed.
enum SmallFilesBenchmark {
    static func run() throws {
        let count = Int(ProcessInfo.processInfo.environment["SMALL_FILES"] ?? "") ?? 2000
        let texts = try corpusTextsWithFamilies()
        guard !texts.isEmpty else { print("small files: no corpus texts found"); return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policydiff-small-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var paths: [String] = []
        var bytes = 0
        for i in 0..<count {
            let text = texts[i % texts.count]
            let path = folder + "/" + String(format: "%05d-", i) + text.name
            FileManager.default.createFile(atPath: path, contents: Data(text.bytes))
            paths.append(path)
            bytes += text.bytes.count
        }
        print("small files: \(count) files from \(texts.count) corpus texts, \(bytes) bytes (mean \(bytes / count) bytes)")

        let pipeline = Pipeline()
        // Warm-up: each distinct text once, untimed (page cache, lazy tables).
        for path in paths.prefix(texts.count) { _ = try pipeline.document(at: path) }

        var clauses = 0
        let start = threadCPUSeconds()
        for path in paths { clauses &+= try pipeline.document(at: path).clauses.count }
        let cpu = threadCPUSeconds() - start
        print(ExtractBenchmark.pad("small files: pipeline") + String(format: " %8.1f MB/s cpu  (%.1f MB in %.2f s cpu, %.2f ms per file, %d clauses)",
                     Double(bytes) / 1e6 / cpu, Double(bytes) / 1e6, cpu, cpu * 1000 / Double(count), clauses))

        var stage = [Double](repeating: 0, count: 4)
        var sink = 0
        for path in paths {
            let t0 = threadCPUSeconds()
            let source = try pipeline.reader.read(path: path)
            let t1 = threadCPUSeconds()
            let segmented = ClauseSegmenter().segment(source)
            let metadata = MetadataReader().metadata(of: source, clauses: segmented.clauses, notice: segmented.notice)
            var document = Document(id: Pipeline.defaultID(for: path), source: source.path, metadata: metadata,
                                    warnings: source.warnings + segmented.warnings, clauses: segmented.clauses)
            let t2 = threadCPUSeconds()
            document = TargetExtractor().apply(to: document)
            let t3 = threadCPUSeconds()
            document = AssignmentExtractor().apply(to: document)
            let t4 = threadCPUSeconds()
            sink &+= document.clauses.count
            stage[0] += t1 - t0; stage[1] += t2 - t1; stage[2] += t3 - t2; stage[3] += t4 - t3
        }
        let total = stage.reduce(0, +)
        let names = ["read", "segment + metadata", "extract targets", "extract units"]
        for (name, seconds) in zip(names, stage) {
            print(ExtractBenchmark.pad("small files: stage \(name)") + String(format: " %8.1f MB/s cpu  (%.3f ms per file, %4.1f %% of %.2f s)",
                         Double(bytes) / 1e6 / seconds, seconds * 1000 / Double(count), seconds / total * 100, total))
        }
        if sink != clauses { print("small files: the two passes disagree (\(sink) vs \(clauses) clauses)") }
    }

    /// Every .txt document under Corpus/ (its family folders too), by path.
    static func corpusTextsWithFamilies() throws -> [(name: String, bytes: [UInt8])] {
        let dir = ProcessInfo.processInfo.environment["POLICYDIFF_CORPUS"] ?? "Corpus"
        guard let walker = FileManager.default.enumerator(atPath: dir) else { return [] }
        let names = walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".txt") && !$0.hasSuffix("manifest.txt") }.sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: dir + "/" + name).map {
                (name.split(separator: "/").last.map(String.init) ?? name, [UInt8]($0))
            }
        }
    }

    /// CPU time of the calling thread: what one core spent on this work.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
