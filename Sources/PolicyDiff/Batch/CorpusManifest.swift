import Foundation

/// Corpus/manifest.txt: one block per document, blocks separated by a blank line,
/// each line "field: value", # for comments. Values override what is read from
/// the text (a researcher knows the date of issue better than a scraped page).
public struct CorpusManifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        /// Relative to the manifest's folder.
        public var file: String
        public var title: String?
        public var issuer: String?
        public var level: AdministrativeLevel?
        public var date: String?
        public var number: String?
        /// nil: the field is absent (infer from citations); "" : the top of its chain.
        public var implements: String?
        public var peers: [String]

        public init(id: String, file: String, title: String? = nil, issuer: String? = nil,
                    level: AdministrativeLevel? = nil, date: String? = nil, number: String? = nil,
                    implements: String? = nil, peers: [String] = []) {
            self.id = id
            self.file = file
            self.title = title
            self.issuer = issuer
            self.level = level
            self.date = date
            self.number = number
            self.implements = implements
            self.peers = peers
        }

        /// The manifest's values laid over what the text said.
        public func applied(to document: Document) -> Document {
            var d = document
            d.id = id
            if let title { d.metadata.title = title }
            if let issuer { d.metadata.issuer = issuer }
            if let level { d.metadata.level = level }
            if let date { d.metadata.date = date }
            if let number { d.metadata.docNumber = number }
            return d
        }
    }

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var reason: String
        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// The folder the manifest lives in; `file` values are relative to it.
    public var directory: String
    public var entries: [Entry]

    public init(directory: String, entries: [Entry]) {
        self.directory = directory
        self.entries = entries
    }

    public static func read(path: String) throws -> CorpusManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParseError(path: path, line: 0, reason: "cannot read the manifest")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ParseError(path: path, line: 0, reason: "the manifest is not UTF-8")
        }
        let directory = (path as NSString).deletingLastPathComponent
        return try parse(text, path: path, directory: directory.isEmpty ? "." : directory)
    }

    public static func parse(_ text: String, path: String, directory: String) throws -> CorpusManifest {
        var entries: [Entry] = []
        var fields: [(String, String, Int)] = []
        var blockLine = 0
        func flush() throws {
            defer { fields = [] }
            guard !fields.isEmpty else { return }
            entries.append(try entry(from: fields, path: path, line: blockLine))
        }
        var lineNumber = 0
        for raw in lines(of: text) {
            lineNumber += 1
            var line = String(raw)
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") { continue }
            if trimmed.isEmpty {
                try flush()
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw ParseError(path: path, line: lineNumber, reason: "expected \"field: value\", found \"\(trimmed)\"")
            }
            if fields.isEmpty { blockLine = lineNumber }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields.append((key, value, lineNumber))
        }
        try flush()
        var seen = Set<String>()
        for e in entries where !seen.insert(e.id).inserted {
            throw ParseError(path: path, line: 0, reason: "the id \"\(e.id)\" is used twice")
        }
        return CorpusManifest(directory: directory, entries: entries)
    }

    /// Lines ended by LF, CRLF (a manifest saved on Windows) or CR alone (old Mac
    /// editors). In a Swift String "\r\n" is one Character, so splitting on "\n"
    /// alone would leave a CRLF file as one long line.
    static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    static let knownFields: Set<String> = ["id", "file", "title", "issuer", "level", "date", "number", "implements", "peers"]

    private static func entry(from fields: [(String, String, Int)], path: String, line: Int) throws -> Entry {
        var values: [String: String] = [:]
        for (key, value, at) in fields {
            guard knownFields.contains(key) else {
                throw ParseError(path: path, line: at, reason: "unknown field \"\(key)\" (known: id, file, title, issuer, level, date, number, implements, peers)")
            }
            guard values[key] == nil else {
                throw ParseError(path: path, line: at, reason: "the field \"\(key)\" is given twice in one block")
            }
            values[key] = value
        }
        guard let id = values["id"], !id.isEmpty else {
            throw ParseError(path: path, line: line, reason: "a block has no id")
        }
        guard isValidID(id) else {
            throw ParseError(path: path, line: line, reason: "the id \"\(id)\" may hold only letters, digits and -")
        }
        guard let file = values["file"], !file.isEmpty else {
            throw ParseError(path: path, line: line, reason: "the block \"\(id)\" has no file")
        }
        var level: AdministrativeLevel?
        if let raw = values["level"], !raw.isEmpty {
            guard let parsed = AdministrativeLevel(rawValue: raw.lowercased()) else {
                throw ParseError(path: path, line: line, reason: "the block \"\(id)\" has level \"\(raw)\" (national, provincial, city or county)")
            }
            level = parsed
        }
        func optional(_ key: String) -> String? {
            guard let v = values[key], !v.isEmpty else { return nil }
            return v
        }
        let peers = (values["peers"] ?? "")
            .split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " })
            .map(String.init).filter { !$0.isEmpty }
        return Entry(id: id, file: file, title: optional("title"), issuer: optional("issuer"), level: level,
                     date: optional("date"), number: optional("number"), implements: values["implements"],
                     peers: peers)
    }

    /// A pair's file stem: two ids joined by "__".
    public static func isValidStem(_ stem: String) -> Bool {
        let parts = stem.components(separatedBy: "__")
        return parts.count == 2 && parts.allSatisfy(isValidID)
    }

    /// Ids name report files: ASCII letters, digits and -, nothing a path could abuse.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" }
    }
}
