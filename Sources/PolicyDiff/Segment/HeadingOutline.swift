/// Where each heading goes in the tree, and whether a number at the start of a
/// line is believable as a heading at all.
///
/// Chinese official documents nest their styles in the order they first use
/// them (一、 then (一) then 1. …), so a style that first appears with the
/// number 1 opens a level below the item it stands in. A style that first
/// appears in the middle of its series (the text starts at (二十) and later
/// shows 五、) belongs to a part of the document the text has lost: it is placed
/// by the conventional rank instead, and the text is reported as truncated.
///
/// A number is taken as a heading only when it fits its series: the next number
/// under the same parent, the next number of the whole document (numbering that
/// continues across parts, as Anhui's 二、 holding (三)…(十)), 1 (numbering
/// that restarts in each part, as Qingdao's), or a small skip or a repeat
/// (reported as `numbering-gap`). Anything else (`3.` opening a line that
/// continues a sentence, a year, a stray number) stays body text.
struct HeadingOutline {
    /// Skipped numbers tolerated before a number is no longer believed to be a heading.
    static let maxSkip = 3

    struct Open {
        var style: HeadingStyle
        var number: Int
        var clause: Int
    }

    enum Issue: Equatable {
        case truncatedStart
        case skipped(expected: Int)
        case repeated
    }

    struct Placement {
        /// How many open items stay open (the new heading's ancestors).
        var keep: Int
        /// The parent clause index, nil at the top.
        var parent: Int?
        var pathLabel: String
        var issue: Issue?
        /// The style order after this heading, when it introduces a style.
        var newOrder: [HeadingStyle]?
        /// The number is the next of a series already under way (not a first or restarted item).
        var continuesSeries: Bool
    }

    private struct SiblingKey: Hashable {
        var parent: Int
        var style: HeadingStyle
    }

    /// The clause the outline hangs under (an annex), nil for the document itself.
    let baseClause: Int?
    /// The path of `baseClause`.
    let basePath: [String]

    init(baseClause: Int? = nil, basePath: [String] = []) {
        self.baseClause = baseClause
        self.basePath = basePath
    }

    private(set) var order: [HeadingStyle] = []
    private(set) var stack: [Open] = []
    private var lastUnderParent: [SiblingKey: Int] = [:]
    private var lastOverall: [HeadingStyle: Int] = [:]
    private var bulletCount: [Int: Int] = [:]

    var hasNumberedHeadings: Bool { !order.isEmpty }

    /// The full paths of the open items, top first, as stored when they were opened.
    private(set) var openPaths: [[String]] = []

    func placement(for label: HeadingLabel) -> Placement? {
        if label.style == .dash { return bulletPlacement() }
        let n = label.number
        guard n > 0 else { return nil }
        if let rank = order.firstIndex(of: label.style) {
            var keep = stack.count
            while keep > 0, rankOf(stack[keep - 1].style) >= rank { keep -= 1 }
            let parent = parentClause(keep)
            let key = SiblingKey(parent: parent ?? -1, style: label.style)
            var issue: Issue? = nil
            var continues = false
            if label.insertion > 0 {
                // 第十二条之一 follows 第十二条 (or 第十二条之一 before it): it continues the series without advancing it.
                guard (lastUnderParent[key] ?? lastOverall[label.style]) == n else { return nil }
                return Placement(keep: keep, parent: parent, pathLabel: label.pathLabel, issue: nil,
                                 newOrder: nil, continuesSeries: true)
            }
            if let last = lastUnderParent[key] {
                if n == last + 1 {
                    continues = true
                } else if n > last + 1 && n <= last + 1 + Self.maxSkip {
                    issue = .skipped(expected: last + 1)
                } else if n == last {
                    issue = .repeated
                } else {
                    return nil
                }
            } else {
                let last = lastOverall[label.style] ?? 0
                if n == 1 {
                    continues = false
                } else if n == last + 1 {
                    continues = true
                } else if n > last + 1 && n <= last + 1 + Self.maxSkip {
                    issue = .skipped(expected: last + 1)
                } else {
                    return nil
                }
            }
            return Placement(keep: keep, parent: parent, pathLabel: label.pathLabel, issue: issue,
                             newOrder: nil, continuesSeries: continues)
        }
        // A style not seen before.
        let keepWithoutBullets = numberedDepth()
        if order.isEmpty {
            return Placement(keep: 0, parent: baseClause, pathLabel: label.pathLabel,
                             issue: n == 1 ? nil : .truncatedStart, newOrder: [label.style], continuesSeries: false)
        }
        let innermost = keepWithoutBullets > 0 ? stack[keepWithoutBullets - 1] : nil
        if n == 1, let innermost {
            // A new series starting inside the current item: one level below it.
            var position = (order.firstIndex(of: innermost.style) ?? order.count - 1) + 1
            while position < order.count, order[position].conventionalRank < label.style.conventionalRank { position += 1 }
            var newOrder = order
            newOrder.insert(label.style, at: position)
            var keep = keepWithoutBullets
            while keep > 0, (newOrder.firstIndex(of: stack[keep - 1].style) ?? 0) >= position { keep -= 1 }
            return Placement(keep: keep, parent: parentClause(keep), pathLabel: label.pathLabel,
                             issue: nil, newOrder: newOrder, continuesSeries: false)
        }
        if let innermost, label.style.conventionalRank < innermost.style.conventionalRank {
            // A higher level first seen mid-series: the text lost the part that began it.
            let position = order.firstIndex { $0.conventionalRank > label.style.conventionalRank } ?? order.count
            var newOrder = order
            newOrder.insert(label.style, at: position)
            var keep = keepWithoutBullets
            while keep > 0, (newOrder.firstIndex(of: stack[keep - 1].style) ?? 0) >= position { keep -= 1 }
            return Placement(keep: keep, parent: parentClause(keep), pathLabel: label.pathLabel,
                             issue: .truncatedStart, newOrder: newOrder, continuesSeries: false)
        }
        return nil
    }

