/// Word's automatic numbering (word/numbering.xml). A numbered paragraph
/// carries no label in its text, only `w:numPr` (a list instance `numId` and a
/// level `ilvl`); the label a reader sees is the level's `w:lvlText`
/// (`%1、`, `（%1）`, `%1.`, `%1.%2`) with each `%n` replaced by the counter of
/// level n-1 in that level's `w:numFmt`. Without this, a plan typed with Word
/// lists loses every 一、 （一） 1. and with them its clause tree.
struct ListNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        /// `w:lvlRestart`: the level (1-based) after whose use this one restarts;
        /// nil = after any higher level (Word's default); 0 = never.
        var restartAfter: Int?
        /// `w:isLgl`: every %n shown as a decimal (1.1.1 under 第一章 lists).
        var legal = false
        /// `w:suff`: what stands between label and text (tab, space, nothing).
        var suffix = "tab"
        /// `w:pStyle`: the paragraph style this level is linked to (Heading 1 → level 0).
        var paragraphStyle: String?
    }

    struct Instance {
        var abstractID: String
        /// `w:lvlOverride/w:startOverride` per level: the instance restarts there.
        var startOverrides: [Int: Int]
        /// `w:lvlOverride/w:lvl`: a level redefined for this instance alone.
        var levelOverrides: [Int: Level]
    }

    var abstracts: [String: [Int: Level]] = [:]
    var instances: [String: Instance] = [:]

    init() {}

    init(part root: OOXMLElement) {
        for element in root.children where element.isWordML {
            switch element.name {
            case "abstractNum":
                guard let id = element.attribute("abstractNumId") else { continue }
                abstracts[id] = Self.levels(of: element)
            case "num":
                guard let id = element.attribute("numId"), let abstract = element.value(of: "abstractNumId") else { continue }
                var starts: [Int: Int] = [:]
                var overrides: [Int: Level] = [:]
                for override in element.children where override.name == "lvlOverride" {
                    guard let level = override.attribute("ilvl").flatMap(Int.init) else { continue }
                    if let start = override.value(of: "startOverride").flatMap(Int.init) { starts[level] = start }
                    if let lvl = override.child("lvl") { overrides[level] = Self.level(lvl) }
                }
                instances[id] = Instance(abstractID: abstract, startOverrides: starts, levelOverrides: overrides)
            default:
                continue
            }
        }
    }

    /// The level of list `numID` linked to a paragraph style, if one is.
    func levelIndex(numID: String, paragraphStyle: String) -> Int? {
        guard let instance = instances[numID], let levels = abstracts[instance.abstractID] else { return nil }
        return levels.keys.sorted().first { levels[$0]?.paragraphStyle == paragraphStyle }
    }

    func level(numID: String, ilvl: Int) -> Level? {
        guard let instance = instances[numID] else { return nil }
        if let override = instance.levelOverrides[ilvl] { return override }
        return abstracts[instance.abstractID]?[ilvl]
    }

    private static func levels(of abstract: OOXMLElement) -> [Int: Level] {
        var out: [Int: Level] = [:]
        for lvl in abstract.children where lvl.name == "lvl" {
            guard let index = lvl.attribute("ilvl").flatMap(Int.init) else { continue }
            out[index] = level(lvl)
        }
        return out
    }

    private static func level(_ lvl: OOXMLElement) -> Level {
        var level = Level()
        if let start = lvl.value(of: "start").flatMap(Int.init) { level.start = start }
        if let format = lvl.value(of: "numFmt") { level.format = format }
        if let text = lvl.value(of: "lvlText") { level.text = text }
        if let restart = lvl.value(of: "lvlRestart").flatMap(Int.init) { level.restartAfter = restart }
        level.legal = lvl.flag("isLgl")
        if let suffix = lvl.value(of: "suff") { level.suffix = suffix }
        level.paragraphStyle = lvl.value(of: "pStyle")
        return level
    }
}

/// The counters of a walk through the document, in reading order. Word keeps
/// one set of counters per list: paragraphs of list instances that share an
/// abstract definition and do not restart it (no `startOverride`) continue one
/// another's numbering; an instance with a `startOverride` starts afresh.
struct ListCounters {
    private var counters: [String: [Int: Int]] = [:]
    private var started: Set<String> = []
    let numbering: ListNumbering

    init(numbering: ListNumbering) {
        self.numbering = numbering
    }

    /// The label of the next paragraph numbered (numID, ilvl), with the text
    /// that follows it; nil for numID 0 (numbering switched off) or an
    /// unknown list.
    mutating func nextLabel(numID: String, ilvl: Int) -> String? {
        guard numID != "0", let instance = numbering.instances[numID],
              let level = numbering.level(numID: numID, ilvl: ilvl) else { return nil }
        let key = instance.startOverrides.isEmpty ? "abstract:" + instance.abstractID : "num:" + numID
        var values = counters[key] ?? [:]
        if !instance.startOverrides.isEmpty && !started.contains(numID) {
            started.insert(numID)
            values = [:]
            for (lvl, start) in instance.startOverrides { values[lvl] = start - 1 }
        }
        values[ilvl] = (values[ilvl] ?? (start(numID: numID, ilvl: ilvl) - 1)) + 1
        // Deeper levels restart after this one, unless their lvlRestart says otherwise.
        for deeper in (ilvl + 1)..<9 {
            let restart = numbering.level(numID: numID, ilvl: deeper)?.restartAfter
            if restart == 0 { continue }
            if let restart, restart - 1 < ilvl { continue }
            values[deeper] = nil
        }
        counters[key] = values
        return render(level, values: values, numID: numID)
    }

    private func start(numID: String, ilvl: Int) -> Int {
        numbering.instances[numID]?.startOverrides[ilvl] ?? numbering.level(numID: numID, ilvl: ilvl)?.start ?? 1
    }

    private func render(_ level: Level, values: [Int: Int], numID: String) -> String {
        if level.format == "bullet" || level.format == "none" && !level.text.contains("%") { return "" }
        var out = ""
        let chars = Array(level.text)
        var i = 0
        while i < chars.count {
            if chars[i] == "%", i + 1 < chars.count, let n = chars[i + 1].wholeNumberValue, (1...9).contains(n) {
                let lvl = n - 1
                let value = values[lvl] ?? start(numID: numID, ilvl: lvl)
                let format = level.legal ? "decimal" : (numbering.level(numID: numID, ilvl: lvl)?.format ?? "decimal")
                out += ListNumberFormat.render(value, format: format)
                i += 2
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out + (level.suffix == "space" ? " " : "")
    }

    typealias Level = ListNumbering.Level
}
