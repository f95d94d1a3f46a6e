import Foundation

/// Finds the documents a text names: every 《title》 (and 〈title〉 inside a transmitting
/// notice's title), the document number written after it (（国发〔2018〕42号）), and whether
/// the words just before say the text implements it (根据, 贯彻落实, 实施…).
enum CitationScanner {
    /// Words before a citation that make it the document implemented. A researcher can extend
    /// the list; the genre writes these within a few characters of the 《.
    static let implementingCues = ["根据", "依据", "按照", "贯彻落实", "贯彻", "落实", "实施", "执行", "结合"]
    /// How far before the 《 a cue may stand (为全面贯彻落实党中央、国务院《…》).
    static let cueReach = 12

    static func citations(in text: String) -> [CitedDocument] {
        let s = Array(text)
        var out: [CitedDocument] = []
        var i = 0
        while i < s.count {
            guard s[i] == "《" || s[i] == "〈" else { i += 1; continue }
            let close: Character = s[i] == "《" ? "》" : "〉"
            guard let end = s[(i + 1)...].prefix(120).firstIndex(of: close) else { i += 1; continue }
            let title = String(s[(i + 1)..<end])
            let before = String(s[max(0, i - cueReach)..<i])
            let cue: CitedDocument.Cue = implementingCues.contains { before.contains($0) } ? .implements : .plain
            let after = String(s[(end + 1)...].prefix(24))
            let number = DocumentNumberPattern.first(in: after, within: 3)
            if title.count >= 4, !out.contains(where: { $0.title == title }) {
                out.append(CitedDocument(title: title, number: number, cue: cue))
            }
            i = end + 1
        }
        return out
    }
}

/// A document number: issuer abbreviation, 〔year〕 (or [year], (year)), number, 号.
enum DocumentNumberPattern {
    static let opening: Set<Character> = ["〔", "[", "［", "(", "（"]
    static let closing: Set<Character> = ["〕", "]", "］", ")", "）"]

    /// The first number starting within `within` characters of the start of `text`.
    static func first(in text: String, within: Int) -> String? {
        let s = Array(text)
        for open in s.indices where opening.contains(s[open]) {
            guard open + 6 < s.count else { break }
            let year = s[(open + 1)...(open + 4)]
            guard year.allSatisfy({ $0.isASCII && $0.isNumber }), closing.contains(s[open + 5]) else { continue }
            var k = open + 6
            while k < s.count, s[k].isASCII, s[k].isNumber { k += 1 }
            guard k > open + 6, k < s.count, s[k] == "号" else { continue }
            var start = open
            while start > 0, isIssuerCharacter(s[start - 1]) { start -= 1 }
            guard start < open, start <= within + 8 else { continue }
            return String(s[start...k])
        }
        return nil
    }

    static func isIssuerCharacter(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else { return false }
        return (0x4E00...0x9FFF).contains(v)
    }
}
