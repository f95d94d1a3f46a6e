/// Responsibilities written in prose at the start of a measure, not in a tag:
/// - 由X牵头，Y配合… / X牵头，Y参与… / 由X牵头，会同Y… — X leads, Y takes part;
/// - X要会同Y… / X会同Y… — X leads the task it carries out with Y;
/// - X牵头… — X leads;
/// - 由X负责… / X负责… — X is charged (responsible; the lead under the document's
///   lead convention, as in a tag).
/// X and Y must read as unit names (UnitNameSplitter) or the sentence is prose of
/// another kind (各地要…, 工作专班负责人…). The words are tables (`ProseResponsibilityForm`).
struct ProseResponsibility {
    var splitter = UnitNameSplitter()

    struct Reading: Equatable {
        var tag: UnitTag
        /// The words the names were read from (X要会同Y).
        var text: String
    }

    /// The sentences of a paragraph with the content of its brackets left out (a
    /// tag is read as a tag, and (以下称“…”) glosses are no part of a subject).
    static func sentences(of paragraph: [Character]) -> [[Character]] {
        var sentences: [[Character]] = []
        var current: [Character] = []
        var depth = 0
        for c in paragraph {
            if ProseResponsibilityForm.bracketOpens.contains(c) { depth += 1; continue }
            if ProseResponsibilityForm.bracketCloses.contains(c) { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if ProseResponsibilityForm.sentenceEnds.contains(c) {
                if !current.isEmpty { sentences.append(current) }
                current = []
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// Whether any sentence of the paragraph (`sentences(of:)`) holds 会同, 牵头 or 负责
    /// (`ProseResponsibilityForm.dutyCores`), decided on its scalars: most paragraphs
    /// name their units only in tags, whose brackets the sentences leave out. A
    /// paragraph whose scalars are not each a Character (`CharacterText.isPlain`) answers true.
    static func mayHoldDuty(_ paragraph: [Unicode.Scalar]) -> Bool {
        guard CharacterText.isPlain(paragraph) else { return true }
        let opens = ProseResponsibilityForm.bracketOpens, closes = ProseResponsibilityForm.bracketCloses
        let ends = ProseResponsibilityForm.sentenceEnds
        var depth = 0
        var previous: Unicode.Scalar? = nil
        for s in paragraph {
            if opens.contains(standingAlone: s) { depth += 1; continue }
            if closes.contains(standingAlone: s) { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if ends.contains(standingAlone: s) { previous = nil; continue }
            if let p = previous, (p == "会" && s == "同") || (p == "牵" && s == "头") || (p == "负" && s == "责") { return true }
            previous = s
        }
        return false
    }

    /// The responsibilities of a sentence: at its start, and at the start of a later
    /// phrase that opens with an office's level word or 由 (…，市数据局要会同市绿化市容局推进…;
    /// …消纳场所，由属地街镇负责管理运营) — not one that opens with a verb (…，经X会同Y审核).
    func readAll(_ sentence: [Character]) -> [Reading] {
        var result: [Reading] = []
        var consumedTo = 0
        if let first = read(sentence) {
            result.append(first)
            consumedTo = first.text.count
        }
        var i = 0
        while i < sentence.count {
            if ProseResponsibilityForm.commas.contains(sentence[i]), i + 1 < sentence.count, i + 1 >= consumedTo,
               ProseResponsibilityForm.phraseSubjectStarts.contains(sentence[i + 1]),
               let reading = read(Array(sentence[(i + 1)...])) {
                result.append(reading)
                consumedTo = i + 1 + reading.text.count
            }
            i += 1
        }
        return result
    }

    /// The responsibility stated at the start of `sentence`, if any.
    func read(_ sentence: [Character]) -> Reading? {
        var s = ArraySlice(sentence)
        s = ProseResponsibilityForm.trimmedOpening(s)
        guard s.count >= 3 else { return nil }
        var leadsIn = false
        if let head = ProseResponsibilityForm.agentHeads.match(in: s, at: s.startIndex) {
            s = s.dropFirst(head.length)
            leadsIn = true
        }
        // The first duty word after the subject, within the length of a list of names.
        var i = s.startIndex
        let limit = min(s.endIndex, s.startIndex + ProseResponsibilityForm.maximumSubjectLength)
        while i < limit {
            // A subject is one list of names: a comma before the duty word means the
            // sentence has begun with something else (实施方案按程序报送…，经…会同…).
            if ProseResponsibilityForm.stops.contains(s[i]) || ProseResponsibilityForm.commas.contains(s[i]) { return nil }
            if let duty = ProseResponsibilityForm.duties.match(in: s, at: i),
               ProseResponsibilityForm.personWords.match(in: s, at: i + duty.length) == nil {
                let subject = trimmed(s[s.startIndex..<i])
                guard !subject.isEmpty, let names = subjectNames(subject) else { return nil }
                let after = i + duty.length
                return reading(subject: names, duty: duty.value, rest: s[after...], start: s.startIndex,
                               end: after, in: s, leadsIn: leadsIn)
            }
            i += 1
        }
        return nil
    }

    private func reading(subject: [String], duty: ProseDuty, rest: ArraySlice<Character>, start: Int, end: Int,
                         in s: ArraySlice<Character>, leadsIn: Bool) -> Reading? {
        var groups: [UnitTag.Group] = []
        var textEnd = end
        switch duty {
        case .withPartners:
            groups.append(.init(duty: .lead, names: subject))
            if let (partners, partnersEnd) = partnerNames(rest) {
                groups.append(.init(duty: .responsible, names: partners))
                textEnd = partnersEnd
            }
        case .lead:
            groups.append(.init(duty: .lead, names: subject))
            // 牵头，Y配合 / 牵头，会同Y
            var r = rest
            while let c = r.first, ProseResponsibilityForm.softBreaks.contains(c) { r = r.dropFirst() }
            if let joint = ProseResponsibilityForm.jointWords.match(in: r, at: r.startIndex),
               let (partners, partnersEnd) = partnerNames(r.dropFirst(joint.length)) {
                groups.append(.init(duty: .responsible, names: partners))
                textEnd = partnersEnd
            } else if let (partners, verbEnd) = supportingGroup(r) {
                groups.append(.init(duty: .responsible, names: partners))
                textEnd = verbEnd
            }
        case .charged:
            // 由X负责 at the start of a measure; X负责…，Y配合 makes X lead.
            var r = rest
            if let (partners, verbEnd) = supportingGroupAfterPhrase(&r) {
                groups.append(.init(duty: .lead, names: subject))
                groups.append(.init(duty: .responsible, names: partners))
                textEnd = verbEnd
            } else {
                groups.append(.init(duty: .charged, names: subject))
            }
        }
        _ = leadsIn
        return Reading(tag: UnitTag(groups: groups, statesConvention: false),
                       text: characterString(Array(s[s.startIndex..<textEnd])))
    }

    /// Names of the subject: every piece must be a unit name.
    private func subjectNames(_ subject: ArraySlice<Character>) -> [String]? {
        var subject = subject
        if let adverb = ProseResponsibilityForm.subjectTails.suffix(of: subject), subject.count > adverb.length {
            subject = trimmed(subject.dropLast(adverb.length))
        }
        guard let names = splitter.names(in: subject), !names.isEmpty,
              names.allSatisfy(ProseResponsibility.namesAnOffice) else { return nil }
        return names
    }

    /// In prose a subject is an office only when it ends like one (局, 委, 政府, 部门 …)
    /// or names a collective (各…): 完善质量守信 ends in a character of 网信办 but is a verb phrase.
    static func namesAnOffice(_ name: String) -> Bool {
        let characters = Array(name)
        // 政府 alone is the government in general (政府主要负责规划战略), not an office.
        guard characters.count >= 3 else { return false }
        if characters.first == "各" { return true }
        return ProseResponsibilityForm.officeEnds.suffix(of: characters) != nil
    }

    /// Y after 会同: names up to the verb of the task (会同市水务局、相关区政府加快研究…):
    /// the first place after an office's last character where a verb of the task starts.
    private func partnerNames(_ rest: ArraySlice<Character>) -> ([String], Int)? {
        let limit = min(rest.endIndex, rest.startIndex + ProseResponsibilityForm.maximumSubjectLength)
        var i = rest.startIndex + 1
        while i <= limit {
            let closesName = i == rest.endIndex || rest[i] == "，" || rest[i] == ","
                || ProseResponsibilityForm.taskVerbs.match(in: rest, at: i) != nil
            if closesName, UnitTagForm.unitFinals.contains(rest[i - 1]) || UnitTagForm.etceteraTails.suffix(of: rest[rest.startIndex..<i]) != nil,
               let names = splitter.names(in: trimmed(rest[rest.startIndex..<i])), !names.isEmpty,
               names.allSatisfy(ProseResponsibility.namesAnOffice) {
                return (names, i)
            }
            if closesName, UnitTagForm.etceteraTails.suffix(of: rest[rest.startIndex..<i]).map({ $0.length > 1 }) == true,
               let names = sharedSuffixNames(trimmed(rest[rest.startIndex..<i])) {
                return (names, i)
            }
            if i < rest.endIndex, ProseResponsibilityForm.stops.contains(rest[i]) { return nil }
            i += 1
        }
        return nil
    }

    /// 城管执法、交通等部门: lines of work sharing the 部门 of the list's end — each
    /// item is that line's department (城管执法部门, 交通部门).
    private func sharedSuffixNames(_ group: ArraySlice<Character>) -> [String]? {
        guard let tail = UnitTagForm.etceteraTails.suffix(of: group), tail.length > 1 else { return nil }
        let suffix = Array(group.suffix(tail.length).drop(while: { $0 == "等" }))
        let suffixWord = suffix.starts(with: Array("有关")) || suffix.starts(with: Array("相关")) ? Array(suffix.dropFirst(2)) : suffix
        let items = group.dropLast(tail.length).split(separator: "、").map { Array($0) }
        guard !items.isEmpty, !suffixWord.isEmpty else { return nil }
        var names: [String] = []
        for item in items {
            guard item.count >= 2, item.count <= 12, !item.contains(where: UnitTagForm.proseMarks.contains) else { return nil }
            names.append(characterString(ProseResponsibility.namesAnOffice(characterString(item)) ? item : item + suffixWord))
        }
        return names
    }

    /// Y配合 / Y参与 right after the lead's phrase (牵头，Y配合).
    private func supportingGroup(_ rest: ArraySlice<Character>) -> ([String], Int)? {
        let limit = min(rest.endIndex, rest.startIndex + ProseResponsibilityForm.maximumSubjectLength)
        var i = rest.startIndex
        while i < limit {
            if ProseResponsibilityForm.stops.contains(rest[i]) { return nil }
            if let verb = ProseResponsibilityForm.supportVerbs.match(in: rest, at: i) {
                let group = trimmed(rest[rest.startIndex..<i])
                guard let names = splitter.names(in: group), !names.isEmpty,
                      names.allSatisfy(ProseResponsibility.namesAnOffice) else { return nil }
                return (names, i + verb.length)
            }
            i += 1
        }
        return nil
    }

    /// X负责…，Y配合: the phrase after 负责 ends at a soft break; Y配合 follows it.
    private func supportingGroupAfterPhrase(_ rest: inout ArraySlice<Character>) -> ([String], Int)? {
        guard let comma = rest.firstIndex(where: { ProseResponsibilityForm.softBreaks.contains($0) }) else { return nil }
        return supportingGroup(rest[(comma + 1)...])
    }

    private func trimmed(_ s: ArraySlice<Character>) -> ArraySlice<Character> {
        var s = s
        while let c = s.first, UnitTagForm.groupPunctuation.contains(c) || c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, UnitTagForm.groupPunctuation.contains(c) || c.isWhitespace { s = s.dropLast() }
        return s
    }
}

enum ProseDuty: Sendable, Equatable {
    /// 会同: leads, with partners named after it.
    case withPartners
    /// 牵头
    case lead
    /// 负责
    case charged
}

/// The words of responsibilities written in prose.
enum ProseResponsibilityForm {
    /// Words after the subject that state its duty; longest first (牵头负责 before 牵头).
    static let duties = CharacterWordTable<ProseDuty>([
        ("要会同", .withPartners), ("应会同", .withPartners), ("应当会同", .withPartners), ("将会同", .withPartners),
        ("负责会同", .withPartners), ("会同", .withPartners),
        ("牵头负责", .lead), ("负责牵头", .lead), ("牵头组织", .lead), ("牵头", .lead),
        ("具体负责", .charged), ("负责", .charged),
    ])
    /// Every word of `duties` holds one of these (`ProseResponsibility.mayHoldDuty` looks for them).
    static let dutyCores = CharacterWordTable(["会同", "牵头", "负责"])
    /// 由X牵头, 并由X负责: heads of the agent, not part of the name.
    static let agentHeads = CharacterWordTable(["并由", "均由", "统一由", "由"])
    /// Between the subject and its duty word: X要会同 is read as 要会同; X按职责负责.
    static let subjectTails = CharacterWordTable(["按照职责分工", "按职责分工", "按职责", "要", "应当", "应", "将", "统一", "主要", "共同", "分别"])
    /// 会同 after a lead's 牵头: 由X牵头，会同Y….
    static let jointWords = CharacterWordTable(["会同", "联合"])
    /// Verbs of the supporting units: Y配合, Y参与.
    static let supportVerbs = CharacterWordTable(["配合", "参与", "协助", "协同", "共同参与", "共同推进", "等配合", "等参与"])
    /// Verbs that open the task after the partners' names (会同Y|加快研究…); a name
    /// ends before one of them.
    static let taskVerbs = CharacterWordTable([
        "加快", "加强", "研究", "推进", "推动", "做好", "制定", "制订", "开展", "落实", "负责", "共同", "联合",
        "组织", "建立", "完善", "指导", "督促", "统筹", "出台", "编制", "抓好", "及时", "按照", "依法", "进一步",
        "实施", "健全", "严格", "明确", "确定", "提出", "修订", "整合", "协调", "建设", "强化", "规范", "探索",
        "审核", "核查", "核实", "提升", "提高", "深化", "支持", "引导", "定期", "结合", "根据", "对", "在", "将",
        "做", "抓", "开发", "打击", "查处", "拟定", "起草", "发布", "印发", "部署", "调查", "检查", "评估",
        "组建", "成立", "设立", "开展", "召开", "建立健全", "形成", "编写",
    ])
    /// Characters that end the subject's phrase (a subject holds none of them).
    static let stops = CharacterClass("。；;！？!?“”《》")
    static let sentenceEnds = CharacterClass("。；;！？!?")
    static let phraseSubjectStarts = CharacterClass("省市区县州镇乡各由")
    static let softBreaks = CharacterClass("，,、")
    static let commas = CharacterClass("，,")
    /// Brackets whose content is left out of a sentence (a tag, a gloss).
    static let bracketOpens = CharacterClass("(（【")
    static let bracketCloses = CharacterClass(")）】")
    /// How the name of an office ends, in prose (a tag accepts more: its brackets
    /// already say it holds names).
    static let officeEnds = CharacterWordTable([
        "局", "委", "厅", "部", "办", "署", "政府", "部门", "单位", "中心", "管委会", "委员会", "办公室", "专班",
        "办事处", "公司", "集团", "协会", "总队", "支队", "大队", "院", "所", "站", "社", "联", "总会", "工会",
        "行", "处", "队", "街镇", "乡镇", "属地", "机构", "小组", "法院", "检察院", "海关", "执委会",
    ])
    /// 负责人, 牵头人, 负责同志: a person, not a duty.
    static let personWords = CharacterWordTable(["人", "同志", "领导"])
    /// A list of names at the start of a sentence is at most this long.
    static let maximumSubjectLength = 80
    /// What may open a measure before its subject: list markers and connectives.
    static let openings = CharacterWordTable([
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "同时", "其中", "此外", "另外",
    ])

    static func trimmedOpening(_ s: ArraySlice<Character>) -> ArraySlice<Character> {
        var s = s
        while let c = s.first, c.isWhitespace || UnitTagForm.groupPunctuation.contains(c) { s = s.dropFirst() }
        if let o = openings.match(in: s, at: s.startIndex) { s = s.dropFirst(o.length) }
        // 1、 / 2. / 3． — an item number left at the start of the paragraph.
        var digits = s
        while let c = digits.first, c.isASCII, c.isNumber { digits = digits.dropFirst() }
        if digits.count < s.count, let c = digits.first, "、.．".contains(c) { s = digits.dropFirst() }
        while let c = s.first, c.isWhitespace || c == "，" || c == "," || c == "：" || c == ":" { s = s.dropFirst() }
        return s
    }
}
