import Foundation
import PolicyDiff

/// `policydiff discover` on generated corpora of 4 sizes (the documents of the batch
/// benchmark, manifest ignored): the time to read and sketch every document, and the
/// candidate search and parent choice on the sketches, whose cost per document should stay
/// flat as the corpus grows (near-linear in all).
///
///   swift run -c release policydiff-bench discover
///   DISCOVER_SIZES=1000,2000,5000,10000 swift run -c release policydiff-bench discover
enum DiscoverBenchmark {
    static func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let sizes = (environment["DISCOVER_SIZES"] ?? "500,1000,2000,4000").split(separator: ",").compactMap { Int($0) }
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus").path
        for size in sizes {
            let base = NSTemporaryDirectory() + "policydiff-discover-bench-\(ProcessInfo.processInfo.processIdentifier)-\(size)"
            defer { try? FileManager.default.removeItem(atPath: base) }
            _ = try GeneratedCorpus.write(from: corpus, count: size, to: base)
            let manifest = try CorpusSource.loadFolder(base)
            let started = Date(), cpu0 = BatchBenchmark.cpuSeconds()
            let outcome = CorpusDiscovery().discover(manifest)
            let wall = Date().timeIntervalSince(started), cpu = BatchBenchmark.cpuSeconds() - cpu0
            // The search alone, on the sketches already made.
            let searchStarted = Date()
            let result = ParentFinder().find(outcome.sketches)
            let search = Date().timeIntervalSince(searchStarted)
            print(String(format: "discover: %5d documents, %5d links, %.2f s wall (%.2f s CPU) in all; search %.3f s = %.1f µs per document; peak RSS %@ MiB",
                         size, result.parents.count, wall, cpu, search, search * 1e6 / Double(size), BatchBenchmark.peakRSSMiB()))
            print(String(format: "discover: %5d documents, %.1f docs/s wall, %.1f ms CPU per document (load average %@)",
                         size, Double(size) / wall, cpu * 1000 / Double(size), BatchBenchmark.loadAverage()))
        }
    }
}
