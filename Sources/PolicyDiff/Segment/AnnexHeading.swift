/// The start of an annex (附件, 附件1, 附件 2): after the signature, official
/// documents append annexes (indicator tables, lists) whose numbering starts
/// afresh. An annex becomes a top-level clause of its own, its items below it.
///
/// Only the line that stands alone counts: `附件：三级公立医院绩效考核指标` in the
/// body is the list of annexes (附件说明), not the annex itself.
enum AnnexHeading {
    static let word = "附件"

    /// The annex's path label (附件, 附件2), or nil when the line does not open an annex.
    static func label(of line: String) -> String? {
        // Most lines are not annexes: decide on the first scalar before looking at characters.
        guard let first = line.unicodeScalars.first(where: { !LabelPadding.containsScalar($0) }), first == "附" else { return nil }
        let chars = Array(line).filter { !LabelPadding.contains($0) }
        guard chars.count >= 2, chars[0] == "附", chars[1] == "件" else { return nil }
        var rest = chars.dropFirst(2)
        if let last = rest.last, last == ":" || last == "：" { rest = rest.dropLast() }
        if rest.isEmpty { return word }
        if let n = ArabicDigit.number(rest) { return word + String(n) }
        if let n = ChineseNumeral.value(of: rest) { return word + String(n) }
        return nil
    }

    /// `附件：1.X` (or `附件:1、X`): the list of annexes opens; the number its next line carries.
    static func listStart(_ line: String) -> Int? {
        guard let first = line.unicodeScalars.first(where: { !LabelPadding.containsScalar($0) }), first == "附" else { return nil }
        let chars = Array(line).filter { !LabelPadding.contains($0) }
        guard chars.count > 3, chars[0] == "附", chars[1] == "件", chars[2] == ":" || chars[2] == "：",
              let label = HeadingLabel.parse(Array(chars[3...])), label.style == .arabicDot, label.number == 1 else { return nil }
        return 2
    }

    /// A line of the list of annexes: `2.X`, a short title with the next number and no sentence.
    static func continuesList(_ line: String, number: Int) -> Bool {
        guard HeadingLabel.mayStart(line), line.count <= 80, !line.contains("。"),
              let label = HeadingLabel.parse(Array(line)) else { return false }
        return label.style == .arabicDot && label.number == number
    }
}
