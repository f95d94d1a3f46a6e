import Foundation

/// `batch … --db corpus.sqlite`: every document, clause, target, unit assignment and every
/// pair's findings in one SQLite file a researcher can query (schema in the README).
///
/// A run writes its database in one transaction (a shard writes its own file, committed
/// when the shard is done, so a killed shard leaves no half database); pairs arrive from
/// several threads and are written one at a time. Rows carry their natural keys, so the
/// content does not depend on the order the pairs finished in.
public final class CorpusDatabase: @unchecked Sendable {
    private let connection: SQLiteConnection
    private let lock = NSLock()
    private var written = Set<String>()
    private let finalPath: String
    private let temporaryPath: String
    private var statements: [String: SQLiteConnection.Statement] = [:]

    /// Opens a new database at a temporary name beside `path`; `finish()` moves it into place.
    public init(path: String) throws {
        finalPath = path
        let directory = (path as NSString).deletingLastPathComponent
        temporaryPath = (directory.isEmpty ? "." : directory) + "/." + (path as NSString).lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        try? FileManager.default.removeItem(atPath: temporaryPath)
        connection = try SQLiteConnection(path: temporaryPath)
        try connection.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        try connection.execute(CorpusSchema.tables + CorpusSchema.fullText)
        try connection.execute("PRAGMA user_version = \(CorpusSchema.version); BEGIN;")
    }

    private func statement(_ sql: String) throws -> SQLiteConnection.Statement {
        if let s = statements[sql] { return s }
        let s = try connection.prepare(sql)
        statements[sql] = s
        return s
    }

    private func insert(_ table: String, _ values: [SQLiteConnection.Value]) throws {
        let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
        try statement("INSERT OR IGNORE INTO \(table) VALUES (\(marks))").run(values)
    }

    /// One pair's comparison, with its two documents the first time either is seen.
    public func add(_ c: Comparison, pair: PlannedPair, summary: PairSummary) throws {
        lock.lock(); defer { lock.unlock() }
        for d in [c.reference, c.local] where written.insert(d.id).inserted { try addDocument(d) }
        let stem = pair.stem
        try insert("pairs", [.text(stem), .text(c.reference.id), .text(c.local.id), .text(pair.relation.rawValue), .real(c.coverage)])
        for (i, a) in c.alignments.enumerated() {
            try insert("alignments", [.text(stem), .integer(i), .text(a.kind.rawValue), .real(a.score), .text(a.reason),
                                      .integer(a.droppedSentences.count), .integer(a.addedSentences.count)])
            for id in a.reference { try insert("alignment_clauses", [.text(stem), .integer(i), .text("reference"), .text(id)]) }
            for id in a.local { try insert("alignment_clauses", [.text(stem), .integer(i), .text("local"), .text(id)]) }
        }
        for id in c.omissions { try insert("omissions", [.text(stem), .text(id)]) }
        for id in c.additions { try insert("additions", [.text(stem), .text(id)]) }
        for (i, n) in c.numberChanges.enumerated() {
            try insert("number_changes", [.text(stem), .integer(i), .text(n.reference), .text(n.local), .text(n.indicator),
                                          .text(n.change.rawValue),
                                          .real(n.from?.value), .text(n.from?.unit), .text(n.from?.comparator.rawValue), .integer(n.from?.year),
                                          .real(n.to?.value), .text(n.to?.unit), .text(n.to?.comparator.rawValue), .integer(n.to?.year)])
        }
        for (i, u) in c.unitChanges.enumerated() {
            for (change, units) in [("lead-added", u.leadAdded), ("lead-removed", u.leadRemoved),
                                    ("responsible-added", u.responsibleAdded), ("responsible-removed", u.responsibleRemoved)] {
                for unit in units { try insert("unit_changes", [.text(stem), .integer(i), .text(u.reference), .text(u.local), .text(change), .text(unit)]) }
            }
        }
        for entry in summary.clauseScores {
            try insert("coverage", [.text(stem), .text(c.reference.id), .text(c.local.id), .text(entry.id), .real(entry.score)])
        }
    }

