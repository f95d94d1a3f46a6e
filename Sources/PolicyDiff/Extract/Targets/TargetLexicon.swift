/// What the genre says about numbers: the word lists the target reader runs on.
///
/// A researcher extends a list here (one word per entry) without touching the
/// reading code. Each list says which convention of Chinese plans it encodes.
enum TargetLexicon {
    // MARK: Bounds

    /// Bound words written AFTER the quantity: 90%以上, 4家以上, 20个左右.
    static let boundsAfter: [(String, Comparator)] = [
        ("以上", .atLeast), ("及以上", .atLeast), ("(含)以上", .atLeast), ("（含）以上", .atLeast),
        ("以下", .atMost), ("及以下", .atMost), ("以内", .atMost), ("之内", .atMost),
        ("左右", .approximately),
    ]

    /// Bound words written BEFORE the quantity: 不低于8万人, 超过1000个, 约3000家.
    static let boundsBefore: [(String, Comparator)] = [
        ("不低于", .atLeast), ("不少于", .atLeast), ("不小于", .atLeast), ("至少", .atLeast), ("最少", .atLeast),
        ("超过", .greaterThan), ("高于", .greaterThan), ("大于", .greaterThan), ("多于", .greaterThan),
        ("逾", .greaterThan), ("突破", .greaterThan),
        // the modal forms of laws and regulations: 不得超过五千元, 不得低于百分之六十
        ("不得超过", .atMost), ("不应超过", .atMost), ("不宜超过", .atMost), ("不能超过", .atMost), ("不准超过", .atMost),
        ("不得高于", .atMost), ("不得多于", .atMost), ("不得大于", .atMost),
        ("不得低于", .atLeast), ("不得少于", .atLeast), ("不应低于", .atLeast), ("不应少于", .atLeast), ("不宜低于", .atLeast),
        ("应当不少于", .atLeast), ("应不少于", .atLeast), ("应不低于", .atLeast),
        ("不超过", .atMost), ("不高于", .atMost), ("不多于", .atMost), ("不大于", .atMost), ("最多", .atMost),
        ("低于", .lessThan), ("少于", .lessThan), ("小于", .lessThan),
        ("约", .approximately), ("大约", .approximately), ("约为", .approximately), ("近", .approximately),
        ("将近", .approximately), ("接近", .approximately),
        // the signs of indicator tables: ≥95%, ≤5, ＞90%
        ("≥", .atLeast), ("≧", .atLeast), ("＞", .greaterThan), (">", .greaterThan),
        ("≤", .atMost), ("≦", .atMost), ("＜", .lessThan), ("<", .lessThan), ("≈", .approximately), ("～", .approximately),
    ]

    /// Written between the number and its measure word: 20余项, 200多个 — "some more than".
    static let approximateMarks: [String] = ["余", "多"]

    // MARK: Units

    /// Measure words and units that make a number a quantity (longest match wins:
    /// 个百分点 before 个, 人次 before 人). 年, 月, 日 are not here: a number before
    /// them is a date or a span of time, which plans do not set as targets.
    static let units: [String] = [
        "%", "％", "‰", "个百分点", "百分点",
        "个", "家", "户", "项", "件", "人次", "人", "名", "位", "所", "座", "处", "条", "种", "类",
        "次", "场", "台", "套", "辆", "艘", "架", "张", "部", "篇", "门", "期", "支", "只", "头",
        "株", "棵", "份", "册", "本", "块", "床", "间", "栋", "幢",
        "亩", "公顷", "平方米", "平方公里", "平方千米", "立方米", "公里", "千米", "米",
        "毫米", "厘米", "吨标准煤", "吨", "千克", "公斤", "克", "斤", "升", "标箱", "标准箱", "千瓦时", "千瓦", "兆瓦", "元", "美元", "倍", "分", "岁",
        "个月", "个工作日", "工作日", "个小时", "小时", "分钟", "天", "周",
        "微克/立方米", "毫克/立方米", "μg/m³", "mg/m³",
        // Capacities per day or year (处理能力1500吨/日, 污水处理能力10万立方米/日): the rate is the unit.
        "吨/日", "吨/天", "吨/年", "立方米/日", "立方米/天", "立方米/年", "立方米/秒", "千克/日", "公斤/日", "标箱/年",
    ]

