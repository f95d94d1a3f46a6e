/// Finds the parenthesised spans of a paragraph that may be unit tags: balanced
/// pairs of ( or （ with ) or ） (pages mix the widths; a few plans use 【】). A
/// bracket left open (a stray ( at the end of an item) closes nothing and hides
/// nothing after it.
struct UnitTagScanner {
    static let openers: Set<Unicode.Scalar> = ["(", "（", "【"]
    static let closers: Set<Unicode.Scalar> = [")", "）", "】"]

    /// Scalar ranges of every balanced pair, brackets included, outer before
    /// inner: (责任单位：各县(市、区)政府) is read whole, and a tag inside a
    /// parenthesis of prose is still found once the prose is rejected.
    func spans(in paragraph: [Unicode.Scalar]) -> [Range<Int>] {
        var open: [Int] = []
        var pairs: [Range<Int>] = []
        for (i, c) in paragraph.enumerated() {
            if UnitTagScanner.openers.contains(c) {
                open.append(i)
            } else if UnitTagScanner.closers.contains(c), let start = open.popLast() {
                pairs.append(start..<(i + 1))
            }
        }
        return pairs.sorted { $0.lowerBound < $1.lowerBound }
    }
}
