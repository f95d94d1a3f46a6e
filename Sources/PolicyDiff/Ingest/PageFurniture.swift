/// Cuts page furniture from the lines of a saved page or text: breadcrumbs,
/// toolbars, QR prompts, publication lines, editor and tag lines, lists of other
/// articles, footers and the runs of headlines and names a crawler keeps after
/// the end of the text. Publication and information lines are read into
/// `PageInfo` as they go.
///
/// Every rule judges a whole line by its shape (a label and a short value, a line
/// made only of widget words, a chain of short steps after 首页), never by a word
/// it contains, so a sentence of the body that mentions 打印 or 编辑 stays.
struct PageFurniture: Sendable {
    var table: PageFurnitureTable = .standard
    var infoLine = PageInfoLine()
    /// A class/id-marked container (nav, footer, share …) holding more text than
    /// this is not furniture: the marker was a false friend.
    var furnitureContainerLimit = 1500

    /// What was cut, by kind, in a fixed order for a deterministic message.
    enum Cut: Int, CaseIterable, Comparable {
        case information, navigation, toolbar, editor, related, footer, links, furnitureBlock, form, residue, trailing

        static func < (a: Cut, b: Cut) -> Bool { a.rawValue < b.rawValue }

        var noun: String {
            switch self {
            case .information: return "page information"
            case .navigation: return "navigation/breadcrumb"
            case .toolbar: return "toolbar/QR prompt"
            case .editor: return "editor/tag"
            case .related: return "related-article list"
            case .footer: return "footer"
            case .links: return "link list"
            case .furnitureBlock: return "navigation/footer block"
            case .form: return "search/login form"
            case .residue: return "punctuation residue"
            case .trailing: return "trailing headline/name"
            }
        }
    }

    struct Result {
        var paragraphs: [String]
        var pageInfo: PageInfo
        var cuts: [Cut: Int]
        /// The lines cut, in reading order, for tests and for checking a new site by hand.
        var removed: [(kind: Cut, text: String)] = []

        /// One line for the `boilerplate-removed` warning, nil when nothing was cut.
        var summary: String? {
            guard !cuts.isEmpty else { return nil }
            let parts = cuts.keys.sorted().map { kind -> String in
                let n = cuts[kind] ?? 0
                return "\(n) \(kind.noun) line\(n == 1 ? "" : "s")"
            }
            return "cut page furniture: " + parts.joined(separator: ", ")
        }
    }

    func clean(_ lines: [PageLine], pageInfo start: PageInfo = PageInfo()) -> Result {
        var info = start
        var cuts: [Cut: Int] = [:]
        var removed: [(kind: Cut, text: String)] = []
        var kept: [(index: Int, text: String)] = []
        var anchors: [Int] = []
        let smallContainers = small(lines, by: \.furnitureContainer, limit: furnitureContainerLimit)
        let smallForms = formsWithoutSentences(lines)
        let infoTables = informationTables(lines)
        var inRelatedList = false

        for (index, line) in lines.enumerated() {
            let text = line.text
            if inRelatedList {
                if isListItem(text) { cuts[.related, default: 0] += 1; removed.append((.related, text)); continue }
                inRelatedList = false
            }
            if let t = line.table, infoTables.contains(t) {
                if let pairs = infoLine.pairs(in: text) { absorb(pairs, into: &info) }
                cuts[.information, default: 0] += 1
                removed.append((.information, text))
                continue
            }
            if let pairs = infoLine.pairs(in: text) {
                absorb(pairs, into: &info)
                cuts[.information, default: 0] += 1
                removed.append((.information, text))
                continue
            }
            let cut: Cut?
            if let f = line.form, smallForms.contains(f) {
                cut = .form
            } else if let c = line.furnitureContainer, smallContainers.contains(c) {
                cut = .furnitureBlock
            } else if isBreadcrumb(text) || isSequenceLink(text) {
                cut = .navigation
            } else if isToolbar(text) {
                cut = .toolbar
            } else if isEditorOrTagLine(text) {
                anchors.append(index)
                cut = .editor
            } else if isRelatedHeading(text) {
                anchors.append(index)
                inRelatedList = true
                cut = .related
            } else if isFooter(text) {
                cut = .footer
            } else if isResidue(text) {
                cut = .residue
            } else if line.linkShare >= 0.5, !isBodyLike(text), !isAttachmentLine(text) {
                cut = .links
            } else {
                cut = nil
            }
            if let cut {
                cuts[cut, default: 0] += 1
                removed.append((cut, text))
                continue
            }
            if let stripped = strippingEndMarker(text) {
                anchors.append(index)
                if !stripped.isEmpty { kept.append((index, stripped)) }
                continue
            }
            kept.append((index, text))
        }

        // After the end of the text (an end marker, an editor line, a related list
        // with no body sentence below it), what remains of short lines is the
        // page's headline carousel and name lists.
        var paragraphs: [String] = []
        let lastBody = kept.last(where: { isBodyLike($0.text) })?.index
        let tailStart = lastBody.flatMap { last in anchors.first(where: { $0 >= last }) }
        for line in kept {
            if let tailStart, line.index > tailStart, !isBodyLike(line.text) {
                cuts[.trailing, default: 0] += 1
                removed.append((.trailing, line.text))
                continue
            }
            paragraphs.append(line.text)
        }
        return Result(paragraphs: paragraphs, pageInfo: info, cuts: cuts, removed: removed)
    }

