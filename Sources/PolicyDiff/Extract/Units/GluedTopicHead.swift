import Foundation

/// Items keyed by topic glue the topic before the office that answers for it:
/// （4）河道区水务局负责… and （6）计量管理区绿化市容局负责… are 区水务局 and 区绿化市容局, with 河道
/// and 计量管理 the items' topics. A place before a level word looks the same (青浦区水务局),
/// so the document decides: a glued name is cut at its level word only when
///  - the document names the office without the head elsewhere (区水务局 is read alone),
///  - head + level word occurs nowhere in the document but inside this name (a place is
///    named with its level word elsewhere too: 青浦区人民政府, 青浦区土方管理平台), and
///  - the head is no place with its own level word (上海市市场监管局) and the office is no
///    word starting with a level character (市场监管局).
struct GluedTopicHead {
    /// Every name read in the document, lead or responsible.
    let names: Set<String>
    /// The clauses' texts as scalars: the counts below walk them once per word,
    /// without Foundation's search (the same count on the genre's plain text).
    let clauseScalars: [[Unicode.Scalar]]

    init(document: Document) {
        var names = Set<String>()
        for clause in document.clauses {
            for a in clause.assignments { names.formUnion(a.lead); names.formUnion(a.responsible) }
        }
        self.names = names
        clauseScalars = document.clauses.map { Array($0.text.unicodeScalars) }
    }

    /// Glued names and the office each stands for.
    func offices() -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let office = office(in: name) { result[name] = office }
        }
        return result
    }

    func office(in name: String) -> String? {
        let characters = Array(name)
        guard characters.count >= 6 else { return nil }
        // Counted once, and only for a name that has a candidate cut.
        var nameCount: Int? = nil
        for p in 2..<(characters.count - 3) where UnitTagForm.levelCharacters.contains(characters[p]) {
            let head = Array(characters[..<p]), office = Array(characters[p...])
            guard names.contains(String(office)), !UnitLevelPrefix.startsWithFalseHead(office),
                  let last = head.last, !UnitTagForm.levelCharacters.contains(last),
                  !UnitLevelPrefix.provinces.contains(where: { head.starts(with: $0) }) else { continue }
            let gluedCharacters = head + [characters[p]]
            // 浦东新区, 临夏回族自治州: a place end of two characters or more is a place.
            if UnitLevelPrefix.placeEnds.contains(where: { $0.count > 1 && gluedCharacters.endsWith($0) }) { continue }
            let glued = String(gluedCharacters)
            let count = nameCount ?? occurrences(of: name)
            nameCount = count
            if occurrences(of: glued) == count { return String(office) }
        }
        return nil
    }

    /// Non-overlapping occurrences of `word` in the clauses' texts.
    private func occurrences(of word: String) -> Int {
        let needle = Array(word.unicodeScalars)
        guard let first = needle.first else { return 0 }
        var count = 0
        for text in clauseScalars where text.count >= needle.count {
            var i = 0
            while i + needle.count <= text.count {
                if text[i] == first, text[i..<(i + needle.count)].elementsEqual(needle) {
                    count += 1
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return count
    }
}

extension Document {
    /// Assignments with glued topic heads cut off their names (`GluedTopicHead`).
    func cuttingGluedTopicHeads(catalog: UnitRoleCatalog) -> Document {
        let offices = GluedTopicHead(document: self).offices()
        guard !offices.isEmpty else { return self }
        var document = self
        for c in document.clauses.indices {
            for k in document.clauses[c].assignments.indices {
                var a = document.clauses[c].assignments[k]
                guard (a.lead + a.responsible).contains(where: { offices[$0] != nil }) else { continue }
                a.lead = a.lead.map { offices[$0] ?? $0 }
                a.responsible = a.responsible.map { offices[$0] ?? $0 }
                a.leadRoles = a.lead.map(catalog.role(of:))
                a.responsibleRoles = a.responsible.map(catalog.role(of:))
                document.clauses[c].assignments[k] = a
            }
        }
        return document
    }
}
