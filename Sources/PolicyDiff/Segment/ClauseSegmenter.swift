import Foundation

/// Cuts a text into a clause tree from the numbered headings of Chinese official documents.
///
/// PLACEHOLDER (foundation skeleton): recognises 一、 / (一) / 1. / —— at the start
/// of a paragraph only, with no traps handled. The Segment work replaces it.
public struct ClauseSegmenter: Sendable {
    public init() {}

    public struct Result: Sendable, Equatable {
        public var clauses: [Clause]
        public var warnings: [DocumentWarning]
    }

    public func segment(_ source: SourceText) -> Result {
        var clauses: [Clause] = [Clause(id: "c0", path: [], kind: .preamble, text: "")]
        var stack: [(level: Int, id: String, label: String)] = []
        var bulletCounts: [String: Int] = [:]
        for paragraph in source.paragraphs {
            guard let (level, label, normalized) = heading(of: paragraph) else {
                let last = clauses.count - 1
                clauses[last].text += clauses[last].text.isEmpty ? paragraph : "\n" + paragraph
                continue
            }
            while let top = stack.last, top.level >= level { stack.removeLast() }
            var pathLabel = normalized
            if level == 4 {
                let parentKey = stack.map(\.label).joined(separator: "/")
                bulletCounts[parentKey, default: 0] += 1
                pathLabel = "—\(bulletCounts[parentKey]!)"
            }
            let id = "c\(clauses.count)"
            let path = stack.map(\.label) + [pathLabel]
            clauses.append(Clause(id: id, parent: stack.last?.id, path: path, label: label,
                                  kind: .numbered, title: nil, text: paragraph))
            stack.append((level, id, pathLabel))
        }
        if clauses[0].text.isEmpty { clauses.removeFirst() }
        return Result(clauses: clauses, warnings: [])
    }

    private func heading(of line: String) -> (Int, String, String)? {
        let chars = Array(line)
        let numerals: Set<Character> = Set("一二三四五六七八九十")
        var i = 0
        while i < chars.count, numerals.contains(chars[i]) { i += 1 }
        if i > 0, i < chars.count, chars[i] == "、" {
            let n = String(chars[0..<i]); return (1, n + "、", n)
        }
        if let first = chars.first, first == "(" || first == "（" {
            var j = 1
            while j < chars.count, numerals.contains(chars[j]) { j += 1 }
            if j > 1, j < chars.count, chars[j] == ")" || chars[j] == "）" {
                let n = String(chars[1..<j]); return (2, String(chars[0...j]), "(\(n))")
            }
        }
        var k = 0
        while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
        if k > 0, k < chars.count, ".．、".contains(chars[k]) {
            let n = String(chars[0..<k]); return (3, n + String(chars[k]), n)
        }
        if line.hasPrefix("——") { return (4, "——", "—") }
        return nil
    }
}
