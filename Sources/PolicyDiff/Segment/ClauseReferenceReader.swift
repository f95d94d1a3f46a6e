/// The cross-references of a clause, as laws write them: 本法第四十四条,
/// 依照《中华人民共和国消费者权益保护法》第五十五条的规定, 本条第二款, 前款,
/// 前两款, 第十条、第十一条. They are data: alignment may take a local article
/// that details 《…法》第X条 as evidence, and the report may show them.
///
/// Conventions: a reference to an article of another document names it in 《》
/// right before the article; 本法 / 本办法 … (the document naming itself) or no
/// name at all mean this document (`document` nil); 本条 and 前款 mean this
/// article (`article` nil, the paragraph given).
enum ClauseReferenceReader {
    /// How a regulation names itself.
    static let selfNames = ["本法", "本条例", "本实施条例", "本办法", "本实施办法", "本规定", "本细则", "本实施细则",
                            "本决定", "本规则", "本准则"]
    /// Words that continue a list of articles: 第十条、第十一条, 第五条至第七条, 第八条或者第九条.
    static let listJoiners = ["、", "和", "及", "以及", "或者", "至", "与", "，"]
    /// 前款, 前两款, 前三款: the paragraph(s) just before this one.
    static let previousParagraphs: [(String, Int)] = [("前款", 1), ("前两款", 2), ("前二款", 2), ("前三款", 3), ("前四款", 4)]
    /// The first characters of every form read below.
    static let openers: Set<UInt32> = Set("《本前第笫".unicodeScalars.map(\.value))

    /// `ownLabelLength`: characters of the clause's own heading label at the start of
    /// `text` (第十二条 is the clause itself, not a reference); `paragraph`: the
    /// number of the paragraph (款) this text is, for 前款.
    static func references(in text: String, ownLabelLength: Int, paragraph: Int?) -> [ClauseReference] {
        // Most clauses of a plan cite no article: decide on the bytes first.
        guard mayHoldReferences(text) else { return [] }
        let chars = CharacterText.characters(of: text)
        var found: [ClauseReference] = []
        var i = ownLabelLength
        // Where the last article reference ended and which document it named, for lists.
        var lastEnd = -1
        var lastDocument: String? = nil
        func add(_ reference: ClauseReference) {
            if !found.contains(where: { $0.document == reference.document && $0.article == reference.article
                                        && $0.paragraph == reference.paragraph }) {
                found.append(reference)
            }
        }
        // Every form opens with 《, 本, 前, 第 or 笫: other characters are passed over on their
        // scalar (Character equality normalises both sides, at every character of every article).
        let plain = chars.map { CharacterClass.plainScalar(of: $0)?.value ?? 0 }
        while i < chars.count {
            if plain[i] != 0, !Self.openers.contains(plain[i]) {
                i += 1
                continue
            }
            let c = chars[i]
            if c == "《", let close = CitationReader.closing(chars, from: i) {
                let title = String(chars[(i + 1)..<(close - 1)])
                if let (article, paragraphNumber, end) = articleCitation(chars, from: close) {
                    add(ClauseReference(document: title, article: article, paragraph: paragraphNumber,
                                        text: String(chars[i..<end])))
                    lastEnd = end
                    lastDocument = title
                    i = end
                } else {
                    i = close
                }
                continue
            }
            if c == "本", let name = selfNames.first(where: { starts(chars, at: i, with: $0) }),
               let (article, paragraphNumber, end) = articleCitation(chars, from: i + name.count) {
                add(ClauseReference(document: nil, article: article, paragraph: paragraphNumber, text: String(chars[i..<end])))
                lastEnd = end
                lastDocument = nil
                i = end
                continue
            }
            if c == "本", starts(chars, at: i, with: "本条"), let (n, end) = ordinal(chars, from: i + 2, marker: "款") {
                add(ClauseReference(document: nil, article: nil, paragraph: n, text: String(chars[i..<end])))
                i = end
                continue
            }
            if c == "前", let (words, count) = previousParagraphs.first(where: { starts(chars, at: i, with: $0.0) }) {
                if let paragraph, paragraph > count {
                    for k in stride(from: paragraph - count, to: paragraph, by: 1) {
                        add(ClauseReference(document: nil, article: nil, paragraph: k, text: words))
                    }
                }
                i += words.count
                continue
            }
            if c == "第" || c == "笫", let (article, paragraphNumber, end) = articleCitation(chars, from: i) {
                // A bare article number continues a list (《…法》第十条、第十一条) or means this document.
                let document = lastEnd >= 0 && joinsList(chars, from: lastEnd, to: i) ? lastDocument : nil
                add(ClauseReference(document: document, article: article, paragraph: paragraphNumber, text: String(chars[i..<end])))
                lastEnd = end
                lastDocument = document
                i = end
                continue
            }
            if c == "第" || c == "笫", let (n, end) = ordinal(chars, from: i, marker: "款") {
                // 第二款 without an article: a paragraph of this article.
                add(ClauseReference(document: nil, article: nil, paragraph: n, text: String(chars[i..<end])))
                i = end
                continue
            }
            i += 1
        }
        return found
    }

