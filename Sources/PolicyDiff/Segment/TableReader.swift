/// A table in a document's text, read into rows: from a page's `<table>` (one line
/// a row, cells separated by tabs) or flattened one cell a line, as many sites
/// and scrapers save tables. Either way the rows come out the same: the column
/// headers, each row's cells under them, the cells a merged (rowspan) cell gives
/// the rows below it, and the group rows (一 | 构建…体系) that head the rows after them.
struct TableReader {
    /// A row as read, before it becomes a clause.
    struct Row: Equatable {
        enum Kind: Equatable {
            /// A row of its own.
            case row
            /// A group heading spanning the row (一 | 构建产消平衡的处置体系): rows below it belong to it.
            case group
            /// A row under a merged cell: its first cells are those of the row above (`inherited` of them).
            case continuation(inherited: Int)
        }
        var kind: Kind
        /// The cells under `headers`, the ones a merged cell gives included.
        var cells: [String]
        /// The paragraphs the row was read from.
        var lines: Range<Int>
    }

    struct Table {
        var headers: [String]
        /// The header paragraphs (the first and any repeated on a new page).
        var headerLines: Range<Int>
        var rows: [Row]
        /// The paragraph after the table.
        var end: Int
        /// Paragraphs repeating the header inside the table, attached to the row before them.
        var repeatedHeaders: [Int: Range<Int>]
    }

    /// Lines that end a flattened table: a note under it, or an annex.
    static let noteOpenings = ["注：", "注:", "备注：", "备注:", "说明："]
    /// Cells of a unit or deadline column are short and not sentences.
    static let maxShortCellLength = 60
    static let shortColumnWords = ["性质", "属性", "分值"]

    let paragraphs: [String]

    /// The table whose header starts at `index`, or nil.
    func table(at index: Int) -> Table? {
        if let headers = TableHeader.tabCells(paragraphs[index]) {
            guard headers.allSatisfy(TableHeader.isName), TableHeader.hasAnchor(headers) else { return nil }
            return tabTable(headers: headers, at: index)
        }
        var j = index
        var headers: [String] = []
        while j < paragraphs.count, TableHeader.mayBeName(paragraphs[j]), TableHeader.isName(paragraphs[j]) {
            headers.append(trimmed(paragraphs[j]))
            j += 1
        }
        guard headers.count >= TableHeader.minFlattenedColumns, TableHeader.hasAnchor(headers) else { return nil }
        return flattenedTable(headers: headers, headerLines: index..<j)
    }

    // MARK: - Rows with tabs

    private func tabTable(headers: [String], at index: Int) -> Table {
        var rows: [Row] = []
        var repeated: [Int: Range<Int>] = [:]
        var j = index + 1
        var previous: [String] = []
        while j < paragraphs.count {
            let line = paragraphs[j]
            var cells = TableHeader.tabCells(line)
            // A row of one cell (a group spanning the row) continues the table when rows follow it.
            if cells == nil, j + 1 < paragraphs.count, TableHeader.tabCells(paragraphs[j + 1]) != nil,
               line.count <= TableHeader.maxNameLength * 4, !line.contains("。") {
                cells = [trimmed(line)]
            }
            guard let row = cells else { break }
            if row == headers {
                repeated[rows.count - 1] = j..<(j + 1)
                j += 1
                continue
            }
            rows.append(fitted(row, headers: headers, previous: previous, lines: j..<(j + 1)))
            if rows.last?.kind != .group { previous = rows.last?.cells ?? previous }
            j += 1
        }
        return Table(headers: headers, headerLines: index..<(index + 1), rows: rows, end: j, repeatedHeaders: repeated)
    }

