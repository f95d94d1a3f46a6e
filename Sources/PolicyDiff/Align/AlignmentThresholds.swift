/// Where the aligner draws its lines. CALIBRATION: see the comments on each value
/// (measured on the bundled corpus with `PairScore` as computed by `ClauseSimilarity`).
public struct AlignmentThresholds: Sendable, Equatable {
    /// Least score for a pair in the in-order chain.
    public var chain: Double
    /// Least score for a pair outside the order of both documents (the move penalty).
    public var moved: Double
    /// Least share of a local clause's wording drawn from one reference clause for the
    /// local clause to be a piece of it (a split).
    public var split: Double
    /// Least share of a reference clause's wording found in one local clause for the
    /// reference clause to be merged into it.
    public var merge: Double
    /// Least score of a whole alignment for it to be a `match` rather than `partial`.
    public var match: Double
    /// Least score for a clause left alone to pair as a `partial` with its best counterpart.
    public var weak: Double

    public init(chain: Double, moved: Double, split: Double, merge: Double, match: Double, weak: Double) {
        self.chain = chain
        self.moved = moved
        self.split = split
        self.merge = merge
        self.match = match
        self.weak = weak
    }

    public static let calibrated = AlignmentThresholds(chain: 0.22, moved: 0.3, split: 0.5, merge: 0.5, match: 0.5, weak: 0.12)
}
