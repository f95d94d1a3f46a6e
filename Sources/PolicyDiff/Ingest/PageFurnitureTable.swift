/// The words and phrases of Chinese government and news pages that mark page
/// furniture rather than the document. A researcher who meets a site with other
/// widgets extends these lists; the rules in `PageFurniture` only decide by the
/// *shape* of a whole line (a line made only of widget words, a label followed by
/// a short value), so a body sentence that merely contains 打印 or 编辑 is never cut.
public struct PageFurnitureTable: Sendable {
    /// Words that make up print/font-size/share toolbars (`字体大小: 打印`,
    /// `【字号：大 中 小】【打印本页】【关闭窗口】`). A line made only of these,
    /// brackets, separators and spaces is a toolbar.
    public var widgetWords: [String]
    /// Whole-line prompts of QR codes, share buttons and page tools.
    public var widgetLines: [String]
    /// Words that open a breadcrumb or a navigation bar (`首页 > 文件资料 > 正文`,
    /// `当前位置：首页 > 政务公开`).
    public var homeWords: [String]
    public var locationLabels: [String]
    /// Separators between breadcrumb steps.
    public var breadcrumbSeparators: [Character]
    /// Labels of editor/author lines (`编辑:周佳佳`, `【责任编辑：王某】`); such a line
    /// is cut only when the label opens it and the value is a short name.
    public var editorLabels: [String]
    /// Labels of tag lines (`关键词:中共中央 国务院 质量提升行动`).
    public var keywordLabels: [String]
    /// Headings of lists of other articles at the foot of a page.
    public var relatedHeadings: [String]
    /// Labels of previous/next-article links (`上一篇：…`).
    public var sequenceLabels: [String]
    /// Phrases found only in site footers (`版权所有`, `ICP备`).
    public var footerPhrases: [String]
    /// End-of-story markers of news agencies: the text ends there.
    public var endMarkers: [String]
    /// Line-opening bullets a crawler keeps from list markup (`• 成文日期 2018-12-30`).
    public var bullets: Set<Character>

    public static let standard = PageFurnitureTable(
        widgetWords: [
            "字体大小", "字体", "字号", "大", "中", "小", "默认", "大字", "中字", "小字",
            "打印", "打印本页", "打印此页", "打印文章", "打印正文",
            "关闭", "关闭窗口", "关闭本页", "关闭此页",
            "收藏", "加入收藏", "收藏本页", "分享", "分享到", "背景色", "护眼模式", "护眼",
            "返回顶部", "返回", "纠错", "我要纠错", "保存", "保存本页", "下载", "复制链接",
            "微信", "微博", "QQ空间", "朋友圈", "视力保护色", "TOP", "top",
        ],
        widgetLines: [
            "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "用手机扫描二维码",
            "手机扫描二维码", "扫描二维码", "用微信扫描二维码", "扫一扫", "扫码阅读",
            "手机查看", "在手机上查看", "分享到微信朋友圈",
        ],
        homeWords: ["首页", "网站首页", "主页", "返回首页"],
        locationLabels: ["当前位置", "您当前的位置", "您的位置", "你的位置", "您现在的位置",
                         "你现在的位置", "所在位置", "现在位置"],
        breadcrumbSeparators: [">", "＞", "»", "›", "→", "〉", "|", "｜", "/", "-"],
        editorLabels: ["责任编辑", "值班编辑", "编辑", "责编", "审核", "审校", "校对", "签发",
                       "编审", "作者", "记者", "摄影", "通讯员", "供稿", "初审", "复审", "终审"],
        keywordLabels: ["关键词", "关键字", "标签", "主题词"],
        relatedHeadings: ["相关新闻", "相关链接", "相关文章", "相关阅读", "相关稿件", "相关文件",
                          "相关政策", "相关解读", "相关报道", "相关信息", "延伸阅读", "推荐阅读",
                          "热点新闻", "热点推荐", "热门文章", "热门推荐", "猜你喜欢", "更多新闻",
                          "图片新闻", "最新新闻", "阅读排行", "点击排行"],
        sequenceLabels: ["上一篇", "下一篇", "上一条", "下一条", "上一页", "下一页"],
        footerPhrases: ["版权所有", "ICP备", "ICP证", "网站标识码", "公网安备", "主办单位",
                        "承办单位", "技术支持", "网站地图", "联系我们", "最佳浏览", "分辨率浏览", "Copyright",
                        "copyright", "All Rights Reserved", "不良信息举报"],
        endMarkers: ["(完)", "（完）", "【完】", "[完]"],
        bullets: ["•", "●", "◆", "■", "▪", "◇", "□", "○", "-", "*", "▶", "►", "·", "∙"]
    )
}

/// The labels of a page's information table (信息公开 metadata) and of the
/// publication lines of news pages, and which `PageInfo` field each fills.
/// Labels may be written with layout spaces inside (`标　　题：`, `索 引 号：`).
public struct PageInfoLabels: Sendable {
    public enum Field: Sendable, Equatable {
        case indexNumber, subject, issuer, dateWritten, datePublished, title, docNumber
        /// A label of the same table or line whose value is not kept (来源, 背景色 …).
        case ignored
    }

    public var labels: [(label: String, field: Field)]

    public static let standard = PageInfoLabels(labels: [
        ("索引号", .indexNumber), ("主题分类", .subject), ("主题词", .ignored),
        ("发文机关", .issuer), ("发文单位", .issuer), ("发布机构", .issuer), ("发布单位", .issuer),
        ("成文日期", .dateWritten), ("成文时间", .dateWritten),
        ("发布日期", .datePublished), ("发布时间", .datePublished), ("公开日期", .datePublished),
        ("发文日期", .dateWritten),
        ("标题", .title),
        ("发文字号", .docNumber), ("文号", .docNumber), ("文件编号", .docNumber),
        ("稿件来源", .ignored), ("信息来源", .ignored), ("文章来源", .ignored), ("来源", .ignored),
        ("有效性", .ignored), ("生效日期", .ignored), ("废止日期", .ignored), ("公开方式", .ignored),
        ("公开范围", .ignored), ("公开时限", .ignored), ("时效", .ignored), ("体裁分类", .ignored),
        ("组配分类", .ignored), ("服务对象分类", .ignored), ("信息分类", .ignored),
        ("浏览次数", .ignored), ("点击数", .ignored), ("点击量", .ignored), ("访问次数", .ignored),
        ("阅读次数", .ignored), ("阅读量", .ignored), ("浏览量", .ignored), ("背景色", .ignored),
    ])
}