    /// A row with fewer cells than headers lies under merged cells on its left: it takes
    /// theirs from the row above. Two cells, the first a bare number, is a group heading.
    private func fitted(_ cells: [String], headers: [String], previous: [String], lines: Range<Int>) -> Row {
        if cells.count >= headers.count || previous.isEmpty {
            if cells.count <= 2, headers.count > 2, let first = cells.first, RowNumber(first) != nil || cells.count == 1 {
                return Row(kind: .group, cells: cells, lines: lines)
            }
            return Row(kind: .row, cells: cells, lines: lines)
        }
        if cells.count <= 2, headers.count > 3, let first = cells.first, RowNumber(first)?.isGroup == true {
            return Row(kind: .group, cells: cells, lines: lines)
        }
        let inherited = headers.count - cells.count
        return Row(kind: .continuation(inherited: inherited), cells: Array(previous.prefix(inherited)) + cells, lines: lines)
    }

    // MARK: - One cell a line

    private func flattenedTable(headers: [String], headerLines: Range<Int>) -> Table {
        let numbered = TableHeader.rowNumberNames.contains(headers[0])
        var j = headerLines.upperBound
        var cellLines: [Int] = []
        var repeated: [Int: Range<Int>] = [:]
        var blockStarts: [Int] = []        // positions in cellLines where a row number starts a block
        var series = RowNumberSeries()
        while j < paragraphs.count {
            let line = paragraphs[j]
            if AnnexHeading.label(of: line) != nil || Self.noteOpenings.contains(where: { line.hasPrefix($0) }) { break }
            if endsTable(line, numbered: numbered) { break }
            if let again = repeatedHeader(at: j, headers: headers) {
                repeated[j] = again
                j = again.upperBound
                continue
            }
            if numbered, let number = RowNumber(line, first: cellLines.isEmpty), series.accepts(number) {
                blockStarts.append(cellLines.count)
                series.take(number)
            }
            cellLines.append(j)
            j += 1
        }
        var rows: [Row] = []
        var repeatedByRow: [Int: Range<Int>] = [:]
        if numbered {
            var previous: [String] = []
            for (b, start) in blockStarts.enumerated() {
                let end = b + 1 < blockStarts.count ? blockStarts[b + 1] : cellLines.count
                for row in blockRows(Array(cellLines[start..<end]), headers: headers, first: b == 0, previous: &previous) {
                    rows.append(row)
                }
            }
            // Cells before the first row number (none in a well-formed table) stay with the header.
        } else {
            var k = 0
            while k < cellLines.count {
                let slice = Array(cellLines[k..<min(cellLines.count, k + headers.count)])
                rows.append(Row(kind: .row, cells: slice.map { trimmed(paragraphs[$0]) }, lines: slice.first!..<(slice.last! + 1)))
                k += headers.count
            }
        }
        // A repeated header belongs to the row before it.
        for (start, range) in repeated {
            if let row = rows.lastIndex(where: { $0.lines.upperBound <= start }) { repeatedByRow[row] = range }
        }
        return Table(headers: headers, headerLines: headerLines, rows: rows,
                     end: j, repeatedHeaders: repeatedByRow)
    }

    /// A block of cell lines from one row number to the next: one row, a group
    /// heading, or a row and the rows under its merged cells.
    private func blockRows(_ lines: [Int], headers: [String], first: Bool, previous: inout [String]) -> [Row] {
        let n = headers.count
        var cells = lines.map { trimmed(paragraphs[$0]) }
        var spans = lines.map { $0..<($0 + 1) }
        if cells.count == 2, n > 2, RowNumber(cells[0], first: first)?.isGroup == true {
            return [Row(kind: .group, cells: cells, lines: spans[0].lowerBound..<spans[1].upperBound)]
        }
        if cells.count <= n {
            let row = Row(kind: .row, cells: cells, lines: spans.first!.lowerBound..<spans.last!.upperBound)
            previous = cells
            return [row]
        }
        // Rows under merged cells: n cells, then rows of n − s cells (the first s merged).
        var split = bestSplit(cells, headers: headers)
        while split == nil, let k = brokenCell(cells) {
            // A cell broken over two lines (区土方工作 / 专班): join it and try again.
            cells[k - 1] += cells[k]
            cells.remove(at: k)
            spans[k - 1] = spans[k - 1].lowerBound..<spans[k].upperBound
            spans.remove(at: k)
            split = bestSplit(cells, headers: headers)
        }
        guard let s = split else {
            let joined = Array(cells.prefix(n - 1)) + [cells.dropFirst(n - 1).joined(separator: "\n")]
            previous = joined
            return [Row(kind: .row, cells: joined, lines: spans.first!.lowerBound..<spans.last!.upperBound)]
        }
        var rows = [Row(kind: .row, cells: Array(cells.prefix(n)), lines: spans[0].lowerBound..<spans[n - 1].upperBound)]
        var k = n
        while k < cells.count {
            let own = Array(cells[k..<(k + n - s)])
            rows.append(Row(kind: .continuation(inherited: s), cells: Array(cells.prefix(s)) + own,
                            lines: spans[k].lowerBound..<spans[k + n - s - 1].upperBound))
            k += n - s
        }
        previous = Array(cells.prefix(n))
        return rows
    }

