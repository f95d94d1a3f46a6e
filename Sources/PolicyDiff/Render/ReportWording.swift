/// The plain words of the reports, in Chinese then English, kept in one table so a
/// researcher can reword them without touching the layout code.
enum ReportWording {
    /// A warning as a reader should understand it. `clause` is the label of the
    /// clause the warning is about (or, for a partial text, its first item).
    static func warning(_ code: WarningCode, clause: String?) -> String {
        let at = clause ?? "?"
        switch code {
        case .truncatedStart:
            return "文本从第 \(at) 项开始，此前的条目无法核对。The text starts at item \(at): earlier items cannot be checked."
        case .numberingGap:
            return "编号在 \(at) 处跳号或重号，可能缺了条目。A heading number is skipped or repeated at \(at): an item may be missing."
        case .garbledText:
            return "\(at) 中有一段像是乱码，不参与比对。A span in \(at) looks mis-decoded and takes no part in the comparison."
        case .noHeadings:
            return "未找到编号结构，按段落比对。No numbered headings were found: the text is compared paragraph by paragraph."
        case .encodingFallback:
            return "文件不是 UTF-8，已按 GB18030 解码。The file was not UTF-8 and was read as GB18030."
        case .boilerplateRemoved:
            return "已删去网页导航、相关链接等页面杂项。Page furniture (navigation, related links, editor lines) was removed."
        case .deepNesting:
            return "网页嵌套过深，最深的几层按一层读取。The page nests too deeply: its deepest levels were read as one."
        case .trackedChanges:
            return "文档含修订，已按全部接受修订读取。The document holds tracked changes and was read with all of them accepted."
        }
    }

    static func level(_ level: AdministrativeLevel) -> String {
        switch level {
        case .national: return "国家 national"
        case .provincial: return "省 provincial"
        case .city: return "市 city"
        case .county: return "县 county"
        case .unknown: return "未知 unknown"
        }
    }

    static func kind(_ kind: AlignmentKind) -> String {
        switch kind {
        case .match: return "一致 match"
        case .partial: return "部分 partial"
        case .moved: return "移动 moved"
        }
    }

    static func numberChange(_ change: NumberChange.Change) -> String {
        switch change {
        case .changed: return "改变 changed"
        case .removed: return "删去 removed"
        case .added: return "新增 added"
        }
    }

    static func relation(_ relation: PairRelation) -> String {
        switch relation {
        case .implements: return "落实 implements"
        case .chainTop: return "对照顶层文件 vs. top of chain"
        case .peer: return "同级对照 peers"
        }
    }

    static let omitted = "未保留 omitted"
    static let added = "新增 added"
    static let unverifiable = "无法核对 unverifiable"
    static let notCompared = "标题/未比对 heading, not compared"
    static let emptyOmitted = "（本地文件中无对应条款 no counterpart in the local plan）"
    static let emptyAdded = "（参照文件中无对应条款 no counterpart in the reference）"
    static let emptyUnverifiable = "（可能属于参照文本缺失的部分 may belong to the part of the reference the text lacks）"
    static let preamble = "序言 preamble"
    static let closing = "结尾 closing"
    static let paragraph = "段 paragraph"
}

/// How a clause is named in a report: its path (二/(一)/3), or its kind when unnumbered.
enum ClauseName {
    static func short(_ clause: Clause) -> String {
        if !clause.path.isEmpty { return clause.path.joined(separator: "/") }
        switch clause.kind {
        case .preamble: return ReportWording.preamble
        case .closing: return ReportWording.closing
        case .paragraph: return "\(ReportWording.paragraph) \(clause.id)"
        case .numbered: return clause.label ?? clause.id
        }
    }

    static func withTitle(_ clause: Clause) -> String {
        let name = short(clause)
        guard let title = clause.title, !title.isEmpty else { return name }
        return "\(name) \(title)"
    }
}

/// A target as a reader writes it: ≥ 90% (2020年), 每年 ≥ 350户.
public enum TargetWording {
    public static func value(_ t: Target) -> String {
        var s = ""
        if t.period == .yearly { s += "每年 " }
        switch t.comparator {
        case .atLeast: s += "≥ "
        case .greaterThan: s += "> "
        case .equal: s += ""
        case .atMost: s += "≤ "
        case .lessThan: s += "< "
        case .approximately: s += "约 "
        }
        s += number(t.value)
        if let high = t.valueMax { s += "–" + number(high) }
        s += t.unit
        if let year = t.year { s += "（\(year)年）" }
        return s
    }

    /// Integers without a decimal point, others in the shortest exact form.
    public static func number(_ n: Double) -> String {
        n.isFinite ? JSONValue.format(n) : "?"
    }
}

/// Shares shown to readers: whole per cent, rounded half up, the same everywhere.
enum ReportNumber {
    static func percent(_ share: Double) -> String {
        guard share.isFinite, abs(share) < 1e9 else { return "—" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// Similarity as printed in the JSON (three decimals) and in every report.
    static func rounded(_ score: Double) -> Double {
        (score * 1000).rounded() / 1000
    }

    /// A pair JSON edited by hand may hold any number: never trap on one.
    static func score(_ score: Double) -> String {
        guard score.isFinite, abs(score) < 1e9 else { return "?" }
        let r = rounded(score)
        let hundredths = Int((r * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
