/// The level part at the head of a unit name: 省质监局 is the 质监局 of the province,
/// 张掖市发改委 the 发改委 of a city, 中央宣传部 the 宣传部 of the centre. Chinese offices
/// are named "level + office", so stripping the head gives the office shared by
/// every level, which is what a researcher compares across a chain of plans.
enum UnitLevelPrefix {
    /// Heads that name a level rather than an office, longest first so that 自治区
    /// wins over 区 and 省委 over 省. 政府 follows a level in 省政府国资委 (the 国资委
    /// of the provincial government); 省直/市直 mark the departments directly under it.
    /// Laws name a line by the governments it serves: 县级以上人民政府教育行政部门 is the
    /// 教育行政部门 of every government from the county up, 国务院 the centre's.
    static let levelWords: [[Character]] = [
        "县级以上地方各级人民政府", "县级以上地方人民政府", "县级以上各级人民政府", "县级以上人民政府",
        "设区的市级人民政府", "省级人民政府", "市级人民政府", "县级人民政府", "乡级人民政府",
        "人民政府", "自治区", "自治州", "自治县", "国务院",
        "省直", "市直", "县直", "区直",
        "省委", "市委", "县委", "区委", "州委",
        "国家", "中央", "全国", "中国", "政府",
        "省", "市", "县", "区", "州", "盟", "旗", "乡", "镇",
    ].map { Array($0) }

    /// Level words that end a place name (甘肃省, 张掖市, 兰州新区, 临夏回族自治州).
    static let placeEnds: [[Character]] = ["自治区", "自治州", "自治县", "新区", "省", "市", "县", "区", "州", "盟", "旗"]
        .map { Array($0) }

    /// Provinces (and their usual short forms) that head names without a level word:
    /// 甘肃出入境检验检疫局, 安徽银监局.
    static let provinces: [[Character]] = [
        "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江",
        "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东",
        "广西", "海南", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏",
        "新疆", "香港", "澳门", "台湾",
    ].map { Array($0) }

    /// Most city names are two characters (合肥, 青岛, 张掖).
    static let bareCityLength = 2

    /// Words that start with a level character but are not a level: 市场监管局 is not
    /// the 场监管局 of a city, 区域 and 县域 are areas, 省级/市级 an adjective.
    static let falseHeads = CharacterWordTable([
        "市场", "区域", "县域", "省级", "市级", "县级", "区级", "州级", "市民", "市容", "县城", "区块",
        "政府性", "国家级", "全国性", "中央和", "国家和", "乡村", "镇村", "旗帜",
    ])

    /// The name with one level head removed, or nil when it has none. The rest must
    /// keep at least two characters: 省委 stays 省委, not 委.
    static func strip(_ name: [Character]) -> [Character]? {
        for w in levelWords {
            guard name.count >= w.count + 2, name.starts(with: w) else { continue }
            let rest = Array(name[w.count...])
            // 市场监管局 is no 场监管局 of a city; but 县级以上人民政府 holds the word 县级 whole.
            if let head = falseHeads.match(in: name, at: 0), head.length > w.count { continue }
            if let first = rest.first, "和与及".contains(first) { continue }
            // 市、区县农业农村主管部门: a list of levels sharing one office.
            if rest.first == "、" { return rest.count >= 3 ? Array(rest.dropFirst()) : nil }
            return rest
        }
        for p in provinces {
            guard name.starts(with: p) else { continue }
            var rest = Array(name[p.count...])
            if rest.first == "省" { rest.removeFirst() }
            if rest.count >= 2 { return rest }
        }
        return stripPlace(name)
    }

    /// A place name of two or three characters and its level word (张掖市, 兰州新区).
    static func stripPlace(_ name: [Character]) -> [Character]? {
        for length in 2...3 where name.count > length && name[..<length].allSatisfy(isPlaceCharacter) {
            for e in placeEnds {
                let restStart = length + e.count
                guard name.count >= restStart + 2, Array(name[length..<restStart]) == e else { continue }
                let rest = Array(name[restStart...])
                if startsWithFalseHead(Array(name[length...])) { continue }
                if rest.count >= 2, !startsWithFalseHead(rest) { return rest }
            }
        }
        return nil
    }

    static func startsWithFalseHead(_ name: [Character]) -> Bool {
        falseHeads.match(in: name, at: 0) != nil
    }

    /// A place name is written in Han characters; 各 makes a collective, not a place.
    static func isPlaceCharacter(_ c: Character) -> Bool {
        c.isLetter && !c.isASCII && c != "各"
    }
}
