import Foundation
import PolicyDiff

/// How cost grows with input size, in a release build:
///   swift run -c release policydiff-bench scaling
///
/// Three curves, each at four sizes doubling from the first, with the time
/// ratio per doubling (2 is linear, 4 quadratic):
/// - segment+extract over 1, 2, 4, 8 MB of policy text;
/// - compare a local plan with the plan it implements (from Corpus/manifest.txt),
///   both documents ×1, ×2, ×4, ×8;
/// - compare two one-clause documents of 8k…64k characters (the clause diff alone).
///
/// Larger inputs are built from the corpus, not by repeating it verbatim: copy k
/// has its content characters shifted to other CJK characters (headings, digits,
/// punctuation and the words that carry targets and units kept), so a bigger
/// document has more distinct clauses, as a real bigger document does, and copy k
/// of a local plan still corresponds to copy k of its reference.
enum ScalingBenchmark {
    /// Per doubling: linear work gives about 2; the issue's bound for comparison.
    static let comparisonBound = 2.5
    /// A step slower than this ends its curve (a quadratic stage would take minutes).
    static let giveUpSeconds = 60.0

    static func run() throws {
        let corpus = try CorpusTexts.load()
        print("input built from \(corpus.texts.count) corpus texts (\(corpus.texts.reduce(0) { $0 + $1.utf8.count } / 1024) KB)")

        try curve("segment+extract", unit: "MB", sizes: [1, 2, 4, 8], bound: comparisonBound) { megabytes in
            let text = Scaled.text(from: corpus.texts, atLeastBytes: megabytes << 20)
            let source = try DocumentReader(maxInputBytes: 64 << 20).read(bytes: Array(text.utf8), path: "scaled.txt")
            let seconds = time { _ = Pipeline().document(from: source, id: "scaled") }
            return (seconds, "\(String(format: "%.1f", Double(text.utf8.count) / 1_048_576)) MB")
        }

        if let pair = corpus.pair {
            try curve("compare \(pair.localID) with \(pair.referenceID)", unit: "×", sizes: [1, 2, 4, 8], bound: comparisonBound) { copies in
                let reference = try document(Scaled.text(from: [pair.reference], copies: copies), id: "reference")
                let local = try document(Scaled.text(from: [pair.local], copies: copies), id: "local")
                let seconds = time { _ = Comparer().compare(reference: reference, local: local) }
                return (seconds, "\(reference.clauses.count)+\(local.clauses.count) clauses")
            }
        } else {
            print("compare: no pair with both files in Corpus/manifest.txt (implements:), skipped")
        }

        try curve("compare one long clause", unit: "k chars", sizes: [8, 16, 32, 64], bound: comparisonBound) { kilo in
            let body = Scaled.text(from: corpus.texts, atLeastBytes: kilo * 3 * 1024)
                .filter { !$0.isNewline && $0 != "、" }
            let referenceText = String(body.prefix(kilo * 1000))
            // The local text: the same clause with every seventh sentence dropped.
            let sentences = referenceText.split(separator: "。", omittingEmptySubsequences: false)
            let localText = sentences.enumerated().filter { $0.offset % 7 != 3 }.map(\.element).joined(separator: "。")
            let reference = Pipeline().document(from: SourceText(path: "reference.txt", format: .plainText, encoding: "UTF-8",
                                                                 paragraphs: [referenceText]), id: "reference")
            let local = Pipeline().document(from: SourceText(path: "local.txt", format: .plainText, encoding: "UTF-8",
                                                             paragraphs: [localText]), id: "local")
            let seconds = time { _ = Comparer().compare(reference: reference, local: local) }
            return (seconds, "\(referenceText.count)+\(localText.count) chars")
        }
    }

    private static func document(_ text: String, id: String) throws -> Document {
        let source = try DocumentReader(maxInputBytes: 64 << 20).read(bytes: Array(text.utf8), path: "\(id).txt")
        return Pipeline().document(from: source, id: id)
    }

