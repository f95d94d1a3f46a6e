/// A document's text as read from disk: page furniture gone, paragraphs kept,
/// original characters untouched (normalisation happens only for matching).
public struct SourceText: Sendable, Equatable {
    public enum Format: String, Sendable, Equatable { case plainText = "text", html, docx, pdf }

    /// The path as the user gave it.
    public var path: String
    public var format: Format
    /// The encoding the bytes were decoded with ("UTF-8", "GB18030").
    public var encoding: String
    /// Body paragraphs in reading order, one line each, trimmed of layout spaces.
    public var paragraphs: [String]
    /// What the page says about the document outside its body (information table,
    /// 发布时间 lines); never becomes a clause.
    public var pageInfo: PageInfo
    public var warnings: [DocumentWarning]

    public init(path: String, format: Format, encoding: String, paragraphs: [String],
                pageInfo: PageInfo = PageInfo(), warnings: [DocumentWarning] = []) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.paragraphs = paragraphs
        self.pageInfo = pageInfo
        self.warnings = warnings
    }
}

/// The fields of a government page's information table (索引号, 发文机关, 成文日期,
/// 标题, 发文字号, 发布日期), or of the equivalent lines of a saved text.
public struct PageInfo: Sendable, Equatable {
    public var indexNumber: String?
    public var issuer: String?
    /// 成文日期, as ISO yyyy-MM-dd.
    public var dateWritten: String?
    /// 发布日期 / 发布时间, as ISO yyyy-MM-dd.
    public var datePublished: String?
    public var title: String?
    public var docNumber: String?
    /// 主题分类, the subject category of the information table.
    public var subject: String?

    public init(indexNumber: String? = nil, issuer: String? = nil, dateWritten: String? = nil,
                datePublished: String? = nil, title: String? = nil, docNumber: String? = nil,
                subject: String? = nil) {
        self.subject = subject
        self.indexNumber = indexNumber
        self.issuer = issuer
        self.dateWritten = dateWritten
        self.datePublished = datePublished
        self.title = title
        self.docNumber = docNumber
    }
}

/// Why a file could not be read. One line, naming the file: what the CLI prints.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case missing
        case isDirectory
        case empty
        case binary
        case undecodable
        case noBodyText
        case tooLarge(limit: Int)
        case unreadable(String)
        /// Recognised by its signature and not read (.doc, .wps, .ofd, .rtf): the
        /// format named as a reader would, and a command that converts it.
        case unsupportedFormat(format: String, conversion: String)
        /// A .docx or .pdf that cannot be opened: what is wrong with it.
        case damaged(format: String, detail: String)
        /// A .docx or .pdf over one of `PackagedDocumentLimits`, said in full.
        case overLimit(String)
        /// A PDF whose pages hold images and no text (a scan).
        case noTextLayer
        /// A PDF that needs a password to open.
        case encrypted
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "\(path): \(reasonText)"
    }

    public var reasonText: String {
        switch reason {
        case .missing: return "no such file"
        case .isDirectory: return "is a directory, not a document"
        case .empty: return "the file is empty"
        case .binary: return "looks like a binary file (NUL bytes or control characters), not a text or HTML document"
        case .undecodable: return "the bytes are not text in any supported encoding (UTF-8, GB18030/GBK)"
        case .noBodyText: return "the page has no body text"
        case .tooLarge(let limit): return "larger than the input limit of \(limit) bytes (raise it with --max-input-bytes)"
        case .unreadable(let why): return "cannot be read: \(why)"
        case .unsupportedFormat(let format, let conversion):
            return "is \(format), which policydiff does not read; convert it first: "
                + ShellWord.command(conversion, file: path)
        case .damaged(let format, let detail): return "is a damaged \(format) file: \(detail)"
        case .overLimit(let detail): return detail
        case .noTextLayer: return "no text layer: OCR it first (the PDF's pages are images, as a scan is)"
        case .encrypted:
            return "the PDF is encrypted with a password; policydiff reads PDFs that open without one (remove the password, e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf)"
        }
    }
}
