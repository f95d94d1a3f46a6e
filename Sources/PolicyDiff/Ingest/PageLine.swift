/// One line of a document as read, before page furniture is cut: a line of a
/// plain text, or a block (paragraph, list item, table row) of a page.
struct PageLine: Sendable, Equatable {
    var text: String
    /// Share of the line's characters that sit inside links: navigation bars and
    /// lists of other articles are made of links, body paragraphs are not.
    var linkShare: Double = 0
    /// The outermost element whose class or id names furniture (nav, footer, share …).
    var furnitureContainer: Int?
    /// The innermost table the line came from.
    var table: Int?
    /// The innermost form the line came from.
    var form: Int?

    init(text: String, linkShare: Double = 0, furnitureContainer: Int? = nil, table: Int? = nil, form: Int? = nil) {
        self.text = text
        self.linkShare = linkShare
        self.furnitureContainer = furnitureContainer
        self.table = table
        self.form = form
    }
}

/// Layout whitespace: what indents and pads lines in saved pages and texts
/// (spaces, tabs, no-break spaces U+00A0, the full-width space U+3000 that
/// indents Chinese paragraphs, stray zero-width spaces and BOMs).
enum LayoutSpace {
    static func isLayoutSpace(_ scalar: Unicode.Scalar) -> Bool {
        // The Unicode White_Space set spelled out: asking `properties` for every
        // Chinese character costs more than reading the rest of the line.
        switch scalar.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x200B, 0xFEFF, 0x85, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F:
            return true
        default:
            return false
        }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The text without layout whitespace at either end; inner characters untouched.
    static func trimmed(_ text: String) -> String { trimmed(Substring(text)) }

    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isLayoutSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isLayoutSpace(scalars[before]) else { break }
            end = before
        }
        return String(Substring(scalars[start..<end]))
    }

    /// A line of a .docx paragraph or of a PDF page without the layout spaces
    /// Word, WPS and poppler set at its ends (ASCII space, tab, CR, NBSP, the U+3000
    /// of an indented first line): unlike `trimmed`, CR is cut and the zero-width
    /// and other Unicode spaces are kept.
    static func trimmedPackagedLine(_ line: Substring) -> String {
        var scalars = line.unicodeScalars[...]
        while let first = scalars.first, packagedLineSpaces.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, packagedLineSpaces.contains(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static let packagedLineSpaces: Set<Unicode.Scalar> = [" ", "\t", "\u{3000}", "\u{00A0}", "\r"]

    /// The non-empty lines of a text, trimmed; CRLF, CR, LF and the Unicode line
    /// and paragraph separators all end a line.
    static func lines(of text: String) -> [String] {
        var result: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = start
        while i < scalars.endIndex {
            let scalar = scalars[i]
            guard isLineBreak(scalar) else {
                i = scalars.index(after: i)
                continue
            }
            let line = trimmed(Substring(scalars[start..<i]))
            if !line.isEmpty { result.append(line) }
            var next = scalars.index(after: i)
            if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                next = scalars.index(after: next)
            }
            start = next
            i = next
        }
        let last = trimmed(Substring(scalars[start..<scalars.endIndex]))
        if !last.isEmpty { result.append(last) }
        return result
    }
}

/// What the furniture rules ask of a line, measured once in one pass over its
/// scalars (asking a Swift String for its length or for a substring walks
/// grapheme clusters or goes through Foundation, and most lines are long body
/// sentences that every rule rejects on these facts alone).
struct LineShape {
    /// Length in Unicode scalars (a Chinese character is one).
    var length = 0
    /// Contains 。
    var hasFullStop = false
    /// Contains a clause-ending mark: 。；！？;
    var hasSentenceEnd = false
    /// Contains ， or ,
    var hasComma = false

    init(_ text: String) {
        for scalar in text.unicodeScalars {
            length += 1
            switch scalar.value {
            case 0x3002: hasFullStop = true; hasSentenceEnd = true
            case 0xFF1B, 0xFF01, 0xFF1F, 0x3B: hasSentenceEnd = true
            case 0xFF0C, 0x2C: hasComma = true
            default: break
            }
        }
    }
}
