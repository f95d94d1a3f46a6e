import Foundation
import Testing
@testable import PolicyDiff

/// `extract` writes its JSON and CSV as they are made (issue 13: a 50 MB document
/// is not held a second time as output). A researcher must not be able to tell:
/// the streamed bytes are those of the tree-built output, on every real document
/// we have — the four families of Corpus/ and the saved State Council pages.
@Suite struct StreamedOutputTests {
    static let documents: [Document] = {
        let pipeline = Pipeline()
        var paths: [String] = []
        let corpus = IngestPaths.packageRoot.appendingPathComponent("Corpus").path
        if let names = FileManager.default.enumerator(atPath: corpus)?.allObjects as? [String] {
            paths += names.filter { $0.hasSuffix(".txt") }.sorted().map { corpus + "/" + $0 }
        }
        if let pages = IngestPaths.sharedPages, let names = try? FileManager.default.contentsOfDirectory(atPath: pages) {
            paths += names.filter { $0.hasSuffix(".html") }.sorted().map { pages + "/" + $0 }
        }
        return paths.compactMap { try? pipeline.document(at: $0) }
    }()

    @Test func theBundledAndSharedDocumentsAreAllThere() {
        // 5 + 7 family documents, and the pages when ../shared is present.
        #expect(Self.documents.count >= 12)
        #expect(Self.documents.contains { $0.source.hasSuffix(".html") } || IngestPaths.sharedPages == nil)
    }

    @Test func eachDocumentStreamedIsTheTreeBuiltJSON() {
        for document in Self.documents {
            var json = JSONStream("")
            DocumentJSON.write(document, to: &json)
            #expect(json.sink + "\n" == DocumentJSON.render(document), "\(document.id)")
        }
    }

    @Test func severalDocumentsStreamedAreTheTreeBuiltArray() {
        var json = JSONStream("")
        json.beginArray()
        for document in Self.documents { DocumentJSON.write(document, to: &json) }
        json.end()
        #expect(json.sink == JSONValue.array(Self.documents.map(DocumentJSON.value(of:))).serialized())
    }

    @Test func emptyContainersAreWrittenAsTheTreeWritesThem() {
        var json = JSONStream("")
        json.beginArray()
        json.end()
        #expect(json.sink == "[]")
        let bare = Document(id: "empty", source: "empty.txt", clauses: [])
        var one = JSONStream("")
        DocumentJSON.write(bare, to: &one)
        #expect(one.sink + "\n" == DocumentJSON.render(bare))
        #expect(one.sink.contains("\"clauses\": []"))
    }

    @Test(arguments: DocumentCSV.Table.allCases)
    func eachTableStreamedIsTheStoredTable(_ table: DocumentCSV.Table) {
        var csv = CSVStream(header: DocumentCSV.header(of: table), into: "")
        for document in Self.documents { DocumentCSV.write(table, of: document, to: &csv) }
        let stored = DocumentCSV.render(table, of: Self.documents)
        #expect(csv.sink == stored)
        // Not vacuous: the real documents give rows with quotes and commas to escape.
        #expect(stored.components(separatedBy: "\r\n").count > 50)
    }

    /// The field writer copies runs of bytes; Foundation's replacement is the oracle.
    @Test func fieldsAreQuotedAndGuardedAsBefore() {
        func oracle(_ value: String) -> String {
            let value = CSVWriter.formulaGuarded(value)
            guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        let samples = [
            "", "\"", "\"\"", "省质监局", "打造“甘肃品牌\"", "\"开头", "结尾\"", "e\u{301}\"x",
            "=HYPERLINK(\"http://x\",\"点击\")", "-3.5", "+2", "=", "-", "\t制表", "\r回车,", "@SUM(A1)",
            "第一段\n第二段", "a\r\nb", "全角，逗号", "合格率达到\"96.85%\",\n稳定提升", "👩‍👩‍👧\"家庭\"", "\u{2028}\",",
        ]
        for sample in samples {
            #expect(CSVWriter.field(sample) == oracle(sample), "\(sample.debugDescription)")
        }
        // Every quote is doubled, also one that a combining mark follows (it reads back as one field).
        #expect(CSVWriter.field("a\"\u{301}b") == "\"a\"\"\u{301}b\"")
    }

    @Test func aStreamedFileThatFailsHalfWayLeavesThePreviousFileAndNoTemporary() throws {
        let folder = try IngestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.json").path
        try "previous\n".write(toFile: path, atomically: false, encoding: .utf8)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try AtomicFile.stream(to: path) { out in
                // More than the buffer holds, so part of it reached the temporary file.
                for document in Self.documents.prefix(3) {
                    var json = JSONStream(out)
                    DocumentJSON.write(document, to: &json)
                }
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func aStreamedFileHasTheBytesOfTheWholeText() throws {
        let folder = try IngestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out/all.json").path
        try AtomicFile.stream(to: path) { out in
            var json = JSONStream(out)
            json.beginArray()
            for document in Self.documents { DocumentJSON.write(document, to: &json) }
            json.end()
            out.append("\n")
        }
        let expected = JSONValue.array(Self.documents.map(DocumentJSON.value(of:))).serialized() + "\n"
        #expect(expected.utf8.count > BufferedOutput.capacity * 4)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected.utf8))
    }
}
