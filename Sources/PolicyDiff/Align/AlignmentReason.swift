/// Why two or more clauses were paired, in words a researcher can check against the
/// texts: Chinese first, then the same in English (the reports' convention).
enum AlignmentReason {
    /// `restated`: the local clauses an annex clause of the group restates, or that restate
    /// a body task of the group (`AnnexRestatements`).
    static func describe(group: AlignmentGroups.Group, kind: AlignmentKind, score: Double,
                         reference: [Clause], local: [Clause], restated: [Clause] = []) -> String {
        let percent = Int((score * 100).rounded())
        var zh: [String] = [], en: [String] = []
        func say(_ chinese: String, _ english: String) { zh.append(chinese); en.append(english) }
        let r = reference.map { label($0) }.joined(separator: ", "), l = local.map { label($0) }.joined(separator: ", ")
        let rz = reference.map { label($0, chinese: true) }.joined(separator: "、")
        let lz = local.map { label($0, chinese: true) }.joined(separator: "、")
        if reference.count > 1 {
            say("本地 \(lz) 合并参照 \(rz)", "local \(l) merges reference \(r)")
        } else if local.count > 1 {
            say("参照 \(rz) 分散于本地 \(lz)", "reference \(r) is spread over local \(l)")
        } else {
            say("参照 \(rz) ↔ 本地 \(lz)", "reference \(r) ↔ local \(l)")
        }
        switch kind {
        case .moved: say("位置不同（不在两文的顺序中）", "matched outside the order of both documents")
        case .match: say("顺序一致", "in order")
        case .partial: say("仅部分用语沿用", "only part of the wording carried over")
        }
        say("加权用语共有 \(percent)%", "\(percent)% of the weighted wording shared")
        if let best = group.edges.compactMap(\.pair.title).max(), best >= 0.6 {
            say("标题相近", "headings alike")
        }
        let cited = Set(group.edges.compactMap(\.pair.citedArticle)).sorted()
        if !cited.isEmpty {
            let list = cited.joined(separator: "、")
            say("本地条文援引参照\(list)", "the local text cites reference \(list)")
        }
        let terms = Set(group.edges.compactMap(\.pair.definedTerm)).sorted()
        if !terms.isEmpty {
            let list = terms.joined(separator: "、")
            say("两文定义同一用语“\(list)”", "both define the term \(list)")
        }
        if group.edges.contains(where: { $0.kind == .article }) {
            say("条文之项与其所在条一并对应", "an item's article goes with it")
        }
        if !restated.isEmpty {
            let rz = restated.map { label($0, chinese: true) }.joined(separator: "、")
            let re = restated.map { label($0) }.joined(separator: ", ")
            say("与本地 \(rz) 为同一任务（附件复述正文），随其对应",
                "the same task as local \(re) (an annex restating the body), paired as it is")
        }
        if group.edges.contains(where: { $0.kind == .weak }) {
            say("为剩余最接近的对应，低于顺序配对的标准，请核对后再引用",
                "paired as the closest counterpart left, below the bar for an in-order pair: check before relying on it")
        }
        for e in group.edges where e.kind == .split || e.kind == .merge {
            let share = Int(((e.kind == .split ? e.pair.localCoverage : e.pair.referenceCoverage) * 100).rounded())
            if e.kind == .split {
                say("本地片段 \(share)% 的用语取自参照", "a local piece draws \(share)% of its wording from the reference")
            } else {
                say("参照条款 \(share)% 的用语见于本地文本", "a reference clause has \(share)% of its wording in the local text")
            }
        }
        return zh.joined(separator: "；") + "。 " + en.joined(separator: "; ")
    }

    static func label(_ clause: Clause, chinese: Bool = false) -> String {
        if clause.kind == .preamble { return chinese ? "序言" : "preamble" }
        if clause.kind == .closing { return chinese ? "结尾" : "closing" }
        return clause.pathString.isEmpty ? clause.id : clause.pathString
    }
}
