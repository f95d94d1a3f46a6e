/// Bounds on the work a .docx or .pdf may cost before it is refused, so that a
/// hostile file (a ZIP bomb, a PDF claiming a million pages) ends in a clear
/// message instead of memory or time. The defaults are far above real
/// government documents: a 300-page 规划 in Word is a 2 MB document.xml.
public struct PackagedDocumentLimits: Sendable, Equatable {
    /// Entries in a .docx archive (Word writes about 15).
    public var maxArchiveEntries: Int
    /// Bytes one part of a .docx may expand to (document.xml, numbering.xml, styles.xml).
    public var maxPartBytes: Int
    /// Expanded ÷ compressed size of a part larger than 1 MiB; XML compresses
    /// about 10:1, a ZIP bomb 1,000:1.
    public var maxExpansionRatio: Int
    /// Pages of a PDF.
    public var maxPages: Int
    /// Characters of text taken from a PDF, all pages together.
    public var maxTextCharacters: Int

    public init(maxArchiveEntries: Int = 10_000, maxPartBytes: Int = 128 << 20, maxExpansionRatio: Int = 200,
                maxPages: Int = 5_000, maxTextCharacters: Int = 64 << 20) {
        self.maxArchiveEntries = maxArchiveEntries
        self.maxPartBytes = maxPartBytes
        self.maxExpansionRatio = maxExpansionRatio
        self.maxPages = maxPages
        self.maxTextCharacters = maxTextCharacters
    }

    public static let standard = PackagedDocumentLimits()
}
