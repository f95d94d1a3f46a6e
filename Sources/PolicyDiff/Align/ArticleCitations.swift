import Foundation

/// Which articles of the reference a local clause cites by number.
///
/// A provincial 实施办法 often says which national article it details:
/// 依照《中华人民共和国消费者权益保护法》第五十五条的规定, 根据《…法》第二十条第二款.
/// That is the strongest evidence two articles correspond, stronger than shared
/// wording (the local article may rewrite the rule for a sector of its own).
///
/// The segmenter fills `Clause.references`; where it has not (a segmenter that does
/// not read them, or a document segmented before it did), the same citations are read
/// here from the text with a deliberately small rule: a title in 《》 followed at once by
/// one or more 第X条. Swap `cited(by:)` to read `references` alone once every
/// segmenter fills them.
enum ArticleCitations {
    /// Article labels (第五十五条) of the document titled `referenceTitle` cited by `clause`.
    static func cited(by clause: Clause, referenceTitle: String?) -> [String] {
        guard let referenceTitle, !referenceTitle.isEmpty else { return [] }
        let citations: [(document: String?, article: String?)] = clause.references.isEmpty
            ? fromText(clause.text)
            : clause.references.map { ($0.document, $0.article) }
        var out: [String] = []
        for c in citations {
            // A citation without a title is to the citing document itself (本办法第三条).
            guard let document = c.document, let article = c.article,
                  sameDocument(document, referenceTitle), !out.contains(article) else { continue }
            out.append(article)
        }
        return out
    }

    /// The reference's title: from its metadata, or else the first line of its preamble
    /// (a law opens with its title, and the metadata reader may not have taken it).
    static func title(of document: Document) -> String? {
        if let t = document.metadata.title, !t.isEmpty { return t }
        guard let preamble = document.clauses.first(where: { $0.kind == .preamble }) else { return nil }
        return preamble.text.split(separator: "\n").lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    }

    /// Titles are cited in full or without the state's name (《农民专业合作社法》 for
    /// 《中华人民共和国农民专业合作社法》); a manifest title may carry 《》 or a year.
    static func sameDocument(_ cited: String, _ title: String) -> Bool {
        let a = shortTitle(cited), b = shortTitle(title)
        guard a.count >= 4, b.count >= 4 else { return false }
        return a == b || b.hasSuffix(a) || a.hasSuffix(b)
    }

    static func shortTitle(_ title: String) -> String {
        var t = String(title.filter { $0 != "《" && $0 != "》" && !$0.isWhitespace })
        for prefix in TitleWords.statePrefixes where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        return t
    }

    /// 《title》第X条[、第Y条][第Z款]…: each title with the articles written right after it.
    static func fromText(_ text: String) -> [(document: String?, article: String?)] {
        guard text.unicodeScalars.contains("《") else { return [] }
        let chars = Array(text)
        var out: [(String?, String?)] = []
        var i = 0
        while i < chars.count {
            guard chars[i] == "《", let close = chars[i...].firstIndex(of: "》") else { i += 1; continue }
            let title = String(chars[(i + 1)..<close])
            var j = close + 1
            // 第X条, then optional 第Y款/第Z项, then 、 or 和 or 及 before another 第X条.
            while j < chars.count, chars[j] == "第" || chars[j] == "笫" {
                var k = j + 1
                while k < chars.count, ChineseNumeral.isNumeralCharacter(chars[k]) { k += 1 }
                guard k > j + 1, k < chars.count else { break }
                if chars[k] == "条" {
                    out.append((title, "第" + String(chars[(j + 1)..<k]) + "条"))
                } else if chars[k] != "款" && chars[k] != "项" {
                    break
                }
                j = k + 1
                if j < chars.count, TitleWords.articleListJoiners.contains(chars[j]),
                   j + 1 < chars.count, chars[j + 1] == "第" { j += 1 }
            }
            i = close + 1
        }
        return out
    }

    enum TitleWords {
        /// The state's name in front of a national law's title, left out when it is cited.
        static let statePrefixes = ["中华人民共和国"]
        /// Between two cited articles: 第十条、第十一条 / 第十条和第十一条.
        static let articleListJoiners: Set<Character> = ["、", "和", "及"]
    }
}