    private func addDocument(_ d: Document) throws {
        let m = d.metadata
        try insert("documents", [.text(d.id), .text(d.source), .text(m.title), .text(m.issuer), .text(m.level.rawValue),
                                 .text(m.date), .text(m.docNumber)])
        for (i, clause) in d.clauses.enumerated() {
            try insert("clauses", [.text(d.id), .text(clause.id), .integer(i), .text(clause.parent), .text(clause.label),
                                   .text(clause.kind.rawValue), .text(clause.title), .text(clause.text)])
            for (k, t) in clause.targets.enumerated() {
                try insert("targets", [.text(d.id), .text(clause.id), .integer(k), .text(t.indicator), .real(t.value), .real(t.valueMax),
                                       .text(t.unit), .text(t.comparator.rawValue), .integer(t.year), .text(t.period?.rawValue), .text(t.text)])
            }
            for (k, a) in clause.assignments.enumerated() {
                for (role, units) in [("lead", a.lead), ("responsible", a.responsible)] {
                    for (p, unit) in units.enumerated() {
                        try insert("assignments", [.text(d.id), .text(clause.id), .integer(k), .text(role), .integer(p), .text(unit),
                                                   .text(a.source.rawValue), .text(a.text)])
                    }
                }
            }
        }
    }

    /// Builds the full-text index, commits and moves the file into place.
    public func finish() throws {
        lock.lock(); defer { lock.unlock() }
        statements = [:]
        try connection.execute(CorpusSchema.rebuildFullText + "COMMIT;")
        try? FileManager.default.removeItem(atPath: finalPath)
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
    }

    /// Drops the unfinished file (a run that failed before `finish`).
    public func abandon() {
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    /// `policydiff index --db OUT SHARD…`: the shards' databases merged into one, each
    /// table copied in key order (a document several shards hold is kept once).
    public static func merge(_ shards: [String], into path: String) throws {
        let merged = try CorpusDatabase(path: path)
        for (i, shard) in shards.sorted().enumerated() {
            guard FileManager.default.fileExists(atPath: shard) else {
                merged.abandon()
                throw SQLiteConnection.Failure(path: shard, message: "no such database")
            }
            let alias = "shard\(i)"
            do {
                try merged.connection.execute("COMMIT; ATTACH DATABASE '\(shard.replacingOccurrences(of: "'", with: "''"))' AS \(alias); BEGIN;")
                for (table, key) in CorpusSchema.keyed {
                    try merged.connection.execute("INSERT OR IGNORE INTO main.\(table) SELECT * FROM \(alias).\(table) ORDER BY \(key);")
                }
                try merged.connection.execute("COMMIT; DETACH DATABASE \(alias); BEGIN;")
            } catch {
                merged.abandon()
                throw error
            }
        }
        try merged.finish()
    }

    /// Every row of every keyed table in key order, as text: two databases with the same
    /// dump hold the same corpus (the merged-equals-unsharded test).
    public static func dump(_ path: String) throws -> [String] {
        let connection = try SQLiteConnection(path: path)
        var out: [String] = []
        for (table, key) in CorpusSchema.keyed {
            for row in try connection.prepare("SELECT * FROM \(table) ORDER BY \(key)").rows() {
                out.append(table + "\t" + row.map { $0 ?? "NULL" }.joined(separator: "\t"))
            }
        }
        for row in try connection.prepare("SELECT document_id, clause_id FROM clause_text ORDER BY rowid").rows() {
            out.append("clause_text\t" + row.map { $0 ?? "NULL" }.joined(separator: "\t"))
        }
        return out
    }

    /// The shard databases beside `path` (corpus.shard-K-of-N.sqlite), in name order.
    public static func shards(of path: String) throws -> [String] {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        let ext = (path as NSString).pathExtension
        let name = (path as NSString).lastPathComponent
        let stem = ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { file in
            file.hasPrefix(stem + ".shard-") && (ext.isEmpty || file.hasSuffix("." + ext))
        }.sorted().map { directory.isEmpty ? $0 : directory + "/" + $0 }
    }

    /// The file a shard writes when the run's database is `path`: corpus.sqlite → corpus.shard-2-of-8.sqlite.
    public static func shardPath(_ path: String, shard: Shard) -> String {
        let ext = (path as NSString).pathExtension
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return "\(stem).shard-\(shard.index)-of-\(shard.count)" + (ext.isEmpty ? "" : ".\(ext)")
    }
}
