/// Turns aligner edges into the alignments a researcher reads: one reference clause
/// with the local clauses it was spread over, or one local clause with the reference
/// clauses it merges, or a plain pair.
///
/// Connected edges are cut into stars (the clause with most edges first) rather than
/// reported as one block: reference 2 → local 2 and reference 3 → local 4 plus a
/// borrowed sentence reference 2 → local 4 is not a claim that local 2 carries reference 3.
enum AlignmentGroups {
    struct Group {
        var reference: [Int]
        var local: [Int]
        var edges: [OrderAwareAligner.Edge]
    }

    static func groups(of edges: [OrderAwareAligner.Edge]) -> [Group] {
        var remaining = edges
        var groups: [Group] = []
        while !remaining.isEmpty {
            var referenceDegree: [Int: Int] = [:], localDegree: [Int: Int] = [:]
            for e in remaining { referenceDegree[e.reference, default: 0] += 1; localDegree[e.local, default: 0] += 1 }
            // The centre: highest degree, reference side first on ties, lowest index.
            let bestReference = referenceDegree.max { ($0.value, -$0.key) < ($1.value, -$1.key) }
            let bestLocal = localDegree.max { ($0.value, -$0.key) < ($1.value, -$1.key) }
            let useReference = (bestReference?.value ?? 0) >= (bestLocal?.value ?? 0)
            let star: [OrderAwareAligner.Edge]
            if useReference, let centre = bestReference?.key {
                star = remaining.filter { $0.reference == centre }
                remaining.removeAll { $0.reference == centre }
            } else if let centre = bestLocal?.key {
                star = remaining.filter { $0.local == centre }
                remaining.removeAll { $0.local == centre }
            } else {
                break
            }
            groups.append(Group(reference: Array(Set(star.map(\.reference))).sorted(),
                                local: Array(Set(star.map(\.local))).sorted(), edges: star))
        }
        // Reading order of the local plan, then of the reference.
        return groups.sorted { ($0.local.first ?? 0, $0.reference.first ?? 0) < ($1.local.first ?? 0, $1.reference.first ?? 0) }
    }
}