    // MARK: - Line shapes

    /// A sentence of the body: it ends clauses with 。；！？, or is too long for a headline.
    func isBodyLike(_ text: String) -> Bool {
        if text.count > 80 { return true }
        return text.contains { "。；！？;".contains($0) }
    }

    /// `首页 > 文件资料 > 正文`, `当前位置：首页 > 政务公开`, `首页 政务公开 新闻中心`.
    func isBreadcrumb(_ text: String) -> Bool {
        guard text.count <= 120, !text.contains(where: { "。，；".contains($0) }) else { return false }
        var rest = Substring(dropBullets(text))
        var labelled = false
        for label in table.locationLabels.sorted(by: { $0.count > $1.count }) where rest.hasPrefix(label) {
            rest = rest.dropFirst(label.count)
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.first == "：" || rest.first == ":" {
                rest = rest.dropFirst()
                labelled = true
            }
            break
        }
        let startsHome = table.homeWords.contains { rest.hasPrefix($0) }
        guard labelled || startsHome else { return false }
        let separators = Set(table.breadcrumbSeparators)
        let steps = rest.split(whereSeparator: { separators.contains($0) || (startsHome && $0.isWhitespace) })
            .map { LayoutSpace.trimmed($0) }
            .filter { !$0.isEmpty }
        if steps.count == 1, startsHome { return table.homeWords.contains(steps[0]) || labelled }
        return steps.count >= (labelled ? 1 : 2) && steps.allSatisfy { $0.count <= 24 }
    }

    /// `上一篇：…`, `下一篇：…`.
    func isSequenceLink(_ text: String) -> Bool {
        guard text.count <= 120, !text.contains("。") else { return false }
        return table.sequenceLabels.contains { label in
            guard text.hasPrefix(label) else { return false }
            let after = text.dropFirst(label.count).drop(while: { $0.isWhitespace })
            return after.isEmpty || after.first == "：" || after.first == ":"
        }
    }

    /// A line made only of widget words, brackets and separators
    /// (`字体大小: 打印`, `【字号：大 中 小】【打印】【关闭】`), or a QR/share prompt.
    func isToolbar(_ text: String) -> Bool {
        let compact = String(text.filter { !$0.isWhitespace })
        if table.widgetLines.contains(where: { compact == $0 || compact == $0 + "：" || compact == $0 + ":" }) {
            return true
        }
        guard text.count <= 80 else { return false }
        let breaks: Set<Character> = ["【", "】", "[", "]", "(", ")", "（", "）", "：", ":", "|", "｜",
                                      "/", "·", "•", ">", "<", "丨", "、", "，", ","]
        let tokens = text.split(whereSeparator: { $0.isWhitespace || breaks.contains($0) })
        guard !tokens.isEmpty else { return false }
        var sawWord = false
        for token in tokens {
            guard let longest = widgetCover(Array(token)) else { return false }
            if longest >= 2 { sawWord = true }
        }
        return sawWord
    }

    /// Whether a token is a run of widget words (打印关闭, 大中小); returns the
    /// length of the longest word used.
    private func widgetCover(_ chars: [Character]) -> Int? {
        var reach = [Int?](repeating: nil, count: chars.count + 1)
        reach[0] = 0
        for i in 0..<chars.count {
            guard let best = reach[i] else { continue }
            for word in table.widgetWords {
                let w = Array(word)
                guard i + w.count <= chars.count, Array(chars[i..<(i + w.count)]) == w else { continue }
                reach[i + w.count] = max(reach[i + w.count] ?? 0, max(best, w.count))
            }
        }
        return reach[chars.count]
    }

    /// `编辑:周佳佳`, `【责任编辑：王某】`, `关键词:中共中央 国务院 质量提升行动`.
    func isEditorOrTagLine(_ text: String) -> Bool {
        guard text.count <= 80, !text.contains("。") else { return false }
        let opening: Set<Character> = ["【", "[", "(", "（"]
        let closing: Set<Character> = ["】", "]", ")", "）"]
        var rest = Substring(text).drop(while: { opening.contains($0) || $0.isWhitespace })
        let labels = (table.editorLabels.map { ($0, 30) } + table.keywordLabels.map { ($0, 70) })
            .sorted { $0.0.count > $1.0.count }
        for (label, maxValue) in labels where rest.hasPrefix(label) {
            rest = rest.dropFirst(label.count).drop(while: { $0.isWhitespace })
            guard rest.first == "：" || rest.first == ":" else { return false }
            var value = rest.dropFirst()
            while let last = value.last, closing.contains(last) || last.isWhitespace { value.removeLast() }
            return value.count <= maxValue && !value.contains("，")
        }
        return false
    }

