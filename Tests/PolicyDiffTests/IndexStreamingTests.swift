import Foundation
import Testing
@testable import PolicyDiff

/// index.html of a corpus of thousands of documents is written row by row
/// (issue 13: a run's memory must not grow with the corpus). The researcher's page
/// must be the one the whole tree gives, byte for byte: on the bundled corpus's
/// real comparisons, on that corpus with many more documents below each reference,
/// and at the edges (no pair, one pair) where libxml2 lays out a lone child apart.
@Suite struct IndexStreamingTests {
    /// The summaries of a real run over Corpus/ (every family), read back from its JSON.
    static let corpusSummaries: [PairSummary] = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policydiff-index-stream-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard let manifest = try? CorpusSource.load(IngestPaths.packageRoot.appendingPathComponent("Corpus").path) else { return [] }
        _ = BatchRunner().run(manifest, options: .init(outputDirectory: folder, formats: [.json]))
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return names.compactMap { name in
            guard let (comparison, relation, stem) = try? PairJSON.read(path: folder + "/" + name) else { return nil }
            return PairSummary(comparison, stem: stem, relation: relation)
        }
    }()

    /// Each pair whose local document is no one's reference, copied `copies` times
    /// under new names: many cities below each province and below the national text.
    static func widened(_ summaries: [PairSummary], copies: Int) -> [PairSummary] {
        let references = Set(summaries.map(\.reference.id))
        var out = summaries
        for k in 1...copies {
            for s in summaries where !references.contains(s.local.id) {
                var copy = s
                copy.local.id = "\(s.local.id)-copy\(k)"
                copy.stem = "\(copy.local.id)__\(s.reference.id)"
                out.append(copy)
            }
        }
        return out
    }

    static func streamed(_ summaries: [PairSummary]) -> String {
        var page = ""
        CorpusIndex().write(summaries, to: &page)
        return page
    }

    @Test func theBundledCorpusIndexIsTheTreeBuiltPage() {
        let summaries = Self.corpusSummaries
        #expect(summaries.count >= 11)
        let page = CorpusIndex().render(summaries)
        #expect(Self.streamed(summaries) == page)
        #expect(!page.contains(HTMLPageParts.markerAttribute))
    }

    @Test(arguments: [1, 2, 7])
    func aWiderCorpusIndexIsTheTreeBuiltPage(_ copies: Int) {
        let summaries = Self.widened(Self.corpusSummaries, copies: copies)
        let page = CorpusIndex().render(summaries)
        #expect(Self.streamed(summaries) == page)
        // Not vacuous: the copies are on the page, in the hierarchy and in the matrices.
        #expect(page.contains("<li id=\"doc-zhangye-2018-plan-copy\(copies)\">"))
        #expect(page.contains("title=\"zhangye-2018-plan-copy\(copies) "))
    }

    @Test func aSinglePairAndNoPairAreTheTreeBuiltPages() throws {
        let one = try #require(Self.corpusSummaries.first { $0.relation == .implements })
        for summaries in [[], [one]] {
            #expect(Self.streamed(summaries) == CorpusIndex().render(summaries))
        }
    }

    @Test func documentTextThatSpellsAPlaceholderStaysText() throws {
        var hostile = try #require(Self.corpusSummaries.first { $0.relation == .implements })
        hostile.local.title = "<tr data-policydiff-part=\"0a\"></tr> 与 data-policydiff-part=\"1a\""
        let summaries = Self.widened([hostile], copies: 3)
        let page = CorpusIndex().render(summaries)
        #expect(Self.streamed(summaries) == page)
        #expect(page.withoutLanguageSpans.contains("&lt;tr data-policydiff-part=\"0a\"&gt;"))
    }

    @Test func aRunWritesIndexHTMLWithTheBytesOfTheWholePage() throws {
        let folder = try IngestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summaries = Self.widened(Self.corpusSummaries, copies: 2)
        let path = folder.appendingPathComponent("index.html").path
        try BatchRunner().writeIndex(summaries, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(CorpusIndex().render(summaries).utf8))
    }
}
