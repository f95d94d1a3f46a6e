import Foundation
import Testing
@testable import PolicyDiff

/// A small corpus written to a temporary folder: a national guideline, two
/// provincial plans implementing it (named as peers), and a city plan
/// implementing the first province — the shape of a real implementation chain.
enum BatchFixture {
    static let pairCount = 5
    static let hostileTitle = "方案<script>alert(1)</script></td>&amp;\"><img src=x onerror=alert(1)>"

    static let national = """
    中共中央 国务院关于开展质量提升行动的指导意见
    中发〔2017〕24号
    一、总体要求
    (一)指导思想。全面贯彻党的十九大精神,坚持以质量第一为价值导向。
    二、全面提升产品质量
    (二)增加农产品有效供给。到2020年,农产品质量安全抽检合格率达到97%以上。
    (三)提高消费品质量。重点消费品质量监督抽查合格率稳定在90%以上。(质检总局、工业和信息化部等按职责分工负责)
    三、切实加强组织领导
    (四)加强考核评估。各地区各部门要将质量工作纳入绩效考核。
    """

    static func province(_ name: String, rate: Int) -> String {
        """
        中共\(name)省委 \(name)省人民政府关于开展质量提升行动实施方案
        为贯彻落实《中共中央 国务院关于开展质量提升行动的指导意见》(中发〔2017〕24号),结合我省实际,制定本方案。
        一、总体要求
        (一)指导思想。全面贯彻党的十九大精神,坚持以质量第一为价值导向,推进质量强省建设。
        二、重点任务
        (二)增加农产品有效供给。到2020年,全省农产品质量安全抽检合格率达到\(rate)%以上。(牵头单位:省农牧厅;责任单位:省质监局)
        (三)提高消费品质量。每年选择350户以上企业开展质量提升示范。(牵头单位:省工信委;责任单位:省质监局)
        三、保障措施
        (四)加强考核评估。各市州要将质量工作纳入绩效考核。
        """
    }

    static let city = """
    中共某市委 某市人民政府关于开展质量提升行动实施方案
    为贯彻落实《关于开展质量提升行动实施方案》(甲发〔2017〕42号),结合我市实际,制定本方案。
    一、重点任务
    (一)提高消费品质量。每年组织100户以上企业开展质量提升示范。(牵头单位:市工信委;责任单位:市质监局)
    (二)增加农产品有效供给。到2020年,全市农产品质量安全抽检合格率达到96%以上。
    (三)发展全域旅游。打造精品旅游线路5条。
    二、保障措施
    (四)加强考核评估。各县区要将质量工作纳入绩效考核。
    """

    static let hostileSentence = "\n(五)防范风险。<script>alert(1)</script>不得</td>越权&amp;\"><img src=x onerror=alert(1)>。\n"

    /// Writes the corpus and returns its folder.
    static func corpus(hostile: Bool = false, missingCity: Bool = false, manifest useManifest: Bool = true) throws -> String {
        let dir = NSTemporaryDirectory() + "policydiff-batch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let extra = hostile ? hostileSentence : ""
        let files = [("national-guideline.txt", national + extra), ("jia-plan.txt", province("甲", rate: 98) + extra),
                     ("yi-plan.txt", province("乙", rate: 97) + extra), ("city-plan.txt", city + extra)]
        for (name, text) in files where !(missingCity && name == "city-plan.txt") {
            try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        guard useManifest else { return dir }
        let title = hostile ? "\ntitle: \(hostileTitle)" : ""
        let manifest = """
        # test corpus
        id: national-guideline
        file: national-guideline.txt
        level: national
        number: 中发〔2017〕24号\(title)
        implements:

        id: jia-plan
        file: jia-plan.txt
        level: provincial
        number: 甲发〔2017〕42号\(title)
        implements: national-guideline
        peers: yi-plan

        id: yi-plan
        file: yi-plan.txt
        level: provincial\(title)
        implements: national-guideline

        id: city-plan
        file: city-plan.txt
        level: city\(title)
        implements: jia-plan

        """
        try manifest.write(toFile: dir + "/manifest.txt", atomically: true, encoding: .utf8)
        return dir
    }

    /// Every file of a folder with its bytes, by name.
    static func snapshot(_ dir: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            files[name] = FileManager.default.contents(atPath: dir + "/" + name)
        }
        return files
    }

    static var repositoryCorpus: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus").path
    }
}

