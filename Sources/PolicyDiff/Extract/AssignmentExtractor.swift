/// Reads lead and responsible units out of every clause: one `Assignment` per unit
/// tag ((牵头单位:X;责任单位:Y), (X牵头,Y等按职责分工负责), (X、Y负责) …), in reading
/// order, names as written and their canonical roles beside them.
///
/// Clauses are read in document order because of the lead convention of central
/// documents (列第一位者为牵头单位，下同): once stated, the first unit of every later
/// tag that names no lead is the lead.
public struct AssignmentExtractor: Sendable {
    public var catalog: UnitRoleCatalog

    public init(catalog: UnitRoleCatalog = .standard) {
        self.catalog = catalog
    }

    /// The document with every clause's `assignments` replaced by what its tags say.
    public func apply(to document: Document) -> Document {
        var document = document
        var convention = false
        var roles = RoleMemo(catalog: catalog)
        var tags = TagMemo()
        let table = TableResponsibility()
        for index in document.clauses.indices {
            let clause = document.clauses[index]
            // A row of a task table names its units in columns; its text is the
            // cells run together, not prose to read.
            if let row = clause.tableRow, TableResponsibility.hasUnitColumns(row) {
                document.clauses[index].assignments = table.names(of: row).map {
                    [tableAssignment(lead: $0.lead, responsible: $0.responsible, row: row, convention: convention, roles: &roles)]
                } ?? []
                continue
            }
            document.clauses[index].assignments = assignments(in: clause.text,
                                                              convention: &convention, roles: &roles, tags: &tags)
            // Laws and regulations state duties by their subject (X应当…, 由X…).
            if StatutoryDuty.appliesTo(clause) {
                document.clauses[index].assignments = StatutoryDuty.merged(document.clauses[index].assignments,
                                                                           clauseText: clause.text, catalog: catalog)
            }
        }
        return document.cuttingGluedTopicHeads(catalog: catalog)
    }

    /// Under the lead convention a row with only a 责任单位 column has its first unit as lead.
    private func tableAssignment(lead: [String], responsible: [String], row: TableRow, convention: Bool,
                                 roles: inout RoleMemo) -> Assignment {
        var lead = lead, responsible = responsible
        if lead.isEmpty, convention, let first = responsible.first,
           CollectiveUnit.role(of: Array(UnitRoleCatalog.key(first))) == nil {
            lead = [first]
            responsible.removeFirst()
        }
        let text = zip(row.headers, row.cells).filter { TableResponsibility.isUnitHeader($0.0) }
            .map { "\($0.0)：\($0.1)" }.joined(separator: "；")
        return Assignment(lead: lead, responsible: responsible,
                          leadRoles: lead.map { roles.role(of: $0) }, responsibleRoles: responsible.map { roles.role(of: $0) },
                          text: text, source: .table)
    }

    /// The assignments of one text; `convention` carries the lead convention from
    /// the text before and out to the text after.
    public func assignments(in text: String, convention: inout Bool) -> [Assignment] {
        var roles = RoleMemo(catalog: catalog)
        var tags = TagMemo()
        return assignments(in: text, convention: &convention, roles: &roles, tags: &tags)
    }

    private func assignments(in text: String, convention: inout Bool, roles: inout RoleMemo,
                             tags: inout TagMemo) -> [Assignment] {
        let scanner = UnitTagScanner()
        let parser = UnitTagParser(catalog: catalog)
        var result: [Assignment] = []
        // Lines and brackets are found among Unicode scalars (cheap to compare); only
        // the inside of a bracket that may hold a tag is read as Characters. A line
        // break is a grapheme of its own, so cutting scalars at line breaks gives the
        // same lines as cutting Characters.
        let scalars = ClauseText.scalars(of: text)
        for paragraph in UnitTagScanner.paragraphs(of: scalars) {
            var conventionFrom = LeadConvention.scalarOffset(in: paragraph)
            var readUpTo = 0
            for span in scanner.spans(in: paragraph) where span.lowerBound >= readUpTo {
                let content = (span.lowerBound + 1)..<(span.upperBound - 1)
                let tag: UnitTag
                if UnitTagForm.mayHoldTag(paragraph, content), let read = tags.tag(of: Array(paragraph[content]), parser: parser) {
                    tag = read
                } else if convention, let names = parser.namesOnly(CharacterText.characters(of: paragraph[content])) {
                    // Under the convention central documents tag tasks with names
                    // alone: (教育部), (国家发展改革委、财政部) — the first leads.
                    tag = UnitTag(groups: [.init(duty: .charged, names: names)], statesConvention: false)
                } else {
                    continue
                }
                readUpTo = span.upperBound
                if tag.statesConvention || (conventionFrom.map { $0 < span.lowerBound } ?? false) {
                    convention = true
                    conventionFrom = nil
                }
                let text = scalarString(paragraph, span)
                result.append(assignment(of: tag, text: text, convention: convention, roles: &roles))
            }
            if conventionFrom != nil { convention = true }
            result += proseAssignments(in: paragraph, convention: convention, roles: &roles)
        }
        return result
    }