    /// How many leading cells are merged over the rows of a block: the count that
    /// divides the block evenly and puts unit names under the unit columns and short
    /// cells under the deadline columns. A row under merged cells keeps at least two of
    /// its own (what it does and who does it).
    private func bestSplit(_ cells: [String], headers: [String]) -> Int? {
        let n = headers.count
        guard n >= 3 else { return nil }
        var best: (score: Int, s: Int)? = nil
        for s in 1...(n - 2) where (cells.count - n) % (n - s) == 0 {
            var score = 0
            var k = n
            while k < cells.count {
                for (offset, cell) in cells[k..<(k + n - s)].enumerated() {
                    score += fit(cell, under: headers[s + offset])
                }
                k += n - s
            }
            if best.map({ score > $0.score }) ?? true { best = (score, s) }
        }
        return best?.s
    }

    /// How well a cell fits its column: units under a unit column, a short cell under a deadline.
    private func fit(_ cell: String, under header: String) -> Int {
        if Self.unitColumnWords.contains(where: { header.contains($0) }) {
            return Self.isPlaceholder(cell) || looksLikeUnits(cell) ? 1 : -2
        }
        if Self.deadlineColumnWords.contains(where: { header.contains($0) }) {
            return Self.isPlaceholder(cell) || isShortCell(cell) && Self.deadlineWords.contains(where: { cell.contains($0) }) ? 1 : -2
        }
        if Self.shortColumnWords.contains(where: { header.contains($0) }) { return isShortCell(cell) ? 1 : -2 }
        return 0
    }

    static let deadlineColumnWords = ["时限", "时间", "进度"]
    /// What a deadline cell says: 2025年底前, 6月底, 每季度, 长期坚持, 持续推进.
    static let deadlineWords = ["年", "月", "季度", "长期", "持续", "常态", "每"]

    /// 区绿化市容局、区规划资源局, 属地街镇, 区土方工作专班: every name ends like an organ's.
    private func looksLikeUnits(_ cell: String) -> Bool {
        guard isShortCell(cell) || cell.count <= 120 && !cell.contains("。") else { return false }
        let names = cell.split { "、，,；;和及".contains($0) }
        return !names.isEmpty && names.allSatisfy { name in Self.organEndings.contains { name.hasSuffix($0) } || name.hasSuffix("等") }
    }

    static let unitColumnWords = ["单位", "部门"]
    /// How the names of offices, governments and bodies end (局, 委, 中心, 街镇 …).
    static let organEndings = ["局", "委", "办", "厅", "部", "署", "院", "室", "中心", "政府", "镇", "街道", "乡", "专班", "分局",
                               "企业", "公司", "集团", "所", "站", "队", "会", "社", "处", "科", "组", "团", "馆", "行", "区", "县", "市", "省"]

