/// Responsible units of laws, regulations and 实施办法, read from the subject of
/// their duties: an article says who 应当/负责/可以 do a thing, or 由 whom it is done.
/// - X应当… / X负责… / X可以… / X依照本法规定，负责… — X is responsible;
/// - X…的，应当… / X…时，可以… — the subject of a condition carries on to its duty
///   when the next phrase has no subject of its own (…的，双方当事人可以… has one);
/// - X会同Y… / A、B应当会同C… — X (A and B) lead, Y (C) take part;
/// - 由X责令改正 / 本办法由X组织实施 / 由X会同Y制定 — X is the agent;
/// - X和Y按照各自职责，负责… — each is responsible.
/// Names are read by `StatutoryNameList`; offices named only as objects (向X投诉,
/// 经X批准, 督促X…) are no subject and are not read; bodies that are not
/// administrative units (消费者协会, 人民法院 …) are dropped from a subject.
struct StatutoryDuty {
    typealias Form = StatutoryDutyForm
    var list = StatutoryNameList()

    struct Reading: Equatable {
        var lead: [String]
        var responsible: [String]
        /// The words the names were read from (省工商行政管理部门应当会同省质量技术监督、商务主管部门).
        var text: String
    }

    /// Whether a clause is an article of a law or regulation (its path holds 第X条):
    /// the genre whose duties this reads. Plans keep their own readers.
    static func appliesTo(_ clause: Clause) -> Bool {
        clause.path.contains { ArticleLabel.isArticle(Array($0)) }
    }

    /// The duties of a paragraph, in reading order.
    func readings(in paragraph: [Character]) -> [Reading] {
        let text = ArticleLabel.dropped(from: ArraySlice(paragraph))
        var result: [Reading] = []
        var sentence: [Character] = []
        for c in text {
            if ProseResponsibilityForm.sentenceEnds.contains(c) {
                result += readings(inSentence: sentence)
                sentence = []
            } else {
                sentence.append(c)
            }
        }
        result += readings(inSentence: sentence)
        return result
    }

    private func readings(inSentence s: [Character]) -> [Reading] {
        var result: [Reading] = []
        var consumedTo = 0
        var i = 0
        while i < s.count {
            let phraseStart = i == 0 || Form.phraseBreaks.contains(s[i - 1])
            if i >= consumedTo, phraseStart, let (reading, end) = subjectDuty(s, at: i) {
                result.append(reading)
                consumedTo = end
            } else if i >= consumedTo, s[i] == Form.agentWord, let (reading, end) = agentDuty(s, at: i) {
                result.append(reading)
                consumedTo = end
            }
            i += 1
        }
        return result
    }

    /// X应当… at the head of a phrase.
    private func subjectDuty(_ s: [Character], at start: Int) -> (Reading, Int)? {
        var k = start
        while k < s.count, s[k].isWhitespace { k += 1 }
        // 由X… is the agent's form, read where 由 stands.
        guard k < s.count, s[k] != Form.agentWord else { return nil }
        if let anaphor = Form.anaphors.match(in: s, at: k), k + anaphor.length < s.count,
           carriesDuty(s, after: k + anaphor.length) {
            return referent(s, before: k).map { referent in
                let units = referent.names.filter { !StatutoryNameList.isNonUnit($0) }
                return (Reading(lead: [], responsible: units, text: characterString(s[referent.start..<(k + anaphor.length)])),
                        k + anaphor.length)
            }.flatMap { $0.0.responsible.isEmpty ? nil : $0 }
        }
        if let (names, end) = departmentsByWork(s, from: k), end < s.count, carriesDuty(s, after: end) {
            return (Reading(lead: [], responsible: names, text: characterString(s[k..<end])), end)
        }
        guard let (names, end) = longestNames(s, from: k, phraseOnly: true), end < s.count, s[end] != "的" else { return nil }
        guard !continuesList(s, at: end), carriesDuty(s, after: end) else { return nil }
        return reading(subject: names, s, from: k, subjectEnd: end)
    }

    /// 由X… anywhere in a phrase: X is the agent of the act that follows.
    private func agentDuty(_ s: [Character], at k: Int) -> (Reading, Int)? {
        guard k + 1 < s.count, !ProseResponsibilityForm.notAgentAfterYou.contains(s[k + 1]),
              k == 0 || !Form.notAgentBefore.contains(s[k - 1]),
              let (names, end) = longestNames(s, from: k + 1, phraseOnly: true), end < s.count,
              s[end] != "的", !Form.phraseBreaks.contains(s[end]) else { return nil }
        // 由有关部门和行业协会、…代表等组成: the list runs on past the offices; no agent.
        guard !continuesList(s, at: end) else { return nil }
        return reading(subject: names, s, from: k, subjectEnd: end)
    }

    private func continuesList(_ s: [Character], at end: Int) -> Bool {
        s[end] == "、" || Form.listWords.match(in: s, at: end) != nil
    }

    /// The subject's names, with 会同Y's partners when its phrase holds them.
    private func reading(subject: [String], _ s: [Character], from start: Int, subjectEnd: Int) -> (Reading, Int)? {
        let units = subject.filter { !StatutoryNameList.isNonUnit($0) }
        guard !units.isEmpty else { return nil }
        var end = subjectEnd
        var partners: [String] = []
        var j = subjectEnd
        while j < s.count, !Form.phraseBreaks.contains(s[j]) {
            if let joint = Form.jointWords.match(in: s, at: j) {
                if let (names, namesEnd) = longestNames(s, from: j + joint.length, phraseOnly: true) {
                    partners = names.filter { !StatutoryNameList.isNonUnit($0) }
                    end = namesEnd
                }
                break
            }
            j += 1
        }
        let text = characterString(s[start..<end])
        if partners.isEmpty { return (Reading(lead: [], responsible: units, text: text), end) }
        return (Reading(lead: units, responsible: partners, text: text), end)
    }

