import Foundation

/// One inferred "implements" link and why.
public struct DiscoveredParent: Sendable, Equatable {
    public var child: String
    public var parent: String
    /// 0…1: how sure the evidence makes it (a cited document number is near certain; shared wording alone less so).
    public var confidence: Double
    /// One line each, for the manifest's comments.
    public var evidence: [String]
}

/// Finds, for every document of a folder, the document it implements.
///
/// The evidence, in the order a researcher trusts it: the parent's document number cited
/// in the text; its title cited (根据《…》); and for a text that cites nothing found in the
/// folder, shared wording. A parent is always at a higher administrative level than its
/// child when both levels are known. When several fit, the closest ancestor wins: a city
/// plan that follows its province's wording at least as closely as the national text's
/// implements the province's plan (which itself implements the national one).
public struct ParentFinder: Sendable {
    /// Least share of the smaller document's sampled wording found in the other for shared
    /// wording alone to make a link. Measured on the bundled families and nine State Council
    /// pages: documents of the genre on different subjects share at most 9%; a local text
    /// and the one it implements 17–67% (a provincial law's 实施办法 restates least).
    public var minimumOverlap = 0.15
    /// Least overlap for a cited title that several documents carry to pick one by wording.
    public var minimumTitleOverlap = 0.05

    public init() {}

    public struct Result: Sendable {
        public var parents: [DiscoveredParent]
        /// Documents whose text is a copy of another's: id → the id kept.
        public var duplicates: [String: String]
    }

    public func find(_ sketches: [DocumentSketch], jobs: Int = 0) -> Result {
        let jobs = jobs > 0 ? jobs : max(ProcessInfo.processInfo.activeProcessorCount, 1)
        let n = sketches.count
        var duplicates: [String: String] = [:]
        var firstWithHash: [UInt64: Int] = [:]
        var isCopy = [Bool](repeating: false, count: n)
        for (i, s) in sketches.enumerated() {
            if let first = firstWithHash[s.textHash] { duplicates[s.id] = sketches[first].id; isCopy[i] = true }
            else { firstWithHash[s.textHash] = i }
        }
        let byNumber = index(sketches, isCopy) { $0.docNumber.map(CitationMatcher.normalized) }
        var byTitle = index(sketches, isCopy) { $0.title.map(CitationMatcher.normalized) }
        // 中共中央、国务院关于…的指导意见 is cited as 《关于…的指导意见》 too: index the part from 关于.
        for (k, v) in index(sketches, isCopy, { $0.title.map(CitationMatcher.normalized).flatMap(Self.fromAbout) }) {
            byTitle[k] = Array(Set((byTitle[k] ?? []) + v)).sorted()
        }
        let similar = ParentCandidates.candidates(sketches)
        let titles = byTitle, copies = isCopy

        // Every admissible parent of each document, with its evidence (in parallel; each
        // document's list lands in its own slot).
        let fits = ParallelMap.run(count: n, jobs: jobs) { i -> [Fit] in
            guard !copies[i] else { return [] }
            let child = sketches[i]
            var found: [Int: Fit] = [:]
            func overlap(_ j: Int) -> Double { Self.overlap(child, sketches[j]) }
            for cite in child.citations {
                let numberKey = cite.number.map(CitationMatcher.normalized) ?? ""
                for j in byNumber[numberKey] ?? [] where j != i && admissible(sketches[j], below: child, cited: true) {
                    found[j, default: Fit(index: j, overlap: overlap(j))].byNumber = cite
                }
                let title = CitationMatcher.normalized(cite.title)
                guard title.count >= 6 else { continue }
                let keys = Set([title] + (Self.fromAbout(title).map { [$0] } ?? []))
                let holders = Array(Set(keys.flatMap { titles[$0] ?? [] })).sorted().filter {
                    $0 != i && admissible(sketches[$0], below: child, cited: true) && consistent(cite, with: sketches[$0])
                }
                for j in holders {
                    var fit = found[j, default: Fit(index: j, overlap: overlap(j))]
                    fit.byTitle = cite
                    fit.titleShared = holders.count
                    found[j] = fit
                }
            }
            for (j, _) in similar[i] where !copies[j] && found[j] == nil {
                let o = overlap(j)
                guard o >= minimumOverlap, admissible(sketches[j], below: child, cited: false),
                      namesPlace(of: sketches[j], in: child) else { continue }
                found[j] = Fit(index: j, overlap: o)
            }
            // A title several documents carry (关于开展质量提升行动实施方案) is settled by wording and place.
            return found.values.filter { fit in
                if fit.byNumber != nil { return true }
                if fit.byTitle != nil {
                    return fit.titleShared == 1 || (fit.overlap >= minimumTitleOverlap && namesPlace(of: sketches[fit.index], in: child))
                }
                return true
            }.sorted { $0.index < $1.index }
        }

        // The best fit of each, then the closest ancestor among its fits.
        var chosen = [Int?](repeating: nil, count: n)
        for i in 0..<n { chosen[i] = fits[i].max(by: { $0.strength < $1.strength || ($0.strength == $1.strength && $0.index > $1.index) })?.index }
        var followed = [String?](repeating: nil, count: n)
        for i in 0..<n {
            guard var current = chosen[i] else { continue }
            // Walk down while a fit below the current parent is one of its children and carries the
            // child's wording at least as well (bounded: a chain of levels is short).
            for _ in 0..<4 {
                let currentOverlap = fits[i].first { $0.index == current }?.overlap ?? 0
                let closer = fits[i].filter { chosen[$0.index] == current && $0.overlap >= currentOverlap && $0.index != i }
                guard let next = closer.max(by: { ($0.overlap, -$0.index) < ($1.overlap, -$1.index) }) else { break }
                followed[i] = "follows the wording of \(sketches[next.index].id) (\(Self.percent(next.overlap)) shared) more than of \(sketches[current].id) (\(Self.percent(currentOverlap)))"
                current = next.index
            }
            chosen[i] = current
        }

        var parents: [DiscoveredParent] = []
        for i in 0..<n {
            guard let j = chosen[i], let fit = fits[i].first(where: { $0.index == j }) else { continue }
            var evidence: [String] = []
            if let c = fit.byNumber { evidence.append("cites its number \(c.number ?? "")") }
            if let c = fit.byTitle {
                evidence.append("cites its title 《\(c.title)》" + (c.cue == .implements ? " as implemented (根据/落实…)" : "")
                                + (fit.titleShared > 1 ? "; \(fit.titleShared) documents carry that title, this one by wording and place" : ""))
            }
            evidence.append("shares \(Self.percent(fit.overlap)) of the sampled wording")
            if let f = followed[i] { evidence.append(f) }
            evidence.append("levels: \(sketches[j].level.rawValue) → \(sketches[i].level.rawValue)")
            parents.append(DiscoveredParent(child: sketches[i].id, parent: sketches[j].id,
                                            confidence: fit.confidence, evidence: evidence))
        }
        return Result(parents: parents, duplicates: duplicates)
    }

