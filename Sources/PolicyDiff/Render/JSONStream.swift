/// JSON written as it is made, in exactly the layout of `JSONValue.serialized()`:
/// the containers a large output is made of (a document, its array of clauses, the
/// array of several documents) are opened and closed here, and each part inside
/// them (a clause, a field) is a small `JSONValue` written at its depth. So a 50 MB
/// document is never held as one tree or one string.
///
/// An array opened here holds objects or arrays, one a line; an array of scalars
/// (which `serialized()` writes on one line) is given whole as a `JSONValue`.
/// An empty container is written `{}` / `[]`, as the tree writes it: its opening is
/// held back until its first member comes.
public struct JSONStream<Sink: TextSink> {
    public private(set) var sink: Sink
    private var open: [(isArray: Bool, members: Int)] = []

    public init(_ sink: Sink) {
        self.sink = sink
    }

    /// A member of the innermost object: its key, then its value.
    public mutating func field(_ key: String, _ value: JSONValue) {
        beginField(key)
        value.write(to: &sink, indent: open.count)
    }

    public mutating func fields(_ list: [(String, JSONValue)]) {
        for (key, value) in list { field(key, value) }
    }

    /// An item of the innermost array (an object or an array), or the whole output.
    public mutating func item(_ value: JSONValue) {
        assert(open.isEmpty || !value.isScalar, "a streamed array holds containers only")
        beginItem()
        value.write(to: &sink, indent: open.count)
    }

    /// An object whose members follow: the value of field `key` of the innermost
    /// object, or (no key) an item of the innermost array or the whole output.
    public mutating func beginObject(field key: String? = nil) {
        begin(isArray: false, key)
    }

    /// An array of containers whose items follow, placed as `beginObject` places an object.
    public mutating func beginArray(field key: String? = nil) {
        begin(isArray: true, key)
    }

    private mutating func begin(isArray: Bool, _ key: String?) {
        if let key { beginField(key) } else { beginItem() }
        open.append((isArray, 0))
    }

    /// Closes the innermost container.
    public mutating func end() {
        guard let frame = open.popLast() else { return }
        if frame.members == 0 {
            sink.append(frame.isArray ? "[]" : "{}")
        } else {
            sink.append("\n")
            sink.append(JSONValue.indentation(open.count))
            sink.append(frame.isArray ? "]" : "}")
        }
    }

    private mutating func beginField(_ key: String) {
        assert(open.last?.isArray == false, "a field belongs in an object")
        beginMember()
        JSONValue.writeString(key, to: &sink)
        sink.append(": ")
    }

    private mutating func beginItem() {
        guard !open.isEmpty else { return }
        assert(open.last?.isArray == true, "an item belongs in an array")
        beginMember()
    }

    /// The opening of the container (first member) or the comma after the previous
    /// member, then the member's indentation.
    private mutating func beginMember() {
        let last = open.count - 1
        if open[last].members == 0 {
            sink.append(open[last].isArray ? "[\n" : "{\n")
        } else {
            sink.append(",\n")
        }
        open[last].members += 1
        sink.append(JSONValue.indentation(open.count))
    }
}
