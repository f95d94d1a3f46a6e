/// Unicode scalars back to a String in one pass: appending scalar by scalar to a
/// String's scalar view re-validates on every append and dominated the diff's cost.
enum ScalarText {
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars { UTF8.encode(s) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `needle` occurs in `haystack`, scalar by scalar (no Foundation, no normalisation).
    static func contains<H: Collection, N: Collection>(_ haystack: H, _ needle: N) -> Bool
        where H.Element == Unicode.Scalar, N.Element == Unicode.Scalar {
        let h = Array(haystack), n = Array(needle)
        guard !n.isEmpty, n.count <= h.count else { return n.isEmpty }
        outer: for start in 0...(h.count - n.count) {
            for k in 0..<n.count where h[start + k] != n[k] { continue outer }
            return true
        }
        return false
    }
}
