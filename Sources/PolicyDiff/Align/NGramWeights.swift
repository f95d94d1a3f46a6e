import Foundation

/// How much an n-gram says about which clause it comes from: inverse document
/// frequency over the clauses of the documents compared. What every clause of the
/// genre says (质量, 加强, 推进, 全◇) weighs next to nothing, so it cannot make two
/// clauses look alike.
public struct NGramWeights: Sendable {
    /// Dense id per gram key.
    private var ids: [UInt64: Int32] = [:]
    /// Weight per dense id.
    public private(set) var weights: [Double] = []
    /// In how many clauses each dense id occurs.
    public private(set) var documentFrequency: [Int32] = []
    public let clauseCount: Int

    /// Counts over the given profiles and gives each its dense grams and total weight.
    public init(profiles: inout [ClauseProfile]) {
        clauseCount = profiles.count
        for profile in profiles {
            for key in profile.gramKeys {
                if let id = ids[key] {
                    documentFrequency[Int(id)] += 1
                } else {
                    ids[key] = Int32(documentFrequency.count)
                    documentFrequency.append(1)
                }
            }
        }
        let n = Double(max(clauseCount, 1))
        // log((N+1)/df): a gram in every clause weighs next to nothing, one found in a
        // single clause weighs most; the +1 keeps shared wording above zero when only
        // two clauses are compared.
        weights = documentFrequency.map { log((n + 1) / Double($0)) }
        let maxWeight = log(n + 1)
        for i in profiles.indices {
            profiles[i].grams = profiles[i].gramKeys.compactMap { ids[$0] }.sorted()
            profiles[i].weight = profiles[i].grams.reduce(0) { $0 + weights[Int($1)] }
            // Title grams may not occur in any body (a title written apart): weigh them as rare.
            var titleGrams: [Int32] = []
            var titleWeight = 0.0
            for key in profiles[i].titleKeys {
                if let id = ids[key] { titleGrams.append(id); titleWeight += weights[Int(id)] } else { titleWeight += maxWeight }
            }
            profiles[i].titleGrams = titleGrams.sorted()
            profiles[i].titleWeight = titleWeight
        }
    }

    public func weight(of key: UInt64) -> Double {
        guard let id = ids[key] else { return log(Double(max(clauseCount, 1)) + 1) }
        return weights[Int(id)]
    }

    public func id(of key: UInt64) -> Int32? { ids[key] }
}
