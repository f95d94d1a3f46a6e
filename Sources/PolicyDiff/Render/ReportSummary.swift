/// Coverage, counts, and one bar per top-level section of the reference.
struct ReportSummary {
    let context: ReportContext

    func render(into body: HTMLElement) {
        let c = context.comparison
        let section = body.element("section", ["id": "summary"])
        section.element("h2", text: "概要 Summary")
        // Counted as `coverage` counts: preamble and closing frame a document and are
        // never omitted, so they count neither way.
        let aligned = Set(c.alignments.flatMap(\.reference)).subtracting(ReportSummary.framing(of: c.reference))
        let figures = context.figures
        let framing = context.framing
        let coverage = section.element("ul", ["class": "coverage"])
        coverage.element("li").element("strong", text: ReportWording.clauseCoverage(figures.clauses))
        coverage.element("li").element("strong", text: ReportWording.measureCoverage(figures.measures))
        coverage.element("li").element("strong", text: ReportWording.targetCoverage(figures.targets))

        let counts = section.element("table", ["class": "counts"])
        let head = counts.element("thead").element("tr")
        head.element("th", ["scope": "col"], text: "项目 Item")
        head.element("th", ["scope": "col"], text: "数量 Count")
        let rows = counts.element("tbody")
        let changedLeads = c.unitChanges.filter { !$0.leadAdded.isEmpty || !$0.leadRemoved.isEmpty || !$0.leadRenamed.isEmpty }.count
        let account = figures.targets
        var items: [(String, String, Int)] = [
            ("#body", framing.aligned, c.alignments.count),
            ("#body", framing.omittedCount, c.omissions.count),
            ("#body", framing.addedCount, c.additions.count),
            ("#body", "无法核对 Unverifiable local clauses", c.unverifiable.count),
            ("#body", "未保留的语句 Dropped sentences", figures.measures.total - figures.measures.carried),
        ]
        for status in TargetAccount.Status.allCases {
            items.append(("#numbers", framing.targetCount(status), account.count(status)))
        }
        items += [
            ("#leads", "牵头单位变化 Changed leads", changedLeads),
            ("#leads", "单位变化（含责任单位）Unit changes, responsible included", c.unitChanges.count),
        ]
        for (href, label, count) in items {
            let tr = rows.element("tr")
            tr.element("th", ["scope": "row"]).element("a", ["href": href], text: label)
            tr.element("td", text: String(count))
        }
        UnitPatternSummary(context: context).render(into: section)

        section.element("h3", text: "各部分保留情况 Carried over, by section")
        let bars = section.element("table", ["class": "bars"])
        let barHead = bars.element("thead").element("tr")
        barHead.element("th", ["scope": "col"], text: "参照部分 Reference section")
        barHead.element("th", ["scope": "col"], text: "保留/未保留 Kept / omitted")
        barHead.element("th", ["scope": "col"], text: "数量 Counts")
        let barRows = bars.element("tbody")
        for group in sectionGroups(aligned: aligned) {
            let tr = barRows.element("tr")
            let th = tr.element("th", ["scope": "row"])
            if let id = group.anchor {
                context.link(th, side: .reference, id: id, withTitle: true)
            } else {
                th.text(group.name)
            }
            let words = "保留 \(group.kept) / 未保留 \(group.omitted) kept \(group.kept), omitted \(group.omitted)"
            SVGBar.render(into: tr.element("td"), kept: group.kept, lost: group.omitted, label: words)
            tr.element("td", text: words)
        }
    }

    static func framing(of d: Document) -> Set<String> {
        Set(d.clauses.filter { $0.kind == .preamble || $0.kind == .closing }.map(\.id))
    }

    struct Group {
        var name: String
        var anchor: String?
        var kept = 0
        var omitted = 0
    }

    /// Groups the comparable reference clauses under their top-level ancestor, in
    /// document order; unnumbered clauses (preamble, closing) form one group.
    private func sectionGroups(aligned: Set<String>) -> [Group] {
        let c = context.comparison
        let omitted = Set(c.omissions)
        var groups: [Group] = []
        var indexOfTop: [String: Int] = [:]
        for clause in c.reference.clauses {
            let isKept = aligned.contains(clause.id)
            guard isKept || omitted.contains(clause.id) else { continue }
            let top = topAncestor(of: clause)
            let key = top?.id ?? "~other"
            let g: Int
            if let existing = indexOfTop[key] {
                g = existing
            } else {
                g = groups.count
                indexOfTop[key] = g
                groups.append(Group(name: top.map(ClauseName.withTitle) ?? "其他 Other (preamble, closing)", anchor: top?.id))
            }
            if isKept { groups[g].kept += 1 } else { groups[g].omitted += 1 }
        }
        return groups
    }

    private func topAncestor(of clause: Clause) -> Clause? {
        guard clause.kind == .numbered || !clause.path.isEmpty else { return nil }
        var current = clause
        var steps = 0
        while let parent = current.parent, let next = context.referenceClauses[parent], steps < 64 {
            current = next
            steps += 1
        }
        return current
    }
}

/// A small horizontal bar: kept in green, omitted in red; the numbers stand
/// next to it and in its accessible name, so colour is not the only signal.
enum SVGBar {
    static let width = 200
    static let height = 14

    static func render(into cell: HTMLElement, kept: Int, lost: Int, label: String) {
        let total = max(kept + lost, 1)
        let keptWidth = Int((Double(kept) / Double(total) * Double(width)).rounded())
        let svg = cell.element("svg", ["class": "bar", "width": String(width), "height": String(height),
                                       "viewBox": "0 0 \(width) \(height)", "preserveAspectRatio": "none", "role": "img", "aria-label": label])
        svg.element("title", text: label)
        svg.element("rect", ["class": "rest", "x": "0", "y": "0", "width": String(width), "height": String(height)])
        if keptWidth > 0 {
            svg.element("rect", ["class": "kept", "x": "0", "y": "0", "width": String(keptWidth), "height": String(height)])
        }
        if lost > 0 {
            svg.element("rect", ["class": "lost", "x": String(keptWidth), "y": "0", "width": String(width - keptWidth), "height": String(height)])
        }
    }
}
