/// A document-level convention of central documents: said once, usually inside the
/// first tag, `列第一位者为牵头单位，下同` or `排在第一位的部门为牵头部门，下同` — from
/// then on, in a tag that names no lead, the first unit listed leads.
enum LeadConvention {
    /// Words for "the first listed" and for "is the lead"; both must stand in one
    /// phrase (between punctuation) for the phrase to state the convention.
    static let firstPlace = CharacterWordTable(["第一位", "首位", "第一个", "排名第一", "排第一", "列第一"])
    static let isLead = CharacterWordTable(["为牵头", "是牵头", "作为牵头", "即为牵头"])
    static let phraseBreaks = CharacterClass("，,。；;()（）\n")

    /// The offset where the first phrase stating the convention starts, if any.
    static func phraseStart(in text: [Character]) -> Int? {
        // Every wording in `isLead` holds 牵: most tags have none and state nothing.
        guard text.contains(where: { CharacterClass.same($0, "牵") }) else { return nil }
        var phraseBegin = 0
        var i = 0
        while i <= text.count {
            if i == text.count || phraseBreaks.contains(text[i]) {
                if i > phraseBegin, states(text[phraseBegin..<i]) { return phraseBegin }
                phraseBegin = i + 1
            }
            i += 1
        }
        return nil
    }

    private static func states(_ phrase: ArraySlice<Character>) -> Bool {
        isLead.occurs(in: phrase) && firstPlace.occurs(in: phrase)
    }

    /// `phraseStart` for a paragraph, as an offset into its Unicode scalars. Most
    /// paragraphs have no 为牵 at all and are passed over without reading Characters.
    static func scalarOffset(in scalars: [Unicode.Scalar]) -> Int? {
        // Every wording in `isLead` ends in 为牵 or 是牵.
        guard scalars.indices.dropFirst().contains(where: { scalars[$0] == "牵" && (scalars[$0 - 1] == "为" || scalars[$0 - 1] == "是") })
        else { return nil }
        let characters = Array(scalarString(scalars, 0..<scalars.count))
        guard let start = phraseStart(in: characters) else { return nil }
        return characters[..<start].reduce(0) { $0 + $1.unicodeScalars.count }
    }
}
