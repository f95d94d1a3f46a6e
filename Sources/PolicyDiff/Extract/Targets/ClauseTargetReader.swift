import Foundation

/// Reads the targets of one clause: splits its text into sentences and phrases,
/// finds the quantities of each phrase, keeps those that are commitments, and
/// gives each its indicator, comparator, deadline and period.
struct ClauseTargetReader: Sendable {
    static let yearlyWords = WordTable(words: TargetLexicon.yearlyWords)
    let scanner = NumberSpanScanner()

    struct Result: Sendable {
        var targets: [Target]
        /// The deadline the clause passes on to its children (主要目标：到2020年，…).
        var scopeDeadline: Int?
    }

    func read(_ clause: Clause, inheritedDeadline: Int?) -> Result {
        let text = ClauseText.scalars(of: clause.text)
        guard !text.isEmpty else { return Result(targets: [], scopeDeadline: inheritedDeadline) }
        let garbled = ClauseText.scalarRanges(of: clause.garbledSpans, in: clause.text)
        var masked = NotATarget.mask(text, garbled: garbled)
        let deadlines = DeadlineScope.mentions(in: text, masked: masked)
        for mention in deadlines { for k in mention.start..<min(mention.end, text.count) { masked[k] = true } }
        let isGoal = DeadlineScope.isGoalClause(title: clause.title, text: text)
        let bodyStart = ClauseText.labelEnd(clause.label, in: text)

        var targets: [Target] = []
        var running = inheritedDeadline
        var head: Int? = nil
        var paragraphDeadline: Int? = nil
        var sentenceIndex = 0
        var mentionIndex = 0
        ClauseText.forEachSentence(text, from: bodyStart) { sentence, opensParagraph in
            // Deadlines of this sentence, and whether one opens it.
            var sentenceDeadlines: [DeadlineMention] = []
            while mentionIndex < deadlines.count, deadlines[mentionIndex].start < sentence.upperBound {
                if deadlines[mentionIndex].start >= sentence.lowerBound { sentenceDeadlines.append(deadlines[mentionIndex]) }
                mentionIndex += 1
            }
            if opensParagraph { paragraphDeadline = nil }
            if isGoal, head == nil, sentenceIndex < 3, let first = sentenceDeadlines.first {
                // 主要目标。通过三年努力，到2020年，…: the first deadline of the goal is its head.
                head = first.year
                running = first.year
            } else if let first = sentenceDeadlines.first, ClauseText.opensSentence(text, sentence, at: first.start) {
                if isGoal {
                    running = first.year
                } else if opensParagraph {
                    // 具体指标：到2022年，…。…。 — the deadline holds for its paragraph.
                    paragraphDeadline = first.year
                }
            }
            sentenceIndex += 1
            if isDefinition(text, sentence) { return }
            // The deadline nearest before a quantity in its sentence: spans come in order.
            var deadlinePointer = 0
            ClauseText.forEachPhrase(text, in: sentence) { phrase in
                let spans = scanner.spans(in: text, range: phrase, masked: masked)
                var floor = phrase.lowerBound
                var previous: Reading? = nil
                // 中小企业100家、“小巨人”企业20家: quantities that end the items of a list —
                // a quantity before 、 when a later one ends an item too (one pass from the back).
                let phraseEnd = ClauseText.trimmedEnd(text, phrase)
                var laterEndsItem = [Bool](repeating: false, count: spans.count)
                var seen = false
                for j in stride(from: spans.count - 1, through: 0, by: -1) {
                    laterEndsItem[j] = seen
                    if spans[j].end >= phraseEnd || (spans[j].end < text.count && text[spans[j].end] == "、") { seen = true }
                }
                // 三年内累计创建示范村200个: a time limit before another quantity of its phrase
                // is the span the quantity is reached in, not a target of its own — unless the
                // later one is a limit too (六十日内或者行驶里程三千公里内: two limits).
                var frames: [Int] = []
                var withins: [Int] = []
                defer {
                    for f in frames.reversed() where (f + 1..<targets.count).contains(where: { !withins.contains($0) }) {
                        targets.remove(at: f)
                    }
                }
                var k = 0
                while k < spans.count {
                    let span = spans[k]
                    while deadlinePointer < sentenceDeadlines.count, sentenceDeadlines[deadlinePointer].end <= span.start {
                        deadlinePointer += 1
                    }
                    let nearest = deadlinePointer > 0 ? sentenceDeadlines[deadlinePointer - 1].year : nil
                    let year = nearest ?? paragraphDeadline ?? running
                    let endsListItem = span.end < text.count && text[span.end] == "、" && laterEndsItem[k]
                    var reading = read(span, in: text, phrase: phrase, floor: floor, after: previous, endsListItem: endsListItem)
                    guard var current = reading else { k += 1; continue }
                    // 分别达到65%和55%: the values that follow belong to the items one by one.
                    var group = [span]
                    if current.left.respectively {
                        var j = k + 1
                        while j < spans.count, onlyConjunction(text, spans[j - 1].end..<spans[j].start) {
                            group.append(spans[j])
                            j += 1
                        }
                    }
                    let items = current.indicators
                    for (index, member) in group.enumerated() {
                        if index > 0 {
                            reading = read(member, in: text, phrase: phrase, floor: floor, after: nil, sharing: current)
                        }
                        guard let memberReading = reading else { continue }
                        var indicators = memberReading.indicators
                        if group.count > 1 {
                            indicators = items.count == group.count ? [items[index]]
                                : IndicatorPhrase.respectiveItems(of: items.joined(separator: "、"), count: group.count).map { [$0[index]] }
                                ?? [items.joined(separator: "、")]
                        }
                        if memberReading.isTimeLimit { frames += targets.count..<(targets.count + indicators.count) }
                        if member.end > member.start, text[member.end - 1] == "内" {
                            withins += targets.count..<(targets.count + indicators.count)
                        }
                        targets += indicators.map { indicator in
                            Target(indicator: indicator, value: member.low.double, valueMax: member.high?.double, unit: member.unit,
                                   comparator: memberReading.comparator, year: year, period: memberReading.period,
                                   text: memberReading.text)
                        }
                        current = memberReading
                    }
                    floor = group[group.count - 1].end
                    previous = current
                    k += group.count
                }
            }
        }
        let scope = isGoal ? (head ?? inheritedDeadline) : inheritedDeadline
        return Result(targets: targets, scopeDeadline: scope)
    }

