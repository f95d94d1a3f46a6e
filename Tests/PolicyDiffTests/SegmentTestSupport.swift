import Foundation
import Testing
@testable import PolicyDiff

/// Texts for the Segment tests: inline documents, fixtures under Fixtures/segment, and the corpus.
enum SegmentTestSupport {
    /// A text as the reader delivers it: one paragraph per non-empty line, layout spaces trimmed.
    static func source(_ text: String, path: String = "test.txt", pageInfo: PageInfo = PageInfo()) -> SourceText {
        let paragraphs = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return SourceText(path: path, format: .plainText, encoding: "UTF-8", paragraphs: paragraphs, pageInfo: pageInfo)
    }

    static func segment(_ text: String) -> ClauseSegmenter.Result {
        ClauseSegmenter().segment(source(text))
    }

    static func fixture(_ name: String) throws -> SourceText {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/segment/\(name)")
        return source(try String(contentsOf: url, encoding: .utf8), path: name)
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A corpus document read by the real reader and run through the pipeline.
    static func corpus(_ name: String) throws -> Document {
        let path = packageRoot.appendingPathComponent("Corpus/\(name)").path
        return try Pipeline().document(at: path)
    }
}

extension ClauseSegmenter.Result {
    func clause(_ path: String) -> Clause? { clauses.first { $0.pathString == path } }
    var paths: [String] { clauses.filter { $0.kind == .numbered }.map(\.pathString) }
    func warnings(_ code: WarningCode) -> [DocumentWarning] { warnings.filter { $0.code == code } }
}

extension Document {
    func clause(path: String) -> Clause? { clauses.first { $0.pathString == path } }
}
