/// Every numeric target of a comparison accounted for, so that no loss hides in a
/// list of dropped sentences: each reference target of an aligned or omitted clause,
/// and each local target of an aligned or added clause, is unchanged, changed (value,
/// comparator, deadline, period or unit), removed or added.
///
/// The Comparer's `numberChanges` are the changes it found inside statements both texts
/// carry; this account keeps them and adds what they leave out: a target whose sentence
/// was dropped (每年选择100户中小微企业开展点对点精准帮扶 gone from the local clause) is
/// `removed` with basis `sentence`, a target of an omitted clause is `removed` with basis
/// `clause`, and the converse for added ones. It is a function of the comparison alone,
/// and idempotent: run on a comparison whose `numberChanges` already hold its entries
/// (a pair JSON read back) it gives the same account.
public struct TargetAccount: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case unchanged, changed, removed, added
    }

    /// What a removal or addition rests on: the number alone left a statement both texts
    /// carry, the statement's sentence went, or the whole clause went.
    public enum Basis: String, Sendable, Equatable {
        case number, sentence, clause
    }

    /// Which part of a changed target changed.
    public enum Aspect: String, Sendable, Equatable, CaseIterable {
        case value, comparator, year, period, unit
    }

    public enum Direction: String, Sendable, Equatable {
        case lower, higher
    }

    public struct Entry: Sendable, Equatable {
        public var status: Status
        public var change: NumberChange
        public var basis: Basis
        public var aspects: [Aspect]
        /// For a changed value in the same unit: the local value below or above the reference's.
        public var direction: Direction?
        /// A share or a rate (%, ‰, …率) set lower: the one kind of "lower" a reader may
        /// treat as a weakening. A count below the reference's is not flagged: a city's
        /// 100户 is its share of a province's 350户.
        public var flagged: Bool
    }

    public var entries: [Entry]

    /// The entries that are not `unchanged`, in the shape of the Comparer's number changes.
    public var numberChanges: [NumberChange] { entries.filter { $0.status != .unchanged }.map(\.change) }

    public func count(_ status: Status) -> Int { entries.filter { $0.status == status }.count }

    /// Reference targets in aligned or omitted clauses.
    public var referenceTotal: Int { entries.filter { $0.change.from != nil }.count }

    /// Share of the reference's targets that the local plan still states (unchanged or changed), 0…1.
    public var coverage: Double {
        let total = referenceTotal
        return total == 0 ? 1 : Double(count(.unchanged) + count(.changed)) / Double(total)
    }

    /// Least indicator similarity (Dice of character bigrams) for an unreported pair of
    /// equal targets to count as the same commitment stated again.
    static let sameIndicator = 0.3

    public init(_ c: Comparison) {
        var reference: [String: Clause] = [:], local: [String: Clause] = [:]
        for clause in c.reference.clauses where reference[clause.id] == nil { reference[clause.id] = clause }
        for clause in c.local.clauses where local[clause.id] == nil { local[clause.id] = clause }
        var used = [Bool](repeating: false, count: c.numberChanges.count)
        var entries: [Entry] = []
        var seenReference = Set<String>(), seenLocal = Set<String>()

        // The changes naming each clause, so that claiming an alignment's changes looks
        // at those, not at every change of the comparison (a long pair has thousands).
        var byClause: [String: [Int]] = [:]
        for (i, n) in c.numberChanges.enumerated() {
            if let r = n.reference { byClause["r" + r, default: []].append(i) }
            if let l = n.local { byClause["l" + l, default: []].append(i) }
        }
        func claim(references: [String], locals: [String], _ test: (NumberChange) -> Bool) -> [NumberChange] {
            let candidates = Set(references.flatMap { byClause["r" + $0] ?? [] } + locals.flatMap { byClause["l" + $0] ?? [] }).sorted()
            var out: [NumberChange] = []
            for i in candidates where !used[i] && test(c.numberChanges[i]) {
                used[i] = true
                out.append(c.numberChanges[i])
            }
            return out
        }

        for a in c.alignments {
            let rIDs = a.reference.filter { seenReference.insert($0).inserted }
            let lIDs = a.local.filter { seenLocal.insert($0).inserted }
            var r = Self.targets(rIDs, reference), l = Self.targets(lIDs, local)
            let reported = claim(references: rIDs, locals: lIDs) { _ in true }
            for n in reported {
                if let from = n.from, let k = r.firstIndex(where: { $0.target == from }) { r.remove(at: k) }
                if let to = n.to, let k = l.firstIndex(where: { $0.target == to }) { l.remove(at: k) }
                entries.append(Self.entry(n, basis: n.change == .changed ? .number : Self.basis(n, a)))
            }
            // Equal targets the Comparer did not report: the same commitment, stated again.
            var unmatched: [(clause: String, target: Target)] = []
            for item in r {
                let k = l.firstIndex { !NumberChangeFinder.differs(item.target, $0.target)
                    && (item.target.text == $0.target.text
                        || Self.dice(item.target.indicator, $0.target.indicator) >= Self.sameIndicator) }
                if let k {
                    let n = NumberChange(reference: item.clause, local: l[k].clause, indicator: item.target.indicator,
                                         from: item.target, to: l[k].target, change: .changed)
                    entries.append(Entry(status: .unchanged, change: n, basis: .number, aspects: [], direction: nil, flagged: false))
                    l.remove(at: k)
                } else {
                    unmatched.append(item)
                }
            }
            for item in unmatched {
                let n = NumberChange(reference: item.clause, local: a.local.first, indicator: item.target.indicator,
                                     from: item.target, to: nil, change: .removed)
                entries.append(Self.entry(n, basis: Self.basis(n, a)))
            }
            for item in l {
                let n = NumberChange(reference: a.reference.first, local: item.clause, indicator: item.target.indicator,
                                     from: nil, to: item.target, change: .added)
                entries.append(Self.entry(n, basis: Self.basis(n, a)))
            }
        }
        // A clause that went (or came) whole takes all its targets with it.
        func wholeClause(_ id: String, removed: Bool) {
            var left = Self.targets([id], removed ? reference : local)
            for n in claim(references: removed ? [id] : [], locals: removed ? [] : [id], {
                (removed ? $0.reference : $0.local) == id && $0.change == (removed ? .removed : .added)
            }) {
                if let t = removed ? n.from : n.to, let k = left.firstIndex(where: { $0.target == t }) { left.remove(at: k) }
                entries.append(Self.entry(n, basis: .clause))
            }
            for item in left {
                let t = item.target
                entries.append(Self.entry(NumberChange(reference: removed ? id : nil, local: removed ? nil : id, indicator: t.indicator,
                                                       from: removed ? t : nil, to: removed ? nil : t,
                                                       change: removed ? .removed : .added), basis: .clause))
            }
        }
        for id in c.omissions where seenReference.insert(id).inserted { wholeClause(id, removed: true) }
        for id in c.additions where seenLocal.insert(id).inserted { wholeClause(id, removed: false) }
        // Whatever the Comparer reported about clauses the account did not reach stays listed.
        for (i, n) in c.numberChanges.enumerated() where !used[i] { entries.append(Self.entry(n, basis: .number)) }
        self.entries = entries
    }

    static func targets(_ ids: [String], _ clauses: [String: Clause]) -> [(clause: String, target: Target)] {
        ids.flatMap { id in (clauses[id]?.targets ?? []).map { (clause: id, target: $0) } }
    }

    /// A removal whose phrase lies in one of the alignment's dropped sentences lost its
    /// sentence; otherwise only the number left the statement. The converse for additions.
    static func basis(_ n: NumberChange, _ a: Alignment) -> Basis {
        if let from = n.from, n.change == .removed {
            return a.droppedSentences.contains { overlaps($0, from.text) } ? .sentence : .number
        }
        if let to = n.to, n.change == .added {
            return a.addedSentences.contains { overlaps($0, to.text) } ? .sentence : .number
        }
        return .number
    }

    /// One text holds the other; by scalars when both are plain (`PlainScalars`), where a
    /// scalar search finds what the string search finds at a fraction of its cost.
    static func overlaps(_ a: String, _ b: String) -> Bool {
        guard !a.isEmpty, !b.isEmpty, PlainScalars.isPlain(a), PlainScalars.isPlain(b) else {
            return a.contains(b) || b.contains(a)
        }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        return PlainScalars.contains(x, y) || PlainScalars.contains(y, x)
    }

    static func entry(_ n: NumberChange, basis: Basis) -> Entry {
        let status: Status = n.change == .changed ? .changed : (n.change == .removed ? .removed : .added)
        guard n.change == .changed, let from = n.from, let to = n.to else {
            return Entry(status: status, change: n, basis: basis, aspects: [], direction: nil, flagged: false)
        }
        var aspects: [Aspect] = []
        if from.value != to.value || from.valueMax != to.valueMax { aspects.append(.value) }
        if from.comparator != to.comparator { aspects.append(.comparator) }
        if from.year != to.year { aspects.append(.year) }
        if from.period != to.period { aspects.append(.period) }
        if from.unit != to.unit { aspects.append(.unit) }
        var direction: Direction?
        if from.unit == to.unit, from.value != to.value { direction = to.value < from.value ? .lower : .higher }
        let flagged = direction == .lower && isShare(from)
        return Entry(status: status, change: n, basis: basis, aspects: aspects, direction: direction, flagged: flagged)
    }

    /// A share or a quality rate: per cent, per mille, or an indicator named a 率 (合格率, 覆盖率).
    public static func isShare(_ t: Target) -> Bool {
        t.unit == "%" || t.unit == "‰" || t.unit == "％" || t.indicator.contains("率")
    }

    static func dice(_ a: String, _ b: String) -> Double {
        func bigrams(_ s: String) -> Set<String> {
            let c = Array(s)
            guard c.count > 1 else { return Set(c.map(String.init)) }
            return Set((0..<(c.count - 1)).map { String(c[$0...($0 + 1)]) })
        }
        let x = bigrams(a), y = bigrams(b)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }
}
