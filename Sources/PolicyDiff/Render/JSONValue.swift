/// A JSON value whose object keys keep the order they were written in, so that
/// output follows the contract's field order and is byte-identical run to run.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    public static func optional(_ n: Int?) -> JSONValue { n.map { .number(Double($0)) } ?? .null }
    public static func optional(_ n: Double?) -> JSONValue { n.map(JSONValue.number) ?? .null }
    public static func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }

    /// Pretty-printed with two-space indentation; arrays of scalars stay on one line.
    /// CJK is written as UTF-8, never as \u escapes (the contract asks for that).
    public func serialized() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out
    }

    /// The same text written into any sink, as if it stood at `indent` levels of
    /// nesting (`JSONStream` writes the parts of a large value this way).
    func write<Sink: TextSink>(to out: inout Sink, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let n): out.append(JSONValue.format(n))
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            if items.allSatisfy(\.isScalar) {
                out.append("[")
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(", ") }
                    item.write(to: &out, indent: indent)
                }
                out.append("]")
                return
            }
            out.append("[\n")
            for (i, item) in items.enumerated() {
                out.append(JSONValue.indentation(indent + 1))
                item.write(to: &out, indent: indent + 1)
                out.append(i == items.count - 1 ? "\n" : ",\n")
            }
            out.append(JSONValue.indentation(indent))
            out.append("]")
        case .object(let fields):
            if fields.isEmpty { out.append("{}"); return }
            out.append("{\n")
            for (i, (key, value)) in fields.enumerated() {
                out.append(JSONValue.indentation(indent + 1))
                JSONValue.writeString(key, to: &out)
                out.append(": ")
                value.write(to: &out, indent: indent + 1)
                out.append(i == fields.count - 1 ? "\n" : ",\n")
            }
            out.append(JSONValue.indentation(indent))
            out.append("}")
        }
    }

    /// Two spaces per level. The documents nest a few levels deep, and every line
    /// of the output starts with one of these: made once, not on every line.
    private static let indentations = (0..<12).map { String(repeating: "  ", count: $0) }

    static func indentation(_ level: Int) -> String {
        level < indentations.count ? indentations[level] : String(repeating: "  ", count: level)
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// Integers without a fractional part; other values in Swift's shortest
    /// round-trip form, so 96.85 prints as 96.85 and 1.57 as 1.57.
    static func format(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    /// Runs of scalars that need no escape (nearly all of a policy text) are
    /// copied whole: appending scalar by scalar was a quarter of `extract --format
    /// json` on a large document. The text is scanned as UTF-8: only an ASCII byte
    /// or the lead byte E2 of U+2028/U+2029 can start a scalar that needs an escape.
    static func writeString<Sink: TextSink>(_ s: String, to out: inout Sink) {
        out.append("\"")
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2,
                  let escaped = escape(s.unicodeScalars[index]) else {
                index = utf8.index(after: index)
                continue
            }
            out.append(contentsOf: Substring(s.unicodeScalars[runStart..<index]))
            out.append(escaped)
            index = s.unicodeScalars.index(after: index)
            runStart = index
        }
        out.append(contentsOf: Substring(s.unicodeScalars[runStart..<index]))
        out.append("\"")
    }

    /// How a scalar is written inside a JSON string, or nil when it stands as itself.
    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        default:
            guard scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 else { return nil }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
