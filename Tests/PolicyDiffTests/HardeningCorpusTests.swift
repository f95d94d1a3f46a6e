import Foundation
import Testing
@testable import PolicyDiff

/// A corpus run under the accidents of real folders: manifests saved on Windows,
/// empty manifests, paths that lead out of the corpus, runs killed half-way,
/// documents too large to compare.
@Suite struct HardeningCorpusTests {
    // MARK: line ends and empty corpora

    @Test(arguments: ["\r\n", "\r"])
    func aManifestWithWindowsOrOldMacLineEndsPlansTheSamePairs(_ lineEnd: String) throws {
        let corpus = try BatchFixture.corpus()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let unix = try CorpusSource.load(corpus)
        let manifest = corpus + "/manifest.txt"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try ("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: lineEnd)).write(toFile: manifest, atomically: true, encoding: .utf8)
        let converted = try CorpusSource.load(corpus)
        #expect(converted == unix)
        #expect(converted.entries.map(\.id) == ["national-guideline", "jia-plan", "yi-plan", "city-plan"])

        let result = try HardeningCLI.shell("\"$BIN\" batch \(HardeningCLI.quoted([corpus, "-o", corpus + "-out"]))")
        defer { try? FileManager.default.removeItem(atPath: corpus + "-out") }
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: corpus + "-out").filter { $0.hasSuffix(".json") }
        #expect(written.count == BatchFixture.pairCount)
    }

