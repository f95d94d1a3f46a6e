/// Responsibilities written in prose at the start of a measure, not in a tag:
/// - 由X牵头，Y配合… / X牵头，Y参与… / 由X牵头，会同Y… — X leads, Y takes part;
/// - X要会同Y… / X会同Y… — X leads the task it carries out with Y;
/// - X牵头… — X leads;
/// - X配合Y… / X协助Y… — Y leads, X supports (X协助做好…: X supports, no lead named);
/// - 由X负责… / X负责… — X is charged (responsible; the lead under the document's
///   lead convention, as in a tag).
/// X and Y must read as unit names (UnitNameSplitter) or the sentence is prose of
/// another kind (各地要…, 工作专班负责人…). The words are tables (`ProseResponsibilityForm`).
struct ProseResponsibility {
    var splitter = UnitNameSplitter()
    /// Tells a line of work whose name holds 和 (工业和信息化, 文化和旅游) from two lines
    /// joined by 和 in a list sharing one 部门 (规划资源和农业农村等部门).
    var catalog: UnitRoleCatalog = .standard

    struct Reading: Equatable {
        var tag: UnitTag
        /// The words the names were read from (X要会同Y).
        var text: String
    }

    /// The sentences of a paragraph with the content of its brackets left out (a
    /// tag is read as a tag, and (以下称“…”) glosses are no part of a subject) — but
    /// for brackets inside a name as written (村（居）民委员会, 区县（自治县）, 乡镇人民政府
    /// （街道办事处）), which stay.
    static func sentences(of paragraph: [Character]) -> [[Character]] {
        var sentences: [[Character]] = []
        var current: [Character] = []
        var depth = 0
        var k = 0
        while k < paragraph.count {
            let c = paragraph[k]
            k += 1
            if depth == 0, c == "（" || c == "(", let close = ProseResponsibility.closeOfBracketInName(paragraph, openAt: k - 1) {
                current += paragraph[(k - 1)...close]
                k = close + 1
                continue
            }
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

    /// The closing bracket of a bracket that is part of a name: glued to the Han
    /// character before it, a few Han characters (and 、) inside, no tag and no gloss.
    static func closeOfBracketInName(_ text: [Character], openAt open: Int) -> Int? {
        guard open > 0, text[open - 1].isLetter, !text[open - 1].isASCII else { return nil }
        var close = open + 1
        while close < text.count, close - open <= ProseResponsibilityForm.longestBracketInName + 1 {
            let c = text[close]
            if c == "）" || c == ")" {
                let content = Array(text[(open + 1)..<close])
                guard !content.isEmpty, !UnitTagForm.mayHoldTag(content),
                      ProseResponsibilityForm.glossStarts.match(in: content, at: 0) == nil,
                      ProseResponsibilityForm.glossEnds.suffix(of: content) == nil else { return nil }
                return close
            }
            guard c == "、" || (c.isLetter && !c.isASCII), !UnitTagForm.proseMarks.contains(c) else { return nil }
            close += 1
        }
        return nil
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
            } else if i >= consumedTo, ProseResponsibility.opensAgentAfterTimePhrase(sentence, at: i),
                      let reading = read(Array(sentence[i...])) {
                // 实施完成后由属地街镇会同…: the measure's agent after the time it acts.
                result.append(reading)
                consumedTo = i + reading.text.count
            }
            i += 1
        }
        return result
    }

    /// 由 right after 后/时/前 (…完成后由X负责, 需要时由X会同Y…), not 由于 (because).
    static func opensAgentAfterTimePhrase(_ sentence: [Character], at i: Int) -> Bool {
        guard i > 0, i + 1 < sentence.count, sentence[i] == "由",
              ProseResponsibilityForm.timePhraseEnds.contains(sentence[i - 1]) else { return false }
        return !ProseResponsibilityForm.notAgentAfterYou.contains(sentence[i + 1])
    }

