import Foundation

/// Cuts a text into a clause tree from the numbered headings of Chinese official
/// documents: 一、 / (一) / 1. / (1) / ① / —— / 第X章 / 第X节 / 第X条.
///
/// One pass over the paragraphs: each line that has a label shape
/// (`HeadingLabel`) and whose number fits its series (`HeadingOutline`) opens
/// a clause; every other line is body of the clause open at that point. Text
/// before the first heading is the preamble (for a transmitting 通知, the whole
/// notice); a closing paragraph after the last item (`ClosingParagraph`) and
/// whatever follows it form the closing clause. Clause texts are built from
/// arrays of lines, so the work is linear in the size of the text.
public struct ClauseSegmenter: Sendable {
    public init() {}

    public struct Result: Sendable, Equatable {
        public var clauses: [Clause]
        public var warnings: [DocumentWarning]
        /// The transmitting notice, when the document is one.
        public var notice: TransmittalNotice?
    }

    private struct Draft {
        var kind: ClauseKind
        var parent: Int?
        var path: [String]
        var label: String?
        var title: String?
        var lines: [String]
    }

    private struct PendingWarning {
        var code: WarningCode
        var message: String
        var clause: Int?
    }

    public func segment(_ source: SourceText) -> Result {
        let paragraphs = source.paragraphs
        let notice = TransmittalNotice.find(in: paragraphs)
        let bodyStart = notice?.planStart ?? 0

        var drafts: [Draft] = []
        var pending: [PendingWarning] = []
        var outline = HeadingOutline()
        var sawHeading = false
        var reportedTruncation = false
        var closing: [String] = []
        var inClosing = false

        if bodyStart > 0 {
            drafts.append(Draft(kind: .preamble, path: [], lines: Array(paragraphs[0..<bodyStart])))
        }
        for index in bodyStart..<paragraphs.count {
            let line = paragraphs[index]
            if sawHeading, let annex = AnnexHeading.label(of: line) {
                // An annex: its own numbering, hung under a clause of its own.
                if !closing.isEmpty { drafts.append(Draft(kind: .closing, path: [], lines: closing)) }
                closing.removeAll()
                inClosing = false
                let clause = drafts.count
                drafts.append(Draft(kind: .numbered, path: [annex], label: line.trimmingCharacters(in: .whitespaces),
                                    title: titleOnNextLine(paragraphs, after: index), lines: [line]))
                outline = HeadingOutline(baseClause: clause, basePath: [annex])
                continue
            }
            // Labels and titles sit at the start of a line: only its head is read as characters.
            let chars = HeadingLabel.mayStart(line) ? Array(line.prefix(Self.headLength)) : []
            let complete = chars.count < Self.headLength
            if !chars.isEmpty, let label = HeadingLabel.parse(chars),
               outline.restartsTopSeries(label, line: chars, complete: complete) {
                if !closing.isEmpty { drafts.append(Draft(kind: .closing, path: [], lines: closing)) }
                closing.removeAll()
                inClosing = false
                outline = HeadingOutline()
            }
            if !chars.isEmpty, let label = HeadingLabel.parse(chars), let placement = outline.placement(for: label) {
                if inClosing {
                    // A heading that carries a running series on: the "closing" was body after all.
                    guard placement.continuesSeries && label.style != .dash else {
                        closing.append(line)
                        continue
                    }
                    appendBody(closing, to: &drafts)
                    closing.removeAll()
                    inClosing = false
                }
                let clause = drafts.count
                drafts.append(Draft(kind: .numbered, parent: placement.parent, path: outline.path(for: placement),
                                    label: label.written,
                                    title: label.textStart >= chars.count && complete
                                        ? titleOnNextLine(paragraphs, after: index)
                                        : InlineTitle.title(of: chars, from: label.textStart, complete: complete),
                                    lines: [line]))
                outline.open(label, at: placement, clause: clause)
                sawHeading = sawHeading || label.style != .dash
                switch placement.issue {
                case .truncatedStart?:
                    if !reportedTruncation {
                        reportedTruncation = true
                        pending.append(PendingWarning(
                            code: .truncatedStart,
                            message: "the text starts in the middle of a series: \(label.written) is not the first of its numbering, so earlier parts are missing",
                            clause: clause))
                    }
                case .skipped(let expected)?:
                    pending.append(PendingWarning(
                        code: .numberingGap,
                        message: "\(label.written) follows where \(label.style.display(number: expected)) was expected: numbering skips \(label.number - expected) item(s)",
                        clause: clause))
                case .repeated?:
                    pending.append(PendingWarning(
                        code: .numberingGap,
                        message: "\(label.written) repeats the number of the item before it",
                        clause: clause))
                case nil:
                    break
                }
                continue
            }
            if inClosing {
                closing.append(line)
            } else if sawHeading && ClosingParagraph.matches(line) {
                inClosing = true
                closing.append(line)
            } else {
                appendBody([line], to: &drafts)
            }
        }

        if !sawHeading {
            return paragraphsOnly(paragraphs, bodyStart: bodyStart, notice: notice)
        }
        if !closing.isEmpty {
            drafts.append(Draft(kind: .closing, path: [], lines: closing))
        }
        var clauses: [Clause] = []
        clauses.reserveCapacity(drafts.count)
        for (i, draft) in drafts.enumerated() {
            clauses.append(Clause(id: Self.id(i), parent: draft.parent.map(Self.id), path: draft.path,
                                  label: draft.label, kind: draft.kind, title: draft.title,
                                  text: draft.lines.joined(separator: "\n")))
        }
        var warnings = pending.map { DocumentWarning(code: $0.code, message: $0.message, clause: $0.clause.map(Self.id)) }
        markGarbledSpans(&clauses, warnings: &warnings)
        return Result(clauses: clauses, warnings: warnings, notice: notice)
    }

