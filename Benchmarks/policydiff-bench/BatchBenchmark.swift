import Foundation
import PolicyDiff

/// A corpus run over 1,000 generated documents: the real texts of Corpus/,
/// perturbed the way local plans differ from what they implement (paragraphs
/// dropped or moved, numbers changed, units renamed), in a chain of 1 national
/// guideline → 50 provincial plans → 949 city plans, with a manifest. Measures the
/// whole `policydiff batch` (read, plan, compare, write HTML/JSON/CSV, index).
///
///   swift run -c release policydiff-bench batch
///   BATCH_DOCUMENTS=200 BATCH_JOBS=1 BATCH_KEEP=1 swift run -c release policydiff-bench batch
///   BATCH_DOCUMENTS=10000 BATCH_FORMATS=json,csv swift run -c release policydiff-bench batch
enum BatchBenchmark {
    static func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = max(3, Int(environment["BATCH_DOCUMENTS"] ?? "") ?? 1000)
        let jobs = Int(environment["BATCH_JOBS"] ?? "") ?? 0
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus").path
        let base = NSTemporaryDirectory() + "policydiff-batch-bench-\(ProcessInfo.processInfo.processIdentifier)"
        // BATCH_KEEP=1 leaves the generated corpus and its reports for a look (and for
        // checking `policydiff index` / sharded runs against them).
        let keep = environment["BATCH_KEEP"] == "1"
        defer { if keep { print("kept \(base)") } else { try? FileManager.default.removeItem(atPath: base) } }
        let input = base + "/corpus", output = base + "/reports"

        let generated = Date()
        let bytes = try GeneratedCorpus.write(from: corpus, count: count, to: input)
        print("generated \(count) documents (\(bytes / 1024) KiB) in \(seconds(Date().timeIntervalSince(generated)))")

        let manifest = try CorpusSource.load(input)
        let started = Date()
        let cpuBefore = cpuSeconds()
        let formats = try environment["BATCH_FORMATS"].map(ReportFormat.parse) ?? Set(ReportFormat.allCases)
        let result = BatchRunner().run(manifest, options: .init(outputDirectory: output, jobs: jobs, formats: formats))
        let elapsed = Date().timeIntervalSince(started)
        let cpu = cpuSeconds() - cpuBefore
        let written = (try? FileManager.default.contentsOfDirectory(atPath: output))?.count ?? 0
        print("batch: \(count) documents, \(result.pairsWritten.count) pairs, \(written) files, \(result.failures.count) failures")
        print("batch: \(seconds(elapsed)) wall on \(jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount) threads, \(String(format: "%.1f", elapsed * 1000 / Double(max(result.pairsWritten.count, 1)))) ms per pair")
        print("batch: \(seconds(cpu)) CPU (user + system), load average when done: \(loadAverage())")
        let pairs = Double(max(result.pairsWritten.count, 1))
        print("batch: \(String(format: "%.1f", Double(count) / elapsed)) docs/s, \(String(format: "%.1f", pairs / elapsed)) pairs/s wall; \(String(format: "%.1f", cpu * 1000 / pairs)) ms CPU per pair (formats \(formats.map(\.rawValue).sorted().joined(separator: ",")))")
        print("batch: peak RSS (VmHWM) \(peakRSSMiB()) MiB, at most \(result.peakDocumentsHeld) documents held at once")
        for failure in result.failures.prefix(5) { print("  failure: \(failure)") }
    }

    static func seconds(_ s: TimeInterval) -> String { String(format: "%.2f s", s) }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }

    /// The high-water mark of resident memory, from /proc (Linux).
    static func peakRSSMiB() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return "?" }
        return String(kb / 1024)
    }
}

/// Perturbed copies of real documents, reproducible from a fixed seed.
enum GeneratedCorpus {
    /// How local plans rename the offices of the level above (机构改革 renamings and
    /// local names), applied to some documents so unit comparison has work to do.
    static let unitRenames: [(String, String)] = [
        ("质监局", "市场监管局"), ("工信委", "工信局"), ("农牧厅", "农业农村厅"), ("发展改革委", "发改委"),
        ("食品药品监管局", "市场监管局"), ("商务厅", "商务局"), ("科技厅", "科技局"),
    ]

    static func write(from corpus: String, count: Int, to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        func lines(_ name: String) throws -> [String] {
            try String(contentsOfFile: corpus + "/" + name, encoding: .utf8)
                .split(whereSeparator: \.isNewline).map(String.init)
        }
        let national = try lines("national-2017-guideline-fragment.txt")
        let provinces = [try lines("gansu-2017-plan.txt"), try lines("anhui-2018-opinions.txt")]
        let cities = [try lines("zhangye-2018-plan.txt"), try lines("qingdao-2018-plan.txt")]
        var random = SplitMix64(seed: 20_171_005)
        let provinceCount = max(1, min(50, (count - 1) / 20))
        var manifest = "# generated by policydiff-bench batch\n\n"
        var total = 0
        for i in 0..<count {
            let id: String, text: String, level: String, implements: String
            if i == 0 {
                id = "national"; text = national.joined(separator: "\n"); level = "national"; implements = ""
            } else if i <= provinceCount {
                id = String(format: "province-%03d", i)
                text = perturb(provinces[i % 2], &random).joined(separator: "\n")
                level = "provincial"; implements = "national"
            } else {
                id = String(format: "city-%04d", i)
                text = perturb(cities[i % 2], &random).joined(separator: "\n")
                level = "city"; implements = String(format: "province-%03d", 1 + i % provinceCount)
            }
            try text.write(toFile: "\(folder)/\(id).txt", atomically: false, encoding: .utf8)
            total += text.utf8.count
            manifest += "id: \(id)\nfile: \(id).txt\nlevel: \(level)\nimplements: \(implements)\n\n"
        }
        try manifest.write(toFile: folder + "/manifest.txt", atomically: false, encoding: .utf8)
        return total
    }

    /// Drops about one paragraph in ten, moves one in twenty further down,
    /// changes about a fifth of the numbers and renames units in half the documents.
    static func perturb(_ lines: [String], _ random: inout SplitMix64) -> [String] {
        var out: [String] = []
        var moved: [String] = []
        for (i, line) in lines.enumerated() {
            if i < 3 { out.append(line); continue }
            let roll = random.next() % 100
            if roll < 10 { continue }
            if roll < 15 { moved.append(line); continue }
            out.append(line)
            if !moved.isEmpty, random.next() % 4 == 0 { out.append(moved.removeFirst()) }
        }
        out += moved
        let rename = random.next() % 2 == 0
        return out.map { line in
            let l = changeNumbers(line, &random)
            return rename && l.contains("局") || rename && l.contains("委") || rename && l.contains("厅") ? renameUnits(l) : l
        }
    }

    static func renameUnits(_ line: String) -> String {
        var l = line
        for (from, to) in unitRenames where l.contains(from) {
            l = l.replacingOccurrences(of: from, with: to)
        }
        return l
    }

    static func changeNumbers(_ line: String, _ random: inout SplitMix64) -> String {
        var out = ""
        var digits = ""
        func flush(_ random: inout SplitMix64) {
            guard !digits.isEmpty else { return }
            // Years (2017, 2020) stay: a changed deadline is rarer than a changed amount.
            if digits.count != 4, random.next() % 5 == 0, let n = Int(digits) {
                out += String(n * 2 + 1)
            } else {
                out += digits
            }
            digits = ""
        }
        for ch in line {
            if ch.isASCII, ch.isNumber { digits.append(ch) } else { flush(&random); out.append(ch) }
        }
        flush(&random)
        return out
    }
}

struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