    struct Fit {
        var index: Int
        var overlap: Double
        var byNumber: CitedDocument?
        var byTitle: CitedDocument?
        var titleShared = 0

        /// Number before title before wording; within each, more shared wording first.
        var strength: Double {
            (byNumber != nil ? 4 : 0) + (byTitle != nil ? (byTitle?.cue == .implements ? 2.5 : 2) : 0) + overlap
        }

        var confidence: Double {
            if byNumber != nil { return 0.95 }
            if let t = byTitle { return titleShared > 1 ? 0.7 : (t.cue == .implements ? 0.9 : 0.8) }
            return min(0.8, 0.3 + overlap)
        }
    }

    /// A parent stands above its child. Unknown levels allow a cited link; shared wording
    /// alone needs the parent's level known and above (it cannot tell who restates whom).
    func admissible(_ parent: DocumentSketch, below child: DocumentSketch, cited: Bool) -> Bool {
        let p = CitationMatcher.rank(parent.level), c = CitationMatcher.rank(child.level)
        if let p, let c { return p < c }
        if cited { return true }
        return p != nil && c == nil
    }

    /// A national text names no place; a local parent's place must be named by the child
    /// (张掖's plan names 甘肃; 青岛's does not, so 甘肃's plan is not its parent).
    func namesPlace(of parent: DocumentSketch, in child: DocumentSketch) -> Bool {
        if parent.level == .national || parent.placeNames.isEmpty { return true }
        return parent.placeNames.contains { child.names($0) }
    }

    /// A cited title that names a province (中共山东省委…印发〈…〉) is not another province's document.
    func consistent(_ cite: CitedDocument, with candidate: DocumentSketch) -> Bool {
        let named = LevelWordNeutralizer.provinceNames.filter { cite.title.contains($0) }
        guard !named.isEmpty, !candidate.placeNames.isEmpty else { return true }
        return named.contains { place in candidate.placeNames.contains { $0.contains(place) || place.contains($0) } }
    }

    /// Share of the smaller document's sampled shingles found in the other.
    static func overlap(_ a: DocumentSketch, _ b: DocumentSketch) -> Double {
        let smaller = min(a.shingles.count, b.shingles.count)
        guard smaller > 0 else { return 0 }
        return Double(Shingles.shared(a.shingles, b.shingles)) / Double(smaller)
    }

    /// The title from its 关于 on (the issuer dropped), when something precedes it.
    static func fromAbout(_ title: String) -> String? {
        guard let r = title.range(of: "关于"), r.lowerBound != title.startIndex else { return nil }
        let tail = String(title[r.lowerBound...])
        return tail.count >= 8 ? tail : nil
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    private func index(_ sketches: [DocumentSketch], _ isCopy: [Bool], _ key: (DocumentSketch) -> String?) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for (i, s) in sketches.enumerated() where !isCopy[i] {
            guard let k = key(s), !k.isEmpty else { continue }
            out[k, default: []].append(i)
        }
        return out
    }
}
