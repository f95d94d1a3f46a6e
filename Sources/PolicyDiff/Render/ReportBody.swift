/// The left/right 对照 table: one row per aligned pair, omissions and additions
/// in place, every clause with an anchor (ref-c12 / loc-c9), changes linked in
/// order by previous/next links.
struct ReportBody {
    let context: ReportContext
    /// A clause in two alignments (a many-to-many pairing) shows in two rows; its
    /// anchor goes on the first, since an id may occur once in a page.
    private let anchored = AnchorSet()

    final class AnchorSet {
        var ids = Set<String>()
    }

    func render(into body: HTMLElement) {
        let c = context.comparison
        let section = body.element("section", ["id": "body"])
        section.element("h2", text: "逐条对照 Clause by clause")
        section.element("p", ["class": "muted"], text: "按参照文件的顺序。左：参照文件；右：本地文件。In the reference's order; left: the reference, right: the local plan.")
        let changeRows = context.rows.indices.filter { isChange(context.rows[$0]) }
        var changeNumber: [Int: Int] = [:]
        for (n, r) in changeRows.enumerated() { changeNumber[r] = n + 1 }
        if let first = changeRows.first, changeNumber[first] != nil {
            section.element("p").element("a", ["href": "#chg-1"], text: "↓ 第一处变化 First change (\(changeRows.count) in all)")
        }

        let table = section.element("table", ["class": "pairs"])
        let colgroup = table.element("colgroup")
        colgroup.element("col", ["class": "side"])
        colgroup.element("col", ["class": "side"])
        colgroup.element("col", ["class": "kind"])
        let head = table.element("thead").element("tr")
        head.element("th", ["scope": "col"], text: "\(context.framing.referenceSide): \(ComparisonReport.name(c.reference))")
        head.element("th", ["scope": "col"], text: "\(context.framing.localSide): \(ComparisonReport.name(c.local))")
        head.element("th", ["scope": "col"], text: "对应 Match")
        let tbody = table.element("tbody")
        for (r, row) in context.rows.enumerated() {
            let tr = tbody.element("tr")
            let change = changeNumber[r]
            if let change { tr.attr("id", "chg-\(change)") }
            switch row {
            case .aligned(let a):
                alignedRow(tr, c.alignments[a])
            case .omitted(let id):
                tr.attr("class", "omitted")
                clauseCell(tr.element("td", ["class": "ref"]), side: .reference, ids: [id], segments: nil, marks: [])
                tr.element("td", ["class": "loc"]).element("span", ["class": "empty"], text: context.framing.emptyOmitted)
                kindCell(tr, badge: "k-omitted", context.framing.omitted)
            case .referenceOnly(let id):
                tr.attr("class", "heading")
                clauseCell(tr.element("td", ["class": "ref"]), side: .reference, ids: [id], segments: nil, marks: [])
                tr.element("td", ["class": "loc"])
                kindCell(tr, badge: "k-heading", ReportWording.notCompared)
            case .headings(let referenceID, let localID):
                tr.attr("class", "heading")
                clauseCell(tr.element("td", ["class": "ref"]), side: .reference, ids: [referenceID], segments: nil, marks: [])
                clauseCell(tr.element("td", ["class": "loc"]), side: .local, ids: [localID], segments: nil, marks: [])
                kindCell(tr, badge: "k-heading", ReportWording.notCompared)
            case .added(let id), .unverifiable(let id), .localOnly(let id):
                let (cls, words, empty): (String, String, String?) = {
                    switch row {
                    case .added: return ("added", context.framing.added, context.framing.emptyAdded)
                    case .unverifiable: return ("unverifiable", ReportWording.unverifiable, ReportWording.emptyUnverifiable)
                    default: return ("heading", ReportWording.notCompared, nil)
                    }
                }()
                tr.attr("class", cls)
                let left = tr.element("td", ["class": "ref"])
                if let empty { left.element("span", ["class": "empty"], text: empty) }
                clauseCell(tr.element("td", ["class": "loc"]), side: .local, ids: [id], segments: nil, marks: [])
                kindCell(tr, badge: "k-\(cls)", words)
            }
            if let change, let cell = lastCell(tr) {
                steps(cell, change: change, total: changeRows.count)
            }
        }
    }

    private func isChange(_ row: ComparisonRows.Row) -> Bool {
        switch row {
        case .omitted, .added, .unverifiable: return true
        case .referenceOnly, .localOnly, .headings: return false
        case .aligned(let a):
            let alignment = context.comparison.alignments[a]
            if alignment.kind != .match { return true }
            if !alignment.droppedSentences.isEmpty || !alignment.addedSentences.isEmpty { return true }
            if alignment.diff.contains(where: { $0.operation != .equal }) { return true }
            return !numberChanges(of: alignment).isEmpty || !unitChanges(of: alignment).isEmpty
        }
    }

