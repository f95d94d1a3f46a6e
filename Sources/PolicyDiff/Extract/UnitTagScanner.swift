/// Finds the parenthesised spans of a paragraph that may be unit tags: balanced
/// pairs of ( or （ with ) or ） (pages mix the widths), outermost only, so that
/// (责任单位：各县(市、区)政府) is one span. A bracket left open (a stray ( at the
/// end of an item) closes nothing and hides nothing after it.
struct UnitTagScanner {
    static let openers: Set<Character> = ["(", "（"]
    static let closers: Set<Character> = [")", "）"]

    /// Character ranges of the spans, brackets included, in reading order.
    func spans(in paragraph: [Character]) -> [Range<Int>] {
        var open: [Int] = []
        var pairs: [Range<Int>] = []
        for (i, c) in paragraph.enumerated() {
            if UnitTagScanner.openers.contains(c) {
                open.append(i)
            } else if UnitTagScanner.closers.contains(c), let start = open.popLast() {
                pairs.append(start..<(i + 1))
            }
        }
        pairs.sort { $0.lowerBound < $1.lowerBound }
        var outer: [Range<Int>] = []
        for pair in pairs {
            if let last = outer.last, last.contains(pair.lowerBound) { continue }
            outer.append(pair)
        }
        return outer
    }
}
