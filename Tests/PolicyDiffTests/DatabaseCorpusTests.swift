import Foundation
import Testing
@testable import PolicyDiff

/// `batch --db`: the bundled corpus in SQLite, queried as a researcher would, and a job
/// array's shard databases merged by `index --db` holding exactly the unsharded rows.
@Suite struct DatabaseCorpusTests {
    static func run(_ out: String, shard: Shard? = nil, database: String) throws -> BatchRunner.Result {
        let manifest = try CorpusSource.load(BatchFixture.repositoryCorpus)
        return BatchRunner().run(manifest, options: .init(outputDirectory: out, shard: shard, jobs: 2,
                                                          formats: [.json], database: database))
    }

    static func query(_ path: String, _ sql: String) throws -> [[String?]] {
        try SQLiteConnection(path: path).prepare(sql).rows()
    }

    @Test func theCorpusDatabaseAnswersAResearchersQuestions() throws {
        let out = NSTemporaryDirectory() + "policydiff-db-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let db = out + "/corpus.sqlite"
        let result = try Self.run(out, database: db)
        #expect(result.failures.isEmpty, "\(result.failures)")
        let tables = Set(try Self.query(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'index')").compactMap { $0[0] })
        for t in CorpusSchema.keyed.map(\.table) + ["clause_text", "clauses_by_document", "assignments_by_unit"] { #expect(tables.contains(t), "\(t)") }
        #expect(try Self.query(db, "PRAGMA foreign_key_check").isEmpty)
        #expect(try Self.query(db, "SELECT COUNT(*) FROM pairs")[0][0] == "\(result.pairsWritten.count)")
        // Zhangye lowered Gansu's yearly 350户 to 100户: the city/province query finds it.
        let lowered = try Self.query(db, """
            SELECT l.id, r.id, n.from_value, n.to_value FROM number_changes n JOIN pairs p ON p.stem = n.stem
            JOIN documents r ON r.id = p.reference_id JOIN documents l ON l.id = p.local_id
            WHERE r.level = 'provincial' AND l.level = 'city' AND n.change = 'changed' AND n.to_value < n.from_value
            """)
        #expect(lowered.map { $0.compactMap { $0 } } == [["zhangye-2018-plan", "gansu-2017-plan", "350.0", "100.0"]])
        // Full-text search in Chinese with the trigram tokenizer: every clause that holds the phrase.
        let hits = try Self.query(db, "SELECT document_id, clause_id FROM clause_text WHERE clause_text MATCH '质量基础设施'")
        let holding = try Self.query(db, "SELECT document_id, clause_id FROM clauses WHERE text LIKE '%质量基础设施%'")
        #expect(!hits.isEmpty && Set(hits.map { $0.compactMap { $0 } }) == Set(holding.map { $0.compactMap { $0 } }))
        // Lead offices are rows of their own, one per office named.
        let leads = try Self.query(db, "SELECT COUNT(*) FROM assignments WHERE role = 'lead' AND unit = '省质监局'")
        #expect(Int(leads[0][0] ?? "0")! > 0)
    }

    @Test func shardDatabasesMergedHoldTheRowsOfTheUnshardedRun() throws {
        let base = NSTemporaryDirectory() + "policydiff-dbshard-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: base) }
        _ = try Self.run(base + "/whole", database: base + "/whole/corpus.sqlite")
        let db = base + "/sharded/corpus.sqlite"
        for k in 1...3 { _ = try Self.run(base + "/sharded", shard: try Shard(index: k, count: 3), database: db) }
        let shards = try CorpusDatabase.shards(of: db)
        #expect(shards.map { ($0 as NSString).lastPathComponent } == (1...3).map { "corpus.shard-\($0)-of-3.sqlite" })
        try CorpusDatabase.merge(shards, into: db)
        let whole = try CorpusDatabase.dump(base + "/whole/corpus.sqlite"), merged = try CorpusDatabase.dump(db)
        #expect(whole.count > 1000)
        #expect(merged == whole)
        // No temporary file is left beside the databases.
        #expect(try FileManager.default.contentsOfDirectory(atPath: base + "/sharded").allSatisfy { !$0.hasPrefix(".") })
    }
}
