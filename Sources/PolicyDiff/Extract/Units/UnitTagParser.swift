/// The content of a unit tag, read: groups of names with what each is charged with.
struct UnitTag: Sendable, Equatable {
    struct Group: Sendable, Equatable {
        var duty: UnitDuty
        var names: [String]
    }
    var groups: [Group]
    /// The tag itself states the lead convention (…负责。列第一位者为牵头单位，下同).
    var statesConvention: Bool
}

/// Reads the inside of a parenthesis as a unit tag, or says it is not one. A tag is
/// unit names and the words of a tag (牵头单位, 责任单位, 牵头, 负责, 参与 …) and
/// nothing else: (含提名奖), (QC), (2016—2020年) or (由市政府主要负责同志担任组长)
/// are prose and give nil.
struct UnitTagParser {
    var splitter = UnitNameSplitter()
    /// For lists sharing one 部门 ((市发展改革、财政等部门按职责分工负责)).
    var catalog: UnitRoleCatalog = .standard

    /// Names of a group: as split, or lines of work sharing the 部门 of the list's end.
    private func names(in group: ArraySlice<Character>) -> [String]? {
        splitter.names(in: group) ?? SharedDepartmentEnd(catalog: catalog).names(in: group)
    }

    func parse(_ content: [Character]) -> UnitTag? {
        guard UnitTagForm.mayHoldTag(content) else { return nil }
        var body = content[...]
        var statesConvention = false
        // 列第一位者为牵头单位，下同 is about the tags, not a field of this one.
        if let start = LeadConvention.phraseStart(in: content) {
            body = content[..<start]
            statesConvention = true
        }
        // A tag is one sentence; what follows a 。 is a note (…负责落实。以下均需…，不再列出).
        if let stop = body.firstIndex(where: { $0 == "。" }) { body = body[..<stop] }
        body = trimmed(body)
        if let note = UnitTagForm.closingNotes.suffix(of: body) { body = trimmed(body.dropLast(note.length)) }
        guard !body.isEmpty else { return nil }
        let groups = labelledGroups(body) ?? verbGroups(body)
        guard let groups, groups.contains(where: { !$0.names.isEmpty }) else { return nil }
        return UnitTag(groups: groups.filter { !$0.names.isEmpty }, statesConvention: statesConvention)
    }

    /// A parenthesis of names and nothing else ((教育部), (国家发展改革委、财政部等)),
    /// each ending like an office, as a tag without words is written under the lead convention.
    func namesOnly(_ content: [Character]) -> [String]? {
        let body = trimmed(content[...])
        guard !body.isEmpty, body.count <= UnitTagForm.maximumNameLength * 4,
              let names = splitter.names(in: body), !names.isEmpty,
              names.allSatisfy(ProseResponsibility.namesAnOffice) else { return nil }
        return names
    }

    /// (牵头单位:X;责任单位:Y): each label opens a field that runs to the next label,
    /// whatever stands between (a `:` typed for `;` included).
    private func labelledGroups(_ body: ArraySlice<Character>) -> [UnitTag.Group]? {
        var fields: [(duty: UnitDuty?, labelStart: Int, valueStart: Int)] = []
        var i = body.startIndex
        while i < body.endIndex {
            let atBreak = i == body.startIndex || UnitTagForm.clauseBreaks.contains(body[i - 1])
            if atBreak, let field = UnitTagForm.fieldLabels.match(in: body, at: i) {
                var valueStart = i + field.length
                // 牵头单位：X, 牵头单位X, 牵头单位为X.
                while valueStart < body.endIndex, "：:为是".contains(body[valueStart]) || body[valueStart].isWhitespace {
                    valueStart += 1
                }
                fields.append((field.value, i, valueStart))
                i = valueStart
                continue
            }
            i += 1
        }
        guard let first = fields.first else { return nil }
        guard trimmed(body[body.startIndex..<first.labelStart]).isEmpty else { return nil }
        var groups: [UnitTag.Group] = []
        for (k, field) in fields.enumerated() {
            guard let duty = field.duty else { continue }
            let end = k + 1 < fields.count ? fields[k + 1].labelStart : body.endIndex
            var value = trimmed(body[min(field.valueStart, end)..<end])
            // 责任单位:X牵头,Y配合: the field holds a tag of the verb form.
            if let inner = verbGroups(value), inner.count > 1 || inner.contains(where: { $0.duty != .charged }) {
                groups += inner.map { .init(duty: $0.duty == .charged ? duty : $0.duty, names: $0.names) }
                continue
            }
            // 责任单位:X、Y等按职责分工负责: the verb repeats what the label says.
            if let verb = UnitTagForm.verbs.suffix(of: value), value.count > verb.length {
                value = trimmed(value.dropLast(verb.length))
            }
            guard let names = names(in: value) else { return [] }
            groups.append(.init(duty: duty, names: names))
        }
        return groups
    }

    /// (X牵头,Y等按职责分工负责), (X、Y负责), (X牵头，Y参与): each verb closes the
    /// group before it. A verb counts only where a phrase ends (负责人, 指导委员会 are
    /// words of another kind), and nothing may follow the last one.
    private func verbGroups(_ body: ArraySlice<Character>) -> [UnitTag.Group]? {
        var groups: [UnitTag.Group] = []
        var groupStart = body.startIndex
        var i = body.startIndex
        while i < body.endIndex {
            if let verb = UnitTagForm.verbs.match(in: body, at: i) {
                let after = i + verb.length
                if after == body.endIndex || UnitTagForm.clauseBreaks.contains(body[after]) {
                    var group = trimmed(body[groupStart..<i])
                    if let adverb = UnitTagForm.adverbials.suffix(of: group), group.count > adverb.length {
                        group = trimmed(group.dropLast(adverb.length))
                    }
                    if let head = UnitTagForm.groupHeads.match(in: group, at: group.startIndex) {
                        group = group.dropFirst(head.length)
                    }
                    guard let names = names(in: group), !names.isEmpty else { return nil }
                    groups.append(.init(duty: verb.value, names: names))
                    groupStart = after
                    i = after
                    continue
                }
            }
            i += 1
        }
        guard !groups.isEmpty, trimmed(body[groupStart..<body.endIndex]).isEmpty else { return nil }
        return groups
    }

    private func trimmed(_ s: ArraySlice<Character>) -> ArraySlice<Character> {
        var s = s
        while let c = s.first, UnitTagForm.groupPunctuation.contains(c) || c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, UnitTagForm.groupPunctuation.contains(c) || c.isWhitespace { s = s.dropLast() }
        return s
    }
}
