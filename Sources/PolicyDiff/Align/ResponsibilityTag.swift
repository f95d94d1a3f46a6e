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
                    let inner = Array(scalars[(i + 1)..<j])
                    if cueScalars.contains(where: { PlainScalars.contains(inner, $0) }) || inner.reversed().starts(with: closingCue.unicodeScalars.reversed()) {
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

extension ResponsibilityTag {
    /// The texts of a clause that list offices rather than say something: its tags and
    /// table cells. A duty written in prose (县级以上人民政府应当…, 由X负责…) keeps its
    /// subject in the wording: it is what a restating local article copies.
    static func listedOffices(of clause: Clause) -> [String] {
        clause.assignments.filter { $0.source != .prose }.map(\.text)
    }

    /// The text with every occurrence of the extractor's tag texts replaced by a line
    /// break, compared scalar by scalar (Foundation's search folds character clusters
    /// and cost more than the rest of the comparison).
    static func removing(_ tags: [String], from scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var text = scalars
        for tag in tags where !tag.isEmpty {
            let needle = Array(tag.unicodeScalars)
            guard needle.count <= text.count, let first = needle.first else { continue }
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(text.count)
            var i = 0
            while i < text.count {
                if text[i] == first, PlainScalars.matches(needle, in: text, at: i) {
                    out.append("\n")
                    i += needle.count
                } else {
                    out.append(text[i])
                    i += 1
                }
            }
            text = out
        }
        return text
    }
}
