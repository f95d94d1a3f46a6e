/// Something a researcher should know about how far the document can be trusted.
public struct DocumentWarning: Sendable, Equatable {
    public var code: WarningCode
    public var message: String
    /// The clause the warning is about, when it is about one.
    public var clause: String?

    public init(code: WarningCode, message: String, clause: String? = nil) {
        self.code = code
        self.message = message
        self.clause = clause
    }
}

public enum WarningCode: String, Sendable, Equatable, CaseIterable {
    /// The first numbered heading is not the first of its series, e.g. the text starts at (二十).
    case truncatedStart = "truncated-start"
    /// A heading number is skipped or repeated.
    case numberingGap = "numbering-gap"
    /// A span looks like mis-decoded text, e.g. `??构抑柿炕`.
    case garbledText = "garbled-text"
    /// No numbered structure was found; one clause per paragraph.
    case noHeadings = "no-headings"
    /// The bytes were not UTF-8 and were decoded as GB18030.
    case encodingFallback = "encoding-fallback"
    /// Page furniture (navigation, related links, QR prompts, editor lines) was cut.
    case boilerplateRemoved = "boilerplate-removed"
    /// The page nests elements deeper than the HTML parser follows: the deepest levels were read as one.
    case deepNesting = "deep-nesting"
    /// A .docx held tracked changes; it was read with every change accepted.
    case trackedChanges = "tracked-changes"
}
