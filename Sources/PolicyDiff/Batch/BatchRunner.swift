import Foundation

/// A corpus run: read every document, plan the pairs, compare them in parallel,
/// write one HTML, JSON and CSV per pair and (unsharded) index.html.
///
/// Deterministic whatever the thread timing: every result lands in the slot of
/// its input, files are named from ids, and the index is built from the pairs in
/// stem order. Atomic: each file is written under a temporary name and renamed.
public struct BatchRunner: Sendable {
    public struct Options: Sendable {
        public var outputDirectory: String
        public var shard: Shard?
        /// Worker threads; 0 means one per core.
        public var jobs: Int
        /// Write done/total, elapsed and ETA to stderr (the CLI sets this when stderr is a terminal).
        public var progress: Bool
        /// Read manifest files outside the corpus folder (`--allow-outside-corpus`).
        public var allowOutsideCorpus: Bool
        /// Documents over it are not compared (`--max-clauses`).
        public var comparisonBound: ComparisonBound

        public init(outputDirectory: String, shard: Shard? = nil, jobs: Int = 0, progress: Bool = false,
                    allowOutsideCorpus: Bool = false, comparisonBound: ComparisonBound = ComparisonBound()) {
            self.outputDirectory = outputDirectory
            self.shard = shard
            self.jobs = jobs
            self.progress = progress
            self.allowOutsideCorpus = allowOutsideCorpus
            self.comparisonBound = comparisonBound
        }
    }

    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        /// A file or a pair's stem.
        public var subject: String
        public var reason: String
        public var description: String { "\(subject): \(reason)" }
    }

    public struct Result: Sendable {
        public var pairsPlanned: Int
        public var pairsWritten: [String]
        public var failures: [Failure]
        public var wroteIndex: Bool
    }

    public var pipeline: Pipeline
    public var comparer: Comparer

    public init(pipeline: Pipeline = Pipeline(), comparer: Comparer = Comparer()) {
        self.pipeline = pipeline
        self.comparer = comparer
    }

    public func run(_ manifest: CorpusManifest, options: Options) -> Result {
        let started = DispatchTime.now().uptimeNanoseconds
        let jobs = options.jobs > 0 ? options.jobs : max(ProcessInfo.processInfo.activeProcessorCount, 1)
        var failures: [Failure] = []
        AtomicFile.removeStaleTemporaries(in: options.outputDirectory)

        // 1. Plan. When the manifest says what every document implements, the plan
        // needs no text, and a shard reads only the documents of its own pairs; when
        // some document is to be placed by its citations, every document is read first.
        let entries = manifest.entries
        let placedByCitation = entries.contains { $0.implements == nil }
        var documents: [String: Document] = [:]
        func read(_ wanted: [CorpusManifest.Entry]) {
            let results = ParallelMap.run(count: wanted.count, jobs: jobs) { i -> Swift.Result<Document, Failure> in
                let entry = wanted[i]
                do {
                    let path = try CorpusSource.confinedPath(of: entry, in: manifest, allowOutside: options.allowOutsideCorpus)
                    return .success(entry.applied(to: try pipeline.document(at: path, id: entry.id)))
                } catch {
                    return .failure(Failure(subject: entry.id, reason: "\(error); its comparisons are skipped"))
                }
            }
            for (i, r) in results.enumerated() {
                switch r {
                case .success(let d): documents[wanted[i].id] = d
                case .failure(let f): failures.append(f)
                }
            }
        }
        if placedByCitation { read(entries) }
        let plan = PairPlanner().plan(entries: entries, documents: documents)
        failures += plan.problems.map { Failure(subject: "manifest", reason: $0) }
        let pairs = options.shard.map { $0.select(plan.pairs) } ?? plan.pairs
        if !placedByCitation {
            let needed = Set(pairs.flatMap { [$0.reference, $0.local] })
            read(entries.filter { needed.contains($0.id) })
        }

        let loaded = documents
        // 3. Compare and write, in parallel; each worker fills its own slot.
        let progress = options.progress ? BatchProgress(total: pairs.count, started: started) : nil
        let outcomes = ParallelMap.run(count: pairs.count, jobs: jobs) { i -> Swift.Result<PairSummary, Failure> in
            defer { progress?.step() }
            let pair = pairs[i]
            guard let reference = loaded[pair.reference], let local = loaded[pair.local] else {
                let missing = loaded[pair.reference] == nil ? pair.reference : pair.local
                return .failure(Failure(subject: pair.stem, reason: "skipped: \(missing) could not be read"))
            }
            if let refusal = [reference, local].lazy.compactMap(options.comparisonBound.refusal(of:)).first {
                return .failure(Failure(subject: pair.stem, reason: "not compared: \(refusal)"))
            }
            let comparison = comparer.compare(reference: reference, local: local)
            do {
                try write(comparison, pair: pair, to: options.outputDirectory)
            } catch {
                return .failure(Failure(subject: pair.stem, reason: "\(error)"))
            }
            return .success(PairSummary(comparison, stem: pair.stem, relation: pair.relation))
        }
        progress?.finish()
        var summaries: [PairSummary] = []
        var written: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let s): summaries.append(s); written.append(s.stem)
            case .failure(let f): failures.append(f)
            }
        }

        // 4. The index, when this run holds every pair (a sharded job leaves it to `policydiff index`).
        var wroteIndex = false
        if options.shard == nil || options.shard?.count == 1 {
            do {
                try AtomicFile.write(CorpusIndex().render(summaries), to: indexPath(options.outputDirectory))
                wroteIndex = true
            } catch {
                failures.append(Failure(subject: indexPath(options.outputDirectory), reason: "\(error)"))
            }
        }
        return Result(pairsPlanned: pairs.count, pairsWritten: written, failures: failures, wroteIndex: wroteIndex)
    }

    public func write(_ comparison: Comparison, pair: PlannedPair, to directory: String) throws {
        let base = (directory as NSString).appendingPathComponent(pair.stem)
        let html = ComparisonReport(indexLink: "index.html", relation: pair.relation).render(comparison)
        // Together, the JSON last: `index` lists a pair only when its JSON is there.
        try AtomicFile.write([(base + ".html", Data(html.utf8)),
                              (base + ".csv", Data(PairCSV.render(comparison).utf8)),
                              (base + ".json", Data(PairJSON.render(comparison, pair: pair).utf8))])
    }

    func indexPath(_ directory: String) -> String {
        (directory as NSString).appendingPathComponent("index.html")
    }

    /// `policydiff index DIR`: index.html from the pair JSON files a run (or the
    /// shards of a job array) left in DIR. Only complete pairs are read: a pair's
    /// JSON is removed before its new files are renamed in and comes back last
    /// (`write`), so an interrupted run leaves a pair without JSON, never a JSON
    /// beside another run's .html.
    public func buildIndex(directory: String) throws -> (pairs: Int, failures: [Failure]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw Failure(subject: directory, reason: "cannot list the folder")
        }
        AtomicFile.removeStaleTemporaries(in: directory)
        var summaries: [PairSummary] = []
        var failures: [Failure] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                guard let (comparison, relation, stem) = try PairJSON.read(path: path) else { continue }
                summaries.append(PairSummary(comparison, stem: stem, relation: relation))
            } catch {
                failures.append(Failure(subject: path, reason: "\(error)"))
            }
        }
        try AtomicFile.write(CorpusIndex().render(summaries), to: indexPath(directory))
        return (summaries.count, failures)
    }
}

