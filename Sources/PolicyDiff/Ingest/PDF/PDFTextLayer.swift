import CPoppler

/// The text layer of a PDF through poppler's GLib API: each page's text in
/// poppler's reading order, cut into lines, each line with where it starts and
/// ends on the page (from the character boxes poppler lays the text out in),
/// which is what tells a line a PDF broke mid-sentence from the end of a paragraph.
struct PDFTextLayer {
    struct Line: Equatable {
        var text: String
        /// Left and right edges in PDF points, and the height of its characters.
        var left: Double
        var right: Double
        var height: Double
    }

    enum Failure: Error, Equatable {
        case encrypted
        case damaged(String)
        case tooManyPages(count: Int, limit: Int)
        case tooMuchText(limit: Int)
    }

    /// Lines of each page, in page order.
    var pages: [[Line]] = []

    init(bytes: [UInt8], limits: PackagedDocumentLimits) throws(Failure) {
        _ = Self.quietPoppler
        var error: UnsafeMutablePointer<GError>? = nil
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        // A nil password: poppler tries the empty user password, which is how
        // PDFs "protected" only against printing or copying open.
        guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
            defer { if error != nil { g_error_free(error) } }
            if let error, error.pointee.domain == poppler_error_quark(),
               error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw .encrypted
            }
            let why = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "poppler cannot open it"
            throw .damaged(why.split(whereSeparator: \.isNewline).joined(separator: " "))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        if count > limits.maxPages { throw .tooManyPages(count: count, limit: limits.maxPages) }
        var characters = 0
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                pages.append([])
                continue
            }
            let lines = Self.lines(of: page)
            g_object_unref(UnsafeMutableRawPointer(page))
            characters += lines.reduce(0) { $0 + $1.text.unicodeScalars.count }
            if characters > limits.maxTextCharacters { throw .tooMuchText(limit: limits.maxTextCharacters) }
            pages.append(lines)
        }
    }

    private static func lines(of page: OpaquePointer) -> [Line] {
        guard let raw = poppler_page_get_text(page) else { return [] }
        defer { g_free(raw) }
        let scalars = Array(String(cString: raw).unicodeScalars)
        var boxes: UnsafeMutablePointer<PopplerRectangle>? = nil
        var boxCount: guint = 0
        let haveBoxes = poppler_page_get_text_layout(page, &boxes, &boxCount) != 0
        defer { if boxes != nil { g_free(boxes) } }
        // poppler gives one box per character of the text; if it ever does not,
        // the lines are still read, without positions.
        let positioned = haveBoxes && Int(boxCount) == scalars.count && boxes != nil
        var out: [Line] = []
        var current = String.UnicodeScalarView()
        var left = Double.infinity, right = -Double.infinity, height = 0.0
        func finish() {
            let text = LayoutSpace.trimmedPackagedLine(Substring(String(current)))
            if !text.isEmpty {
                out.append(Line(text: text, left: left.isFinite ? left : 0, right: right.isFinite ? right : 0,
                                height: height))
            }
            current = String.UnicodeScalarView()
            left = .infinity; right = -.infinity; height = 0
        }
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\n" { finish(); continue }
            current.append(scalar)
            if positioned, let box = boxes?[i], !scalar.properties.isWhitespace {
                left = min(left, box.x1)
                right = max(right, box.x2)
                height = max(height, box.y2 - box.y1)
            }
        }
        finish()
        return out
    }

    /// poppler reports every oddity of a damaged file on stderr through GLib's
    /// log; the reader says in one line what went wrong instead.
    private static let quietPoppler: Bool = {
        g_log_set_handler("Poppler", GLogLevelFlags(rawValue: ~0), { _, _, _, _ in }, nil)
        return true
    }()
}
