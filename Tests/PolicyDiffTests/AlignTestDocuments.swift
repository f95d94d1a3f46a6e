@testable import PolicyDiff

/// Small documents of the genre, built clause by clause so alignment tests do not
/// depend on how the segmenter cuts text.
enum AlignTestDocuments {
    /// `items`: path as the gold writes it ("二/(一)/2", "0" for the preamble) and the clause text.
    static func document(_ id: String, issuer: String? = nil, warnings: [DocumentWarning] = [],
                         _ items: [(String, String)]) -> Document {
        var clauses: [Clause] = []
        var idByPath: [String: String] = [:]
        for (i, (path, text)) in items.enumerated() {
            let cid = "c\(i)"
            if path == "0" {
                clauses.append(Clause(id: cid, path: [], kind: .preamble, text: text))
                continue
            }
            let parts = path.split(separator: "/").map(String.init)
            let parentPath = parts.dropLast().joined(separator: "/")
            let label = labelText(parts.last ?? "")
            idByPath[path] = cid
            clauses.append(Clause(id: cid, parent: parentPath.isEmpty ? nil : idByPath[parentPath], path: parts,
                                  label: label, kind: .numbered, text: text))
        }
        return Document(id: id, source: id + ".txt", metadata: DocumentMetadata(issuer: issuer),
                        warnings: warnings, clauses: clauses)
    }

    static func labelText(_ last: String) -> String? {
        if last.hasPrefix("—") { return "——" }
        if last.hasPrefix("(") { return last }
        if last.first?.isNumber == true, last.first?.isASCII == true { return last + "." }
        return last + "、"
    }

    static func ids(_ document: Document, _ paths: [String]) -> [String] {
        paths.compactMap { p in document.clauses.first { $0.pathString == p }?.id }
    }

    static func id(_ document: Document, _ path: String) -> String {
        ids(document, [path]).first ?? "?"
    }

    /// The alignment that holds a reference clause, by path.
    static func alignment(of referencePath: String, in c: Comparison) -> Alignment? {
        let rid = id(c.reference, referencePath)
        return c.alignments.first { $0.reference.contains(rid) }
    }

    static func paths(_ ids: [String], in d: Document) -> [String] {
        ids.compactMap { d.clause(id: $0)?.pathString }
    }
}
