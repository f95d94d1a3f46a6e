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

    public func segment(_ source: SourceText) -> Result {
        let paragraphs = source.paragraphs
        let notice = TransmittalNotice.find(in: paragraphs)
        let bodyStart = notice?.planStart ?? 0
        var pass = SegmentationPass(paragraphs: paragraphs)
        if bodyStart > 0 { pass.preamble(paragraphs[0..<bodyStart]) }
        for index in bodyStart..<paragraphs.count {
            pass.read(index)
        }
        guard pass.sawHeading else {
            return paragraphsOnly(paragraphs, bodyStart: bodyStart, notice: notice)
        }
        var (clauses, warnings) = pass.finish()
        markGarbledSpans(&clauses, warnings: &warnings)
        markReferences(&clauses)
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

    /// Records mis-decoded spans on each clause and one `garbled-text` warning per affected clause.
    private func markGarbledSpans(_ clauses: inout [Clause], warnings: inout [DocumentWarning]) {
        for i in clauses.indices where GarbledSpanDetector.mayContainSignal(clauses[i].text) {
            let text = clauses[i].text
            let spans = GarbledSpanDetector.spans(in: text)
            guard !spans.isEmpty else { continue }
            clauses[i].garbledSpans = spans
            let shown = spans.prefix(3).map { span -> String in
                let start = text.index(text.startIndex, offsetBy: span.lowerBound)
                let piece = text[start...].prefix(min(span.count, 24))
                return "“" + String(piece) + (span.count > 24 ? "…" : "") + "”"
            }.joined(separator: ", ")
            let where_ = clauses[i].label ?? clauses[i].kind.rawValue
            warnings.append(DocumentWarning(
                code: .garbledText,
                message: "\(where_): \(spans.count) span(s) look mis-decoded and are left out of matching: \(shown)",
                clause: clauses[i].id))
        }
    }

    /// The cross-references each clause makes (本法第X条, 《…》第X条第X款, 前款).
    private func markReferences(_ clauses: inout [Clause]) {
        for i in clauses.indices where ClauseReferenceReader.mayHoldReferences(clauses[i].text) {
            let clause = clauses[i]
            let own = clause.label.map { clause.text.hasPrefix($0) ? $0.count : 0 } ?? 0
            clauses[i].references = ClauseReferenceReader.references(in: clause.text, ownLabelLength: own,
                                                                     paragraph: Self.paragraphNumber(of: clause.path))
        }
    }

    /// The paragraph (款) a clause belongs to: 第十二条/第二款/(一) is in the second; an
    /// article's own text and its items before any further paragraph are its first.
    static func paragraphNumber(of path: [String]) -> Int? {
        for label in path.reversed() {
            if label.hasSuffix("款"), label.hasPrefix("第") {
                return ChineseNumeral.value(of: label.dropFirst().dropLast())
            }
            if label.hasPrefix("第"), label.hasSuffix("条") || label.contains("条之") { return 1 }
        }
        return nil
    }

    static func id(_ index: Int) -> String { "c\(index)" }
}
