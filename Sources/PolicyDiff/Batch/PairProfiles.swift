import Foundation

/// What a comparison matches on, for one pair: the pair's level-word neutralizer, each
/// side's clause profiles and the n-gram weights over both. `Comparer.compare(reference:
/// local:profiles:)` takes it; `make` builds it from documents profiled once per run.
public struct PairProfiles: Sendable {
    public var neutralizer: LevelWordNeutralizer
    public var reference: [ClauseProfile]
    public var local: [ClauseProfile]
    public var weights: NGramWeights

    public init(neutralizer: LevelWordNeutralizer, reference: [ClauseProfile], local: [ClauseProfile], weights: NGramWeights) {
        self.neutralizer = neutralizer
        self.reference = reference
        self.local = local
        self.weights = weights
    }

    /// The profiles `Comparer.compare(reference:local:)` would build for this pair, made from
    /// each document's cached profiles and counts: the same values, bit for bit.
    public static func make(reference: ProfiledDocument, local: ProfiledDocument) -> PairProfiles {
        let neutralizer = LevelWordNeutralizer(extraNames: reference.placeNames + local.placeNames)
        let r = reference.profiles(alongside: local), l = local.profiles(alongside: reference)
        var profiles = r.profiles + l.profiles
        let weights = NGramWeights(merging: r.counts, l.counts, profiles: &profiles)
        return PairProfiles(neutralizer: neutralizer, reference: Array(profiles[0..<r.profiles.count]),
                            local: Array(profiles[r.profiles.count...]), weights: weights)
    }
}

/// A document of a corpus run with what every comparison needs of it made once: its
/// place names and its clause profiles with their n-gram counts.
///
/// A comparison neutralises the place names of *both* documents (张掖 in a city plan, 甘肃
/// in its province's), so a document's profiles depend on the other side. They depend on it
/// only through names that can occur in this document: a name with a character the
/// document never writes cannot match anywhere in it. So profiles are kept per set of the
/// other side's names that pass that test; for a national guideline compared with a
/// thousand city plans that is almost always the empty set, one profile for all of them.
public final class ProfiledDocument: @unchecked Sendable {
    public let document: Document
    /// `LevelWordNeutralizer.placeNames(of:)` of the document.
    public let placeNames: [String]
    private let scalars: Set<UInt32>
    private let lock = NSLock()
    private var cache: [String: DocumentProfiles] = [:]
    /// Distinct name sets kept at once: a document compared with many sides whose names it
    /// writes (peers, say) recomputes rather than grows.
    static let cacheLimit = 8

    public init(_ document: Document) {
        self.document = document
        placeNames = LevelWordNeutralizer.placeNames(of: document)
        var scalars = Set<UInt32>()
        for clause in document.clauses {
            for s in clause.text.unicodeScalars { scalars.insert(s.value) }
            for s in clause.title?.unicodeScalars ?? "".unicodeScalars { scalars.insert(s.value) }
        }
        self.scalars = scalars
    }

    /// Whether every character of `name` occurs somewhere in the document's clauses.
    func mayContain(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { scalars.contains($0.value) }
    }

    struct DocumentProfiles {
        var profiles: [ClauseProfile]
        var counts: DocumentGramCounts
    }

    /// The document's profiles as they come out when compared with `other`.
    func profiles(alongside other: ProfiledDocument) -> DocumentProfiles {
        let own = Set(placeNames)
        let foreign = Array(Set(other.placeNames.filter { !own.contains($0) && mayContain($0) })).sorted()
        let key = foreign.joined(separator: "\u{0}")
        lock.lock()
        if let hit = cache[key] { lock.unlock(); return hit }
        lock.unlock()
        let neutralizer = LevelWordNeutralizer(extraNames: placeNames + foreign)
        let profiles = AlignableClauses(document: document, neutralizer: neutralizer).profiles
        let made = DocumentProfiles(profiles: profiles, counts: DocumentGramCounts(profiles: profiles))
        lock.lock()
        if cache.count >= Self.cacheLimit, let evicted = cache.keys.sorted().first(where: { !$0.isEmpty }) ?? cache.keys.sorted().first {
            cache[evicted] = nil
        }
        cache[key] = made
        lock.unlock()
        return made
    }
}

/// One document's n-gram counts over its alignable clauses, made once per document in a
/// corpus run and merged per pair by `NGramWeights(merging:_:profiles:)`.
public struct DocumentGramCounts: Sendable {
    /// Every gram key of the document's profiles, sorted and distinct.
    public let vocabulary: [UInt64]
    /// In how many of the document's clauses each key occurs.
    public let frequency: [Int32]
    /// Each profile's keys as positions in `vocabulary`, ascending.
    public let grams: [[Int32]]
    public var profileCount: Int { grams.count }

    public init(profiles: [ClauseProfile]) {
        var all = profiles.flatMap(\.gramKeys)
        radixSort(&all)
        var vocabulary: [UInt64] = [], frequency: [Int32] = []
        vocabulary.reserveCapacity(all.count / 2)
        frequency.reserveCapacity(all.count / 2)
        // Each profile lists a key once, so the run length of a key is its frequency.
        for key in all {
            if vocabulary.last == key { frequency[frequency.count - 1] += 1 } else { vocabulary.append(key); frequency.append(1) }
        }
        grams = profiles.map { profile in
            // Both lists are sorted: one forward walk finds every key's position.
            var out: [Int32] = []
            out.reserveCapacity(profile.gramKeys.count)
            var v = 0
            for key in profile.gramKeys {
                while vocabulary[v] < key { v += 1 }
                out.append(Int32(v))
            }
            return out
        }
        self.vocabulary = vocabulary
        self.frequency = frequency
    }
}