    private func numberChanges(of a: Alignment) -> [NumberChange] {
        context.numberChanges(of: a)
    }

    private func unitChanges(of a: Alignment) -> [UnitStatement] {
        context.unitPatterns.statements(of: a)
    }

    private func alignedRow(_ tr: HTMLElement, _ a: Alignment) {
        tr.attr("class", "aligned \(a.kind.rawValue)")
        let numbers = numberChanges(of: a)
        let hasDiff = !a.diff.isEmpty
        let runs = DiffPresentation.runs(a.diff, headings: context.headingTexts)
        let left = hasDiff ? runs.filter { $0.0 != .insert }.map { ($0.1, $0.2) } : nil
        let right = hasDiff ? runs.filter { $0.0 != .delete }.map { ($0.1, $0.2) } : nil
        let refCell = tr.element("td", ["class": "ref"])
        clauseCell(refCell, side: .reference, ids: a.reference, segments: left,
                   marks: numbers.compactMap { $0.change == .added ? nil : $0.from?.text })
        sentenceList(refCell, title: "未保留的语句 Dropped sentences", sentences: a.droppedSentences, cls: "dropped")
        let locCell = tr.element("td", ["class": "loc"])
        clauseCell(locCell, side: .local, ids: a.local, segments: right,
                   marks: numbers.compactMap { $0.change == .removed ? nil : $0.to?.text })
        sentenceList(locCell, title: "新增的语句 Added sentences", sentences: a.addedSentences, cls: "added")
        unitList(locCell, unitChanges(of: a))

        let kind = tr.element("td", ["class": "kind"])
        let badge = ReportWording.badge(a)
        kind.element("span", ["class": "badge \(badge.cls)"], text: badge.words)
        kind.element("br")
        kind.text("相似度 Similarity \(ReportNumber.score(a.score))")
        if a.kind == .moved {
            let whereTo = kind.element("span", ["class": "step"])
            whereTo.text("本地位置 Now at: ")
            for (i, id) in a.local.enumerated() {
                if i > 0 { whereTo.text("、") }
                context.link(whereTo, side: .local, id: id, withTitle: true)
            }
        }
        let reason = kind.element("span", ["class": "step reason"])
        reason.text(ReportWording.reason(a, reference: a.reference.map(context.referenceName),
                                         local: a.local.map(context.localName)))
        // The Comparer's own words (the evidence that paired them), after ours:
        // its Chinese part as text, its English part marked as English.
        let evidence = ReportWording.splitReason(a.reason)
        if let chinese = evidence.chinese { reason.text(" \(chinese)") }
        if let english = evidence.english {
            reason.text(" ")
            reason.element("span", ["lang": "en"], text: english)
        }
    }

    /// Anchors for each clause, then its text: either the clause texts as they
    /// stand or one side of the diff, with changed targets marked.
    private func clauseCell(_ cell: HTMLElement, side: ReportContext.Side, ids: [String],
                            segments: [(DiffPresentation.Run, String)]?, marks: [String]) {
        let clauses = ids.compactMap { side == .reference ? context.referenceClauses[$0] : context.localClauses[$0] }
        let anchors = cell.element("div", ["class": "anchors"])
        for id in ids {
            let clause = side == .reference ? context.referenceClauses[id] : context.localClauses[id]
            let anchor = "\(side.prefix)\(id)"
            let link = anchors.element("a", ["class": "anchor", "href": "#\(anchor)"], text: clause.map(ClauseName.short) ?? id)
            if anchored.ids.insert(anchor).inserted { link.attr("id", anchor) }
        }
        let text = cell.element("div", ["class": "text"])
        text.emptyText()
        if let segments {
            MarkedText.append(segments, marks: marks, to: text)
        } else {
            let joined = clauses.map(\.text).joined(separator: "\n")
            MarkedText.append([(.same, joined)], marks: marks, to: text)
        }
        text.emptyText()
    }

    private func sentenceList(_ cell: HTMLElement, title: String, sentences: [String], cls: String) {
        guard !sentences.isEmpty else { return }
        let box = cell.element("div", ["class": "sentences \(cls)"])
        box.element("strong", text: "\(title)（\(sentences.count)）")
        let list = box.element("ul")
        for sentence in sentences { list.element("li", text: sentence) }
    }

