/// The words of duties in laws, regulations and 实施办法 (the article genre): who
/// 应当/负责/可以 do a thing, who acts when 由X…, which levels a subject names.
/// Tables a researcher extends; `StatutoryDuty` reads sentences with them.
enum StatutoryDutyForm {
    /// Words of a duty or power after the subject of an article's sentence
    /// (X应当…, X负责…, X会同Y…, X可以…, X不得…, X有权…). 要 is the word of plans,
    /// not of laws: it is left to the plan readers.
    static let modals = CharacterWordTable(["应当", "必须", "可以", "负责", "会同", "不得", "有权"])
    /// 应 alone is a modal only right after the subject or at the head of a phrase
    /// (相应, 供应 hold it too).
    static let headModals = CharacterWordTable(["应当", "必须", "可以", "负责", "会同", "不得", "有权", "应"])
    /// Frames of a duty that need no modal after them (X按照各自职责，对…进行指导;
    /// X依照本法规定，…): the subject is charged by the law itself.
    static let dutyFrames = CharacterWordTable([
        "按照各自职责", "依照各自职责", "依据各自职责", "按照各自的职责", "按照职责分工", "按各自职责",
        "在各自职责范围内", "在各自的职责范围内", "依照本法规定", "依照本法", "依照本条例规定", "依照本办法规定",
        "依法",
    ])
    /// X及其有关部门: the departments of X, named with X (各级人民政府及其有关部门 →
    /// 各级人民政府有关部门); 和其他有关部门 is a list word and 其他.
    static let ownerWords = CharacterWordTable(["及其", "和其"])
    /// Adverbs that may stand before the modal at the head of a continuing phrase (…的，并应当…).
    static let phraseAdverbs = CharacterWordTable(["并", "也", "还", "均", "亦", "即", "同时", "依法"])
    /// 会同: the subject leads, the offices named after it take part.
    static let jointWords = CharacterWordTable(["会同"])
    /// The agent of a passive duty (由X责令改正, 本办法由各级人民政府组织实施).
    static let agentWord: Character = "由"
    /// 理由, 经由, 自由, 缘由: not an agent (由于, 由此: `ProseResponsibilityForm.notAgentAfterYou`).
    static let notAgentBefore = CharacterClass("理经自缘")

    /// How an office is named in a law: by its department (市场监督管理部门), its
    /// organ (公安机关), its government (县级以上人民政府) or its office name.
    /// The last characters of `officeEnds`: a subject whose last character is none
    /// of these (and no closing bracket) cannot end like an office, so the search for
    /// the longest name passes it over without building it.
    static let officeFinals = CharacterClass(Set(officeEnds.words.compactMap(\.characters.last)))
    static let officeEnds = CharacterWordTable([
        "部门", "机关", "政府", "机构", "局", "厅", "委", "署", "办", "所", "办事处", "委员会", "国务院", "中心", "站",
    ])
    /// Words that end like an office but name a place or a thing (经营场所, 派出所 is kept).
    static let notOfficeEnds = CharacterWordTable(["场所", "住所", "处所", "诊所", "事务所", "营业所"])

    /// Subjects of duties that are not administrative units in the sense a researcher
    /// compares: consumer associations and committees (社会组织 by the law's own words),
    /// courts and procuratorates (judicial, not administrative), arbitration and
    /// mediation bodies, testing bodies, trade associations, cooperatives, enterprises,
    /// and the self-governing 村民委员会/居民委员会. A name ending in one of these is not
    /// read as a unit.
    static let nonUnits = CharacterWordTable([
        "消费者协会", "消费者组织", "消费者权益保护委员会", "行业协会", "协会", "学会", "商会",
        "人民法院", "法院", "人民检察院", "检察院", "仲裁机构", "仲裁委员会", "调解组织", "调解委员会",
        "鉴定机构", "检验机构", "检测机构", "认证机构", "合作社", "联合社", "新闻单位", "社会团体",
        "企业", "公司", "村民委员会", "居民委员会", "金融机构", "医疗机构", "培训机构",
    ])
    /// Heads that refer back or to an unnamed office (其所在单位, 该部门, 本单位, 上级机关):
    /// no office a comparison can name.
    static let referringHeads = CharacterWordTable(["其所在", "其", "该", "本", "上级", "所在"])
    /// 其他有关部门 starts with 其 but names the other departments concerned.
    static let otherHead = Array("其他")

