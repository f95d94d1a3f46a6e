import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PolicyDiff

/// Metamorphic tests on real documents of both shapes: a national law (第X章/第X条 with
/// （一） items) and a provincial plan (一、(一)1.). Each test changes the text in a way
/// whose right answer follows from the change (drop, move, reverse, insert, re-encode),
/// renumbers what the change put out of sequence, and checks what a researcher reads.
@Suite struct AlignFamilyTests {
    static let law = "Corpus/farmer-coop-law/coop-law-national-2017.txt"
    static let plan = "Corpus/gansu-2017-plan.txt"

    // MARK: identity and re-encoding

    @Test func aLawComparedWithItselfReportsNothing() throws {
        let text = try AlignFamilyText.read(Self.law)
        let c = AlignFamilyText.compare(text, text)
        #expect(c.omissions.isEmpty && c.notRestated.isEmpty && c.additions.isEmpty)
        #expect(c.numberChanges.isEmpty && c.unitChanges.isEmpty)
        #expect(c.alignments.allSatisfy { $0.kind == .match }, "\(c.alignments.filter { $0.kind != .match }.map(\.reference))")
        #expect(c.alignments.allSatisfy { $0.reference.count == 1 && $0.local.count == 1 && $0.reference == $0.local })
    }

    @Test func aPlanComparedWithItselfReportsNothing() throws {
        let text = try AlignFamilyText.read(Self.plan)
        let c = AlignFamilyText.compare(text, text)
        #expect(c.omissions.isEmpty && c.additions.isEmpty && c.numberChanges.isEmpty && c.unitChanges.isEmpty)
        #expect(c.alignments.allSatisfy { $0.kind == .match && $0.reference == $0.local })
    }

    @Test func reEncodingTheLocalTextAsGBKChangesNothing() throws {
        let text = try AlignFamilyText.read(Self.law)
        let local = AlignFamilyText.dropArticles(text, ["第二十七条"])
        let utf8 = AlignFamilyText.compare(text, local)
        let gbk = try #require(AlignFamilyText.gbk(local))
        let reader = DocumentReader()
        let source = try reader.read(bytes: gbk, path: "local.txt")
        let reference = AlignFamilyText.document(text, id: "reference")
        let c = Comparer().compare(reference: reference, local: Pipeline().document(from: source, id: "local"))
        #expect(c.alignments == utf8.alignments)
        #expect(c.omissions == utf8.omissions && c.additions == utf8.additions && c.notRestated == utf8.notRestated)
    }

    // MARK: drop

    @Test(arguments: [["第二十七条"], ["第四十七条"], ["第十七条", "第四十七条", "第六十条"]])
    func droppedArticlesOfALawAreExactlyTheOmissions(_ dropped: [String]) throws {
        // 第四十七条 (分立) is the twin of 第四十六条 (合并): both notify creditors within
        // ten days of the decision. Dropping it must not read as a merge into 第四十六条.
        let text = try AlignFamilyText.read(Self.law)
        let c = AlignFamilyText.compare(text, AlignFamilyText.dropArticles(text, dropped))
        let reference = AlignFamilyText.document(text, id: "reference")
        let expected = Set(dropped.compactMap { label in reference.clauses.first { $0.path.last == label }?.id })
        #expect(expected.count == dropped.count)
        #expect(Set(c.omissions) == expected)
        #expect(c.notRestated.isEmpty && c.additions.isEmpty)
        #expect(!c.alignments.contains { a in a.reference.contains { expected.contains($0) } })
    }

    @Test func droppedItemsOfAPlanAreExactlyTheOmissions() throws {
        // Items 4, 5 and 6 all open 大力推动…: drop the middle one and the 10th.
        let text = try AlignFamilyText.read(Self.plan)
        let local = AlignFamilyText.renumberItems(AlignFamilyText.dropItems(text, [5, 10]))
        let c = AlignFamilyText.compare(text, local)
        let reference = AlignFamilyText.document(text, id: "reference")
        let expected = Set(["5", "10"].compactMap { n in reference.clauses.first { $0.path.last == n }?.id })
        #expect(expected.count == 2)
        #expect(Set(c.omissions) == expected)
        #expect(c.additions.isEmpty)
        #expect(!c.alignments.contains { a in a.reference.contains { expected.contains($0) } })
    }

    // MARK: move, reverse, insert

