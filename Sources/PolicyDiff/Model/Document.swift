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
    /// A law's history as stated under its title (adopted, amended, revised …), oldest
    /// first; `date` is then the latest version's date. Empty for other documents.
    public var history: [LegislativeEvent]
    /// The date the text says it takes effect (本法自1994年1月1日起施行), ISO.
    public var effective: String?

    public init(title: String? = nil, issuer: String? = nil, level: AdministrativeLevel = .unknown,
                date: String? = nil, docNumber: String? = nil, cites: [Citation] = [],
                history: [LegislativeEvent] = [], effective: String? = nil) {
        self.title = title
        self.issuer = issuer
        self.level = level
        self.date = date
        self.docNumber = docNumber
        self.cites = cites
        self.history = history
        self.effective = effective
    }
}

/// One step of a law's history: 2013年10月25日第十二届全国人民代表大会常务委员会第五次会议…第二次修正.
public struct LegislativeEvent: Sendable, Equatable {
    public enum Action: String, Sendable, Equatable {
        /// 通过 (adopted by a legislature or a government meeting)
        case adopted
        /// 公布 / 发布 (promulgated, e.g. by a 国务院令)
        case promulgated
        /// 修正 (amended by a decision)
        case amended
        /// 修订 (revised as a whole)
        case revised
        /// 批准 (a city's regulation approved by the province's legislature)
        case approved
    }

    /// ISO date.
    public var date: String
    public var action: Action
    /// The organ that took the step, as its name is written without session numbers
    /// (全国人民代表大会常务委员会, 浙江省人民代表大会常务委员会, 国务院), when the text names one.
    public var organ: String?
    /// A decree number given with it (国务院令第743号).
    public var number: String?
    /// The words as they stand in the text.
    public var text: String

    public init(date: String, action: Action, organ: String? = nil, number: String? = nil, text: String) {
        self.date = date
        self.action = action
        self.organ = organ
        self.number = number
        self.text = text
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
