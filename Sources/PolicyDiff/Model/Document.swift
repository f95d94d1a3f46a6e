/// One policy document after reading, segmenting and extracting.
///
/// Clauses are kept flat, in reading order, each pointing at its parent by id:
/// that is the shape of the JSON contract and what every later stage walks.
/// `ClauseTree` gives the nested view when one is wanted.
public struct Document: Sendable, Equatable {
    /// A short name for the document, by default the file name without extension.
    public var id: String
    /// The path as given by the user (the evaluator matches its file name).
    public var source: String
    public var metadata: DocumentMetadata
    public var warnings: [DocumentWarning]
    public var clauses: [Clause]

    public init(id: String, source: String, metadata: DocumentMetadata = DocumentMetadata(),
                warnings: [DocumentWarning] = [], clauses: [Clause] = []) {
        self.id = id
        self.source = source
        self.metadata = metadata
        self.warnings = warnings
        self.clauses = clauses
    }

    public func clause(id: String) -> Clause? {
        clauses.first { $0.id == id }
    }

    public func hasWarning(_ code: WarningCode) -> Bool {
        warnings.contains { $0.code == code }
    }
}

/// What the document says about itself: from its heading block, its signature,
/// or the information table of the page it was published on.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String?
    public var issuer: String?
    public var level: AdministrativeLevel
    /// ISO date (yyyy-MM-dd, or yyyy / yyyy-MM when only that is known): the date
    /// of issue (成文日期) in preference to the date of publication.
    public var date: String?
    public var docNumber: String?
    /// Documents this one says it implements (《…》 with an optional 〔year〕number).
    public var cites: [Citation]

    public init(title: String? = nil, issuer: String? = nil, level: AdministrativeLevel = .unknown,
                date: String? = nil, docNumber: String? = nil, cites: [Citation] = []) {
        self.title = title
        self.issuer = issuer
        self.level = level
        self.date = date
        self.docNumber = docNumber
        self.cites = cites
    }
}

public enum AdministrativeLevel: String, Sendable, Equatable, CaseIterable {
    case national, provincial, city, county, unknown
}

public struct Citation: Sendable, Equatable, Hashable {
    public var title: String
    public var docNumber: String?

    public init(title: String, docNumber: String? = nil) {
        self.title = title
        self.docNumber = docNumber
    }
}
