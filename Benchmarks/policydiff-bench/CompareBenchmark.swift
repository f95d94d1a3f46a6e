import Foundation
import PolicyDiff

/// Time of `Comparer.compare` (reading and extraction excluded) per corpus pair, and
/// for large generated plans (0.5 MB and 1 MB each side) to show the cost stays
/// near-linear; peak memory from /proc/self/status (VmHWM).
///   swift run -c release policydiff-bench compare
/// COMPARE_PAIRS_ONLY=1 stops after the corpus pairs (for a profiler's view of them alone).
enum CompareBenchmark {
    static let pairs: [(String, String)] = [
        ("gansu-2017-plan", "zhangye-2018-plan"),
        ("national-2017-guideline-fragment", "gansu-2017-plan"),
        ("national-2017-guideline-fragment", "anhui-2018-opinions"),
        ("national-2017-guideline-fragment", "qingdao-2018-plan"),
        ("gansu-2017-plan", "anhui-2018-opinions"),
        // Law → 实施办法 pairs of the families (74 and 63 articles with their items).
        ("farmer-coop-law/coop-law-national-2017", "farmer-coop-law/coop-law-shanghai-2020"),
        ("farmer-coop-law/coop-law-national-2017", "farmer-coop-law/coop-law-chongqing-2022"),
        ("consumer-law/consumer-law-national-2013", "consumer-law/consumer-law-zhejiang-2017"),
        ("construction-waste/cwaste-shanghai-2024", "construction-waste/cwaste-qingpu-2025"),
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
            let name = "\(r.split(separator: "/").last ?? "") → \(l.split(separator: "/").last ?? "")"
            print(name.padding(toLength: 60, withPad: " ", startingAt: 0) + String(format: "%7.2f ms CPU per compare", ms))
        }
        if ProcessInfo.processInfo.environment["COMPARE_PAIRS_ONLY"] == "1" { return }

        let pool = sentencePool(documents.values.sorted { $0.id < $1.id })
        for megabytes in [0.5, 1.0] {
            let bytes = Int(megabytes * 1_000_000)
            let plan = GeneratedPlan.outline(pool: pool, bytes: bytes, seed: 7, level: "省")
            let referenceText = GeneratedPlan.text(plan)
            let localText = GeneratedPlan.localVersion(of: plan, pool: pool, seed: 11)
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
        oneParagraphCurve(pool: pool, comparer: comparer)
        print("peak RSS (VmHWM): \(peakResidentKB() / 1024) MB")
    }

