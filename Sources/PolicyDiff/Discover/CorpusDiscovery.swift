import Foundation

/// `policydiff discover DIR`: reads every document of a folder once, keeps a sketch of
/// each, finds each one's parent, and writes the manifest a researcher edits by hand,
/// every inferred link with its evidence and confidence as comments.
public struct CorpusDiscovery: Sendable {
    public var pipeline: Pipeline
    public var finder = ParentFinder()

    public init(pipeline: Pipeline = Pipeline()) {
        self.pipeline = pipeline
    }

    public struct Outcome: Sendable {
        public var sketches: [DocumentSketch]
        public var result: ParentFinder.Result
        public var failures: [BatchRunner.Failure]
        /// The manifest with `implements` filled in from what was found.
        public var manifest: CorpusManifest
    }

    /// Sketches the entries (in parallel; the document is dropped once sketched) and finds their parents.
    /// Entries whose `implements` the manifest already gives keep it.
    public func discover(_ manifest: CorpusManifest, jobs: Int = 0) -> Outcome {
        let jobs = jobs > 0 ? jobs : max(ProcessInfo.processInfo.activeProcessorCount, 1)
        let entries = manifest.entries
        let pipeline = self.pipeline
        let results = ParallelMap.run(count: entries.count, jobs: jobs) { i -> Swift.Result<DocumentSketch, BatchRunner.Failure> in
            let entry = entries[i]
            do {
                let path = CorpusSource.path(of: entry, in: manifest)
                let document = entry.applied(to: try pipeline.segmentedDocument(at: path, id: entry.id))
                return .success(DocumentSketch(document: document, file: entry.file))
            } catch {
                return .failure(BatchRunner.Failure(subject: entry.id, reason: "\(error); left out of discovery"))
            }
        }
        var sketches: [DocumentSketch] = []
        var failures: [BatchRunner.Failure] = []
        for r in results {
            switch r {
            case .success(let s): sketches.append(s)
            case .failure(let f): failures.append(f)
            }
        }
        let result = finder.find(sketches, jobs: jobs)
        let parentOf = Dictionary(result.parents.map { ($0.child, $0.parent) }, uniquingKeysWith: { a, _ in a })
        var filled = manifest
        for i in filled.entries.indices where filled.entries[i].implements == nil {
            filled.entries[i].implements = parentOf[filled.entries[i].id] ?? ""
        }
        return Outcome(sketches: sketches, result: result, failures: failures, manifest: filled)
    }

    /// The manifest text: one block per document, in id order of the folder, each with
    /// the link found and why as comments above it.
    public static func manifestText(_ outcome: Outcome) -> String {
        let links = Dictionary(outcome.result.parents.map { ($0.child, $0) }, uniquingKeysWith: { a, _ in a })
        let children = Dictionary(grouping: outcome.result.parents, by: \.parent)
        var out = """
        # policydiff corpus manifest, written by `policydiff discover`.
        #
        # Each document's `implements` was inferred from the citations in its text (a document
        # number, a 《title》), the issuers' levels and shared wording; the comments above each
        # block say which, with a confidence from 0 to 1. Correct any line by hand and rerun
        # `policydiff batch` on this folder: values written here override the inference.
        # Fields: id, file, title, issuer, level, date, number, implements, peers.


        """
        for entry in outcome.manifest.entries {
            if let link = links[entry.id] {
                out += "# implements \(link.parent) (confidence \(String(format: "%.2f", link.confidence))):\n"
                for line in link.evidence { out += "#   \(line)\n" }
            } else if let kept = outcome.result.duplicates[entry.id] {
                out += "# the same text as \(kept): not compared\n"
            } else if entry.implements == nil || entry.implements == "" {
                let below = children[entry.id]?.count ?? 0
                out += below > 0 ? "# implements nothing found in the folder; \(below) document(s) implement it\n"
                    : "# no parent found in the folder, and nothing found implements it\n"
            }
            out += "id: \(entry.id)\nfile: \(entry.file)\n"
            for (key, value) in [("title", entry.title), ("issuer", entry.issuer), ("level", entry.level?.rawValue),
                                 ("date", entry.date), ("number", entry.number)] {
                if let value { out += "\(key): \(value)\n" }
            }
            out += "implements: \(entry.implements ?? "")\n"
            if !entry.peers.isEmpty { out += "peers: \(entry.peers.joined(separator: ", "))\n" }
            out += "\n"
        }
        return out
    }
}