    /// Every form holds 款 or 第X条 (第 and, at most five characters on, 条): one pass over
    /// the UTF-8 bytes (款 E6 AC BE, 条 E6 9D A1, 第 E7 AC AC, 笫 E7 AC AB). Plans say 第三方
    /// and 条件, rarely 第…条.
    static func mayHoldReferences(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i + 2 < b.count {
                let x = b[i]
                if x == 0xE6, b[i + 1] == 0xAC, b[i + 2] == 0xBE { return true }
                if x == 0xE7, b[i + 1] == 0xAC, b[i + 2] == 0xAC || b[i + 2] == 0xAB {
                    var k = i + 3
                    let end = min(b.count - 2, i + 3 + 18)
                    while k < end {
                        if b[k] == 0xE6, b[k + 1] == 0x9D, b[k + 2] == 0xA1 { return true }
                        k += 1
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// 第N条 (之一) (第M款) at `from`: the article in normal form, the paragraph, and where it ends.
    private static func articleCitation(_ chars: [Character], from: Int) -> (String, Int?, Int)? {
        guard let (n, afterArticle) = ordinal(chars, from: from, marker: "条") else { return nil }
        // 第一条件 is a word, not an article.
        if afterArticle < chars.count, chars[afterArticle] == "件" { return nil }
        var article = HeadingStyle.article.pathLabel(number: n, written: "")
        var end = afterArticle
        if end + 1 < chars.count, chars[end] == "之", ChineseNumeral.isNumeralCharacter(chars[end + 1]) {
            var k = end + 1
            while k < chars.count, k - end <= 3, ChineseNumeral.isNumeralCharacter(chars[k]) { k += 1 }
            if let inserted = ChineseNumeral.value(of: chars[(end + 1)..<k]) {
                article += "之" + ChineseNumeral.format(inserted)
                end = k
            }
        }
        var paragraph: Int? = nil
        if let (m, afterParagraph) = ordinal(chars, from: end, marker: "款") {
            paragraph = m
            end = afterParagraph
        }
        return (article, paragraph, end)
    }

    /// 第 + a numeral (Chinese or Arabic) + `marker`, at `from`.
    private static func ordinal(_ chars: [Character], from: Int, marker: Character) -> (Int, Int)? {
        guard from < chars.count, chars[from] == "第" || chars[from] == "笫" else { return nil }
        var j = from + 1
        while j < chars.count, j - from <= 8, ChineseNumeral.isNumeralCharacter(chars[j]) || ArabicDigit.value(chars[j]) != nil { j += 1 }
        guard j > from + 1, j < chars.count, chars[j] == marker else { return nil }
        let digits = chars[(from + 1)..<j]
        guard let n = ChineseNumeral.value(of: digits) ?? ArabicDigit.number(digits), n > 0 else { return nil }
        return (n, j + 1)
    }

    private static func joinsList(_ chars: [Character], from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 3 else { return false }
        let between = String(chars[from..<to])
        return listJoiners.contains(between)
    }

    private static func starts(_ chars: [Character], at i: Int, with word: String) -> Bool {
        CitationReader.startsWith(chars, at: i, word)
    }
}
