/// The start of an annex (附件, 附件1, 附件 2): after the signature, official
/// documents append annexes (indicator tables, lists) whose numbering starts
/// afresh. An annex becomes a top-level clause of its own, its items below it.
///
/// Only the line that stands alone counts: `附件：三级公立医院绩效考核指标` in the
/// body is the list of annexes (附件说明), not the annex itself.
import Foundation

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

    /// `附件1：青浦区建筑垃圾管理细则` — a numbered annex with its title on the same line:
    /// the annex's label, number and title. Whether it opens the annex or is a line of the
    /// list of annexes is decided by what follows (`SegmentationPass`).
    static func titled(_ line: String) -> (label: String, number: Int, title: String)? {
        guard let first = line.unicodeScalars.first(where: { !LabelPadding.containsScalar($0) }), first == "附" else { return nil }
        let chars = Array(line).drop { LabelPadding.contains($0) }
        guard chars.count > 4, chars.count <= 80, chars[chars.startIndex] == "附", chars[chars.startIndex + 1] == "件",
              !chars.contains("。") else { return nil }
        var k = chars.startIndex + 2
        var digits: [Character] = []
        while k < chars.endIndex, ArabicDigit.value(chars[k]) != nil || ChineseNumeral.isNumeralCharacter(chars[k]) {
            digits.append(chars[k])
            k += 1
        }
        guard !digits.isEmpty, let n = ArabicDigit.number(digits) ?? ChineseNumeral.value(of: digits),
              k < chars.endIndex, chars[k] == "：" || chars[k] == ":" else { return nil }
        let title = characterString(chars[(k + 1)...]).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return nil }
        return (word + String(n), n, title)
    }
}
