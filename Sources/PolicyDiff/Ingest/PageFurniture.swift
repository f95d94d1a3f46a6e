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
    let table: PageFurnitureTable
    let infoLine = PageInfoLine()
    /// A class/id-marked container (nav, footer, share …) holding more text than
    /// this is not furniture: the marker was a false friend.
    var furnitureContainerLimit = 1500

    // The table's phrases as Character arrays, longest first, measured once per
    // reader: the rules run on every line and must not go through Foundation's
    // string search.
    private let locationLabels: [[Character]]
    private let homeWords: [[Character]]
    private let sequenceLabels: [[Character]]
    private let lineLabels: [(label: [Character], maxValue: Int)]
    private let labelFirsts: Set<Character>
    private let widgetWords: [[Character]]
    private let widgetLines: Set<String>
    private let widgetCharacters: Set<Character>
    private let footerPhrases: [[Character]]
    private let endMarkers: [[Unicode.Scalar]]
    private let relatedHeadings: Set<String>
    // First scalars that can open a breadcrumb, a sequence link, an editor/tag line
    // or a related-list heading, and every scalar a toolbar can hold: one look at a
    // line's first scalars turns away the headings and sentences of the body.
    private let navigationFirsts: Set<Unicode.Scalar>
    private let editorFirsts: Set<Unicode.Scalar>
    private let relatedFirsts: Set<Unicode.Scalar>
    private let toolbarScalars: Set<Unicode.Scalar>
    /// The first two scalars of each footer phrase, packed.
    private let footerOpenings: Set<UInt64>
    private let breadcrumbSeparators: Set<Character>
    private static let opening: Set<Character> = ["【", "[", "(", "（"]
    private static let closing: Set<Character> = ["】", "]", ")", "）"]
    private static let numerals: Set<Character> = Set("一二三四五六七八九十")
    private let openers: Set<Unicode.Scalar>
    private static let toolbarBreaks: Set<Character> = ["【", "】", "[", "]", "(", ")", "（", "）", "：", ":", "|",
                                                        "｜", "/", "·", "•", ">", "<", "丨", "、", "，", ","]

    init(table: PageFurnitureTable = .standard) {
        self.table = table
        func chars(_ list: [String]) -> [[Character]] { list.map(Array.init).sorted { $0.count > $1.count } }
        locationLabels = chars(table.locationLabels)
        homeWords = chars(table.homeWords)
        sequenceLabels = chars(table.sequenceLabels)
        lineLabels = (table.editorLabels.map { (Array($0), 30) } + table.keywordLabels.map { (Array($0), 70) })
            .sorted { $0.0.count > $1.0.count }
        labelFirsts = Set(lineLabels.compactMap(\.label.first))
        widgetWords = chars(table.widgetWords)
        widgetLines = Set(table.widgetLines)
        widgetCharacters = Set(table.widgetWords.flatMap { Array($0) }).union(Self.toolbarBreaks)
        footerPhrases = chars(table.footerPhrases)
        endMarkers = table.endMarkers.map { Array($0.unicodeScalars) }
        relatedHeadings = Set(table.relatedHeadings)
        func firsts(_ list: [String]) -> Set<Unicode.Scalar> { Set(list.compactMap(\.unicodeScalars.first)) }
        navigationFirsts = firsts(table.locationLabels + table.homeWords + table.sequenceLabels)
        editorFirsts = firsts(table.editorLabels + table.keywordLabels)
        relatedFirsts = firsts(table.relatedHeadings)
        footerOpenings = Set(table.footerPhrases.compactMap { phrase -> UInt64? in
            let scalars = Array(phrase.unicodeScalars)
            guard scalars.count >= 2 else { return nil }
            return UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value)
        })
        breadcrumbSeparators = Set(table.breadcrumbSeparators)
        toolbarScalars = Set((table.widgetWords + table.widgetLines).flatMap(\.unicodeScalars))
            .union(Self.toolbarBreaks.flatMap(\.unicodeScalars))
        openers = Set(table.bullets.flatMap(\.unicodeScalars)).union("【[(（".unicodeScalars)
    }

    /// The first scalar of a line past bullets, opening brackets and spaces.
    private func firstMeaningful(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { !openers.contains($0) && !LayoutSpace.isLayoutSpace($0) }
    }

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
        var kept: [(index: Int, text: String, shape: LineShape)] = []
        var anchors: [Int] = []
        let smallContainers = furnitureContainers(lines)
        let smallForms = formsWithoutSentences(lines)
        let infoTables = informationTables(lines)
        var inRelatedList = false

        for (index, line) in lines.enumerated() {
            let text = line.text
            let shape = LineShape(text)
            if inRelatedList {
                if isListItem(text, shape) { cuts[.related, default: 0] += 1; removed.append((.related, text)); continue }
                inRelatedList = false
            }
            if let t = line.table, infoTables.contains(t) {
                if let pairs = infoLine.pairs(in: text, shape) { absorb(pairs, into: &info) }
                cuts[.information, default: 0] += 1
                removed.append((.information, text))
                continue
            }
            if let pairs = infoLine.pairs(in: text, shape) {
                absorb(pairs, into: &info)
                cuts[.information, default: 0] += 1
                removed.append((.information, text))
                continue
            }
            let cut: Cut?
            if let f = line.form, smallForms.contains(f) {
                cut = .form
            } else if let c = line.furnitureContainer, smallContainers.contains(c) {
                // An editor line or a related heading in a marked box still tells
                // where the text ended.
                if isEditorOrTagLine(text, shape) || isRelatedHeading(text, shape) { anchors.append(index) }
                cut = .furnitureBlock
            } else if isBreadcrumb(text, shape) || isSequenceLink(text, shape) {
                cut = .navigation
            } else if isToolbar(text, shape) {
                cut = .toolbar
            } else if isEditorOrTagLine(text, shape) {
                anchors.append(index)
                cut = .editor
            } else if isRelatedHeading(text, shape) {
                anchors.append(index)
                inRelatedList = true
                cut = .related
            } else if isFooter(text, shape) {
                cut = .footer
            } else if isResidue(text, shape) {
                cut = .residue
            } else if line.linkShare >= 0.5, !isBodyLike(shape), !isAttachmentLine(text) {
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
                if !stripped.isEmpty { kept.append((index, stripped, LineShape(stripped))) }
                continue
            }
            kept.append((index, text, shape))
        }

        // After the end of the text (an end marker, an editor line, a related list
        // with no body sentence below it), what remains of short lines is the
        // page's headline carousel and name lists.
        var paragraphs: [String] = []
        let lastBody = kept.last(where: { isBodyLike($0.shape) })?.index
        let tailStart = lastBody.flatMap { last in anchors.first(where: { $0 >= last }) }
        for line in kept {
            if let tailStart, line.index > tailStart, !isBodyLike(line.shape) {
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
    func isBodyLike(_ shape: LineShape) -> Bool {
        shape.length > 80 || shape.hasSentenceEnd
    }

    /// `首页 > 文件资料 > 正文`, `当前位置：首页 > 政务公开`, `首页 政务公开 新闻中心`.
    func isBreadcrumb(_ text: String, _ shape: LineShape) -> Bool {
        guard shape.length <= 120, !shape.hasSentenceEnd, !shape.hasComma,
              let first = firstMeaningful(text), navigationFirsts.contains(first) else { return false }
        var rest = ArraySlice(Array(text).drop(while: { table.bullets.contains($0) || $0.isWhitespace }))
        var labelled = false
        if let label = locationLabels.first(where: { rest.starts(with: $0) }) {
            rest = rest.dropFirst(label.count).drop(while: { $0.isWhitespace })
            if rest.first == "：" || rest.first == ":" {
                rest = rest.dropFirst()
                labelled = true
            }
        }
        let startsHome = homeWords.contains { rest.starts(with: $0) }
        guard labelled || startsHome else { return false }
        let separators = breadcrumbSeparators
        let steps = rest.split(whereSeparator: { separators.contains($0) || (startsHome && $0.isWhitespace) })
            .map { Array($0) }
        if steps.count == 1, startsHome { return homeWords.contains(steps[0]) || labelled }
        return steps.count >= (labelled ? 1 : 2) && steps.allSatisfy { $0.count <= 24 }
    }

    /// `上一篇：…`, `下一篇：…`.
    func isSequenceLink(_ text: String, _ shape: LineShape) -> Bool {
        guard shape.length <= 120, !shape.hasFullStop,
              let first = text.unicodeScalars.first, navigationFirsts.contains(first) else { return false }
        let chars = Array(text)
        return sequenceLabels.contains { label in
            guard chars.starts(with: label) else { return false }
            let after = chars.dropFirst(label.count).drop(while: { $0.isWhitespace })
            return after.isEmpty || after.first == "：" || after.first == ":"
        }
    }

    /// A line made only of widget words, brackets and separators
    /// (`字体大小: 打印`, `【字号：大 中 小】【打印】【关闭】`), or a QR/share prompt.
    func isToolbar(_ text: String, _ shape: LineShape) -> Bool {
        guard shape.length <= 80,
              text.unicodeScalars.allSatisfy({ toolbarScalars.contains($0) || LayoutSpace.isLayoutSpace($0) })
        else { return false }
        let compact = String(text.filter { !$0.isWhitespace })
        if widgetLines.contains(compact) || widgetLines.contains(String(compact.dropLast())) { return true }
        guard compact.allSatisfy({ widgetCharacters.contains($0) }) else { return false }
        let tokens = text.split(whereSeparator: { $0.isWhitespace || Self.toolbarBreaks.contains($0) })
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
            for word in widgetWords where chars[i...].starts(with: word) {
                reach[i + word.count] = max(reach[i + word.count] ?? 0, max(best, word.count))
            }
        }
        return reach[chars.count]
    }

    /// `编辑:周佳佳`, `【责任编辑：王某】`, `关键词:中共中央 国务院 质量提升行动`.
    func isEditorOrTagLine(_ text: String, _ shape: LineShape) -> Bool {
        guard shape.length <= 80, !shape.hasFullStop,
              let head = firstMeaningful(text), editorFirsts.contains(head) else { return false }
        var rest = ArraySlice(Array(text).drop(while: { Self.opening.contains($0) || $0.isWhitespace }))
        guard let first = rest.first, labelFirsts.contains(first) else { return false }
        for (label, maxValue) in lineLabels where rest.starts(with: label) {
            rest = rest.dropFirst(label.count).drop(while: { $0.isWhitespace })
            guard rest.first == "：" || rest.first == ":" else { return false }
            var value = rest.dropFirst()
            while let last = value.last, Self.closing.contains(last) || last.isWhitespace { value.removeLast() }
            return value.count <= maxValue && !value.contains("，")
        }
        return false
    }

    /// `相关新闻`, `【相关链接】`, `相关文章 更多>>`.
    func isRelatedHeading(_ text: String, _ shape: LineShape) -> Bool {
        guard shape.length <= 30, let first = firstMeaningful(text), relatedFirsts.contains(first) else { return false }
        var compact = String(text.filter { !$0.isWhitespace && !$0.isPunctuation && !$0.isSymbol })
        if compact.hasSuffix("更多") { compact.removeLast(2) }
        return relatedHeadings.contains(compact)
    }

    /// An entry of a list of other articles: a headline, maybe a bullet and a date.
    func isListItem(_ text: String, _ shape: LineShape) -> Bool {
        guard shape.length <= 100, !isBodyLike(shape) else { return false }
        let chars = Array(text)
        let numerals = Self.numerals
        // A numbered heading of the genre ends the list: 一、 （一） 第一条.
        let lead = chars.prefix { numerals.contains($0) }
        if !lead.isEmpty, lead.count < chars.count, chars[lead.count] == "、" { return false }
        if let first = chars.first, first == "（" || first == "(" {
            let inner = chars.dropFirst().prefix { numerals.contains($0) }
            let close = 1 + inner.count
            if !inner.isEmpty, close < chars.count, chars[close] == "）" || chars[close] == ")" { return false }
        }
        if chars.first == "第", chars.contains("条") || chars.contains("章") { return false }
        return true
    }

    func isFooter(_ text: String, _ shape: LineShape) -> Bool {
        guard shape.length <= 200, !shape.hasFullStop, mayHoldFooterPhrase(text) else { return false }
        let chars = Array(text)
        return footerPhrases.contains { phrase in
            guard let head = phrase.first, phrase.count <= chars.count else { return false }
            for i in 0...(chars.count - phrase.count) where chars[i] == head {
                if chars[i...].starts(with: phrase) { return true }
            }
            return false
        }
    }

    /// Whether two neighbouring scalars of the line open a footer phrase.
    private func mayHoldFooterPhrase(_ text: String) -> Bool {
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            if footerOpenings.contains(UInt64(previous) << 32 | UInt64(scalar.value)) { return true }
            previous = scalar.value
        }
        return false
    }

    /// What a stripped widget leaves: a lone `:` or `|`. Dashes alone are not residue:
    /// — and —— fill the empty cells of a table flattened one cell a line.
    func isResidue(_ text: String, _ shape: LineShape) -> Bool {
        shape.length <= 4 && text.allSatisfy { $0.isPunctuation || $0.isSymbol || $0.isWhitespace }
            && !text.allSatisfy { "—―－-".contains($0) }
    }

    /// 附件：<link> lines belong to the document even though they are links.
    private func isAttachmentLine(_ text: String) -> Bool {
        text.starts(with: "附件")
    }

    /// The line without a trailing news-agency end marker (`…落实到位。(完)`), nil when it has none.
    func strippingEndMarker(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        for marker in endMarkers where scalars.reversed().starts(with: marker.reversed()) {
            var body = scalars
            body.removeLast(marker.count)
            return LayoutSpace.trimmed(String(body))
        }
        return nil
    }

    // MARK: - Groups of lines (pages)

    /// Containers whose class or id names furniture and whose content looks like it:
    /// little text and no sentence. A class name is a hint, not proof (a site may
    /// call its article box "main-position"), so a container holding the body's
    /// sentences is kept.
    private func furnitureContainers(_ lines: [PageLine]) -> Set<Int> {
        var sizes: [Int: Int] = [:]
        var withSentences = Set<Int>()
        for line in lines {
            guard let id = line.furnitureContainer else { continue }
            let shape = LineShape(line.text)
            sizes[id, default: 0] += shape.length
            if shape.hasFullStop, shape.length >= 15 { withSentences.insert(id) }
        }
        return Set(sizes.filter { $0.value < furnitureContainerLimit && !withSentences.contains($0.key) }.keys)
    }

    /// Forms with no sentence in them are search or login boxes; a form that holds
    /// sentences wraps the page (ASP.NET sites put the whole page in one form).
    private func formsWithoutSentences(_ lines: [PageLine]) -> Set<Int> {
        var forms = Set<Int>()
        var withSentences = Set<Int>()
        for line in lines {
            guard let form = line.form else { continue }
            forms.insert(form)
            if isBodyLike(LineShape(line.text)) { withSentences.insert(form) }
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
            let shape = LineShape(line.text)
            if infoLine.pairs(in: line.text, shape) != nil {
                labelled[t, default: 0] += 1
            } else {
                other[t, default: 0] += shape.length
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
