/// The rows of a table as clauses: one clause a row, with `tableRow` (headers and
/// cells) so that later stages read 牵头单位 / 完成时限 / 2025年 by column.
///
/// Paths: a row is named by its row number (附件3/一/(二): group 一, row （二）), or by
/// the labels its leading cells open with (一、医疗质量 | （一）功能定位 | 1.门诊… →
/// 附件/一/(一)/1); a row with neither is 行k of its group. A row under a merged
/// cell with no number of its own is 行2, 行3 … below the row that holds the merged cell.
struct TableClauses {
    /// Headers whose cell names the row's subject (its title).
    static let titleColumns = ["任务", "名称", "项目", "指标", "措施", "内容", "领域"]

    let paragraphs: [String]

    /// Drafts for the table's rows, numbered from `firstIndex`, under the clause `base`
    /// (path `basePath`); the header lines go to `headerTarget`'s text. Every paragraph of
    /// the table lands in exactly one clause, in reading order.
    func drafts(for table: TableReader.Table, base: Int?, basePath: [String], firstIndex: Int)
        -> (rows: [SegmentationPass.Draft], headerLines: [String]) {
        var drafts: [SegmentationPass.Draft] = []
        var lineOwner: [Int: Int] = [:]             // paragraph → position in drafts
        var group: (index: Int, label: String)? = nil
        var lastRow: (index: Int, path: [String], subRows: Int)? = nil
        var unlabeled: [String: Int] = [:]
        let numbered = TableHeader.rowNumberNames.contains(table.headers[0])
        for row in table.rows {
            let index = firstIndex + drafts.count
            let context = basePath + (group.map { [$0.label] } ?? [])
            var draft = SegmentationPass.Draft(kind: .numbered, parent: group?.index ?? base, path: [], label: nil,
                                               title: nil, lines: [], tableRow: TableRow(headers: table.headers, cells: row.cells))
            switch row.kind {
            case .group:
                let label = RowNumber(row.cells[0], first: true)?.pathLabel ?? ChineseNumeral.format((group.map { _ in 2 } ?? 1))
                draft.parent = base
                draft.path = basePath + [label]
                draft.label = row.cells[0]
                draft.title = row.cells.count > 1 ? row.cells[1] : nil
                group = (index, label)
                lastRow = nil
            case .row, .continuation:
                let inherited: Int
                if case .continuation(let count) = row.kind { inherited = count } else { inherited = 0 }
                let (labels, written, title) = rowLabels(row.cells, numbered: numbered, inherited: inherited)
                if inherited > 0, labels.count <= labelsOf(Array(row.cells.prefix(inherited)), numbered: numbered).count,
                   let above = lastRow {
                    // No number of its own: a further row of the row holding the merged cell.
                    draft.parent = above.index
                    draft.path = above.path + ["行\(above.subRows + 1)"]
                    lastRow = (above.index, above.path, above.subRows + 1)
                } else if labels.isEmpty {
                    let key = context.joined(separator: "/")
                    unlabeled[key, default: 0] += 1
                    draft.path = context + ["行\(unlabeled[key]!)"]
                    lastRow = (index, draft.path, 1)
                } else {
                    draft.path = context + labels
                    lastRow = (index, draft.path, 1)
                }
                draft.label = written
                draft.title = title ?? (inherited == 0 ? subject(of: row.cells, headers: table.headers) : nil)
            }
            for line in row.lines { lineOwner[line] = drafts.count }
            drafts.append(draft)
        }
        // Every paragraph of the table, in order: header lines to the clause above, each
        // row's lines to its row, anything else (a stray line) to the row before it.
        var headerLines: [String] = []
        var current: Int? = nil
        for j in table.headerLines.lowerBound..<table.end {
            if let owner = lineOwner[j] { current = owner }
            if let current { drafts[current].lines.append(paragraphs[j]) } else { headerLines.append(paragraphs[j]) }
        }
        return (drafts, headerLines)
    }

    /// The labels naming a row: its row number, or the labels its leading cells open with;
    /// the label as written and the title the last of them carries.
    private func rowLabels(_ cells: [String], numbered: Bool, inherited: Int) -> ([String], String?, String?) {
        if numbered {
            guard let number = RowNumber(cells[0]) else { return ([], nil, nil) }
            return ([number.pathLabel], inherited > 0 ? nil : cells[0], nil)
        }
        var labels: [String] = []
        var written: String? = nil
        var title: String? = nil
        for (k, cell) in cells.enumerated() {
            let chars = Array(cell.prefix(SegmentationPass.headLength))
            guard HeadingLabel.mayStart(cell), let label = HeadingLabel.parse(chars), label.style != .dash else { break }
            labels.append(label.pathLabel)
            if k >= inherited {
                written = label.written
                title = InlineTitle.title(of: chars, from: label.textStart, complete: chars.count == cell.count)
            }
        }
        return (labels, written, title)
    }

    private func labelsOf(_ cells: [String], numbered: Bool) -> [String] {
        rowLabels(cells, numbered: numbered, inherited: 0).0
    }

    /// The cell under the first subject column (工作任务, 指标名称 …) that is not the row number.
    private func subject(of cells: [String], headers: [String]) -> String? {
        for (k, header) in headers.enumerated() where k < cells.count && !TableHeader.rowNumberNames.contains(header) {
            if Self.titleColumns.contains(where: { header.contains($0) }) {
                let cell = cells[k]
                return cell.isEmpty || cell.count > InlineTitle.maxStandaloneLength || TableReader.isPlaceholder(cell) ? nil : cell
            }
        }
        return nil
    }
}
