import Foundation

/// The canonical roles of offices, read from a table a researcher edits by hand
/// (Resources/unit-roles.tsv): one role per line with its names, related roles
/// and a note. `role(of:)` gives the role of a name as written in a unit tag.
public struct UnitRoleCatalog: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var role: String
        public var names: [String]
        /// Roles of the same line of work that a reform merged or split (质监局 → 市场监管局).
        public var related: [String]
        public var note: String

        public init(role: String, names: [String], related: [String] = [], note: String = "") {
            self.role = role
            self.names = names
            self.related = related
            self.note = note
        }
    }

    public struct LoadError: Error, Equatable, CustomStringConvertible {
        public var source: String
        public var line: Int?
        public var reason: String
        public var description: String {
            line.map { "\(source):\($0): \(reason)" } ?? "\(source): \(reason)"
        }
    }

    /// Entries in file order; later entries (an override file) win for a name.
    public private(set) var entries: [Entry]
    private var roleByName: [String: String] = [:]
    private var relatedByRole: [String: [String]] = [:]

    public init(entries: [Entry]) {
        self.entries = []
        for entry in entries { add(entry) }
    }

    /// Reads the tab-separated table (see the header of Resources/unit-roles.tsv).
    /// `source` names the file in error messages.
    public init(tsv text: String, source: String) throws(LoadError) {
        var entries: [Entry] = []
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = String(rawLine)
            if index == 0, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard columns.count >= 2, columns.count <= 4 else {
                throw LoadError(source: source, line: index + 1,
                                reason: "expected 2 to 4 tab-separated columns (role, names, related, note), found \(columns.count)")
            }
            let role = columns[0]
            guard !role.isEmpty else {
                throw LoadError(source: source, line: index + 1, reason: "the role column is empty")
            }
            let names = UnitRoleCatalog.list(columns[1])
            guard !names.isEmpty else {
                throw LoadError(source: source, line: index + 1, reason: "role \(role) lists no names")
            }
            entries.append(Entry(role: role, names: names,
                                 related: columns.count > 2 ? UnitRoleCatalog.list(columns[2]) : [],
                                 note: columns.count > 3 ? columns[3] : ""))
        }
        self.init(entries: entries)
    }

    /// Reads a table from a file (an extra or override alias list).
    public init(contentsOf path: String) throws(LoadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(source: path, line: nil, reason: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(source: path, line: nil, reason: "not UTF-8 text")
        }
        try self.init(tsv: text, source: path)
    }

    /// The table shipped with policydiff (Resources/unit-roles.tsv).
    public static let standard: UnitRoleCatalog = {
        guard let path = GenreDataFile.path(of: "unit-roles.tsv"),
              let catalog = try? UnitRoleCatalog(contentsOf: path) else {
            return UnitRoleCatalog(entries: [])
        }
        return catalog
    }()

    /// This catalog with `other`'s entries added; where both name an office, `other` wins.
    public func merged(with other: UnitRoleCatalog) -> UnitRoleCatalog {
        var copy = self
        for entry in other.entries { copy.add(entry) }
        return copy
    }

    /// The canonical role of a name as written: 省质监局 → 质监局, 市发改委 → 发改委,
    /// 省人力资源社会保障厅 → 人社局, 各市州 → 各地政府. A name the table does not know
    /// gets its level head stripped by rule (省国防科工办 → 国防科工办).
    public func role(of name: String) -> String {
        let written = UnitRoleCatalog.key(name)
        guard !written.isEmpty else { return name }
        var current = Array(written)
        var forms: [[Character]] = []
        while true {
            let key = String(current)
            if let role = roleByName[key] { return role }
            if let collective = CollectiveUnit.role(of: current) { return collective }
            // 市民政局, 区绿化市容局: a level word whose rest is an office the table
            // knows is a level prefix, even where the level character and the next
            // one make a word (市民, 市容) that stops the rule-based strip below.
            if let known = knownAfterLevelWord(current) { return known }
            forms.append(current)
            guard let stripped = UnitLevelPrefix.strip(current) else { break }
            current = stripped
        }
        // A branch office of a 直辖市's bureau in a district is named 公安青浦分局 or
        // 市公安局浦东分局: the line of its bureau.
        for form in forms {
            if let role = branchRole(form) { return role }
        }
        // Laws and plans name a line of work by its department (教育行政部门,
        // 农业农村主管部门, 市场监督管理部门): the office of that line, if the table knows it.
        for form in forms {
            if let role = functionalRole(form) { return role }
        }
        // A city named without its level word (合肥海关, 青岛海关): the rest must be an
        // office the table knows, or any two characters would be cut from any name.
        for form in forms where form.count >= UnitLevelPrefix.bareCityLength + 2 && !UnitLevelPrefix.startsWithFalseHead(form) {
            if let role = roleByName[String(form.dropFirst(UnitLevelPrefix.bareCityLength))] { return role }
        }
        // 村(居)民委员会, 乡镇人民政府(街道办事处): a name as written with a bracket inside that
        // the table does not know has the office of the name without it.
        if written.contains("(") {
            let bare = UnitRoleCatalog.droppingBrackets(written)
            if !bare.isEmpty, bare != written { return role(of: bare) }
        }
        return String(current)
    }

    static func droppingBrackets(_ name: String) -> String {
        var depth = 0
        var result = ""
        for c in name {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(c) }
        }
        return result
    }

    static let branchEnds: [[Character]] = ["分局", "支局", "分所"].map { Array($0) }

    private func branchRole(_ name: [Character]) -> String? {
        guard let end = UnitRoleCatalog.branchEnds.first(where: { name.count >= $0.count + 4 && name.endsWith($0) }) else { return nil }
        let body = Array(name.dropLast(end.count))
        // The branch's place is two or three characters before 分局.
        for placeLength in [2, 3] where body.count - placeLength >= 2 {
            let bureau = Array(body.dropLast(placeLength))
            if let role = roleByName[String(bureau)] ?? roleByName[String(bureau + ["局"])] { return role }
            if let stripped = UnitLevelPrefix.strip(bureau),
               let role = roleByName[String(stripped)] ?? roleByName[String(stripped + ["局"])] { return role }
        }
        return nil
    }

    static let functionalEnds: [[Character]] = ["行政主管部门", "主管部门", "行政部门", "管理部门", "部门"].map { Array($0) }
    static let officeEnds: [[Character]] = ["局", "委", "厅", "管理局"].map { Array($0) }

    private func functionalRole(_ name: [Character]) -> String? {
        for end in UnitRoleCatalog.functionalEnds where name.count >= end.count + 2 && name.endsWith(end) {
            let stem = Array(name.dropLast(end.count))
            for office in UnitRoleCatalog.officeEnds {
                if let role = roleByName[String(stem + office)] { return role }
            }
            return nil
        }
        return nil
    }

    /// Whether `stem` names a line of work the table knows (农业农村, 规划资源,
    /// 工业和信息化): stem + 局/委/厅/部/部门 is one of its names, level head or not.
    func knowsLine(_ stem: [Character]) -> Bool {
        var form = stem
        while true {
            for end in UnitRoleCatalog.lineEnds where roleByName[String(form + end)] != nil { return true }
            guard let stripped = UnitLevelPrefix.strip(form + ["局"]) else { return false }
            form = Array(stripped.dropLast())
        }
    }

    static let lineEnds: [[Character]] = ["局", "委", "厅", "部", "部门", "管理局"].map { Array($0) }

    private func knownAfterLevelWord(_ name: [Character]) -> String? {
        for w in UnitLevelPrefix.levelWords where name.count >= w.count + 2 && name.starts(with: w) {
            if let role = roleByName[String(name[w.count...])] { return role }
        }
        return nil
    }

    /// Roles of the same line of work as `role`, both ways, in table order.
    public func related(to role: String) -> [String] {
        relatedByRole[role] ?? []
    }

    /// Whether two roles are the same office or related by a reform.
    public func areRelated(_ a: String, _ b: String) -> Bool {
        a == b || related(to: a).contains(b)
    }

    private mutating func add(_ entry: Entry) {
        entries.append(entry)
        for name in entry.names {
            roleByName[UnitRoleCatalog.key(name)] = entry.role
        }
        roleByName[UnitRoleCatalog.key(entry.role)] = roleByName[UnitRoleCatalog.key(entry.role)] ?? entry.role
        for other in entry.related where other != entry.role {
            if !(relatedByRole[entry.role] ?? []).contains(other) { relatedByRole[entry.role, default: []].append(other) }
            if !(relatedByRole[other] ?? []).contains(entry.role) { relatedByRole[other, default: []].append(entry.role) }
        }
    }

    /// Names compare without spaces and with full-width forms folded (（ → (), as
    /// text copied from web pages mixes both.
    static func key(_ name: String) -> String {
        // Most names are Han characters (and ASCII letters or digits) only, which
        // compatibility mapping leaves as they are and which hold no space: the
        // name is its own key, without Foundation's normalisation.
        if name.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }) {
            return name
        }
        return String(name.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace })
    }

    private static func list(_ column: String) -> [String] {
        column.split(whereSeparator: { $0 == "," || $0 == "，" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