    /// The longest of `statutoryLevels` heading `name` with two characters or more
    /// after it (县级以上人民政府 of 县级以上人民政府发展改革).
    static func levelPhrase(heading name: [Character]) -> [Character]? {
        statutoryLevels.words.first(where: {
            name.count - $0.characters.count >= 2 && CharacterWordTable<Void>.matches($0.characters, in: name, at: 0)
        })?.characters
    }

    /// Heads of a name that say which level of government it belongs to, longest
    /// first. A bare one in a list (市、区人民政府; 设区的市和县（市、区）人民政府X) shares
    /// the rest of the next name: 市人民政府 and 区人民政府.
    static let levelHeads = CharacterWordTable([
        "设区的市", "县（市、区）", "县(市、区)", "区县（自治县）", "区县(自治县)", "乡（镇）", "乡(镇)",
        "自治区", "自治州", "自治县", "直辖市", "乡镇", "街道", "区县", "省", "市", "区", "县", "乡", "镇", "州",
    ])
    /// Level phrases of laws that come before the department they qualify
    /// (县级以上人民政府市场监督管理部门): stripped before the role is looked up, so
    /// that the law's department and a province's 厅 or a city's 局 share one role.
    static let statutoryLevels = CharacterWordTable([
        "县级以上地方各级人民政府", "县级以上地方人民政府", "县级以上人民政府", "地方各级人民政府", "各级人民政府",
        "设区的市级人民政府", "设区的市人民政府", "县（市、区）人民政府", "县(市、区)人民政府",
        "区县（自治县）人民政府", "区县(自治县)人民政府", "乡（镇）人民政府", "乡(镇)人民政府", "国务院",
        "县级以上", "设区的市", "县（市、区）", "县(市、区)", "区县（自治县）", "区县(自治县)", "乡（镇）", "乡(镇)",
    ])
    /// Words joining names in a list. 和/及/与/或 join only after a whole name or a
    /// bare level (工业和信息化部, 文化体育和广播电视 keep theirs).
    static let listWords = CharacterWordTable(["或者", "以及", "和", "及", "与", "或"])
    /// The department word a list of lines shares (省质量技术监督、商务主管部门;
    /// 教育、人力资源等主管部门), longest first.
    static let sharedEnds = CharacterWordTable([
        "行政主管部门", "行政管理部门", "主管部门", "管理部门", "行政部门", "部门", "管理机构", "机构", "机关",
    ])
    /// A line of work in a shared list is short (质量技术监督, 文化体育和广播电视).
    static let longestLine = SharedDepartmentEnd.longestItem
    /// A name in a law is at most this long (县级以上地方各级人民政府农业农村主管部门).
    static let longestName = 30
    /// A list of subjects is at most this long.
    static let longestSubject = ProseResponsibilityForm.maximumSubjectLength
    static let phraseBreaks = CharacterClass("，,：:")
    /// 该部门应当…: the office named earlier in the sentence (向X投诉的，该部门…).
    static let anaphors = CharacterWordTable(["该行政部门", "该主管部门", "该部门", "该机关", "该机构"])
    static let referentIntroducers = CharacterClass("向经由求")
    /// 负责X工作的部门: a department named by the work it is charged with.
    static let chargedWith = CharacterWordTable(["负责"])
    static let workOf = CharacterWordTable(["工作的"])
    static let workDepartments = CharacterWordTable(["部门和机构", "部门", "机构", "行政部门", "主管部门"])
    /// The kind of work a list of lines shares (工商、价格等管理工作): not part of a line.
    static let sharedWorkWords = CharacterWordTable(["等监督管理", "等管理", "等行政管理"])
    /// Words that no office's name holds: a subject read past them has run into its
    /// predicate (行政管理部门对…委员会, 经营者按照所…, 委员会由有关部门).
    static let notInName = CharacterWordTable(["按照", "依照", "根据", "依法", "由", "对于", "通过", "对", "向"])
    /// Marks that no name holds.
    static let proseMarks = CharacterClass("，,。；;：:！？“”《》\"")
}
