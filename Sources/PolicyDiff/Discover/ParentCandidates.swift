/// Which documents may share enough wording to be parent and child, without comparing
/// every pair: an inverted index from sampled shingles to the documents holding them.
/// A shingle found in very many documents is the genre's boilerplate (全面贯彻落实党的…)
/// and points at no one; it is left out, which keeps the work per document bounded
/// and the whole search near-linear in the corpus size.
struct ParentCandidates {
    /// Candidates kept per document, most shared shingles first.
    static let perDocument = 12
    /// Least sampled shingles shared to be a candidate at all.
    static let minimumShared = 3

    /// Candidate partners of each document (indices into `sketches`), ordered by shared count then index.
    static func candidates(_ sketches: [DocumentSketch]) -> [[(other: Int, shared: Int)]] {
        let n = sketches.count
        // A shingle in more documents than this is boilerplate: 4·√N, at least 32.
        let commonLimit = max(32, Int(4 * Double(n).squareRoot()))
        var postings: [UInt64: [Int32]] = [:]
        postings.reserveCapacity(n * 64)
        for (i, s) in sketches.enumerated() {
            for h in s.shingles { postings[h, default: []].append(Int32(i)) }
        }
        var counts = [Int32](repeating: 0, count: n)
        var touched: [Int] = []
        var out: [[(other: Int, shared: Int)]] = []
        out.reserveCapacity(n)
        for (i, s) in sketches.enumerated() {
            for h in s.shingles {
                guard let list = postings[h], list.count <= commonLimit else { continue }
                for j in list where Int(j) != i {
                    if counts[Int(j)] == 0 { touched.append(Int(j)) }
                    counts[Int(j)] += 1
                }
            }
            var row = touched.compactMap { j -> (other: Int, shared: Int)? in
                let c = Int(counts[j])
                return c >= minimumShared ? (j, c) : nil
            }
            for j in touched { counts[j] = 0 }
            touched.removeAll(keepingCapacity: true)
            row.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.other < $1.other }
            out.append(Array(row.prefix(perDocument)))
        }
        return out
    }
}
