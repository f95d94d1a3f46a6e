import Foundation
import Testing

/// `policydiff discover` and `batch --formats/--db` as a script calls them.
@Suite struct DiscoverCommandTests {
    let cli = CommandLineTests()

    @Test func discoverWritesAManifestThatBatchThenReads() throws {
        let dir = NSTemporaryDirectory() + "policydiff-discover-cli-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for name in ["gansu-2017-plan.txt", "zhangye-2018-plan.txt", "national-2017-guideline-fragment.txt"] {
            try FileManager.default.copyItem(atPath: "\(BatchFixture.repositoryCorpus)/\(name)", toPath: "\(dir)/\(name)")
        }
        let found = try cli.run(["discover", dir, "-o", dir + "/manifest.txt"])
        #expect(found.status == 0, "\(found.stderr)")
        let manifest = try String(contentsOfFile: dir + "/manifest.txt", encoding: .utf8)
        #expect(manifest.contains("id: zhangye-2018-plan\nfile: zhangye-2018-plan.txt\nimplements: gansu-2017-plan\n"))
        #expect(manifest.contains("# implements national-2017-guideline-fragment (confidence"))
        let out = dir + "/out"
        let batch = try cli.run(["batch", dir, "-o", out, "--formats", "json", "--db", out + "/corpus.sqlite"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["corpus.sqlite", "gansu-2017-plan__national-2017-guideline-fragment.json",
                          "zhangye-2018-plan__gansu-2017-plan.json", "zhangye-2018-plan__national-2017-guideline-fragment.json"])
        #expect(try cli.run(["batch", dir, "-o", out, "--formats", "json,pdf"]).status == 2)
        #expect(try cli.run(["discover", dir + "/no-such-folder"]).status == 2)
    }
}
