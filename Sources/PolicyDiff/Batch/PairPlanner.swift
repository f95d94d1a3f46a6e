/// Why two documents are compared in a corpus run.
public enum PairRelation: String, Sendable, Equatable, CaseIterable {
    /// The local document implements the reference (manifest `implements`, or its citations).
    case implements
    /// The reference is the national guideline at the top of the local document's
    /// chain, when that is not the document it implements (Zhangye → national).
    case chainTop = "top"
    /// Two documents at the same level the manifest names as `peers`.
    case peer
}

/// One comparison a corpus run makes.
public struct PlannedPair: Sendable, Equatable {
    public var reference: String
    public var local: String
    public var relation: PairRelation

    public init(reference: String, local: String, relation: PairRelation) {
        self.reference = reference
        self.local = local
        self.relation = relation
    }

    /// The report file name without extension: local__reference.
    public var stem: String { "\(local)__\(reference)" }
}

/// Chooses the pairs of a corpus: each document against what it implements, the top
/// of its chain when different, and the peers the manifest names.
public struct PairPlanner: Sendable {
    public struct Plan: Sendable, Equatable {
        /// Sorted by `stem`, so every run and every shard sees the same order.
        public var pairs: [PlannedPair]
        /// Manifest problems that cost a pair (an unknown id, a cycle), one line each.
        public var problems: [String]
    }

    public init() {}

    /// `documents` holds the documents that could be read, by id; a document whose
    /// `implements` is absent from the manifest is placed by the citations in its text.
    public func plan(entries: [CorpusManifest.Entry], documents: [String: Document]) -> Plan {
        var problems: [String] = []
        let known = Set(entries.map(\.id))
        var parent: [String: String] = [:]
        for entry in entries {
            if let declared = entry.implements {
                guard !declared.isEmpty else { continue }
                if known.contains(declared), declared != entry.id {
                    parent[entry.id] = declared
                } else {
                    problems.append("\(entry.id): implements \"\(declared)\", which is not a document of the manifest")
                }
            } else if let document = documents[entry.id],
                      let cited = CitationMatcher.implemented(by: document, among: entries.compactMap { documents[$0.id] }) {
                parent[entry.id] = cited
            }
        }

        var pairs: [PlannedPair] = []
        var seen = Set<String>()
        func add(_ pair: PlannedPair) {
            let key = [pair.reference, pair.local].sorted().joined(separator: "\u{0}")
            if seen.insert(key).inserted { pairs.append(pair) }
        }
        for entry in entries {
            guard let direct = parent[entry.id] else { continue }
            add(PlannedPair(reference: direct, local: entry.id, relation: .implements))
        }
        for entry in entries {
            guard let direct = parent[entry.id] else { continue }
            var top = direct
            var visited: Set<String> = [entry.id, direct]
            var cyclic = false
            while let up = parent[top] {
                if !visited.insert(up).inserted { cyclic = true; break }
                top = up
            }
            if cyclic {
                problems.append("\(entry.id): its implements chain loops back on itself")
                continue
            }
            if top != direct {
                add(PlannedPair(reference: top, local: entry.id, relation: .chainTop))
            }
        }
        for entry in entries {
            for peer in entry.peers {
                guard known.contains(peer), peer != entry.id else {
                    problems.append("\(entry.id): peer \"\(peer)\" is not a document of the manifest")
                    continue
                }
                add(PlannedPair(reference: entry.id, local: peer, relation: .peer))
            }
        }
        pairs.sort { $0.stem < $1.stem }
        return Plan(pairs: pairs, problems: problems)
    }
}

/// Finds the document a text says it implements among the corpus: by document
/// number first (〔2017〕24号 is unambiguous), then by title. Local plans cite the
/// document above them as 《…》 with its number, e.g. 根据《…指导意见》(中发〔2017〕24号).
enum CitationMatcher {
    static func implemented(by document: Document, among candidates: [Document]) -> String? {
        let others = candidates.filter { $0.id != document.id && isAbove($0, document) }
        for cite in document.metadata.cites {
            if let number = cite.docNumber.map(normalized), !number.isEmpty,
               let hit = others.first(where: { $0.metadata.docNumber.map(normalized) == number }) {
                return hit.id
            }
        }
        for cite in document.metadata.cites {
            let title = normalized(cite.title)
            guard title.count >= 6 else { continue }
            if let hit = others.first(where: { candidate in
                guard let other = candidate.metadata.title.map(normalized), other.count >= 6 else { return false }
                return other == title || other.hasSuffix(title) || title.hasSuffix(other)
            }) {
                return hit.id
            }
        }
        return nil
    }

    /// A document implements one at a higher level; when a level is unknown, allow it.
    static func isAbove(_ candidate: Document, _ document: Document) -> Bool {
        let a = rank(candidate.metadata.level), b = rank(document.metadata.level)
        guard let a, let b else { return true }
        return a < b
    }

    static func rank(_ level: AdministrativeLevel) -> Int? {
        switch level {
        case .national: return 0
        case .provincial: return 1
        case .city: return 2
        case .county: return 3
        case .unknown: return nil
        }
    }

    /// Titles and numbers are written with varying spaces, brackets and the 、
    /// between joint issuers (中共中央 国务院 / 中共中央、国务院).
    static func normalized(_ s: String) -> String {
        let dropped: Set<Character> = [" ", "\u{3000}", "\u{00A0}", "、", "《", "》", "〈", "〉", "\"", "“", "”"]
        var out = ""
        for ch in s where !dropped.contains(ch) {
            switch ch {
            case "[", "［", "(", "（": out.append("〔")
            case "]", "］", ")", "）": out.append("〕")
            default: out.append(ch)
            }
        }
        return out
    }
}
