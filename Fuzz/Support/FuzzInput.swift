// Shared by every fuzz target (compiled into each, never into the package):
// turning libFuzzer's bytes into the inputs of one stage, and the contract every
// stage's output must keep whatever the bytes were.
import Foundation

enum FuzzInput {
    /// Small enough that one input never takes seconds, large enough for whole pages.
    static let maxInputBytes = 1 << 20


    /// Bytes as the segmenter would get them from a reader that decoded them:
    /// lossy UTF-8, one paragraph per line, layout spaces trimmed, empty lines dropped.
    static func source(_ bytes: some Collection<UInt8>, path: String) -> SourceText {
        let text = String(decoding: bytes, as: UTF8.self)
        let paragraphs = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return SourceText(path: path, format: .plainText, encoding: "UTF-8", paragraphs: paragraphs)
    }

    /// Two documents from one input: split at the first NUL byte, else in the middle,
    /// so the fuzzer can grow either side (the seeds are real reference/local pairs).
    static func pair(_ bytes: [UInt8]) -> (reference: SourceText, local: SourceText) {
        let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
        let rest = cut < bytes.count && bytes[cut] == 0 ? cut + 1 : cut
        return (source(bytes[..<cut], path: "reference.txt"), source(bytes[rest...], path: "local.txt"))
    }
}

/// The promises of the model (Model/*.swift, spec/json-output.md) that hold for
/// any input; a broken one is a bug even when nothing crashed.
enum FuzzContract {
    static func violated(_ what: String) -> Never {
        FileHandle.standardError.write(Data("contract violated: \(what)\n".utf8))
        abort()
    }

    static func check(_ document: Document) {
        var seen = Set<String>()
        for clause in document.clauses {
            if let parent = clause.parent, !seen.contains(parent) {
                violated("clause \(clause.id) has parent \(parent) that is not an earlier clause")
            }
            if !seen.insert(clause.id).inserted { violated("clause id \(clause.id) is not unique") }
            let length = clause.text.count
            for span in clause.garbledSpans where span.lowerBound < 0 || span.upperBound > length {
                violated("clause \(clause.id) garbled span \(span) outside its text of \(length) characters")
            }
            for target in clause.targets {
                if !target.value.isFinite { violated("clause \(clause.id) target value \(target.value)") }
                if let max = target.valueMax, !max.isFinite || max < target.value {
                    violated("clause \(clause.id) target range \(target.value)…\(max)")
                }
            }
        }
        for warning in document.warnings {
            if let clause = warning.clause, !seen.contains(clause) {
                violated("warning \(warning.code.rawValue) names unknown clause \(clause)")
            }
        }
    }

    static func check(_ comparison: Comparison) {
        let reference = Set(comparison.reference.clauses.map(\.id))
        let local = Set(comparison.local.clauses.map(\.id))
        for alignment in comparison.alignments {
            if !(0...1).contains(alignment.score) { violated("alignment score \(alignment.score) outside 0…1") }
            for id in alignment.reference where !reference.contains(id) { violated("alignment names unknown reference clause \(id)") }
            for id in alignment.local where !local.contains(id) { violated("alignment names unknown local clause \(id)") }
        }
        for id in comparison.omissions where !reference.contains(id) { violated("omission of unknown clause \(id)") }
        for id in comparison.additions where !local.contains(id) { violated("addition of unknown clause \(id)") }
        for change in comparison.numberChanges {
            if let id = change.reference, !reference.contains(id) { violated("number change names unknown reference clause \(id)") }
            if let id = change.local, !local.contains(id) { violated("number change names unknown local clause \(id)") }
        }
        if !(0...1).contains(comparison.coverage) { violated("coverage \(comparison.coverage) outside 0…1") }
    }
}
