/// Character n-grams as 64-bit keys: 21 bits per scalar, a marker bit for bigrams.
enum NGram {
    static func keys(of scalars: [Unicode.Scalar]) -> [UInt64] {
        guard scalars.count >= 2 else {
            return scalars.map { UInt64($0.value) | (1 << 63) | (1 << 62) }
        }
        var keys: [UInt64] = []
        keys.reserveCapacity(scalars.count * 2)
        for i in 0..<(scalars.count - 1) {
            let a = UInt64(scalars[i].value), b = UInt64(scalars[i + 1].value)
            keys.append((1 << 63) | (a << 21) | b)
            if i + 2 < scalars.count {
                keys.append((a << 42) | (b << 21) | UInt64(scalars[i + 2].value))
            }
        }
        radixSort(&keys)
        var unique: [UInt64] = []
        unique.reserveCapacity(keys.count)
        for k in keys where unique.last != k { unique.append(k) }
        return unique
    }

    /// Character-bigram keys of the scalars (the same keys `keys(of:)` gives bigrams),
    /// sorted and distinct, with how often each occurs: the term frequencies of a
    /// bigram TF-IDF vector.
    static func bigramCounts(of scalars: [Unicode.Scalar]) -> (keys: [UInt64], counts: [Int32]) {
        guard scalars.count >= 2 else { return ([], []) }
        var all: [UInt64] = []
        all.reserveCapacity(scalars.count - 1)
        for i in 0..<(scalars.count - 1) {
            all.append((1 << 63) | (UInt64(scalars[i].value) << 21) | UInt64(scalars[i + 1].value))
        }
        all.sort()
        var keys: [UInt64] = [], counts: [Int32] = []
        keys.reserveCapacity(all.count)
        counts.reserveCapacity(all.count)
        for k in all {
            if keys.last == k { counts[counts.count - 1] += 1 } else { keys.append(k); counts.append(1) }
        }
        return (keys, counts)
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
