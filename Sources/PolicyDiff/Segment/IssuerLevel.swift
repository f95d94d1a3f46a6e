/// The administrative level of an issuing organ, read from its name:
/// 国务院 / 中共中央 / ministries → national; 省 / 自治区 / the four municipalities
/// → provincial; 市 / 州 / 盟 → city; 县 / 区 / 旗 → county.
public enum IssuerLevel {
    /// Organs of the centre (also any name starting with 国家).
    static let nationalWords = ["中共中央", "党中央", "国务院", "全国人大", "全国人民代表大会", "全国政协", "中央办公厅", "中央委员会", "国家", "总局", "海关总署"]
    /// Municipalities directly under the central government are provincial-level (北京市 is a province).
    static let provincialCities = ["北京", "天津", "上海", "重庆"]
    /// Words that contain a place character without naming a place (市场监管局 is not a city).
    static let noPlaceWords = ["市场", "城市", "都市", "区域", "社区", "园区", "开发区", "新区", "景区", "地区", "省级", "市级", "县级", "区级", "县域"]
    /// Place characters from the most local up.
    static let placeMarkers: [(String, AdministrativeLevel)] = [
        ("县", .county), ("旗", .county), ("区", .county),
        ("市", .city), ("州", .city), ("盟", .city),
        ("省", .provincial),
    ]
    /// Suffixes that make a word an organ's name.
    static let organSuffixes = ["中共中央", "国务院", "人民政府", "政府", "委员会", "常委会", "办公厅", "办公室", "党委", "党组",
                                "委", "部", "局", "厅", "署", "院", "行"]

    public static func level(ofIssuer issuer: String) -> AdministrativeLevel {
        var best: AdministrativeLevel = .unknown
        for name in organNames(in: issuer) ?? [issuer] {
            let level = level(ofOrgan: name)
            if depth(level) > depth(best) { best = level }
        }
        return best
    }

    static func level(ofOrgan name: String) -> AdministrativeLevel {
        // Foundation's search and replace only where a literal search could not rule the
        // word out (`ScalarText.mayFind`): this runs on every organ a document names.
        var text = name
        var provincial = false
        if ScalarText.containsEquivalent(text, "自治区") { provincial = true; text = text.replacingOccurrences(of: "自治区", with: "·") }
        if ScalarText.containsEquivalent(text, "自治州") { return .city }
        for word in noPlaceWords where ScalarText.mayFind(word, in: text) { text = text.replacingOccurrences(of: word, with: "·") }
        for city in provincialCities where ScalarText.containsEquivalent(text, city + "市") {
            provincial = true
            text = text.replacingOccurrences(of: city + "市", with: "·")
        }
        for (marker, level) in placeMarkers where ScalarText.containsEquivalent(text, marker) { return level }
        if provincial { return .provincial }
        if nationalWords.contains(where: { ScalarText.containsEquivalent(name, $0) }) { return .national }
        // A ministry named without a place (农业农村部, 财政部) is the centre's; commissions
        // and bureaus of the centre carry 国家 (国家发展改革委), local ones often no place word.
        if name.hasSuffix("部") { return .national }
        return .unknown
    }

    static let nameSeparators: Set<Character> = [" ", "\u{3000}", "\u{00A0}", "、", "，", ",", "\t"]
    /// The last scalars of `organSuffixes`: the last name of a line of organs ends with one.
    static let suffixFinals = Set(organSuffixes.compactMap(\.unicodeScalars.last))
    static let separatorScalars = Set(nameSeparators.flatMap(\.unicodeScalars))

    /// False when `organNames(in:)` is surely nil, decided on the line's last scalars
    /// (a body line ends with 。 or ，): what follows the last name — separators and
    /// spaces — is passed over, and the scalar before must end an organ's suffix.
    /// This runs on every body line after the first heading.
    static func mayHoldOrganNames(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.reversed().first(where: { !separatorScalars.contains($0) && !$0.properties.isWhitespace }) else {
            return false
        }
        return suffixFinals.contains(last) || !ScalarText.isSoleSpelling(last)
    }

    /// Names of organs separated by spaces or 、, or nil when any part is not an organ's name.
    public static func organNames(in line: String) -> [String]? {
        let separators = nameSeparators
        let names = line.split(whereSeparator: { separators.contains($0) }).map(String.init)
        guard !names.isEmpty else { return nil }
        for name in names {
            guard (2...25).contains(name.count), !name.contains("关于"),
                  name.allSatisfy({ GarbledSpanDetector.isHan($0) }),
                  organSuffixes.contains(where: { name.hasSuffix($0) }) else { return nil }
        }
        return names
    }

    private static func depth(_ level: AdministrativeLevel) -> Int {
        switch level {
        case .unknown: return 0
        case .national: return 1
        case .provincial: return 2
        case .city: return 3
        case .county: return 4
        }
    }
}
