/// The HTML report of one comparison: header, summary, the 对照 table in the
/// reference's order, tables of changed numbers, changed leads and all targets,
/// and a legend. Built as a libxml2 tree; self-contained; readable without JS.
public struct ComparisonReport: Sendable {
    /// A link back to the corpus index (batch runs), nil for a single report.
    public var indexLink: String?
    /// How the pair was chosen, shown in the header (batch runs).
    public var relation: PairRelation?

    public init(indexLink: String? = nil, relation: PairRelation? = nil) {
        self.indexLink = indexLink
        self.relation = relation
    }

    public func render(_ c: Comparison) -> String {
        render(c, figures: ReportFigures(c), unitPatterns: UnitPatterns(c))
    }

    /// The page from figures and unit patterns already made for the pair (a batch run
    /// makes them once for its HTML, JSON and CSV).
    func render(_ c: Comparison, figures: ReportFigures, unitPatterns: UnitPatterns) -> String {
        let page = ReportPage(title: "对照报告：\(Self.name(c.local)) ← \(Self.name(c.reference))")
        let body = page.body
        if let indexLink {
            body.element("p", ["class": "back"]).element("a", ["href": indexLink], text: "← 返回索引 Back to the index")
        }
        body.element("h1", text: "对照报告 Comparison: \(Self.name(c.local)) ← \(Self.name(c.reference))")
        let context = ReportContext(c, relation: relation, figures: figures, unitPatterns: unitPatterns)
        tableOfContents(body)
        // The summary first, so that it is what page 1 of a print says; then the two
        // documents, the legend, and the clause table the legend explains.
        ReportSummary(context: context).render(into: body)
        ReportHeader(context: context, relation: relation).render(into: body)
        // The legend before the table it explains: a reader meets 删/增/# with their key.
        legend(body, context: context)
        ReportBody(context: context).render(into: body)
        ReportTables(context: context).render(into: body)
        return page.tree.serialized()
    }

    static func name(_ d: Document) -> String {
        DocumentName.display(title: d.metadata.title, issuer: d.metadata.issuer, id: d.id)
    }

    static let sections: [(id: String, title: String)] = [
        ("summary", "概要 Summary"),
        ("documents", "文件 Documents"),
        ("legend", "图例 Legend"),
        ("body", "逐条对照 Clause by clause"),
        ("numbers", "数字变化 Changed numbers"),
        ("leads", "牵头/责任单位变化 Changed leads"),
        ("targets", "全部指标 All targets"),
    ]

    private func tableOfContents(_ body: HTMLElement) {
        let nav = body.element("nav", ["class": "toc", "aria-label": "目录 Contents"])
        nav.element("h2", text: "目录 Contents")
        let list = nav.element("ol")
        for section in Self.sections {
            list.element("li").element("a", ["href": "#\(section.id)"], text: section.title)
        }
    }

    private func legend(_ body: HTMLElement, context: ReportContext) {
        let framing = context.framing
        let section = body.element("section", ["id": "legend"])
        section.element("h2", text: "图例 Legend")
        let dl = section.element("dl", ["class": "legend"])
        dl.element("dt").element("del", text: "50")
        dl.element("dd", text: "只在参照文件中的文字（删去），标有“删”，带删除线。Text only in the reference (deleted), labelled 删 and struck through.")
        dl.element("dt").element("ins", text: "500")
        dl.element("dd", text: "只在本地文件中的文字（新增），标有“增”，带下划线。Text only in the local plan (inserted), labelled 增 and underlined.")
        dl.element("dt").element("span", ["class": "moved-text"], text: "加强质量监管。")
        dl.element("dd", text: "语句移动：两个文本都有这一句，但位置不同，标有“移”。A sentence both texts hold in different places, labelled 移 (moved).")
        dl.element("dt").element("span", ["class": "split-heading"], text: "(二)基本原则")
        dl.element("dd", text: "另一文本把这个标题列为单独一条，不算删去。A heading the other text sets apart as a clause of its own: not a deletion.")
        dl.element("dt").element("mark", text: "每年350户以上")
        dl.element("dd", text: "数字有变化的指标，标有“#”。A target whose number changed, marked #.")
        for (kind, words) in [("k-match", ReportWording.kind(.match) + "：同一条款，措辞基本照搬，位置相符 the same clause, its wording carried over, in the expected place"),
                              ("k-revised", ReportWording.revised + "：对应条款，但改写了措辞或删增了语句 the counterpart, reworded or with sentences dropped or added"),
                              ("k-partial", ReportWording.kind(.partial) + "：只保留了一部分 only a part carried over"),
                              ("k-moved", ReportWording.kind(.moved) + "：对应条款在别处，括号内写明位置 the counterpart stands elsewhere; the cell says where"),
                              ("k-omitted", framing.omitted + "：右栏为空 the right column is empty"),
                              ("k-added", framing.added + "：左栏为空 the left column is empty"),
                              ("k-unverifiable", ReportWording.unverifiable + "：参照文本不全，无法判断 the reference text is partial, so this cannot be judged")] {
            let badgeText = String(words.prefix { $0 != "：" })
            dl.element("dt").element("span", ["class": "badge \(kind)"], text: badgeText)
            dl.element("dd", text: String(words.drop { $0 != "：" }.dropFirst()))
        }
        dl.element("dt").element("span", ["class": "dir"], text: ReportWording.direction(.lower, flagged: false))
        dl.element("dd", text: ReportWording.legendLower)
        dl.element("dt").element("span", ["class": "flag"], text: ReportWording.direction(.lower, flagged: true))
        dl.element("dd", text: ReportWording.legendFlagged)
        dl.element("dt", text: "0.82")
        dl.element("dd", text: "相似度（0–1），按字符 n-gram 计算。Similarity, 0 to 1, from character n-grams.")
        dl.element("dt", text: "↑ ↓")
        dl.element("dd", text: "跳到上一处/下一处变化。Jump to the previous / next change.")
    }
}

