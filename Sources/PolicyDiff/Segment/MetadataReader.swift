import Foundation

/// Reads what a document says about itself: title, issuer, level, date,
/// document number and the documents it implements.
///
/// Sources, best first: the page's information table (`PageInfo`); the same
/// fields written as labelled lines in a saved text (成文日期 2018-12-30); the
/// heading block before the first item (title line, issuer line, the number
/// on its own line, a transmitting notice and its signature); the signature at
/// the end. A transmitting 通知's title is the plan's title.
public struct MetadataReader: Sendable {
    public init() {}

    /// Words a document's title ends with (its genre).
    static let documentKinds = ["意见", "方案", "通知", "办法", "规定", "规划", "决定", "纲要", "细则", "计划", "条例",
                                "措施", "通告", "决议", "公告", "批复", "报告", "指南", "制度", "规则", "章程", "要点", "函"]
    static let maxTitleLength = 80
    /// The heading block and the signature are short: look only this far.
    static let headLimit = 30
    static let tailLimit = 15
    /// Labels of the page-information fields when they stand in the text.
    static let dateWrittenLabels = ["成文日期", "成文时间"]
    static let datePublishedLabels = ["发布日期", "发布时间", "公开日期", "发文日期"]
    static let issuerLabels = ["发文机关", "发文单位", "发布机关"]
    static let numberLabels = ["发文字号", "文号"]
    static let titleLabels = ["标题", "文件名称"]
    /// Lines of page information are short; longer lines are body text and are not searched for labels.
    static let maxLabelledLineBytes = 400
    /// Words that mark the scope of a document when no issuer is named (全省 → a provincial plan).
    static let scopeWords: [(String, AdministrativeLevel)] = [
        ("全国", .national), ("我国", .national), ("全省", .provincial), ("我省", .provincial),
        ("全市", .city), ("我市", .city), ("全县", .county), ("我县", .county),
    ]

    public func metadata(of source: SourceText, clauses: [Clause]) -> DocumentMetadata {
        metadata(of: source, clauses: clauses, notice: TransmittalNotice.find(in: source.paragraphs))
    }

    /// The same, with the transmitting notice the segmenter already found
    /// (`ClauseSegmenter.Result.notice`), so that it is not looked for twice.
    public func metadata(of source: SourceText, clauses: [Clause], notice: TransmittalNotice?) -> DocumentMetadata {
        let paragraphs = source.paragraphs
        // A law states its history under its title: the title is the first line, and the
        // steps give the issuer, the decree number and the latest version's date.
        let history = notice == nil ? LegislativeHistory.read(paragraphs, titleIndex: 0) : nil
        let events = history?.events ?? []
        // Names are read without the invisible controls a page may hide in them.
        var head = headBlock(paragraphs, clauses: clauses).map(TextNormalizer.withoutInvisibleControls)
        if let history { head.removeFirst(min(head.count, history.lastLine + 1)) }
        let tail = paragraphs.suffix(Self.tailLimit).map(TextNormalizer.withoutInvisibleControls)
        let info = source.pageInfo

        let lawTitle = history.map { _ in Self.strippedBookTitle(paragraphs[0]) }
        let title = nonEmpty(info.title) ?? lawTitle ?? readTitle(info, head: head, notice: notice)
        let latest = events.max { $0.date < $1.date }
        let docNumber = nonEmpty(info.docNumber) ?? Self.latest(events, \.number) ?? readDocNumber(info, head: head)
        // A city's regulation is the city legislature's; the province only approves it.
        let issuer = nonEmpty(info.issuer) ?? Self.latest(events.filter { $0.action != .approved }, \.organ)
            ?? readIssuer(info, head: head, tail: tail, title: title)
        let date = nonEmpty(info.dateWritten) ?? latest?.date ?? readDate(info, head: head, tail: tail, docNumber: docNumber)
        var level = issuer.map(IssuerLevel.level(ofIssuer:)) ?? .unknown
        if level == .unknown { level = scopeLevel(clauses) }
        // The notice's own lines (印发《X》的通知, 现将《X》印发给你们) name the plan, not a basis:
        // the cue words of `CitationReader` keep them out. A regulation states its basis in
        // its title (浙江省实施《…法》办法) and its first article (根据《…法》…，制定本办法).
        var basis = head
        // The first article stands among the first few headings (after 第一章 总则), never far in.
        if let first = clauses.prefix(Self.headLimit).first(where: { $0.kind == .numbered && $0.path.count == 1
                                                                       && $0.label.map(Self.isFirstArticle) == true }) {
            let label = first.label.map { first.text.hasPrefix($0) ? $0.count : 0 } ?? 0
            basis.append(String(first.text.dropFirst(label)))
        }
        var cites = title.map(CitationReader.titleBasis) ?? []
        for cite in CitationReader.citations(in: basis.joined(separator: "\n")) where !cites.contains(cite) { cites.append(cite) }
        let visible = TextNormalizer.withoutInvisibleControls
        return DocumentMetadata(title: title.map(visible), issuer: issuer.map(visible), level: level, date: date,
                                docNumber: docNumber.map(visible),
                                cites: cites.map { Citation(title: visible($0.title), docNumber: $0.docNumber.map(visible)) },
                                history: events, effective: effectiveDate(clauses))
    }

