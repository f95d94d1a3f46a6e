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

    /// `match` only for what a reader calls the same clause: the Comparer's in-order match
    /// that also dropped and added no sentence. A match that rewrote its measures is "revised".
    static func badge(_ a: Alignment) -> (cls: String, words: String) {
        if a.kind == .match, !a.droppedSentences.isEmpty || !a.addedSentences.isEmpty || a.score < sameClauseScore {
            return ("k-revised", revised)
        }
        return ("k-\(a.kind.rawValue)", kind(a.kind))
    }

    static let revised = "改写 revised"

    /// Least similarity for a reader to call two clauses the same one: at 0.8 of the
    /// weighted wording shared a clause reads as copied with edits; below it, as rewritten.
    static let sameClauseScore = 0.8

    /// Why the pair was made, in Chinese, from what the alignment records.
    static func reason(_ a: Alignment, reference: [String], local: [String]) -> String {
        let r = reference.joined(separator: "、"), l = local.joined(separator: "、")
        var parts: [String] = []
        if reference.count > 1 {
            parts.append("本地 \(l) 合并了参照 \(r)")
        } else if local.count > 1 {
            parts.append("参照 \(r) 分散于本地 \(l)")
        } else {
            parts.append("参照 \(r) ↔ 本地 \(l)")
        }
        switch a.kind {
        case .match: parts.append("顺序一致")
        case .moved: parts.append("位置不同于两文件的顺序")
        case .partial: parts.append("只保留了部分措辞，请对照原文核实")
        }
        parts.append("加权措辞相同 \(ReportNumber.percent(a.score))")
        return parts.joined(separator: "；") + "。"
    }

    /// The Comparer's reason cut into its Chinese and English parts: it words
    /// them "中文；…。 English; …", and older JSON holds English alone.
    static func splitReason(_ text: String) -> (chinese: String?, english: String?) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return (nil, nil) }
        guard leadsInChinese(trimmed) else { return (nil, trimmed) }
        guard let stop = trimmed.range(of: "。 ") else { return (trimmed, nil) }
        let english = trimmed[stop.upperBound...].trimmingCharacters(in: .whitespaces)
        return (String(trimmed[..<stop.upperBound]).trimmingCharacters(in: .whitespaces), english.isEmpty ? nil : english)
    }

    /// A reason text that starts in Chinese (the Comparer may word its own reasons so).
    static func leadsInChinese(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return (0x4E00...0x9FFF).contains(first.value)
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

    /// A target's fate, as the summary, the 对照 table, the CSV and the index all word it.
    static func targetStatus(_ status: TargetAccount.Status) -> String {
        switch status {
        case .unchanged: return "未变 unchanged"
        case .changed: return "改变 changed"
        case .removed: return "删去 removed"
        case .added: return "新增 added"
        }
    }

    static func targetCount(_ status: TargetAccount.Status) -> String {
        switch status {
        case .unchanged: return "未变的指标 Targets unchanged"
        case .changed: return "改变的指标 Targets changed"
        case .removed: return "删去的指标 Targets removed"
        case .added: return "新增的指标 Targets added"
        }
    }

    /// What a removal or addition rests on.
    static func basis(_ basis: TargetAccount.Basis, removed: Bool) -> String {
        switch (basis, removed) {
        case (.number, true): return "语句保留，数字删去 statement kept, number dropped"
        case (.sentence, true): return "所在语句删去 its sentence dropped"
        case (.clause, true): return "所在条款未保留 its clause omitted"
        case (.number, false): return "语句保留，数字新增 number added to a kept statement"
        case (.sentence, false): return "所在语句新增 in an added sentence"
        case (.clause, false): return "所在条款新增 in an added clause"
        }
    }

    static func aspect(_ aspect: TargetAccount.Aspect) -> String {
        switch aspect {
        case .value: return "数值 value"
        case .comparator: return "比较词 comparator"
        case .year: return "年份 year"
        case .period: return "周期 period"
        case .unit: return "单位 unit"
        }
    }

    /// Direction without judgement: a count below the reference's is plainly "lower" (a
    /// city's 100户 is its share of a province's 350户); only a share or a quality rate set
    /// lower is flagged, since a rate does not scale with the size of the place.
    static func direction(_ direction: TargetAccount.Direction, flagged: Bool) -> String {
        switch (direction, flagged) {
        case (.lower, true): return "▼ 比率降低 rate lowered"
        case (.lower, false): return "↓ 较低 lower"
        case (.higher, _): return "↑ 较高 higher"
        }
    }

    static let legendLower = "较低 lower：本地数值低于参照（数量类指标，不作评判：市级的户数、个数本应少于省级）。A count below the reference's, shown without judgement: a city's number of firms is naturally smaller than a province's."
    static let legendFlagged = "比率降低 rate lowered：比例或合格率、覆盖率等比率低于参照，特别标出。A share or a quality rate set below the reference's, flagged."

    /// Summary lines: three coverages, so that none hides a loss the others show.
    static func clauseCoverage(_ s: ReportFigures.Share) -> String {
        "条款覆盖率 Clause coverage: \(ReportNumber.percent(s.share))（可比参照条款 \(s.total) 条中保留 \(s.carried) 条 \(s.carried) of \(s.total) reference clauses carried over）"
    }

    static let nothingToCover = "—（参照文件中没有可计的内容 the reference has none）"

    static func measureCoverage(_ s: ReportFigures.Share) -> String {
        if s.total == 0 { return "措施覆盖率 Measure coverage: \(nothingToCover)" }
        return "措施覆盖率 Measure coverage: \(ReportNumber.percent(s.share))（参照语句 \(s.total) 句中保留 \(s.carried) 句 \(s.carried) of \(s.total) reference sentences carried over）"
    }

    static func targetCoverage(_ a: TargetAccount) -> String {
        let kept = a.count(.unchanged) + a.count(.changed)
        if a.referenceTotal == 0 { return "指标覆盖率 Target coverage: \(nothingToCover)" }
        return "指标覆盖率 Target coverage: \(ReportNumber.percent(a.coverage))（参照指标 \(a.referenceTotal) 项中仍有 \(kept) 项 \(kept) of \(a.referenceTotal) reference targets still stated）"
    }

    /// How the two sides of a pair are named: a local plan against what it implements,
    /// or two peers (two provinces' plans of one guideline), where nothing is "omitted".
    struct Framing {
        var omitted: String
        var added: String
        var emptyOmitted: String
        var emptyAdded: String
        var aligned: String
        var omittedCount: String
        var addedCount: String
        var referenceSide: String
        var localSide: String
        var isPeer = false

        /// A target's fate in this framing: for peers, which of the two states it.
        func target(_ status: TargetAccount.Status) -> String {
            guard isPeer else { return ReportWording.targetStatus(status) }
            switch status {
            case .unchanged: return "两者相同 the same in both"
            case .changed: return "两者不同 differs between A and B"
            case .removed: return "仅见于甲 only in A"
            case .added: return "仅见于乙 only in B"
            }
        }

        func targetCount(_ status: TargetAccount.Status) -> String {
            guard isPeer else { return ReportWording.targetCount(status) }
            switch status {
            case .unchanged: return "两者相同的指标 Targets the same in both"
            case .changed: return "两者不同的指标 Targets that differ"
            case .removed: return "仅见于甲的指标 Targets only in A"
            case .added: return "仅见于乙的指标 Targets only in B"
            }
        }

        static let implements = Framing(
            omitted: "未保留 omitted", added: "新增 added",
            emptyOmitted: "（本地文件中无对应条款 no counterpart in the local plan）",
            emptyAdded: "（参照文件中无对应条款 no counterpart in the reference）",
            aligned: "对应条款 Aligned pairs", omittedCount: "未保留的参照条款 Omitted reference clauses",
            addedCount: "新增的本地条款 Added local clauses", referenceSide: "参照 Reference", localSide: "本地 Local")

        static func peers(_ a: String, _ b: String) -> Framing {
            Framing(omitted: "仅见于甲 only in A", added: "仅见于乙 only in B",
                    emptyOmitted: "（仅见于甲：\(a) only in A）", emptyAdded: "（仅见于乙：\(b) only in B）",
                    aligned: "两者都有的条款 Clauses in both", omittedCount: "仅见于甲的条款 Clauses only in A",
                    addedCount: "仅见于乙的条款 Clauses only in B", referenceSide: "甲 A", localSide: "乙 B", isPeer: true)
        }
    }

    static func unitRole(_ role: UnitStatement.Role) -> (zh: String, en: String) {
        role == .lead ? ("牵头单位", "lead") : ("责任单位", "responsible")
    }

    static func unitOperation(_ operation: UnitStatement.Operation) -> (zh: String, en: String) {
        switch operation {
        case .added: return ("增加", "added")
        case .removed: return ("减少", "removed")
        case .renamed: return ("更名", "renamed")
        }
    }

    /// 责任单位增加：各有关部门（responsible added）
    static func unitComponent(_ c: UnitStatement.Component) -> String {
        let role = unitRole(c.role), op = unitOperation(c.operation)
        return "\(role.zh)\(op.zh)：\(c.subject)（\(role.en) \(op.en)）"
    }

    /// 牵头单位 lead：省农牧厅 → 市农业局、市畜牧兽医局
    static func unitStatement(_ s: UnitStatement) -> String {
        let role = unitRole(s.role)
        let before = s.before.isEmpty ? "—" : s.before.joined(separator: "、")
        let after = s.after.isEmpty ? "—" : s.after.joined(separator: "、")
        return "\(role.zh) \(role.en)：\(before) → \(after)"
    }

    static func unitPatternReference(_ n: Int) -> String { "见反复变化 \(n) see repeated change \(n)" }

    static func runTitle(_ run: DiffPresentation.Run) -> String {
        switch run {
        case .same: return ""
        case .deleted: return "删去 deleted"
        case .inserted: return "新增 inserted"
        case .moved: return "语句移动：另一文本中在别处 sentence moved: the other text has it elsewhere"
        case .heading: return "标题另列为一条 the other text sets this heading apart as a clause of its own"
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
