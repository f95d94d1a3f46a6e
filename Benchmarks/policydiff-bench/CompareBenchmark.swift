import Foundation
import PolicyDiff

/// Time of `Comparer.compare` (reading and extraction excluded) per corpus pair, and
/// for large generated plans (0.5 MB and 1 MB each side) to show the cost stays
/// near-linear; peak memory from /proc/self/status (VmHWM).
///   swift run -c release policydiff-bench compare
enum CompareBenchmark {
    static let pairs: [(String, String)] = [
        ("gansu-2017-plan", "zhangye-2018-plan"),
        ("national-2017-guideline-fragment", "gansu-2017-plan"),
        ("national-2017-guideline-fragment", "anhui-2018-opinions"),
        ("national-2017-guideline-fragment", "qingdao-2018-plan"),
        ("gansu-2017-plan", "anhui-2018-opinions"),
    ]

    static func run() throws {
        let corpus = corpusDirectory()
        let pipeline = Pipeline()
        var documents: [String: Document] = [:]
        for name in Set(pairs.flatMap { [$0.0, $0.1] }).sorted() {
            documents[name] = try pipeline.document(at: "\(corpus)/\(name).txt")
        }
        let comparer = Comparer()
        for (r, l) in pairs {
            guard let reference = documents[r], let local = documents[l] else { continue }
            let runs = 20
            _ = comparer.compare(reference: reference, local: local)
            let start = cpuSeconds()
            for _ in 0..<runs { _ = comparer.compare(reference: reference, local: local) }
            let ms = (cpuSeconds() - start) / Double(runs) * 1000
            let name = "\(r) → \(l)"
            print(name.padding(toLength: 56, withPad: " ", startingAt: 0) + String(format: "%7.2f ms CPU per compare", ms))
        }

        let pool = sentencePool(documents.values.sorted { $0.id < $1.id })
        for megabytes in [0.5, 1.0] {
            let bytes = Int(megabytes * 1_000_000)
            let referenceText = GeneratedPlan.text(pool: pool, bytes: bytes, seed: 7, level: "省")
            let localText = GeneratedPlan.localVersion(of: referenceText, pool: pool, seed: 11)
            let reference = pipeline.document(from: SourceText(path: "generated-reference.txt", format: .plainText, encoding: "UTF-8",
                                                               paragraphs: referenceText), id: "generated-reference")
            let local = pipeline.document(from: SourceText(path: "generated-local.txt", format: .plainText, encoding: "UTF-8",
                                                           paragraphs: localText), id: "generated-local")
            let start = cpuSeconds()
            let c = comparer.compare(reference: reference, local: local)
            let seconds = cpuSeconds() - start
            let size = { (p: [String]) in p.reduce(0) { $0 + $1.utf8.count } }
            print(String(format: "generated %.1f MB vs %.1f MB (%d vs %d clauses): %.2f s CPU, %d alignments, coverage %.1f%%",
                         Double(size(referenceText)) / 1e6, Double(size(localText)) / 1e6, reference.clauses.count,
                         local.clauses.count, seconds, c.alignments.count, c.coverage * 100))
        }
        print("peak RSS (VmHWM): \(peakResidentKB() / 1024) MB")
    }

    static func corpusDirectory() -> String {
        for candidate in ["Corpus", "../Corpus", "../../Corpus"] where FileManager.default.fileExists(atPath: candidate + "/manifest.txt") {
            return candidate
        }
        return "Corpus"
    }

    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func peakResidentKB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// Sentences of the corpus clauses, as raw material for generated plans.
    static func sentencePool(_ documents: [Document]) -> [String] {
        var pool: [String] = []
        for d in documents {
            for c in d.clauses where c.kind == .numbered {
                var current = ""
                for ch in c.text where ch != "\n" {
                    current.append(ch)
                    if ch == "。" { if current.count > 12 { pool.append(current) }; current = "" }
                }
            }
        }
        return pool
    }
}

/// Large plans of the genre built from corpus sentences: numbered sections and items,
/// each item a random draw of sentences, so items are distinct but share the genre's wording.
enum GeneratedPlan {
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func text(pool: [String], bytes: Int, seed: UInt64, level: String) -> [String] {
        var random = Random(state: seed)
        var paragraphs = ["为贯彻落实《关于开展质量提升行动的指导意见》,结合实际,制定本方案。"]
        var size = 0, section = 0, item = 0
        while size < bytes {
            if item % 12 == 0 {
                let title = "\(numerals[section % 10])、重点任务第\(section + 1)部分"
                paragraphs.append(title)
                section += 1
            }
            item += 1
            var body = "\(item).着力推进第\(item)项质量提升任务。"
            for _ in 0..<(3 + random.next(5)) { body += pool[random.next(pool.count)] }
            body += "(牵头单位:\(level)质监局;责任单位:\(level)工信委)"
            paragraphs.append(body)
            size += body.utf8.count
        }
        return paragraphs
    }

    /// A city's version: level words swapped, a sentence dropped or added here and
    /// there, some items moved, some dropped, some new.
    static func localVersion(of reference: [String], pool: [String], seed: UInt64) -> [String] {
        var random = Random(state: seed)
        var out: [String] = []
        var moved: [String] = []
        for p in reference {
            guard p.first?.isNumber == true else { out.append(p); continue }
            let roll = random.next(100)
            if roll < 5 { continue }
            var text = p.replacingOccurrences(of: "省", with: "市")
            if roll < 30 { text += pool[random.next(pool.count)] }
            if roll >= 90 { moved.append(text); continue }
            out.append(text)
            if roll >= 85 {
                out.append("\(100_000 + random.next(100_000)).新增任务。" + pool[random.next(pool.count)] + pool[random.next(pool.count)])
            }
        }
        let insertAt = min(out.count, 3)
        out.insert(contentsOf: moved, at: insertAt)
        return out
    }
}
