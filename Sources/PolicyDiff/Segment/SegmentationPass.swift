/// The state of one pass of `ClauseSegmenter` over a document's paragraphs:
/// the clauses drafted so far, the open outline, and a closing paragraph that
/// may yet turn out to be body.
struct SegmentationPass {
    struct Draft {
        var kind: ClauseKind
        var parent: Int?
        var path: [String]
        var label: String?
        var title: String?
        var lines: [String]
        var tableRow: TableRow? = nil
    }

    private struct PendingWarning {
        var code: WarningCode
        var message: String
        var clause: Int
    }

    /// Characters of a line read for its label and title: longer than any label plus a standalone title.
    static let headLength = 96

    let paragraphs: [String]
    private(set) var drafts: [Draft] = []
    private(set) var sawHeading = false
    private var pending: [PendingWarning] = []
    private var outline = HeadingOutline()
    private var reportedTruncation = false
    /// Lines from a closing paragraph on; `nil` while no closing paragraph has been seen.
    private var closing: [String]? = nil
    /// Paragraphs before this index were read as part of a table.
    private var tableEnd = 0
    /// The number the next line of a list of annexes (附件：1.… / 2.… / 3.…) carries.
    private var annexListNext: Int? = nil
    /// The number of the last annex opened by `附件N：title`.
    private var lastAnnex = 0

    init(paragraphs: [String]) {
        self.paragraphs = paragraphs
    }

    mutating func preamble(_ lines: ArraySlice<String>) {
        drafts.append(Draft(kind: .preamble, path: [], lines: Array(lines)))
    }

    mutating func read(_ index: Int) {
        guard index >= tableEnd else { return }
        let line = paragraphs[index]
        if sawHeading, let annex = AnnexHeading.label(of: line) {
            annexListNext = nil
            openAnnex(annex, line: line, index: index)
            return
        }
        if sawHeading, let annex = AnnexHeading.titled(line), opensTitledAnnex(annex.number, at: index) {
            annexListNext = nil
            openAnnex(annex.label, line: line, index: index, title: annex.title)
            lastAnnex = annex.number
            return
        }
        if TableHeader.mayBeName(line), let table = TableReader(paragraphs: paragraphs).table(at: index) {
            openTable(table)
            return
        }
        if let next = annexListNext {
            // 附件：1.X then 2.Y on lines of their own: the list of annexes, not items.
            if AnnexHeading.continuesList(line, number: next) {
                annexListNext = next + 1
                if closing != nil { closing?.append(line) } else { appendBody([line]) }
                return
            }
            annexListNext = nil
        }
        if sawHeading, let next = AnnexHeading.listStart(line) { annexListNext = next }
        // Labels and titles sit at the start of a line: only its head is read as characters.
        let chars = HeadingLabel.mayStart(line) ? Self.head(of: line) : []
        let complete = chars.count < Self.headLength
        if let label = chars.isEmpty ? nil : HeadingLabel.parse(chars) {
            if outline.restartsTopSeries(label, line: chars, complete: complete) {
                closeClosing()
                outline = HeadingOutline()
            }
            if let placement = outline.placement(for: label) {
                openHeading(label, at: placement, line: line, chars: chars, complete: complete, index: index)
                return
            }
        }
        if closing != nil {
            closing?.append(line)
        } else if sawHeading && !outline.isInsideArticle && ClosingParagraph.matches(line) || sawHeading && startsSignature(at: index) {
            // Inside an article a paragraph naming the document (本办法施行前…) is law, not a closing:
            // a law closes with its 施行 article instead.
            closing = [line]
        } else if outline.isInsideArticle && previousLineEndsSentence() {
            openParagraph(line)
        } else {
            appendBody([line])
        }
    }

    /// A line of an article after a finished sentence starts its next paragraph (款):
    /// laws number paragraphs by position (第十二条第二款), never by a label. A line
    /// that does not follow a sentence end continues the one before (a line broken mid-sentence).
    private func previousLineEndsSentence() -> Bool {
        guard let last = drafts.last?.lines.last else { return false }
        let scalars = last.unicodeScalars.reversed().drop { LabelPadding.containsScalar($0) || $0 == "”" || $0 == "’" || $0 == "」" }
        guard let end = scalars.first else { return false }
        return end == "。" || end == "！" || end == "？" || end == "!" || end == "?"
    }

    private mutating func openParagraph(_ line: String) {
        guard let (parent, path) = outline.openParagraph(clause: drafts.count) else {
            appendBody([line])
            return
        }
        drafts.append(Draft(kind: .numbered, parent: parent, path: path, label: nil, title: nil, lines: [line]))
    }

    /// The first `headLength` Characters of a line, in one walk over its scalars
    /// when each is a Character of its own (`CharacterText`).
    static func head(of line: String) -> [Character] {
        CharacterText.prefix(of: line, headLength)
    }

    /// The clauses in reading order with ids c0, c1, …, and the structural warnings.
    mutating func finish() -> ([Clause], [DocumentWarning]) {
        closeClosing()
        var clauses: [Clause] = []
        clauses.reserveCapacity(drafts.count)
        for (i, draft) in drafts.enumerated() {
            clauses.append(Clause(id: ClauseSegmenter.id(i), parent: draft.parent.map(ClauseSegmenter.id), path: draft.path,
                                  label: draft.label, kind: draft.kind, title: draft.title.map(TextNormalizer.withoutInvisibleControls),
                                  text: draft.lines.joined(separator: "\n"), tableRow: draft.tableRow))
        }
        let warnings = pending.map { DocumentWarning(code: $0.code, message: $0.message, clause: ClauseSegmenter.id($0.clause)) }
        return (clauses, warnings)
    }