    /// Words after a number that make it a name or a date, not a quantity:
    /// 500强 (a ranking list), 十佳, 2018年, 7月, 68号 (document number), 30周年.
    static let notQuantitySuffixes: [String] = [
        "年", "月", "日", "号", "周年", "强", "佳", "时", "届",
    ]

    /// Multipliers written after Arabic digits (18万件, 3000亿元, 1.5万亿).
    static let multipliers: [(String, Int)] = [
        ("万亿", 12), ("千亿", 11), ("百亿", 10), ("亿", 8), ("千万", 7), ("百万", 6), ("万", 4), ("千", 3),
    ]

    /// Marks between the two ends of a range: 3—5个, 10%-15%, 三至五个.
    static let rangeMarks: [String] = ["—", "–", "-", "－", "～", "~", "至", "到", "——"]

    // MARK: Predicates

    /// Verbs that state the level a target reaches; they bind the value and are not
    /// part of the indicator: 合格率稳定在90%以上, 控制在5%以内.
    static let levelPredicates: [String] = [
        "达到", "达", "保持", "保持在", "稳定在", "维持在", "控制在", "提高到", "提高至", "提升到", "提升至",
        "增加到", "增加至", "增长到", "增长至", "增至", "下降到", "下降至", "降至", "降到", "降低到",
        "降低至", "减少到", "减少至", "减至", "缩短到", "缩短至", "压缩到", "压缩至", "扩大到", "扩大至",
        "为", "实现", "有",
        // penalties of laws and regulations: 处五千元以下罚款, 并处违法所得一倍以上十倍以下罚款
        "处", "处以", "并处", "单处",
        // amounts a law or a policy grants: 给予五千元以上的精神损害赔偿, 给予10万元奖励
        "给予",
        // notice periods: 提前三十日发布告示
        "提前",
    ]

    /// The verbs of fines and grants among the level predicates: the indicator is the noun
    /// after the amount (处…以下的罚款 → 罚款, 给予五千元以上的精神损害赔偿 → 精神损害赔偿).
    static let penaltyVerbs: [String] = ["处", "处以", "并处", "单处", "给予"]

    /// Verbs that commit to a count of things, written before it: 每年选择350户,
    /// 引导1000家中小企业, 培育200家 — the commitment of a task clause.
    static let countPredicates: [String] = [
        "选择", "选取", "遴选", "筛选", "培育", "引导", "帮扶", "扶持", "支持", "建设", "建成", "新建", "创建",
        "打造", "组建", "培训", "组织", "认定", "评选", "带动", "吸引", "引进", "培养", "改造", "完成",
        "举办", "发展", "建立", "命名", "推出", "争创", "创成", "新增", "增加", "招引", "安置", "资助",
        "奖励", "选树", "表彰", "推广", "制定", "制修订", "修订", "承担", "新承担", "拥有", "认证", "淘汰",
        "关闭", "整治", "治理", "改建", "扩建", "新培育", "培树", "服务", "惠及", "吸纳", "转移", "输出",
        "使", "让", "推动", "促进", "确定", "设立", "新设", "布局", "实施", "配备", "配齐", "选派", "招聘", "招录",
        "开展", "举行", "召开", "增设", "新增设",
        "设置", "布设", "配置", "开通", "投用", "投运", "铺设", "安装", "更新",
    ]

    /// Nouns of indicators that open with a verb of `frontVerbs`: kept whole at the
    /// front of an indicator (建成区绿化覆盖率, 建设用地规模, 新建住宅全装修比例).
    static let nounsOpeningWithAVerb: [String] = ["建成区", "建设用地", "建设项目", "新建住宅", "新建建筑", "新建小区"]

