import Foundation

/// The documents of a corpus run, each read, segmented, extracted and profiled once, when
/// its first pair needs it, and let go after its last pair: memory holds the documents of
/// the pairs in flight and of the chains above them, not the corpus.
///
/// Which document a pair gets never depends on timing: a document is loaded at most once
/// (later askers wait for the first), and it is released only when every pair that named it
/// has finished, so no document is ever read twice.
final class DocumentPool: @unchecked Sendable {
    private enum Slot {
        case waiting
        case loading
        case loaded(ProfiledDocument)
        case failed(BatchRunner.Failure)
        case released
    }

    private let condition = NSCondition()
    private var slots: [String: Slot] = [:]
    private var remainingUses: [String: Int]
    private let load: @Sendable (String) -> Result<ProfiledDocument, BatchRunner.Failure>
    /// Read failures, by id, reported once each.
    private var failures: [String: BatchRunner.Failure] = [:]
    private(set) var peakLoaded = 0
    private var loadedCount = 0

    /// `uses`: how many pairs need each document.
    init(uses: [String: Int], load: @escaping @Sendable (String) -> Result<ProfiledDocument, BatchRunner.Failure>) {
        remainingUses = uses
        self.load = load
    }

    /// The document, loading it if no pair has yet.
    func acquire(_ id: String) -> Result<ProfiledDocument, BatchRunner.Failure> {
        condition.lock()
        while true {
            switch slots[id] ?? .waiting {
            case .loaded(let d): condition.unlock(); return .success(d)
            case .failed(let f): condition.unlock(); return .failure(f)
            case .loading: condition.wait()
            case .released:
                condition.unlock()
                return .failure(BatchRunner.Failure(subject: id, reason: "released before its last pair (a planning error)"))
            case .waiting:
                slots[id] = .loading
                condition.unlock()
                let result = load(id)
                condition.lock()
                switch result {
                case .success(let d):
                    slots[id] = .loaded(d)
                    loadedCount += 1
                    peakLoaded = max(peakLoaded, loadedCount)
                case .failure(let f):
                    slots[id] = .failed(f)
                    failures[id] = f
                }
                condition.broadcast()
            }
        }
    }

    /// One pair that named the document has finished with it.
    func release(_ id: String) {
        condition.lock(); defer { condition.unlock() }
        let left = (remainingUses[id] ?? 1) - 1
        remainingUses[id] = left
        guard left <= 0 else { return }
        if case .loaded = slots[id] { loadedCount -= 1 }
        if case .failed = slots[id] { return }
        slots[id] = .released
    }

    func readFailures(inOrderOf ids: [String]) -> [BatchRunner.Failure] {
        condition.lock(); defer { condition.unlock() }
        return ids.compactMap { failures[$0] }
    }
}