    @Test(arguments: ["", "# only a comment\r\n\r\n", "\u{FEFF}\n\n"])
    func anEmptyManifestIsAnErrorNotAnEmptyIndex(_ text: String) throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        try scratch.write("corpus/manifest.txt", text)
        let result = try HardeningCLI.shell("\"$BIN\" batch corpus -o out", in: scratch.root)
        #expect(result.status == 2)
        #expect(result.stderrLines == ["policydiff: corpus/manifest.txt: the manifest lists no documents (blocks of \"id:\" and \"file:\" lines, separated by a blank line)"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out/index.html")))
    }

    @Test func aFolderWithNoDocumentsIsAnError() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        // Only what an earlier run wrote there: reports are not documents.
        try scratch.write("corpus/index.html", "<html><body>index</body></html>")
        try scratch.write("corpus/city-plan__jia-plan.html", "<html><body>report</body></html>")
        try scratch.write("corpus/notes.md", "not a document")
        let result = try HardeningCLI.shell("\"$BIN\" batch corpus -o out", in: scratch.root)
        #expect(result.status == 2)
        #expect(result.stderrLines == ["policydiff: corpus: no manifest.txt and no .txt or .html documents"])
    }

    // MARK: paths confined to the corpus folder

    /// The fixture corpus with the city plan moved out of the folder and reached by
    /// `how`: a ../ path, an absolute path, or a symbolic link inside the folder.
    static func corpusReachingOut(_ how: String) throws -> (corpus: String, outside: String) {
        let corpus = try BatchFixture.corpus()
        let outside = corpus + "-private"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: corpus + "/city-plan.txt", toPath: outside + "/city-plan.txt")
        let manifest = corpus + "/manifest.txt"
        var text = try String(contentsOfFile: manifest, encoding: .utf8)
        switch how {
        case "dotdot":
            text = text.replacingOccurrences(of: "file: city-plan.txt", with: "file: ../\((outside as NSString).lastPathComponent)/city-plan.txt")
        case "absolute":
            text = text.replacingOccurrences(of: "file: city-plan.txt", with: "file: \(outside)/city-plan.txt")
        default:
            try FileManager.default.createSymbolicLink(atPath: corpus + "/city-plan.txt", withDestinationPath: outside + "/city-plan.txt")
        }
        try text.write(toFile: manifest, atomically: true, encoding: .utf8)
        return (corpus, outside)
    }

    @Test(arguments: ["dotdot", "absolute", "symlink"])
    func aFileOutsideTheCorpusFolderIsRefusedAndTheOtherPairsWritten(_ how: String) throws {
        let (corpus, outside) = try Self.corpusReachingOut(how)
        defer { for d in [corpus, outside, corpus + "-out"] { try? FileManager.default.removeItem(atPath: d) } }
        let result = try HardeningCLI.shell("\"$BIN\" batch \(HardeningCLI.quoted([corpus, "-o", corpus + "-out"]))")
        #expect(result.status == 1)
        let refusal = try #require(result.stderrLines.first { $0.hasPrefix("policydiff: city-plan: ") })
        #expect(refusal.contains("lies outside the corpus folder \(corpus)"))
        #expect(refusal.contains("pass --allow-outside-corpus to read it"))
        let written = try FileManager.default.contentsOfDirectory(atPath: corpus + "-out")
        #expect(!written.contains { $0.hasPrefix("city-plan__") }, "the outside file reached a report")
        // All but the city plan's two pairs (with the province it implements and the national top).
        #expect(written.filter { $0.hasSuffix(".json") }.count == BatchFixture.pairCount - 2)

        let allowed = try HardeningCLI.shell("\"$BIN\" batch --allow-outside-corpus \(HardeningCLI.quoted([corpus, "-o", corpus + "-out"]))")
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: corpus + "-out/city-plan__jia-plan.json"))
    }

    @Test func aFolderWithoutManifestDoesNotFollowALinkOut() throws {
        let (corpus, outside) = try Self.corpusReachingOut("symlink")
        defer { for d in [corpus, outside] { try? FileManager.default.removeItem(atPath: d) } }
        try FileManager.default.removeItem(atPath: corpus + "/manifest.txt")
        let manifest = try CorpusSource.load(corpus)
        let city = try #require(manifest.entries.first { $0.file == "city-plan.txt" })
        #expect(throws: CorpusSource.LoadError.self) { try CorpusSource.confinedPath(of: city, in: manifest) }
        #expect(try CorpusSource.confinedPath(of: city, in: manifest, allowOutside: true) == corpus + "/city-plan.txt")
        let national = try #require(manifest.entries.first { $0.file == "national-guideline.txt" })
        #expect(try CorpusSource.confinedPath(of: national, in: manifest) == corpus + "/national-guideline.txt")
    }

    // MARK: interrupted runs

    @Test func aRunRemovesTheTemporaryFilesOfAKilledRunAndKeepsThoseOfALiveWriter() throws {
        let corpus = try BatchFixture.corpus()
        let out = corpus + "-out"
        defer { for d in [corpus, out] { try? FileManager.default.removeItem(atPath: d) } }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // A run killed between write and rename: its process is gone.
        let dead = deadProcessID()
        let killed = ".jia-plan__national-guideline.html.tmp-\(AtomicFile.hostTag)-\(dead)-12345"
        try Data(repeating: 0x41, count: 100_000).write(to: URL(fileURLWithPath: out + "/" + killed))
        // Another writer still at work (this test process), and a user's own dot file.
        let live = ".index.html.tmp-\(AtomicFile.hostTag)-\(getpid())-777"
        try Data("x".utf8).write(to: URL(fileURLWithPath: out + "/" + live))
        try Data("keep".utf8).write(to: URL(fileURLWithPath: out + "/.notes.tmp-mine"))

        let result = try HardeningCLI.shell("\"$BIN\" batch \(HardeningCLI.quoted([corpus, "-o", out]))")
        #expect(result.status == 0, "\(result.stderr)")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }.sorted()
        #expect(hidden == [live, ".notes.tmp-mine"], "the killed run's temporary file is still there")
    }

    @Test func aTemporaryFileOfAnotherHostIsRemovedOnlyWhenOld() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let recent = ".a__b.json.tmp-0badc0de-4242-1"
        let old = ".a__b.csv.tmp-0badc0de-4242-2"
        try scratch.write(recent, "x")
        try scratch.write(old, "x")
        let twoHoursAgo = Date(timeIntervalSinceNow: -7200)
        try FileManager.default.setAttributes([.modificationDate: twoHoursAgo], ofItemAtPath: scratch.path(old))
        #expect(AtomicFile.removeStaleTemporaries(in: scratch.root) == [old])
        #expect(try scratch.names() == [recent])
    }

    @Test func aPairThatCannotBeWrittenWholeKeepsItsPreviousFilesAndLeavesNoTemporaryFile() throws {
        let corpus = try BatchFixture.corpus()
        let out = corpus + "-out"
        defer { for d in [corpus, out] { try? FileManager.default.removeItem(atPath: d) } }
        let first = try HardeningCLI.shell("\"$BIN\" batch \(HardeningCLI.quoted([corpus, "-o", out]))")
        #expect(first.status == 0)
        let stem = out + "/city-plan__jia-plan"
        let before = try BatchFixture.snapshot(out)
        // The city plan changes, and its JSON cannot be replaced (a folder took its name).
        try (BatchFixture.city + "\n(五)新增任务。打造精品旅游线路8条。\n").write(toFile: corpus + "/city-plan.txt", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: stem + ".json")
        try FileManager.default.createDirectory(atPath: stem + ".json", withIntermediateDirectories: false)
        let second = try HardeningCLI.shell("\"$BIN\" batch \(HardeningCLI.quoted([corpus, "-o", out]))")
        #expect(second.status == 1)
        #expect(second.stderr.contains("city-plan__jia-plan: \(stem).json: cannot write: is a directory"))
        let after = try BatchFixture.snapshot(out)
        #expect(after[(stem as NSString).lastPathComponent + ".html"] == before[(stem as NSString).lastPathComponent + ".html"],
                "the pair's new .html was renamed in although its .json could not be")
        #expect(after[(stem as NSString).lastPathComponent + ".csv"] == before[(stem as NSString).lastPathComponent + ".csv"])
        #expect(!after.keys.contains { $0.hasPrefix(".") })
    }

    @Test func filesWrittenTogetherAreAllOrNothingWhenOneCannotBeWritten() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let html = try scratch.write("a__b.html", "old html")
        try scratch.write("blocker", "a regular file")
        // The second file's folder is a regular file: writing its temporary fails.
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write([(html, Data("new html".utf8)), (scratch.path("blocker/a__b.json"), Data("{}".utf8))])
        }
        #expect(try String(contentsOfFile: html, encoding: .utf8) == "old html")
        #expect(try scratch.names() == ["a__b.html", "blocker"])
    }

    @Test func theLastFileOfASetIsRenamedLastSoItsPresenceVouchesForTheOthers() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let (html, csv, json) = (scratch.path("a__b.html"), scratch.path("a__b.csv"), scratch.path("a__b.json"))
        for path in [html, csv, json] { try scratch.write((path as NSString).lastPathComponent, "run 1") }
        try AtomicFile.write([(html, Data("run 2".utf8)), (csv, Data("run 2".utf8)), (json, Data("run 2".utf8))])
        var times: [String: timespec] = [:]
        for path in [html, csv, json] {
            var info = stat()
            #expect(stat(path, &info) == 0)
            times[path] = info.st_ctim
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "run 2")
        }
        func order(_ a: timespec, _ b: timespec) -> Bool { (a.tv_sec, a.tv_nsec) <= (b.tv_sec, b.tv_nsec) }
        #expect(order(times[html]!, times[json]!) && order(times[csv]!, times[json]!))
        #expect(try scratch.names() == ["a__b.csv", "a__b.html", "a__b.json"])
    }

    @Test func indexListsOnlyPairsWithTheirJSON() throws {
        let corpus = try BatchFixture.corpus()
        let out = corpus + "-out"
        defer { for d in [corpus, out] { try? FileManager.default.removeItem(atPath: d) } }
        #expect(try HardeningCLI.shell("\"$BIN\" batch \(HardeningCLI.quoted([corpus, "-o", out]))").status == 0)
        // A run killed after the .html and .csv of a pair were renamed, before its JSON.
        try FileManager.default.removeItem(atPath: out + "/city-plan__jia-plan.json")
        let index = try HardeningCLI.shell("\"$BIN\" index \(HardeningCLI.quoted([out]))")
        #expect(index.status == 0)
        let page = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(!page.contains("city-plan__jia-plan.html"))
        #expect(page.contains("jia-plan__national-guideline.html"))
    }

    // MARK: the comparison bound

    @Test func aDocumentOverTheClauseBoundIsNotComparedAndTheMessageSaysHowToRaiseIt() throws {
        let scratch = try HardeningScratch()
        defer { scratch.remove() }
        let output = scratch.path("gz.json")
        let refused = try HardeningCLI.shell("\"$BIN\" compare Corpus/gansu-2017-plan.txt Corpus/zhangye-2018-plan.txt --max-clauses 20 -f json -o \(HardeningCLI.quoted([output]))")
        #expect(refused.status == 1)
        #expect(refused.stderrLines.count == 2)
        #expect(refused.stderrLines.allSatisfy { $0.contains("clauses, more than the comparison limit of 20 per document (raise it with --max-clauses)") })
        #expect(refused.stderrLines.first?.hasPrefix("policydiff: Corpus/gansu-2017-plan.txt: has ") == true)
        #expect(!FileManager.default.fileExists(atPath: output))
        let raised = try HardeningCLI.shell("\"$BIN\" compare Corpus/gansu-2017-plan.txt Corpus/zhangye-2018-plan.txt --max-clauses 5000 -f json -o \(HardeningCLI.quoted([output]))")
        #expect(raised.status == 0)
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test func theDefaultBoundIsDocumentedAndRefusesTheHugeCase() {
        #expect(ComparisonBound().maxClauses == 10_000)
        let huge = Document(id: "huge", source: "huge.txt", clauses: (0..<10_001).map {
            Clause(id: "c\($0)", path: ["\($0)"], text: "第\($0)项。")
        })
        #expect(ComparisonBound().refusal(of: huge) == "huge.txt: has 10001 clauses, more than the comparison limit of 10000 per document (raise it with --max-clauses)")
        #expect(ComparisonBound(maxClauses: 20_000).refusal(of: huge) == nil)
    }

    @Test func aBatchSkipsThePairsOfADocumentOverTheBoundAndWritesTheOthers() throws {
        let corpus = try BatchFixture.corpus()
        let out = corpus + "-out"
        defer { for d in [corpus, out] { try? FileManager.default.removeItem(atPath: d) } }
        // 30 more items under the last task: the city plan passes 25 clauses, the others do not.
        let extra = (1...30).map { "\($0).补充任务\($0)。各县区要落实第\($0)项工作。" }.joined(separator: "\n")
        try (BatchFixture.city + "\n" + extra + "\n").write(toFile: corpus + "/city-plan.txt", atomically: true, encoding: .utf8)
        let result = try HardeningCLI.shell("\"$BIN\" batch --max-clauses 25 \(HardeningCLI.quoted([corpus, "-o", out]))")
        #expect(result.status == 1)
        #expect(result.stderr.contains("city-plan__jia-plan: not compared: \(corpus)/city-plan.txt: has "))
        let written = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".json") }
        // The city plan's two pairs (with the province it implements and the national top).
        #expect(written.count == BatchFixture.pairCount - 2)
    }

    private func deadProcessID() -> pid_t {
        var pid: pid_t = 999_999
        while kill(pid, 0) == 0 || errno != ESRCH { pid -= 1 }
        return pid
    }
}
