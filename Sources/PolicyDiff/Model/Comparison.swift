/// What a local plan kept, dropped, added and changed of the document it implements.
public struct Comparison: Sendable, Equatable {
    public var reference: Document
    public var local: Document
    public var alignments: [Alignment]
    /// Reference clause ids with no counterpart in the local plan.
    public var omissions: [String]
    /// Reference articles a local regulation does not restate (a 实施办法 restates what
    /// it needs of the law above it): no counterpart, but not reported as omissions
    /// either, since the law applies whether restated or not. Always empty for plans.
    public var notRestated: [String] = []
    /// Local clause ids with no counterpart in the reference.
    public var additions: [String]
    /// Local clause ids that may belong to a part of the reference the text does
    /// not hold (the reference is `truncated-start`): neither kept nor added.
    public var unverifiable: [String]
    /// The reference lacks its beginning (`truncated-start`, or numbering that starts
    /// mid-series), so additions before its first counterpart are `unverifiable`.
    public var referenceTruncated: Bool = false
    public var numberChanges: [NumberChange]
    public var unitChanges: [UnitChange]

    public init(reference: Document, local: Document, alignments: [Alignment] = [],
                omissions: [String] = [], additions: [String] = [], unverifiable: [String] = [],
                numberChanges: [NumberChange] = [], unitChanges: [UnitChange] = []) {
        self.reference = reference
        self.local = local
        self.alignments = alignments
        self.omissions = omissions
        self.additions = additions
        self.unverifiable = unverifiable
        self.numberChanges = numberChanges
        self.unitChanges = unitChanges
    }

    /// Share of the reference's alignable clauses that have a counterpart, 0…1.
    /// Preamble and closing are framing, never omitted, so they do not count either way.
    public var coverage: Double {
        let framing: Set<String> = Set(reference.clauses.filter { $0.kind == .preamble || $0.kind == .closing }.map(\.id))
        let aligned = Set(alignments.flatMap(\.reference)).subtracting(framing)
        let total = aligned.count + omissions.count
        return total == 0 ? 0 : Double(aligned.count) / Double(total)
    }
}

/// One or more reference clauses paired with one or more local clauses.
public struct Alignment: Sendable, Equatable {
    public var reference: [String]
    public var local: [String]
    /// Similarity, 0…1.
    public var score: Double
    public var kind: AlignmentKind
    /// Why the pair was made, in words a researcher can check.
    public var reason: String
    /// Reference sentences not carried over (dropped measures).
    public var droppedSentences: [String]
    /// Local sentences with no counterpart in the reference (added measures).
    public var addedSentences: [String]
    /// Character-level diff of the paired texts, cleaned up to phrase boundaries.
    public var diff: [DiffSegment]

    public init(reference: [String], local: [String], score: Double, kind: AlignmentKind,
                reason: String = "", droppedSentences: [String] = [], addedSentences: [String] = [],
                diff: [DiffSegment] = []) {
        self.reference = reference
        self.local = local
        self.score = score
        self.kind = kind
        self.reason = reason
        self.droppedSentences = droppedSentences
        self.addedSentences = addedSentences
        self.diff = diff
    }
}

public enum AlignmentKind: String, Sendable, Equatable {
    /// The local clause carries the reference clause over, in the expected order.
    case match
    /// Only a part of the text carried over.
    case partial
    /// Matched outside the expected order.
    case moved
}

/// A run of a character diff: kept, deleted (only in the reference) or inserted (only in the local text).
public struct DiffSegment: Sendable, Equatable {
    public enum Operation: String, Sendable, Equatable { case equal, delete, insert }
    public var operation: Operation
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}

/// A target of the same indicator in aligned clauses whose number, comparator or
/// deadline changed, or that one side dropped or added.
public struct NumberChange: Sendable, Equatable {
    public enum Change: String, Sendable, Equatable { case changed, removed, added }
    public var reference: String?
    public var local: String?
    public var indicator: String
    public var from: Target?
    public var to: Target?
    public var change: Change

    public init(reference: String?, local: String?, indicator: String, from: Target?, to: Target?, change: Change) {
        self.reference = reference
        self.local = local
        self.indicator = indicator
        self.from = from
        self.to = to
        self.change = change
    }
}

/// Lead and responsible roles added or removed between aligned clauses, compared by canonical role.
public struct UnitChange: Sendable, Equatable {
    public var reference: String
    public var local: String
    public var leadAdded: [String]
    public var leadRemoved: [String]
    public var responsibleAdded: [String]
    public var responsibleRemoved: [String]
    /// A role removed and a related role added (水利局 → 水务局, 质监局 → 市场监管局):
    /// the same line of work under another name, kept out of added/removed.
    public var leadRenamed: [UnitRenaming] = []
    public var responsibleRenamed: [UnitRenaming] = []

    public init(reference: String, local: String, leadAdded: [String] = [], leadRemoved: [String] = [],
                responsibleAdded: [String] = [], responsibleRemoved: [String] = []) {
        self.reference = reference
        self.local = local
        self.leadAdded = leadAdded
        self.leadRemoved = leadRemoved
        self.responsibleAdded = responsibleAdded
        self.responsibleRemoved = responsibleRemoved
    }
}

/// One office's role renamed by a reform or by the local level's organisation (水利局 → 水务局).
public struct UnitRenaming: Sendable, Equatable {
    public var from: String
    public var to: String

    /// As a researcher reads it: 农牧局 → 农业局.
    public var wording: String { "\(from) → \(to)" }

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
