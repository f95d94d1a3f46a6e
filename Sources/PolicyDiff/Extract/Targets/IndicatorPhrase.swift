/// The thing a target measures, as a short phrase cut from the text around the
/// quantity:
/// - before it, minus the predicate that binds the value (重点消费品质量监督抽查
///   合格率|稳定在|90%以上) and the words that open a phrase (力争, 其中, 每年);
/// - after it, when the quantity comes first and counts a noun (每年选择|350户以上|
///   中小微企业负责人|集中开展…): that noun, up to its verb;
/// - for a share written before its verb (医疗器械生产企业|100%|实施…规范): both.
enum IndicatorPhrase {
    static let levelPredicates = WordTable(words: TargetLexicon.levelPredicates)
    static let countPredicates = WordTable(words: TargetLexicon.countPredicates)
    static let adverbs = WordTable(words: TargetLexicon.adverbs)
    static let leadIns = WordTable(words: TargetLexicon.leadIns)
    static let nounStops = WordTable(words: TargetLexicon.nounStops)
    static let heads = WordTable(words: TargetLexicon.indicatorHeads)
    static let indexHeads = WordTable(words: TargetLexicon.indexHeads)
    static let boundsBefore = WordTable(TargetLexicon.boundsBefore)
    static let scopePrepositions = WordTable(words: TargetLexicon.scopePrepositions)
    static let conjunctions = WordTable(words: TargetLexicon.conjunctions)
    static let formulaMarks = WordTable(words: TargetLexicon.formulaMarks)

    /// What stands before a quantity, read from right to left.
    struct Left: Sendable, Equatable {
        /// Where the indicator text ends (before predicate, adverbs and bound word).
        var indicatorEnd: Int
        /// A bound word directly before the number (不低于, 超过, 约).
        var bound: Comparator?
        /// A predicate (达到, 培育, 选择 …) was found between indicator and number.
        var hasPredicate: Bool
        var hasCountPredicate: Bool
        /// 分别达到65%和55%: values given item by item.
        var respectively: Bool
        /// 在10个领域, 围绕10个行业: the count is the scope of an action.
        var scopePreposition: Bool
    }

    /// Peels bound word, predicates and adverbs off the text before `numberStart`.
    static func left(_ text: [Unicode.Scalar], from floor: Int, numberStart: Int, countPredicates useCount: Bool = true) -> Left {
        var end = numberStart
        var bound: Comparator? = nil
        var hasPredicate = false, hasCount = false, respectively = false
        let scope = scopePrepositions.match(in: text, endingAt: numberStart, floor: floor) != nil
        var steps = 0
        while end > floor, steps < 8 {
            steps += 1
            if end - 2 >= floor, text[end - 2] == "分", text[end - 1] == "别" { respectively = true }
            if bound == nil, let b = boundsBefore.match(in: text, endingAt: end, floor: floor),
               b.length > 1 || (end == numberStart && !compoundBeforeSingleBound(text, at: end - 1, floor: floor)) {
                // 至少达到96%: a bound word may stand before the verb; a one-character
                // bound (约, 近, 逾) only right before the number, and not as the end of
                // another word (节约, 签约, 最近).
                bound = b.value
                end -= b.length
            } else if let p = levelPredicates.match(in: text, endingAt: end, floor: floor) {
                hasPredicate = true
                end -= p.length
            } else if useCount, let p = countPredicates.match(in: text, endingAt: end, floor: floor) {
                hasPredicate = true
                hasCount = true
                end -= p.length
            } else if let a = adverbs.match(in: text, endingAt: end, floor: floor) {
                end -= a.length
            } else {
                break
            }
        }
        return Left(indicatorEnd: end, bound: bound, hasPredicate: hasPredicate, hasCountPredicate: hasCount,
                    respectively: respectively, scopePreposition: scope && bound == nil && !hasPredicate)
    }

    private static let wordsEndingLikeBounds = WordTable(words: ["节约", "签约", "制约", "集约", "公约", "契约", "预约", "履约", "违约", "最近", "附近", "临近", "就近"])