@Suite struct BatchTests {
    @Test func plansEachDocumentAgainstWhatItImplementsTheTopOfItsChainAndItsPeers() throws {
        let corpus = try BatchFixture.corpus()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let manifest = try CorpusSource.load(corpus)
        let plan = PairPlanner().plan(entries: manifest.entries, documents: [:])
        #expect(plan.problems.isEmpty)
        #expect(plan.pairs.map(\.stem) == [
            "city-plan__jia-plan", "city-plan__national-guideline", "jia-plan__national-guideline",
            "yi-plan__jia-plan", "yi-plan__national-guideline",
        ])
        #expect(plan.pairs.map(\.relation) == [.implements, .chainTop, .implements, .peer, .implements])
    }

    @Test func withoutAManifestThePlanFollowsTheCitationsInTheTexts() throws {
        let corpus = try BatchFixture.corpus(manifest: false)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        // Reports of an earlier run written into the same folder are not read as documents.
        try "<!DOCTYPE html>".write(toFile: corpus + "/index.html", atomically: true, encoding: .utf8)
        try "<!DOCTYPE html>".write(toFile: corpus + "/city-plan__jia-plan.html", atomically: true, encoding: .utf8)
        let manifest = try CorpusSource.load(corpus)
        #expect(manifest.entries.map(\.id) == ["city-plan", "jia-plan", "national-guideline", "yi-plan"])
        // What the segmenter reads is not this suite's concern: give the documents the
        // metadata and citations the texts state.
        func doc(_ id: String, _ level: AdministrativeLevel, number: String?, title: String, cites: [Citation]) -> Document {
            Document(id: id, source: id, metadata: DocumentMetadata(title: title, level: level, docNumber: number, cites: cites))
        }
        let guideline = Citation(title: "中共中央 国务院关于开展质量提升行动的指导意见", docNumber: "中发〔2017〕24号")
        let documents = [
            "national-guideline": doc("national-guideline", .national, number: "中发〔2017〕24号", title: "中共中央、国务院关于开展质量提升行动的指导意见", cites: []),
            "jia-plan": doc("jia-plan", .provincial, number: "甲发〔2017〕42号", title: "关于开展质量提升行动实施方案", cites: [guideline]),
            "yi-plan": doc("yi-plan", .provincial, number: nil, title: "关于开展质量提升行动的实施意见",
                           cites: [Citation(title: "中共中央、国务院关于开展质量提升行动的指导意见")]),
            // Cites its province by number; the title alone would also match the city's own.
            "city-plan": doc("city-plan", .city, number: "市委发〔2018〕29号", title: "关于开展质量提升行动实施方案",
                             cites: [Citation(title: "关于开展质量提升行动实施方案", docNumber: "甲发[2017]42号")]),
        ]
        let plan = PairPlanner().plan(entries: manifest.entries, documents: documents)
        #expect(plan.pairs.map(\.stem) == ["city-plan__jia-plan", "city-plan__national-guideline",
                                           "jia-plan__national-guideline", "yi-plan__national-guideline"])
    }

    @Test func fileNamesBecomeIdsThatAreSafeInFileNames() {
        #expect(CorpusSource.idFromFileName("gansu-2017-plan") == "gansu-2017-plan")
        #expect(CorpusSource.idFromFileName("Zhangye 2018 方案") == "Zhangye-2018")
        let chinese = CorpusSource.idFromFileName("甘肃省关于开展质量提升行动实施方案")
        #expect(chinese.hasPrefix("doc-") && chinese.count == 12 && CorpusManifest.isValidID(chinese))
        #expect(chinese != CorpusSource.idFromFileName("张掖市关于开展质量提升行动实施方案"))
        #expect(CorpusSource.idFromFileName("2018年方案").hasSuffix("-2018"))
    }

    @Test func runsTwiceAndOnAnyNumberOfThreadsGiveTheSameBytes() throws {
        let corpus = BatchFixture.repositoryCorpus
        let base = NSTemporaryDirectory() + "policydiff-det-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: base) }
        let manifest = try CorpusSource.load(corpus)
        var snapshots: [[String: Data]] = []
        var pairs = 0
        for (run, jobs) in [1, 1, 2, 4].enumerated() {
            let out = "\(base)/run\(run)"
            let result = BatchRunner().run(manifest, options: .init(outputDirectory: out, jobs: jobs))
            #expect(result.failures.isEmpty, "\(result.failures)")
            #expect(result.wroteIndex)
            pairs = result.pairsWritten.count
            snapshots.append(try BatchFixture.snapshot(out))
        }
        // Every family of the bundled corpus: the quality plans' 6 pairs and the others' 5.
        #expect(pairs == 11)
        #expect(snapshots[0].count == 3 * pairs + 1)
        for s in snapshots.dropFirst() {
            #expect(s.keys.sorted() == snapshots[0].keys.sorted())
            for (name, data) in snapshots[0] { #expect(s[name] == data, "\(name) differs") }
        }
    }

    @Test func shardsMergedByIndexEqualTheUnshardedRunByteForByte() throws {
        let corpus = try BatchFixture.corpus()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let manifest = try CorpusSource.load(corpus)
        let whole = corpus + "-whole", sharded = corpus + "-sharded"
        defer {
            try? FileManager.default.removeItem(atPath: whole)
            try? FileManager.default.removeItem(atPath: sharded)
        }
        _ = BatchRunner().run(manifest, options: .init(outputDirectory: whole))
        var written: [String] = []
        for k in 1...2 {
            let result = BatchRunner().run(manifest, options: .init(outputDirectory: sharded, shard: try Shard(index: k, count: 2)))
            #expect(!result.wroteIndex)
            #expect(result.failures.isEmpty)
            written += result.pairsWritten
        }
        #expect(written.sorted() == written.sorted().uniqued())
        #expect(written.count == BatchFixture.pairCount)
        #expect(!FileManager.default.fileExists(atPath: sharded + "/index.html"))
        let (pairs, failures) = try BatchRunner().buildIndex(directory: sharded)
        #expect(pairs == BatchFixture.pairCount && failures.isEmpty)
        let a = try BatchFixture.snapshot(whole), b = try BatchFixture.snapshot(sharded)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs") }
    }

    @Test func aDocumentThatCannotBeReadIsReportedAndTheOthersFinish() throws {
        let corpus = try BatchFixture.corpus(missingCity: true)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let out = corpus + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = BatchRunner().run(try CorpusSource.load(corpus), options: .init(outputDirectory: out))
        #expect(result.failures.contains { $0.subject == "city-plan" && $0.description.contains("city-plan.txt") })
        #expect(result.failures.contains { $0.subject == "city-plan__jia-plan" })
        #expect(result.pairsWritten == ["jia-plan__national-guideline", "yi-plan__jia-plan", "yi-plan__national-guideline"])
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(names.contains("index.html"))
        // Atomic writes leave no temporary files behind.
        #expect(!names.contains { $0.hasPrefix(".") })
    }

    @Test func aShardReadsOnlyTheDocumentsOfItsOwnPairs() throws {
        // The manifest names every implements, so shard 3/5 (jia-plan vs the national
        // guideline) never needs the missing city plan and does not fail on it.
        let corpus = try BatchFixture.corpus(missingCity: true)
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let out = corpus + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = BatchRunner().run(try CorpusSource.load(corpus),
                                       options: .init(outputDirectory: out, shard: try Shard(index: 3, count: 5)))
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.pairsWritten == ["jia-plan__national-guideline"])
    }

    @Test func eachPairGetsHTMLJSONAndACSVWithBOMAndCRLF() throws {
        let corpus = try BatchFixture.corpus()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let out = corpus + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = BatchRunner().run(try CorpusSource.load(corpus), options: .init(outputDirectory: out))
        let csv = try #require(FileManager.default.contents(atPath: out + "/city-plan__jia-plan.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix(PairCSV.columns.joined(separator: ",") + "\r\n"))
        #expect(text.hasSuffix("\r\n"))
        let json = try #require(FileManager.default.contents(atPath: out + "/city-plan__jia-plan.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["format"] as? String == "policydiff.comparison/1")
        #expect((object["pair"] as? [String: Any])?["relation"] as? String == "implements")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("href=\"city-plan__jia-plan.html\""))
        #expect(index.contains("id=\"matrix-national-guideline\""))
        #expect(index.contains("id=\"matrix-jia-plan\""))
    }

    @Test func indexSkipsForeignJSONAndReportsBrokenPairFiles() throws {
        let dir = NSTemporaryDirectory() + "policydiff-index-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pair = PlannedPair(reference: "province-plan", local: "city-plan", relation: .implements)
        try PairJSON.render(ReportSample.comparison, pair: pair).write(toFile: dir + "/city-plan__province-plan.json", atomically: true, encoding: .utf8)
        // An extract output (another format) is not a pair; a truncated file and a pair
        // whose numbers are absurd must not stop the index or crash it.
        try DocumentJSON.render(ReportSample.local).write(toFile: dir + "/city-plan.json", atomically: true, encoding: .utf8)
        try "{\"format\": \"policydiff.comparison/1\", \"pair\":".write(toFile: dir + "/broken.json", atomically: true, encoding: .utf8)
        var absurd = PairJSON.render(ReportSample.comparison, pair: PlannedPair(reference: "province-plan", local: "town-plan", relation: .implements))
        absurd = absurd.replacingOccurrences(of: "\"year\": 2020", with: "\"year\": 1e300")
            .replacingOccurrences(of: "\"score\": 0.912", with: "\"score\": -1e300")
        try absurd.write(toFile: dir + "/town-plan__province-plan.json", atomically: true, encoding: .utf8)
        let (pairs, failures) = try BatchRunner().buildIndex(directory: dir)
        #expect(pairs == 2)
        #expect(failures.map(\.subject) == [dir + "/broken.json"])
        #expect(failures.first?.reason.contains("not valid JSON") == true)
        #expect(FileManager.default.fileExists(atPath: dir + "/index.html"))
    }

    @Test func csvQuotesFieldsTheRFCWay() {
        #expect(CSVWriter.field("合格率") == "合格率")
        #expect(CSVWriter.field("省工信委,省质监局") == "\"省工信委,省质监局\"")
        #expect(CSVWriter.field("他说\"好\"") == "\"他说\"\"好\"\"\"")
        #expect(CSVWriter.field("一\r\n二") == "\"一\r\n二\"")
    }

    @Test func shardsDealThePairsRoundRobin() throws {
        let items = Array(0..<7)
        let shards = try (1...3).map { try Shard(index: $0, count: 3) }
        #expect(shards.map { $0.select(items) } == [[0, 3, 6], [1, 4], [2, 5]])
        #expect(throws: Shard.ParseError.self) { try Shard(parsing: "0/2") }
        #expect(throws: Shard.ParseError.self) { try Shard(parsing: "3/2") }
        #expect(throws: Shard.ParseError.self) { try Shard(parsing: "1-2") }
        #expect(try Shard(parsing: "2/8") == Shard(index: 2, count: 8))
    }

    @Test func parallelMapKeepsInputOrder() {
        let out = ParallelMap.run(count: 200, jobs: 4) { i -> Int in
            if i % 7 == 0 { usleep(200) }
            return i * i
        }
        #expect(out == (0..<200).map { $0 * $0 })
    }
}

