/// Whether a document is written as a regulation (第X条 articles) rather than a plan.
enum RegulationShape {
    /// 第X条 (or 第X条之一), the label of an article; 笫 is a common misprint of 第.
    static func isArticleLabel(_ label: String) -> Bool {
        guard let first = label.first, first == "第" || first == "笫" else { return false }
        let body = label.dropFirst()
        guard let tiao = body.firstIndex(of: "条"), tiao > body.startIndex else { return false }
        return body[..<tiao].allSatisfy(ChineseNumeral.isNumeralCharacter)
    }

    /// The article a clause belongs to (itself, or the article above an item), nil for plan clauses.
    static func article(of clause: Clause) -> String? {
        clause.path.last(where: isArticleLabel)
    }

    /// Most of the clauses that take part sit in articles.
    static func isRegulation(_ document: Document, profiles: [ClauseProfile]) -> Bool {
        let numbered = profiles.filter { !$0.isFraming }
        guard !numbered.isEmpty else { return false }
        let inArticles = numbered.filter { article(of: document.clauses[$0.index]) != nil }.count
        return inArticles * 2 > numbered.count
    }
}
