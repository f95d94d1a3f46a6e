import Foundation

/// A pair's JSON file: the comparison contract (policydiff.comparison/1) with one
/// added field, `pair`, saying why the pair was made and what its files are called,
/// so that `policydiff index` can rebuild index.html from the files alone.
public enum PairJSON {
    public static func render(_ c: Comparison, pair: PlannedPair) -> String {
        render(c, pair: pair, figures: ReportFigures(c), patterns: UnitPatterns(c))
    }

    static func render(_ c: Comparison, pair: PlannedPair, figures: ReportFigures, patterns: UnitPatterns) -> String {
        guard case .object(var fields) = ComparisonJSON.value(of: c, figures: figures, patterns: patterns) else {
            return ComparisonJSON.render(c)
        }
        fields.append(("pair", .object([
            ("relation", .string(pair.relation.rawValue)),
            ("stem", .string(pair.stem)),
        ])))
        return JSONValue.object(fields).serialized() + "\n"
    }

    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// nil when the file is JSON of another kind (not a pair of a corpus run).
    public static func read(path: String) throws -> (Comparison, PairRelation, String)? {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, reason: "cannot read the file")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ReadError(path: path, reason: "not valid JSON")
        }
        guard let root = object as? [String: Any], root["format"] as? String == ComparisonJSON.format,
              let pair = root["pair"] as? [String: Any] else { return nil }
        guard let relationName = pair["relation"] as? String, let relation = PairRelation(rawValue: relationName),
              let stem = pair["stem"] as? String, CorpusManifest.isValidStem(stem),
              let reference = (root["reference"] as? [String: Any]).flatMap(JSONFields.document),
              let local = (root["local"] as? [String: Any]).flatMap(JSONFields.document) else {
            throw ReadError(path: path, reason: "a policydiff.comparison/1 file whose pair, reference or local field is broken")
        }
        var c = Comparison(
            reference: reference, local: local,
            alignments: JSONFields.objects(root["alignments"]).map(JSONFields.alignment),
            omissions: JSONFields.strings(root["omissions"]),
            additions: JSONFields.strings(root["additions"]),
            unverifiable: JSONFields.strings(root["unverifiable"]),
            numberChanges: JSONFields.objects(root["numberChanges"]).compactMap(JSONFields.numberChange),
            unitChanges: JSONFields.objects(root["unitChanges"]).compactMap(JSONFields.unitChange))
        c.referenceTruncated = root["referenceTruncated"] as? Bool ?? false
        return (c, relation, stem)
    }
}

/// Reading the contract's objects back (Foundation's JSONSerialization gives
/// dictionaries; nothing here iterates them, so no key order can leak out).
enum JSONFields {
    static func string(_ v: Any?) -> String? { v as? String }
    static func strings(_ v: Any?) -> [String] { (v as? [Any])?.compactMap { $0 as? String } ?? [] }
    static func objects(_ v: Any?) -> [[String: Any]] { (v as? [Any])?.compactMap { $0 as? [String: Any] } ?? [] }
    static func number(_ v: Any?) -> Double? {
        if v is NSNull { return nil }
        return (v as? NSNumber)?.doubleValue
    }
    static func int(_ v: Any?) -> Int? {
        guard let n = number(v), n.isFinite, abs(n) < 1e15 else { return nil }
        return Int(n)
    }

    static func document(_ o: [String: Any]) -> Document? {
        guard let id = string(o["id"]), let source = string(o["source"]) else { return nil }
        let metadata = DocumentMetadata(
            title: string(o["title"]), issuer: string(o["issuer"]),
            level: string(o["level"]).flatMap(AdministrativeLevel.init(rawValue:)) ?? .unknown,
            date: string(o["date"]), docNumber: string(o["docNumber"]),
            cites: objects(o["cites"]).compactMap { c in
                string(c["title"]).map { Citation(title: $0, docNumber: string(c["docNumber"])) }
            })
        let warnings = objects(o["warnings"]).compactMap { w -> DocumentWarning? in
            guard let code = string(w["code"]).flatMap(WarningCode.init(rawValue:)) else { return nil }
            return DocumentWarning(code: code, message: string(w["message"]) ?? "", clause: string(w["clause"]))
        }
        let clauses = objects(o["clauses"]).compactMap(clause)
        return Document(id: id, source: source, metadata: metadata, warnings: warnings, clauses: clauses)
    }

