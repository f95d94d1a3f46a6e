/// For each document that others implement: its clauses (rows) × every document
/// below it in the chain (columns), the similarity in each cell, so one sees at a
/// glance which measures which places dropped. The band colours repeat what the
/// number and the ✗ say.
struct CoverageMatrix {
    let model: CorpusIndexModel
    let parts: HTMLPageParts

    func render(into body: HTMLElement) {
        let section = body.element("section", ["id": "matrix"])
        section.element("h2", text: "覆盖矩阵 Coverage matrices")
        let references = model.ordered.filter { model.pairsBelow[$0] != nil }
        guard !references.isEmpty else {
            section.element("p", text: "无 None: no document is implemented by another.")
            return
        }
        for referenceID in references {
            guard let reference = model.documents[referenceID] else { continue }
            let below = model.pairsBelow[referenceID] ?? []
            let position = Dictionary(model.ordered.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            let columns = below.sorted { (position[$0.local.id] ?? Int.max, $0.stem) < (position[$1.local.id] ?? Int.max, $1.stem) }
            section.element("h3", ["id": "matrix-\(referenceID)"], text: "\(reference.displayName) × 下级文件 documents below it")
            var rowIDs: [String] = []
            var seen = Set<String>()
            // Rows in the reference's own order: the first pair that names a clause
            // gives its place; pairs agree, they hold the same reference document.
            for p in columns {
                for entry in p.clauseScores where seen.insert(entry.id).inserted { rowIDs.append(entry.id) }
            }
            rowIDs.sort { clauseOrder($0) < clauseOrder($1) }
            let wrap = section.element("div", ["class": "matrix-wrap"])
            let table = wrap.element("table", ["class": "matrix"])
            table.element("caption", text: "行：参照条款；列：下级文件；单元格：相似度（✗ 未保留）。Rows: reference clauses; columns: documents below; cells: similarity (✗ omitted).")
            let head = table.element("thead").element("tr")
            head.element("th", ["scope": "col"], text: "条款 Clause")
            for p in columns {
                head.element("th", ["scope": "col"]).element("a", ["href": "\(p.stem).html"], text: p.local.title.map { short($0, p.local) } ?? p.local.id)
            }
            // Made when the rows are written, and let go after them.
            let grid = ScoreGrid(rows: rowIDs, columns: columns)
            parts.children(of: table.element("tbody"), tag: "tr", count: rowIDs.count) { row, tr in
                let id = rowIDs[row]
                tr.element("th", ["scope": "row"], text: reference.clauseNames[id] ?? id)
                for (i, p) in columns.enumerated() {
                    guard let entry = grid.score(row: row, column: i) else {
                        tr.element("td", ["class": "s-na", "title": "\(p.local.id): not compared"], text: "·")
                        continue
                    }
                    if let score = entry {
                        tr.element("td", ["class": band(score), "title": "\(p.local.id) \(ReportNumber.score(score))"]).element("a", ["href": "\(p.stem).html#ref-\(id)"], text: ReportNumber.score(score))
                    } else {
                        tr.element("td", ["class": "s-none", "title": "\(p.local.id): omitted"]).element("a", ["href": "\(p.stem).html#ref-\(id)"], text: "✗ 缺")
                    }
                }
            }
        }
    }

    /// Clause ids are c0, c1, … in reading order: sort by the number.
    private func clauseOrder(_ id: String) -> (Int, String) {
        (Int(id.drop { !$0.isNumber }) ?? Int.max, id)
    }

    private func band(_ score: Double) -> String {
        score >= SimilarityBands.high ? "s-hi" : score >= SimilarityBands.middle ? "s-mid" : "s-lo"
    }

    /// A column head: the issuer's place is what tells documents apart (甘肃, 张掖).
    private func short(_ title: String, _ card: DocumentCard) -> String {
        if let issuer = card.issuer, !issuer.isEmpty { return "\(issuer) · \(card.id)" }
        return card.id
    }
}

/// Indicator × document, values side by side, with ▼/▲ where a document set the
/// same indicator lower or higher than the document it implements.
struct TargetGrid {
    let model: CorpusIndexModel
    let parts: HTMLPageParts

