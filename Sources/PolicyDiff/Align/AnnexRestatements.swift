/// An annex that restates the body of its own document takes the body's counterparts.
///
/// A district plan often repeats its tasks in annexes: detailed rules (细则) one per
/// task, a task table (重点任务分解表, 分工表) one row per task with its offices. A row
/// says 落实土方调度、价格指导 and little else; read against the plan above, it shares
/// a few words with several reference clauses and with none enough to tell which.
/// Read against its own document's body, it is plainly the task it restates (same
/// title, same words). So each annex clause is matched with the body clause it
/// restates, and the two share their reference counterparts: the row takes the
/// counterparts of its task, and a body task left unpaired takes those of an annex
/// rule that restates it in wording closer to the reference. The row's own weak
/// guesses give way to its task's counterparts.
///
/// A body clause is the restated task when it is the annex clause's best body clause,
/// its score reaches `AlignmentThresholds.chain` (what an in-order pair needs) or the
/// body clause holds most of the annex clause's wording (`split`: a row is a piece of
/// its task), and it leads the next body clause clearly (`weakMargin`).
enum AnnexRestatements {
    static func apply(to edges: [OrderAwareAligner.Edge], local: Document, localProfiles: [ClauseProfile],
                      referenceProfiles: [ClauseProfile], weights: NGramWeights,
                      thresholds: AlignmentThresholds) -> [OrderAwareAligner.Edge] {
        // The annex's own heading line (附件3 with its title and the table's header row) is no task.
        let annex = localProfiles.indices.filter {
            let clause = local.clauses[localProfiles[$0].index]
            return !localProfiles[$0].isFraming && isAnnex(clause) && clause.path.count > 1
        }
        guard !annex.isEmpty else { return edges }
        let body = localProfiles.indices.filter { !localProfiles[$0].isFraming && !isAnnex(local.clauses[localProfiles[$0].index]) }
        guard !body.isEmpty else { return edges }
        let candidates = CandidatePairs(reference: body.map { localProfiles[$0] }, local: annex.map { localProfiles[$0] }, weights: weights)
        var byAnnex: [Int: [PairScore]] = [:]
        for p in candidates.pairs { byAnnex[p.local, default: []].append(p) }
        var restates: [Int: (task: Int, score: Double)] = [:]  // annex profile → the body task it restates
        for (a, list) in byAnnex {
            let ranked = list.sorted { $0.score != $1.score ? $0.score > $1.score : $0.reference < $1.reference }
            // A row (or a rule) that names its task — the 工作任务 cell, the rule's heading —
            // restates that task whatever else it says: the longest task title it contains.
            let text = local.clauses[localProfiles[annex[a]].index].text
            // Only the closest few body clauses are read for their title (a text search each).
            let named = ranked.prefix(Self.titleCandidates).compactMap { p -> (pair: PairScore, title: Int)? in
                guard let title = localProfiles[body[p.reference]].title, title.count >= Self.shortestTaskTitle,
                      text.contains(title) else { return nil }
                return (p, title.count)
            }.max { ($0.title, $1.pair.score) < ($1.title, $0.pair.score) }
            if let named {
                restates[annex[a]] = (body[named.pair.reference], max(named.pair.score, thresholds.match))
                continue
            }
            guard let top = ranked.first else { continue }
            let second = ranked.count > 1 ? ranked[1].score : 0
            guard top.score >= thresholds.chain || top.localCoverage >= thresholds.split || top.referenceCoverage >= thresholds.split,
                  top.score - second >= thresholds.weakMargin else { continue }
            restates[annex[a]] = (body[top.reference], top.score)
        }
        guard !restates.isEmpty else { return edges }
        // An annex clause keeps the pairs of its own that are as strong as its restatement
        // of the task (a rule in the reference's own words) or a copy (`match`); one paired
        // on less takes its task's counterparts instead, and a task paired with nothing
        // takes its annex clause's own pairs.
        var all: [Int: Set<Int>] = [:]  // local profile → reference profiles
        var best: [Int: Double] = [:]  // local profile → its strongest pair
        for e in edges {
            all[e.local, default: []].insert(e.reference)
            best[e.local] = max(best[e.local] ?? 0, e.pair.score)
        }
        var takes: [(annex: Int, task: Int, references: [Int])] = []
        var gives: [(task: Int, annex: Int, references: [Int])] = []
        for (a, restated) in restates.sorted(by: { $0.key < $1.key }) {
            let b = restated.task
            let keepsOwn = (best[a] ?? 0) >= min(thresholds.match, restated.score)
            if !keepsOwn, let task = all[b] {
                takes.append((a, b, task.sorted()))
            } else if all[b] == nil, keepsOwn, let mine = all[a] {
                gives.append((b, a, mine.sorted()))
            }
        }
        let replaced = Set(takes.map(\.annex))
        var out = edges.filter { !replaced.contains($0.local) }
        func add(_ r: Int, _ l: Int, via b: Int) {
            let pair = ClauseSimilarity.score(referenceProfiles[r], localProfiles[l], referenceIndex: r, localIndex: l, weights: weights)
            out.append(OrderAwareAligner.Edge(reference: r, local: l, kind: .restated, pair: pair, restates: b))
        }
        for t in takes { for r in t.references { add(r, t.annex, via: t.task) } }
        for g in gives { for r in g.references { add(r, g.task, via: g.annex) } }
        return out
    }

    /// Body clauses, closest first, whose titles are looked for in an annex clause.
    static let titleCandidates = 3

    /// Fewest characters of a task title for its occurrence in an annex clause to name the task.
    static let shortestTaskTitle = 4

    /// The clause sits in an annex (附件, 附件2 …) of its document.
    static func isAnnex(_ clause: Clause) -> Bool {
        clause.path.first?.hasPrefix(AnnexHeading.word) ?? false
    }
}
