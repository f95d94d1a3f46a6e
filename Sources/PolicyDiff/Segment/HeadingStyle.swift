/// The numbering styles of Chinese official documents (GB/T 9704 and the habits
/// of Party and government offices), with the order in which they usually nest.
///
/// The conventional rank is only a default: a document's own nesting is decided
/// by the order in which its styles first appear (see `HeadingOutline`), and the
/// rank is consulted only when a style first appears in the middle of its series,
/// i.e. when the text has lost its beginning.
public enum HeadingStyle: String, Sendable, Equatable, Hashable, CaseIterable {
    /// 第一编 (the books of a code or a long law, above its chapters)
    case book
    /// 第一部分 (the parts of a plan or 规划)
    case part
    /// 第一章
    case chapter
    /// 第一节
    case section
    /// 第一条
    case article
    /// 款: a paragraph of an article after its first. Never written as a label:
    /// the second paragraph of 第十二条 is 第十二条第二款 by position alone.
    case paragraph
    /// 一、 (also 一． as some offices type it)
    case chineseComma
    /// (一) （一）
    case parenChinese
    /// 1. 1． 1、 ⒈
    case arabicDot
    /// (1) （1） ⑴ 1) 1）
    case parenArabic
    /// ① ② …
    case circled
    /// —— a bullet: always a child of the item it stands in, never numbered.
    case dash

    /// 第X部分 / 第X章 / 第X节: divisions whose heading is a title standing alone.
    public var isDivision: Bool { self == .book || self == .part || self == .chapter || self == .section }

    /// Smaller is higher: 第X部分 > 第X章 > 第X节 > 第X条 > 一、 > (一) > 1. > (1) > ①.
    public var conventionalRank: Int {
        switch self {
        case .book: return -2
        case .part: return -1
        case .chapter: return 0
        case .section: return 1
        case .article: return 2
        case .paragraph: return 2
        case .chineseComma: return 3
        case .parenChinese: return 4
        case .arabicDot: return 5
        case .parenArabic: return 6
        case .circled: return 7
        case .dash: return 8
        }
    }

    /// The label as it stands in a clause path (the JSON contract): 一 / (一) / 1 / (1) / ① / 第一章.
    public func pathLabel(number: Int, written: String) -> String {
        switch self {
        case .chineseComma: return ChineseNumeral.format(number)
        case .parenChinese: return "(" + ChineseNumeral.format(number) + ")"
        case .arabicDot: return String(number)
        case .parenArabic: return "(\(number))"
        case .circled: return CircledNumber.format(number) ?? "(\(number))"
        case .book, .part, .chapter, .section, .article, .paragraph:
            let marker: String = self == .book ? "编" : self == .part ? "部分" : self == .chapter ? "章"
                : self == .section ? "节" : self == .article ? "条" : "款"
            return "第" + ChineseNumeral.format(number) + marker
        case .dash: return "—"
        }
    }

    /// How the label of this style is named in messages: (二十), 5., ③ …
    public func display(number: Int) -> String {
        switch self {
        case .chineseComma: return ChineseNumeral.format(number) + "、"
        case .arabicDot: return "\(number)."
        default: return pathLabel(number: number, written: "")
        }
    }
}

/// ① … ㊿: the enclosed numbers Unicode has, in three blocks.
public enum CircledNumber {
    static let blocks: [(first: UInt32, last: UInt32, firstNumber: Int)] = [
        (0x2460, 0x2473, 1),   // ①–⑳
        (0x3251, 0x325F, 21),  // ㉑–㉟
        (0x32B1, 0x32BF, 36),  // ㊱–㊿
    ]

    public static func value(of scalar: Unicode.Scalar) -> Int? {
        for block in blocks where scalar.value >= block.first && scalar.value <= block.last {
            return block.firstNumber + Int(scalar.value - block.first)
        }
        return nil
    }

    public static func format(_ number: Int) -> String? {
        for block in blocks {
            let offset = number - block.firstNumber
            if offset >= 0, UInt32(offset) <= block.last - block.first,
               let scalar = Unicode.Scalar(block.first + UInt32(offset)) {
                return String(Character(scalar))
            }
        }
        return nil
    }
}
