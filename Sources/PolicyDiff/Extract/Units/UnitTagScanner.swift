/// Finds the parenthesised spans of a paragraph that may be unit tags: balanced
/// pairs of ( or （ with ) or ） (pages mix the widths; a few plans use 【】). A
/// bracket left open (a stray ( at the end of an item) closes nothing and hides
/// nothing after it.
struct UnitTagScanner {
    // Arrays, not Sets: every scalar of every paragraph is looked up here, and
    // comparing with three scalars is cheaper than hashing one.
    static let openers: [Unicode.Scalar] = ["(", "（", "【"]
    static let closers: [Unicode.Scalar] = [")", "）", "】"]

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

    /// The paragraphs of a text as tags are read in them: its lines, except that a
    /// line whose bracket is still open at its end runs on into the lines that close
    /// it (a tag or a name broken by a line break: (牵头单位：市住房城乡\n建设管理委)),
    /// joined without the break. At most a few lines run on, so a stray ( joins nothing far.
    static func paragraphs(of scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        let lines = lines(of: scalars)
        var result: [[Unicode.Scalar]] = []
        var k = 0
        while k < lines.count {
            var paragraph = Array(scalars[lines[k]])
            var depth = openDepth(paragraph)
            var next = k + 1
            while depth > 0, next < lines.count, next - k <= 2 {
                let line = scalars[lines[next]]
                guard line.contains(where: { closers.contains($0) }) else { break }
                paragraph += line
                depth = openDepth(paragraph)
                next += 1
            }
            if depth > 0, next > k + 1 {
                // Still open: the stray bracket joins nothing.
                paragraph = Array(scalars[lines[k]])
                next = k + 1
            }
            result.append(paragraph)
            k = next
        }
        return result
    }

    /// Brackets still open at the end (closers without an opener ignored).
    private static func openDepth(_ text: [Unicode.Scalar]) -> Int {
        var depth = 0
        for c in text {
            if openers.contains(c) { depth += 1 } else if closers.contains(c), depth > 0 { depth -= 1 }
        }
        return depth
    }

    /// The non-empty lines of a text, as scalar ranges: what
    /// `split(whereSeparator: \.isNewline)` gives over Characters (a line break is
    /// always a grapheme of its own; \r\n is two breaks with nothing between).
    static func lines(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (i, c) in scalars.enumerated() {
            switch c {
            case "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                if i > start { lines.append(start..<i) }
                start = i + 1
            default:
                continue
            }
        }
        if scalars.count > start { lines.append(start..<scalars.count) }
        return lines
    }
}
