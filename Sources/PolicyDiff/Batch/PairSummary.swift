/// What the corpus index needs of one pair, taken from its Comparison, or from
/// the pair's JSON file when `policydiff index` runs after a sharded job. Scores
/// are kept at the three decimals the JSON holds, so both ways give the same page.
public struct PairSummary: Sendable, Equatable {
    public var stem: String
    public var relation: PairRelation
    public var reference: DocumentCard
    public var local: DocumentCard
    public var coverage: Double
    public var aligned: Int
    public var omitted: Int
    public var added: Int
    public var unverifiable: Int
    public var numberChanges: Int
    public var leadChanges: Int
    /// The pair's number changes themselves, for the corpus-wide table.
    public var numberChangeList: [NumberChange]
    /// Each comparable reference clause (aligned or omitted), in the reference's
    /// order, with the best similarity of an alignment holding it (nil: omitted).
    public var clauseScores: [(id: String, score: Double?)]

    public static func == (a: PairSummary, b: PairSummary) -> Bool {
        a.stem == b.stem && a.relation == b.relation && a.reference == b.reference && a.local == b.local
            && a.coverage == b.coverage && a.aligned == b.aligned && a.omitted == b.omitted && a.added == b.added
            && a.unverifiable == b.unverifiable && a.numberChanges == b.numberChanges && a.leadChanges == b.leadChanges
            && a.numberChangeList == b.numberChangeList
            && a.clauseScores.map(\.id) == b.clauseScores.map(\.id) && a.clauseScores.map(\.score) == b.clauseScores.map(\.score)
    }

    public init(_ c: Comparison, stem: String, relation: PairRelation) {
        self.init(c, stem: stem, relation: relation, reference: DocumentCard(c.reference), local: DocumentCard(c.local))
    }

    /// With the documents' cards made once per run: a document in a hundred pairs then holds
    /// one card's storage, not a hundred copies.
    init(_ c: Comparison, stem: String, relation: PairRelation, reference: DocumentCard, local: DocumentCard) {
        self.stem = stem
        self.relation = relation
        self.reference = reference
        self.local = local
        coverage = c.coverage
        let alignedIDs = Set(c.alignments.flatMap(\.reference)).subtracting(ReportSummary.framing(of: c.reference))
        aligned = alignedIDs.count
        omitted = c.omissions.count
        added = c.additions.count
        unverifiable = c.unverifiable.count
        // The report's target account (dropped-sentence targets included), as the pair page counts them.
        numberChangeList = TargetAccount(c).numberChanges
        numberChanges = numberChangeList.count
        leadChanges = c.unitChanges.filter { !$0.leadAdded.isEmpty || !$0.leadRemoved.isEmpty }.count
        var best: [String: Double] = [:]
        for a in c.alignments {
            let score = ReportNumber.rounded(a.score)
            for id in a.reference { best[id] = max(best[id] ?? 0, score) }
        }
        let omittedIDs = Set(c.omissions)
        clauseScores = c.reference.clauses.compactMap { clause in
            if let score = best[clause.id] { return (clause.id, score) }
            if omittedIDs.contains(clause.id) { return (clause.id, nil) }
            return nil
        }
    }
}

/// A document as the index shows it: its metadata, clause names and targets.
public struct DocumentCard: Sendable, Equatable {
    public var id: String
    public var source: String
    public var title: String?
    public var issuer: String?
    public var level: AdministrativeLevel
    public var date: String?
    public var docNumber: String?
    public var warnings: [WarningCode]
    public var clauseNames: [String: String]
    public var targets: [Target]

    public init(_ d: Document) {
        id = d.id
        source = d.source
        title = d.metadata.title
        issuer = d.metadata.issuer
        level = d.metadata.level
        date = d.metadata.date
        docNumber = d.metadata.docNumber
        warnings = d.warnings.map(\.code)
        var names: [String: String] = [:]
        for clause in d.clauses where names[clause.id] == nil { names[clause.id] = ClauseName.withTitle(clause) }
        clauseNames = names
        targets = d.clauses.flatMap(\.targets)
    }

    var displayName: String {
        DocumentName.display(title: title, issuer: issuer, id: id)
    }
}