    /// The responsibility stated at the start of `sentence`, if any.
    func read(_ sentence: [Character]) -> Reading? {
        var s = ArraySlice(sentence)
        s = ProseResponsibilityForm.trimmedOpening(s)
        guard s.count >= 3 else { return nil }
        if let head = ProseResponsibilityForm.agentHeads.match(in: s, at: s.startIndex) {
            s = s.dropFirst(head.length)
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
                return reading(subject: names, duty: duty.value, rest: s[after...], end: after, in: s)
            }
            i += 1
        }
        return nil
    }

    private func reading(subject: [String], duty: ProseDuty, rest: ArraySlice<Character>, end: Int,
                         in s: ArraySlice<Character>) -> Reading? {
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
        case .supports:
            // X配合Y做好… / X协助Y…: Y leads the task X supports; X协助做好… names no lead.
            if let (leads, leadsEnd) = partnerNames(rest) {
                groups.append(.init(duty: .lead, names: leads))
                textEnd = leadsEnd
            }
            groups.append(.init(duty: .responsible, names: subject))
        case .charged:
            // 由X负责 at the start of a measure; X负责…，Y配合 makes X lead.
            if let (partners, verbEnd) = supportingGroupAfterPhrase(rest) {
                groups.append(.init(duty: .lead, names: subject))
                groups.append(.init(duty: .responsible, names: partners))
                textEnd = verbEnd
            } else {
                groups.append(.init(duty: .charged, names: subject))
            }
        }
        return Reading(tag: UnitTag(groups: groups, statesConvention: false),
                       text: characterString(Array(s[s.startIndex..<textEnd])))
    }

    /// Names of the subject: every piece must be a unit name.
    private func subjectNames(_ subject: ArraySlice<Character>) -> [String]? {
        var subject = subject
        if let adverb = ProseResponsibilityForm.subjectTails.suffix(of: subject), subject.count > adverb.length {
            subject = trimmed(subject.dropLast(adverb.length))
        }
        return officeNames(in: subject)
    }

    /// Names of a list that must all be offices: as split, or lines of work that share
    /// the 部门 written once at the list's end (教育、卫生健康部门; 区绿化市容、规划资源和
    /// 农业农村等部门; 省质量技术监督、商务主管部门).
    func officeNames(in group: ArraySlice<Character>) -> [String]? {
        if let names = splitter.names(in: group), !names.isEmpty, names.allSatisfy(ProseResponsibility.namesAnOffice) {
            return names
        }
        return SharedDepartmentEnd(catalog: catalog).names(in: group)
    }

    /// In prose a subject is an office only when it ends like one (局, 委, 政府, 部门 …)
    /// or names a collective (各…): 完善质量守信 ends in a character of 网信办 but is a verb phrase.
    static func namesAnOffice(_ name: String) -> Bool {
        let characters = Array(name)
        // 政府 alone is the government in general (政府主要负责规划战略), not an office.
        guard characters.count >= 3 else { return false }
        if characters.first == "各" { return true }
        // 乡镇人民政府（街道办事处）: the office ends before its bracket.
        if let last = characters.last, last == "）" || last == ")",
           let open = characters.lastIndex(where: { $0 == "（" || $0 == "(" }), open >= 3 {
            return ProseResponsibilityForm.officeEnds.suffix(of: characters[..<open]) != nil
        }
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
            if closesName, UnitTagForm.unitFinals.contains(rest[i - 1]) || rest[i - 1] == "）" || UnitTagForm.etceteraTails.suffix(of: rest[rest.startIndex..<i]) != nil,
               let names = officeNames(in: trimmed(rest[rest.startIndex..<i])) {
                return (names, i)
            }
            if i < rest.endIndex, ProseResponsibilityForm.stops.contains(rest[i]) { return nil }
            i += 1
        }
        return nil
    }

    /// Y配合 / Y参与 right after the lead's phrase (牵头，Y配合).
    private func supportingGroup(_ rest: ArraySlice<Character>) -> ([String], Int)? {
        let limit = min(rest.endIndex, rest.startIndex + ProseResponsibilityForm.maximumSubjectLength)
        var i = rest.startIndex
        while i < limit {
            if ProseResponsibilityForm.stops.contains(rest[i]) { return nil }
            if let verb = ProseResponsibilityForm.supportVerbs.match(in: rest, at: i) {
                guard let names = officeNames(in: trimmed(rest[rest.startIndex..<i])) else { return nil }
                return (names, i + verb.length)
            }
            i += 1
        }
        return nil
    }

    /// X负责…，Y配合: the phrase after 负责 ends at a soft break; Y配合 follows it.
    private func supportingGroupAfterPhrase(_ rest: ArraySlice<Character>) -> ([String], Int)? {
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
    /// 配合, 协助: supports the office named after it, which leads.
    case supports
}