    private func unitList(_ cell: HTMLElement, _ statements: [UnitStatement]) {
        guard !statements.isEmpty else { return }
        let box = cell.element("div", ["class": "sentences units"])
        box.element("strong", text: "单位变化 Unit changes")
        let list = box.element("ul")
        let patterns = context.unitPatterns
        for s in statements {
            let li = list.element("li")
            li.text(ReportWording.unitStatement(s))
            if s.reference != s.local || patterns.statements.count > 1 {
                li.text(" ")
                let at = li.element("span", ["class": "muted"])
                at.text("（")
                context.link(at, side: .reference, id: s.reference)
                at.text(" → ")
                context.link(at, side: .local, id: s.local)
                at.text("）")
            }
            // The roles changed, one line per kind of change; a change the plan repeats
            // elsewhere links to its row in the summary ([3]).
            for operation in [UnitStatement.Operation.removed, .added, .renamed] {
                let subjects = s.components.filter { $0.operation == operation }
                guard let first = subjects.first else { continue }
                let role = ReportWording.unitRole(first.role), op = ReportWording.unitOperation(operation)
                let line = li.element("span", ["class": "roles muted"])
                line.text("\(role.zh)\(op.zh)：")
                for (i, component) in subjects.enumerated() {
                    if i > 0 { line.text("、") }
                    line.rawText(component.subject)
                    if let n = patterns.patternNumber(of: component) {
                        line.element("a", ["href": "#unit-pattern-\(n)", "title": ReportWording.unitPatternReference(n)], text: "[\(n)]")
                    }
                }
                line.text("（\(role.en) \(op.en)）")
            }
        }
    }

    private func kindCell(_ tr: HTMLElement, badge: String, _ words: String) {
        tr.element("td", ["class": "kind"]).element("span", ["class": "badge \(badge)"], text: words)
    }

    private func lastCell(_ tr: HTMLElement) -> HTMLElement? {
        tr.lastChild
    }

    private func steps(_ cell: HTMLElement, change: Int, total: Int) {
        let nav = cell.element("span", ["class": "step"])
        if change > 1 {
            nav.element("a", ["href": "#chg-\(change - 1)", "title": "上一处变化 Previous change"], text: "↑ 上一处 previous")
        }
        if change > 1 && change < total { nav.text(" · ") }
        if change < total {
            nav.element("a", ["href": "#chg-\(change + 1)", "title": "下一处变化 Next change"], text: "↓ 下一处 next")
        }
    }
}

/// Text with diff runs as <del>/<ins> and changed targets as <mark>, built node by
/// node. A changed target is one <mark> around its whole phrase, with the edited
/// characters inside it: <mark>培育<del>省</del><ins>市</ins>级知名品牌50<ins>0</ins>个</mark>.
enum MarkedText {
    static func append(_ segments: [(DiffPresentation.Run, String)], marks: [String], to parent: HTMLElement) {
        if marks.allSatisfy(\.isEmpty) {
            for (run, text) in segments { appendRun(run, text, to: parent) }
            return
        }
        var characters: [Character] = []
        var operations: [DiffPresentation.Run] = []
        for (operation, text) in segments {
            for ch in text {
                characters.append(ch)
                operations.append(operation)
            }
        }
        let marked = markedPositions(in: characters, marks: marks)
        var start = 0
        while start < characters.count {
            var end = start + 1
            while end < characters.count, marked[end] == marked[start] { end += 1 }
            let container = marked[start] ? parent.element("mark", ["title": "数字变化 changed number"]) : parent
            appendRuns(characters, operations, start..<end, to: container)
            start = end
        }
    }

    private static func appendRuns(_ characters: [Character], _ operations: [DiffPresentation.Run],
                                   _ range: Range<Int>, to parent: HTMLElement) {
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start + 1
            while end < range.upperBound, operations[end] == operations[start] { end += 1 }
            appendRun(operations[start], String(characters[start..<end]), to: parent)
            start = end
        }
    }

    private static func appendRun(_ run: DiffPresentation.Run, _ text: String, to parent: HTMLElement) {
        switch run {
        // The documents' own text, as it stands.
        case .same: parent.rawText(text)
        case .deleted: parent.element("del", ["title": ReportWording.runTitle(run)]).rawText(text)
        case .inserted: parent.element("ins", ["title": ReportWording.runTitle(run)]).rawText(text)
        case .moved: parent.element("span", ["class": "moved-text", "title": ReportWording.runTitle(run)]).rawText(text)
        case .heading: parent.element("span", ["class": "split-heading", "title": ReportWording.runTitle(run)]).rawText(text)
        }
    }

    /// Every occurrence of each mark phrase, in Character positions.
    static func markedPositions(in characters: [Character], marks: [String]) -> [Bool] {
        var marked = [Bool](repeating: false, count: characters.count)
        for mark in Set(marks) where !mark.isEmpty {
            let needle = Array(mark)
            guard needle.count <= characters.count else { continue }
            var i = 0
            while i + needle.count <= characters.count {
                if characters[i] == needle[0], Array(characters[i..<(i + needle.count)]) == needle {
                    for k in i..<(i + needle.count) { marked[k] = true }
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return marked
    }
}