    @Test func anArticleMovedElsewhereIsFoundAsMoved() throws {
        let text = try AlignFamilyText.read(Self.law)
        let local = AlignFamilyText.moveArticle(text, "第十七条", after: "第三十条")
        let c = AlignFamilyText.compare(text, local)
        let reference = AlignFamilyText.document(text, id: "reference")
        let moved = try #require(reference.clauses.first { $0.path.last == "第十七条" })
        #expect(c.omissions.isEmpty && c.additions.isEmpty && c.notRestated.isEmpty)
        let pair = try #require(c.alignments.first { $0.reference == [moved.id] })
        #expect(pair.kind == .moved)
        let localDoc = AlignFamilyText.document(local, id: "local")
        #expect(localDoc.clause(id: pair.local[0])?.text.contains("年度报告") == true)
    }

    @Test func reversedItemsOfAPlanEachFindTheirOwnCounterpart() throws {
        let text = try AlignFamilyText.read(Self.plan)
        let local = AlignFamilyText.renumberItems(AlignFamilyText.reverseItems(text, 4...6))
        let c = AlignFamilyText.compare(text, local)
        let reference = AlignFamilyText.document(text, id: "reference")
        let localDoc = AlignFamilyText.document(local, id: "local")
        #expect(c.omissions.isEmpty && c.additions.isEmpty)
        for n in 4...6 {
            let r = try #require(reference.clauses.first { $0.path.last == String(n) })
            let a = try #require(c.alignments.first { $0.reference == [r.id] })
            #expect(a.local.count == 1)
            #expect(localDoc.clause(id: a.local[0]).map { AlignFamilyText.body($0.text) } == AlignFamilyText.body(r.text))
        }
        #expect(c.alignments.contains { $0.kind == .moved })
    }

    @Test func anInsertedArticleIsTheOnlyAddition() throws {
        let text = try AlignFamilyText.read(Self.law)
        let added = "区县人民政府应当建立农民专业合作社辅导员制度，为农民专业合作社的筹备组建、登记注册、民主管理、财务管理提供免费指导。"
        let local = AlignFamilyText.insertArticle(text, added, after: "第十一条")
        let c = AlignFamilyText.compare(text, local)
        let localDoc = AlignFamilyText.document(local, id: "local")
        let inserted = try #require(localDoc.clauses.first { $0.text.contains("辅导员制度") })
        #expect(c.additions == [inserted.id])
        #expect(c.omissions.isEmpty && c.notRestated.isEmpty)
    }

    @Test func anInsertedItemOfAPlanIsTheOnlyAddition() throws {
        let text = try AlignFamilyText.read(Self.plan)
        let item = "  7.着力推进冷链物流设施建设。在重点县区新建一批产地预冷和冷藏设施，推动农产品产后损耗明显下降。"
        var lines = text.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("7.") })
        lines.insert(item, at: at)
        lines.insert("", at: at + 1)
        let local = AlignFamilyText.renumberItems(lines.joined(separator: "\n"))
        let c = AlignFamilyText.compare(text, local)
        let localDoc = AlignFamilyText.document(local, id: "local")
        let inserted = try #require(localDoc.clauses.first { $0.text.contains("冷链物流") })
        #expect(c.additions == [inserted.id])
        #expect(c.omissions.isEmpty)
    }
}

