/// The corpus database's tables (SQLite). Keys are the names reports already use —
/// document ids, clause ids, pair stems, ordinals — never row numbers, so a database a
/// job array's shards wrote and `policydiff index --db` merged holds exactly the rows of
/// an unsharded run. Documented with example queries in the README.
enum CorpusSchema {
    static let version = 1

    static let tables = """
    PRAGMA foreign_keys = ON;
    CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, issuer TEXT,
        level TEXT NOT NULL, date TEXT, doc_number TEXT);
    CREATE TABLE IF NOT EXISTS clauses (
        document_id TEXT NOT NULL REFERENCES documents(id), clause_id TEXT NOT NULL,
        ordinal INTEGER NOT NULL, parent_id TEXT, label TEXT, kind TEXT NOT NULL, title TEXT, text TEXT NOT NULL,
        PRIMARY KEY (document_id, clause_id));
    CREATE TABLE IF NOT EXISTS targets (
        document_id TEXT NOT NULL, clause_id TEXT NOT NULL, ordinal INTEGER NOT NULL,
        indicator TEXT NOT NULL, value REAL NOT NULL, value_max REAL, unit TEXT NOT NULL,
        comparator TEXT NOT NULL, year INTEGER, period TEXT, text TEXT NOT NULL,
        PRIMARY KEY (document_id, clause_id, ordinal),
        FOREIGN KEY (document_id, clause_id) REFERENCES clauses(document_id, clause_id));
    CREATE TABLE IF NOT EXISTS assignments (
        document_id TEXT NOT NULL, clause_id TEXT NOT NULL, ordinal INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('lead', 'responsible')), position INTEGER NOT NULL, unit TEXT NOT NULL,
        source TEXT NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (document_id, clause_id, ordinal, role, position),
        FOREIGN KEY (document_id, clause_id) REFERENCES clauses(document_id, clause_id));
    CREATE TABLE IF NOT EXISTS pairs (
        stem TEXT PRIMARY KEY, reference_id TEXT NOT NULL REFERENCES documents(id),
        local_id TEXT NOT NULL REFERENCES documents(id), relation TEXT NOT NULL, coverage REAL NOT NULL);
    CREATE TABLE IF NOT EXISTS alignments (
        stem TEXT NOT NULL REFERENCES pairs(stem), ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL, score REAL NOT NULL, reason TEXT NOT NULL,
        dropped_sentences INTEGER NOT NULL, added_sentences INTEGER NOT NULL,
        PRIMARY KEY (stem, ordinal));
    CREATE TABLE IF NOT EXISTS alignment_clauses (
        stem TEXT NOT NULL, ordinal INTEGER NOT NULL, side TEXT NOT NULL CHECK (side IN ('reference', 'local')),
        clause_id TEXT NOT NULL,
        PRIMARY KEY (stem, ordinal, side, clause_id),
        FOREIGN KEY (stem, ordinal) REFERENCES alignments(stem, ordinal));
    CREATE TABLE IF NOT EXISTS omissions (
        stem TEXT NOT NULL REFERENCES pairs(stem), clause_id TEXT NOT NULL,
        PRIMARY KEY (stem, clause_id));
    CREATE TABLE IF NOT EXISTS additions (
        stem TEXT NOT NULL REFERENCES pairs(stem), clause_id TEXT NOT NULL,
        PRIMARY KEY (stem, clause_id));
    CREATE TABLE IF NOT EXISTS number_changes (
        stem TEXT NOT NULL REFERENCES pairs(stem), ordinal INTEGER NOT NULL,
        reference_clause TEXT, local_clause TEXT, indicator TEXT NOT NULL,
        change TEXT NOT NULL CHECK (change IN ('changed', 'removed', 'added')),
        from_value REAL, from_unit TEXT, from_comparator TEXT, from_year INTEGER,
        to_value REAL, to_unit TEXT, to_comparator TEXT, to_year INTEGER,
        PRIMARY KEY (stem, ordinal));
    CREATE TABLE IF NOT EXISTS unit_changes (
        stem TEXT NOT NULL REFERENCES pairs(stem), ordinal INTEGER NOT NULL,
        reference_clause TEXT NOT NULL, local_clause TEXT NOT NULL, change TEXT NOT NULL, unit TEXT NOT NULL,
        PRIMARY KEY (stem, ordinal, change, unit));
    CREATE TABLE IF NOT EXISTS coverage (
        stem TEXT NOT NULL REFERENCES pairs(stem), reference_id TEXT NOT NULL REFERENCES documents(id),
        local_id TEXT NOT NULL REFERENCES documents(id), reference_clause TEXT NOT NULL, score REAL,
        PRIMARY KEY (stem, reference_clause));
    CREATE INDEX IF NOT EXISTS clauses_by_document ON clauses(document_id, ordinal);
    CREATE INDEX IF NOT EXISTS pairs_by_reference ON pairs(reference_id);
    CREATE INDEX IF NOT EXISTS pairs_by_local ON pairs(local_id);
    CREATE INDEX IF NOT EXISTS assignments_by_unit ON assignments(unit, role);
    CREATE INDEX IF NOT EXISTS alignment_clauses_by_clause ON alignment_clauses(clause_id);
    CREATE INDEX IF NOT EXISTS number_changes_by_indicator ON number_changes(indicator);
    CREATE INDEX IF NOT EXISTS omissions_by_clause ON omissions(clause_id);
    CREATE INDEX IF NOT EXISTS coverage_by_clause ON coverage(reference_id, reference_clause);
    """

    /// Full-text search over clause text; the trigram tokenizer needs no word segmenter
    /// for Chinese (SQLite 3.34+): MATCH '质量基础设施' finds any clause holding it.
    static let fullText = """
    CREATE VIRTUAL TABLE IF NOT EXISTS clause_text USING fts5(
        text, document_id UNINDEXED, clause_id UNINDEXED, tokenize = 'trigram');
    """

    /// Rebuilt from `clauses` in key order when a database is finished (and after a merge).
    static let rebuildFullText = """
    DELETE FROM clause_text;
    INSERT INTO clause_text (text, document_id, clause_id)
        SELECT text, document_id, clause_id FROM clauses ORDER BY document_id, ordinal;
    """

    /// Tables in dependency order, each with its key columns (merging and comparing go by these).
    static let keyed: [(table: String, key: String)] = [
        ("documents", "id"), ("clauses", "document_id, clause_id"), ("targets", "document_id, clause_id, ordinal"),
        ("assignments", "document_id, clause_id, ordinal, role, position"), ("pairs", "stem"),
        ("alignments", "stem, ordinal"), ("alignment_clauses", "stem, ordinal, side, clause_id"),
        ("omissions", "stem, clause_id"), ("additions", "stem, clause_id"), ("number_changes", "stem, ordinal"),
        ("unit_changes", "stem, ordinal, change, unit"), ("coverage", "stem, reference_clause"),
    ]
}