    static func clause(_ o: [String: Any]) -> Clause? {
        guard let id = string(o["id"]) else { return nil }
        return Clause(id: id, parent: string(o["parent"]), path: strings(o["path"]), label: string(o["label"]),
                      kind: string(o["kind"]).flatMap(ClauseKind.init(rawValue:)) ?? .numbered,
                      title: string(o["title"]), text: string(o["text"]) ?? "",
                      targets: objects(o["targets"]).compactMap(target),
                      assignments: objects(o["assignments"]).map { a in
                          Assignment(lead: strings(a["lead"]), responsible: strings(a["responsible"]),
                                     leadRoles: strings(a["leadRoles"]), responsibleRoles: strings(a["responsibleRoles"]),
                                     text: string(a["text"]) ?? "",
                                     source: string(a["source"]).flatMap(AssignmentSource.init(rawValue:)) ?? .tag)
                      })
    }

    static func target(_ o: [String: Any]) -> Target? {
        guard let indicator = string(o["indicator"]), let value = number(o["value"]) else { return nil }
        return Target(indicator: indicator, value: value, valueMax: number(o["valueMax"]), unit: string(o["unit"]) ?? "",
                      comparator: string(o["comparator"]).flatMap(Comparator.init(rawValue:)) ?? .equal,
                      year: int(o["year"]), period: string(o["period"]).flatMap(Period.init(rawValue:)),
                      text: string(o["text"]) ?? "")
    }

    static func alignment(_ o: [String: Any]) -> Alignment {
        Alignment(reference: strings(o["reference"]), local: strings(o["local"]), score: number(o["score"]) ?? 0,
                  kind: string(o["kind"]).flatMap(AlignmentKind.init(rawValue:)) ?? .match,
                  reason: string(o["reason"]) ?? "", droppedSentences: strings(o["droppedSentences"]),
                  addedSentences: strings(o["addedSentences"]),
                  diff: objects(o["diff"]).compactMap { d in
                      guard let op = string(d["op"]).flatMap(DiffSegment.Operation.init(rawValue:)) else { return nil }
                      return DiffSegment(op, string(d["text"]) ?? "")
                  })
    }

    static func numberChange(_ o: [String: Any]) -> NumberChange? {
        guard let change = string(o["change"]).flatMap(NumberChange.Change.init(rawValue:)) else { return nil }
        return NumberChange(reference: string(o["reference"]), local: string(o["local"]),
                            indicator: string(o["indicator"]) ?? "",
                            from: (o["from"] as? [String: Any]).flatMap(target),
                            to: (o["to"] as? [String: Any]).flatMap(target), change: change)
    }

    static func unitChange(_ o: [String: Any]) -> UnitChange? {
        guard let reference = string(o["reference"]), let local = string(o["local"]) else { return nil }
        var change = UnitChange(reference: reference, local: local, leadAdded: strings(o["leadAdded"]),
                                leadRemoved: strings(o["leadRemoved"]), responsibleAdded: strings(o["responsibleAdded"]),
                                responsibleRemoved: strings(o["responsibleRemoved"]))
        change.leadRenamed = renamings(o["leadRenamed"])
        change.responsibleRenamed = renamings(o["responsibleRenamed"])
        return change
    }

    static func renamings(_ value: Any?) -> [UnitRenaming] {
        ((value as? [Any]) ?? []).compactMap { item in
            guard let o = item as? [String: Any], let from = string(o["from"]), let to = string(o["to"]) else { return nil }
            return UnitRenaming(from: from, to: to)
        }
    }
}