    /// One clause of 16k…128k characters (corpus sentences in one paragraph, the pool
    /// cycled, so phrases repeat as in a long dump) against itself with every seventh
    /// sentence dropped: the clause diff alone and the whole compare, with the ratio per
    /// doubling (the bound stated in CharacterDiff.phraseOps: about 2).
    static func oneParagraphCurve(pool: [String], comparer: Comparer) {
        guard !pool.isEmpty else { return }
        print("one paragraph, every 7th sentence dropped:")
        var previous: (Double, Double)?
        for kilo in [16, 32, 64, 128] {
            var sentences: [String] = []
            var length = 0, i = 0
            while length < kilo * 1000 { let s = pool[(i * 7) % pool.count]; sentences.append(s); length += s.count; i += 1 }
            let referenceText = sentences.joined()
            let localText = sentences.enumerated().filter { $0.offset % 7 != 3 }.map(\.element).joined()
            let reference = Document(id: "r", source: "r.txt", clauses: [Clause(id: "c0", path: ["一"], label: "一、", kind: .numbered, text: "一、" + referenceText)])
            let local = Document(id: "l", source: "l.txt", clauses: [Clause(id: "c0", path: ["一"], label: "一、", kind: .numbered, text: "一、" + localText)])
            var start = cpuSeconds()
            _ = CharacterDiff.diff(referenceText, localText)
            let diff = cpuSeconds() - start
            start = cpuSeconds()
            _ = comparer.compare(reference: reference, local: local)
            let compare = cpuSeconds() - start
            let ratios = previous.map { String(format: "  ×%.2f / ×%.2f", diff / $0.0, compare / $0.1) } ?? ""
            print(String(format: "  %3dk chars: diff %7.1f ms, compare %7.1f ms", kilo, diff * 1000, compare * 1000) + ratios)
            previous = (diff, compare)
        }
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

/// Large plans of the genre built from corpus sentences: sections 一、, subsections (一),
/// items 1. numbered in sequence within each subsection, each item a random draw of
/// sentences, so items are distinct but share the genre's wording. The local version
/// is renumbered after its edits, as a real local plan numbers its own items.
enum GeneratedPlan {
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    /// Sections of subsections of item bodies (without labels).
    typealias Outline = [[[String]]]

    static let sectionsPerPlan = 9
    static let itemsPerSubsection = 8

    static func chinese(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + digits[n % 10] }
        return digits[n / 10] + "十" + digits[n % 10]
    }

    static func outline(pool: [String], bytes: Int, seed: UInt64, level: String) -> Outline {
        var random = Random(state: seed)
        var items: [String] = []
        var size = 0
        while size < bytes {
            var body = "着力推进第\(items.count + 1)项质量提升任务。"
            for _ in 0..<(3 + random.next(5)) { body += pool[random.next(pool.count)] }
            body += "(牵头单位:\(level)质监局;责任单位:\(level)工信委)"
            items.append(body)
            size += body.utf8.count
        }
        // Spread the items over sections and subsections of even size.
        let subsections = max(1, (items.count + itemsPerSubsection - 1) / itemsPerSubsection)
        let perSection = max(1, (subsections + sectionsPerPlan - 1) / sectionsPerPlan)
        var plan: Outline = []
        var k = 0
        while k < items.count {
            if plan.isEmpty || plan[plan.count - 1].count == perSection { plan.append([]) }
            plan[plan.count - 1].append(Array(items[k..<min(k + itemsPerSubsection, items.count)]))
            k += itemsPerSubsection
        }
        return plan
    }

    static func text(_ plan: Outline) -> [String] {
        var paragraphs = ["为贯彻落实《关于开展质量提升行动的指导意见》,结合实际,制定本方案。"]
        for (s, section) in plan.enumerated() {
            paragraphs.append("\(chinese(s + 1))、重点任务第\(s + 1)部分")
            for (u, subsection) in section.enumerated() {
                paragraphs.append("(\(chinese(u + 1)))推进第\(s + 1)部分第\(u + 1)组任务")
                for (i, body) in subsection.enumerated() { paragraphs.append("\(i + 1).\(body)") }
            }
        }
        return paragraphs
    }

    static func text(pool: [String], bytes: Int, seed: UInt64, level: String) -> [String] {
        text(outline(pool: pool, bytes: bytes, seed: seed, level: level))
    }

    /// A city's version: level words swapped, a sentence added here and there, some
    /// items dropped, some moved to the first subsection, some new.
    static func localVersion(of plan: Outline, pool: [String], seed: UInt64) -> [String] {
        var random = Random(state: seed)
        var local: Outline = []
        var moved: [String] = []
        for section in plan {
            var newSection: [[String]] = []
            for subsection in section {
                var items: [String] = []
                for body in subsection {
                    let roll = random.next(100)
                    if roll < 5 { continue }
                    var text = body.replacingOccurrences(of: "省", with: "市")
                    if roll < 30 { text += pool[random.next(pool.count)] }
                    if roll >= 90 { moved.append(text); continue }
                    items.append(text)
                    if roll >= 85 { items.append("新增任务。" + pool[random.next(pool.count)] + pool[random.next(pool.count)]) }
                }
                newSection.append(items)
            }
            local.append(newSection)
        }
        if !local.isEmpty, !local[0].isEmpty { local[0][0] += moved }
        return text(local)
    }
}
