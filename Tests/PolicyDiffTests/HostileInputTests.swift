import Foundation
import Testing
@testable import PolicyDiff
#if canImport(Glibc)
import Glibc
#endif

/// What a crawler brings home: empty, truncated, binary, mis-declared, enormous
/// and malicious files, and output places that cannot be written. Every case
/// asserts only what a researcher would notice — no crash, a sensible document
/// or one clear error line naming the file — so the stages can change underneath.
@Suite struct HostileInputTests {
    // MARK: reading

    @Test func emptyFileIsRefusedNamingTheFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.file("空白.txt", [])
        let outcome = Reading.file(path)
        let error = try #require(outcome.refusal)
        #expect(error.reason == .empty)
        Reading.expectClear(error, path: path)
    }

    @Test(arguments: [[0x41], [0x0A], [0x20], [0xFF], [0x80], [0x00], [0x3C], [0xE4]] as [[UInt8]])
    func oneByteFilesNeitherCrashNorMislead(byte: [UInt8]) {
        for path in ["one.txt", "one.html"] {
            switch Reading.bytes(byte, path: path) {
            case .refused(let error):
                Reading.expectClear(error, path: path)
            case .read(let source):
                let document = Pipeline().document(from: source, id: "one")
                Contract.expectSound(document)
                #expect(!source.paragraphs.joined().contains("\u{0}"), "a NUL byte reached the text")
            }
        }
    }

    @Test func longLineWithoutPunctuationIsKeptWhole() throws {
        // 128 KB here to stay fast in a debug build; Scripts/hostile-inputs.sh runs 1 MB.
        let phrase = "推进质量强市建设加快培育经济竞争新优势"
        let line = String(repeating: phrase, count: (128 << 10) / phrase.utf8.count)
        let source = try #require(Reading.bytes(Array(line.utf8), path: "long.txt").source,
                                  "a long line of ordinary text must be read, not refused")
        let document = Pipeline().document(from: source, id: "long")
        Contract.expectSound(document)
        let kept = document.clauses.reduce(0) { $0 + $1.text.count }
        #expect(kept >= line.count, "the clauses hold \(kept) of the line's \(line.count) characters")
    }

    @Test func thousandsOfHeadingsEachBecomeAClause() {
        // A realistic shape taken to an extreme: 10 parts, 5 sections each, 5 items
        // per section, 19 sub-items per item — 5,060 headings. (Scripts/hostile-inputs.sh
        // runs 100,110 through the release CLI; a debug build would take seconds.)
        let parts = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        let sections = parts.prefix(5)
        var lines: [String] = ["关于开展质量提升行动的实施方案"]
        var headings = 0
        for part in parts {
            lines.append("\(part)、主要任务"); headings += 1
            for section in sections {
                lines.append("（\(section)）着力提升质量水平"); headings += 1
                for item in 1...5 {
                    lines.append("\(item).提升企业质量管理能力。推进全面质量管理。"); headings += 1
                    for sub in 1...19 {
                        lines.append("（\(sub)）开展质量管理知识普及教育。"); headings += 1
                    }
                }
            }
        }
        let source = SourceText(path: "headings.txt", format: .plainText, encoding: "UTF-8", paragraphs: lines)
        let result = ClauseSegmenter().segment(source)
        let numbered = result.clauses.filter { $0.kind == .numbered }
        #expect(numbered.count == headings)
        Contract.expectSound(Document(id: "headings", source: source.path, warnings: result.warnings, clauses: result.clauses))
    }

    @Test func fileOfOnlyEnumerationCommasHasNoTargetsOrUnits() throws {
        // 128 KB of them; Scripts/hostile-inputs.sh runs 1 MB.
        let text = String(repeating: "、", count: 30_000) + "\n" + String(repeating: "、、、\n", count: 3_000)
        let source = try #require(Reading.bytes(Array(text.utf8), path: "dun.txt").source)
        let document = Pipeline().document(from: source, id: "dun")
        Contract.expectSound(document)
        #expect(document.clauses.allSatisfy { $0.targets.isEmpty && $0.assignments.isEmpty })
    }

    @Test func fileOfOnlyDigitsGivesOnlyFiniteNumbers() throws {
        // A 64 KB run of digits (no number type holds it) and lines of lone
        // numbers, years and heading-like digits; Scripts/hostile-inputs.sh runs 1 MB.
        var text = String(repeating: "1234567890", count: 6_400) + "\n"
        for n in 0..<1_000 { text += "\(n)\n\(1900 + n % 200)\n\(n)\(n)\(n)\n" }
        let source = try #require(Reading.bytes(Array(text.utf8), path: "digits.txt").source)
        let document = Pipeline().document(from: source, id: "digits")
        Contract.expectSound(document)
        let kept = document.clauses.reduce(0) { $0 + $1.text.count }
        #expect(kept >= 64_000, "the run of digits was lost")
    }

    @Test func deeplyNestedHTMLIsReadOrRefusedClearly() {
        let depth = 10_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>一、总体要求</p><p>重点消费品质量监督抽查合格率稳定在90%以上。</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        for nesting in [page, page.replacingOccurrences(of: "div>", with: "span>")] {
            switch Reading.bytes(Array(nesting.utf8), path: "nested.html") {
            case .refused(let error):
                Reading.expectClear(error, path: "nested.html")
            case .read(let source):
                Contract.expectSound(Pipeline().document(from: source, id: "nested"))
            }
        }
    }

    @Test func entityBombIsNotExpanded() {
        // "Billion laughs": ten levels of ten-fold entities, 10^9 copies if expanded.
        var doctype = "<!DOCTYPE html [\n<!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for level in 1...9 {
            let name = "lol\(level)"
            doctype += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
            previous = name
        }
        doctype += "]>\n"
        let body = "<html><body><p>一、总体要求</p><p>&\(previous);</p></body></html>"
        for (prolog, path) in [("", "bomb.html"), ("<?xml version=\"1.0\"?>\n", "bomb.xhtml"), ("", "bomb.txt")] {
            let bytes = Array((prolog + doctype + body).utf8)
            switch Reading.bytes(bytes, path: path) {
            case .refused(let error):
                Reading.expectClear(error, path: path)
            case .read(let source):
                let characters = source.paragraphs.reduce(0) { $0 + $1.count }
                #expect(characters < 10 * bytes.count, "\(path): entities expanded to \(characters) characters")
            }
        }
    }

    @Test func pageDeclaringGB2312ButEncodedInUTF8IsNotSilentlyGarbled() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
            + "<body><p>\(Samples.sentence)</p></body></html>"
        Reading.expectFaithfulOrWarned(Array(page.utf8), path: "declared-gb2312.html")
    }

    @Test func pageDeclaringUTF8ButEncodedInGB18030IsNotSilentlyGarbled() {
        let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>".utf8)
            + Samples.sentenceGB18030 + Array("</p></body></html>".utf8)
        Reading.expectFaithfulOrWarned(bytes, path: "declared-utf8.html")
    }

    @Test func invalidUTF8InTheMiddleOfValidTextIsNotSilentlyGarbled() {
        let bytes = Array("一、总体要求\n\(Samples.sentence)\n".utf8) + [0xFF, 0xFE, 0xC0]
            + Array("\n（二）基本原则\n坚持以质量第一为价值导向。\n".utf8)
        Reading.expectFaithfulOrWarned(bytes, path: "broken-utf8.txt")
    }

    @Test func stringOfNULBytesInTextDoesNotReachTheDocument() {
        let bytes = Array("一、总体要求\n".utf8) + [0, 0, 0, 0] + Array("\(Samples.sentence)\n".utf8)
        switch Reading.bytes(bytes, path: "nul.txt") {
        case .refused(let error):
            Reading.expectClear(error, path: "nul.txt")
        case .read(let source):
            #expect(!source.paragraphs.joined().contains("\u{0}"), "NUL bytes reached the text")
            Contract.expectSound(Pipeline().document(from: source, id: "nul"))
        }
    }

    @Test func binaryFilesAreRefusedAsBinary() {
        let allNUL = [UInt8](repeating: 0, count: 4096)
        var pdf = Array("%PDF-1.4\n%\u{E2}\u{E3}\n1 0 obj\n<< /Length 5 /Filter /FlateDecode >>\nstream\n".utf8)
        pdf += (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for (bytes, path) in [(allNUL, "zeros.txt"), (pdf, "saved-pdf.txt")] {
            let error = Reading.bytes(bytes, path: path).refusal
            #expect(error != nil, "\(path) was read as a document")
            if let error {
                // A damaged PDF saved as .txt is now told so by the PDF reader (issue 15).
                let damagedPDF = if case .damaged = error.reason { true } else { false }
                #expect(error.reason == .binary || error.reason == .undecodable || damagedPDF)
                Reading.expectClear(error, path: path)
            }
        }
    }

    @Test func inputOverTheLimitIsRefusedWithTheLimit() throws {
        let limit = 4096
        let bytes = Array(String(repeating: "质量提升行动。\n", count: 1000).utf8)
        let error = try #require(Reading.bytes(bytes, path: "big.txt", limit: limit).refusal)
        #expect(error.reason == .tooLarge(limit: limit))
        #expect(error.description.contains("\(limit)"), "the message should state the limit")
        Reading.expectClear(error, path: "big.txt")
    }

    @Test func hugeFileOnDiskIsRefusedAgainstTheLimit() throws {
        // A 256 MB file that takes no disk space (sparse); the limit is 1 MB.
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.path("dump 256MB.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("一、总体要求\n".utf8)))
        #expect(truncate(path, 256 << 20) == 0)
        let error = try #require(Reading.file(path, limit: 1 << 20).refusal)
        #expect(error.reason == .tooLarge(limit: 1 << 20))
        Reading.expectClear(error, path: path)
    }

    @Test func fileNamesWithSpacesAndCJKAreReadAndNamed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let folder = scratch.path("政策 文件")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = try scratch.file("政策 文件/张掖 市方案（2018）.txt", Array("一、总体要求\n\(Samples.sentence)\n".utf8))
        let document = try Pipeline().document(at: path)
        #expect(document.id == "张掖 市方案（2018）")
        #expect(document.source == path)
        #expect(document.clauses.contains { $0.text.contains("合格率") })

        let missing = folder + "/不存在 的文件.txt"
        let error = try #require(Reading.file(missing).refusal)
        #expect(error.reason == .missing)
        Reading.expectClear(error, path: missing)
    }

    // MARK: comparing

    @Test func documentsWithoutClausesCompareToNothing() {
        let empty = Pipeline().document(from: SourceText(path: "empty.txt", format: .plainText, encoding: "UTF-8", paragraphs: []), id: "empty")
        let full = Pipeline().document(from: SourceText(path: "plan.txt", format: .plainText, encoding: "UTF-8",
                                                         paragraphs: ["一、总体要求", Samples.sentence]), id: "plan")
        for (reference, local) in [(empty, empty), (empty, full), (full, empty)] {
            let comparison = Comparer().compare(reference: reference, local: local)
            #expect(comparison.alignments.isEmpty)
            #expect((0...1).contains(comparison.coverage))
        }
    }

    // MARK: writing

    @Test func writingUnderARegularFileFailsClearly() throws {
        // Root ignores chmod, so an unwritable place is made from a path whose
        // "directory" is a regular file (ENOTDIR).
        let scratch = try Scratch()
        defer { scratch.remove() }
        let blocker = try scratch.file("report.json", Array("{}".utf8))
        let destination = blocker + "/out/comparison.json"
        Writing.expectFailure(destination)
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "{}")
    }

    @Test func writingIntoProcFailsClearly() {
        // /proc refuses new files even to root: the read-only directory of this machine.
        Writing.expectFailure("/proc/self/policydiff-report.json")
    }

    @Test func writingOverADirectoryFailsAndKeepsIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = scratch.path("Reports")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        Writing.expectFailure(directory)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root) == ["Reports"], "a temporary file was left behind")
    }

    @Test func fullDiskFailsClearlyAndKeepsThePreviousReport() throws {
        #if os(Linux)
        let scratch = try Scratch()
        defer { scratch.remove() }
        let mountPoint = scratch.path("tiny")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard mount("tmpfs", mountPoint, "tmpfs", 0, "size=64k") == 0 else {
            print("skipped: mounting a 64 KB tmpfs is not permitted here (errno \(errno))")
            return
        }
        defer { umount2(mountPoint, Int32(MNT_DETACH)) }
        let destination = mountPoint + "/report.json"
        try AtomicFile.write("{\"previous\": true}\n", to: destination)
        let tooBig = String(repeating: "重点消费品质量监督抽查合格率稳定在90%以上。", count: 10_000)
        Writing.expectFailure(destination, text: tooBig)
        #expect(try String(contentsOfFile: destination, encoding: .utf8) == "{\"previous\": true}\n",
                "a failed write must leave the previous report as it was")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint) == ["report.json"],
                "a temporary file was left on the full disk")
        #endif
    }
}

