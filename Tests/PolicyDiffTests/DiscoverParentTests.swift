import Foundation
import Testing
@testable import PolicyDiff

/// `policydiff discover` on real documents: the bundled corpus (all families), the State
/// Council pages and a second copy of the first family, mixed in one folder with the
/// manifest removed. The right answer is the bundled manifest's `implements`.
@Suite struct DiscoverParentTests {
    /// The folder: Corpus/ (every family), ../shared/pages, and copies of ../shared/corpus.
    static func mixedFolder(strip: Set<String> = [], edit: [String: (String) -> String] = [:]) throws -> (String, CorpusManifest) {
        let corpus = BatchFixture.repositoryCorpus
        let truth = try CorpusSource.load(corpus)
        let dir = NSTemporaryDirectory() + "policydiff-discover-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for entry in truth.entries {
            var text = try String(contentsOfFile: CorpusSource.path(of: entry, in: truth), encoding: .utf8)
            if strip.contains(entry.id) { text = stripCitations(text) }
            if let change = edit[entry.id] { text = change(text) }
            try text.write(toFile: dir + "/" + (entry.file as NSString).lastPathComponent, atomically: true, encoding: .utf8)
        }
        if let pages = IngestPaths.sharedPages {
            for name in try FileManager.default.contentsOfDirectory(atPath: pages) where name.hasSuffix(".html") {
                try FileManager.default.copyItem(atPath: pages + "/" + name, toPath: dir + "/" + name)
            }
            let shared = (pages as NSString).deletingLastPathComponent + "/corpus"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: shared)) ?? [] where name.hasSuffix(".txt") {
                try FileManager.default.copyItem(atPath: shared + "/" + name, toPath: dir + "/copy-" + name)
            }
        }
        return (dir, truth)
    }

    /// Every 《…》/〈…〉 span and every document number taken out of a text.
    static func stripCitations(_ text: String) -> String {
        var out = ""
        var inside = false
        for ch in text {
            if ch == "《" || ch == "〈" { inside = true; continue }
            if ch == "》" || ch == "〉" { inside = false; continue }
            if !inside { out.append(ch) }
        }
        let number = try! NSRegularExpression(pattern: "[\\p{Han}]{0,8}[〔\\[［(（][0-9]{4}[〕\\]］)）][0-9]+号")
        return number.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: "")
    }

    static func parents(_ dir: String) throws -> (links: [String: String], outcome: CorpusDiscovery.Outcome) {
        let outcome = CorpusDiscovery().discover(try CorpusSource.loadFolder(dir))
        return (Dictionary(uniqueKeysWithValues: outcome.result.parents.map { ($0.child, $0.parent) }), outcome)
    }

    /// The bundled manifest's links, for the documents discovery keeps: of two identical
    /// texts (a document and its copy) the first in id order stands for both.
    static func truth(_ manifest: CorpusManifest, _ outcome: CorpusDiscovery.Outcome) -> [String: String] {
        let ids = Set(outcome.sketches.map(\.id))
        func canonical(_ id: String) -> String { outcome.result.duplicates[id] ?? id }
        func idOf(_ entryID: String) -> String { Pipeline.defaultID(for: manifest.entries.first { $0.id == entryID }!.file) }
        var out: [String: String] = [:]
        for e in manifest.entries {
            guard let p = e.implements, !p.isEmpty else { continue }
            for child in [idOf(e.id), "copy-" + idOf(e.id)] where ids.contains(child) && outcome.result.duplicates[child] == nil {
                // A copy's parent is the copy of its parent when that is what was kept.
                let parent = child.hasPrefix("copy-") && ids.contains("copy-" + idOf(p)) ? "copy-" + idOf(p) : idOf(p)
                out[child] = canonical(parent)
            }
        }
        return out
    }

    @Test func everyTrueParentIsFoundAndNoneInvented() throws {
        let (dir, manifest) = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (links, outcome) = try Self.parents(dir)
        #expect(links == Self.truth(manifest, outcome))
        // The pages and the copies are there, and stay unpaired.
        #expect(outcome.sketches.count >= manifest.entries.count)
        if IngestPaths.sharedPages != nil {
            #expect(outcome.sketches.contains { $0.id.hasPrefix("01-govcn") })
            #expect(outcome.result.duplicates["gansu-2017-plan"] == "copy-gansu-2017-plan")
        }
    }

    @Test func childrenWhoseCitationsAreStrippedAreFoundByWording() throws {
        // A city, a district, a provincial 实施办法 of a law, a province: nothing cited is left.
        let stripped: Set<String> = ["zhangye-2018-plan", "cwaste-qingpu-2025", "consumer-law-zhejiang-2017",
                                     "coop-law-chongqing-2022", "anhui-2018-opinions"]
        let (dir, manifest) = try Self.mixedFolder(strip: stripped)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = try String(contentsOfFile: dir + "/zhangye-2018-plan.txt", encoding: .utf8)
        #expect(!text.contains("《") && !text.contains("甘发"))
        let (links, outcome) = try Self.parents(dir)
        #expect(links == Self.truth(manifest, outcome))
        let zhangye = try #require(outcome.result.parents.first { $0.child == "zhangye-2018-plan" })
        #expect(!zhangye.evidence.contains { $0.hasPrefix("cites") })
    }

    @Test func aCityCitingOnlyTheNationalTextButFollowingItsProvinceImplementsTheProvince() throws {
        // The city's plan names only the national guideline; its wording is its province's.
        let cite = "根据《中共中央、国务院关于开展质量提升行动的指导意见》，结合实际，制定本方案。\n"
        let (dir, _) = try Self.mixedFolder(edit: ["zhangye-2018-plan": { cite + Self.stripCitations($0) }])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (links, outcome) = try Self.parents(dir)
        // Gansu's plan and the national text are kept as their copies (first in id order).
        let province = outcome.result.duplicates["gansu-2017-plan"] ?? "gansu-2017-plan"
        let national = outcome.result.duplicates["national-2017-guideline-fragment"] ?? "national-2017-guideline-fragment"
        #expect(links["zhangye-2018-plan"] == province)
        let link = try #require(outcome.result.parents.first { $0.child == "zhangye-2018-plan" })
        #expect(link.evidence.contains { $0.contains("follows the wording of \(province)") && $0.contains(national) })
        // A city of another province that restates the national text is not given this province's plan.
        let qingdao = outcome.result.duplicates["qingdao-2018-plan"] ?? "qingdao-2018-plan"
        #expect(links[qingdao] == national)
    }

    @Test func theManifestWrittenReadsBackWithTheSameLinksAndSaysWhy() throws {
        let (dir, _) = try Self.mixedFolder(strip: ["zhangye-2018-plan"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (links, outcome) = try Self.parents(dir)
        let text = CorpusDiscovery.manifestText(outcome)
        #expect(text.contains("# implements copy-gansu-2017-plan (confidence") || text.contains("# implements gansu-2017-plan (confidence"))
        #expect(text.contains("shares"))
        let back = try CorpusManifest.parse(text, path: "manifest.txt", directory: dir)
        var read: [String: String] = [:]
        for e in back.entries { if let p = e.implements, !p.isEmpty { read[e.id] = p } }
        #expect(read == links)
        // Deterministic: the same folder gives the same bytes.
        #expect(CorpusDiscovery.manifestText(CorpusDiscovery().discover(try CorpusSource.loadFolder(dir), jobs: 1)) == text)
    }
}