    /// 第一条 as written (第一条, 笫一条, 第1条).
    static func isFirstArticle(_ label: String) -> Bool {
        HeadingLabel.parse(Array(label)).map { $0.style == .article && $0.number == 1 && $0.insertion == 0 } ?? false
    }

    /// The value of the latest step that states one.
    private static func latest(_ events: [LegislativeEvent], _ field: KeyPath<LegislativeEvent, String?>) -> String? {
        events.sorted { $0.date < $1.date }.reversed().lazy.compactMap { $0[keyPath: field] }.first
    }

    /// 《中华人民共和国消费者权益保护法》 → 中华人民共和国消费者权益保护法; inner 《》 are kept.
    static func strippedBookTitle(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("《"), trimmed.hasSuffix("》"), CitationReader.bookTitles(in: trimmed).count == 1 else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }

    /// The date a closing sentence puts the text into force: 本法自1994年1月1日起施行.
    private func effectiveDate(_ clauses: [Clause]) -> String? {
        // The closing is at the end: only the last few closing clauses are read.
        for clause in clauses.reversed().lazy.filter({ $0.kind == .closing }).prefix(3) where ScalarText.contains(clause.text, "起") {
            let chars = Array(clause.text)
            var i = 0
            while i < chars.count {
                if chars[i] == "自", let (iso, end) = DocumentDate.parse(chars, from: i + 1),
                   String(chars[end..<min(chars.count, end + 4)]).hasPrefix("起") {
                    return iso
                }
                i += 1
            }
        }
        return nil
    }

    private func readTitle(_ info: PageInfo, head: [String], notice: TransmittalNotice?) -> String? {
        if let title = nonEmpty(info.title) { return title }
        if let title = labelled(Self.titleLabels, in: head) { return title }
        if let plan = notice?.planTitle { return plan }
        return titleLine(in: head)
    }

    /// The document's own number: the one on its own line under the title, never one cited in a sentence.
    private func readDocNumber(_ info: PageInfo, head: [String]) -> String? {
        if let number = nonEmpty(info.docNumber) { return number }
        if let line = labelled(Self.numberLabels, in: head), let number = DocumentNumber.all(in: line).first { return number }
        return head.lazy.compactMap(DocumentNumber.standalone).first
    }

    private func readIssuer(_ info: PageInfo, head: [String], tail: [String], title: String?) -> String? {
        if let issuer = nonEmpty(info.issuer) { return issuer }
        if let line = labelled(Self.issuerLabels, in: head), let issuer = organLine(line) { return issuer }
        if let issuer = head.prefix(5).lazy.compactMap(organLine).first { return issuer }
        if let issuer = signature(in: head) ?? signature(in: tail) { return issuer }
        return title.flatMap(issuerPrefix)
    }

    /// The date of issue (成文日期, the date under the signature) over the date of publication.
    private func readDate(_ info: PageInfo, head: [String], tail: [String], docNumber: String?) -> String? {
        if let date = nonEmpty(info.dateWritten) { return date }
        if let date = labelledDate(Self.dateWrittenLabels, in: head) { return date }
        if let date = head.lazy.compactMap(DocumentDate.standalone).first { return date }
        if let date = tail.reversed().lazy.compactMap(DocumentDate.standalone).first { return date }
        if let date = nonEmpty(info.datePublished) { return date }
        if let date = labelledDate(Self.datePublishedLabels, in: head) { return date }
        return docNumber.flatMap(DocumentNumber.year).map(String.init)
    }

    /// The lines before the first item: the preamble (for a 通知, the notice and the plan's opening).
    private func headBlock(_ paragraphs: [String], clauses: [Clause]) -> [String] {
        if let first = clauses.first, first.kind == .preamble {
            return first.text.split(separator: "\n", omittingEmptySubsequences: true).prefix(Self.headLimit * 2).map(String.init)
        }
        if clauses.first?.kind == .paragraph || clauses.isEmpty {
            return Array(paragraphs.prefix(Self.headLimit))
        }
        return []
    }