    /// A standalone heading of the top style numbered 1 after that series has run
    /// (一、 … 六、 then 一、总体要求 again): a second document or part begins, as
    /// when a notice transmits two plans or texts were saved one after another.
    func restartsTopSeries(_ label: HeadingLabel, line: [Character], complete: Bool) -> Bool {
        guard complete, label.number == 1, let top = order.first, top == label.style,
              (lastOverall[top] ?? 0) >= 2 else { return false }
        let rest = line.count - label.textStart
        return rest > 0 && rest <= Self.maxRestartTitleLength && !line.contains("。")
    }

    /// A part heading is a short title standing alone.
    static let maxRestartTitleLength = 30

    /// A —— bullet is a child of the item it stands in; bullets before it are its siblings.
    private func bulletPlacement() -> Placement {
        let keep = numberedDepth()
        let parent = parentClause(keep)
        let k = (bulletCount[parent ?? -1] ?? 0) + 1
        return Placement(keep: keep, parent: parent, pathLabel: "—\(k)", issue: nil, newOrder: nil, continuesSeries: true)
    }

    /// The path of a new heading placed by `placement`. Articles are numbered
    /// continuously through a law, so an article's path is its own label
    /// (第十二条): its chapter and section are context (its parent), not part of its name.
    func path(for placement: Placement, style: HeadingStyle) -> [String] {
        if style == .article { return basePath + [placement.pathLabel] }
        return (placement.keep > 0 ? openPaths[placement.keep - 1] : basePath) + [placement.pathLabel]
    }

    /// The article open at this point (the innermost one), as an index into the open items.
    private var openArticle: Int? {
        stack.lastIndex { $0.style == .article }
    }

    /// The clause text stands in at this point (the innermost open heading, else the base) and its path.
    var innermostOpen: (clause: Int?, path: [String]) {
        let numbered = numberedDepth()
        return numbered > 0 ? (stack[numbered - 1].clause, openPaths[numbered - 1]) : (baseClause, basePath)
    }

    /// Whether the text at this point is inside an article (its own text, an item or a paragraph of it).
    var isInsideArticle: Bool { openArticle != nil }

    /// A further paragraph (款) of the open article: it closes the items of the
    /// paragraph before it and takes the next number (the article's own text is
    /// its first paragraph). Items that follow nest under it. Nil outside an article.
    mutating func openParagraph(clause: Int) -> (parent: Int, path: [String])? {
        guard let article = openArticle else { return nil }
        let previous = article + 1 < stack.count && stack[article + 1].style == .paragraph ? stack[article + 1].number : 1
        if !order.contains(.paragraph), let position = order.firstIndex(of: .article) {
            order.insert(.paragraph, at: position + 1)
        }
        stack.removeLast(stack.count - article - 1)
        openPaths.removeLast(openPaths.count - article - 1)
        let path = openPaths[article] + [HeadingStyle.paragraph.pathLabel(number: previous + 1, written: "")]
        let parent = stack[article].clause
        stack.append(Open(style: .paragraph, number: previous + 1, clause: clause))
        openPaths.append(path)
        return (parent, path)
    }

    private func parentClause(_ keep: Int) -> Int? {
        keep > 0 ? stack[keep - 1].clause : baseClause
    }

    mutating func open(_ label: HeadingLabel, at placement: Placement, clause: Int) {
        let path = path(for: placement, style: label.style)
        if let newOrder = placement.newOrder { order = newOrder }
        stack.removeLast(stack.count - placement.keep)
        openPaths.removeLast(openPaths.count - placement.keep)
        let parentKey = placement.parent ?? -1
        if label.style == .dash {
            bulletCount[parentKey, default: 0] += 1
        } else {
            lastUnderParent[SiblingKey(parent: parentKey, style: label.style)] = label.number
            lastOverall[label.style] = label.number
        }
        stack.append(Open(style: label.style, number: label.number, clause: clause))
        openPaths.append(path)
    }

    private func rankOf(_ style: HeadingStyle) -> Int {
        if style == .dash { return Int.max }
        return order.firstIndex(of: style) ?? Int.max
    }

    /// Open items below the last numbered one are bullets.
    private func numberedDepth() -> Int {
        var keep = stack.count
        while keep > 0, stack[keep - 1].style == .dash { keep -= 1 }
        return keep
    }
}
