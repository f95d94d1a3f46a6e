/// The tables after the 对照: changed numbers, changed leads, every target.
struct ReportTables {
    let context: ReportContext

    func render(into body: HTMLElement) {
        numbers(body)
        leads(body)
        targets(body)
    }

    private func numbers(_ body: HTMLElement) {
        let c = context.comparison
        let section = body.element("section", ["id": "numbers"])
        section.element("h2", text: "数字变化 Changed numbers")
        guard !c.numberChanges.isEmpty else {
            section.element("p", text: "无 None.")
            return
        }
        let table = section.element("table")
        header(table, ["指标 Indicator", "参照值 Reference value", "本地值 Local value", "变化 Change", "参照条款 Reference clause", "本地条款 Local clause"])
        let rows = table.element("tbody")
        for n in c.numberChanges {
            let tr = rows.element("tr")
            tr.element("th", ["scope": "row"], text: n.indicator)
            valueCell(tr, n.from, highlighted: n.change == .changed)
            valueCell(tr, n.to, highlighted: n.change == .changed)
            tr.element("td", text: ReportWording.numberChange(n.change))
            clauseCell(tr, .reference, n.reference)
            clauseCell(tr, .local, n.local)
        }
    }

    private func leads(_ body: HTMLElement) {
        let c = context.comparison
        let section = body.element("section", ["id": "leads"])
        section.element("h2", text: "牵头/责任单位变化 Changed leads")
        guard !c.unitChanges.isEmpty else {
            section.element("p", text: "无 None.")
            return
        }
        let table = section.element("table")
        header(table, ["参照条款 Reference clause", "本地条款 Local clause", "牵头单位增加 Lead added", "牵头单位减少 Lead removed",
                       "责任单位增加 Responsible added", "责任单位减少 Responsible removed",
                       "更名 Renamed (related office)"])
        let rows = table.element("tbody")
        for u in c.unitChanges {
            let tr = rows.element("tr")
            let th = tr.element("th", ["scope": "row"])
            context.link(th, side: .reference, id: u.reference)
            clauseCell(tr, .local, u.local)
            for roles in [u.leadAdded, u.leadRemoved, u.responsibleAdded, u.responsibleRemoved] {
                tr.element("td", text: roles.isEmpty ? "—" : roles.joined(separator: "、"))
            }
            let renamings = u.leadRenamed + u.responsibleRenamed
            tr.element("td", text: renamings.isEmpty ? "—" : renamings.map(\.wording).joined(separator: "、"))
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