    /// `相关新闻`, `【相关链接】`, `相关文章 更多>>`.
    func isRelatedHeading(_ text: String) -> Bool {
        guard text.count <= 30 else { return false }
        var compact = String(text.filter { !$0.isWhitespace && !$0.isPunctuation && !$0.isSymbol })
        if compact.hasSuffix("更多") { compact.removeLast(2) }
        return table.relatedHeadings.contains(compact)
    }

    /// An entry of a list of other articles: a headline, maybe a bullet and a date.
    func isListItem(_ text: String) -> Bool {
        guard text.count <= 100, !isBodyLike(text) else { return false }
        let first = text.first ?? " "
        // A numbered heading of the genre ends the list: 一、 （一） 第一条.
        if "一二三四五六七八九十".contains(first), text.dropFirst().contains("、") {
            let head = text.prefix { $0 != "、" }
            if head.allSatisfy({ "一二三四五六七八九十".contains($0) }) { return false }
        }
        if first == "（" || first == "(" {
            let inner = text.dropFirst().prefix { $0 != "）" && $0 != ")" }
            if !inner.isEmpty, inner.allSatisfy({ "一二三四五六七八九十".contains($0) }) { return false }
        }
        if text.hasPrefix("第"), text.contains("条") || text.contains("章") { return false }
        return true
    }

    func isFooter(_ text: String) -> Bool {
        guard text.count <= 200, !text.contains("。") else { return false }
        return table.footerPhrases.contains { text.contains($0) }
    }

    /// What a stripped widget leaves: a lone `:` or `|`.
    func isResidue(_ text: String) -> Bool {
        text.count <= 4 && text.allSatisfy { $0.isPunctuation || $0.isSymbol || $0.isWhitespace }
    }

    /// 附件：<link> lines belong to the document even though they are links.
    private func isAttachmentLine(_ text: String) -> Bool {
        text.hasPrefix("附件")
    }

    /// The line without a trailing news-agency end marker (`…落实到位。(完)`), nil when it has none.
    func strippingEndMarker(_ text: String) -> String? {
        for marker in table.endMarkers where text.hasSuffix(marker) {
            return LayoutSpace.trimmed(text.dropLast(marker.count))
        }
        return nil
    }

    private func dropBullets(_ text: String) -> String {
        String(text.drop(while: { table.bullets.contains($0) || $0.isWhitespace }))
    }

    // MARK: - Groups of lines (pages)

    /// Ids of groups (containers, forms) whose lines hold fewer than `limit` characters.
    private func small(_ lines: [PageLine], by key: KeyPath<PageLine, Int?>, limit: Int) -> Set<Int> {
        var sizes: [Int: Int] = [:]
        for line in lines {
            if let id = line[keyPath: key] { sizes[id, default: 0] += line.text.count }
        }
        return Set(sizes.filter { $0.value < limit }.keys)
    }

    /// Forms with no sentence in them are search or login boxes; a form that holds
    /// sentences wraps the page (ASP.NET sites put the whole page in one form).
    private func formsWithoutSentences(_ lines: [PageLine]) -> Set<Int> {
        var forms = Set<Int>()
        var withSentences = Set<Int>()
        for line in lines {
            guard let form = line.form else { continue }
            forms.insert(form)
            if isBodyLike(line.text) { withSentences.insert(form) }
        }
        return forms.subtracting(withSentences)
    }

    /// Tables that are a page's information table: two or more rows open with an
    /// information label, and little else is in them (a layout table that also
    /// holds the body is not one).
    private func informationTables(_ lines: [PageLine]) -> Set<Int> {
        var labelled: [Int: Int] = [:]
        var other: [Int: Int] = [:]
        for line in lines {
            guard let t = line.table else { continue }
            if infoLine.pairs(in: line.text) != nil {
                labelled[t, default: 0] += 1
            } else {
                other[t, default: 0] += line.text.count
            }
        }
        return Set(labelled.filter { $0.value >= 2 && (other[$0.key] ?? 0) <= 300 }.keys)
    }

    private func absorb(_ pairs: [(field: PageInfoLabels.Field, value: String)], into info: inout PageInfo) {
        for (field, value) in pairs where !value.isEmpty {
            switch field {
            case .indexNumber: if info.indexNumber == nil { info.indexNumber = value }
            case .subject: if info.subject == nil { info.subject = value }
            case .issuer: if info.issuer == nil { info.issuer = value }
            case .title: if info.title == nil { info.title = value }
            case .docNumber: if info.docNumber == nil { info.docNumber = value }
            case .dateWritten: if info.dateWritten == nil { info.dateWritten = PageDate.iso(value) }
            case .datePublished: if info.datePublished == nil { info.datePublished = PageDate.iso(value) }
            case .ignored: break
            }
        }
    }
}