    /// A line of two to six characters that ends no sentence, after one that ends none either.
    private func brokenCell(_ cells: [String]) -> Int? {
        var best: Int? = nil
        for k in 1..<cells.count {
            let cell = cells[k], before = cells[k - 1]
            guard cell.count <= 6, RowNumber(cell) == nil, !Self.isPlaceholder(cell), !Self.isPlaceholder(before),
                  let last = before.last, !"。；;，,：:".contains(last) else { continue }
            if best.map({ cell.count < cells[$0].count }) ?? true { best = k }
        }
        return best
    }

    private func isShortCell(_ cell: String) -> Bool {
        cell.count <= Self.maxShortCellLength && !cell.contains("。")
    }

    /// —— or — in a cell: nothing to put there.
    static func isPlaceholder(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { "—―－-/／无".contains($0) }
    }

    /// A line that cannot be a cell: a numbered heading of the document (二、…) or a long sentence
    /// after a table without row numbers.
    private func endsTable(_ line: String, numbered: Bool) -> Bool {
        guard HeadingLabel.mayStart(line), let label = HeadingLabel.parse(Array(line.prefix(SegmentationPass.headLength))) else {
            return !numbered && line.count > 80 && line.contains("。")
        }
        if label.style == .chineseComma || label.style.isDivision || label.style == .article { return true }
        return !numbered && label.textStart < line.count
    }

    private func repeatedHeader(at j: Int, headers: [String]) -> Range<Int>? {
        guard j + headers.count <= paragraphs.count else { return nil }
        for (k, header) in headers.enumerated() where trimmed(paragraphs[j + k]) != header { return nil }
        return j..<(j + headers.count)
    }

    private func trimmed(_ s: String) -> String { LayoutSpace.trimmed(s) }
}

/// The number in a table's first column: 1, 12 (rows), 一 / 二 (groups), （一） (rows under a group).
struct RowNumber: Equatable {
    var value: Int
    /// 一 / 二 alone number groups of rows; （一） and 1 number the rows.
    var isGroup: Bool
    /// As a clause path writes it.
    var pathLabel: String

    init?(_ line: String, first: Bool = false) {
        let cell = line.filter { !LabelPadding.contains($0) }
        guard !cell.isEmpty, cell.count <= 6 else { return nil }
        if let n = ArabicDigit.number(cell), n > 0, cell.count <= 3 {
            self.init(value: n, isGroup: false, pathLabel: String(n))
        } else if let n = ChineseNumeral.value(of: cell) {
            self.init(value: n, isGroup: true, pathLabel: ChineseNumeral.format(n))
        } else if let label = HeadingLabel.parse(Array(cell)), label.textStart >= cell.count,
                  label.style == .parenChinese || label.style == .parenArabic {
            self.init(value: label.number, isGroup: false, pathLabel: label.pathLabel)
        } else if first, cell == "—" || cell == "－" || cell == "-" {
            // The first group's 一 typed as a dash, as it happens in tables.
            self.init(value: 1, isGroup: true, pathLabel: ChineseNumeral.format(1))
        } else {
            return nil
        }
    }

    private init(value: Int, isGroup: Bool, pathLabel: String) {
        self.value = value
        self.isGroup = isGroup
        self.pathLabel = pathLabel
    }
}

/// Row numbers run in two series (groups 一 二 …, rows 1 2 … or （一）（二）… restarting
/// in each group): a number is a row number only where it continues its series.
/// Row numbers of 1 2 3 may also run on through the groups.
struct RowNumberSeries {
    private var lastGroup = 0
    private var lastRow = 0
    private var lastRowOfTable = 0

    func accepts(_ number: RowNumber) -> Bool {
        if number.isGroup { return number.value == lastGroup + 1 }
        return number.value == lastRow + 1 || number.value == 1 || number.value == lastRowOfTable + 1
    }

    mutating func take(_ number: RowNumber) {
        if number.isGroup {
            lastGroup = number.value
            lastRow = 0
        } else {
            lastRow = number.value
            lastRowOfTable = number.value
        }
    }
}
