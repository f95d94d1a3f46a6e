import Foundation

/// How much an n-gram says about which clause it comes from: inverse document
/// frequency over the clauses of the documents compared. What every clause of the
/// genre says (质量, 加强, 推进, 全◇) weighs next to nothing, so it cannot make two
/// clauses look alike.
public struct NGramWeights: Sendable {
    /// Every gram key of the documents, sorted: a key's dense id is its position
    /// (binary search; cheaper than hashing a hundred thousand keys).
    private var vocabulary: [UInt64] = []
    /// Weight per dense id.
    public private(set) var weights: [Double] = []
    /// In how many clauses each dense id occurs.
    public private(set) var documentFrequency: [Int32] = []
    public let clauseCount: Int

    /// Counts over the given profiles and gives each its dense grams and total weight.
    public init(profiles: inout [ClauseProfile]) {
        clauseCount = profiles.count
        var all = profiles.flatMap(\.gramKeys)
        // Each key sorted with its place in `all`, so that its dense id goes straight back
        // to its profile (no search of the vocabulary per key).
        var place = [Int32](0..<Int32(all.count))
        radixSort(&all, carrying: &place)
        vocabulary.reserveCapacity(all.count / 2)
        documentFrequency.reserveCapacity(all.count / 2)
        var ids = [Int32](repeating: 0, count: all.count)
        // Each profile lists a key once, so the run length of a key is its document frequency.
        for (k, key) in all.enumerated() {
            if vocabulary.last == key { documentFrequency[documentFrequency.count - 1] += 1 }
            else { vocabulary.append(key); documentFrequency.append(1) }
            ids[Int(place[k])] = Int32(vocabulary.count - 1)
        }
        weights = Self.inverseFrequencies(documentFrequency, clauseCount: clauseCount)
        let maxWeight = log(Double(max(clauseCount, 1)) + 1)
        var start = 0
        for i in profiles.indices {
            // Keys are sorted, so their ids come out sorted.
            let count = profiles[i].gramKeys.count
            profiles[i].grams = Array(ids[start..<(start + count)])
            start += count
            giveWeights(to: &profiles[i], maxWeight: maxWeight)
        }
    }

    /// log((N+1)/df) per id: a gram in every clause weighs next to nothing, one found in a
    /// single clause weighs most; the +1 keeps shared wording above zero when only two
    /// clauses are compared. Frequencies are few small integers: one log per distinct value.
    static func inverseFrequencies(_ frequency: [Int32], clauseCount: Int) -> [Double] {
        let n = Double(max(clauseCount, 1))
        let largest = Int(frequency.max() ?? 0)
        let table = (0...largest).map { $0 == 0 ? 0 : log((n + 1) / Double($0)) }
        return frequency.map { table[Int($0)] }
    }

    /// Everything a profile needs of the weights once its dense `grams` are set: its
    /// total weight, its paragraphs' and bigrams' ids and weights, its title's. One
    /// place, so that a corpus run's merged weights (`init(merging:)`) give each
    /// profile exactly what a single comparison gives it.
    private func giveWeights(to profile: inout ClauseProfile, maxWeight: Double) {
        profile.weight = profile.grams.reduce(0) { $0 + weights[Int($1)] }
        // A paragraph's grams are among its clause's (both lists sorted): ids by one merge walk.
        let keys = profile.gramKeys, ids = profile.grams
        profile.paragraphGrams = profile.paragraphKeys.map { paragraph in
            var out: [Int32] = [], j = 0
            out.reserveCapacity(paragraph.count)
            for key in paragraph {
                while j < keys.count, keys[j] < key { j += 1 }
                if j < keys.count, keys[j] == key { out.append(ids[j]) }
            }
            return out
        }
        // Bigram keys are among the clause's gram keys: ids by the same merge walk.
        var bigramIDs: [Int32] = [], norm = 0.0, k = 0
        bigramIDs.reserveCapacity(profile.bigramKeys.count)
        for (key, count) in zip(profile.bigramKeys, profile.bigramCounts) {
            while k < keys.count, keys[k] < key { k += 1 }
            let id = ids[k]
            bigramIDs.append(id)
            let x = Double(count) * weights[Int(id)]
            norm += x * x
        }
        profile.bigrams = bigramIDs
        profile.bigramNorm = norm.squareRoot()
        profile.paragraphWeights = profile.paragraphGrams.map { $0.reduce(0) { $0 + weights[Int($1)] } }
        // Title grams may not occur in any body (a title written apart): weigh them as rare.
        var titleGrams: [Int32] = []
        var titleWeight = 0.0
        for key in profile.titleKeys {
            if let id = id(of: key) { titleGrams.append(id); titleWeight += weights[Int(id)] } else { titleWeight += maxWeight }
        }
        profile.titleGrams = titleGrams.sorted()
        profile.titleWeight = titleWeight
    }

    public func weight(of key: UInt64) -> Double {
        guard let id = id(of: key) else { return log(Double(max(clauseCount, 1)) + 1) }
        return weights[Int(id)]
    }

    /// `weight(of:)` of each of the sorted `keys`, found by one forward walk of the vocabulary.
    func weights(ofSorted keys: [UInt64]) -> [Double] {
        let unknown = log(Double(max(clauseCount, 1)) + 1)
        var out: [Double] = []
        out.reserveCapacity(keys.count)
        var j = 0
        for key in keys {
            j = NGram.firstIndex(notBelow: key, in: vocabulary, from: j)
            out.append(j < vocabulary.count && vocabulary[j] == key ? weights[j] : unknown)
        }
        return out
    }

    public func id(of key: UInt64) -> Int32? {
        var low = 0, high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < vocabulary.count && vocabulary[low] == key ? Int32(low) : nil
    }
}

extension NGramWeights {
    /// The weights `init(profiles:)` gives for `first.profiles + second.profiles`, from the two
    /// documents' own counts (issue 13): a corpus run counts each document's n-grams once and
    /// merges two sorted vocabularies per pair instead of sorting every key of both again.
    /// Same vocabulary, frequencies, weights and dense ids, bit for bit.
    init(merging first: DocumentGramCounts, _ second: DocumentGramCounts, profiles: inout [ClauseProfile]) {
        clauseCount = first.profileCount + second.profileCount
        let a = first.vocabulary, b = second.vocabulary
        var toMergedA = [Int32](repeating: 0, count: a.count), toMergedB = [Int32](repeating: 0, count: b.count)
        vocabulary.reserveCapacity(a.count + b.count)
        documentFrequency.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let id = Int32(vocabulary.count)
            if j == b.count || (i < a.count && a[i] < b[j]) {
                vocabulary.append(a[i]); documentFrequency.append(first.frequency[i]); toMergedA[i] = id; i += 1
            } else if i == a.count || b[j] < a[i] {
                vocabulary.append(b[j]); documentFrequency.append(second.frequency[j]); toMergedB[j] = id; j += 1
            } else {
                vocabulary.append(a[i]); documentFrequency.append(first.frequency[i] + second.frequency[j])
                toMergedA[i] = id; toMergedB[j] = id; i += 1; j += 1
            }
        }
        weights = Self.inverseFrequencies(documentFrequency, clauseCount: clauseCount)
        let maxWeight = log(Double(max(clauseCount, 1)) + 1)
        for p in profiles.indices {
            let fromFirst = p < first.profileCount
            let local = fromFirst ? first.grams[p] : second.grams[p - first.profileCount]
            let map = fromFirst ? toMergedA : toMergedB
            profiles[p].grams = local.map { map[Int($0)] }
            giveWeights(to: &profiles[p], maxWeight: maxWeight)
        }
    }
}
