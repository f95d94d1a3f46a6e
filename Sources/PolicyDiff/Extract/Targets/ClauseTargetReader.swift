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
        let text = Array(clause.text.unicodeScalars)
        guard !text.isEmpty else { return Result(targets: [], scopeDeadline: inheritedDeadline) }
        let garbled = ClauseTargetReader.scalarRanges(of: clause.garbledSpans, in: clause.text)
        var masked = NotATarget.mask(text, garbled: garbled)
        let deadlines = DeadlineScope.mentions(in: text, masked: masked)
        for mention in deadlines { for k in mention.start..<min(mention.end, text.count) { masked[k] = true } }
        let isGoal = DeadlineScope.isGoalClause(title: clause.title, text: text)
        let bodyStart = ClauseTargetReader.labelEnd(clause.label, in: text)

        var targets: [Target] = []
        var running = inheritedDeadline
        var head: Int? = nil
        var sentenceIndex = 0
        var mentionIndex = 0
        forEachSentence(text, from: bodyStart) { sentence in
            // Deadlines of this sentence, and whether one opens it.
            var sentenceDeadlines: [DeadlineMention] = []
            while mentionIndex < deadlines.count, deadlines[mentionIndex].start < sentence.upperBound {
                if deadlines[mentionIndex].start >= sentence.lowerBound { sentenceDeadlines.append(deadlines[mentionIndex]) }
                mentionIndex += 1
            }
            if isGoal, let first = sentenceDeadlines.first, opensSentence(text, sentence, at: first.start) {
                if head == nil, sentenceIndex < 3 { head = first.year }
                running = first.year
            }
            sentenceIndex += 1
            forEachPhrase(text, in: sentence) { phrase in
                let spans = scanner.spans(in: text, range: phrase, masked: masked)
                var floor = phrase.lowerBound
                for span in spans {
                    let year = sentenceDeadlines.last(where: { $0.end <= span.start })?.year ?? running
                    targets += self.targets(of: span, in: text, phrase: phrase, floor: floor, year: year)
                    floor = span.end
                }
            }
        }
        let scope = isGoal ? (head ?? inheritedDeadline) : inheritedDeadline
        return Result(targets: targets, scopeDeadline: scope)
    }

    // MARK: One quantity

    private func targets(of span: NumberSpan, in text: [Unicode.Scalar], phrase: Range<Int>, floor: Int, year: Int?) -> [Target] {
        let left = IndicatorPhrase.left(text, from: floor, numberStart: span.start)
        let indicatorStart = IndicatorPhrase.trimLeadIns(text, from: floor, to: left.indicatorEnd)
        let leftRange = indicatorStart..<max(indicatorStart, left.indicatorEnd)
        let rightRange = span.end..<trimmedEnd(text, phrase)
        let postposed = rightRange.isEmpty

        let bounded = span.boundAfter != nil || left.bound != nil || span.approximate
        switch span.kind {
        case .percent, .multiple:
            break
        case .count:
            guard bounded || postposed || left.hasPredicate else { return [] }
        case .bare:
            guard left.hasPredicate || left.bound != nil, !span.low.looksLikeYear,
                  span.boundAfter != nil || left.bound != nil || IndicatorPhrase.endsInIndexHead(text, leftRange) else { return [] }
        }

        let comparator = span.boundAfter ?? left.bound ?? (span.approximate ? .approximately : .equal)
        let phraseText = scalarString(text, trimmedStart(text, phrase)..<trimmedEnd(text, phrase))
        let period: Period? = hasYearlyWord(text, from: phrase.lowerBound, to: span.start) ? .yearly : nil

        var indicators: [String]
        if postposed || (leftRange.isEmpty == false && !left.hasCountPredicate && span.kind != .percent) {
            indicators = IndicatorPhrase.items(text, leftRange).map { scalarString(text, $0) }
        } else if span.kind == .percent, !leftRange.isEmpty, !left.hasPredicate {
            indicators = [scalarString(text, leftRange) + scalarString(text, rightRange)]
        } else {
            let noun = IndicatorPhrase.nounAfter(text, from: span.end, to: rightRange.upperBound)
            if noun.isEmpty {
                indicators = IndicatorPhrase.items(text, leftRange).map { scalarString(text, $0) }
            } else {
                indicators = [scalarString(text, noun)]
            }
        }
        indicators = indicators.map(ClauseTargetReader.trimmed)
        if indicators.allSatisfy(\.isEmpty) { indicators = [phraseText] }
        return indicators.map { indicator in
            Target(indicator: indicator, value: span.low.double, valueMax: span.high?.double, unit: span.unit,
                   comparator: comparator, year: year, period: period, text: phraseText)
        }
    }

    private func hasYearlyWord(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end {
            if ClauseTargetReader.yearlyWords.match(in: text, at: i, limit: end) != nil { return true }
            i += 1
        }
        return false
    }

    // MARK: Sentences and phrases

    private static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        s == "。" || s == "！" || s == "？" || s == "!" || s == "?" || s == "\n" || s == "\r"
    }

    private static func isPhraseEnd(_ s: Unicode.Scalar) -> Bool {
        isSentenceEnd(s) || s == "，" || s == "," || s == "；" || s == ";" || s == "：" || s == ":"
    }

    private func forEachSentence(_ text: [Unicode.Scalar], from start: Int, _ body: (Range<Int>) -> Void) {
        var begin = start
        var i = start
        while i < text.count {
            if ClauseTargetReader.isSentenceEnd(text[i]) {
                if i > begin { body(begin..<i) }
                begin = i + 1
            }
            i += 1
        }
        if text.count > begin { body(begin..<text.count) }
    }

    private func forEachPhrase(_ text: [Unicode.Scalar], in sentence: Range<Int>, _ body: (Range<Int>) -> Void) {
        var begin = sentence.lowerBound
        for i in sentence where ClauseTargetReader.isPhraseEnd(text[i]) {
            // 3,000: a thousands comma is no phrase end.
            if text[i] == ",", i > sentence.lowerBound, i + 1 < sentence.upperBound,
               NumberSpanScanner.isArabicDigit(text[i - 1]), NumberSpanScanner.isArabicDigit(text[i + 1]) { continue }
            if i > begin { body(begin..<i) }
            begin = i + 1
        }
        if sentence.upperBound > begin { body(begin..<sentence.upperBound) }
    }

    /// A deadline opens its sentence when no phrase ends before it (到2020年，…;
    /// 力争到2020年，…).
    private func opensSentence(_ text: [Unicode.Scalar], _ sentence: Range<Int>, at index: Int) -> Bool {
        var i = sentence.lowerBound
        while i < index {
            if ClauseTargetReader.isPhraseEnd(text[i]) { return false }
            i += 1
        }
        return index - sentence.lowerBound <= 12
    }

    static func trimmed(_ string: String) -> String {
        let scalars = Array(string.unicodeScalars)
        var lower = 0, upper = scalars.count
        while lower < upper, isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
        return scalarString(scalars, lower..<upper)
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "\u{A0}" || s == "\t"
    }

    private func trimmedStart(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        while i < range.upperBound, ClauseTargetReader.isSpace(text[i]) { i += 1 }
        return i
    }

    /// The end of a phrase without trailing spaces and the closing brackets a
    /// quantity may stand before (…达到100%）).
    private func trimmedEnd(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var i = range.upperBound
        while i > range.lowerBound, ClauseTargetReader.isSpace(text[i - 1]) { i -= 1 }
        return i
    }

    /// The offset after the heading label (1. / (一) / 一、) when the text starts with it.
    static func labelEnd(_ label: String?, in text: [Unicode.Scalar]) -> Int {
        guard let label else { return 0 }
        let scalars = Array(label.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= text.count, Array(text[0..<scalars.count]) == scalars else { return 0 }
        return scalars.count
    }

    /// Character ranges (as `Clause.garbledSpans` gives them) as scalar ranges.
    static func scalarRanges(of ranges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        var offsets: [Int] = []
        offsets.reserveCapacity(text.count + 1)
        var scalarOffset = 0
        for character in text {
            offsets.append(scalarOffset)
            scalarOffset += character.unicodeScalars.count
        }
        offsets.append(scalarOffset)
        return ranges.compactMap { range in
            guard range.lowerBound >= 0, range.upperBound < offsets.count, range.lowerBound <= range.upperBound else { return nil }
            return offsets[range.lowerBound]..<offsets[range.upperBound]
        }
    }
}