extension BatchRunner.Failure: Error {}

/// Runs `body` for 0..<count on `jobs` threads; result i is body(i), whatever order
/// the threads finish in.
enum ParallelMap {
    static func run<T: Sendable>(count: Int, jobs: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = Slots<T>(count: count)
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = slots.claim() {
                slots.store(body(i), at: i)
            }
        }
        return slots.results()
    }

    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let count: Int
        private var values: [T?]

        init(count: Int) {
            self.count = count
            values = Array(repeating: nil, count: count)
        }

        func claim() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ value: T, at i: Int) {
            lock.lock(); defer { lock.unlock() }
            values[i] = value
        }

        func results() -> [T] {
            lock.lock(); defer { lock.unlock() }
            return values.compactMap { $0 }
        }
    }
}

/// done/total, elapsed and ETA on one stderr line, redrawn at most ten times a second.
final class BatchProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let started: UInt64
    private var done = 0
    private var lastDrawn: UInt64 = 0

    init(total: Int, started: UInt64) {
        self.total = total
        self.started = started
    }

    func step() {
        lock.lock(); defer { lock.unlock() }
        done += 1
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDrawn > 100_000_000 || done == total else { return }
        lastDrawn = now
        draw(now: now)
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func draw(now: UInt64) {
        let elapsed = Double(now - started) / 1e9
        let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let line = "\rpolicydiff: \(done)/\(total) pairs, \(Self.seconds(elapsed)) elapsed, ETA \(Self.seconds(eta))   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func seconds(_ s: Double) -> String {
        let tenths = Int((s * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
