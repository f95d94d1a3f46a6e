/// Unicode scalars back to a String in one pass: appending scalar by scalar to a
/// String's scalar view re-validates on every append and dominated the diff's cost.
/// (The same namespace as Segment's literal search over Strings.)
extension ScalarText {
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars { UTF8.encode(s) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