    // MARK: One quantity

    /// How a quantity was read: what it measures, how it binds, what it was read from.
    struct Reading: Sendable {
        var left: IndicatorPhrase.Left
        var indicators: [String]
        var comparator: Comparator
        var period: Period?
        var text: String
        /// The quantity came before the noun it counts (培育|200家|企业).
        var prenominal: Bool
        /// A time limit written with 内 (十日内, 三年内).
        var isTimeLimit: Bool = false
    }

    private func read(_ span: NumberSpan, in text: [Unicode.Scalar], phrase: Range<Int>, floor: Int,
                      after previous: Reading?, endsListItem: Bool = false, sharing shared: Reading? = nil) -> Reading? {
        // Inside brackets (超过100人的企业达到15%), the quantity reads within them.
        let (bracketFloor, bracketEnd) = enclosingBrackets(text, phrase: phrase, at: span.start)
        let floor = max(floor, bracketFloor)
        let rightRange = span.end..<min(ClauseText.trimmedEnd(text, phrase), bracketEnd)
        let postposed = rightRange.isEmpty || endsListItem
        // …并与其签订1年以上劳动合同的: a phrase ending in 的 states a condition, not a target.
        let phraseEnd = ClauseText.trimmedEnd(text, phrase)
        if phraseEnd > phrase.lowerBound, text[phraseEnd - 1] == "的" { return nil }
        var left = IndicatorPhrase.left(text, from: floor, numberStart: span.start)
        var indicatorStart = IndicatorPhrase.trimLeadIns(text, from: floor, to: left.indicatorEnd)
        if postposed, left.hasCountPredicate, indicatorStart < left.indicatorEnd {
            // 标准组织10个: after the noun it counts, a word such as 组织 is the noun's, not a verb.
            let asNoun = IndicatorPhrase.left(text, from: floor, numberStart: span.start, countPredicates: false)
            // …至少召开一次: a bound word before the verb says it is a verb after all.
            if asNoun.bound != nil || left.bound == nil {
                left = asNoun
                indicatorStart = IndicatorPhrase.trimLeadIns(text, from: floor, to: left.indicatorEnd)
            }
        }
        // 建设50所学校和150个专业: the second count shares the first one's verb.
        if let previous, previous.prenominal, previous.left.hasPredicate, !left.hasPredicate, span.start - floor <= 60,
           onlyConjunction(text, IndicatorPhrase.nounAfter(text, from: floor, to: span.start).upperBound..<span.start)
            || IndicatorPhrase.trimConjunction(text, floor..<span.start) < span.start {
            left.hasPredicate = true
            left.hasCountPredicate = previous.left.hasCountPredicate
            indicatorStart = left.indicatorEnd
        }
        if let shared { left = shared.left }
        indicatorStart = max(indicatorStart, span.start - ClauseTargetReader.window)
        var leftRange = indicatorStart..<max(indicatorStart, left.indicatorEnd - (span.grewBy > 0 && left.indicatorEnd == span.start ? span.grewBy : 0))

        // (24小时): a quantity alone in brackets glosses the text before it.
        if bracketFloor > phrase.lowerBound, leftRange.isEmpty, !left.hasPredicate, left.bound == nil { return nil }
        // 全省已建成…20个: an achievement stated as background, not a target.
        if statesFact(text, from: max(floor, span.start - 40), to: span.start) { return nil }
        // ×100%: a formula defines a rate, it sets none.
        if span.start > phrase.lowerBound, IndicatorPhrase.formulaMarks.match(in: text, endingAt: span.start) != nil { return nil }
        let attribute = span.end < text.count && text[span.end] == "的"
        let bounded = span.boundAfter != nil || left.bound != nil || span.approximateMark
        switch span.kind {
        case .multiple:
            break
        case .percent:
            // 社会保险费50%的标准: a share that qualifies a noun is no target; one that
            // opens its phrase is the share of what follows that is to do something
            // (超过一半的街镇建成中转站, 三分之二以上的村实现分类).
            guard !attribute || left.hasPredicate || leftRange.isEmpty else { return nil }
        case .count:
            // 一年内, 一个月内: a lone 一 before a time limit is a count, not the article.
            let limitOfOne = span.boundAfter != nil
                && (ClauseTargetReader.timeLimitUnits.contains(span.unit) || ClauseTargetReader.durationUnits.contains(span.unit))
            guard !span.loneOne || left.bound != nil || limitOfOne else { return nil }
            // 在二十日内召开, 于六十日内公告: a time limit reads after 在/于.
            let timeLimit = ClauseTargetReader.timeLimitUnits.contains(span.unit) || ClauseTargetReader.durationUnits.contains(span.unit)
            guard !left.scopePreposition || timeLimit, !attribute || left.hasPredicate else { return nil }
            guard bounded || postposed || left.hasPredicate || shared != nil else { return nil }
        case .bare:
            guard !left.scopePreposition, !attribute, left.hasPredicate || left.bound != nil, !span.low.looksLikeYear,
                  span.boundAfter != nil || left.bound != nil || IndicatorPhrase.endsInIndexHead(text, leftRange) else { return nil }
        }

        if let baseline = baselineStart(text, leftRange) { leftRange = leftRange.lowerBound..<baseline }
        // 消纳量不少于计划量的15%, 农民至少应当占成员总数的百分之八十: a share of a base
        // named between the bound word and the number; the indicator is what is bound.
        var shareBound: Comparator? = nil
        if span.boundAfter == nil, left.bound == nil, !left.hasPredicate, span.kind == .percent, span.start > floor,
           let (boundStart, comparator) = ClauseTargetReader.boundBeforeBase(text, from: max(floor, span.start - 40), to: span.start - 1) {
            shareBound = comparator
            leftRange = leftRange.lowerBound..<max(leftRange.lowerBound, min(leftRange.upperBound, boundStart))
            left.hasPredicate = true
        }
        let comparator = span.boundAfter ?? left.bound ?? shareBound ?? (span.approximate ? .approximately : .equal)
        // The phrase as written; a run-on "phrase" (no punctuation for pages) is
        // cut to a window around the quantity, so that a target stays a few
        // dozen characters and memory stays linear in the input.
        let textStart = max(ClauseText.trimmedStart(text, phrase), span.start - ClauseTargetReader.window)
        let textEnd = min(ClauseText.trimmedEnd(text, phrase), span.end + ClauseTargetReader.window)
        let phraseText = scalarString(text, textStart..<max(textStart, textEnd))
        let period = PeriodWords.period(in: text, from: max(phrase.lowerBound, span.start - 80), to: span.start)
        // 顶岗实习一般为6个月: a duration given as the usual practice says how, not how much.
        if span.kind == .count, ClauseTargetReader.durationUnits.contains(span.unit),
           containsWord(ClauseTargetReader.durationHedges, text, from: max(floor, span.start - 20), to: span.start) { return nil }

        var indicators: [Range<Int>]
        var prenominal = false
        let shareOfSubject = span.kind == .percent && attribute && leftRange.isEmpty && !left.hasPredicate
        if shareOfSubject {
            indicators = [(span.end + 1)..<max(span.end + 1, min(rightRange.upperBound, span.end + ClauseTargetReader.window))]
        } else if postposed || (!leftRange.isEmpty && !left.hasCountPredicate && (span.kind != .percent || left.hasPredicate)) {
            indicators = IndicatorPhrase.items(text, leftRange)
        } else if span.kind == .percent, !leftRange.isEmpty, !left.hasCountPredicate {
            indicators = [leftRange.lowerBound..<min(rightRange.upperBound, span.end + ClauseTargetReader.window)]
        } else {
            let noun = IndicatorPhrase.nounAfter(text, from: span.end, to: min(rightRange.upperBound, span.end + ClauseTargetReader.window))
            if noun.isEmpty {
                indicators = IndicatorPhrase.items(text, leftRange)
            } else {
                indicators = [noun]
                prenominal = true
            }
        }
        var names = indicators.map { range -> String in
            if range.upperBound > span.start, range.lowerBound < span.start {
                // a share before its verb: the indicator is the text around the number
                return ClauseText.trimmed(scalarString(text, range.lowerBound..<span.start) + scalarString(text, span.end..<range.upperBound))
            }
            return ClauseText.trimmed(scalarString(text, range.lowerBound..<IndicatorPhrase.trimConjunction(text, range)))
        }
        if !shareOfSubject { names = names.map { ClauseTargetReader.nounPhrase($0) } }
        // 自合并决议作出之日起|十日内|通知债权人: what a time limit limits is the act after it.
        // 处十万元以上五十万元以下的罚款: a fine is named after its amount.
        if ClauseTargetReader.penaltyVerbs.match(in: text, endingAt: span.start, floor: floor) != nil {
            let noun = IndicatorPhrase.nounAfter(text, from: span.end, to: min(rightRange.upperBound, span.end + 20))
            if !noun.isEmpty { names = [ClauseText.trimmed(scalarString(text, noun))] }
        }
        let limitsAnAct = span.end > span.start && text[span.end - 1] == "内"
            || NumberSpanScanner.timeLimitHeads.match(in: text, endingAt: span.start) != nil
        if limitsAnAct,
           ClauseTargetReader.timeLimitUnits.contains(span.unit) || ClauseTargetReader.durationUnits.contains(span.unit),
           rightRange.count >= 2, ClauseTargetReader.alternativeWords.match(in: text, at: rightRange.lowerBound) == nil {
            let act = ClauseText.trimmed(scalarString(text, rightRange.lowerBound..<min(rightRange.upperBound, rightRange.lowerBound + 30)))
            if !act.isEmpty { names = [act] }
        }
        // 马铃薯种植、收获机械化率均达到45%: 均 (each) gives the value to every item,
        // each with the head the items share.
        let itemCount = names.first.map { $0.split(separator: "、").count } ?? 0
        if names.count == 1, shared == nil, itemCount > 1 {
            // (Foundation's replace and search only for a list of items, not for every quantity.)
            let between = scalarString(text, min(left.indicatorEnd, span.start)..<span.start).replacingOccurrences(of: "平均", with: "")
            if ClauseTargetReader.eachWords.contains(where: { between.contains($0) }),
               let items = IndicatorPhrase.respectiveItems(of: names[0], count: itemCount) {
                names = items
            }
        }
        if names.allSatisfy(\.isEmpty) { names = [phraseText] }
        let isTimeLimit = span.end > span.start && text[span.end - 1] == "内"
            && (ClauseTargetReader.timeLimitUnits.contains(span.unit) || ClauseTargetReader.durationUnits.contains(span.unit))
        return Reading(left: left, indicators: names, comparator: comparator, period: period, text: phraseText,
                       prenominal: prenominal, isTimeLimit: isTimeLimit)
    }

