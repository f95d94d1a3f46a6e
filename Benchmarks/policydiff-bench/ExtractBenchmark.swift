import Foundation
import PolicyDiff

/// Extract throughput: read → segment → extract over the corpus repeated to at
/// least 50 MB, on one core, and the peak resident memory (VmHWM). MB/s is
/// given against CPU time (what one core does, on a machine shared with other
/// work) and against wall time.
///
///   swift run -c release policydiff-bench extract
///
/// Four runs, each timed on its own:
///  1. the full pipeline per document-sized input (each corpus text in turn, as a
///     batch run sees them): the figure the README quotes;
///  2. the reader alone on the same inputs (decoding, line splitting, furniture);
///  3. the texts re-encoded as GB18030, read alone (the iconv fallback path);
///  4. one 50 MB file made of the corpus concatenated, read + segmented +
///     extracted as a single document (linear cost, memory against input size);
///  5. the saved gov.cn pages (../shared/pages when present) through the
///     libxml2 reader and the full pipeline;
///  6. 2,000 small files read from disk, with a CPU time per stage
///     (`SmallFilesBenchmark`; `EXTRACT_ONLY=small` runs it alone).
enum ExtractBenchmark {
    /// POLICYDIFF_BENCH_MB lowers the volume for a quick look (e.g. under perf).
    static let targetBytes = (Int(ProcessInfo.processInfo.environment["POLICYDIFF_BENCH_MB"] ?? "") ?? 50) * 1_000_000

    static func run() throws {
        if ProcessInfo.processInfo.environment["EXTRACT_ONLY"] == "small" { return try SmallFilesBenchmark.run() }
        let corpus = try corpusTexts()
        guard !corpus.isEmpty else {
            print("no corpus texts found (run from the package root, or set POLICYDIFF_CORPUS)")
            return
        }
        let corpusBytes = corpus.reduce(0) { $0 + $1.bytes.count }
        print("corpus: \(corpus.count) texts, \(corpusBytes) bytes; each run covers >= \(targetBytes / 1_000_000) MB")

        let reader = DocumentReader()
        let pipeline = Pipeline(reader: reader)

        let perDocument = try measure("pipeline, per document", inputs: corpus) { name, bytes in
            let source = try reader.read(bytes: bytes, path: name)
            return pipeline.document(from: source, id: name).clauses.count
        }
        _ = try measure("reader only, per document", inputs: corpus) { name, bytes in
            try reader.read(bytes: bytes, path: name).paragraphs.count
        }
        let gb = corpus.compactMap { doc in gb18030(doc.bytes).map { (name: doc.name, bytes: $0) } }
        if !gb.isEmpty {
            _ = try measure("reader only, GB18030 texts", inputs: gb) { name, bytes in
                try reader.read(bytes: bytes, path: name).paragraphs.count
            }
        }

        // One large document: the corpus concatenated to 50 MB, written to a file
        // piece by piece so the benchmark itself never holds it.
        let bigURL = FileManager.default.temporaryDirectory.appendingPathComponent("policydiff-bench-\(getpid()).txt")
        FileManager.default.createFile(atPath: bigURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: bigURL) }
        let out = try FileHandle(forWritingTo: bigURL)
        var bigCount = 0
        while bigCount < targetBytes {
            for doc in corpus {
                out.write(Data(doc.bytes + [0x0A]))
                bigCount += doc.bytes.count + 1
            }
        }
        try out.close()
        let before = peakMemoryKB()
        let clock = ContinuousClock()
        let cpuStart = cpuSeconds()
        var clauses = 0
        let elapsed = try clock.measure {
            clauses = try pipeline.document(at: bigURL.path).clauses.count
        }
        let cpu = cpuSeconds() - cpuStart
        let seconds = Self.seconds(elapsed)
        let peak = peakMemoryKB()
        print(pad("pipeline, one 50 MB file") + String(format: " %8.1f MB/s cpu, %6.1f MB/s wall  (%.1f MB in %.2f s, %d clauses) peak RSS %.0f MB (was %.0f MB before; input %.0f MB)",
                     Double(bigCount) / 1e6 / cpu, Double(bigCount) / 1e6 / seconds,
                     Double(bigCount) / 1e6, seconds, clauses, Double(peak) / 1024, Double(before) / 1024,
                     Double(bigCount) / 1e6))

        if let pages = try? pageFiles(), !pages.isEmpty {
            _ = try measure("pages: reader only (libxml2)", inputs: pages) { name, bytes in
                try reader.read(bytes: bytes, path: name).paragraphs.count
            }
            _ = try measure("pages: pipeline", inputs: pages) { name, bytes in
                let source = try reader.read(bytes: bytes, path: name)
                return pipeline.document(from: source, id: name).clauses.count
            }
        }
        print(String(format: "headline: %.1f MB/s (cpu) per document on one core; peak RSS %.0f MB",
                     perDocument, Double(peakMemoryKB()) / 1024))
        try SmallFilesBenchmark.run()
    }

    /// Runs `body` over the inputs in turn until `targetBytes` have gone through;
    /// prints and returns MB/s.
    @discardableResult
    static func measure(_ label: String, inputs: [(name: String, bytes: [UInt8])],
                        _ body: (String, [UInt8]) throws -> Int) throws -> Double {
        // One warm-up pass over every input, untimed.
        for input in inputs { _ = try body(input.name, input.bytes) }
        let clock = ContinuousClock()
        var total = 0
        var sink = 0
        let cpuStart = cpuSeconds()
        let elapsed = try clock.measure {
            var i = 0
            while total < targetBytes {
                let input = inputs[i % inputs.count]
                sink &+= try body(input.name, input.bytes)
                total += input.bytes.count
                i += 1
            }
        }
        let cpu = cpuSeconds() - cpuStart
        let seconds = Self.seconds(elapsed)
        let rate = Double(total) / 1e6 / cpu
        print(pad(label) + String(format: " %8.1f MB/s cpu, %6.1f MB/s wall  (%.1f MB in %.2f s, checksum %d) peak RSS %.0f MB",
                     rate, Double(total) / 1e6 / seconds, Double(total) / 1e6, seconds, sink, Double(peakMemoryKB()) / 1024))
        return rate
    }

    static func pad(_ label: String) -> String {
        label.count >= 34 ? label : label + String(repeating: " ", count: 34 - label.count)
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    static func corpusTexts() throws -> [(name: String, bytes: [UInt8])] {
        let dir = ProcessInfo.processInfo.environment["POLICYDIFF_CORPUS"] ?? "Corpus"
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { $0.hasSuffix(".txt") && $0 != "manifest.txt" }.sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: dir + "/" + name).map { (name, [UInt8]($0)) }
        }
    }

    static func pageFiles() throws -> [(name: String, bytes: [UInt8])] {
        let dir = ProcessInfo.processInfo.environment["POLICYDIFF_PAGES"] ?? "../shared/pages"
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { $0.hasSuffix(".html") }.sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: dir + "/" + name).map { (name, [UInt8]($0)) }
        }
    }

    /// The text re-encoded with the system's iconv(1), nil when it is not there.
    static func gb18030(_ bytes: [UInt8]) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let writer = Thread {
            input.fileHandleForWriting.write(Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? [UInt8](data) : nil
    }

    /// CPU time of this process (one thread does the work): the throughput on one
    /// core, whatever else the shared machine is running.
    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Peak resident set size of this process so far, in KiB (Linux VmHWM).
    static func peakMemoryKB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
