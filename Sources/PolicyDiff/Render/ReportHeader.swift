/// Both documents side by side, with their warnings in plain words.
struct ReportHeader {
    let context: ReportContext
    let relation: PairRelation?

    func render(into body: HTMLElement) {
        let c = context.comparison
        let section = body.element("section", ["id": "documents"])
        section.element("h2", text: "文件 Documents")
        if let relation {
            section.element("p", ["class": "muted"], text: "对照关系 Pair: \(ReportWording.relation(relation))")
        }
        let table = section.element("table", ["class": "docs"])
        let head = table.element("thead").element("tr")
        head.element("th", ["scope": "col"], text: "")
        head.element("th", ["scope": "col"], text: "参照文件 Reference")
        head.element("th", ["scope": "col"], text: "本地文件 Local plan")
        let rows = table.element("tbody")
        let fields: [(String, (Document) -> String)] = [
            ("标题 Title", { $0.metadata.title ?? "—" }),
            ("发文机关 Issuer", { $0.metadata.issuer ?? "—" }),
            ("层级 Level", { ReportWording.level($0.metadata.level) }),
            ("日期 Date", { $0.metadata.date ?? "—" }),
            ("文号 Number", { $0.metadata.docNumber ?? "—" }),
            ("源文件 Source file", { $0.source }),
            ("条款数 Clauses", { String($0.clauses.count) }),
            ("所引文件 Cites", { d in
                d.metadata.cites.isEmpty ? "—"
                    : d.metadata.cites.map { "《\($0.title)》" + ($0.docNumber.map { "（\($0)）" } ?? "") }.joined(separator: "；")
            }),
        ]
        for (label, value) in fields {
            let tr = rows.element("tr")
            tr.element("th", ["scope": "row"], text: label)
            // A path or a document number is one token: it may scroll, never break inside.
            if label.hasPrefix("源文件") || label.hasPrefix("文号") {
                tr.element("td", ["class": "path"], text: value(c.reference))
                tr.element("td", ["class": "path"], text: value(c.local))
            } else {
                tr.element("td", text: value(c.reference))
                tr.element("td", text: value(c.local))
            }
        }
        let tr = rows.element("tr")
        tr.element("th", ["scope": "row"], text: "提醒 Warnings")
        warnings(of: c.reference, into: tr.element("td"))
        warnings(of: c.local, into: tr.element("td"))
        if c.unverifiable.isEmpty, c.referenceTruncated || c.reference.hasWarning(.truncatedStart) {
            section.element("p", text: "参照文本不完整：它之前的条目无法核对，本地文件中对应这些条目的内容可能被计为新增。The reference is partial: what the local plan says about its missing items may show as added.")
        }
        if !c.unverifiable.isEmpty {
            section.element("p", text: "参照文本不完整：本地文件中有 \(c.unverifiable.count) 条可能对应参照文本缺失部分的条款，标为“无法核对”，不计为新增。The reference is partial: \(c.unverifiable.count) local clauses may answer its missing part; they are marked unverifiable, not added.")
        }
    }

    private func warnings(of document: Document, into cell: HTMLElement) {
        guard !document.warnings.isEmpty else {
            cell.text("无 None")
            return
        }
        let list = cell.element("ul", ["class": "warnings"])
        // The same warning about the same place, said once with how often (garbled text ×2).
        var order: [String] = []
        var grouped: [String: (code: WarningCode, messages: [String], count: Int)] = [:]
        for warning in document.warnings {
            let words = ReportWording.warning(warning.code, clause: clauseLabel(for: warning, in: document))
            if grouped[words] == nil { order.append(words) }
            var g = grouped[words] ?? (warning.code, [], 0)
            g.count += 1
            if !warning.message.isEmpty, !g.messages.contains(warning.message) { g.messages.append(warning.message) }
            grouped[words] = g
        }
        for words in order {
            guard let g = grouped[words] else { continue }
            let item = list.element("li")
            item.text(g.count > 1 ? "\(words) ×\(g.count)" : words)
            if !g.messages.isEmpty {
                item.element("br")
                item.element("span", ["class": "muted"], text: "（\(g.code.rawValue)：\(g.messages.joined(separator: "；"))）")
            }
        }
    }

    /// The clause a warning is about, by its label; for a partial text with no
    /// clause named, its first numbered item, which is where the text starts.
    private func clauseLabel(for warning: DocumentWarning, in document: Document) -> String? {
        if let id = warning.clause, let clause = document.clause(id: id) {
            return clause.label.map(Self.trimmedLabel) ?? ClauseName.short(clause)
        }
        if warning.code == .truncatedStart || warning.code == .numberingGap,
           let first = document.clauses.first(where: { $0.kind == .numbered }) {
            return first.label.map(Self.trimmedLabel) ?? ClauseName.short(first)
        }
        return nil
    }

    /// "(二十)" stays as it is; "二、" and "3." lose the separator the heading was written with.
    static func trimmedLabel(_ label: String) -> String {
        var s = label
        while let last = s.last, "、.．,，:：".contains(last) { s.removeLast() }
        return s.isEmpty ? label : s
    }
}
