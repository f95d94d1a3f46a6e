/// What a group of names in a unit tag is charged with.
enum UnitDuty: Sendable, Equatable {
    /// 牵头: leads the task.
    case lead
    /// 负责 / 按职责分工负责 with no lead named: responsible, unless the document's
    /// convention or a supporting group in the same tag makes the first one lead.
    case charged
    /// 责任单位, 参与, 配合: takes part under a lead.
    case responsible
}

/// The words of unit tags in Chinese plans, as tables: a new form of the genre is
/// a new row here, not new control flow.
enum UnitTagForm {
    /// Labelled fields: (牵头单位:X;责任单位:Y), (责任单位:Y), (牵头部门：X，配合部门：Y).
    /// A nil duty is a field of the tag that names no unit — a deadline or a person
    /// ((责任单位:X;完成时限:2019年底前), (牵头领导:…;牵头单位:…)): read past, not as names.
    static let fieldLabels = CharacterWordTable<UnitDuty?>([
        ("主要牵头单位", .lead), ("牵头单位", .lead), ("牵头部门", .lead), ("牵头责任单位", .lead),
        ("牵头处室", .lead), ("主责单位", .lead), ("主责部门", .lead),
        ("主要责任单位", .responsible), ("责任单位", .responsible), ("责任部门", .responsible),
        ("责任处室", .responsible), ("配合单位", .responsible), ("配合部门", .responsible),
        ("配合处室", .responsible), ("参与单位", .responsible), ("参与部门", .responsible),
        ("协同单位", .responsible), ("协办单位", .responsible), ("实施单位", .responsible),
        ("落实单位", .responsible), ("责任主体", .responsible),
        ("完成时限", nil), ("完成时间", nil), ("时间节点", nil), ("时间要求", nil), ("进度安排", nil),
        ("牵头领导", nil), ("责任领导", nil), ("分管领导", nil), ("责任人", nil), ("联系人", nil),
    ])

    /// Verbs that close a list of names: (X牵头,Y等按职责分工负责), (X、Y负责),
    /// (X牵头，Y参与), (X指导，Y负责落实). Longest first, so 牵头负责 is one verb.
    static let verbs = CharacterWordTable<UnitDuty>([
        ("按职责分工负责", .charged), ("按照职责分工负责", .charged), ("按职责分工落实", .charged),
        ("按职责负责", .charged), ("分工负责", .charged), ("共同负责", .charged), ("分别负责", .charged),
        ("具体负责", .charged), ("负责", .charged), ("落实", .charged), ("抓好落实", .charged),
        ("负责组织实施", .charged), ("组织实施", .charged), ("按职责落实", .charged),
        ("牵头负责", .lead), ("牵头落实", .lead), ("牵头", .lead), ("指导", .lead),
        ("分别牵头", .lead), ("共同牵头", .lead), ("联合牵头", .lead), ("牵头抓总", .lead),
        ("负总责", .lead), ("主责", .lead),
        ("负责落实", .responsible), ("参与", .responsible), ("配合", .responsible),
        ("协助", .responsible), ("协同", .responsible), ("配合落实", .responsible),
    ])

    /// Notes that close a tag and say it holds for the items below as well
    /// ((牵头单位：省发展改革委，下同)); read past, the units are those of the tag.
    static let closingNotes = CharacterWordTable(["以下均同", "以下同", "下同", "后同"])

    /// Adverbs between the names and the verb (X、Y按职责分工抓好落实, X、Y共同推进):
    /// part of the verb phrase, not of the last name.
    static let adverbials = CharacterWordTable(["按照职责分工", "按职责分工", "按照职责", "按职责", "分工", "共同", "分别", "积极", "具体"])

    /// Heads of a group that belong to the sentence, not to the name: (由X牵头).
    static let groupHeads = CharacterWordTable(["由"])

    /// Tails of a list that mean "and others" (X、Y等有关部门负责): not a unit of their own.
    static let etceteraTails = CharacterWordTable([
        "等有关部门和单位", "等相关部门和单位", "等部门和单位", "等有关部门", "等相关部门", "等部门",
        "等有关单位", "等相关单位", "等单位", "等社会组织", "等组织", "等",
    ])

    /// Characters that separate names in a list; 、 between names, , or ; between
    /// groups (offices, then 各市州), and spaces where a page lost its punctuation.
    static let nameSeparators = CharacterClass(Set("、,，;；:：").union([" ", "\u{3000}", "\u{00A0}", "\t"]))
    /// Punctuation trimmed around a group or a field value.
    static let groupPunctuation = nameSeparators.union(CharacterClass("。．.!！?？"))
    /// Separators after which a field label or a verb may start, and after which a
    /// verb must be followed for it to be a verb (负责人 is a person, not 负责).
    static let clauseBreaks: CharacterClass = groupPunctuation

    /// Conjunctions that join names only in set positions: 等和各有关省级人民政府
    /// (after 等) and 和各省级人民政府 (before 各). Elsewhere 和 is inside a name:
    /// 工业和信息化部, 文化和旅游部, 各有关部门和单位.
    static let conjunctions = CharacterWordTable(["以及", "和", "及", "与"])

    /// Level characters for 各市、州政府: a bare level (各市) is the first half of one
    /// name with the next item (州政府), not a unit by itself.
    static let levelCharacters = CharacterClass("省市县区州乡镇旗盟")

    /// Last characters of a unit's name (部, 委, 局, 厅 …), so that a parenthesis
    /// in prose that happens to end in 负责 is not read as a tag.
    static let unitFinals = CharacterClass(
        "部委局厅办署会行院府门位心关司团处室所站队组社联区州县市省央校业军馆台科股盟旗镇乡村庭厂园构体"
            + "学场网信通动报织协班"
    )
    /// Ends of a collective that are not offices: 各地, 各级, 各方.
    static let collectiveFinals = CharacterClass("地级方")
    /// Characters no unit name holds: they mark a parenthesis of prose
    /// ((具体方案由X负责), (各地要结合实际负责)). Not 即, 就, 都, 可, 应, 未: 即墨区,
    /// 就业局, 成都市, 可克达拉市, 应急管理局, 未成年人保护中心 are units.
    static let proseMarks = CharacterClass("的由将把被使要需须均或则已还让也又并且《》“”\"%？?！!=")
    static let maximumNameLength = 30

    /// A parenthesis holds a tag only if some label or verb occurs in it; most
    /// parentheses of a plan are prose and are dismissed by this look alone.
    static func mayHoldTag(_ content: [Character]) -> Bool {
        verbs.occurs(in: content) || fieldLabels.occurs(in: content)
    }

    /// The same look over the scalars of a paragraph, before its Characters are
    /// made: a word that occurs among the Characters occurs among the scalars, so
    /// a parenthesis dismissed here would be dismissed by `mayHoldTag(_:)` too.
    static func mayHoldTag(_ paragraph: [Unicode.Scalar], _ content: Range<Int>) -> Bool {
        content.contains { tagWordScalars.match(in: paragraph, at: $0, limit: content.upperBound) != nil }
    }

    private static let tagWordScalars = WordTable(words:
        verbs.words.map { String($0.characters) } + fieldLabels.words.map { String($0.characters) })
}
