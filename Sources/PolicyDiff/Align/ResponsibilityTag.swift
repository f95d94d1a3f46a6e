/// The responsibility tag closing a measure, (牵头单位:省质监局;责任单位:…) or
/// (农业农村部等负责): a list of offices, not wording, so it takes no part in matching.
enum ResponsibilityTag {
    /// Words that mark a parenthesis as a responsibility tag.
    static let cues: [String] = ["牵头单位", "责任单位", "牵头部门", "责任部门", "配合单位", "参与单位", "负责单位"]
    /// A tag may also end with 负责 (…等负责).
    static let closingCue = "负责"
    static let cueScalars: [[Unicode.Scalar]] = cues.map { Array($0.unicodeScalars) }

    static func removingTags(from scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "(" || s == "（" {
                var j = i + 1
                while j < scalars.count, j - i < 300, scalars[j] != ")", scalars[j] != "）", scalars[j] != "(", scalars[j] != "（" { j += 1 }
                if j < scalars.count, scalars[j] == ")" || scalars[j] == "）" {
                    let inner = scalars[(i + 1)..<j]
                    if cueScalars.contains(where: { ScalarText.contains(inner, $0) }) || inner.reversed().starts(with: closingCue.unicodeScalars.reversed()) {
                        out.append("\n")
                        i = j + 1
                        continue
                    }
                }
            }
            out.append(s)
            i += 1
        }
        return out
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
