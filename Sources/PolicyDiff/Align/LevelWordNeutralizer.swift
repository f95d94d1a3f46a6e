/// Makes a provincial sentence and the city sentence that restates it read alike.
///
/// A city plan copies its province's plan and swaps the level words: 全省 → 全市,
/// 我省 → 我市, 省质监局 → 市质监局, 甘肃品牌 stays but 新甘肃 becomes 金张掖. Those
/// swaps say nothing about what was kept, so before matching every level word and
/// every place name of the two documents becomes one placeholder on both sides.
public struct LevelWordNeutralizer: Sendable {
    /// The placeholder every level word and place name turns into (a private-use scalar,
    /// so it never collides with text).
    public static let placeholder: Unicode.Scalar = "\u{E000}"

    /// Characters that name an administrative level on their own (省质监局, 市直, 县区).
    static let levelCharacters: Set<Unicode.Scalar> = ["省", "市", "县", "州", "区"]
    /// The same as values, looked up without hashing (once per character of every text compared).
    private static let levelCharacterValues: [UInt32] = levelCharacters.map(\.value)

    /// Words in which a level character is part of an ordinary word, not a level:
    /// 市场 (market) must not match 省场. Kept verbatim.
    static let protectedWords: [String] = [
        "市场", "城市", "都市", "超市", "上市", "门市", "夜市", "菜市", "市民",
        "节省", "省略", "省力", "反省", "区域", "园区", "社区", "景区", "示范区", "地区", "区别", "区分",
        "误区", "城区", "片区", "集聚区", "自治区", "新区", "开发区", "保税区", "试验区",
    ]

    /// 全国 / 我国 are the national level's 全省 / 我省: 国 counts as a level character
    /// only after these words.
    static let nationalPrefixes: Set<Unicode.Scalar> = ["全", "我"]

    /// Short names of the provincial-level divisions: a plan quotes its own province
    /// (甘肃品牌, 安徽制造) where the reference quotes its own.
    public static let provinceNames: [String] = [
        "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏",
        "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西",
        "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
        "香港", "澳门", "台湾",
    ]

    /// Place names, longest first so 内蒙古 wins over a shorter prefix.
    public let names: [[Unicode.Scalar]]
    private let protected: [[Unicode.Scalar]]
    /// Which CJK scalars start a protected word or a name (indexed from U+3400): most
    /// characters start neither, and this answers without a search.
    private let startsWord: [Bool]

    public init(extraNames: [String] = []) {
        var all = Set(Self.provinceNames)
        for name in extraNames where name.unicodeScalars.count >= 2 { all.insert(name) }
        names = all.sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) }
            .map { Array($0.unicodeScalars) }
        protected = Self.protectedWords.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
            .map { Array($0.unicodeScalars) }
        var starts = [Bool](repeating: false, count: 0xA000 - 0x3400)
        for word in protected + names {
            if let v = word.first?.value, v >= 0x3400, v < 0xA000 { starts[Int(v - 0x3400)] = true }
        }
        startsWord = starts
    }

    /// The neutralizer for comparing two documents: the province table plus the
    /// places the two documents name as their issuers.
    public init(documents: [Document]) {
        self.init(extraNames: documents.flatMap(Self.placeNames(of:)))
    }

    /// Names of the issuing places, as a Party committee and a government sign:
    /// 中共X省委 / 中共X市委 and X省人民政府 / X市人民政府 (X: 2–3 CJK characters), read
    /// from the issuer and title and from the opening lines, where a transmitting
    /// notice carries them.
    public static func placeNames(of document: Document) -> [String] {
        var sources: [String] = [document.metadata.issuer, document.metadata.title].compactMap { $0 }
        if let first = document.clauses.first { sources.append(String(first.text.prefix(300))) }
        var found: [String] = []
        let levels: Set<Unicode.Scalar> = ["省", "市", "县", "州"]
        for text in sources {
            let s = Array(text.unicodeScalars)
            for i in s.indices where levels.contains(s[i]) {
                for length in [2, 3] where i - length >= 0 {
                    let name = Array(s[(i - length)..<i])
                    guard name.allSatisfy(isCJK) else { continue }
                    let before = i - length
                    let partyCommittee = before >= 2 && s[before - 2] == "中" && s[before - 1] == "共"
                        && i + 1 < s.count && s[i + 1] == "委"
                    let government = (before == 0 || !isCJK(s[before - 1]))
                        && Array(s[(i + 1)...].prefix(4)) == Array("人民政府".unicodeScalars)
                    if partyCommittee || government { found.append(ScalarText.string(name)) }
                }
            }
        }
        return found
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
    }

    /// Rewrites level words and place names to the placeholder; keeps everything else.
    public func neutralize(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var i = 0
        outer: while i < text.count {
            let s = text[i]
            if Self.isCJK(s) {
                if s.value >= 0x3400, s.value < 0xA000, startsWord[Int(s.value - 0x3400)] {
                for word in protected where word.first == s && Self.matches(word, in: text, at: i) {
                    out.append(contentsOf: word)
                    i += word.count
                    continue outer
                }
                for name in names where name.first == s && Self.matches(name, in: text, at: i) {
                    out.append(Self.placeholder)
                    i += name.count
                    continue outer
                }
                }
                if Self.levelCharacterValues.contains(s.value) {
                    out.append(Self.placeholder)
                    i += 1
                    continue
                }
                if s == "国", let previous = out.last, Self.nationalPrefixes.contains(previous) {
                    out.append(Self.placeholder)
                    i += 1
                    continue
                }
            }
            out.append(s)
            i += 1
        }
        return out
    }

    private static func matches(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + word.count <= text.count else { return false }
        for k in 0..<word.count where text[i + k] != word[k] { return false }
        return true
    }
}