// MARK: -

private enum Samples {
    static let sentence = "（一）提升质量。重点消费品质量监督抽查合格率稳定在90%以上。"
    /// `sentence` in GB18030, as a gb2312 page would carry it.
    static let sentenceGB18030: [UInt8] = [
        0xA3, 0xA8, 0xD2, 0xBB, 0xA3, 0xA9, 0xCC, 0xE1, 0xC9, 0xFD, 0xD6, 0xCA, 0xC1, 0xBF, 0xA1, 0xA3,
        0xD6, 0xD8, 0xB5, 0xE3, 0xCF, 0xFB, 0xB7, 0xD1, 0xC6, 0xB7, 0xD6, 0xCA, 0xC1, 0xBF, 0xBC, 0xE0,
        0xB6, 0xBD, 0xB3, 0xE9, 0xB2, 0xE9, 0xBA, 0xCF, 0xB8, 0xF1, 0xC2, 0xCA, 0xCE, 0xC8, 0xB6, 0xA8,
        0xD4, 0xDA, 0x39, 0x30, 0x25, 0xD2, 0xD4, 0xC9, 0xCF, 0xA1, 0xA3,
    ]
}

private enum Outcome {
    case read(SourceText)
    case refused(ReadError)

    var source: SourceText? { if case .read(let s) = self { s } else { nil } }
    var refusal: ReadError? { if case .refused(let e) = self { e } else { nil } }
}

