import Foundation

/// Each document's index card made once per run, so the pairs that share a document
/// share its card's storage, and made as small as the index page allows: a run of
/// 10,000 documents holds every card until index.html is written.
///
/// The page names a document's clauses only in the coverage matrix of a document
/// others implement, so the other cards keep no clause names; and it shows targets
/// by indicator, value and unit, never by the phrase they were read from.
final class CardShelf: @unchecked Sendable {
    private let lock = NSLock()
    private var cards: [String: DocumentCard] = [:]
    private let namingClauses: Set<String>

    /// `namingClauses`: the documents that are the reference of a pair other than a peer pair.
    init(namingClausesOf namingClauses: Set<String>) {
        self.namingClauses = namingClauses
    }

    func card(of document: Document) -> DocumentCard {
        lock.lock()
        if let card = cards[document.id] { lock.unlock(); return card }
        lock.unlock()
        let card = DocumentCard(document).compacted(namingClauses: namingClauses.contains(document.id))
        lock.lock(); defer { lock.unlock() }
        if let existing = cards[document.id] { return existing }
        cards[document.id] = card
        return card
    }
}

/// The same for `policydiff index`, which reads the pairs' JSON one by one: each
/// document's card kept once (the pairs naming it share it), and its clause names
/// dropped at the end unless the page needs them.
struct ReadCards {
    private var cards: [String: DocumentCard] = [:]

    mutating func add(_ summary: PairSummary) -> PairSummary {
        var summary = summary.compacted()
        summary.reference = shared(summary.reference)
        summary.local = shared(summary.local)
        return summary
    }

    private mutating func shared(_ card: DocumentCard) -> DocumentCard {
        if let kept = cards[card.id] { return kept }
        let kept = card.compacted(namingClauses: true)
        cards[card.id] = kept
        return kept
    }

    /// The summaries with the cards the page needs.
    func finished(_ summaries: [PairSummary]) -> [PairSummary] {
        let naming = Set(summaries.filter { $0.relation != .peer }.map(\.reference.id))
        let final = cards.mapValues { $0.compacted(namingClauses: naming.contains($0.id)) }
        return summaries.map { s in
            var s = s
            s.reference = final[s.reference.id] ?? s.reference
            s.local = final[s.local.id] ?? s.local
            return s
        }
    }
}

extension DocumentCard {
    /// The card as the index reads it: clause names only when asked, targets without their phrase.
    func compacted(namingClauses: Bool) -> DocumentCard {
        var card = self
        if !namingClauses { card.clauseNames = [:] }
        card.targets = targets.map(\.withoutPhrase)
        return card
    }
}

extension PairSummary {
    /// The summary as the index reads it: number changes without the phrases of their targets.
    func compacted() -> PairSummary {
        var summary = self
        summary.numberChangeList = numberChangeList.map { n in
            var n = n
            n.from = n.from?.withoutPhrase
            n.to = n.to?.withoutPhrase
            return n
        }
        return summary
    }
}

extension Target {
    var withoutPhrase: Target {
        var t = self
        t.text = ""
        return t
    }
}