    /// Adverbs and hedges between the indicator and its predicate: 平均达到, 均达到, 重点帮扶.
    static let adverbs: [String] = [
        "平均", "均", "总体", "全部", "基本", "分别", "力争", "确保", "争取", "稳步", "逐步", "进一步",
        "要", "应当", "应", "将", "须", "必须", "累计", "重点", "共", "再", "新", "总计", "合计", "每年", "年均",
        "都", "全", "可以", "可", "能", "能够", "依法", "努力", "积极", "有效", "陆续", "持续", "一般", "原则上", "最高", "最低",
    ]

    /// Words that open a phrase without being part of what is measured.
    static let leadIns: [String] = [
        "力争", "确保", "争取", "其中", "每年", "年均", "同时", "并", "且", "和", "、", "以及", "另外",
        "此外", "目前", "届时", "全年", "当年", "努力", "原则上", "或者",
    ]

    /// Verbs that end the noun a prenominal count counts: 100户中小微企业|开展精准帮扶.
    static let nounStops: [String] = [
        "开展", "参加", "集中", "建立", "导入", "实施", "进行", "接受", "参与", "入选", "获得", "达到",
        "纳入", "完成", "提供", "申报", "加入", "开设", "设立", "实现", "通过", "采用", "推行", "落实",
        "应用", "使用", "进入", "建成", "创建", "形成", "成为", "上市", "入驻", "落户", "参训", "申请",
        "走出去", "推进", "推动", "在境", "在全", "在国", "在省", "在市",
    ]

    /// Words that end an indicator that measures something (a rate, a share, an
    /// index, an amount). Items of a list are separate indicators sharing one value
    /// only when each ends in one of these: 水利工程质量合格率、质量检测抽检率达到100%.
    static let indicatorHeads: [String] = [
        "率", "比例", "比重", "占比", "度", "指数", "覆盖面", "强度", "数", "数量", "总量", "量", "额",
        "面积", "规模", "产值", "收入", "人数", "个数", "家数", "得分", "分值", "密度", "浓度", "水平",
        "增速", "增幅", "系数", "天数", "总额", "金额", "投入",
    ]

    /// Indicators measured as a bare number (质量竞争力指数达到90以上, 得分85).
    static let indexHeads: [String] = ["指数", "得分", "分值", "评分", "系数", "分数", "值"]

    /// Prepositions before a count that make it the scope of an action, not its
    /// target: 围绕10个重点行业开展…, 在10个左右领域….
    static let scopePrepositions: [String] = [
        "在", "围绕", "对", "按", "按照", "从", "经过", "通过", "用", "以", "于", "针对", "面向", "覆盖", "涉及", "等",
    ]

    /// Marks of a formula: ×100% defines a rate, it sets none.
    static let formulaMarks: [String] = ["×", "*", "÷", "/", "＝", "=", "+", "＋"]

    /// Conjunctions between coordinated quantities (建设50所学校和150个专业).
    static let conjunctions: [String] = ["和", "及", "与", "以及", "、", "或"]

    /// Prepositions that open the baseline of a change (由20个工作日压缩至10个工作日):
    /// the indicator ends before them.
    static let baselinePrepositions: [String] = ["由", "从"]

    /// Words that state what has been done, not what is to be done: 全省已建成
    /// 国家级质检中心20个 is a fact of the plan's background.
    static let factMarkers: [String] = ["已", "已经", "现有", "目前", "截至目前", "过去"]

    /// Words of a definition: a sentence that says what a term means sets no target
    /// (日间手术是指…在1日（24小时）内…).
    static let definitionWords: [String] = ["是指", "指的是", "系指", "定义为", "是按照"]

    /// Period words: 每年选择350户 is a yearly target.
    static let yearlyWords: [String] = ["每年", "年均", "每年度", "逐年", "每一年", "每个年度"]

    /// 每 + a span of time: 每季度, 每两年, 每5年修订1次 (the count is per period, the
    /// span is no quantity of its own). The span in months; a number before it
    /// multiplies it (每两年 is 24 months).
    static let periodSpans: [(String, Int)] = [
        ("年度", 12), ("年", 12), ("个季度", 3), ("季度", 3), ("季", 3), ("半年", 6), ("个月", 1), ("月", 1),
        ("周", 0), ("星期", 0),
    ]