private enum Reading {
    static func bytes(_ bytes: [UInt8], path: String, limit: Int = 64 << 20) -> Outcome {
        do { return .read(try DocumentReader(maxInputBytes: limit).read(bytes: bytes, path: path)) }
        catch { return .refused(error) }
    }

    static func file(_ path: String, limit: Int = 64 << 20) -> Outcome {
        do { return .read(try DocumentReader(maxInputBytes: limit).read(path: path)) }
        catch { return .refused(error) }
    }

    /// What the CLI prints is `policydiff: <description>`: one line, the file first.
    static func expectClear(_ error: ReadError, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(error.path == path, sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix(path + ": "), sourceLocation: sourceLocation)
        #expect(!error.reasonText.isEmpty && !error.description.contains("\n"), sourceLocation: sourceLocation)
    }

    /// Mixed or mis-declared encodings: the reader either recovers the sentence,
    /// or says that it could not (a warning or a refusal) — never silent mojibake.
    static func expectFaithfulOrWarned(_ bytes: [UInt8], path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        switch Reading.bytes(bytes, path: path) {
        case .refused(let error):
            expectClear(error, path: path, sourceLocation: sourceLocation)
        case .read(let source):
            let faithful = source.paragraphs.joined(separator: "\n").contains("重点消费品质量监督抽查合格率稳定在90%以上")
            let warned = source.warnings.contains { $0.code == .encodingFallback || $0.code == .garbledText }
            #expect(faithful || warned, "\(path) read as \(source.encoding) without a warning: \(source.paragraphs.prefix(3))",
                    sourceLocation: sourceLocation)
            Contract.expectSound(Pipeline().document(from: source, id: "mixed"), sourceLocation: sourceLocation)
        }
    }
}

private enum Writing {
    static func expectFailure(_ destination: String, text: String = "{\"format\": \"policydiff.document/1\"}\n",
                              sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try AtomicFile.write(text, to: destination)
            Issue.record("writing \(destination) succeeded", sourceLocation: sourceLocation)
        } catch {
            let message = "\(error)"
            #expect(message.contains(destination), "the message should name the file: \(message)", sourceLocation: sourceLocation)
            #expect(!message.contains("\n"), sourceLocation: sourceLocation)
        }
    }
}

/// The model's promises that hold whatever the input (same checks as Fuzz/Support).
private enum Contract {
    static func expectSound(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        var seen = Set<String>()
        for clause in document.clauses {
            if let parent = clause.parent {
                #expect(seen.contains(parent), "clause \(clause.id): parent \(parent) is not an earlier clause", sourceLocation: sourceLocation)
            }
            #expect(seen.insert(clause.id).inserted, "clause id \(clause.id) repeats", sourceLocation: sourceLocation)
            for target in clause.targets {
                #expect(target.value.isFinite && (target.valueMax?.isFinite ?? true),
                        "clause \(clause.id): target \(target.text) has value \(target.value)", sourceLocation: sourceLocation)
            }
        }
    }
}

private typealias Scratch = HardeningScratch