    /// A table's rows become clauses under the clause the table stands in.
    private mutating func openTable(_ table: TableReader.Table) {
        closeClosing()
        let (base, basePath) = outline.innermostOpen
        let built = TableClauses(paragraphs: paragraphs).drafts(for: table, base: base, basePath: basePath, firstIndex: drafts.count + (drafts.isEmpty ? 1 : 0))
        appendBody(built.headerLines)
        drafts += built.rows
        tableEnd = table.end
        sawHeading = sawHeading || !built.rows.isEmpty
    }

    private mutating func openAnnex(_ annex: String, line: String, index: Int, title: String? = nil) {
        closeClosing()
        let clause = drafts.count
        drafts.append(Draft(kind: .numbered, path: [annex], label: title == nil ? line.trimmingCharacters(in: .whitespaces) : annex,
                            title: title ?? titleOnNextLine(after: index), lines: [line]))
        outline = HeadingOutline(baseClause: clause, basePath: [annex])
    }

    /// `附件1：X` opens annex 1 (then 2 …) when its own text follows: not another 附件 line
    /// (the list of annexes in the body, one a line), not a signature or a date.
    private func opensTitledAnnex(_ number: Int, at index: Int) -> Bool {
        guard number == lastAnnex + 1, index + 1 < paragraphs.count else { return false }
        let next = paragraphs[index + 1]
        if next.unicodeScalars.first(where: { !LabelPadding.containsScalar($0) }) == "附",
           AnnexHeading.titled(next) != nil || AnnexHeading.label(of: next) != nil { return false }
        return DocumentDate.standalone(next) == nil && !startsSignature(at: index + 1)
    }

    private mutating func openHeading(_ label: HeadingLabel, at placement: HeadingOutline.Placement, line: String,
                                      chars: [Character], complete: Bool, index: Int) {
        if let held = closing {
            // Only a heading that carries a running series on shows the "closing" was body after all.
            guard placement.continuesSeries && label.style != .dash else {
                closing?.append(line)
                return
            }
            closing = nil
            appendBody(held)
        }
        let clause = drafts.count
        let standsAlone = label.textStart >= chars.count && complete
        var title = standsAlone ? titleOnNextLine(after: index)
                                : InlineTitle.title(of: chars, from: label.textStart, complete: complete)
        if label.style.isDivision, !standsAlone, complete {
            // 第一章　总　　则: a chapter's title stands alone, spaced out for layout.
            title = InlineTitle.compacted(chars[label.textStart...])
        }
        let kind: ClauseKind = label.style == .article && ClosingParagraph.takesEffect(chars[label.textStart...]) ? .closing : .numbered
        drafts.append(Draft(kind: kind, parent: placement.parent, path: outline.path(for: placement, style: label.style),
                            label: label.written, title: title, lines: [line]))
        outline.open(label, at: placement, clause: clause)
        sawHeading = sawHeading || label.style != .dash
        if let issue = placement.issue { report(issue, label: label, clause: clause) }
    }

    private mutating func report(_ issue: HeadingOutline.Issue, label: HeadingLabel, clause: Int) {
        switch issue {
        case .truncatedStart:
            guard !reportedTruncation else { return }
            reportedTruncation = true
            pending.append(PendingWarning(
                code: .truncatedStart,
                message: "the text starts in the middle of a series: \(label.written) is not the first of its numbering, so earlier parts are missing",
                clause: clause))
        case .skipped(let expected):
            pending.append(PendingWarning(
                code: .numberingGap,
                message: "\(label.written) follows where \(label.style.display(number: expected)) was expected: numbering skips \(label.number - expected) item(s)",
                clause: clause))
        case .repeated:
            pending.append(PendingWarning(
                code: .numberingGap,
                message: "\(label.written) repeats the number of the item before it",
                clause: clause))
        }
    }

    /// The closing paragraph and what followed it become the closing clause.
    private mutating func closeClosing() {
        guard let lines = closing else { return }
        drafts.append(Draft(kind: .closing, path: [], lines: lines))
        closing = nil
    }

    private mutating func appendBody(_ lines: [String]) {
        if drafts.isEmpty { drafts.append(Draft(kind: .preamble, path: [], lines: [])) }
        drafts[drafts.count - 1].lines.append(contentsOf: lines)
    }

    /// The signature after the last item: lines of organ names only, then the date
    /// standing alone (国务院办公厅 / 2019年1月16日). It closes the text, not the last item.
    private func startsSignature(at index: Int) -> Bool {
        var j = index
        while j < paragraphs.count, j - index < ClosingParagraph.maxSignatureLines,
              paragraphs[j].utf8.count <= ClosingParagraph.maxSignatureLineBytes,
              IssuerLevel.mayHoldOrganNames(paragraphs[j]),
              IssuerLevel.organNames(in: paragraphs[j].trimmingCharacters(in: .whitespaces)) != nil {
            j += 1
        }
        return j > index && j < paragraphs.count && DocumentDate.standalone(paragraphs[j]) != nil
    }

    /// A label standing alone on its line (a table cell, a heading broken after its
    /// number, 附件 above the annex's name) takes its title from the next line
    /// when that line is a short phrase and not a heading itself.
    private func titleOnNextLine(after index: Int) -> String? {
        guard index + 1 < paragraphs.count else { return nil }
        let next = paragraphs[index + 1].trimmingCharacters(in: .whitespaces)
        guard !next.isEmpty, next.count <= InlineTitle.maxRunInLength, !next.contains("。"),
              !HeadingLabel.mayStart(next) || HeadingLabel.parse(Array(next)) == nil else { return nil }
        return next
    }
}