    /// Runs `measure` at each size, prints time and ratio per doubling, and the verdict.
    private static func curve(_ name: String, unit: String, sizes: [Int], bound: Double,
                              measure: (Int) throws -> (seconds: Double, detail: String)) throws {
        print("\n\(name)")
        print("  size          time (ms)   ratio   input")
        var previous: Double?
        var first: Double?
        var doublings = 0
        var worst = 0.0
        for size in sizes {
            let (seconds, detail) = try measure(size)
            var ratioText = "     -"
            if let previous, previous > 0 {
                let ratio = seconds / previous
                worst = max(worst, ratio)
                ratioText = String(format: "%6.2f", ratio)
            }
            let label = "\(size) \(unit)"
            print("  " + label + String(repeating: " ", count: max(1, 12 - label.count))
                  + String(format: "%11.3f", seconds * 1000) + "   " + ratioText + "   " + detail)
            if first == nil { first = seconds } else { doublings += 1 }
            previous = seconds
            if seconds > giveUpSeconds {
                print("  stopped: one step took over \(Int(giveUpSeconds)) s")
                worst = .infinity
                break
            }
        }
        // The mean ratio over the whole curve says more than the worst single step
        // on a shared machine; both are printed.
        guard let first, let last = previous, first > 0, doublings > 0 else { return }
        let mean = worst.isFinite ? pow(last / first, 1 / Double(doublings)) : .infinity
        let verdict = mean <= bound ? "within" : "OVER"
        print(String(format: "  ratio per doubling: mean %.2f, worst step %.2f — %@ the bound of %.1f (linear 2, quadratic 4)",
                     mean, worst, verdict, bound))
    }

    /// The fastest of several runs (up to half a second of them, at most 50), one
    /// run for a step over a second: the machine is shared, the minimum is the
    /// least disturbed.
    private static func time(_ work: () -> Void) -> Double {
        var best = Double.infinity
        var total = 0.0
        for _ in 0..<50 {
            let start = ContinuousClock.now
            work()
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
            total += seconds
            if total > 0.5 { break }
        }
        return best
    }
}

/// The corpus texts, and one reference/local pair from the manifest.
private struct CorpusTexts {
    var texts: [String]
    var pair: (referenceID: String, reference: String, localID: String, local: String)?

    static func load() throws -> CorpusTexts {
        let folder = ProcessInfo.processInfo.environment["POLICYDIFF_CORPUS"] ?? "Corpus"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") && $0 != "manifest.txt" }.sorted()
        let texts = names.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        guard !texts.isEmpty else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder + "/*.txt (run from the repository root or set POLICYDIFF_CORPUS)"])
        }
        return CorpusTexts(texts: texts, pair: largestPair(folder: folder))
    }

    /// The manifest's blocks: id, file, implements. The pair with the most text is taken.
    private static func largestPair(folder: String) -> (String, String, String, String)? {
        guard let manifest = try? String(contentsOfFile: folder + "/manifest.txt", encoding: .utf8) else { return nil }
        var files: [String: String] = [:]
        var implements: [(local: String, reference: String)] = []
        var id: String?
        for line in manifest.split(separator: "\n", omittingEmptySubsequences: false) {
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "id": id = value
            case "file": if let id { files[id] = value }
            case "implements": if let id, !value.isEmpty { implements.append((id, value)) }
            default: break
            }
        }
        let pairs = implements.compactMap { pair -> (String, String, String, String)? in
            guard let referenceFile = files[pair.reference], let localFile = files[pair.local],
                  let reference = try? String(contentsOfFile: folder + "/" + referenceFile, encoding: .utf8),
                  let local = try? String(contentsOfFile: folder + "/" + localFile, encoding: .utf8) else { return nil }
            return (pair.reference, reference, pair.local, local)
        }
        return pairs.max { $0.1.utf8.count + $0.3.utf8.count < $1.1.utf8.count + $1.3.utf8.count }
    }
}

/// Bigger inputs with the shape of the corpus and distinct content per copy.
private enum Scaled {
    /// Characters that carry structure, numbers and units: never shifted, so every
    /// copy keeps its headings (一、 （一）), targets (到2020年…90%以上) and tags.
    static let kept = Set("一二三四五六七八九十百千万亿零两第章节条年月日个项家户件倍以上下不低于超过达到左右约余每牵头责任单位等按职责分工负责省市县区局委厅办部")

    static func text(from texts: [String], atLeastBytes: Int) -> String {
        var out = ""
        var copy = 0
        while out.utf8.count < atLeastBytes {
            for text in texts where out.utf8.count < atLeastBytes {
                out += shifted(text, by: copy) + "\n"
            }
            copy += 1
        }
        return out
    }

    static func text(from texts: [String], copies: Int) -> String {
        (0..<copies).map { copy in texts.map { shifted($0, by: copy) }.joined(separator: "\n") }.joined(separator: "\n")
    }

    static func shifted(_ text: String, by copy: Int) -> String {
        guard copy > 0 else { return text }
        var scalars = String.UnicodeScalarView()
        let first: UInt32 = 0x4E00, count: UInt32 = 0x9FA5 - 0x4E00 + 1
        for character in text {
            guard !kept.contains(character), character.unicodeScalars.count == 1,
                  let scalar = character.unicodeScalars.first, (first..<first + count).contains(scalar.value),
                  let moved = Unicode.Scalar(first + (scalar.value - first + UInt32(copy) * 997) % count) else {
                scalars.append(contentsOf: character.unicodeScalars)
                continue
            }
            scalars.append(moved)
        }
        return String(scalars)
    }
}
