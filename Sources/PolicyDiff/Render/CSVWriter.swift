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

    /// One field, quoted only when RFC 4180 requires it.
    public static func field(_ value: String) -> String {
        // Bytes, not Characters: the four ASCII bytes never occur inside a UTF-8 sequence.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Numbers as the JSON output writes them: 180000, 96.85, never 1.5699999.
    public static func number(_ value: Double?) -> String {
        value.map(JSONValue.format) ?? ""
    }

    public static func number(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }
}
