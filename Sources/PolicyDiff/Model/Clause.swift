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

    public init(id: String, parent: String? = nil, path: [String], label: String? = nil,
                kind: ClauseKind = .numbered, title: String? = nil, text: String,
                garbledSpans: [Range<Int>] = [], targets: [Target] = [], assignments: [Assignment] = []) {
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
