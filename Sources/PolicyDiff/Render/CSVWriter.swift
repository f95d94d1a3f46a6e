import Foundation

/// A CSV table written as its rows are made (`extract --format csv` over large
/// documents), with the bytes of `CSVWriter.render()`: the header when it is made,
/// each record as it is appended.
public struct CSVStream<Sink: TextSink> {
    public let header: [String]
    public private(set) var sink: Sink

    public init(header: [String], into sink: Sink) {
        self.header = header
        self.sink = sink
        CSVWriter.writeHeader(header, to: &self.sink)
    }

    /// Padded or cut to the header, as `CSVWriter.append` does.
    public mutating func append(_ row: [String]) {
        CSVWriter.writeRecord(CSVWriter.fitted(row, to: header.count), to: &sink)
    }
}

/// A CSV table as RFC 4180 writes it — fields holding a comma, a quote, CR or LF are
/// quoted, quotes doubled, records end in CRLF — behind a UTF-8 byte-order mark,
/// without which Excel reads the Chinese of these documents as mojibake.
///
/// Any report that is a table uses it: targets and units of `extract --format csv`,
/// omissions and number changes of batch reports.
public struct CSVWriter: Sendable, Equatable {
    public static let byteOrderMark = "\u{FEFF}"
    public static let recordEnd = "\r\n"

    public let header: [String]
    public private(set) var rows: [[String]] = []

    public init(header: [String]) {
        self.header = header
    }

    /// Adds a record; a short row is padded with empty fields and a long one cut to
    /// the header, so every record has as many fields as the header.
    public mutating func append(_ row: [String]) {
        rows.append(CSVWriter.fitted(row, to: header.count))
    }

    static func fitted(_ row: [String], to width: Int) -> [String] {
        guard row.count != width else { return row }
        var row = Array(row.prefix(width))
        row += Array(repeating: "", count: width - row.count)
        return row
    }

    /// The table, BOM first, one CRLF-terminated record per line.
    public func render() -> String {
        var out = ""
        CSVWriter.writeHeader(header, to: &out)
        for row in rows { CSVWriter.writeRecord(row, to: &out) }
        return out
    }

    public static func record(_ fields: [String]) -> String {
        var out = ""
        writeRecord(fields, to: &out)
        return out
    }

    /// One field, guarded against formula injection, quoted only when RFC 4180 requires it.
    public static func field(_ value: String) -> String {
        var out = ""
        writeField(value, to: &out)
        return out
    }

    /// The byte-order mark and the header record.
    static func writeHeader<Sink: TextSink>(_ header: [String], to out: inout Sink) {
        out.append(byteOrderMark)
        writeRecord(header, to: &out)
    }

    static func writeRecord<Sink: TextSink>(_ fields: [String], to out: inout Sink) {
        for (i, value) in fields.enumerated() {
            if i > 0 { out.append(",") }
            writeField(value, to: &out)
        }
        out.append(recordEnd)
    }

    /// Written straight into the output: a quote is doubled by copying the run of
    /// text up to and including it and writing one more, the four ASCII bytes that
    /// call for quotes found in the UTF-8 (they never occur inside a multi-byte
    /// sequence), so no field is copied into an intermediate string.
    static func writeField<Sink: TextSink>(_ value: String, to out: inout Sink) {
        let guarded = needsFormulaGuard(value)
        let utf8 = value.utf8
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            if guarded { out.append("'") }
            out.append(value)
            return
        }
        out.append(guarded ? "\"'" : "\"")
        let scalars = value.unicodeScalars
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            guard byte == 0x22 else { continue }
            out.append(contentsOf: Substring(scalars[runStart..<index]))
            out.append("\"")
            runStart = index
        }
        out.append(contentsOf: Substring(scalars[runStart..<index]))
        out.append("\"")
    }

    /// A cell that a spreadsheet would run as a formula — starting with = + - @ or
    /// a tab or carriage return, e.g. a clause quoting `=HYPERLINK(…)` from a hostile
    /// page — gets a leading apostrophe, which Excel, LibreOffice and Sheets show as
    /// text (OWASP's advice for CSV injection). Two kinds of cell stay as written,
    /// since no spreadsheet reads them as a formula and a researcher needs them as
    /// they are: a bare comparator or sign of one character (the comparator column's
    /// `=`), and a plain number (`-3.5`, `+2` in a value column).
    public static func formulaGuarded(_ value: String) -> String {
        needsFormulaGuard(value) ? "'" + value : value
    }

    static func needsFormulaGuard(_ value: String) -> Bool {
        guard let first = value.utf8.first, isFormulaStart(first) else { return false }
        if value.utf8.count == 1, first != 0x09, first != 0x0D { return false }
        return !isPlainNumber(value)
    }

    /// = + - @ TAB CR
    static func isFormulaStart(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    /// An optional sign, digits, at most one decimal point: what a number column holds.
    static func isPlainNumber(_ value: String) -> Bool {
        var bytes = value.utf8[...]
        if let sign = bytes.first, sign == 0x2B || sign == 0x2D { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return false }
        var digits = 0, points = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte == 0x2E { points += 1 } else { return false }
        }
        return digits > 0 && points <= 1
    }

    /// Numbers as the JSON output writes them: 180000, 96.85, never 1.5699999.
    public static func number(_ value: Double?) -> String {
        value.map(JSONValue.format) ?? ""
    }

    public static func number(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }
}