/// The words of responsibilities written in prose.
enum ProseResponsibilityForm {
    /// Words after the subject that state its duty; longest first (牵头负责 before 牵头).
    static let duties = CharacterWordTable<ProseDuty>([
        ("要会同", .withPartners), ("应会同", .withPartners), ("应当会同", .withPartners), ("将会同", .withPartners),
        ("负责会同", .withPartners), ("会同", .withPartners),
        ("牵头负责", .lead), ("负责牵头", .lead), ("牵头组织", .lead), ("牵头", .lead),
        ("具体负责", .charged), ("负责", .charged),
        // Laws share out a task among lines: X、Y应当依据各自职责… (each is responsible).
        ("依据各自职责", .charged), ("依照各自职责", .charged), ("按照各自职责", .charged), ("按各自职责", .charged),
        ("在各自职责范围内", .charged), ("在各自的职责范围内", .charged),
        ("积极配合", .supports), ("配合", .supports), ("协助", .supports),
    ])
    /// Every word of `duties` holds one of these (AssignmentExtractor reads only the
    /// sentences that hold one).
    static let dutyCores = CharacterWordTable(["会同", "牵头", "负责", "职责", "配合", "协助"])
    /// 由X牵头, 并由X负责: heads of the agent, not part of the name.
    static let agentHeads = CharacterWordTable(["并由", "均由", "统一由", "由"])
    /// Between the subject and its duty word: X要会同 is read as 要会同; X按职责负责.
    static let subjectTails = CharacterWordTable(["按照职责分工", "按职责分工", "按职责", "要", "应当", "应", "将", "统一", "主要", "共同", "分别", "积极"])
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
    /// A bracket inside a name is short (（自治县）, （街道办事处）, （市、区）).
    static let longestBracketInName = 8
    /// Brackets that gloss or qualify rather than name: （以下简称…）, （试行）, （特殊工程除外）.
    static let glossStarts = CharacterWordTable(["以下", "简称", "下称", "含", "包括", "不含", "即", "试行", "暂行", "下同", "如"])
    static let glossEnds = CharacterWordTable(["除外", "试行", "暂行", "为准", "等"])
    /// A time phrase before the agent: …后由, …时由, …前由.
    static let timePhraseEnds = CharacterClass("后时前")
    /// 由于 (because), 由此 (hence): not an agent.
    static let notAgentAfterYou = CharacterClass("于此")
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
        "行", "处", "队", "街镇", "乡镇", "属地", "机构", "小组", "法院", "检察院", "海关", "执委会", "组织",
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
        s = ArticleLabel.dropped(from: s)
        if let o = openings.match(in: s, at: s.startIndex) { s = s.dropFirst(o.length) }
        // 1、 / 2. / 3． — an item number left at the start of the paragraph.
        var digits = s
        while let c = digits.first, c.isASCII, c.isNumber { digits = digits.dropFirst() }
        if digits.count < s.count, let c = digits.first, "、.．".contains(c) { s = digits.dropFirst() }
        while let c = s.first, c.isWhitespace || c == "，" || c == "," || c == "：" || c == ":" { s = s.dropFirst() }
        return s
    }
}
