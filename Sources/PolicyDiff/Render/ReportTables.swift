/// The tables after the 对照: changed numbers, changed leads, every target.
struct ReportTables {
    let context: ReportContext

    func render(into body: HTMLElement) {
        numbers(body)
        leads(body)
        targets(body)
    }

    private func numbers(_ body: HTMLElement) {
        let account = context.figures.targets
        let section = body.element("section", ["id": "numbers"])
        section.element("h2", text: "数字变化 Changed numbers")
        let counts = TargetAccount.Status.allCases.map { "\(context.framing.target($0)) \(account.count($0))" }
        section.element("p", text: "参照与本地的每一项指标 Every target of both texts: " + counts.joined(separator: "；"))
        let changes = account.entries.filter { $0.status != .unchanged }
        guard !changes.isEmpty else {
            section.element("p", text: "无 None.")
            return
        }
        let table = section.element("table")
        header(table, ["指标 Indicator", "参照值 Reference value", "本地值 Local value", "变化 Change", "说明 Detail",
                       "参照条款 Reference clause", "本地条款 Local clause"])
        let rows = table.element("tbody")
        for entry in changes {
            let n = entry.change
            let tr = rows.element("tr", ["class": "t-\(entry.status.rawValue)"])
            tr.element("th", ["scope": "row"], text: n.indicator)
            valueCell(tr, n.from, highlighted: n.change == .changed)
            valueCell(tr, n.to, highlighted: n.change == .changed)
            tr.element("td", text: context.framing.target(entry.status))
            let detail = tr.element("td")
            TargetDetail.render(entry, into: detail)
            clauseCell(tr, .reference, n.reference)
            clauseCell(tr, .local, n.local)
        }
    }

    private func leads(_ body: HTMLElement) {
        let patterns = context.unitPatterns
        let section = body.element("section", ["id": "leads"])
        section.element("h2", text: "牵头/责任单位变化 Changed leads")
        guard !patterns.statements.isEmpty else {
            section.element("p", text: "无 None.")
            return
        }
        if !patterns.patterns.isEmpty {
            section.element("p", ["class": "muted"], text: "反复出现的变化见概要，下表只列各条特有的变化。Changes repeated across clauses are listed once in the summary; this table lists what is particular to each clause.")
        }
        let table = section.element("table")
        header(table, ["参照条款 Reference clause", "本地条款 Local clause", "单位（按原文）Offices as written", "变化 Change"])
        let rows = table.element("tbody")
        for s in patterns.statements {
            let own = s.components.filter { !patterns.patterned.contains($0) }
            guard !own.isEmpty else { continue }
            let tr = rows.element("tr")
            let th = tr.element("th", ["scope": "row"])
            context.link(th, side: .reference, id: s.reference)
            clauseCell(tr, .local, s.local)
            tr.element("td", text: ReportWording.unitStatement(s))
            tr.element("td", ["class": "muted"], text: own.map(ReportWording.unitComponent).joined(separator: "；"))
        }
    }

    private func targets(_ body: HTMLElement) {
        let c = context.comparison
        let section = body.element("section", ["id": "targets"])
        section.element("h2", text: "全部指标 All targets")
        for (side, document, heading) in [(ReportContext.Side.reference, c.reference, "参照文件 Reference"),
                                          (ReportContext.Side.local, c.local, "本地文件 Local plan")] {
            section.element("h3", text: "\(heading): \(ComparisonReport.name(document))")
            let all = document.clauses.flatMap { clause in clause.targets.map { (clause.id, $0) } }
            guard !all.isEmpty else {
                section.element("p", text: "未读出数字指标 No numeric targets were read.")
                continue
            }
            let table = section.element("table")
            header(table, ["指标 Indicator", "值 Value", "条款 Clause", "原文 As written"])
            let rows = table.element("tbody")
            for (clauseID, target) in all {
                let tr = rows.element("tr")
                tr.element("th", ["scope": "row"], text: target.indicator)
                tr.element("td", text: TargetWording.value(target))
                clauseCell(tr, side, clauseID)
                tr.element("td", text: target.text)
            }
        }
    }

    private func header(_ table: HTMLElement, _ titles: [String]) {
        let tr = table.element("thead").element("tr")
        for title in titles { tr.element("th", ["scope": "col"], text: title) }
    }

    private func valueCell(_ tr: HTMLElement, _ target: Target?, highlighted: Bool) {
        let td = tr.element("td")
        guard let target else {
            td.text("—")
            return
        }
        if highlighted {
            td.element("mark", text: TargetWording.value(target))
        } else {
            td.text(TargetWording.value(target))
        }
        td.element("br")
        td.element("span", ["class": "muted"], text: target.text)
    }

    private func clauseCell(_ tr: HTMLElement, _ side: ReportContext.Side, _ id: String?) {
        let td = tr.element("td")
        if let id { context.link(td, side: side, id: id) } else { td.text("—") }
    }
}

/// What changed in a target, in words: the aspects, the direction, or what a removal rests on.
enum TargetDetail {
    static func render(_ entry: TargetAccount.Entry, into cell: HTMLElement) {
        switch entry.status {
        case .changed:
            cell.text(entry.aspects.map(ReportWording.aspect).joined(separator: "、"))
            if let direction = entry.direction {
                cell.text(" ")
                cell.element("span", ["class": entry.flagged ? "flag" : "dir"],
                             text: ReportWording.direction(direction, flagged: entry.flagged))
            }
        case .removed, .added:
            cell.text(ReportWording.basis(entry.basis, removed: entry.status == .removed))
        case .unchanged:
            cell.text(ReportWording.targetStatus(.unchanged))
        }
    }
}