    /// The periods the JSON knows, by length in months (0: weekly).
    static let periodsByMonths: [Int: Period] = [
        0: .weekly, 1: .monthly, 3: .quarterly, 6: .halfYearly, 12: .yearly,
        24: .everyTwoYears, 36: .everyThreeYears, 60: .everyFiveYears, 120: .everyTenYears,
    ]

    // MARK: Time limits

    /// Units of a time limit of laws (五日内退还, 包修期不得少于三十日, 保修期限不得低于八年):
    /// read only with 内 after or a bound word before, so that dates stay dates.
    /// 年一遇 is a design return period (防洪标准达到100年一遇), read only after a level verb
    /// or a bound word.
    static let timeLimitUnits: [String] = ["年一遇", "日", "年", "天"]
    /// Words before a number of days that make it a notice period: 提前三十日告知.
    static let timeLimitHeads: [String] = ["提前"]

    // MARK: Durations

    /// Units of a span of time: a duration hedged as the usual practice
    /// (顶岗实习一般为6个月, 原则上不超过3个工作日) describes how a task is done, not a target.
    static let durationUnits: [String] = ["个月", "个工作日", "工作日", "个小时", "小时", "分钟", "天", "周"]
    static let durationHedges: [String] = ["一般", "通常", "原则上", "一般情况下", "一般为", "通常为"]

    // MARK: Shares in words

    /// Halves written in words: 一半以上, 超过一半, 过半, 半数以上 — 50 per cent,
    /// with the comparator a word before or after gives (过半 is more than half).
    static let halfWords: [(String, Comparator?)] = [
        ("过半数", .greaterThan), ("过半", .greaterThan), ("一半", nil), ("半数", nil),
    ]

    // MARK: Indicator fronts

    /// Verbs that may stand inside the text before a quantity and are not part of
    /// what is measured: 在继续巩固落实好|生均财政拨款水平, 新增|消纳码头34条. The
    /// indicator starts after the last one (when a noun of two characters remains).
    static let frontVerbs: [String] = [
        "巩固", "落实好", "落实", "做好", "保持好", "继续", "持续", "推进", "推动", "加快", "加强",
        "确保", "保证", "进一步", "力争", "争取", "努力", "新建", "建成", "建设", "新增", "增设", "打造", "培育",
        "创建", "完成", "组建", "改造", "布局", "累计", "形成", "改建", "扩建", "提升", "设置", "布设", "安装",
    ]

    /// Scope words that may open the text before a quantity: 全市|培育|…, 各区|打造|…,
    /// 在|继续巩固落实好|…. Left out of the indicator together with the verbs after them.
    static let frontScopes: [String] = [
        "在", "对", "全国", "全省", "全市", "全区", "全县", "本市", "本区", "本省", "各地", "各区", "各市", "各县",
        "各省", "各级", "各街镇", "各乡镇", "各镇", "各街道", "要", "应", "将", "并", "同时",
    ]

    // MARK: Multiples

    /// Verbs after which N倍 is growth BY N times (增长一倍 doubles: 2倍, like 翻一番);
    /// after 达到/是 or 增长到, N倍 is the multiple itself.
    static let growthByVerbs: [String] = ["增长", "增加", "提高", "提升", "扩大", "增长了", "增加了", "提高了", "提升了", "扩大了"]

    // MARK: Deadlines

    /// Words before a year that make it a deadline: 到2020年, 力争2022年前, 截至2025年.
    static let deadlinePrefixes: [String] = [
        "到", "至", "截至", "截止", "截止到", "力争", "力争到", "力争在", "争取", "争取到", "争取在",
        "确保", "确保到", "确保在", "到了",
    ]

