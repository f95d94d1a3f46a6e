import Foundation
import Testing
@testable import PolicyDiff

/// A researcher's folder of downloaded attachments: a national text, a
/// provincial plan as a PDF, an old .doc. The PDF is placed and compared like
/// any text; the .doc is named with its conversion; nothing else is lost.
@Suite struct IngestOfficeCorpusTests {
    static func folder(_ files: [(from: String, as: String)]) throws -> String {
        let dir = try IngestPaths.scratch().path
        for file in files {
            try FileManager.default.copyItem(atPath: file.from, toPath: (dir as NSString).appendingPathComponent(file.as))
        }
        return dir
    }

    @Test func folderWithAPDFAndADocIsComparedAndTheDocNamed() throws {
        let corpus = try Self.folder([
            (IngestPaths.corpus("national-2017-guideline-fragment.txt"), "national-2017-guideline-fragment.txt"),
            (OfficeFixtures.path("gansu-plan.pdf"), "gansu-2017-plan.pdf"),
            (OfficeFixtures.path("shanghai-short.doc"), "old-notice.doc"),
        ])
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let manifest = try CorpusSource.load(corpus)
        #expect(manifest.entries.map(\.file).sorted() == ["gansu-2017-plan.pdf", "national-2017-guideline-fragment.txt", "old-notice.doc"])
        let out = corpus + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = BatchRunner().run(manifest, options: .init(outputDirectory: out, jobs: 1))
        #expect(result.pairsWritten.contains { $0.hasPrefix("gansu-2017-plan__national") }, "\(result.pairsWritten)")
        let failure = try #require(result.failures.first { $0.subject == "old-notice" })
        #expect(failure.reason.contains("Word 97–2003 document (.doc)"))
        #expect(failure.reason.contains("libreoffice --headless --convert-to docx"))
        #expect(result.failures.count == 1, "\(result.failures)")
    }

    @Test func manifestMayNameDocxAndPDFFiles() throws {
        let corpus = try Self.folder([
            (IngestPaths.corpus("national-2017-guideline-fragment.txt"), "national.txt"),
            (OfficeFixtures.path("gansu-typed.docx"), "甘肃实施方案.docx"),
        ])
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let manifest = """
            id: national
            file: national.txt
            level: national

            id: gansu
            file: 甘肃实施方案.docx
            level: provincial
            implements: national
            """
        try manifest.write(toFile: (corpus as NSString).appendingPathComponent("manifest.txt"), atomically: true, encoding: .utf8)
        let out = corpus + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = BatchRunner().run(try CorpusSource.load(corpus), options: .init(outputDirectory: out, jobs: 1))
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.pairsWritten.contains { $0.hasPrefix("gansu__national") }, "\(result.pairsWritten)")
    }
}

/// The command line on attachments: the .doc is refused in one line, the
/// .docx and .pdf beside it are still read, the exit status says one failed.
@Suite struct IngestOfficeCommandLineTests {
    @Test func extractReadsDocxAndPDFAndNamesTheDoc() throws {
        let doc = OfficeFixtures.path("shanghai-short.doc")
        let run = try CommandLineTests().run(["extract", OfficeFixtures.path("gansu-typed.docx"), doc,
                                              OfficeFixtures.path("shanghai-plan.pdf")])
        #expect(run.status == 1)
        #expect(run.stderr == "policydiff: \(doc): is a Word 97–2003 document (.doc), which policydiff does not read; "
                + "convert it first: libreoffice --headless --convert-to docx \(doc)\n")
        #expect(run.stdout.contains("关于开展质量提升行动实施方案"))
        #expect(run.stdout.contains("上海市人民政府办公厅关于全面加强建筑垃圾管理的实施意见"))
    }

    @Test func compareTheTextWithItsPDF() throws {
        let run = try CommandLineTests().run(["compare", IngestPaths.corpus("gansu-2017-plan.txt"),
                                              OfficeFixtures.path("gansu-plan.pdf")])
        #expect(run.status == 0)
        #expect(run.stdout.contains("coverage:  100.0%"))
        #expect(run.stdout.contains("omissions: 0   additions: 0"))
        // No number changed, none removed or added (the summary line of issue 12).
        #expect(run.stdout.contains("changed 0, removed 0, added 0   lead/responsible changes: 0"))
    }
}
