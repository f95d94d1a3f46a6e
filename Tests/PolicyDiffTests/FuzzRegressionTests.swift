import Foundation
import Testing
import ZIPFoundation
@testable import PolicyDiff

/// Every input a fuzzer once broke a stage with (Fixtures/fuzz/TARGET/*) runs
/// again through that stage, as Fuzz/TARGET.swift runs it: no crash, no hang,
/// and the model's contract kept (ids exist, parents come first, scores in 0…1).
@Suite struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    /// (target, file name) for every saved input.
    static let savedInputs: [String] = {
        let manager = FileManager.default
        var found: [String] = []
        for target in FuzzStage.allCases.map(\.rawValue) {
            let folder = fixtures.appendingPathComponent(target).path
            let names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            found += names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
        }
        return found
    }()

    @Test(arguments: savedInputs)
    func savedInputStillPasses(_ input: String) throws {
        let stage = try #require(FuzzStage(rawValue: String(input.prefix { $0 != "/" })))
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(input)))
        stage.run(bytes)
    }

    @Test func everyTargetHasAFolderOrNone() throws {
        // A misspelt folder would silently never run.
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)) ?? []
        for folder in folders where !folder.hasSuffix(".md") && !folder.hasPrefix(".") {
            #expect(FuzzStage(rawValue: folder) != nil, "Fixtures/fuzz/\(folder) is not a fuzz target")
        }
    }
}

/// The fuzz targets of Fuzz/, as tests run them.
enum FuzzStage: String, CaseIterable {
    case readText = "read-text", readHTML = "read-html", readDocx = "read-docx", readPDF = "read-pdf"
    case segment, extract, compare

    func run(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        switch self {
        case .readText, .readHTML, .readDocx, .readPDF:
            let (path, bytes) = Self.readerInput(self, bytes)
            let reader = DocumentReader(maxInputBytes: 1 << 20)
            do {
                let first = try reader.read(bytes: bytes, path: path)
                if self == .readDocx || self == .readPDF {
                    #expect(!first.paragraphs.contains { $0.isEmpty || $0.contains("\n") },
                            "an empty paragraph or one holding a line break", sourceLocation: sourceLocation)
                }
                let second = try? reader.read(bytes: bytes, path: path)
                #expect(second == first, "the same bytes read twice differ", sourceLocation: sourceLocation)
                FuzzContractCheck.expect(Pipeline().document(from: first, id: "fuzz"), sourceLocation: sourceLocation)
            } catch {
                #expect(error.description.hasPrefix(path + ": "), sourceLocation: sourceLocation)
            }
        case .segment:
            let source = Self.source(bytes[...], path: "fuzz.txt")
            let result = ClauseSegmenter().segment(source)
            FuzzContractCheck.expect(Document(id: "fuzz", source: source.path, warnings: result.warnings,
                                              clauses: result.clauses), sourceLocation: sourceLocation)
        case .extract:
            let source = Self.source(bytes[...], path: "fuzz.txt")
            let document = Pipeline().document(from: source, id: "fuzz")
            FuzzContractCheck.expect(document, sourceLocation: sourceLocation)
            #expect(Pipeline().document(from: source, id: "fuzz") == document, "not deterministic", sourceLocation: sourceLocation)
        case .compare:
            let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
            let rest = cut < bytes.count && bytes[cut] == 0 ? cut + 1 : cut
            let reference = Pipeline().document(from: Self.source(bytes[..<cut], path: "reference.txt"), id: "reference")
            let local = Pipeline().document(from: Self.source(bytes[rest...], path: "local.txt"), id: "local")
            FuzzContractCheck.expect(Comparer().compare(reference: reference, local: local), sourceLocation: sourceLocation)
        }
    }

    /// The file a reader target reads, as Fuzz/Read*.swift makes it: read-pdf puts
    /// `%PDF-1.7` before an input without the signature; read-docx reads a ZIP as
    /// it is and packs anything else (stored) as word/document.xml, what follows
    /// the first NUL as word/numbering.xml.
    static func readerInput(_ stage: FuzzStage, _ bytes: [UInt8]) -> (path: String, bytes: [UInt8]) {
        switch stage {
        case .readPDF:
            return ("fuzz.pdf", bytes.starts(with: Array("%PDF-".utf8)) ? bytes : Array("%PDF-1.7\n".utf8) + bytes)
        case .readDocx:
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return ("fuzz.docx", bytes) }
            let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
            var parts = [("word/document.xml", Array(bytes[..<split]))]
            if split < bytes.endIndex { parts.append(("word/numbering.xml", Array(bytes[(split + 1)...]))) }
            guard let archive = try? Archive(data: Data(), accessMode: .create) else { return ("fuzz.docx", []) }
            for (name, data) in parts {
                try? archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) {
                    position, size in Data(data[Int(position)..<Int(position) + size])
                }
            }
            return ("fuzz.docx", archive.data.map { [UInt8]($0) } ?? [])
        case .readHTML: return ("fuzz.html", bytes)
        default: return ("fuzz.txt", bytes)
        }
    }

    /// As Fuzz/Support/FuzzInput.swift: lossy UTF-8, one paragraph per non-empty line.
    static func source(_ bytes: ArraySlice<UInt8>, path: String) -> SourceText {
        let paragraphs = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return SourceText(path: path, format: .plainText, encoding: "UTF-8", paragraphs: paragraphs)
    }
}

/// Fuzz/Support/FuzzInput.swift's FuzzContract, as expectations.
enum FuzzContractCheck {
    static func expect(_ document: Document, sourceLocation: SourceLocation) {
        var seen = Set<String>()
        for clause in document.clauses {
            if let parent = clause.parent {
                #expect(seen.contains(parent), "clause \(clause.id): parent \(parent) is not an earlier clause", sourceLocation: sourceLocation)
            }
            #expect(seen.insert(clause.id).inserted, "clause id \(clause.id) repeats", sourceLocation: sourceLocation)
            let length = clause.text.count
            for span in clause.garbledSpans {
                #expect(span.lowerBound >= 0 && span.upperBound <= length,
                        "clause \(clause.id): garbled span \(span) outside \(length) characters", sourceLocation: sourceLocation)
            }
            for target in clause.targets {
                #expect(target.value.isFinite, "clause \(clause.id): target value \(target.value)", sourceLocation: sourceLocation)
                if let max = target.valueMax {
                    #expect(max.isFinite && max >= target.value, "clause \(clause.id): range \(target.value)…\(max)", sourceLocation: sourceLocation)
                }
            }
        }
        for warning in document.warnings {
            if let clause = warning.clause {
                #expect(seen.contains(clause), "warning \(warning.code.rawValue) names unknown clause \(clause)", sourceLocation: sourceLocation)
            }
        }
    }

    static func expect(_ comparison: Comparison, sourceLocation: SourceLocation) {
        let reference = Set(comparison.reference.clauses.map(\.id))
        let local = Set(comparison.local.clauses.map(\.id))
        for alignment in comparison.alignments {
            #expect((0...1).contains(alignment.score), "score \(alignment.score)", sourceLocation: sourceLocation)
            #expect(alignment.reference.allSatisfy(reference.contains) && alignment.local.allSatisfy(local.contains),
                    "alignment names unknown clauses: \(alignment.reference) → \(alignment.local)", sourceLocation: sourceLocation)
        }
        #expect(comparison.omissions.allSatisfy(reference.contains), sourceLocation: sourceLocation)
        #expect(comparison.additions.allSatisfy(local.contains), sourceLocation: sourceLocation)
        #expect((0...1).contains(comparison.coverage), sourceLocation: sourceLocation)
    }
}
