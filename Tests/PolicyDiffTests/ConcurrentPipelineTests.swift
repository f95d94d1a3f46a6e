import Foundation
import Testing
@testable import PolicyDiff

/// The batch run reads, extracts and compares documents in parallel. Run under
/// `Scripts/sanitize.sh thread`, these find data races in shared tables, caches
/// and libxml2's global state; in any build they check that a document comes out
/// the same whether it was processed alone or beside others.
@Suite struct ConcurrentPipelineTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    /// The corpus texts (their first `prefix` bytes, cut at a line end, so a
    /// debug build stays quick) and a small saved page, as (path, bytes).
    static func inputs(prefix: Int) throws -> [(String, [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".txt") && $0 != "manifest.txt" }.sorted()
        var inputs = try names.map { name in
            let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(name)))
            let cut = bytes.count <= prefix ? bytes.count : (bytes[..<prefix].lastIndex(of: 0x0A) ?? prefix)
            return ("Corpus/" + name, Array(bytes[..<cut]))
        }
        let page = """
            <html><head><meta charset="utf-8"><title>关于开展质量提升行动的实施意见</title></head><body>
            <div class="nav">首页 &gt; 政务公开 &gt; 政策文件</div>
            <div class="content"><p>一、总体要求</p><p>（一）主要目标。到2020年，重点消费品质量监督抽查合格率稳定在90%以上。</p>
            <p>（二）重点任务。提升企业质量管理能力。（牵头单位：省质监局；责任单位：省发展改革委、省科技厅）</p></div>
            <div class="share">打印 关闭 扫一扫在手机打开当前页</div></body></html>
            """
        inputs.append(("page.html", Array(page.utf8)))
        return inputs
    }

    static func document(_ input: (String, [UInt8])) -> Document? {
        guard let source = try? DocumentReader().read(bytes: input.1, path: input.0) else { return nil }
        return Pipeline().document(from: source, id: Pipeline.defaultID(for: input.0))
    }

    @Test func documentsAreTheSameAloneAndInParallel() async throws {
        let inputs = try Self.inputs(prefix: 12_000)
        try #require(inputs.count > 1)
        let alone = inputs.map(Self.document)
        let parallel = await withTaskGroup(of: (Int, Document?).self) { group in
            for round in 0..<2 {
                for (index, input) in inputs.enumerated() {
                    group.addTask { (index + round * inputs.count, Self.document(input)) }
                }
            }
            var results = [Document?](repeating: nil, count: inputs.count * 2)
            for await (slot, document) in group { results[slot] = document }
            return results
        }
        for (slot, document) in parallel.enumerated() {
            #expect(document == alone[slot % inputs.count], "\(inputs[slot % inputs.count].0) differs when run beside others")
        }
    }

    @Test func comparisonsAreTheSameAloneAndInParallel() async throws {
        let documents = try Self.inputs(prefix: 6_000).compactMap(Self.document)
        try #require(documents.count > 1)
        // Neighbours both ways round: enough pairs to overlap, few enough for a debug build.
        let pairs = documents.indices.dropLast().flatMap { [($0, $0 + 1), ($0 + 1, $0)] }
        let alone = pairs.map { Comparer().compare(reference: documents[$0.0], local: documents[$0.1]) }
        let parallel = await withTaskGroup(of: (Int, Comparison).self) { group in
            for (slot, pair) in pairs.enumerated() {
                group.addTask { (slot, Comparer().compare(reference: documents[pair.0], local: documents[pair.1])) }
            }
            var results: [Int: Comparison] = [:]
            for await (slot, comparison) in group { results[slot] = comparison }
            return results
        }
        for (slot, comparison) in alone.enumerated() {
            #expect(parallel[slot] == comparison, "comparison \(pairs[slot]) differs when run beside others")
        }
    }
}