    /// A standalone line ending in a document kind: 关于开展质量提升行动实施方案,
    /// possibly broken over two lines (…关于加快推进农业机械化和 / 农机装备产业转型升级的指导意见).
    private func titleLine(in head: [String]) -> String? {
        let lines = head.prefix(Self.headLimit).map { $0.trimmingCharacters(in: .whitespaces) }
        for (i, line) in lines.enumerated() {
            if looksLikeTitle(line) { return line }
            if i + 1 < lines.count, line.contains("关于"), !line.contains("。"), !endsWithKind(line) {
                let joined = line + lines[i + 1]
                if looksLikeTitle(joined) { return joined }
            }
        }
        return nil
    }

    private func looksLikeTitle(_ line: String) -> Bool {
        guard (4...Self.maxTitleLength).contains(line.count), endsWithKind(line) else { return false }
        return !line.contains { "。，,；;：:".contains($0) }
    }

    private func endsWithKind(_ line: String) -> Bool {
        Self.documentKinds.contains { line.hasSuffix($0) }
    }

    /// A line of organ names only (中共张掖市委 张掖市人民政府), kept as written.
    private func organLine(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let names = IssuerLevel.organNames(in: trimmed) else { return nil }
        return trimmed.contains("、") ? trimmed : names.joined(separator: " ")
    }

    /// The organ lines just above a standalone date: a signature.
    private func signature(in lines: [String]) -> String? {
        for i in lines.indices where DocumentDate.standalone(lines[i]) != nil {
            var names: [String] = []
            var j = i - 1
            while j >= 0, i - j <= 4, let organs = organLine(lines[j]) {
                names.insert(organs, at: 0)
                j -= 1
            }
            if !names.isEmpty { return names.joined(separator: " ") }
        }
        return nil
    }

    /// 中共中央、国务院关于… → 中共中央、国务院.
    private func issuerPrefix(of title: String) -> String? {
        guard let about = title.range(of: "关于") else { return nil }
        let prefix = String(title[..<about.lowerBound])
        return prefix.isEmpty ? nil : organLine(prefix)
    }

    /// The value after a label such as 发文单位 in a line of the heading block.
    private func labelled(_ labels: [String], in head: [String]) -> String? {
        for line in head.prefix(Self.headLimit) where line.utf8.count <= Self.maxLabelledLineBytes {
            for label in labels {
                guard ScalarText.mayFind(label, in: line), let range = line.range(of: label) else { continue }
                let value = line[range.upperBound...].drop { $0 == ":" || $0 == "：" || LabelPadding.contains($0) }
                let end = value.range(of: "  ")?.lowerBound ?? value.endIndex
                let text = String(value[..<end]).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { return text }
            }
        }
        return nil
    }

    private func labelledDate(_ labels: [String], in head: [String]) -> String? {
        for line in head.prefix(Self.headLimit) where line.utf8.count <= Self.maxLabelledLineBytes {
            for label in labels {
                guard ScalarText.mayFind(label, in: line), let range = line.range(of: label) else { continue }
                let value = Array(line[range.upperBound...].drop { $0 == ":" || $0 == "：" || LabelPadding.contains($0) })
                if let (iso, _) = DocumentDate.parse(value) { return iso }
            }
        }
        return nil
    }

    /// With no issuer named, the territory the text speaks of (全省, 全市 …), when one clearly dominates.
    private func scopeLevel(_ clauses: [Clause]) -> AdministrativeLevel {
        // The scope words are two scalars (全省, 我市): one pass over the scalars counts them all.
        var levels: [String: AdministrativeLevel] = [:]
        for (word, level) in Self.scopeWords { levels[word] = level }
        var counts: [AdministrativeLevel: Int] = [:]
        for clause in clauses where clause.kind != .closing {
            var previous: Unicode.Scalar = " "
            for scalar in clause.text.unicodeScalars {
                if previous == "全" || previous == "我" {
                    var pair = String.UnicodeScalarView()
                    pair.append(previous)
                    pair.append(scalar)
                    if let level = levels[String(pair)] { counts[level, default: 0] += 1 }
                }
                previous = scalar
            }
        }
        let ranked = AdministrativeLevel.allCases.map { ($0, counts[$0] ?? 0) }.sorted { $0.1 > $1.1 }
        guard let top = ranked.first, top.1 >= 2, top.1 >= 2 * (ranked.dropFirst().first?.1 ?? 0) else { return .unknown }
        return top.0
    }

    private func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return s
    }
}
