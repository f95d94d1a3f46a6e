/// A numbered item of a policy document (一、 (一) 1. (1) ① —— 第X条 …), or the
/// preamble before the first heading, or the closing paragraph after the last item.
public struct Clause: Sendable, Equatable {
    /// Stable within the document: "c0", "c1", … in reading order.
    public var id: String
    public var parent: String?
    /// Normalised labels from the top: 一 / (一) / 1 / (1) / ① / —k (k-th dash bullet).
    public var path: [String]
    /// The label as written ("2.", "(一)", "——"), nil for preamble, closing and plain paragraphs.
    public var label: String?
    public var kind: ClauseKind
    /// The heading's title: an inline title up to its 。, or the whole line when the heading stands alone.
    public var title: String?
    /// The clause's own text as it stands in the source, heading line included,
    /// children excluded; original characters, paragraphs separated by "\n".
    public var text: String
    /// Character ranges of `text` (in Character offsets) that look mis-decoded;
    /// later stages leave them out of matching.
    public var garbledSpans: [Range<Int>]
    public var targets: [Target]
    public var assignments: [Assignment]
    /// For a row of a table (an annex's 重点任务分解表, an indicator table): the
    /// column headers and this row's cells, so that later stages read a cell by
    /// what its column says it is (牵头单位, 完成时限, 2025年). Nil for prose clauses.
    public var tableRow: TableRow?
    /// Cross-references the clause makes (本法第X条, 依照《…》第X条第X款, 前款).
    public var references: [ClauseReference]

    public init(id: String, parent: String? = nil, path: [String], label: String? = nil,
                kind: ClauseKind = .numbered, title: String? = nil, text: String,
                garbledSpans: [Range<Int>] = [], targets: [Target] = [], assignments: [Assignment] = [],
                tableRow: TableRow? = nil, references: [ClauseReference] = []) {
        self.id = id
        self.parent = parent
        self.path = path
        self.label = label
        self.kind = kind
        self.title = title
        self.text = text
        self.garbledSpans = garbledSpans
        self.targets = targets
        self.assignments = assignments
        self.tableRow = tableRow
        self.references = references
    }

    /// Depth in the tree: 1 for a top-level item, 0 for preamble and closing.
    public var depth: Int { path.count }

    /// The path joined as the gold annotations write it: 二/(一)/2.
    public var pathString: String { path.joined(separator: "/") }
}

public enum ClauseKind: String, Sendable, Equatable {
    /// Text before the first numbered heading (for a transmitting 通知, the notice itself).
    case preamble
    /// A numbered or bulleted item.
    case numbered
    /// The closing paragraph after the last item (各地区各部门要认真落实…).
    case closing
    /// A paragraph of a document that has no numbered headings.
    case paragraph
}

/// One row of a table, with the headers of its table: cells are read by their
/// column's name, never by position alone, since tables differ in their columns.
public struct TableRow: Sendable, Equatable {
    public var headers: [String]
    public var cells: [String]

    public init(headers: [String], cells: [String]) {
        self.headers = headers
        self.cells = cells
    }

    /// The cell under the first header that contains any of `names` (牵头单位, 责任单位 …).
    public func cell(headed names: [String]) -> String? {
        for (index, header) in headers.enumerated() where index < cells.count {
            // Foundation's search only where a literal one could not rule it out (`ScalarText.mayFind`):
            // this runs for every column of every table row.
            if names.contains(where: { ScalarText.containsEquivalent(header, $0) }) { return cells[index] }
        }
        return nil
    }
}

/// A reference from one clause to an article of this or another document:
/// 本法第十二条, 依照《中华人民共和国…法》第二十条第二款, 前款.
public struct ClauseReference: Sendable, Equatable, Hashable {
    /// The title of the document referred to (without 《》), nil for this document.
    public var document: String?
    /// The article label as written in normal form (第十二条), nil when only a paragraph is meant (前款).
    public var article: String?
    /// The paragraph (款) number, 1-based, when one is named; for 前款 the paragraph before.
    public var paragraph: Int?
    /// The words as they stand in the text.
    public var text: String

    public init(document: String? = nil, article: String? = nil, paragraph: Int? = nil, text: String) {
        self.document = document
        self.article = article
        self.paragraph = paragraph
        self.text = text
    }
}
