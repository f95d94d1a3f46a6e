import Foundation
import Testing
@testable import PolicyDiff

/// One document, three files: the plan as a text, as Word documents (labels
/// typed, or made by Word numbering) and as a PDF printed from Word. What a
/// researcher gets from them (clause paths, targets, lead and responsible
/// units) must not depend on the file format.
@Suite struct IngestOfficeMetamorphicTests {
    static let pipeline = Pipeline()

    static func document(_ path: String) throws -> Document {
        try pipeline.document(at: path, id: "shanghai")
    }

    /// Clause paths, and each clause's targets and assignments, as comparable items.
    static func items(_ document: Document) -> [String] {
        document.clauses.flatMap { clause -> [String] in
            let path = clause.path.joined(separator: "/")
            return ["path \(path)"]
                + clause.targets.map { "target \(path) \($0.indicator) \($0.value) \($0.unit) \($0.comparator) \(String(describing: $0.year))" }
                + clause.assignments.map { "units \(path) \($0.lead) \($0.responsible)" }
        }
    }

    /// The text each fixture was made from (Scripts/make-fixtures.py). Gansu's plan
    /// carries the targets (90%以上, 2020年) and 牵头单位/责任单位 tags; Shanghai's
    /// the numbering twin.
    static let sources = [
        "shanghai-typed.docx": OfficeFixtures.shanghaiText,
        "shanghai-numbered.docx": OfficeFixtures.shanghaiText,
        "shanghai-numbered-lo.docx": OfficeFixtures.shanghaiText,
        "shanghai-plan.pdf": OfficeFixtures.shanghaiText,
        "gansu-typed.docx": IngestPaths.corpus("gansu-2017-plan.txt"),
        "gansu-plan.pdf": IngestPaths.corpus("gansu-2017-plan.txt"),
    ]

    @Test(arguments: ["shanghai-typed.docx", "shanghai-numbered.docx", "shanghai-numbered-lo.docx", "gansu-typed.docx"])
    func docxGivesExactlyWhatTheTextGives(file: String) throws {
        let text = try Self.document(try #require(Self.sources[file]))
        let docx = try Self.document(OfficeFixtures.path(file))
        #expect(text.clauses.count >= 25)
        #expect(docx.clauses.map(\.path) == text.clauses.map(\.path))
        #expect(docx.clauses.map(\.text) == text.clauses.map(\.text))
        #expect(docx.clauses.map(\.targets) == text.clauses.map(\.targets))
        #expect(docx.clauses.map(\.assignments) == text.clauses.map(\.assignments))
        #expect(Self.items(docx) == Self.items(text))
        #expect(docx.metadata.title == text.metadata.title)
    }

    @Test func gansuCarriesTargetsAndUnitsToCompare() throws {
        let items = Self.items(try Self.document(IngestPaths.corpus("gansu-2017-plan.txt")))
        #expect(items.filter { $0.hasPrefix("target") }.count >= 15)
        #expect(items.filter { $0.hasPrefix("units") }.count >= 15)
    }

    @Test(arguments: ["shanghai-plan.pdf", "gansu-plan.pdf"])
    func pdfGivesTheSameClausesTargetsAndUnits(file: String) throws {
        let text = try Self.document(try #require(Self.sources[file]))
        let pdf = try Self.document(OfficeFixtures.path(file))
        #expect(pdf.clauses.map(\.path) == text.clauses.map(\.path))
        let reference = Self.items(text)
        let got = Set(Self.items(pdf))
        let same = reference.filter(got.contains).count
        #expect(Double(same) >= 0.98 * Double(reference.count), "\(same) of \(reference.count) items identical")
        #expect(pdf.metadata.title == text.metadata.title)
        // Gansu's date is the web page's 发布时间 line, which no PDF of the plan holds.
        if file.hasPrefix("shanghai") { #expect(pdf.metadata.date == text.metadata.date) }
    }

    @Test(arguments: ["shanghai-plan.pdf", "gansu-plan.pdf"])
    func comparingTheTextWithItsPDFFindsNoChange(file: String) throws {
        let text = try Self.document(try #require(Self.sources[file]))
        let pdf = try Self.document(OfficeFixtures.path(file))
        let comparison = Comparer().compare(reference: text, local: pdf)
        #expect(comparison.omissions.isEmpty)
        #expect(comparison.additions.isEmpty)
        #expect(comparison.numberChanges.isEmpty)
        #expect(comparison.unitChanges.isEmpty)
        #expect(comparison.coverage == 1)
    }
}
