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
        /// Which files to write per pair; index.html only when HTML is among them (it links the pair pages).
        public var formats: Set<ReportFormat>
        /// A SQLite file to write every document and finding into (a shard writes
        /// `CorpusDatabase.shardPath` beside it, for `policydiff index --db` to merge).
        public var database: String?

        public init(outputDirectory: String, shard: Shard? = nil, jobs: Int = 0, progress: Bool = false,
                    allowOutsideCorpus: Bool = false, comparisonBound: ComparisonBound = ComparisonBound(),
                    formats: Set<ReportFormat> = Set(ReportFormat.allCases), database: String? = nil) {
            self.outputDirectory = outputDirectory
            self.shard = shard
            self.jobs = jobs
            self.progress = progress
            self.allowOutsideCorpus = allowOutsideCorpus
            self.comparisonBound = comparisonBound
            self.formats = formats
            self.database = database
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
        /// Most documents held in memory at once.
        public var peakDocumentsHeld: Int = 0
    }

    public var pipeline: Pipeline
    public var comparer: Comparer

    public init(pipeline: Pipeline = Pipeline(), comparer: Comparer = Comparer()) {
        self.pipeline = pipeline
        self.comparer = comparer
    }

    public func run(_ given: CorpusManifest, options: Options) -> Result {
        let started = DispatchTime.now().uptimeNanoseconds
        let jobs = options.jobs > 0 ? options.jobs : max(ProcessInfo.processInfo.activeProcessorCount, 1)
        var failures: [Failure] = []
        AtomicFile.removeStaleTemporaries(in: options.outputDirectory)
        // A document the manifest does not place (a folder with no manifest) is placed by
        // discovery: citations, levels, shared wording. Discovery keeps only a sketch of each
        // document, so memory stays flat; the documents are read again when compared.
        var discovered = given
        if given.entries.contains(where: { $0.implements == nil }) {
            let outcome = CorpusDiscovery(pipeline: pipeline).discover(given, jobs: jobs)
            discovered = outcome.manifest
            failures += outcome.failures.map { Failure(subject: $0.subject, reason: $0.reason.replacingOccurrences(
                of: "left out of discovery", with: "its comparisons are skipped")) }
        }
        let manifest = discovered
        let entries = manifest.entries
        let entryByID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let pipeline = self.pipeline
        @Sendable func read(_ id: String) -> Swift.Result<ProfiledDocument, Failure> {
            guard let entry = entryByID[id] else { return .failure(Failure(subject: id, reason: "not in the manifest")) }
            do {
                let path = try CorpusSource.confinedPath(of: entry, in: manifest, allowOutside: options.allowOutsideCorpus)
                return .success(ProfiledDocument(entry.applied(to: try pipeline.document(at: path, id: entry.id))))
            } catch {
                return .failure(Failure(subject: entry.id, reason: "\(error); its comparisons are skipped"))
            }
        }

        // 1. Plan. After discovery every entry says what it implements ("" for nothing),
        // so the plan needs no text, and documents are read when their first pair comes up.
        let plan = PairPlanner().plan(entries: entries, documents: [:])
        failures += plan.problems.map { Failure(subject: "manifest", reason: $0) }
        let pairs = options.shard.map { $0.select(plan.pairs) } ?? plan.pairs

        // 2. Compare and write, in parallel, depth first down the implements tree so that
        // each document is let go after its last pair; each result lands in its pair's slot.
        var uses: [String: Int] = [:]
        for p in pairs { uses[p.reference, default: 0] += 1; uses[p.local, default: 0] += 1 }
        let pool = DocumentPool(uses: uses, load: read)
        let cards = CardShelf(namingClausesOf: Set(pairs.filter { $0.relation != .peer }.map(\.reference)))
        var database: CorpusDatabase?
        if let path = options.database {
            let target = options.shard.map { $0.count > 1 ? CorpusDatabase.shardPath(path, shard: $0) : path } ?? path
            do { database = try CorpusDatabase(path: target) } catch {
                failures.append(Failure(subject: target, reason: "\(error)"))
            }
        }
        let store = database
        let order = PairOrder.depthFirst(pairs)
        let slotOfStem = Dictionary(pairs.enumerated().map { ($1.stem, $0) }, uniquingKeysWith: { a, _ in a })
        let progress = options.progress ? BatchProgress(total: pairs.count, started: started) : nil
        let comparer = self.comparer
        // Only index.html needs every pair's summary to the end; a data-only or sharded run
        // keeps just the stems, so its memory stays flat however many pairs it writes.
        let keepSummaries = (options.shard == nil || options.shard?.count == 1) && options.formats.contains(.html)
        let outcomes = ParallelMap.run(count: order.count, jobs: jobs) { i -> Swift.Result<(stem: String, summary: PairSummary?), Failure> in
            defer { progress?.step() }
            let pair = order[i]
            defer { pool.release(pair.reference); pool.release(pair.local) }
            let reference = pool.acquire(pair.reference), local = pool.acquire(pair.local)
            guard case .success(let r) = reference, case .success(let l) = local else {
                let missing = (try? reference.get()) == nil ? pair.reference : pair.local
                return .failure(Failure(subject: pair.stem, reason: "skipped: \(missing) could not be read"))
            }
            if let refusal = [r.document, l.document].lazy.compactMap(options.comparisonBound.refusal(of:)).first {
                return .failure(Failure(subject: pair.stem, reason: "not compared: \(refusal)"))
            }
            let comparison = comparer.compare(reference: r.document, local: l.document,
                                              profiles: PairProfiles.make(reference: r, local: l))
            do {
                try write(comparison, pair: pair, to: options.outputDirectory, formats: options.formats)
            } catch {
                return .failure(Failure(subject: pair.stem, reason: "\(error)"))
            }
            guard keepSummaries || store != nil else { return .success((pair.stem, nil)) }
            // The shelf keeps each card for the index; a run without one makes them per pair.
            let summary = keepSummaries
                ? PairSummary(comparison, stem: pair.stem, relation: pair.relation,
                              reference: cards.card(of: r.document), local: cards.card(of: l.document))
                : PairSummary(comparison, stem: pair.stem, relation: pair.relation)
            do { try store?.add(comparison, pair: pair, summary: summary) } catch {
                return .failure(Failure(subject: pair.stem, reason: "database: \(error)"))
            }
            return .success((pair.stem, keepSummaries ? summary.compacted() : nil))
        }
        if let database {
            do { try database.finish() } catch {
                database.abandon()
                failures.append(Failure(subject: options.database ?? "", reason: "\(error)"))
            }
        }
        progress?.finish()
        failures += pool.readFailures(inOrderOf: entries.map(\.id))
        // Back to stem order: failures and the index never depend on the order of work.
        var byStem = [Swift.Result<(stem: String, summary: PairSummary?), Failure>?](repeating: nil, count: pairs.count)
        for (i, outcome) in outcomes.enumerated() { byStem[slotOfStem[order[i].stem] ?? i] = outcome }
        var summaries: [PairSummary] = []
        var written: [String] = []
        for outcome in byStem.compactMap({ $0 }) {
            switch outcome {
            case .success(let s):
                if let summary = s.summary { summaries.append(summary) }
                written.append(s.stem)
            case .failure(let f): failures.append(f)
            }
        }

        // 3. The index, when this run holds every pair (a sharded job leaves it to `policydiff index`).
        var wroteIndex = false
        if keepSummaries {
            do {
                try writeIndex(summaries, to: indexPath(options.outputDirectory))
                wroteIndex = true
            } catch {
                failures.append(Failure(subject: indexPath(options.outputDirectory), reason: "\(error)"))
            }
        }
        return Result(pairsPlanned: pairs.count, pairsWritten: written, failures: failures, wroteIndex: wroteIndex,
                      peakDocumentsHeld: pool.peakLoaded)
    }

    public func write(_ comparison: Comparison, pair: PlannedPair, to directory: String) throws {
        try write(comparison, pair: pair, to: directory, formats: Set(ReportFormat.allCases))
    }

    public func write(_ comparison: Comparison, pair: PlannedPair, to directory: String, formats: Set<ReportFormat>) throws {
        let base = (directory as NSString).appendingPathComponent(pair.stem)
        var files: [(String, Data)] = []
        // Made once: the page, the CSV and the JSON state the same figures and unit patterns.
        let figures = ReportFigures(comparison)
        let patterns = UnitPatterns(comparison)
        if formats.contains(.html) {
            let html = ComparisonReport(indexLink: "index.html", relation: pair.relation)
                .render(comparison, figures: figures, unitPatterns: patterns)
            files.append((base + ".html", Data(html.utf8)))
        }
        if formats.contains(.csv) {
            files.append((base + ".csv", Data(PairCSV.render(comparison, figures: figures, patterns: patterns).utf8)))
        }
        // Together, the JSON last: `index` lists a pair only when its JSON is there.
        if formats.contains(.json) {
            let json = PairJSON.render(comparison, pair: pair, figures: figures, patterns: patterns)
            files.append((base + ".json", Data(json.utf8)))
        }
        try AtomicFile.write(files)
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
        var cards = ReadCards()
        var failures: [Failure] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                guard let (comparison, relation, stem) = try PairJSON.read(path: path) else { continue }
                summaries.append(cards.add(PairSummary(comparison, stem: stem, relation: relation)))
            } catch {
                failures.append(Failure(subject: path, reason: "\(error)"))
            }
        }
        try writeIndex(cards.finished(summaries), to: indexPath(directory))
        return (summaries.count, failures)
    }

    /// index.html written as it is made (a corpus of thousands of documents gives a
    /// page of hundreds of megabytes), atomically like every report.
    func writeIndex(_ summaries: [PairSummary], to path: String) throws {
        try AtomicFile.stream(to: path) { out in
            var sink = out
            CorpusIndex().write(summaries, to: &sink)
        }
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
