/// Character n-grams as 64-bit keys: 21 bits per scalar, a marker bit for bigrams.
///
/// A trigram key never has the marker bit (three 21-bit scalars fill bits 0…62), so every
/// bigram key sorts after every trigram key: the sorted keys of a text are its sorted
/// trigrams followed by its sorted bigrams, and the two halves are sorted apart (cheaper
/// than one sort of both, and the bigrams' run lengths are their term frequencies).
enum NGram {
    static func keys(of scalars: [Unicode.Scalar]) -> [UInt64] {
        keysAndBigramCounts(of: scalars).keys
    }

    /// `keys(of:)` and `bigramCounts(of:)` of the same scalars, from one pass and one sort of each half.
    static func keysAndBigramCounts(of scalars: [Unicode.Scalar]) -> (keys: [UInt64], bigramKeys: [UInt64], bigramCounts: [Int32]) {
        guard scalars.count >= 2 else { return (unigramKeys(scalars), [], []) }
        var (trigrams, bigrams) = unsortedKeys(of: scalars)
        radixSort(&trigrams)
        radixSort(&bigrams)
        var unique: [UInt64] = []
        unique.reserveCapacity(trigrams.count + bigrams.count)
        var last: UInt64? = nil
        for k in trigrams where last != k { unique.append(k); last = k }
        let (bigramKeys, bigramCounts) = runs(of: bigrams)
        unique.append(contentsOf: bigramKeys)
        return (unique, bigramKeys, bigramCounts)
    }

    /// Character-bigram keys of the scalars (the same keys `keys(of:)` gives bigrams),
    /// sorted and distinct, with how often each occurs: the term frequencies of a
    /// bigram TF-IDF vector.
    static func bigramCounts(of scalars: [Unicode.Scalar]) -> (keys: [UInt64], counts: [Int32]) {
        guard scalars.count >= 2 else { return ([], []) }
        var bigrams = unsortedKeys(of: scalars).bigrams
        radixSort(&bigrams)
        return runs(of: bigrams)
    }

    /// A text of one scalar (or none) has no bigram: the scalar itself, marked apart.
    private static func unigramKeys(_ scalars: [Unicode.Scalar]) -> [UInt64] {
        scalars.map { UInt64($0.value) | (1 << 63) | (1 << 62) }
    }

    private static func unsortedKeys(of scalars: [Unicode.Scalar]) -> (trigrams: [UInt64], bigrams: [UInt64]) {
        var trigrams: [UInt64] = [], bigrams: [UInt64] = []
        trigrams.reserveCapacity(scalars.count)
        bigrams.reserveCapacity(scalars.count)
        for i in 0..<(scalars.count - 1) {
            let a = UInt64(scalars[i].value), b = UInt64(scalars[i + 1].value)
            bigrams.append((1 << 63) | (a << 21) | b)
            if i + 2 < scalars.count {
                trigrams.append((a << 42) | (b << 21) | UInt64(scalars[i + 2].value))
            }
        }
        return (trigrams, bigrams)
    }

    /// Distinct keys of a sorted list with how often each occurs.
    private static func runs(of sorted: [UInt64]) -> (keys: [UInt64], counts: [Int32]) {
        var keys: [UInt64] = [], counts: [Int32] = []
        keys.reserveCapacity(sorted.count)
        counts.reserveCapacity(sorted.count)
        for k in sorted {
            if keys.last == k { counts[counts.count - 1] += 1 } else { keys.append(k); counts.append(1) }
        }
        return (keys, counts)
    }

    /// The first index ≥ `start` whose key is not below `key` in sorted `keys`: doubling
    /// steps, then bisection (O(log gap), for walks that look up ascending keys).
    static func firstIndex(notBelow key: UInt64, in keys: [UInt64], from start: Int) -> Int {
        guard start < keys.count, keys[start] < key else { return start }
        var low = start, step = 1
        // keys[low] < key holds throughout.
        while low + step < keys.count, keys[low + step] < key { low += step; step *= 2 }
        var high = min(low + step, keys.count)
        low += 1
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// Sorts 64-bit keys by bytes, least significant first, skipping bytes all keys share:
/// n-gram keys are many and the comparison sort of the standard library was a tenth of
/// the comparison's time.
func radixSort(_ keys: inout [UInt64]) {
    guard keys.count > 2048 else {
        keys.sort()
        return
    }
    var buffer = [UInt64](repeating: 0, count: keys.count)
    var counts = [Int](repeating: 0, count: 256)
    for shift in stride(from: 0, to: 64, by: 8) {
        for i in 0..<256 { counts[i] = 0 }
        for k in keys { counts[Int((k >> UInt64(shift)) & 0xFF)] += 1 }
        if counts.contains(keys.count) { continue }
        var total = 0
        for i in 0..<256 { let c = counts[i]; counts[i] = total; total += c }
        for k in keys {
            let d = Int((k >> UInt64(shift)) & 0xFF)
            buffer[counts[d]] = k
            counts[d] += 1
        }
        swap(&keys, &buffer)
    }
}

/// The same sort with a payload carried along (stable): `payload[i]` stays with `keys[i]`.
/// A vocabulary's builder sorts every key of every clause once this way and learns each
/// key's dense id in its clause without looking it up again.
func radixSort(_ keys: inout [UInt64], carrying payload: inout [Int32]) {
    precondition(keys.count == payload.count)
    let n = keys.count
    guard n > 1 else { return }
    var keyBuffer = [UInt64](repeating: 0, count: n), payloadBuffer = [Int32](repeating: 0, count: n)
    var counts = [Int](repeating: 0, count: 256)
    for shift in stride(from: UInt64(0), to: 64, by: 8) {
        for i in 0..<256 { counts[i] = 0 }
        for k in keys { counts[Int((k >> shift) & 0xFF)] += 1 }
        if counts.contains(n) { continue }
        var total = 0
        for i in 0..<256 { let c = counts[i]; counts[i] = total; total += c }
        keys.withUnsafeBufferPointer { k in
            payload.withUnsafeBufferPointer { p in
                keyBuffer.withUnsafeMutableBufferPointer { kb in
                    payloadBuffer.withUnsafeMutableBufferPointer { pb in
                        for i in 0..<n {
                            let d = Int((k[i] >> shift) & 0xFF)
                            let slot = counts[d]
                            kb[slot] = k[i]
                            pb[slot] = p[i]
                            counts[d] = slot + 1
                        }
                    }
                }
            }
        }
        swap(&keys, &keyBuffer)
        swap(&payload, &payloadBuffer)
    }
}
