import Foundation
import Testing
@testable import PolicyDiff

/// Batch at scale: profiles made once per document give the same comparison as profiles
/// made per pair, and the pair order lets every document go after its last pair.
@Suite struct BatchScaleTests {
    static func document(_ name: String) throws -> Document {
        let manifest = try CorpusSource.load(BatchFixture.repositoryCorpus)
        let entry = try #require(manifest.entries.first { $0.id == name })
        return entry.applied(to: try Pipeline().document(at: CorpusSource.path(of: entry, in: manifest), id: entry.id))
    }

    @Test func profilesMadeOncePerDocumentGiveTheSameReportBytes() throws {
        let national = try Self.document("national-2017-guideline-fragment")
        let gansu = try Self.document("gansu-2017-plan"), zhangye = try Self.document("zhangye-2018-plan")
        let qingdao = try Self.document("qingdao-2018-plan")
        let profiled = Dictionary(uniqueKeysWithValues: [national, gansu, zhangye, qingdao].map { ($0.id, ProfiledDocument($0)) })
        // Each reference reused across several locals (the cache is shared), and the reverse.
        for (r, l) in [(gansu, zhangye), (national, zhangye), (national, qingdao), (national, gansu), (zhangye, gansu), (gansu, zhangye)] {
            let direct = Comparer().compare(reference: r, local: l)
            let cached = Comparer().compare(reference: r, local: l,
                                            profiles: PairProfiles.make(reference: profiled[r.id]!, local: profiled[l.id]!))
            let pair = PlannedPair(reference: r.id, local: l.id, relation: .implements)
            #expect(PairJSON.render(direct, pair: pair) == PairJSON.render(cached, pair: pair), "\(l.id) vs \(r.id)")
        }
    }

    @Test func aPlaceNameOnlyTheOtherSideWritesLeavesTheProfileAlone() throws {
        // 张掖 occurs in the city plan, not in the national text: the national profile made
        // beside the city's equals the one made beside a document naming no place.
        let national = ProfiledDocument(try Self.document("national-2017-guideline-fragment"))
        let zhangye = ProfiledDocument(try Self.document("zhangye-2018-plan"))
        #expect(zhangye.placeNames.contains("张掖"))
        #expect(!national.mayContain("张掖"))
        #expect(zhangye.mayContain("张掖"))
    }

    @Test func pairsGoDepthFirstSoEachBranchIsFinishedBeforeTheNext() {
        var pairs: [PlannedPair] = []
        for p in 1...3 {
            pairs.append(PlannedPair(reference: "nat", local: "p\(p)", relation: .implements))
            for c in 1...3 {
                pairs.append(PlannedPair(reference: "p\(p)", local: "p\(p)c\(c)", relation: .implements))
                pairs.append(PlannedPair(reference: "nat", local: "p\(p)c\(c)", relation: .chainTop))
            }
        }
        pairs.append(PlannedPair(reference: "p1", local: "p3", relation: .peer))
        pairs.sort { $0.stem < $1.stem }
        let order = PairOrder.depthFirst(pairs)
        #expect(order.count == pairs.count && Set(order.map(\.stem)) == Set(pairs.map(\.stem)))
        // Once a province's branch is left, none of its documents comes back (its peer pair
        // is taken when the later of the two is reached).
        var last: [String: Int] = [:], first: [String: Int] = [:]
        for (i, p) in order.enumerated() { for id in [p.reference, p.local] { last[id] = i; first[id] = first[id] ?? i } }
        #expect(last["p2"]! < first["p3"]!)
        #expect(last["p2c3"]! < first["p3"]!)
        // The most documents alive at once (besides the national text) stays at a branch's size.
        var alive = 0, peak = 0
        for i in order.indices {
            alive = Set(order[0...i].flatMap { [$0.reference, $0.local] }).filter { last[$0]! >= i }.count
            peak = max(peak, alive)
        }
        #expect(peak <= 4)
    }

    @Test func aRunHoldsAFewDocumentsAtOnceAndWritesOnlyTheFormatsAsked() throws {
        let manifest = try CorpusSource.load(BatchFixture.repositoryCorpus)
        let out = NSTemporaryDirectory() + "policydiff-formats-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = BatchRunner().run(manifest, options: .init(outputDirectory: out, jobs: 2, formats: [.json, .csv]))
        #expect(result.failures.isEmpty)
        #expect(!result.wroteIndex)
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(names.filter { $0.hasSuffix(".json") }.count == result.pairsWritten.count)
        #expect(names.filter { $0.hasSuffix(".csv") }.count == result.pairsWritten.count)
        #expect(!names.contains { $0.hasSuffix(".html") })
        #expect(result.peakDocumentsHeld < manifest.entries.count)
        #expect(throws: ReportFormat.ParseError.self) { try ReportFormat.parse("html,pdf") }
    }
}
