import Foundation
import Testing
@testable import PolicyDiff

/// Discovery reads and segments each document but does not extract its targets and
/// units (most of a document's cost, and nothing a sketch uses). On every real
/// document we have, the sketch is the one the full pipeline gives.
@Suite struct DiscoverSketchReadingTests {
    @Test func aSketchOfTheSegmentedDocumentIsTheSketchOfTheExtractedOne() throws {
        let pipeline = Pipeline()
        var paths: [String] = []
        let corpus = IngestPaths.packageRoot.appendingPathComponent("Corpus").path
        let names = (FileManager.default.enumerator(atPath: corpus)?.allObjects as? [String]) ?? []
        paths += names.filter { $0.hasSuffix(".txt") }.sorted().map { corpus + "/" + $0 }
        if let pages = IngestPaths.sharedPages {
            paths += try FileManager.default.contentsOfDirectory(atPath: pages).filter { $0.hasSuffix(".html") }.sorted().map { pages + "/" + $0 }
        }
        #expect(paths.count >= 12)
        for path in paths {
            let full = DocumentSketch(document: try pipeline.document(at: path, id: "d"), file: path)
            let light = DocumentSketch(document: try pipeline.segmentedDocument(at: path, id: "d"), file: path)
            #expect(light.title == full.title && light.docNumber == full.docNumber && light.level == full.level, "\(path)")
            #expect(light.placeNames == full.placeNames && light.citations == full.citations, "\(path)")
            #expect(light.shingles == full.shingles && light.textHash == full.textHash, "\(path)")
            #expect(light.provincesNamed == full.provincesNamed && light.opening == full.opening, "\(path)")
            #expect(!full.shingles.isEmpty)
        }
    }
}