    func render(into body: HTMLElement) {
        let section = body.element("section", ["id": "targets"])
        section.element("h2", text: "指标对照 Targets across documents")
        var order: [String] = []
        var byIndicator: [String: [String: [Target]]] = [:]
        for id in model.ordered {
            guard let card = model.documents[id] else { continue }
            for t in card.targets {
                if byIndicator[t.indicator] == nil { order.append(t.indicator) }
                byIndicator[t.indicator, default: [:]][id, default: []].append(t)
            }
        }
        changedNumbers(section)
        section.element("h3", text: "指标 × 文件 Indicator by document")
        section.element("p", ["class": "muted"], text: "只列出至少两份文件都有的指标（按指标名称相同）。Only indicators that at least two documents state (same indicator wording).")
        let shared = order.filter { (byIndicator[$0]?.count ?? 0) >= 2 }
        guard !shared.isEmpty else {
            section.element("p", text: "无共同指标 No indicator is stated by two documents.")
            return
        }
        let columns = model.ordered.filter { id in shared.contains { byIndicator[$0]?[id] != nil } }
        let wrap = section.element("div", ["class": "matrix-wrap"])
        let table = wrap.element("table", ["class": "matrix targets"])
        let head = table.element("thead").element("tr")
        head.element("th", ["scope": "col"], text: "指标 Indicator")
        for id in columns {
            head.element("th", ["scope": "col"]).element("a", ["href": "#doc-\(id)"], text: id)
        }
        parts.children(of: table.element("tbody"), tag: "tr", count: shared.count) { row, tr in
            let indicator = shared[row]
            tr.element("th", ["scope": "row"], text: indicator)
            for id in columns {
                let td = tr.element("td")
                guard let targets = byIndicator[indicator]?[id], let first = targets.first else {
                    td.text("—")
                    continue
                }
                td.text(targets.map(TargetWording.value).joined(separator: "；"))
                if let parent = model.parent[id], let above = byIndicator[indicator]?[parent]?.first,
                   above.unit == first.unit, above.period == first.period, above.value != first.value {
                    let direction: TargetAccount.Direction = first.value < above.value ? .lower : .higher
                    let flagged = direction == .lower && TargetAccount.isShare(first)
                    td.text(" ")
                    td.element("span", ["class": flagged ? "flag" : "dir", "title": "参照 \(parent) reference"],
                               text: ReportWording.direction(direction, flagged: flagged))
                }
            }
        }
    }
}

extension TargetGrid {
    /// Every number change the comparisons found (the aligner matched the targets, so
    /// differently worded indicators meet here), pair by pair, with ▼/▲ in words.
    func changedNumbers(_ section: HTMLElement) {
        section.element("h3", text: "各对照中的数字变化 Changed numbers, pair by pair")
        let rows = model.pairs.flatMap { p in p.numberChangeList.map { (p, $0) } }
        guard !rows.isEmpty else {
            section.element("p", text: "无 None.")
            return
        }
        let wrap = section.element("div", ["class": "matrix-wrap"])
        let table = wrap.element("table")
        let head = table.element("thead").element("tr")
        for title in ["指标 Indicator", "本地文件 Local", "本地值 Local value", "参照文件 Reference", "参照值 Reference value", "变化 Change"] {
            head.element("th", ["scope": "col"], text: title)
        }
        parts.children(of: table.element("tbody"), tag: "tr", count: rows.count) { row, tr in
            let (p, n) = rows[row]
            let th = tr.element("th", ["scope": "row"])
            let anchor = n.reference.map { "#ref-\($0)" } ?? n.local.map { "#loc-\($0)" } ?? ""
            th.element("a", ["href": "\(p.stem).html\(anchor)"], text: n.indicator)
            tr.element("td").element("a", ["href": "#doc-\(p.local.id)"], text: p.local.id)
            tr.element("td", text: n.to.map(TargetWording.value) ?? "—")
            tr.element("td").element("a", ["href": "#doc-\(p.reference.id)"], text: p.reference.id)
            tr.element("td", text: n.from.map(TargetWording.value) ?? "—")
            let change = tr.element("td")
            let entry = TargetAccount.entry(n, basis: .number)
            change.text(ReportWording.targetStatus(entry.status))
            if let direction = entry.direction {
                change.text(" ")
                change.element("span", ["class": entry.flagged ? "flag" : "dir"],
                               text: ReportWording.direction(direction, flagged: entry.flagged))
            }
        }
    }
}

/// The colour bands of similarity in the index. The upper line is the aligner's
/// own `match` threshold (0.5 when calibrated on the bundled corpus: above it an
/// alignment is a match, below it partial); the middle one splits the partials.
enum SimilarityBands {
    static let high = 0.5
    static let middle = 0.3
}

/// The cells of one coverage matrix: for each column (a pair), the score of each row
/// (a reference clause): nil when the pair did not compare it, .some(nil) when it
/// was omitted. Made once per matrix from the pairs' score lists, lazily, so that
/// only the matrix being written holds one.
final class ScoreGrid {
    private let rows: [String]
    private let columns: [PairSummary]
    private lazy var cells: [[Double??]] = {
        let rowOf = Dictionary(rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return columns.map { p in
            var column = [Double??](repeating: nil, count: rows.count)
            // The first entry of a clause counts, as a dictionary built from the list kept it.
            for entry in p.clauseScores.reversed() {
                if let row = rowOf[entry.id] { column[row] = .some(entry.score) }
            }
            return column
        }
    }()

    init(rows: [String], columns: [PairSummary]) {
        self.rows = rows
        self.columns = columns
    }

    func score(row: Int, column: Int) -> Double?? {
        cells[column][row]
    }
}
