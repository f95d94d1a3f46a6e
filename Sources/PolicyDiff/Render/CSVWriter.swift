import Foundation

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
        var row = Array(row.prefix(header.count))
        row += Array(repeating: "", count: header.count - row.count)
        rows.append(row)
    }

    /// The table, BOM first, one CRLF-terminated record per line.
    public func render() -> String {
        var out = CSVWriter.byteOrderMark
        out += CSVWriter.record(header)
        for row in rows { out += CSVWriter.record(row) }
        return out
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + recordEnd
    }

    /// One field, guarded against formula injection, quoted only when RFC 4180 requires it.
    public static func field(_ value: String) -> String {
        let value = formulaGuarded(value)
        // Bytes, not Characters: the four ASCII bytes never occur inside a UTF-8 sequence.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell that a spreadsheet would run as a formula — starting with = + - @ or
    /// a tab or carriage return, e.g. a clause quoting `=HYPERLINK(…)` from a hostile
    /// page — gets a leading apostrophe, which Excel, LibreOffice and Sheets show as
    /// text (OWASP's advice for CSV injection). Two kinds of cell stay as written,
    /// since no spreadsheet reads them as a formula and a researcher needs them as
    /// they are: a bare comparator or sign of one character (the comparator column's
    /// `=`), and a plain number (`-3.5`, `+2` in a value column).
    public static func formulaGuarded(_ value: String) -> String {
        guard let first = value.utf8.first, formulaStarts.contains(first) else { return value }
        if value.utf8.count == 1, first != 0x09, first != 0x0D { return value }
        if isPlainNumber(value) { return value }
        return "'" + value
    }

    /// = + - @ TAB CR
    static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

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
