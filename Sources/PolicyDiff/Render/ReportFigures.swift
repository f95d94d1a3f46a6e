/// The figures every report states about a pair, computed once so that the pair page,
/// the JSON, the CSV and the index say the same thing: coverage of the reference's
/// clauses, of its measures (sentences) and of its targets, and the target account.
///
/// Three coverages, because one can hide what another shows: a local plan that keeps
/// every clause but cuts half their sentences has 100% clause coverage and 50% of its
/// measures; a plan that keeps the wording but drops the numbers keeps its measures and
/// loses its targets.
public struct ReportFigures: Sendable, Equatable {
    public struct Share: Sendable, Equatable {
        public var total: Int
        public var carried: Int
        public var share: Double { total == 0 ? 1 : Double(carried) / Double(total) }
    }

    public var clauses: Share
    public var measures: Share
    public var targets: TargetAccount

    public init(_ c: Comparison) {
        let framing = ReportSummary.framing(of: c.reference)
        let aligned = Set(c.alignments.flatMap(\.reference)).subtracting(framing)
        clauses = Share(total: aligned.count + c.omissions.count, carried: aligned.count)
        var byID: [String: Clause] = [:]
        for clause in c.reference.clauses where byID[clause.id] == nil { byID[clause.id] = clause }
        // Per alignment, so that a sentence the two counts cut differently cannot make
        // one alignment's loss larger than what it held.
        func sentences(_ ids: [String]) -> Int { ids.reduce(0) { $0 + (byID[$1].map(MeasureCount.sentences) ?? 0) } }
        var total = 0, carried = 0
        for a in c.alignments where !a.reference.allSatisfy(framing.contains) {
            let held = max(sentences(a.reference.filter { !framing.contains($0) }), a.droppedSentences.count)
            total += held
            carried += held - a.droppedSentences.count
        }
        total += sentences(c.omissions)
        measures = Share(total: total, carried: carried)
        targets = TargetAccount(c)
    }
}

/// How many measures (sentences) a clause states, counted as the Comparer's sentence
/// account counts them: split at 。；！？ and line ends, the heading's label and title and
/// the responsibility tag left out, fragments under six characters not counted.
enum MeasureCount {
    static let ends = Set(SentenceAccount.sentenceEndScalars.map(Character.init))
    static let minimumLength = SentenceAccount.minimumLength

    static func sentences(_ clause: Clause) -> Int {
        let tags = clause.assignments.map(\.text).filter { !$0.isEmpty }
        if PlainScalars.isPlain(clause.text), tags.allSatisfy(PlainScalars.isPlain),
           clause.label.map(PlainScalars.isPlain) ?? true, clause.title.map(PlainScalars.isPlain) ?? true {
            return plainSentences(clause, tags: tags)
        }
        var text = clause.text
        for a in clause.assignments where !a.text.isEmpty { text = text.replacingOccurrences(of: a.text, with: "") }
        if let label = clause.label, text.hasPrefix(label) { text.removeFirst(label.count) }
        let title = clause.title.map(matchable)
        var count = 0
        var current = ""
        func flush() {
            let m = matchable(current)
            current = ""
            guard m.count >= minimumLength, m != title else { return }
            count += 1
        }
        for ch in text {
            if ends.contains(ch) { flush() } else { current.append(ch) }
        }
        flush()
        return count
    }

    /// `sentences` of a clause whose texts are all plain (`PlainScalars`): the same count
    /// from scalars, without Foundation's search or grapheme breaking (a tenth of a corpus
    /// run's time went to counting the same sentences as Characters).
    static func plainSentences(_ clause: Clause, tags: [String]) -> Int {
        var text = Array(clause.text.unicodeScalars)
        for tag in tags { text = PlainScalars.removing(Array(tag.unicodeScalars), from: text) }
        if let label = clause.label.map({ Array($0.unicodeScalars) }), text.starts(with: label) { text.removeFirst(label.count) }
        let title = clause.title.map { Array($0.unicodeScalars).filter(PlainScalars.isAlphanumeric) }
        var count = 0
        var current: [Unicode.Scalar] = []
        func flush() {
            if current.count >= minimumLength, current != title { count += 1 }
            current.removeAll(keepingCapacity: true)
        }
        for s in text {
            if isEnd(s) { flush() } else if PlainScalars.isAlphanumeric(s) { current.append(s) }
        }
        flush()
        return count
    }

    /// `ends` as scalar values (each is one scalar), looked up without hashing.
    private static let endValues: [UInt32] = ends.map { $0.unicodeScalars.first!.value }.sorted()

    static func isEnd(_ s: Unicode.Scalar) -> Bool { endValues.contains(s.value) }

    /// Letters and digits only: punctuation and spaces do not make a sentence longer.
    static func matchable(_ s: String) -> String {
        ScalarText.string(s.unicodeScalars.filter(PlainScalars.isAlphanumeric))
    }
}