    /// A document with no numbered structure: one clause per paragraph (the notice, if any, as preamble).
    private func paragraphsOnly(_ paragraphs: [String], bodyStart: Int, notice: TransmittalNotice?) -> Result {
        var clauses: [Clause] = []
        if bodyStart > 0 {
            clauses.append(Clause(id: Self.id(0), path: [], kind: .preamble,
                                  text: paragraphs[0..<bodyStart].joined(separator: "\n")))
        }
        for paragraph in paragraphs[bodyStart...] {
            clauses.append(Clause(id: Self.id(clauses.count), path: [], kind: .paragraph, text: paragraph))
        }
        var warnings: [DocumentWarning] = []
        if !paragraphs.isEmpty {
            warnings.append(DocumentWarning(code: .noHeadings,
                                            message: "no numbered headings found: one clause per paragraph"))
        }
        markGarbledSpans(&clauses, warnings: &warnings)
        return Result(clauses: clauses, warnings: warnings, notice: notice)
    }

    /// A label standing alone on its line (a table cell, a heading broken after its
    /// number, 附件 above the annex's name) takes its title from the next line
    /// when that line is a short phrase and not a heading itself.
    private func titleOnNextLine(_ paragraphs: [String], after index: Int) -> String? {
        guard index + 1 < paragraphs.count else { return nil }
        let next = paragraphs[index + 1].trimmingCharacters(in: .whitespaces)
        guard !next.isEmpty, next.count <= InlineTitle.maxRunInLength, !next.contains("。"),
              !HeadingLabel.mayStart(next) || HeadingLabel.parse(Array(next)) == nil else { return nil }
        return next
    }

    private func appendBody(_ lines: [String], to drafts: inout [Draft]) {
        if drafts.isEmpty { drafts.append(Draft(kind: .preamble, path: [], lines: [])) }
        drafts[drafts.count - 1].lines.append(contentsOf: lines)
    }

    /// Records mis-decoded spans on each clause and one `garbled-text` warning per affected clause.
    private func markGarbledSpans(_ clauses: inout [Clause], warnings: inout [DocumentWarning]) {
        for i in clauses.indices where GarbledSpanDetector.mayContainSignal(clauses[i].text) {
            let chars = Array(clauses[i].text)
            let spans = GarbledSpanDetector.spans(in: chars)
            guard !spans.isEmpty else { continue }
            clauses[i].garbledSpans = spans
            let shown = spans.prefix(3).map { span -> String in
                let piece = chars[span.lowerBound..<min(span.upperBound, span.lowerBound + 24)]
                return "“" + String(piece) + (span.count > 24 ? "…" : "") + "”"
            }.joined(separator: ", ")
            let where_ = clauses[i].label ?? clauses[i].kind.rawValue
            warnings.append(DocumentWarning(
                code: .garbledText,
                message: "\(where_): \(spans.count) span(s) look mis-decoded and are left out of matching: \(shown)",
                clause: clauses[i].id))
        }
    }

    static func id(_ index: Int) -> String { "c\(index)" }

    /// Characters of a line read for its label and title: longer than any label plus a standalone title.
    static let headLength = 96
}