@Suite struct BatchManifestTests {
    @Test func readsTheCorpusManifestOfTheRepository() throws {
        let manifest = try CorpusSource.load(BatchFixture.repositoryCorpus)
        let gansu = try #require(manifest.entries.first { $0.id == "gansu-2017-plan" })
        #expect(gansu.level == .provincial)
        #expect(gansu.number == "甘发〔2017〕42号")
        #expect(gansu.implements == "national-2017-guideline-fragment")
        #expect(gansu.peers == ["anhui-2018-opinions"])
        let national = try #require(manifest.entries.first { $0.level == .national })
        #expect(national.implements == "")
        let anhui = try #require(manifest.entries.first { $0.id == "anhui-2018-opinions" })
        #expect(anhui.number == nil)
    }

    @Test func manifestValuesOverrideWhatTheTextSaid() throws {
        let entry = CorpusManifest.Entry(id: "zhangye", file: "z.txt", title: "关于开展质量提升行动实施方案",
                                         level: .city, date: "2018-07-23")
        let read = Document(id: "z", source: "z.txt", metadata: DocumentMetadata(title: "张掖市", issuer: "中共张掖市委", level: .unknown))
        let d = entry.applied(to: read)
        #expect(d.id == "zhangye")
        #expect(d.metadata.title == "关于开展质量提升行动实施方案")
        #expect(d.metadata.issuer == "中共张掖市委")
        #expect(d.metadata.level == .city)
    }

