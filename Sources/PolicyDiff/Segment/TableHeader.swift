import Foundation

/// The header row of the tables official documents attach: task tables
/// (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限) and indicator tables
/// (指标 | 单位 | 2025年 | 2030年). A header is a run of short column names, at
/// least one of them a name only tables use (an anchor), so that a few short
/// lines of prose are never taken for one.
enum TableHeader {
    /// Column names of the genre, whole.
    static let names: Set<String> = [
        "序号", "编号", "工作任务", "重点任务", "主要任务", "任务", "具体任务", "任务内容", "主要工作内容", "工作内容", "工作措施",
        "具体措施", "主要措施", "重点工作", "工作目标", "目标任务", "牵头单位", "牵头部门", "责任单位", "责任部门", "配合单位",
        "配合部门", "参与单位", "协同单位", "完成时限", "完成时间", "时间节点", "时间安排", "进度安排", "指标", "指标名称",
        "主要指标", "单位", "计量单位", "属性", "指标属性", "指标性质", "指标说明", "基期值", "目标值", "现状值", "备注", "类别",
        "项目", "项目名称", "领域", "内容", "评价内容", "考核内容", "分值", "一级指标", "二级指标", "三级指标",
    ]
    /// Names only a table header uses: one of them must be present.
    static let anchors: [String] = ["序号", "编号", "牵头", "责任单位", "责任部门", "配合", "完成时限", "完成时间", "时间节点",
                                    "指标", "目标值", "基期值"]
    /// Column name endings for names not in the list (二级指标, 省级牵头单位, 2025年目标值).
    static let nameEndings: [String] = ["指标", "单位", "部门", "时限", "内容", "任务", "措施", "名称", "说明", "目标", "目标值"]
    /// The first column of a table numbered by rows.
    static let rowNumberNames: Set<String> = ["序号", "编号"]
    static let maxNameLength = 12
    /// A flattened header (one name a line) has at least this many columns.
    static let minFlattenedColumns = 3

    /// Whether a line, as a whole, is a column name: a name of the list, a name
    /// ending like one, or a year column (2025年, 2020年（基期）, 2030年目标).
    static func isName(_ cell: String) -> Bool {
        let name = cell.filter { !LabelPadding.contains($0) }
        guard !name.isEmpty, name.count <= maxNameLength else { return false }
        if names.contains(name) { return true }
        if let first = name.unicodeScalars.first, first.value >= 0x30 && first.value <= 0x39 { return isYear(name) }
        guard !name.contains(where: { "。，,；;：:、".contains($0) }) else { return false }
        return nameEndings.contains { name.hasSuffix($0) } && name.count <= 8
    }

    /// 2025年, 2020年（基期）, 2030年目标值.
    static func isYear(_ name: String) -> Bool {
        let chars = Array(name)
        guard chars.count >= 5, chars[0..<4].allSatisfy({ ArabicDigit.value($0) != nil }), chars[4] == "年" else { return false }
        let rest = String(chars[5...])
        return rest.isEmpty || rest.hasPrefix("（") || rest.hasPrefix("(") || rest.hasPrefix("目标") || rest == "底"
    }

    static func hasAnchor(_ names: [String]) -> Bool {
        names.contains { name in anchors.contains { name.contains($0) } } || names.filter(isYear).count >= 2
    }

    /// A line that may be a column name, decided cheaply (this runs on every line).
    static func mayBeName(_ line: String) -> Bool {
        if line.utf8.count > maxNameLength * 3 + 8 { return hasTab(line) }
        // A column name is at most 12 characters, opens with no bracket and carries no sentence
        // punctuation: headings (一、总体要求, （一）指导思想) are rejected here, on scalars.
        var count = 0
        for scalar in line.unicodeScalars {
            if LabelPadding.containsScalar(scalar) { continue }
            if count == 0, scalar == "（" || scalar == "(" { return false }
            if scalar == "、" || scalar == "。" || scalar == "，" || scalar == "：" || scalar == "；" { return false }
            count += 1
            if count > maxNameLength { return false }
        }
        return count > 0
    }

    /// Whether a line holds a tab, found with memchr (this runs on every line).
    static func hasTab(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, 0x09, bytes.count) != nil
        }
    }

    /// The cells of a row given with tabs between them (a page's table row, a spreadsheet copy).
    static func tabCells(_ line: String) -> [String]? {
        guard hasTab(line) else { return nil }
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            .map { LayoutSpace.trimmed($0) }
        return cells.count >= 2 ? cells : nil
    }
}