/// The skeleton every page shares: doctype, lang, charset, viewport, inline CSS.
struct ReportPage {
    let tree: HTMLTree
    let body: HTMLElement

    init(title: String) {
        tree = HTMLTree(lang: "zh-CN")
        let head = tree.root.element("head")
        head.element("meta", ["charset": "utf-8"])
        head.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.element("meta", ["name": "generator", "content": "policydiff"])
        head.element("title", text: title)
        head.element("style").rawStyleSheet(ReportStyle.css)
        body = tree.root.element("body")
    }
}

/// Lookups shared by the parts of a report.
struct ReportContext {
    let comparison: Comparison
    let referenceClauses: [String: Clause]
    let localClauses: [String: Clause]
    let rows: [ComparisonRows.Row]
    let figures: ReportFigures
    let framing: ReportWording.Framing
    let unitPatterns: UnitPatterns
    /// Matchable text of the heading clauses that took part in no alignment and are
    /// neither omitted nor added: a diff run equal to one is a heading set apart.
    let headingTexts: Set<String>
    /// The target account's changes by the clauses they name.
    private let changesOfClause: [String: [Int]]
    private let changes: [NumberChange]

    func numberChanges(of a: Alignment) -> [NumberChange] {
        let found = Set(a.reference.flatMap { changesOfClause["r" + $0] ?? [] } + a.local.flatMap { changesOfClause["l" + $0] ?? [] })
        return found.sorted().map { changes[$0] }
    }

    init(_ c: Comparison, relation: PairRelation?, figures: ReportFigures, unitPatterns: UnitPatterns) {
        comparison = c
        self.figures = figures
        self.unitPatterns = unitPatterns
        changes = figures.targets.numberChanges
        var ofClause: [String: [Int]] = [:]
        for (i, n) in changes.enumerated() {
            if let r = n.reference { ofClause["r" + r, default: []].append(i) }
            if let l = n.local { ofClause["l" + l, default: []].append(i) }
        }
        changesOfClause = ofClause
        framing = relation == .peer
            ? .peers(ComparisonReport.name(c.reference), ComparisonReport.name(c.local)) : .implements
        var r: [String: Clause] = [:]
        for clause in c.reference.clauses where r[clause.id] == nil { r[clause.id] = clause }
        var l: [String: Clause] = [:]
        for clause in c.local.clauses where l[clause.id] == nil { l[clause.id] = clause }
        referenceClauses = r
        localClauses = l
        rows = ComparisonRows(c).rows
        var headings = Set<String>()
        for row in rows {
            switch row {
            case .referenceOnly(let id): if let t = r[id]?.text { headings.insert(MeasureCount.matchable(t)) }
            case .localOnly(let id): if let t = l[id]?.text { headings.insert(MeasureCount.matchable(t)) }
            case .headings(let a, let b):
                if let t = r[a]?.text { headings.insert(MeasureCount.matchable(t)) }
                if let t = l[b]?.text { headings.insert(MeasureCount.matchable(t)) }
            default: break
            }
        }
        headings.remove("")
        headingTexts = headings
    }

    func referenceName(_ id: String) -> String {
        referenceClauses[id].map(ClauseName.short) ?? id
    }

    func localName(_ id: String) -> String {
        localClauses[id].map(ClauseName.short) ?? id
    }

    /// A link to a clause's anchor: ref-c12 / loc-c9.
    func link(_ parent: HTMLElement, side: Side, id: String, withTitle: Bool = false) {
        let clause = side == .reference ? referenceClauses[id] : localClauses[id]
        let text = clause.map { withTitle ? ClauseName.withTitle($0) : ClauseName.short($0) } ?? id
        // A bare path stays on one line (CSS); a path with its title may wrap like prose.
        if withTitle {
            parent.element("a", ["href": "#\(side.prefix)\(id)", "class": "titled"], text: text)
        } else {
            parent.element("a", ["href": "#\(side.prefix)\(id)"], text: text)
        }
    }

    enum Side {
        case reference, local
        var prefix: String { self == .reference ? "ref-" : "loc-" }
    }
}

/// How a document is named on a page: 中共甘肃省委、甘肃省人民政府《关于开展质量提升行动实施方案》.
enum DocumentName {
    static func display(title: String?, issuer: String?, id: String) -> String {
        guard let title, !title.isEmpty else { return id }
        // A title that opens with its issuer (中共中央、国务院关于…) already names it.
        guard let issuer, !issuer.isEmpty, !title.hasPrefix(issuer),
              !CitationMatcher.normalized(title).hasPrefix(CitationMatcher.normalized(issuer)) else { return "《\(title)》" }
        return "\(issuer)《\(title)》"
    }
}