    @Test func badManifestsAreRefusedWithTheLine() {
        func error(_ text: String) -> String? {
            do {
                _ = try CorpusManifest.parse(text, path: "m.txt", directory: ".")
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(error("id: a\nfile: a.txt\ncolour: red\n") == "m.txt:3: unknown field \"colour\" (known: id, file, title, issuer, level, date, number, implements, peers)")
        #expect(error("file: a.txt\n")?.hasPrefix("m.txt:1: a block has no id") == true)
        #expect(error("id: ../etc\nfile: a.txt\n")?.contains("may hold only letters, digits and -") == true)
        #expect(error("id: a\nfile: a.txt\nlevel: township\n")?.contains("level \"township\"") == true)
        #expect(error("id: a\nfile: a.txt\n\nid: a\nfile: b.txt\n")?.contains("used twice") == true)
        #expect(error("just words\n")?.hasPrefix("m.txt:1:") == true)
        #expect(error("# only comments\n\n") == nil)
    }

    @Test func unknownIdsAndLoopsCostTheirPairsAndAreReported() throws {
        let m = try CorpusManifest.parse("""
        id: a
        file: a.txt
        implements: nowhere

        id: b
        file: b.txt
        implements: c

        id: c
        file: c.txt
        implements: b
        peers: ghost
        """, path: "m.txt", directory: ".")
        let plan = PairPlanner().plan(entries: m.entries, documents: [:])
        #expect(plan.problems.contains { $0.contains("nowhere") })
        #expect(plan.problems.contains { $0.contains("loops") })
        #expect(plan.problems.contains { $0.contains("ghost") })
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
