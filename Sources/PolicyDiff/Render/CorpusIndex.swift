/// Reports/index.html: the hierarchy of the corpus (national → provincial → city)
/// with each document's coverage and counts, coverage matrices (a reference's
/// clauses × the documents below it), and the targets of all documents side by side.
public struct CorpusIndex: Sendable {
    public init() {}

    /// The page built as one tree (small corpora, and the reference the streamed
    /// page is tested against).
    public func render(_ pairs: [PairSummary]) -> String {
        let parts = HTMLPageParts(eager: true)
        return page(pairs, parts).serialized()
    }

    /// The same bytes, written as they are made: the long lists and tables of the
    /// page (hierarchy, comparisons, matrix rows, targets) one row or item at a
    /// time, so a corpus of 10,000 documents is never one tree in memory.
    public func write<Sink: TextSink>(_ pairs: [PairSummary], to sink: inout Sink) {
        let parts = HTMLPageParts()
        parts.write(page(pairs, parts), to: &sink)
    }

    private func page(_ pairs: [PairSummary], _ parts: HTMLPageParts) -> HTMLTree {
        let model = CorpusIndexModel(pairs.sorted { $0.stem < $1.stem })
        let page = ReportPage(title: "政策对照索引 policydiff corpus index")
        let body = page.body
        body.element("h1", text: "政策对照索引 Corpus index")
        body.element("p", ["class": "muted"],
                     text: "\(model.documents.count) 份文件，\(model.pairs.count) 组对照。\(model.documents.count) documents, \(model.pairs.count) comparisons.")
        let nav = body.element("nav", ["class": "toc", "aria-label": "目录 Contents"])
        nav.element("h2", text: "目录 Contents")
        let list = nav.element("ol")
        for (id, title) in [("hierarchy", "层级 Hierarchy"), ("pairs", "全部对照 All comparisons"),
                            ("matrix", "覆盖矩阵 Coverage matrices"), ("targets", "指标对照 Targets across documents"),
                            ("legend", "图例 Legend")] {
            list.element("li").element("a", ["href": "#\(id)"], text: title)
        }
        hierarchy(body, model, parts)
        pairTable(body, model, parts)
        CoverageMatrix(model: model, parts: parts).render(into: body)
        TargetGrid(model: model, parts: parts).render(into: body)
        legend(body)
        return page.tree
    }

    private func hierarchy(_ body: HTMLElement, _ model: CorpusIndexModel, _ parts: HTMLPageParts) {
        let section = body.element("section", ["id": "hierarchy"])
        section.element("h2", text: "层级 Hierarchy")
        section.element("p", ["class": "muted"], text: "每份文件与其所落实的文件（及最上层文件、同级文件）的对照。Each document against the one it implements (and the top of its chain, and its peers).")
        let tree = section.element("ul", ["class": "tree"])
        let shown = HierarchyItems(model)
        parts.children(of: tree, tag: "li", count: shown.roots.count) { i, item in
            node(item, shown.roots[i], model, shown, parts)
        }
    }

    /// One document's item: its card, its pairs, and the items of the documents implementing it.
    private func node(_ item: HTMLElement, _ id: String, _ model: CorpusIndexModel, _ shown: HierarchyItems, _ parts: HTMLPageParts) {
        guard let card = model.documents[id] else { return }
        item.attr("id", "doc-\(id)")
        item.element("strong", text: card.displayName)
        item.text(" · \(ReportWording.level(card.level)) · \(card.date ?? "—") · \(card.docNumber ?? "无文号 no number") · ")
        item.element("code", text: card.id)
        if !card.warnings.isEmpty {
            item.element("span", ["class": "muted"], text: " · 提醒 warnings: \(card.warnings.map(\.rawValue).joined(separator: ", "))")
        }
        let pairs = model.pairsOfLocal[id] ?? []
        if !pairs.isEmpty {
            let sub = item.element("ul")
            for p in pairs {
                let li = sub.element("li")
                li.element("a", ["href": "\(p.stem).html"], text: "对照 vs. \(p.reference.displayName)")
                let framing: ReportWording.Framing = p.relation == .peer ? .peers(p.reference.displayName, p.local.displayName) : .implements
                li.text("（\(ReportWording.relation(p.relation))）：条款覆盖率 clause coverage \(ReportNumber.percent(p.coverage))，\(framing.omittedCount) \(p.omitted)，\(framing.addedCount) \(p.added)，数字变化 changed numbers \(p.numberChanges)，牵头单位变化 changed leads \(p.leadChanges)")
                li.text(" · ")
                li.element("a", ["href": "\(p.stem).json"], text: "JSON")
                li.text(" · ")
                li.element("a", ["href": "\(p.stem).csv"], text: "CSV")
            }
        }
        if !(model.children[id] ?? []).isEmpty {
            let sub = item.element("ul")
            let children = shown.children[id] ?? []
            parts.children(of: sub, tag: "li", count: children.count) { i, child in
                node(child, children[i], model, shown, parts)
            }
        }
    }

