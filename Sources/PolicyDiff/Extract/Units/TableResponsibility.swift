import Foundation

/// The lead and responsible units of a row of a task table (序号 | 重点任务 |
/// 牵头单位 | 配合单位 | 完成时限), read from the cells under those columns. A cell
/// may hold a name broken over two lines by the table's narrow column (区土方工作 /
/// 专班): a line that does not end a name runs on into the next.
struct TableResponsibility {
    static let leadHeaders = ["主要牵头单位", "牵头单位", "牵头部门", "牵头责任单位", "主责单位", "主责部门", "牵头处室"]
    static let responsibleHeaders = ["配合单位", "配合部门", "责任单位", "责任部门", "参与单位", "参与部门", "协办单位",
                                     "协同单位", "实施单位", "落实单位", "责任主体", "责任处室"]
    /// Cells that name nobody: a dash of the table, 无.
    static let emptyCells: Set<String> = ["—", "——", "-", "--", "－", "/", "无", "暂无", "", "…"]

    var splitter = UnitNameSplitter()

    static let unitHeaders = leadHeaders + responsibleHeaders

    /// Whether a column's header names lead or responsible units (as `TableRow.cell(headed:)` finds it).
    static func isUnitHeader(_ header: String) -> Bool {
        unitHeaders.contains { ScalarText.mayFind($0, in: header) && header.contains($0) }
    }

    static func hasUnitColumns(_ row: TableRow) -> Bool {
        row.cell(headed: leadHeaders) != nil || row.cell(headed: responsibleHeaders) != nil
    }

    /// (lead names, responsible names) as written, or nil when the row names nobody.
    func names(of row: TableRow) -> (lead: [String], responsible: [String])? {
        let lead = row.cell(headed: TableResponsibility.leadHeaders).map(names(inCell:)) ?? []
        let responsible = row.cell(headed: TableResponsibility.responsibleHeaders).map(names(inCell:)) ?? []
        guard !lead.isEmpty || !responsible.isEmpty else { return nil }
        return (lead, responsible)
    }

    func names(inCell cell: String) -> [String] {
        let joined = TableResponsibility.joiningBrokenNames(cell)
        let trimmed = joined.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !TableResponsibility.emptyCells.contains(trimmed) else { return [] }
        return splitter.names(in: ArraySlice(Array(trimmed))) ?? []
    }

    /// Lines of a cell joined where a line does not end a name: 区土方工作\n专班 is one
    /// name; 区水务局\n区绿化市容局 two.
    static func joiningBrokenNames(_ cell: String) -> String {
        let lines = cell.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count > 1 else { return lines.first ?? "" }
        var result = lines[0]
        for line in lines.dropFirst() {
            let last = result.last.map { UnitTagForm.nameSeparators.contains($0) } ?? true
            let lastPiece = result.split(whereSeparator: { UnitTagForm.nameSeparators.contains($0) }).last.map(String.init) ?? ""
            if !last, !ProseResponsibility.namesAnOffice(lastPiece) {
                result += line
            } else {
                result += last ? line : "、" + line
            }
        }
        return result
    }
}
