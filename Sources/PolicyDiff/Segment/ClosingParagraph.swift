/// The closing paragraph of a plan or opinion: after the last item, the
/// document turns to its addressees (各地区各部门要认真落实本意见精神…) or
/// states when it takes effect (本方案自印发之日起施行), or the issuers sign and
/// date it (`SegmentationPass.startsSignature`). Recognised only by these
/// genre phrases, and only after the last item, so a body paragraph that
/// happens to address 各部门 is not cut off.
enum ClosingParagraph {
    /// The addressees a closing paragraph opens with.
    static let addresseeOpenings: [String] = [
        "各地区各部门", "各地区、各部门", "各地各部门", "各地、各部门", "各省、自治区、直辖市",
        "各省(区、市)", "各省（区、市）", "各区(市)", "各区（市）", "各区市", "各区、市", "各县区", "各县(区)",
        "各县（区）", "各县(市、区)", "各县（市、区）", "各县（市）", "各县(市)", "各市州", "各市(州)", "各市（州）",
        "各市、县", "各市县", "各有关部门", "各有关单位", "各级党委", "各级各部门", "各级政府", "各级人民政府",
        "各部门", "各单位", "地方各级",
    ]
    /// The document naming itself: a closing paragraph refers to the text it closes.
    static let selfReferences: [String] = [
        "本意见", "本实施意见", "本方案", "本实施方案", "本工作方案", "本通知", "本办法", "本实施办法",
        "本规定", "本细则", "本实施细则", "本计划", "本行动计划", "本决定", "本文件", "本纲要", "本规划",
        "本法", "本条例", "本实施条例", "本准则",
    ]
    static let selfReferenceFirsts = CharacterClass(Set(selfReferences.compactMap(\.first)))
    /// Words with which a law's last article says when it takes effect (本法自1994年1月1日起施行).
    static let effectVerbs: [String] = ["施行", "实施", "执行", "生效"]
    /// What a closing sentence of the document says about itself.
    static let effectPhrases: [String] = ["施行", "负责解释", "有效期", "起执行", "印发之日"]
    /// A signature is at most a few short lines of organ names above its date.
    static let maxSignatureLines = 4
    static let maxSignatureLineBytes = 120
    /// Addressee and self-reference must come early: a closing paragraph opens with them.
    static let selfReferenceWindow = 40

    static func matches(_ paragraph: String) -> Bool {
        // Compared scalar by scalar: this runs on every body line.
        let scalars = paragraph.unicodeScalars.drop { LabelPadding.containsScalar($0) }
        guard let first = scalars.first, first == "各" || first == "本" || first == "地" else { return false }
        if addresseeOpenings.contains(where: { scalars.starts(with: $0.unicodeScalars) }) {
            let head = String(String.UnicodeScalarView(scalars.prefix(selfReferenceWindow)))
            return selfReferences.contains { head.contains($0) }
        }
        if selfReferences.contains(where: { scalars.starts(with: $0.unicodeScalars) }) {
            let text = String(String.UnicodeScalarView(scalars))
            return effectPhrases.contains { text.contains($0) }
        }
        return false
    }

    /// The article that puts a regulation into force: it opens with the document
    /// naming itself and says from when (本办法自2017年5月1日起施行, 本条例自公布之日起施行).
    static func takesEffect(_ chars: ArraySlice<Character>) -> Bool {
        // Most articles open with no self-reference: passed over on their first character.
        guard let first = chars.first, selfReferenceFirsts.contains(first) else { return false }
        let text = characterString(chars.prefix(120))
        guard selfReferences.contains(where: { text.hasPrefix($0) }),
              let from = text.firstIndex(of: "自") else { return false }
        let rest = text[from...]
        let sentence = rest.prefix { $0 != "。" && $0 != "；" }
        return effectVerbs.contains { sentence.hasSuffix("起" + $0) || sentence.hasSuffix("之日" + $0) || sentence.hasSuffix($0) && sentence.contains("起") }
    }
}