    /// Words after 年 that make a year a deadline: 2020年前, 2020年底前, 2020年末.
    static let deadlineSuffixes: [String] = [
        "前", "底前", "底", "末", "以前", "之前", "年底", "年末", "内", "期间",
    ]

    /// Five-year plans, named by their number: 到“十三五”末 is 2020.
    static let fiveYearPlans: [(String, Int)] = [
        ("十一五", 2010), ("十二五", 2015), ("十三五", 2020), ("十四五", 2025), ("十五五", 2030), ("十六五", 2035),
    ]

    /// After a five-year plan's name, what makes it a deadline: “十三五”末, 十四五时期.
    static let fiveYearPlanSuffixes: [String] = ["末", "期末", "时期末", "期间", "时期", "规划期末", "规划期"]

    /// Headings of the clause that states the plan's targets; a deadline at its head
    /// (到2020年，…) holds for every target under it.
    static let goalHeadings: [String] = [
        "主要目标", "工作目标", "发展目标", "总体目标", "具体目标", "预期目标", "行动目标", "目标任务",
        "主要指标", "发展指标", "基本目标", "建设目标", "总目标", "目标要求",
    ]

    // MARK: Names and literal words

    /// Names, slogans and fixed words that contain numerals but state no quantity.
    /// Numbers inside them are never read (一带一路, 十九大, 三个更加, 五位一体).
    static let names: [String] = [
        // Party congresses and plenums
        "十六大", "十七大", "十八大", "十九大", "二十大", "十六届", "十七届", "十八届", "十九届", "二十届",
        "一中全会", "二中全会", "三中全会", "四中全会", "五中全会", "六中全会", "七中全会", "全国两会", "两会",
        // Five-year plans (their years are read as deadlines, see fiveYearPlans)
        "十一五", "十二五", "十三五", "十四五", "十五五", "十六五",
        // Slogans and programme names
        "中国制造2025", "五位一体", "四位一体", "三位一体", "四个全面", "三个代表", "三个更加", "一三三五",
        "十百千", "百千万", "百城千业万企", "千人千企", "一带一路", "两个一百年", "两学一做", "三严三实",
        "四个意识", "四个自信", "两个维护", "两个确立", "五大发展", "五大发展理念", "三品一标", "一票否决",
        "一县一产", "一镇一业", "一村一品", "一企一证", "一站式", "一网通办", "一网办理", "一张网", "一次办好",
        "最多跑一次", "双随机、一公开", "一公开", "三大行动计划", "大气十条", "水十条", "土十条", "三去一降一补",
        "一处失信", "处处受限", "三次产业", "一二三产业", "一特两新", "一园三带", "千人计划", "万人计划",
        "千人赴港", "百年老店", "百年工程",
        // Ordinary words that contain numerals
        "统一", "一流", "一批", "一大批", "一些", "一系列", "一体", "一体化", "一定", "一般", "一致", "一起",
        "一线", "一道", "一同", "一律", "一直", "一旦", "一切", "一样", "一贯", "进一步", "唯一", "之一",
        "万众", "千方百计", "年过半百", "百年", "千家万户", "四面八方", "五湖四海", "三番五次", "一把手",
        "一方面", "另一方面", "第一", "两岸", "两端", "一带", "一路", "一次性", "一揽子", "一手", "一并",
        "双一流", "一站", "一门", "一窗", "一件事", "一事一议", "一企一策", "一业一证", "一对一",
        "零部件", "零件", "零星", "零散", "零工", "零售", "零距离", "零容忍", "零增长", "零排放", "一个时期", "一段时期", "一段时间", "一把",
    ]

    /// Marks that open and close a title or a quoted name; numbers inside are
    /// part of the name (《…规划(2016—2020年)》, “千人千企”, “中国500最具价值品牌”).
    static let titleMarks: [(open: String, close: String, maxLength: Int)] = [
        ("《", "》", 160), ("〈", "〉", 100), ("“", "”", 40), ("‘", "’", 40), ("「", "」", 40), ("『", "』", 40),
        ("\"", "\"", 40), ("〔", "〕", 12), ("【", "】", 40),
    ]
}