    /// Responsibilities written in prose at the start of a sentence (X要会同Y…,
    /// 由X牵头，Y配合…, 由X负责…), outside the brackets of tags.
    private func proseAssignments(in paragraph: [Unicode.Scalar], convention: Bool, roles: inout RoleMemo) -> [Assignment] {
        // Every duty word holds one of `dutyCores`: most paragraphs are passed over
        // here, among their scalars, before any Character is made.
        guard paragraph.indices.contains(where: { AssignmentExtractor.dutyCoreScalars.match(in: paragraph, at: $0) != nil })
        else { return [] }
        let reader = ProseResponsibility(catalog: catalog)
        var result: [Assignment] = []
        // Only a sentence that holds one of `dutyCores` can hold a duty word (the
        // tags' 牵头单位 are bracketed and left out of the sentences).
        for sentence in ProseResponsibility.sentences(of: CharacterText.characters(of: paragraph))
        where ProseResponsibilityForm.dutyCores.occurs(in: sentence) {
            for reading in reader.readAll(sentence) {
                var assignment = assignment(of: reading.tag, text: reading.text, convention: convention, roles: &roles)
                assignment.source = .prose
                result.append(assignment)
            }
        }
        return result
    }

    /// `ProseResponsibilityForm.dutyCores` over scalars, for the look before Characters are made.
    private static let dutyCoreScalars = WordTable(words: ProseResponsibilityForm.dutyCores.words.map { String($0.characters) })

    private func assignment(of tag: UnitTag, text: String, convention: Bool, roles: inout RoleMemo) -> Assignment {
        var lead: [String] = []
        var responsible: [String] = []
        let namesLead = tag.groups.contains { $0.duty == .lead }
        for (k, group) in tag.groups.enumerated() {
            switch group.duty {
            case .lead:
                lead += group.names
            case .responsible:
                responsible += group.names
            case .charged:
                // (X负责，Y参与): X carries the task Y joins, so X leads.
                let supportedLater = tag.groups[(k + 1)...].contains { $0.duty == .responsible }
                if !namesLead, supportedLater, lead.isEmpty {
                    lead += group.names
                } else if !namesLead, convention, lead.isEmpty, let first = group.names.first,
                          CollectiveUnit.role(of: Array(UnitRoleCatalog.key(first))) == nil {
                    // The convention names one office; 各省级人民政府 listed first is
                    // every province, not a lead.
                    lead.append(first)
                    responsible += group.names.dropFirst()
                } else {
                    responsible += group.names
                }
            }
        }
        return Assignment(lead: lead, responsible: responsible,
                          leadRoles: lead.map { roles.role(of: $0) },
                          responsibleRoles: responsible.map { roles.role(of: $0) },
                          text: text)
    }
}

/// A plan names the same offices in tag after tag: each name is looked up once.
private struct RoleMemo {
    let catalog: UnitRoleCatalog
    var known: [String: String] = [:]

    mutating func role(of name: String) -> String {
        if let role = known[name] { return role }
        let role = catalog.role(of: name)
        known[name] = role
        return role
    }
}

/// A plan repeats the same tag item after item ((牵头单位：省质监局；责任单位：省科技厅)
/// under every task): each distinct content is read once. Keyed by scalars, not by
/// String, whose equality would merge canonically equivalent spellings that the
/// tag's names keep apart.
private struct TagMemo {
    var known: [[Unicode.Scalar]: UnitTag?] = [:]

    mutating func tag(of content: [Unicode.Scalar], parser: UnitTagParser) -> UnitTag? {
        if let tag = known[content] { return tag }
        let tag = parser.parse(CharacterText.characters(of: content))
        known[content] = tag
        return tag
    }
}
