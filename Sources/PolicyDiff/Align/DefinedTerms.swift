/// The terms a clause defines: 本法所称农民专业合作社，是指… / 本办法所称预付凭证，是指….
///
/// A law and the 实施办法 below it define their key terms in the same words, often in
/// articles that otherwise share little (the local one narrows the definition to its
/// region), so a term both define points from one to the other.
enum DefinedTerms {
    /// What introduces a definition in the genre: 本法/本条例/本办法/本规定/本意见 + 所称.
    static let introducer = "所称"
    /// What ends the term: a comma, 是指 / 指 / 包括, or the end of the sentence.
    static let terminators: [String] = ["，", ",", "是指", "指", "包括", "。", "；", "、"]
    /// How the genre names the document itself after 本.
    static let documentWords = ["法", "条例", "办法", "规定", "细则", "意见", "方案", "决定"]
    /// Longest term read; longer runs are sentences, not terms.
    static let maximumLength = 20

    static func terms(in text: String) -> [String] {
        // Most clauses define nothing: look for 所称 by scalars before any string search.
        var previous: Unicode.Scalar = " "
        var found = false
        for s in text.unicodeScalars {
            if previous == "所" && s == "称" { found = true; break }
            previous = s
        }
        guard found else { return [] }
        var out: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: introducer) {
            // Only the document's own definitions (本法所称 / 本办法所称), not a word defined
            // for one article (本条所称 / 前款所称).
            let before = rest[..<range.lowerBound]
            let isDocumentWide = documentWords.contains { before.hasSuffix("本" + $0) }
            var term = rest[range.upperBound...]
            if term.hasPrefix("的") { term = term.dropFirst() }
            let end = terminators.compactMap { term.range(of: $0)?.lowerBound }.min() ?? term.endIndex
            let word = String(term[..<end])
            if isDocumentWide, !word.isEmpty, word.count <= maximumLength, !out.contains(word) { out.append(word) }
            rest = rest[range.upperBound...]
        }
        return out
    }
}