    /// The offices 该部门 refers to: the last ones named earlier in the sentence, as the
    /// object of 向/经/由/请求 or at its head (消费者向有关行政部门投诉的，该部门应当…).
    private func referent(_ s: [Character], before k: Int) -> (names: [String], start: Int)? {
        var found: (names: [String], start: Int)? = nil
        var p = 0
        while p < k {
            if p == 0 || Form.referentIntroducers.contains(s[p - 1]),
               let (names, end) = longestNames(s, from: p, phraseOnly: true), end <= k {
                found = (names, p)
                p = end
                continue
            }
            p += 1
        }
        return found
    }

    /// [level] 负责A、B等管理工作的部门和机构: a law names departments by the work they
    /// are charged with; each line is its department (A部门, B部门), with the level.
    private func departmentsByWork(_ s: [Character], from k: Int) -> ([String], Int)? {
        var i = k
        var level: [Character] = []
        if let word = Form.statutoryLevels.match(in: s, at: i) {
            level = Array(s[i..<(i + word.length)])
            i += word.length
        }
        guard let head = Form.chargedWith.match(in: s, at: i) else { return nil }
        i += head.length
        let limit = min(s.count, i + Form.longestSubject)
        guard let close = (i..<limit).first(where: { Form.workOf.match(in: s, at: $0) != nil }),
              let work = Form.workOf.match(in: s, at: close),
              let department = Form.workDepartments.match(in: s, at: close + work.length) else { return nil }
        var lines = Array(s[i..<close])
        if let shared = Form.sharedWorkWords.suffix(of: lines) { lines.removeLast(shared.length) }
        if lines.last == "等" { lines.removeLast() }
        var names: [String] = []
        for item in lines.split(separator: "、") {
            guard item.count >= 2, item.count <= Form.longestLine + 4, !item.contains(where: Form.proseMarks.contains),
                  !item.contains("的") else { return nil }
            names.append(characterString(level + Array(item) + Array("部门")))
        }
        guard !names.isEmpty else { return nil }
        return (names, close + work.length + department.length)
    }

    /// The longest list of office names starting at `k`, within its phrase.
    private func longestNames(_ s: [Character], from k: Int, phraseOnly: Bool) -> ([String], Int)? {
        guard k < s.count else { return nil }
        var limit = min(s.count, k + Form.longestSubject)
        if phraseOnly, let b = s[k..<limit].firstIndex(where: { Form.phraseBreaks.contains($0) || Form.proseMarks.contains($0) }) {
            limit = b
        }
        var end = limit
        while end > k + 1 {
            let last = s[end - 1]
            guard last == "）" || last == ")" || Form.officeFinals.contains(last) else { end -= 1; continue }
            let candidate = s[k..<end]
            if list.endsLikeOffice(Array(candidate)) || candidate.last == "）" || candidate.last == ")",
               let names = list.names(in: candidate) {
                return (names, end)
            }
            end -= 1
        }
        return nil
    }

    /// Whether the subject ending at `end` is the subject of a duty: a modal follows
    /// in its phrase, or the phrase is a condition (…的，/…时，) whose next phrase
    /// opens with the modal (…的，应当…); a later phrase with a modal inside it has a
    /// subject of its own.
    private func carriesDuty(_ s: [Character], after end: Int) -> Bool {
        if Form.headModals.match(in: s, at: end) != nil || Form.dutyFrames.match(in: s, at: end) != nil { return true }
        var j = end
        while j < s.count, !Form.phraseBreaks.contains(s[j]) {
            if Form.modals.match(in: s, at: j) != nil { return true }
            j += 1
        }
        var phrases = 0
        while j < s.count, phrases < 4 {
            j += 1
            phrases += 1
            var head = j
            while head < s.count, let adverb = Form.phraseAdverbs.match(in: s, at: head) { head += adverb.length }
            if Form.headModals.match(in: s, at: head) != nil { return true }
            while j < s.count, !Form.phraseBreaks.contains(s[j]) {
                if Form.modals.match(in: s, at: j) != nil { return false }
                j += 1
            }
        }
        return false
    }
}

/// 第三条 at the head of an article's first paragraph is the article's number, not
/// part of the sentence's subject (the segmenter keeps it in the clause's text).
enum ArticleLabel {
    static let numerals = CharacterClass("零一二三四五六七八九十百千〇0123456789")

    /// Whether `word` is an article label (第三条, 第一百零二条).
    static func isArticle(_ word: [Character]) -> Bool {
        guard word.count >= 3, word.first == "第", word.last == "条" else { return false }
        return word.dropFirst().dropLast().allSatisfy(numerals.contains)
    }

    /// The text without a leading 第X条 label and the space after it.
    static func dropped(from s: ArraySlice<Character>) -> ArraySlice<Character> {
        var t = s
        while let c = t.first, c.isWhitespace { t = t.dropFirst() }
        // 笫 is a common misprint of 第 in published regulations.
        guard t.first == "第" || t.first == "笫" else { return s }
        var k = t.startIndex + 1
        while k < t.endIndex, numerals.contains(t[k]) { k += 1 }
        guard k > t.startIndex + 1, k < t.endIndex, t[k] == "条" else { return s }
        t = t[(k + 1)...]
        // A label stands apart from its sentence; 第四条规定的… is a reference, not a label.
        guard let separator = t.first, separator.isWhitespace || separator == "：" || separator == ":" else { return s }
        while let c = t.first, c.isWhitespace || c == "：" || c == ":" { t = t.dropFirst() }
        return t
    }
}