/// Editing real texts the way the tests need, renumbering as a drafter would.
enum AlignFamilyText {
    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: SegmentTestSupport.packageRoot.appendingPathComponent(path).path, encoding: .utf8)
    }

    static func document(_ text: String, id: String) -> Document {
        Pipeline().document(from: SegmentTestSupport.source(text, path: id + ".txt"), id: id)
    }

    static func compare(_ reference: String, _ local: String) -> Comparison {
        Comparer().compare(reference: document(reference, id: "reference"), local: document(local, id: "local"))
    }

    /// The text after a clause's numbering label.
    static func body(_ text: String) -> String {
        String(text.drop { $0.isNumber || $0 == "." || $0 == "．" || $0.isWhitespace })
    }

    // MARK: laws

    /// The article label a line opens with (第十二条), if any.
    static func articleLabel(_ line: String) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("第") || t.hasPrefix("笫"), let end = t.firstIndex(of: "条") else { return nil }
        let numeral = t[t.index(after: t.startIndex)..<end]
        guard !numeral.isEmpty, numeral.allSatisfy(ChineseNumeral.isNumeralCharacter) else { return nil }
        let after = t.index(after: end)
        guard after == t.endIndex || t[after].isWhitespace else { return nil }
        return "第" + numeral + "条"
    }

    /// Lines as blocks: an article runs from its label line to the next article or chapter.
    static func articleBlocks(_ text: String) -> [(label: String?, lines: [String])] {
        blocks(text, key: articleLabel) { $0.hasPrefix("第") && $0.contains("章") && !$0.contains("。") }
    }

    /// Lines cut where `key` names a block or `boundary` says a block without a key starts.
    static func blocks<Key>(_ text: String, key: (String) -> Key?, boundary: (String) -> Bool) -> [(Key?, [String])] {
        var out: [(Key?, [String])] = [(nil, [])]
        for line in text.components(separatedBy: "\n") {
            if let k = key(line) {
                out.append((k, [line]))
            } else if boundary(line.trimmingCharacters(in: .whitespaces)) {
                out.append((nil, [line]))
            } else {
                out[out.count - 1].1.append(line)
            }
        }
        return out
    }

    /// Articles renumbered 第一条, 第二条, … in reading order, as the text would be republished.
    static func renumberArticles(_ blocks: [(label: String?, lines: [String])]) -> String {
        var n = 0
        var out: [String] = []
        for (label, lines) in blocks {
            guard let label, let first = lines.first else { out += lines; continue }
            n += 1
            let t = first.trimmingCharacters(in: .whitespaces)
            let rest = t.drop { $0 != "条" }.dropFirst()
            out.append("第" + chineseNumeral(n) + "条" + rest)
            out += lines.dropFirst()
            _ = label
        }
        return out.joined(separator: "\n")
    }

    static func dropArticles(_ text: String, _ labels: [String]) -> String {
        renumberArticles(articleBlocks(text).filter { !labels.contains($0.label ?? "") })
    }

    static func moveArticle(_ text: String, _ label: String, after target: String) -> String {
        var blocks = articleBlocks(text)
        guard let i = blocks.firstIndex(where: { $0.label == label }) else { return text }
        let block = blocks.remove(at: i)
        guard let j = blocks.firstIndex(where: { $0.label == target }) else { return text }
        blocks.insert(block, at: j + 1)
        return renumberArticles(blocks)
    }

    static func insertArticle(_ text: String, _ body: String, after target: String) -> String {
        var blocks = articleBlocks(text)
        guard let j = blocks.firstIndex(where: { $0.label == target }) else { return text }
        blocks.insert(("第〇条", ["第〇条 " + body, ""]), at: j + 1)
        return renumberArticles(blocks)
    }

    /// 1…99 as article numbers are written (十七, 二十, 七十四).
    static func chineseNumeral(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return digits[n] }
        return (n < 20 ? "" : digits[n / 10]) + "十" + digits[n % 10]
    }

    // MARK: plans

    /// The number a plan item line opens with (7. / 7．), if any.
    static func itemNumber(_ line: String) -> Int? {
        let t = line.trimmingCharacters(in: .whitespaces)
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let dot = t.dropFirst(digits.count).first, dot == "." || dot == "．" else { return nil }
        return Int(digits)
    }

    /// Item blocks: from an item line to the next numbered line of any level.
    static func itemBlocks(_ text: String) -> [(number: Int?, lines: [String])] {
        blocks(text, key: itemNumber) { $0.hasPrefix("（") || $0.hasPrefix("(") || ($0.count > 1 && $0.dropFirst().first == "、") }
    }

    static func dropItems(_ text: String, _ numbers: Set<Int>) -> String {
        itemBlocks(text).filter { !numbers.contains($0.number ?? -1) }.flatMap(\.lines).joined(separator: "\n")
    }

    static func reverseItems(_ text: String, _ range: ClosedRange<Int>) -> String {
        var blocks = itemBlocks(text)
        let positions = blocks.indices.filter { blocks[$0].number.map(range.contains) ?? false }
        let reversed = positions.map { blocks[$0] }.reversed()
        for (p, b) in zip(positions, reversed) { blocks[p] = b }
        return blocks.flatMap(\.lines).joined(separator: "\n")
    }

    /// Items numbered 1, 2, … in reading order (the plan numbers them across sections).
    static func renumberItems(_ text: String) -> String {
        var n = 0
        return text.components(separatedBy: "\n").map { line -> String in
            guard itemNumber(line) != nil else { return line }
            n += 1
            let lead = line.prefix { $0.isWhitespace }
            let t = line.drop { $0.isWhitespace }
            return lead + String(n) + t.drop { $0.isASCII && $0.isNumber }
        }.joined(separator: "\n")
    }

    // MARK: encoding

    /// The text in GB18030 (a superset of GBK), as many government sites still serve it.
    static func gbk(_ text: String) -> [UInt8]? {
        #if canImport(Glibc)
        let cd = iconv_open("GB18030", "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        let ok = input.withUnsafeMutableBufferPointer { inBuf -> Bool in
            output.withUnsafeMutableBufferPointer { outBuf -> Bool in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1
            }
        }
        guard ok else { return nil }
        return output.prefix(output.count - outLeft).map { UInt8(bitPattern: $0) }
        #else
        return nil
        #endif
    }
}