    private static func compoundBeforeSingleBound(_ text: [Unicode.Scalar], at index: Int, floor: Int) -> Bool {
        wordsEndingLikeBounds.match(in: text, endingAt: index + 1, floor: floor) != nil
    }

    /// The start of the indicator after the words that open a phrase.
    static func trimLeadIns(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var i = start
        var steps = 0
        while i < end, steps < 8 {
            steps += 1
            if text[i] == " " || text[i] == "\u{3000}" || text[i] == "\u{A0}" || text[i] == "\t" {
                i += 1
            } else if let w = leadIns.match(in: text, at: i, limit: end) {
                i += w.length
            } else {
                break
            }
        }
        return i
    }

    /// The noun a prenominal quantity counts: from `start` to the first verb of
    /// `nounStops` or the end of the phrase.
    static func nounAfter(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Range<Int> {
        var i = start
        if i < end, text[i] == "的" { i += 1 }
        let nounStart = i
        var lastOf = -1
        while i < end {
            if i > nounStart, nounStops.match(in: text, at: i, limit: end) != nil { break }
            if NumberSpanScanner.isArabicDigit(text[i]) { break }
            if text[i] == "的" { lastOf = i }
            i += 1
        }
        // 具有辐射引领作用的|实训基地: the noun is what follows the last 的.
        let start = lastOf >= 0 && lastOf + 1 < i ? lastOf + 1 : nounStart
        return start..<trimConjunction(text, start..<i)
    }

    /// The end of a range without a trailing 和 / 及 / 、 / 的 (…学校和|150个专业).
    static func trimConjunction(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var end = range.upperBound
        var steps = 0
        while end > range.lowerBound, steps < 3 {
            steps += 1
            if text[end - 1] == "的" {
                end -= 1
            } else if let c = conjunctions.match(in: text, endingAt: end, floor: range.lowerBound) {
                end -= c.length
            } else {
                break
            }
        }
        return end
    }

    /// Whether the phrase ends in a word that names a measure (…率, …比例, …指数).
    static func endsInHead(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        heads.match(in: text, endingAt: range.upperBound, floor: range.lowerBound) != nil
    }

    static func endsInIndexHead(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        indexHeads.match(in: text, endingAt: range.upperBound, floor: range.lowerBound) != nil
    }

    /// 花生种植、收获机械化率分别达到65%和55%: items that share the head of the
    /// last one. The head is taken as the last item without its first word
    /// (two characters, the usual length of the parallel word), and added to the
    /// other items: 花生种植机械化率, 收获机械化率.
    static func respectiveItems(of list: String, count: Int) -> [String]? {
        let items = list.split(separator: "、", omittingEmptySubsequences: false).map(String.init)
        guard items.count == count, let last = items.last, last.count > 3,
              endsInHead(Array(last.unicodeScalars), 0..<last.unicodeScalars.count) else { return nil }
        let tail = String(last.dropFirst(2))
        // 花生种植、收获机械化率: the first item also lends its head word (花生) to the
        // later ones, when they are the parallel word alone.
        let first = items[0]
        let prefix = first.count > 2 && items.dropFirst().allSatisfy({ $0.count - (($0 == last) ? tail.count : 0) == 2 })
            ? String(first.dropLast(2)) : ""
        return [first + tail] + items.dropFirst().dropLast().map { prefix + $0 + tail } + [prefix + last]
    }

    /// The items of a list sharing one value (A率、B率达到100%), each an indicator
    /// of its own only when every item names a measure; else the whole list.
    static func items(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for i in range {
            let s = text[i]
            if s == "(" || s == "（" { depth += 1 }
            if s == ")" || s == "）" { depth = max(0, depth - 1) }
            if s == "、", depth == 0 {
                items.append(start..<i)
                start = i + 1
            }
        }
        items.append(start..<range.upperBound)
        guard items.count > 1, items.allSatisfy({ !$0.isEmpty && endsInHead(text, $0) }) else { return [range] }
        return items
    }
}