    /// The longest stretch, in scalars, a target's text or indicator takes on either
    /// side of its quantity. Phrases of the genre are far shorter.
    static let window = 120

    static let baselinePrepositions = WordTable(words: TargetLexicon.baselinePrepositions)
    static let definitionWords = WordTable(words: TargetLexicon.definitionWords)

    static let factMarkers = WordTable(words: TargetLexicon.factMarkers)

    private func statesFact(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end {
            if ClauseTargetReader.factMarkers.match(in: text, at: i, limit: end) != nil { return true }
            i += 1
        }
        return false
    }

    private func isDefinition(_ text: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if ClauseTargetReader.definitionWords.match(in: text, at: i, limit: sentence.upperBound) != nil { return true }
            i += 1
        }
        return false
    }

    /// Where 由/从 opens a baseline with a number in it (办理时限|由20个工作日|压缩至).
    private func baselineStart(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            if i > range.lowerBound, ClauseTargetReader.baselinePrepositions.match(in: text, at: i, limit: range.upperBound) != nil,
               i + 1 < range.upperBound, NumberSpanScanner.isArabicDigit(text[i + 1]) || ChineseNumber.digit(text[i + 1]) != nil {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The bracket pair the offset stands in within the phrase: (after the
    /// opening bracket, the closing bracket), or the whole phrase.
    private func enclosingBrackets(_ text: [Unicode.Scalar], phrase: Range<Int>, at index: Int) -> (Int, Int) {
        // Brackets of the genre hold a few words; looking no further keeps a long
        // phrase full of numbers linear.
        var open: Int? = nil
        var depth = 0
        var i = index - 1
        while i >= max(phrase.lowerBound, index - 100) {
            if text[i] == ")" || text[i] == "）" { depth += 1 }
            if text[i] == "(" || text[i] == "（" {
                if depth == 0 { open = i; break }
                depth -= 1
            }
            i -= 1
        }
        guard let open else { return (phrase.lowerBound, phrase.upperBound) }
        var j = index
        while j < min(phrase.upperBound, index + 100) {
            if text[j] == ")" || text[j] == "）" { return (open + 1, j) }
            j += 1
        }
        return (phrase.lowerBound, phrase.upperBound)
    }

    private func onlyConjunction(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var i = range.lowerBound
        while i < range.upperBound {
            if ClauseText.isSpace(text[i]) { i += 1; continue }
            guard let c = IndicatorPhrase.conjunctions.match(in: text, at: i, limit: range.upperBound) else { return false }
            i += c.length
        }
        return true
    }

    static let durationUnits = Set(TargetLexicon.durationUnits)
    static let eachWords = ["均", "都", "全部"]
    static let timeLimitUnits = Set(TargetLexicon.timeLimitUnits)
    static let penaltyVerbs = WordTable(words: TargetLexicon.penaltyVerbs)
    /// 六十日内或者行驶里程三千公里内: what follows is the other limit, not the act limited.
    static let alternativeWords = WordTable(words: ["或者", "或"])
    static let durationHedges = WordTable(words: TargetLexicon.durationHedges)
    static let frontVerbs = WordTable(words: TargetLexicon.frontVerbs)
    static let frontScopes = WordTable(words: TargetLexicon.frontScopes)
    static let nounsOpeningWithAVerb = WordTable(words: TargetLexicon.nounsOpeningWithAVerb)
    static let boundsBefore = WordTable(TargetLexicon.boundsBefore)

    private func containsWord(_ table: WordTable<Bool>, _ text: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end {
            if table.match(in: text, at: i, limit: end) != nil { return true }
            i += 1
        }
        return false
    }

    /// The last bound word of two characters or more in text[start..<end]
    /// (不少于, 至少, 不得超过): its offset and comparator.
    static func boundBeforeBase(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> (Int, Comparator)? {
        var found: (Int, Comparator)? = nil
        var i = start
        while i < end {
            if let b = boundsBefore.match(in: text, at: i, limit: end), b.length > 1 {
                found = (i, b.value)
                i += b.length
                continue
            }
            i += 1
        }
        return found
    }

    /// The indicator as a noun phrase: without the verbs and scope words in front
    /// (在继续巩固落实好|生均财政拨款水平, 各区打造|示范工地, 新增|消纳码头) and without
    /// the period words inside (规划每5年修订 → 规划修订). A verb at the end stays:
    /// a change target keeps its verb (工业增加值增长).
    static func nounPhrase(_ name: String) -> String {
        var scalars = PeriodWords.removingPeriods(Array(name.unicodeScalars))
        // Only from the front: scope words, adverbs and verbs, in any order, up to
        // the first word of the noun (城镇新增就业 keeps its 新增: 城镇 is no scope).
        var cut = 0
        var i = 0
        var sawVerb = false
        while i < scalars.count {
            // 建成区绿化覆盖率: 建成区 (the built-up area) is a noun, not the verb 建成.
            if nounsOpeningWithAVerb.match(in: scalars, at: i) != nil { break }
            if let verb = frontVerbs.match(in: scalars, at: i), scalars.count - (i + verb.length) >= 2 {
                i += verb.length
                cut = i
                sawVerb = true
            } else if let scope = frontScopes.match(in: scalars, at: i), scalars.count - (i + scope.length) >= 2 {
                i += scope.length
            } else {
                break
            }
        }
        if cut > 0, sawVerb { scalars = Array(scalars[cut...]) }
        while let first = scalars.first, first == "的" || first == "好" || ClauseText.isSpace(first) { scalars.removeFirst() }
        return scalarString(scalars, 0..<scalars.count)
    }

    private func hasYearlyWord(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end {
            if ClauseTargetReader.yearlyWords.match(in: text, at: i, limit: end) != nil { return true }
            i += 1
        }
        return false
    }

}