    private func pairTable(_ body: HTMLElement, _ model: CorpusIndexModel, _ parts: HTMLPageParts) {
        let section = body.element("section", ["id": "pairs"])
        section.element("h2", text: "全部对照 All comparisons")
        let table = section.element("table")
        let head = table.element("thead").element("tr")
        for title in ["本地文件 Local", "参照文件 Reference", "关系 Relation", "条款覆盖率 Clause coverage",
                      "未保留（同级对照：仅见于甲）Omitted (peers: only in A)", "新增（同级对照：仅见于乙）Added (peers: only in B)",
                      "无法核对 Unverifiable", "数字变化 Changed numbers", "牵头单位变化 Changed leads", "报告 Report"] {
            head.element("th", ["scope": "col"], text: title)
        }
        parts.children(of: table.element("tbody"), tag: "tr", count: model.pairs.count) { i, tr in
            let p = model.pairs[i]
            tr.element("th", ["scope": "row"]).element("a", ["href": "#doc-\(p.local.id)"], text: p.local.displayName)
            tr.element("td", text: p.reference.displayName)
            tr.element("td", text: ReportWording.relation(p.relation))
            let cov = tr.element("td")
            SVGBar.render(into: cov, kept: p.aligned, lost: p.omitted,
                          label: "覆盖率 coverage \(ReportNumber.percent(p.coverage))")
            cov.text(ReportNumber.percent(p.coverage))
            for n in [p.omitted, p.added, p.unverifiable, p.numberChanges, p.leadChanges] {
                tr.element("td", text: String(n))
            }
            tr.element("td").element("a", ["href": "\(p.stem).html"], text: "HTML")
        }
    }

    private func legend(_ body: HTMLElement) {
        let section = body.element("section", ["id": "legend"])
        section.element("h2", text: "图例 Legend")
        let dl = section.element("dl", ["class": "legend"])
        for (cls, sample, words) in [
            ("s-hi", "0.75", "相似度 ≥ 0.50：基本保留 similarity at least 0.50, carried over"),
            ("s-mid", "0.40", "相似度 0.30–0.49：部分保留 0.30 to 0.49, partly carried over"),
            ("s-lo", "0.20", "相似度 < 0.30：只剩少量 below 0.30, little carried over"),
            ("s-none", "✗ 缺", "未保留：下级文件没有对应条款 omitted: no counterpart below"),
            ("s-na", "·", "不在比对范围（标题或该对照未涉及）not compared in that pair"),
        ] {
            dl.element("dt").element("span", ["class": "badge \(cls)"], text: sample)
            dl.element("dd", text: words)
        }
        // The same words as the pair pages.
        dl.element("dt").element("span", ["class": "dir"], text: ReportWording.direction(.lower, flagged: false))
        dl.element("dd", text: ReportWording.legendLower)
        dl.element("dt").element("span", ["class": "flag"], text: ReportWording.direction(.lower, flagged: true))
        dl.element("dd", text: ReportWording.legendFlagged)
        dl.element("dt").element("span", ["class": "dir"], text: ReportWording.direction(.higher, flagged: false))
        dl.element("dd", text: "较高 higher：本地数值高于参照。A value above the reference's.")
    }
}

/// The corpus as the index sees it: documents, who implements whom, in a stable order.
struct CorpusIndexModel {
    let pairs: [PairSummary]
    let documents: [String: DocumentCard]
    /// Documents implementing each document, ordered by level then id.
    let children: [String: [String]]
    let roots: [String]
    /// Every document in hierarchy order (depth first).
    let ordered: [String]
    let parent: [String: String]
    /// Pairs of each reference with the documents below it (peers left out), in stem order.
    let pairsBelow: [String: [PairSummary]]
    let pairsOfLocal: [String: [PairSummary]]

    init(_ pairs: [PairSummary]) {
        self.pairs = pairs
        var below: [String: [PairSummary]] = [:]
        var ofLocal: [String: [PairSummary]] = [:]
        for p in pairs {
            if p.relation != .peer { below[p.reference.id, default: []].append(p) }
            ofLocal[p.local.id, default: []].append(p)
        }
        pairsBelow = below
        pairsOfLocal = ofLocal
        var documents: [String: DocumentCard] = [:]
        for p in pairs {
            if documents[p.reference.id] == nil { documents[p.reference.id] = p.reference }
            if documents[p.local.id] == nil { documents[p.local.id] = p.local }
        }
        self.documents = documents
        var parent: [String: String] = [:]
        for p in pairs where p.relation == .implements && parent[p.local.id] == nil {
            parent[p.local.id] = p.reference.id
        }
        self.parent = parent
        func key(_ id: String) -> (Int, String) {
            (CitationMatcher.rank(documents[id]?.level ?? .unknown) ?? 9, id)
        }
        func less(_ a: String, _ b: String) -> Bool { key(a) < key(b) }
        var children: [String: [String]] = [:]
        for (child, p) in parent { children[p, default: []].append(child) }
        for k in children.keys { children[k]?.sort(by: less) }
        self.children = children
        // A document whose parent chain loops has no root above it: it roots itself.
        var roots = documents.keys.filter { parent[$0] == nil }
        var reached = Set<String>()
        func walk(_ id: String, _ out: inout [String]) {
            guard reached.insert(id).inserted else { return }
            out.append(id)
            for c in children[id] ?? [] { walk(c, &out) }
        }
        var ordered: [String] = []
        roots.sort(by: less)
        for r in roots { walk(r, &ordered) }
        for id in documents.keys.sorted(by: less) where !reached.contains(id) {
            roots.append(id)
            walk(id, &ordered)
        }
        self.roots = roots
        self.ordered = ordered
    }
}

/// Which documents the hierarchy shows, and under which: each document once, where
/// the walk from the roots first reaches it (a chain of `implements` that loops is
/// shown once, from the member the model made its root).
struct HierarchyItems {
    var roots: [String] = []
    var children: [String: [String]] = [:]

    init(_ model: CorpusIndexModel) {
        var visited = Set<String>()
        var children: [String: [String]] = [:]
        func visit(_ id: String) -> Bool {
            guard visited.insert(id).inserted, model.documents[id] != nil else { return false }
            let shown = (model.children[id] ?? []).filter(visit)
            children[id] = shown
            return true
        }
        roots = model.roots.filter(visit)
        self.children = children
    }
}
